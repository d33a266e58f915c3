# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

from odoo import http
from odoo.http import request
from odoo.tools import consteq

TOKEN_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class ArtCertificateController(http.Controller):
    @http.route(
        "/art/certificate/<string:token>",
        type="http",
        auth="public",
    )
    def art_certificate_verify(self, token, **kwargs):
        """Public verification page reached by the QR code of a certificate.

        Shows only non-confidential facts. Unknown or malformed tokens get a
        plain 404, whatever the reason, so the page reveals nothing.
        """
        if not TOKEN_RE.match(token or ""):
            raise request.not_found()
        certificate = (
            request.env["art.certificate"]
            .sudo()
            .search([("access_token", "=", token)], limit=1)
        )
        if not certificate or not consteq(certificate.access_token, token):
            raise request.not_found()
        product = certificate.product_id
        values = {
            "certificate_number": certificate.name,
            "state": certificate.state,
            "state_label": dict(
                certificate._fields["state"]._description_selection(request.env)
            )[certificate.state],
            "work_title": product.name,
            "artist": certificate.lot_id.art_artist_id.name,
            "year": product.art_year_display,
            "issue_date": certificate.issue_date,
            "replacement_number": certificate.replacement_id.name,
        }
        return request.render(
            "art_order_tracking.art_certificate_verification_page", values
        )
