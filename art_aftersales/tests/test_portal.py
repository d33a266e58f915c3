# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The portal ticket form: own orders and works only, photos only."""

import io

from PIL import Image

from odoo import http
from odoo.tests import HttpCase, new_test_user, tagged

from .common import ArtAftersalesCase


def png_bytes(size=(4, 4)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


@tagged("post_install", "-at_install")
class TestPortalTicket(ArtAftersalesCase, HttpCase):
    def setUp(self):
        super().setUp()
        self.authenticate("h7_portal", "h7_portal")

    def _tickets(self):
        return self.env["helpdesk.ticket"].search(
            [("partner_id", "=", self.customer.id)]
        )

    def _submit(self, files=None, **values):
        data = {
            "csrf_token": http.Request.csrf_token(self),
            "category": self.cat_damage.id,
            "subject": "Torn canvas",
            "description": "The canvas is torn.",
        }
        data.update(values)
        return self.url_open(
            "/submitted/ticket", data=data, files=files or {}, allow_redirects=False
        )

    def test_form_lists_own_orders_and_works(self):
        resp = self.url_open(f"/new/ticket?sale_order_id={self.order1.id}")
        self.assertEqual(resp.status_code, 200)
        self.assertIn(self.order1.name, resp.text)
        self.assertIn("H7-SN-001", resp.text)
        self.assertNotIn(self.order2.name, resp.text)
        self.assertNotIn("H7-SN-002", resp.text)
        self.assertIn("Damage", resp.text)

    def test_submit_with_order_work_and_photo(self):
        resp = self._submit(
            sale_order_id=self.order1.id,
            lot_id=self.lot1.id,
            files={"attachment": ("crack.png", png_bytes(), "image/png")},
        )
        self.assertIn(resp.status_code, (302, 303), resp.text[:500])
        ticket = self._tickets()
        self.assertEqual(len(ticket), 1)
        self.assertTrue(resp.headers["Location"].endswith(f"/my/ticket/{ticket.id}"))
        self.assertEqual(ticket.sale_order_id, self.order1)
        self.assertEqual(ticket.lot_id, self.lot1)
        self.assertEqual(ticket.team_id, self.team_conservation)
        self.assertTrue(ticket.art_response_deadline)
        self.assertEqual(ticket.attachment_ids.mapped("mimetype"), ["image/png"])
        page = self.url_open(f"/my/ticket/{ticket.id}")
        self.assertIn(self.order1.name, page.text)
        self.assertIn("H7-SN-001", page.text)

    def _assert_refused(self, resp, message):
        self.assertEqual(resp.status_code, 400)
        self.assertIn(message, resp.text)
        self.assertFalse(self._tickets(), "nothing may be created")
        self.assertFalse(
            self.env["ir.attachment"].search(
                [("res_model", "=", "helpdesk.ticket"), ("name", "=", "x.png")]
            )
        )

    def test_other_customers_order_refused(self):
        resp = self._submit(sale_order_id=self.order2.id)
        self._assert_refused(resp, "not one of your orders")

    def test_other_customers_work_refused(self):
        resp = self._submit(lot_id=self.lot2.id)
        self._assert_refused(resp, "was not delivered to you")
        resp = self._submit(sale_order_id=self.order1.id, lot_id=self.lot2.id)
        self._assert_refused(resp, "was not delivered to you")

    def test_non_image_refused(self):
        resp = self._submit(
            files={"attachment": ("x.png", b"%PDF-1.4 not an image", "image/png")}
        )
        self._assert_refused(resp, "is not a photo")
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'
        resp = self._submit(files={"attachment": ("x.png", svg, "image/svg+xml")})
        self._assert_refused(resp, "is not a photo")

    def test_large_photo_refused(self):
        self.company.art_ticket_photo_max_mb = 0.0001  # about 100 bytes
        resp = self._submit(
            files={"attachment": ("x.png", png_bytes((64, 64)), "image/png")}
        )
        self._assert_refused(resp, "is larger than")

    def test_close_only_own_ticket(self):
        theirs = self._ticket(partner_id=self.customer2.id, name="Theirs")
        mine = self._ticket(name="Mine")
        for ticket, closed in ((theirs, False), (mine, True)):
            self.url_open(
                "/ticket/close",
                data={
                    "csrf_token": http.Request.csrf_token(self),
                    "stage_id": self.stage_done.id,
                    "ticket_id": ticket.id,
                },
                allow_redirects=False,
            )
            self.assertEqual(ticket.closed, closed, ticket.name)

    def test_order_page_offers_ticket(self):
        resp = self.url_open(self.order1.get_portal_url())
        self.assertEqual(resp.status_code, 200)
        self.assertIn(f"/new/ticket?sale_order_id={self.order1.id}", resp.text)


@tagged("post_install", "-at_install")
class TestPortalTicketTour(ArtAftersalesCase, HttpCase):
    def test_portal_ticket_with_photo_from_order(self):
        customer = new_test_user(
            self.env,
            login="h7_tour",
            groups="base.group_portal",
            name="Tour Collector",
            email="tour@example.com",
        )
        order, lot = self._sell_and_deliver(customer.partner_id, "H7-TOUR-001")
        self.start_tour(
            "/my/orders", "art_aftersales_portal_ticket_tour", login="h7_tour"
        )
        ticket = self.env["helpdesk.ticket"].search(
            [("partner_id", "=", customer.partner_id.id)]
        )
        self.assertEqual(len(ticket), 1)
        self.assertEqual(ticket.name, "Dent in the stretcher bar")
        self.assertEqual(ticket.sale_order_id, order)
        self.assertEqual(ticket.lot_id, lot)
        self.assertEqual(ticket.category_id, self.cat_damage)
        self.assertEqual(ticket.team_id, self.team_conservation)
        self.assertEqual(ticket.attachment_ids.name, "dent.png")
        self.assertEqual(ticket.attachment_ids.mimetype, "image/png")
