# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The carrier event API answers bad input with a 4xx, never a 500, and keeps
what an authenticated carrier sent, byte for byte, even when it is refused."""

import base64
import hashlib
import hmac
import json
import time
from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.tests import HttpCase, tagged

from .test_delivery_common import API_KEY, DeliveryCase

URL = "/art/carrier/events"


@tagged("post_install", "-at_install")
class TestCarrierApiBadInput(HttpCase, DeliveryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        helper = cls("test_nul_byte_in_body")
        helper.env = cls.env
        cls.order, cls.picking = helper._in_transit("BAD123")

    def _post(self, payload=None, raw=None, timestamp=None, signature=None):
        raw = raw if raw is not None else json.dumps(payload).encode()
        signed = raw if timestamp is None else f"{timestamp}.".encode() + raw
        headers = {
            "Content-Type": "application/json",
            "X-Art-Carrier-Key": API_KEY,
            "X-Art-Signature": signature
            or "sha256="
            + hmac.new(API_KEY.encode(), signed, hashlib.sha256).hexdigest(),
        }
        if timestamp is not None:
            headers["X-Art-Timestamp"] = str(timestamp)
        # No ERROR line, whatever the input (a 500 logs one).
        with self.assertNoLogs("odoo", level="ERROR"):
            response = self.url_open(URL, data=raw, headers=headers)
        self.assertLess(response.status_code, 500, response.text)
        return response

    def _last_request(self):
        return self.env["art.carrier.request"].search(
            [("carrier_id", "=", self.carrier.id)], limit=1
        )

    def _events(self):
        return self.env["art.carrier.event"].search(
            [("picking_id", "=", self.picking.id)]
        )

    def _event(self, **kw):
        return super()._event(ref="BAD123", **kw)

    def _assert_refused(self, response, status, error, raw=None):
        self.assertEqual(response.status_code, status, response.text)
        answer = self._json(response)
        self.assertEqual(answer["error"], error, answer)
        request = self._last_request()
        self.assertEqual((request.state, request.http_status), ("failed", status))
        if raw is not None:
            self.assertEqual(request._art_raw_body(), raw, "kept byte for byte")
        self.assertFalse(self._events(), "no event from a refused request")
        self.assertFalse(self.picking.art_carrier_status)
        return answer

    # ------------------------------------------------------------------
    # Characters PostgreSQL cannot store, bodies Python cannot parse
    # ------------------------------------------------------------------

    def test_nul_byte_in_body(self):
        raw = json.dumps(self._event(event_id="N1")).encode().replace(b"N1", b"N\x001")
        response = self._post(raw=raw)
        self._assert_refused(response, 400, "malformed_json", raw=raw)
        request = self._last_request()
        self.assertNotIn("\x00", request.body)
        self.assertIn("\ufffd", request.body, "the readable copy marks the NUL")
        self.assertTrue(request.body_raw)

    def test_escaped_nul_in_text_fields(self):
        for name in ("description", "location", "signed_by", "event_id"):
            payload = self._event(event_id=f"NUL-{name}")
            payload[name] = "before\x00after"  # json.dumps writes \u0000
            raw = json.dumps(payload).encode()
            self.assertIn(b"\\u0000", raw)
            response = self._post(raw=raw)
            answer = self._assert_refused(response, 422, "bad_text", raw=raw)
            self.assertEqual(answer["fields"], [name])
            self.assertFalse(
                self._last_request().body_raw, "valid UTF-8 without NUL: the text is"
            )
        # The tracking reference would reach a search: refused before it.
        payload = self._event(event_id="NUL-ref")
        payload["tracking_ref"] = "BAD\x00123"
        answer = self._assert_refused(self._post(payload), 422, "bad_text")
        self.assertEqual(answer["fields"], ["tracking_ref"])
        # In a batch, only that event fails; its id is not echoed.
        bad = dict(self._event(event_id="B\x00"), description="x")
        response = self._post([bad, self._event(event_id="NUL-OK")])
        self.assertEqual(response.status_code, 200)
        answer = self._json(response)
        self.assertEqual([r["code"] for r in answer["results"]], [422, 200])
        self.assertIsNone(answer["results"][0]["event_id"])
        self.assertEqual(self._last_request().state, "partial")
        self.assertNotIn("\x00", self._last_request().error)

    def test_proof_filename_with_nul(self):
        proof = self._proof()
        proof["filename"] = "pod\x00.pdf"
        response = self._post(self._event(status="delivered", proof=proof))
        self._assert_refused(response, 422, "bad_proof")

    def test_not_text_fields(self):
        for value in ({"city": "Shanghai"}, ["Shanghai"], True):
            payload = self._event(event_id="T1", location=value)
            answer = self._assert_refused(self._post(payload), 422, "bad_text")
            self.assertEqual(answer["fields"], ["location"])
        response = self._post(self._event(event_id="T2", location=12))
        self.assertEqual(response.status_code, 200, "a number is text enough")
        self.assertEqual(self._events().location, "12")

    def test_invalid_utf8(self):
        raw = (
            json.dumps(self._event(location="Zurich"))
            .encode()
            .replace(b"Zurich", b"Z\xfcrich")
        )
        answer = self._assert_refused(self._post(raw=raw), 400, "malformed_json", raw)
        self.assertIn("UTF-8", answer["message"])

    def test_deep_nesting(self):
        raw = b"[" * 50000 + b"]" * 50000
        answer = self._assert_refused(self._post(raw=raw), 400, "malformed_json", raw)
        self.assertIn("nested too deeply", answer["message"])
        raw = b'{"event_id": ' + b"[" * 50000 + b"]" * 50000 + b"}"
        self._assert_refused(self._post(raw=raw), 400, "malformed_json", raw)

    def test_deep_event_id_not_echoed(self):
        # Deep enough to parse, too deep to be answered back: not echoed.
        payload = self._event()
        payload["event_id"] = json.loads("[" * 500 + "]" * 500)
        answer = self._assert_refused(self._post(payload), 400, "missing_fields")
        self.assertEqual(answer["fields"], ["event_id"])
        self.assertIsNone(answer["event_id"])

    # ------------------------------------------------------------------
    # Dates
    # ------------------------------------------------------------------

    def test_dates_out_of_datetime_range(self):
        for value in ("0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"):
            response = self._post(self._event(event_id=value, occurred_at=value))
            answer = self._assert_refused(response, 422, "bad_timestamp")
            self.assertEqual(answer["fields"], ["occurred_at"])

    def test_dates_too_far_ahead_or_behind(self):
        now = fields.Datetime.now()

        def stamp(delta):
            return (now + delta).strftime("%Y-%m-%dT%H:%M:%S+00:00")

        for index, delta in enumerate(
            (timedelta(hours=25), timedelta(days=366), -timedelta(days=366))
        ):
            response = self._post(
                self._event(event_id=f"D{index}", occurred_at=stamp(delta))
            )
            answer = self._assert_refused(response, 422, "timestamp_out_of_range")
            self.assertEqual(answer["fields"], ["occurred_at"])
        # 9999-12-30 would have stayed the latest event for ever.
        response = self._post(
            self._event(event_id="FOREVER", occurred_at="9999-12-30T00:00:00+00:00")
        )
        self._assert_refused(response, 422, "timestamp_out_of_range")
        # Inside the defaults (24 hours ahead, 365 days behind): recorded.
        for event_id, delta in (
            ("AHEAD", timedelta(hours=23)),
            ("BEHIND", -timedelta(days=364)),
        ):
            response = self._post(
                self._event(event_id=event_id, occurred_at=stamp(delta))
            )
            self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(len(self._events()), 2)

    def test_date_tolerance_setting(self):
        settings = self.env["res.config.settings"].create(
            {
                "art_carrier_future_tolerance_hours": 1,
                "art_carrier_past_tolerance_days": 2,
            }
        )
        settings.execute()
        now = fields.Datetime.now()
        for event_id, delta in (("S1", timedelta(hours=2)), ("S2", -timedelta(days=3))):
            occurred = (now + delta).strftime("%Y-%m-%dT%H:%M:%S+00:00")
            response = self._post(self._event(event_id=event_id, occurred_at=occurred))
            self._assert_refused(response, 422, "timestamp_out_of_range")

    def test_reprocess_judges_dates_by_receipt(self):
        # Received with an unknown reference; fixed and processed a year on.
        response = self._post(
            dict(self._event(event_id="LATE2"), tracking_ref="BAD-TYPO")
        )
        self.assertEqual(response.status_code, 404)
        request = self._last_request()
        self.picking.carrier_tracking_ref = "BAD-TYPO"
        with freeze_time(fields.Datetime.now() + timedelta(days=400)):
            request.with_user(self.logistics).action_reprocess()
        self.assertEqual((request.state, request.http_status), ("done", 200))

    # ------------------------------------------------------------------
    # Identifiers
    # ------------------------------------------------------------------

    def test_blank_identifiers(self):
        for name in ("event_id", "tracking_ref"):
            for blank in ("", "   ", "\t\n"):
                payload = dict(self._event(), **{name: blank})
                answer = self._assert_refused(
                    self._post(payload), 400, "missing_fields"
                )
                self.assertEqual(answer["fields"], [name])

    # ------------------------------------------------------------------
    # Signed timestamp
    # ------------------------------------------------------------------

    def test_signed_timestamp(self):
        now = int(time.time())
        response = self._post(self._event(event_id="TS1"), timestamp=now)
        self.assertEqual(response.status_code, 200, response.text)
        self.assertIn("X-Art-Timestamp", self._last_request().headers)
        # A captured request sent again an hour later is refused, not kept.
        count = len(self.env["art.carrier.request"].search([]))
        for stale in (now - 3600, now + 3600, "yesterday"):
            response = self._post(self._event(event_id="TS2"), timestamp=stale)
            self.assertEqual(response.status_code, 401)
            self.assertEqual(self._json(response)["error"], "stale_timestamp")
        # The timestamp is signed: changing it breaks the signature.
        raw = json.dumps(self._event(event_id="TS3")).encode()
        signature = (
            "sha256="
            + hmac.new(
                API_KEY.encode(), f"{now - 3600}.".encode() + raw, hashlib.sha256
            ).hexdigest()
        )
        response = self._post(raw=raw, timestamp=now, signature=signature)
        self.assertEqual(self._json(response)["error"], "unauthorized")
        self.assertEqual(len(self.env["art.carrier.request"].search([])), count)
        self.assertEqual(self._events().event_ref, "TS1")

    def test_timestamp_required_setting(self):
        self.env["ir.config_parameter"].set_param(
            "art_order_tracking.carrier_require_timestamp", "True"
        )
        response = self._post(self._event(event_id="RQ1"))
        self.assertEqual(response.status_code, 401)
        self.assertEqual(self._json(response)["error"], "stale_timestamp")
        response = self._post(self._event(event_id="RQ2"), timestamp=int(time.time()))
        self.assertEqual(response.status_code, 200)

    def test_non_ascii_signature(self):
        raw = json.dumps(self._event()).encode()
        response = self._post(raw=raw, signature="sha256=\xe9\xe9")
        self.assertEqual(response.status_code, 401)
        self.assertEqual(self._json(response)["error"], "unauthorized")

    def test_proof_content_base64(self):
        proof = {
            "filename": "pod.pdf",
            "content": base64.b64encode(b"\x00" * 10).decode(),
        }
        response = self._post(self._event(status="delivered", proof=proof))
        self._assert_refused(response, 422, "bad_proof")
