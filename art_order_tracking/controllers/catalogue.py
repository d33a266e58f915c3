# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import http
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal


class ArtCataloguePortal(CustomerPortal):
    """Portal catalogue: customers see the works on sale and ask to buy one,
    which creates a draft quotation for the sales team to review."""

    def _art_available_lots(self, lot_ids=None):
        """Serials of artworks in stock and not sold on a confirmed order."""
        env = request.env
        company_ids = env.user.company_ids.ids or env.company.ids
        domain = [
            ("lot_id.product_id.is_artwork", "=", True),
            ("lot_id.product_id.sale_ok", "=", True),
            ("location_id.usage", "=", "internal"),
            ("quantity", ">", 0),
            ("company_id", "in", company_ids),
        ]
        if lot_ids is not None:
            domain.append(("lot_id", "in", lot_ids))
        # Stock and other customers' orders are not the customer's to read:
        # read them as superuser, show only catalogue facts.
        lots = env["stock.quant"].sudo().search(domain).lot_id
        sold = (
            env["sale.order.line"]
            .sudo()
            .search([("art_lot_id", "in", lots.ids), ("order_id.state", "=", "sale")])
            .filtered(lambda line: line.qty_delivered < line.product_uom_qty)
            .art_lot_id
        )
        return (lots - sold).sorted(lambda lot: (lot.product_id.name, lot.name))

    @http.route("/my/art/catalogue", type="http", auth="user", website=True)
    def art_catalogue(self, **kwargs):
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "art_catalogue",
                "lots": self._art_available_lots(),
                "requested": kwargs.get("requested"),
            }
        )
        return request.render("art_order_tracking.portal_art_catalogue", values)

    @http.route(
        "/my/art/catalogue/request",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def art_catalogue_request(self, lot_id=None, note=None, **kwargs):
        try:
            lot_id = int(lot_id)
        except (TypeError, ValueError):
            return request.redirect("/my/art/catalogue")
        if not 0 < lot_id < 2**31:  # beyond PostgreSQL's integer
            return request.redirect("/my/art/catalogue")
        lot = self._art_available_lots(lot_ids=[lot_id])
        if not lot:
            # Unknown, not an artwork, or no longer available.
            return request.redirect("/my/art/catalogue")
        order = request.env["sale.order"]._art_create_portal_request(
            request.env.user.partner_id, lot, note=note
        )
        return request.redirect(order.get_portal_url())
