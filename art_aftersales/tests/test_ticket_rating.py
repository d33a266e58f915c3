# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Closed tickets are rated; low ratings open a follow-up ticket."""

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import ArtAftersalesCase


@tagged("post_install", "-at_install")
class TestTicketRating(ArtAftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ticket = cls._ticket(
            category_id=cls.cat_framing.id,
            sale_order_id=cls.order1.id,
            user_id=cls.users["aftersales"].id,
        )

    def _close_and_rate(self, ticket, rate, feedback=None):
        ticket.stage_id = self.stage_done
        token = ticket._rating_get_access_token()
        # What the public /rate controller does.
        return ticket.sudo().rating_apply(rate, token=token, feedback=feedback)

    def test_rating_request_sent_on_close(self):
        template = self.env.ref("art_aftersales.mail_template_ticket_rating_request")
        self.assertEqual(self.stage_done.art_rating_template_id, template)
        self.ticket.stage_id = self.stage_progress
        self.assertFalse(self.ticket.rating_ids)
        self.ticket.stage_id = self.stage_done
        rating = self.ticket.rating_ids
        self.assertEqual(len(rating), 1, "the request creates the rating token")
        self.assertEqual(rating.partner_id, self.customer)
        self.assertFalse(rating.consumed)
        message = self.ticket.message_ids.filtered(
            lambda m: f"/rate/{rating.access_token}/1" in (m.body or "")
        )
        self.assertTrue(message, "the rating request was posted to the customer")
        self.assertIn(self.customer, message.partner_ids)

    def test_low_rating_opens_followup(self):
        rating = self._close_and_rate(self.ticket, 1, feedback="Still broken.")
        self.assertTrue(rating.consumed)
        followup = self.ticket.art_followup_ticket_ids
        self.assertEqual(len(followup), 1)
        self.assertEqual(followup.art_rated_ticket_id, self.ticket)
        self.assertEqual(followup.partner_id, self.customer)
        self.assertEqual(followup.sale_order_id, self.order1)
        self.assertEqual(followup.team_id, self.ticket.team_id)
        self.assertEqual(followup.priority, "2")
        self.assertIn("Still broken.", followup.description)
        self.assertFalse(followup.closed)
        # Rating again does not open a second one.
        self.ticket.sudo().rating_apply(1, rating=rating)
        self.assertEqual(len(self.ticket.art_followup_ticket_ids), 1)

    def test_good_rating_opens_nothing(self):
        self._close_and_rate(self.ticket, 3)
        self.assertFalse(self.ticket.art_followup_ticket_ids)
        self.assertEqual(self.ticket.rating_last_value, 3)

    def test_threshold_is_configurable(self):
        self.company.art_low_rating_threshold = 3
        self._close_and_rate(self.ticket, 3)
        self.assertEqual(len(self.ticket.art_followup_ticket_ids), 1)

    def test_threshold_zero_disables(self):
        self.company.art_low_rating_threshold = 0
        self._close_and_rate(self.ticket, 1)
        self.assertFalse(self.ticket.art_followup_ticket_ids)

    def test_threshold_bad_input(self):
        for value in (-1, 6):
            with self.assertRaises(ValidationError), self.cr.savepoint():
                self.company.art_low_rating_threshold = value
        self.assertEqual(self.company.art_low_rating_threshold, 2)

    def test_satisfaction_by_team_and_salesperson(self):
        other_sales = self.users["manager"]
        order3, _lot3 = self._sell_and_deliver(
            self.customer, "H7-SN-003", salesperson=other_sales
        )
        ticket2 = self._ticket(category_id=self.cat_damage.id, sale_order_id=order3.id)
        ticket3 = self._ticket(category_id=self.cat_damage.id, sale_order_id=order3.id)
        self._close_and_rate(self.ticket, 5)
        self._close_and_rate(ticket2, 3)
        self._close_and_rate(ticket3, 1)
        self.env.flush_all()
        Report = self.env["art.ticket.rating.report"]
        domain = [("ticket_id", "in", (self.ticket | ticket2 | ticket3).ids)]
        by_team = dict(Report._read_group(domain, ["team_id"], ["rating:avg"]))
        self.assertEqual(by_team[self.team_warehouse], 5)
        self.assertEqual(by_team[self.team_conservation], 2)
        by_sales = dict(Report._read_group(domain, ["salesperson_id"], ["rating:avg"]))
        self.assertEqual(by_sales[self.users["sales"]], 5)
        self.assertEqual(by_sales[other_sales], 2)
        low = Report._read_group(domain, [], ["low_rating_count:sum"])[0][0]
        self.assertEqual(low, 1)
        # By artist and artwork category, through the rated work.
        artist = self.env["res.partner"].create(
            {"name": "H7 Artist", "is_artist": True}
        )
        self.artwork.product_tmpl_id.write(
            {"art_artist_id": artist.id, "art_category": "painting"}
        )
        ticket4 = self._ticket(
            category_id=self.cat_damage.id,
            sale_order_id=self.order1.id,
            lot_id=self.lot1.id,
        )
        self._close_and_rate(ticket4, 3)
        self.env.flush_all()
        tickets = self.ticket | ticket2 | ticket3 | ticket4
        domain = [("ticket_id", "in", tickets.ids)]
        by_artist = dict(Report._read_group(domain, ["artist_id"], ["rating:avg"]))
        self.assertEqual(by_artist[artist], 3)
        by_kind = dict(Report._read_group(domain, ["art_category"], ["__count"]))
        self.assertEqual(by_kind["painting"], 1)
        # Ratings carry the team as parent, for the stock rating views.
        self.assertEqual(ticket2.rating_ids.parent_res_id, self.team_conservation.id)
