# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The carrier event API: POST /art/carrier/events (see readme/USAGE.md)."""

import hashlib
import hmac
import logging
import re
import time

from odoo import http
from odoo.http import request

_logger = logging.getLogger(__name__)

KEY_HEADER = "X-Art-Carrier-Key"
SIGNATURE_HEADER = "X-Art-Signature"
TIMESTAMP_HEADER = "X-Art-Timestamp"
# How far a signed timestamp may be from the server's clock (seconds).
TIMESTAMP_WINDOW = 300
TIMESTAMP_RE = re.compile(r"[0-9]{1,12}")
# Request headers kept with the raw request (never the key).
KEPT_HEADERS = (
    "Content-Type",
    "Content-Length",
    "User-Agent",
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    "X-Request-Id",
)


class ArtCarrierController(http.Controller):
    def _art_error(self, status, error, message):
        return request.make_json_response(
            {"error": error, "message": message}, status=status
        )

    def _art_signature_ok(self, key, raw, timestamp, signature):
        """The signature is the hex HMAC-SHA256, keyed with the carrier's key,
        of the body, or of ``<timestamp>.<body>`` when a timestamp is sent."""
        signed = f"{timestamp}.".encode() + raw if timestamp else raw
        expected = hmac.new(key.encode(), signed, hashlib.sha256).hexdigest()
        given = signature.strip().removeprefix("sha256=").strip().lower()
        # Compared as bytes: compare_digest refuses non-ASCII text.
        return hmac.compare_digest(
            expected.encode(), given.encode("utf-8", errors="replace")
        )

    def _art_timestamp_error(self, timestamp):
        """Why the signed timestamp is refused, or None.

        A signed timestamp lets a captured request be refused once it is
        older than the window; without one (the first scheme) the request is
        accepted unless the settings require a timestamp.
        """
        if not timestamp:
            required = (
                request.env["ir.config_parameter"]
                .sudo()
                .get_param("art_order_tracking.carrier_require_timestamp")
            )
            if required and required.lower() not in ("0", "false"):
                return f"{TIMESTAMP_HEADER} is required and must be signed."
            return None
        if not TIMESTAMP_RE.fullmatch(timestamp) or (
            abs(time.time() - int(timestamp)) > TIMESTAMP_WINDOW
        ):
            return (
                f"{TIMESTAMP_HEADER} must be the Unix time of the request in "
                f"seconds, within {TIMESTAMP_WINDOW} seconds of ours."
            )
        return None

    @http.route(
        "/art/carrier/events",
        type="http",
        auth="public",
        methods=["POST"],
        csrf=False,
        save_session=False,
    )
    def art_carrier_events(self, **kwargs):
        httprequest = request.httprequest
        Request = request.env["art.carrier.request"].sudo()
        limit = Request._art_max_body_bytes()
        length = httprequest.content_length
        if length is not None and length > limit:
            return self._art_error(
                413, "body_too_large", f"The body exceeds the limit of {limit} bytes."
            )
        raw = httprequest.get_data(cache=True)
        if len(raw) > limit:
            return self._art_error(
                413, "body_too_large", f"The body exceeds the limit of {limit} bytes."
            )
        key = httprequest.headers.get(KEY_HEADER, "")
        carrier = request.env["delivery.carrier"]._art_authenticate(key)
        timestamp = httprequest.headers.get(TIMESTAMP_HEADER, "").strip()
        if not carrier or not self._art_signature_ok(
            key, raw, timestamp, httprequest.headers.get(SIGNATURE_HEADER, "")
        ):
            _logger.info(
                "Carrier API: refused request from %s (bad key or signature)",
                httprequest.remote_addr,
            )
            return self._art_error(
                401,
                "unauthorized",
                f"Unknown, expired or revoked key in {KEY_HEADER}, or "
                f"{SIGNATURE_HEADER} is not the HMAC-SHA256 of the body (of "
                f"<{TIMESTAMP_HEADER}>.<body> when {TIMESTAMP_HEADER} is sent).",
            )
        error = self._art_timestamp_error(timestamp)
        if error:
            _logger.info(
                "Carrier API: refused request from %s (%s)",
                httprequest.remote_addr,
                error,
            )
            return self._art_error(401, "stale_timestamp", error)
        headers = {
            name: httprequest.headers[name]
            for name in KEPT_HEADERS
            if name in httprequest.headers
        }
        status, answer = Request._art_receive(
            carrier, raw, headers=headers, remote_addr=httprequest.remote_addr
        )
        return request.make_json_response(answer, status=status)
