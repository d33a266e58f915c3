# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The carrier event API: POST /art/carrier/events (see readme/USAGE.md)."""

import hashlib
import hmac
import logging

from odoo import http
from odoo.http import request

_logger = logging.getLogger(__name__)

KEY_HEADER = "X-Art-Carrier-Key"
SIGNATURE_HEADER = "X-Art-Signature"
# Request headers kept with the raw request (never the key).
KEPT_HEADERS = (
    "Content-Type",
    "Content-Length",
    "User-Agent",
    SIGNATURE_HEADER,
    "X-Request-Id",
)


class ArtCarrierController(http.Controller):
    def _art_error(self, status, error, message):
        return request.make_json_response(
            {"error": error, "message": message}, status=status
        )

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
        signature = httprequest.headers.get(SIGNATURE_HEADER, "")
        signature = signature.removeprefix("sha256=")
        expected = (
            hmac.new(key.encode(), raw, hashlib.sha256).hexdigest() if carrier else ""
        )
        if not carrier or not hmac.compare_digest(expected, signature.strip().lower()):
            _logger.info(
                "Carrier API: refused request from %s (bad key or signature)",
                httprequest.remote_addr,
            )
            return self._art_error(
                401,
                "unauthorized",
                f"Unknown, expired or revoked key in {KEY_HEADER}, or "
                f"{SIGNATURE_HEADER} is not the HMAC-SHA256 of the body.",
            )
        headers = {
            name: httprequest.headers[name]
            for name in KEPT_HEADERS
            if name in httprequest.headers
        }
        status, answer = Request._art_receive(
            carrier, raw, headers=headers, remote_addr=httprequest.remote_addr
        )
        return request.make_json_response(answer, status=status)
