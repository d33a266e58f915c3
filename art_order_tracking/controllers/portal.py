# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Live tracking and delivery evidence on the customer's order page."""

from odoo import http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal


class ArtOrderPortal(CustomerPortal):
    def _art_order_or_none(self, order_id, access_token):
        try:
            return self._document_check_access(
                "sale.order", order_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return None

    @http.route(
        "/my/orders/<int:order_id>/art_evidence",
        type="http",
        auth="public",
        methods=["GET"],
    )
    def art_delivery_evidence(self, order_id, access_token=None, **kwargs):
        """The signed delivery's evidence PDF, to the order's customer only."""
        order_sudo = self._art_order_or_none(order_id, access_token)
        if order_sudo is None or not order_sudo.art_evidence_attachment_id:
            raise request.not_found()
        attachment = order_sudo.art_evidence_attachment_id
        return request.make_response(
            attachment.raw,
            headers=[
                ("Content-Type", "application/pdf"),
                ("Content-Disposition", http.content_disposition(attachment.name)),
                ("X-Content-Type-Options", "nosniff"),
            ],
        )

    @http.route(
        "/my/orders/<int:order_id>/art_tracking",
        type="http",
        auth="public",
        methods=["GET"],
    )
    def art_order_tracking_fragment(self, order_id, access_token=None, **kwargs):
        """The tracking block alone: the page reloads it on a bus notice."""
        order_sudo = self._art_order_or_none(order_id, access_token)
        if order_sudo is None:
            raise request.not_found()
        return request.render(
            "art_order_tracking.sale_order_portal_art_tracking",
            {"sale_order": order_sudo, "access_token": access_token},
        )
