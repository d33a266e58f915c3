# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from .common import PNG_1PX, SVG, ArtReturnCase


@tagged("post_install", "-at_install")
class TestArtReturnPortal(HttpCase, ArtReturnCase):
    def _form(self, order):
        response = self.url_open(f"/my/orders/{order.id}/art_return")
        self.assertEqual(response.status_code, 200)
        return response

    def _submit(self, order, reason, files):
        page = self._form(order)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        line_id = re.search(r'<option value="(\d+)">', page.text).group(1)
        return self.url_open(
            f"/my/orders/{order.id}/art_return/submit",
            data={
                "csrf_token": token,
                "line_id": line_id,
                "request_type": "return",
                "reason_id": self.reasons[reason].id,
                "description": "Cracked frame",
            },
            files=[("evidence", f) for f in files],
        )

    def test_request_with_photo(self):
        order = self._deliver(self.painting)
        self.authenticate("art_h6_portal", "art_h6_portal")
        response = self._submit(
            order, "transit_damage", [("damage.png", PNG_1PX, "image/png")]
        )
        self.assertEqual(response.status_code, 200)
        rma = self.env["rma"].search([("order_id", "=", order.id)])
        self.assertEqual(len(rma), 1)
        self.assertIn(f"/my/rmas/{rma.id}", response.url)
        self.assertEqual(rma.art_lot_id, self.painting)
        self.assertEqual(rma.art_acceptance, "accepted")
        self.assertEqual(len(rma.art_evidence_ids), 1)
        self.assertEqual(rma.art_evidence_ids.mimetype, "image/png")
        self.assertTrue(rma.review_ids)
        # The work is no longer offered for a second return.
        self.assertNotIn("H6-Harbour at Dawn", self._form(order).text)

    def test_bad_uploads_create_nothing(self):
        order = self._deliver(self.painting)
        self.authenticate("art_h6_portal", "art_h6_portal")
        response = self._submit(
            order, "transit_damage", [("x.svg", SVG, "image/svg+xml")]
        )
        self.assertIn("not a photo or a video", response.text)
        response = self._submit(
            order, "transit_damage", [("x.html", b"<html>x</html>", "text/html")]
        )
        self.assertIn("not a photo or a video", response.text)
        response = self._submit(order, "transit_damage", [])
        self.assertIn("Attach photos or a video", response.text)
        self.assertFalse(self.env["rma"].search([("order_id", "=", order.id)]))

    def test_other_customer_order_is_refused(self):
        order = self._deliver(self.painting)
        self.authenticate("art_h6_portal2", "art_h6_portal2")
        response = self.url_open(f"/my/orders/{order.id}/art_return")
        self.assertNotIn("art_return_line", response.text)
        self.assertTrue(response.url.endswith("/my"))
        # A valid session token from the customer's own order does not open
        # another customer's order either.
        own_order = self._deliver(self.painting_b, partner=self.other_customer)
        page = self._form(own_order)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        response = self.url_open(
            f"/my/orders/{order.id}/art_return/submit",
            data={
                "csrf_token": token,
                "line_id": order.order_line.id,
                "reason_id": self.reasons["defect"].id,
                "request_type": "return",
            },
        )
        self.assertTrue(response.url.endswith("/my"))
        self.assertFalse(self.env["rma"].search([("order_id", "=", order.id)]))

    def test_other_customer_rma_page_is_refused(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        self.authenticate("art_h6_portal2", "art_h6_portal2")
        response = self.url_open(f"/my/rmas/{rma.id}")
        self.assertNotIn(rma.name, response.text)

    def test_portal_tour_request_with_photo(self):
        order = self._deliver(self.painting)
        self.start_tour(
            f"/my/orders/{order.id}/art_return",
            "art_returns_portal_request",
            login="art_h6_portal",
        )
        rma = self.env["rma"].search([("order_id", "=", order.id)])
        self.assertEqual(rma.art_reason_id, self.reasons["transit_damage"])
        self.assertEqual(len(rma.art_evidence_ids), 1)

    def test_reason_not_offered_is_refused(self):
        order = self._deliver(self.painting)
        archived = self.env["art.return.reason"].create(
            {"name": "Retired reason", "code": "h6_retired", "active": False}
        )
        self.authenticate("art_h6_portal", "art_h6_portal")
        self.assertNotIn("Retired reason", self._form(order).text)
        for reason_id in (archived.id, archived.id + 1000):
            page = self._form(order)
            token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
            response = self.url_open(
                f"/my/orders/{order.id}/art_return/submit",
                data={
                    "csrf_token": token,
                    "line_id": order.order_line.id,
                    "request_type": "return",
                    "reason_id": reason_id,
                    "description": "Cracked frame",
                },
                files=[("evidence", ("damage.png", PNG_1PX, "image/png"))],
            )
            self.assertEqual(response.status_code, 200)
            self.assertIn("Choose the reason of the return.", response.text)
        self.assertFalse(self.env["rma"].search([("order_id", "=", order.id)]))
        self.assertFalse(
            self.env["ir.attachment"].search([("name", "=", "damage.png")]),
            "nothing was half-written",
        )

    def test_customer_cannot_remove_submitted_evidence(self):
        order = self._deliver(self.painting)
        self.authenticate("art_h6_portal", "art_h6_portal")
        self._submit(order, "transit_damage", [("damage.png", PNG_1PX, "image/png")])
        rma = self.env["rma"].search([("order_id", "=", order.id)])
        evidence = rma.art_evidence_ids
        self.assertEqual(len(evidence), 1)
        portal_rma = rma.with_user(self.portal_user)
        with self.assertRaises(UserError):  # AccessError is one too
            portal_rma.write({"art_evidence_ids": [Command.clear()]})
        with self.assertRaises(AccessError):
            evidence.with_user(self.portal_user).unlink()
        with self.assertRaises(AccessError):
            evidence.with_user(self.portal_user).write({"datas": b""})
        self.assertEqual(rma.art_evidence_ids, evidence)
        self.assertTrue(evidence.exists().raw)
