# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The customer 360 figures, against figures computed by hand."""

from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import ArtAftersalesCase


@tagged("post_install", "-at_install")
class TestCustomer360(ArtAftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.contact = cls.env["res.partner"].create(
            {"name": "Collector One's assistant", "parent_id": cls.customer.id}
        )
        # Orders: order1 (setUp) + a second confirmed one + a draft one.
        cls.order3, cls.lot3 = cls._sell_and_deliver(cls.customer, "H7-SN-360")
        cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "order_line": [(0, 0, {"product_id": cls.artwork.id})],
            }
        )
        # Invoices: 12000 + 8000 posted, 2000 credit note posted,
        # 5000 draft (ignored), another customer's 9000 (ignored).
        cls._invoice(cls.customer, 12000.0)
        cls._invoice(cls.contact, 8000.0)
        cls._invoice(cls.customer, 2000.0, move_type="out_refund")
        cls._invoice(cls.customer, 5000.0, post=False)
        cls._invoice(cls.customer2, 9000.0)
        # Tickets: 2 open (one by the contact), 1 closed.
        cls.ticket_open = cls._ticket(category_id=cls.cat_framing.id)
        cls._ticket(category_id=cls.cat_enquiry.id, partner_id=cls.contact.id)
        cls.ticket_closed = cls._ticket(category_id=cls.cat_documentation.id)
        cls.ticket_closed.stage_id = cls.stage_done
        cls._ticket(partner_id=cls.customer2.id)
        # Care visits: one late, one to come, one done (late ones only count
        # as open issues while planned).
        Visit = cls.env["art.care.visit"]
        with freeze_time("2026-03-10"):
            Visit.create(
                [
                    {"partner_id": cls.customer.id, "scheduled_date": date(2026, 3, 1)},
                    {"partner_id": cls.customer.id, "scheduled_date": date(2026, 4, 1)},
                    {
                        "partner_id": cls.contact.id,
                        "scheduled_date": date(2026, 2, 1),
                        "state": "done",
                    },
                    {
                        "partner_id": cls.customer2.id,
                        "scheduled_date": date(2026, 3, 1),
                    },
                ]
            )

    @classmethod
    def _invoice(cls, partner, amount, move_type="out_invoice", post=True):
        move = cls.env["account.move"].create(
            {
                "move_type": move_type,
                "partner_id": partner.id,
                "invoice_line_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "Artwork",
                            "quantity": 1.0,
                            "price_unit": amount,
                            "tax_ids": [(6, 0, [])],
                        },
                    )
                ],
            }
        )
        if post:
            move.action_post()
        return move

    def _rate(self, ticket, value):
        ticket.sudo().rating_apply(value, token=ticket._rating_get_access_token())

    def test_figures(self):
        self.company.art_low_rating_threshold = 0  # no follow-up tickets here
        self._rate(self.ticket_closed, 5)
        self._rate(self.ticket_open, 3)
        with freeze_time("2026-03-10"):
            partner = self.customer.with_user(self.users["aftersales"])
            self.assertEqual(partner.art_sale_order_count, 2)
            self.assertEqual(partner.art_lifetime_value, 12000 + 8000 - 2000)
            self.assertEqual(partner.art_ticket_count, 3)
            self.assertEqual(partner.art_ticket_open_count, 2)
            self.assertEqual(partner.art_rating_count, 2)
            self.assertAlmostEqual(partner.art_rating_avg, 4.0)
            self.assertEqual(partner.art_care_visit_count, 3)
            # 2 open tickets + 1 late planned visit.
            self.assertEqual(partner.art_open_issue_count, 3)
            # The contact shows its company's figures.
            contact = self.contact.with_user(self.users["aftersales"])
            self.assertEqual(contact.art_lifetime_value, 18000)
            self.assertEqual(contact.art_ticket_count, 3)
            other = self.customer2.with_user(self.users["aftersales"])
            self.assertEqual(other.art_lifetime_value, 9000)
            self.assertEqual(other.art_ticket_count, 1)
            self.assertEqual(other.art_sale_order_count, 1)
            self.assertEqual(other.art_open_issue_count, 2)

    def test_low_rating_followup_counts_as_open_issue(self):
        self._rate(self.ticket_closed, 1)
        partner = self.customer.with_user(self.users["aftersales"])
        self.assertEqual(partner.art_ticket_count, 4)
        self.assertEqual(partner.art_ticket_open_count, 3)
        self.assertAlmostEqual(partner.art_rating_avg, 1.0)

    def test_figures_hidden_from_other_roles(self):
        partner = self.customer.with_user(self.users["warehouse"])
        fields = partner.fields_get(["art_lifetime_value", "art_ticket_count"])
        self.assertFalse(fields, "warehouse must not see the 360 figures")

    def test_query_budget(self):
        """Reading the 360 costs the same queries for 3 or 23 partners."""
        few = self.customer | self.customer2 | self.contact
        many = few | self.env["res.partner"].create(
            [
                {"name": f"Prospect {i}", "parent_id": self.customer2.id}
                for i in range(20)
            ]
        )
        fnames = few._art_360_fields()
        user = self.users["aftersales"]
        few.with_user(user).read(fnames)  # warm the access caches
        # One grouped query more for the returns figures when the returns
        # bridge (art_aftersales_returns) adds them.
        budget = 14 + ("art_return_count" in self.env["res.partner"]._fields)
        for partners in (few, many):
            self.env.flush_all()
            self.env.invalidate_all()
            with self.assertQueryCount(budget):
                values = partners.with_user(user).read(fnames)
            self.assertEqual(len(values), len(partners))
