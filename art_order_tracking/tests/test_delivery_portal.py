# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Live tracking and delivery evidence on the customer's portal."""

from odoo.tests import HttpCase, new_test_user, tagged

from .test_delivery_common import DeliveryCase


@tagged("post_install", "-at_install")
class TestDeliveryPortal(HttpCase, DeliveryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal_user = new_test_user(
            cls.env,
            login="art_dl_portal",
            password="art_dl_portal",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.other_partner = cls.env["res.partner"].create({"name": "Other Collector"})
        cls.other_user = new_test_user(
            cls.env,
            login="art_dl_other",
            password="art_dl_other",
            groups="base.group_portal",
            partner_id=cls.other_partner.id,
        )

    def _delivered(self, ref):
        order, picking = self._in_transit(ref)
        self._arrival_report(picking)
        self._deliver(picking)
        self.assertTrue(order.art_evidence_attachment_id)
        return order

    def test_own_order_page(self):
        order = self._delivered("PORT1")
        self.authenticate("art_dl_portal", "art_dl_portal")
        response = self.url_open(f"/my/orders/{order.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_art_order_tracking", response.text)
        self.assertIn("PORT1", response.text)
        self.assertIn("Delivery evidence (PDF)", response.text)
        self.assertIn('data-stage="delivered"', response.text)
        response = self.url_open(f"/my/orders/{order.id}/art_evidence")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/pdf")
        self.assertEqual(response.content, order.art_evidence_attachment_id.raw)
        fragment = self.url_open(f"/my/orders/{order.id}/art_tracking")
        self.assertEqual(fragment.status_code, 200)
        self.assertIn("o_art_timeline", fragment.text)

    def test_other_customer_refused(self):
        order = self._delivered("PORT2")
        self.authenticate("art_dl_other", "art_dl_other")
        response = self.url_open(f"/my/orders/{order.id}")
        self.assertNotIn("o_art_order_tracking", response.text)
        self.assertNotIn("PORT2", response.text)
        for suffix in ("art_evidence", "art_tracking"):
            response = self.url_open(f"/my/orders/{order.id}/{suffix}")
            self.assertEqual(response.status_code, 404, suffix)
            self.assertNotIn("PORT2", response.text)
        # A guessed id with a wrong token is refused as well.
        response = self.url_open(
            f"/my/orders/{order.id}/art_evidence?access_token=not-the-token"
        )
        self.assertEqual(response.status_code, 404)

    def test_access_token(self):
        order = self._delivered("PORT3")
        token = order._portal_ensure_token()
        self.authenticate(None, None)
        response = self.url_open(
            f"/my/orders/{order.id}/art_evidence?access_token={token}"
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, order.art_evidence_attachment_id.raw)
        response = self.url_open(f"/my/orders/{order.id}?access_token={token}")
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_art_order_tracking", response.text)
        for wrong in (token[:-1] + ("0" if token[-1] != "0" else "1"), ""):
            response = self.url_open(
                f"/my/orders/{order.id}/art_evidence?access_token={wrong}"
            )
            self.assertEqual(response.status_code, 404)
            response = self.url_open(
                f"/my/orders/{order.id}/art_tracking?access_token={wrong}"
            )
            self.assertEqual(response.status_code, 404)

    def test_portal_page_query_budget(self):
        order = self._delivered("PORT4")
        self.authenticate("art_dl_portal", "art_dl_portal")
        self.url_open(f"/my/orders/{order.id}")  # warm the caches
        # Measured: 47 queries for the whole order page of a delivered order
        # with art_order_tracking alone, 58 with the whole suite installed
        # (OCA rma_sale and helpdesk_mgmt add their own blocks to the page).
        with self.assertQueryCount(__system__=62):
            response = self.url_open(f"/my/orders/{order.id}")
        self.assertEqual(response.status_code, 200)

    def test_tour_customer_follows_order(self):
        order, picking = self._in_transit("TOUR-1")
        self._arrival_report(picking)
        self.start_tour(
            f"/my/orders/{order.id}",
            "art_delivery_portal_follow_tour",
            login="art_dl_portal",
        )
        self.assertEqual(order.art_stage, "delivered")
        self.assertTrue(order.art_evidence_attachment_id)
