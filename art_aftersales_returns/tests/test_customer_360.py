# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Customer 360 with returns: counts against hand-computed ones."""

from odoo.tests import tagged

from .common import ArtBridgeCase


@tagged("post_install", "-at_install")
class TestCustomer360Returns(ArtBridgeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.contact = cls.env["res.partner"].create(
            {"name": "Assistant of Collector One", "parent_id": cls.customer.id}
        )
        order3, __ = cls._sell_and_deliver(cls.customer, "BR-SN-003")
        order4, __ = cls._sell_and_deliver(cls.customer, "BR-SN-004")
        order5, __ = cls._sell_and_deliver(cls.contact, "BR-SN-005")
        # Collector One: open (draft), closed (refunded), cancelled, and
        # one open (confirmed) filed by the contact of the company.
        cls._rma(cls.order1, "transit_damage")
        cls._rma(order3, "change_of_mind", state="refunded")
        cls._rma(order4, "defect", state="cancelled")
        cls._rma(order5, "transit_damage", state="confirmed")

    def test_figures(self):
        self._ticket()  # one open ticket
        for partner in (self.customer, self.contact):
            partner = partner.with_user(self.users["aftersales"])
            # 3 returns (cancelled left out), 2 open (draft, confirmed).
            self.assertEqual(partner.art_return_count, 3)
            self.assertEqual(partner.art_return_open_count, 2)
            # 1 open ticket + 2 open returns.
            self.assertEqual(partner.art_ticket_open_count, 1)
            self.assertEqual(partner.art_open_issue_count, 3)
        other = self.customer2.with_user(self.users["aftersales"])
        self.assertEqual((other.art_return_count, other.art_return_open_count), (0, 0))
        self.assertEqual(other.art_open_issue_count, 0)

    def test_only_returns_count_as_open_issues(self):
        """A customer with only returns still gets its open issues."""
        partner = self.customer.with_user(self.users["sales"])
        self.assertEqual(partner.art_ticket_open_count, 0)
        self.assertEqual(partner.art_open_issue_count, 2)

    def test_figures_hidden_from_other_roles(self):
        partner = self.customer.with_user(self.users["warehouse"])
        fields = partner.fields_get(["art_return_count", "art_return_open_count"])
        self.assertFalse(fields, "warehouse must not see the 360 figures")
        self.assertIn(
            "art_return_count",
            self.customer.with_user(self.users["finance"]).fields_get(
                ["art_return_count"]
            ),
        )
