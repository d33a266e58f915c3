# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The carrier event API, POST /art/carrier/events, over HTTP."""

import json
from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from ..models.delivery_carrier import art_hash_api_key
from .test_delivery_common import (
    API_KEY,
    PDF_MIN,
    DeliveryCase,
    printing_unavailable,
)

URL = "/art/carrier/events"


@tagged("post_install", "-at_install")
class TestDeliveryCarrierApi(HttpCase, DeliveryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.order, cls.picking = cls._class_in_transit()

    @classmethod
    def _class_in_transit(cls):
        # setUpClass cannot call the instance helpers: borrow an instance.
        helper = cls("test_valid_event")
        helper.env = cls.env
        return helper._in_transit("FAC123")

    def _post(self, payload, key=API_KEY, signature=None, raw=None):
        raw = raw if raw is not None else json.dumps(payload).encode()
        headers = {"Content-Type": "application/json"}
        if key is not None:
            headers["X-Art-Carrier-Key"] = key
        headers["X-Art-Signature"] = (
            signature if signature is not None else self._sign(raw, key or "")
        )
        return self.url_open(URL, data=raw, headers=headers)

    def _requests(self):
        return self.env["art.carrier.request"].search(
            [("carrier_id", "=", self.carrier.id)]
        )

    def _events(self):
        return self.env["art.carrier.event"].search(
            [("picking_id", "=", self.picking.id)]
        )

    # ------------------------------------------------------------------

    def test_valid_event(self):
        response = self._post(self._event(location="Shanghai hub"))
        self.assertEqual(response.status_code, 200, response.text)
        answer = self._json(response)
        self.assertEqual(answer["result"], "recorded")
        self.assertEqual(answer["order"], self.order.name)
        event = self._events()
        self.assertEqual(len(event), 1)
        self.assertEqual(event.status, "in_transit")
        self.assertEqual(event.order_id, self.order)
        timeline = self.order.art_event_ids.filtered(lambda e: e.source == "carrier")
        self.assertEqual(len(timeline), 1)
        self.assertTrue(timeline.customer_visible)
        self.assertIn("Shanghai hub", timeline.name)
        request = self._requests()
        self.assertEqual((request.state, request.http_status), ("done", 200))
        self.assertNotIn(API_KEY, request.headers, "the key is never stored")
        self.assertEqual(self.picking.art_carrier_status, "in_transit")

    def test_batch_with_bad_event(self):
        batch = [
            self._event(event_id="B1", status="picked_up", hours=-2),
            self._event(event_id="B2", status="teleported"),
            self._event(event_id="B3", status="out_for_delivery", hours=1),
            {"tracking_ref": "FAC123", "status": "in_transit"},
        ]
        response = self._post(batch)
        self.assertEqual(response.status_code, 200)
        answer = self._json(response)
        self.assertEqual([r["code"] for r in answer["results"]], [200, 422, 200, 400])
        self.assertEqual((answer["recorded"], answer["failed"]), (2, 2))
        self.assertIn("teleported", answer["results"][1]["message"])
        self.assertEqual(answer["results"][3]["fields"], ["event_id", "occurred_at"])
        self.assertEqual(sorted(self._events().mapped("event_ref")), ["B1", "B3"])
        self.assertEqual(self._requests().state, "partial")

    def test_replay(self):
        payload = self._event(event_id="R1")
        first = self._post(payload)
        second = self._post(payload)
        self.assertEqual(second.status_code, 200)
        self.assertEqual(self._json(first), self._json(second))
        self.assertEqual(len(self._events()), 1)
        self.assertEqual(
            len(self.order.art_event_ids.filtered(lambda e: e.source == "carrier")), 1
        )
        self.assertEqual(len(self._requests()), 2, "every request is kept")

    def test_out_of_order(self):
        self._post(self._event(event_id="O2", status="out_for_delivery", hours=2))
        # Older events arrive late: placed by occurred_at, never current.
        self._post(self._event(event_id="O1", status="picked_up", hours=-3))
        self._post(self._event(event_id="O0", status="exception", hours=-4))
        self.assertEqual(self.picking.art_carrier_status, "out_for_delivery")
        self.assertFalse(self.picking.art_delivery_failed)
        self.assertFalse(self.order.art_delivery_failed)
        self.assertEqual(self.order.art_stage, "in_transit")
        carrier_events = self.order.art_event_ids.filtered(
            lambda e: e.source == "carrier"
        )
        self.assertEqual(
            [e.name.split(": ")[1].split(" ")[0] for e in carrier_events],
            ["Out", "Picked", "Delivery"],
            "the timeline is ordered by occurrence, newest first",
        )
        # A newer exception does flag the order.
        self._post(self._event(event_id="O3", status="exception", hours=3))
        self.assertTrue(self.order.art_delivery_failed)

    def test_unknown_reference_then_reprocess(self):
        response = self._post(self._event(ref="NOPE-1", event_id="U1"))
        self.assertEqual(response.status_code, 404)
        self.assertEqual(self._json(response)["error"], "unknown_tracking_ref")
        request = self._requests()
        self.assertEqual((request.state, request.http_status), ("failed", 404))
        self.assertFalse(self._events())
        # Sales cannot see or replay carrier requests.
        with self.assertRaises(AccessError):
            request.with_user(self.seller).action_reprocess()
        # The reference was mistyped on the transfer: fix it and replay.
        self.picking.carrier_tracking_ref = "NOPE-1"
        request.with_user(self.logistics).action_reprocess()
        self.assertEqual((request.state, request.http_status), ("done", 200))
        self.assertEqual(request.reprocess_count, 1)
        self.assertEqual(self._events().event_ref, "U1")
        with self.assertRaisesRegex(UserError, "processed already"):
            request.with_user(self.logistics).action_reprocess()

    def test_bad_signature_or_key(self):
        raw = json.dumps(self._event()).encode()
        for key, signature in (
            (API_KEY, self._sign(raw, "another-key")),
            (API_KEY, self._sign(raw + b" ")),
            (API_KEY, ""),
            ("artc_wrong", self._sign(raw, "artc_wrong")),
            (None, self._sign(raw)),
        ):
            response = self._post(None, key=key, signature=signature, raw=raw)
            self.assertEqual(response.status_code, 401)
            self.assertEqual(self._json(response)["error"], "unauthorized")
        self.assertFalse(self._requests(), "unauthenticated requests are not kept")
        self.assertFalse(self._events())

    def test_expired_and_rotated_key(self):
        self.carrier.art_api_key_expiry = fields.Datetime.now() - timedelta(minutes=1)
        self.assertEqual(self._post(self._event(event_id="K1")).status_code, 401)
        self.carrier.art_api_key_expiry = False
        # Rotation: only an administrator; the old key stops at once.
        with self.assertRaises(UserError):
            self.carrier.with_user(self.logistics)._art_generate_api_key()
        admin = self.env.ref("base.user_admin")
        new_key = self.carrier.with_user(admin)._art_generate_api_key()
        self.assertNotEqual(new_key, API_KEY)
        self.assertEqual(
            self.carrier.art_api_key_hash, art_hash_api_key(new_key), "stored hashed"
        )
        self.assertEqual(self._post(self._event(event_id="K2")).status_code, 401)
        response = self._post(self._event(event_id="K3"), key=new_key)
        self.assertEqual(response.status_code, 200)

    def test_oversized_body(self):
        self.env["ir.config_parameter"].set_param(
            "art_order_tracking.carrier_max_body_kb", "1"
        )
        payload = self._event(description="x" * 2000)
        response = self._post(payload)
        self.assertEqual(response.status_code, 413)
        self.assertEqual(self._json(response)["error"], "body_too_large")
        self.assertFalse(self._requests())
        self.assertEqual(self._post(self._event()).status_code, 200)

    def test_malformed_json_missing_fields_bad_values(self):
        response = self._post(None, raw=b'{"tracking_ref": "FAC123",')
        self.assertEqual(response.status_code, 400)
        self.assertEqual(self._json(response)["error"], "malformed_json")
        response = self._post(None, raw=b"[]")
        self.assertEqual(response.status_code, 400)
        response = self._post({"tracking_ref": "FAC123", "status": "in_transit"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("event_id, occurred_at", self._json(response)["message"])
        response = self._post(self._event(status="lost_in_space"))
        self.assertEqual(response.status_code, 422)
        response = self._post(self._event(occurred_at="2026-03-01T10:00:00"))
        self.assertEqual(response.status_code, 422, "a timestamp needs its offset")
        response = self._post(self._event(occurred_at="yesterday"))
        self.assertEqual(response.status_code, 422)
        self.assertEqual(self._json(response)["fields"], ["occurred_at"])
        self.assertFalse(self._events())
        self.assertEqual(set(self._requests().mapped("state")), {"failed"})

    def test_proof(self):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"></svg>'
        response = self._post(
            self._event(
                status="delivered", signed_by="Ms C", proof=self._proof(svg, "p.svg")
            )
        )
        self.assertEqual(response.status_code, 422)
        self.assertEqual(self._json(response)["error"], "bad_proof")
        response = self._post(
            self._event(
                status="delivered",
                proof={"filename": "p.pdf", "content": "not base64!"},
            )
        )
        self.assertEqual(response.status_code, 422)
        self.assertFalse(self._events())
        response = self._post(
            self._event(status="delivered", signed_by="Ms C", proof=self._proof())
        )
        self.assertEqual(response.status_code, 200)
        event = self._events()
        self.assertEqual(event.proof_attachment_id.raw, PDF_MIN)
        self.assertEqual(self.picking.art_carrier_proof_id, event.proof_attachment_id)
        self.assertEqual(self.picking.art_carrier_signed_by, "Ms C")
        # No arrival report yet: not delivered, logistics must complete it.
        self.assertFalse(self.picking.art_is_delivered)
        self.assertEqual(self.order.art_stage, "in_transit")
        # The to-do lands with Logistics, who may record the signed delivery
        # (not with the salesperson, who may not).
        activity = self.picking.activity_ids
        self.assertEqual(len(activity), 1)
        owner = activity.user_id
        self.assertTrue(owner.has_group("art_order_tracking.group_art_logistics"))
        self.assertFalse(owner.has_group("art_order_tracking.group_art_manager"))
        self.picking.with_user(owner).check_access("write")
        wizard = self.env["art.delivery.sign.wizard"].with_user(owner)
        with self.assertRaisesRegex(UserError, "arrival condition report"):
            wizard.create({"picking_id": self.picking.id}).action_confirm()

    def test_carrier_delivery_completes_with_arrival_reports(self):
        self._arrival_report(self.picking)
        response = self._post(
            self._event(
                status="delivered", signed_by="Ms C", proof=self._proof(), hours=5
            )
        )
        self.assertEqual(response.status_code, 200)
        self._flush()
        self.assertTrue(self.picking.art_is_delivered)
        self.assertEqual(self.picking.art_signed_by, "Ms C")
        self.assertEqual(self.order.art_stage, "delivered")
        self.assertTrue(self.order.art_evidence_attachment_id)

    def test_carrier_delivery_when_printing_fails(self):
        """The carrier's delivered event is kept, the order pending."""
        self._arrival_report(self.picking)
        with (
            printing_unavailable(self.env),
            self.assertLogs("odoo.addons.art_order_tracking.models", "WARNING"),
        ):
            response = self._post(
                self._event(
                    status="delivered", signed_by="Ms C", proof=self._proof(), hours=5
                )
            )
        self.assertEqual(response.status_code, 200)
        self._flush()
        self.assertTrue(self.picking.art_is_delivered)
        self.assertEqual(self.picking.art_pod_attachment_id.raw, PDF_MIN)
        self.assertEqual(self.order.art_stage, "delivered")
        self.assertTrue(self.order.art_evidence_pending)
        self.assertFalse(self.order.art_evidence_attachment_id)

    def test_query_budget(self):
        # Warm the caches (registry, routing, carrier).
        self._post(self._event(event_id="Q0", hours=-4))
        # Measured: 27 queries for one event, 108 for a batch of 10.
        with self.assertQueryCount(__system__=32):
            response = self._post(self._event(event_id="Q1", hours=-3))
        self.assertEqual(response.status_code, 200)
        batch = [self._event(event_id=f"QB{i}", hours=-2 + i / 10) for i in range(10)]
        with self.assertQueryCount(__system__=120):
            response = self._post(batch)
        self.assertEqual(self._json(response)["recorded"], 10)

    def test_staff_wizard(self):
        wizard = (
            self.env["art.carrier.event.wizard"]
            .with_user(self.logistics)
            .create(
                {
                    "picking_id": self.picking.id,
                    "status": "out_for_delivery",
                    "location": "Phone: driver",
                    "occurred_at": fields.Datetime.now() - timedelta(minutes=5),
                }
            )
        )
        wizard.action_record()
        event = self._events()
        self.assertEqual((event.source, event.status), ("staff", "out_for_delivery"))
        self.assertEqual(event.user_id, self.logistics)
        self.assertTrue(event.order_event_id.customer_visible)
        with self.assertRaises(AccessError):
            self.env["art.carrier.event.wizard"].with_user(self.seller).create(
                {"picking_id": self.picking.id, "status": "in_transit"}
            )
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            event.with_user(self.env.ref("base.user_admin")).write(
                {"status": "delivered"}
            )
