# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""OCA rma / rma_sale portal routes, guarded: every id taken from the URL or
the form must belong to the document the access token opened."""

from werkzeug.exceptions import BadRequest, Forbidden

from odoo import http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.art_order_tracking.controllers.portal_lists import art_portal_dates
from odoo.addons.rma.controllers.main import PortalRma
from odoo.addons.rma_sale.controllers.sale_portal import CustomerPortal

# The columns of a row of rma_sale's portal request form.
RMA_REQUEST_ROW_FIELDS = {
    "product_id",
    "sale_line_id",
    "quantity",
    "uom_id",
    "picking_id",
    "operation_id",
    "description",
}
RMA_SORTINGS = ("date", "name", "state")


def _int_or_none(value):
    """A record id from the form, or None (also beyond PostgreSQL's int4)."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 <= number < 2**31 else None


class ArtPortalRma(PortalRma):
    def _rma_portal_pickings(self, rma_sudo):
        """The transfers the return's portal page links to."""
        return (
            rma_sudo.reception_move_id.picking_id
            | rma_sudo.delivery_move_ids.picking_id
        )

    def _picking_check_access(self, rma_id, picking_id, access_token=None):
        # rma only checks the token against the return, then prints any
        # transfer by id: the transfer must be one of that return's.
        rma_sudo = self._document_check_access("rma", rma_id, access_token=access_token)
        picking_sudo = self._rma_portal_pickings(rma_sudo).filtered(
            lambda picking: picking.id == picking_id
        )
        if not picking_sudo:
            raise AccessError(request.env._("This transfer is not of this return."))
        return picking_sudo

    @http.route()
    def portal_my_rma_picking_report(self, rma_id, picking_id, access_token=None, **kw):
        try:
            self._picking_check_access(rma_id, picking_id, access_token=access_token)
        except (AccessError, MissingError):
            raise request.not_found() from None
        return super().portal_my_rma_picking_report(
            rma_id, picking_id, access_token=access_token, **kw
        )

    def _get_filter_domain(self, kw):
        # rma_sale reads ?sale_id= with int(): a bad value is no filter.
        if "sale_id" in kw and _int_or_none(kw["sale_id"]) is None:
            kw = dict(kw)
            kw.pop("sale_id")
        return super()._get_filter_domain(kw)

    @http.route()
    def portal_my_rmas(self, page=1, date_begin=None, date_end=None, sortby=None, **kw):
        # Unknown sortings and unreadable dates fall back to the default
        # list instead of a server error.
        if sortby not in RMA_SORTINGS:
            sortby = None
        date_begin, date_end = art_portal_dates(date_begin, date_end)
        return super().portal_my_rmas(
            page=page, date_begin=date_begin, date_end=date_end, sortby=sortby, **kw
        )


class ArtRmaSaleCustomerPortal(CustomerPortal):
    def _art_rma_request_rows(self, order_sudo, post):
        """Check rma_sale's request form against the order the token opened.

        :return: (the post to hand to rma_sale, whether a row returns a work)
        :raise Forbidden: an id not of this order (another customer's line,
            transfer or address)
        :raise BadRequest: a value that is not what the form sends
        """
        rows = {}
        clean = {}
        for name, value in post.items():
            row, sep, field_name = name.partition("-")
            if not sep:
                clean[name] = value  # rma_sale adds custom fields to the notes
            elif field_name in RMA_REQUEST_ROW_FIELDS:
                rows.setdefault(row, {})[field_name] = value
            else:
                raise BadRequest()
        allowed = {}
        for data in order_sudo.get_delivery_rma_data():
            allowed.setdefault(data["sale_line_id"].id, []).append(data)
        operations = request.env["rma.operation"].sudo().search([])
        artwork = False
        for row, values in rows.items():
            if not values.get("operation_id"):
                continue  # rma_sale creates nothing for a row without operation
            line = self._art_rma_request_line(allowed, operations, values)
            artwork = artwork or bool(line.art_lot_id or line.product_id.is_artwork)
            for name, value in values.items():
                clean[f"{row}-{name}"] = value
        shipping_id = post.get("partner_shipping_id")
        if shipping_id:
            addresses = (
                order_sudo.partner_shipping_id
                | order_sudo.partner_id.commercial_partner_id.child_ids.filtered(
                    lambda partner: partner.type in ("contact", "delivery")
                )
            )
            if _int_or_none(shipping_id) not in addresses.ids:
                raise Forbidden()
        return clean, artwork

    def _art_rma_request_line(self, allowed, operations, values):
        """The order line of one row of the form, checked against ``allowed``
        (``get_delivery_rma_data`` of the order, by line id)."""
        ids = {
            name: _int_or_none(values.get(name))
            for name in ("product_id", "sale_line_id", "uom_id", "operation_id")
        }
        picking_id = values.get("picking_id") or False
        if picking_id:
            picking_id = _int_or_none(picking_id)
        try:
            quantity = float(values.get("quantity") or 0)
        except ValueError as error:
            raise BadRequest() from error
        if None in ids.values() or picking_id is None or not 0 <= quantity < 1e12:
            raise BadRequest()
        data = [
            data
            for data in allowed.get(ids["sale_line_id"], [])
            if data["product"].id == ids["product_id"]
            and (data["picking"].id if data["picking"] else False) == picking_id
        ]
        if not data or ids["operation_id"] not in operations.ids:
            raise Forbidden()
        uom = request.env["uom.uom"].sudo().browse(ids["uom_id"]).exists()
        if uom.category_id != data[0]["product"].uom_id.category_id:
            raise Forbidden()
        return data[0]["sale_line_id"]

    @http.route()
    def request_rma(self, order_id, access_token=None, **post):
        try:
            order_sudo = self._document_check_access(
                "sale.order", order_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        post, artwork = self._art_rma_request_rows(order_sudo, post)
        if artwork:
            # A work is returned through the artwork return request (evidence,
            # return window, approvals), never through rma_sale's form.
            return request.redirect(self._art_return_url(order_sudo, access_token))
        return super().request_rma(order_id, access_token=access_token, **post)

    @http.route()
    def request_sale_rma(self, order_id, access_token=None, **kw):
        try:
            order_sudo = self._document_check_access(
                "sale.order", order_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        # An art order with nothing to return but works: the artwork form.
        if order_sudo.art_is_art_order and not order_sudo.order_line.filtered(
            lambda line: (
                line.product_id.type == "consu"
                and not line.art_lot_id
                and not line.product_id.is_artwork
            )
        ):
            return request.redirect(self._art_return_url(order_sudo, access_token))
        return super().request_sale_rma(order_id, access_token=access_token, **kw)

    def _art_return_url(self, order_sudo, access_token):
        url = f"/my/orders/{order_sudo.id}/art_return"
        return f"{url}?access_token={access_token}" if access_token else url
