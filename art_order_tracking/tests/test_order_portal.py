# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The portal catalogue: a customer asks to buy a work, signs the quotation."""

from odoo import http
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from .test_order_lifecycle import LifecycleCase


@tagged("post_install", "-at_install")
class TestOrderPortal(HttpCase, LifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal_user = new_test_user(
            cls.env,
            login="art_lc_portal",
            password="art_lc_portal",
            groups="base.group_portal",
            name="Portal Collector",
        )
        cls.portal_user.partner_id.email = "portal.collector@example.com"
        cls.lot.name = "LC-P001"

    def _catalogue(self):
        return self.url_open("/my/art/catalogue")

    def _request(self, lot_id, csrf=True):
        data = {"lot_id": lot_id, "note": "For my study"}
        if csrf:
            data["csrf_token"] = http.Request.csrf_token(self)
        return self.url_open("/my/art/catalogue/request", data=data)

    def _portal_orders(self):
        return self.env["sale.order"].search(
            [("partner_id", "=", self.portal_user.partner_id.id)]
        )

    def test_catalogue_lists_available_works_only(self):
        sold_work = self._create_artwork("Test Sold Study", "painting")
        sold_work.invoice_policy = "order"
        sold_lot = self._create_lot(sold_work, "LC-SOLD")
        self._put_in_stock(sold_lot)
        order = self._order(lot=sold_lot)
        self._submit_and_approve(order)
        self.assertEqual(order.state, "sale")
        self.authenticate("art_lc_portal", "art_lc_portal")
        page = self._catalogue()
        self.assertEqual(page.status_code, 200)
        self.assertIn("LC-P001", page.text)
        self.assertIn("Test Mountain Study", page.text)
        self.assertNotIn("LC-SOLD", page.text, "a sold work is not offered")

    def test_catalogue_needs_login(self):
        page = self._catalogue()
        self.assertIn("/web/login", page.url)

    def test_request_creates_draft_quotation(self):
        self.authenticate("art_lc_portal", "art_lc_portal")
        response = self._request(self.lot.id)
        self.assertEqual(response.status_code, 200)
        order = self._portal_orders()
        self.assertEqual(len(order), 1)
        self.assertEqual(order.state, "draft")
        self.assertEqual(order.art_channel, "portal")
        self.assertEqual(order.order_line.art_lot_id, self.lot)
        self.assertIn(order.name, response.text, "the customer lands on the quotation")
        self.assertIn(
            "Purchase request from the customer portal",
            order.art_event_ids.mapped("name"),
        )
        # Someone owns it, with a to-do due the next day.
        self.assertTrue(order.user_id)
        todo = order.activity_ids
        self.assertEqual(len(todo), 1)
        self.assertEqual(todo.user_id, order.user_id)
        self.assertEqual(todo.summary, "Answer the customer's purchase request")
        self.assertTrue(todo.date_deadline)
        # It goes when the quotation goes to review.
        order.with_user(self.seller).request_validation()
        self._flush()
        self.assertFalse(todo.exists())

    def test_bad_requests_create_nothing(self):
        self.authenticate("art_lc_portal", "art_lc_portal")
        plain = self.env["product.product"].create({"name": "Not art", "type": "consu"})
        not_art_lot = self.env["stock.lot"].create(
            {"name": "PLAIN-1", "product_id": plain.id, "company_id": self.company.id}
        )
        for lot_id in ("abc", "", str(not_art_lot.id), "999999"):
            self._request(lot_id)
        self.assertFalse(self._portal_orders())
        with mute_logger("odoo.http"):
            response = self._request(self.lot.id, csrf=False)
        self.assertEqual(response.status_code, 400, "no CSRF token, no order")
        self.assertFalse(self._portal_orders())

    def test_tour_request_then_sign(self):
        self.start_tour(
            "/my/art/catalogue",
            "art_order_tracking_portal_request_tour",
            login="art_lc_portal",
        )
        order = self._portal_orders()
        self.assertEqual(len(order), 1)
        self.assertIn("A quiet corner", order.note or "")
        self._flush()
        # Sales reviews and approves the request.
        order.write(
            {
                "user_id": self.seller.id,
                "require_signature": True,
                "require_payment": False,
            }
        )
        order.with_user(self.seller).request_validation()
        self._flush()
        self._approve(order, self.reviewer)
        self.assertEqual(order.state, "draft", "the customer signs first")
        self.assertEqual(order.art_stage, "awaiting_payment")
        self.start_tour(
            order.get_portal_url(),
            "art_order_tracking_portal_sign_tour",
            login="art_lc_portal",
        )
        self.assertEqual(order.state, "sale")
        self.assertTrue(order.signature)
        self.assertEqual(
            order.invoice_ids.state, "posted", "confirming issued the invoice"
        )
        self._flush()
        self.assertEqual(order.art_stage, "awaiting_payment")
