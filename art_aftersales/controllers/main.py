# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request
from odoo.tools.mimetypes import guess_mimetype

from odoo.addons.art_order_tracking.controllers.portal_lists import art_portal_dates
from odoo.addons.helpdesk_mgmt.controllers.main import HelpdeskTicketController
from odoo.addons.helpdesk_mgmt.controllers.myaccount import CustomerPortalHelpdesk

# Photos a customer may attach from the portal (no SVG: it can carry scripts).
ART_PHOTO_MIMETYPES = {
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "image/bmp",
    "image/tiff",
    "image/heic",
    "image/heif",
}


def _to_int(value):
    """A record id from the form, or 0 (also beyond PostgreSQL's int4)."""
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        return 0
    return number if 0 < number < 2**31 else 0


class ArtHelpdeskTicketController(HelpdeskTicketController):
    """The portal ticket form, from one of the customer's orders or works."""

    # ------------------------------------------------------------------
    # What the customer may link a ticket to
    # ------------------------------------------------------------------

    def _art_customer(self):
        return request.env.user.partner_id.commercial_partner_id

    def _art_portal_orders(self):
        """The customer's confirmed orders, read with the user's own rights."""
        orders = request.env["sale.order"]
        if not orders.has_access("read"):
            return orders
        return orders.search(
            [
                ("partner_id", "child_of", self._art_customer().id),
                ("state", "=", "sale"),
            ]
        )

    def _art_portal_lots(self, order=None):
        """The works delivered to the customer (by ``order`` if given)."""
        customer = self._art_customer()
        lots = (
            request.env["res.partner"]
            ._art_delivered_lots_by_partner(customer)
            .get(customer.id, request.env["stock.lot"].sudo())
        )
        if order:
            lots &= order.sudo()._art_delivered_lots()
        return lots

    def _art_photo_max_bytes(self):
        return int(request.env.company.art_ticket_photo_max_mb * 1024 * 1024)

    # ------------------------------------------------------------------
    # Form
    # ------------------------------------------------------------------

    def _get_create_new_ticket_values(self, **kw):
        values = super()._get_create_new_ticket_values(**kw)
        orders = self._art_portal_orders()
        order_id = _to_int(kw.get("sale_order_id"))
        lot_id = _to_int(kw.get("lot_id"))
        values.update(
            {
                "art_orders": orders,
                "art_lots": self._art_portal_lots(),
                "art_order_id": order_id if order_id in orders.ids else 0,
                "art_lot_id": lot_id,
                "art_photo_max_mb": request.env.company.art_ticket_photo_max_mb,
                "art_photo_accept": ",".join(sorted(ART_PHOTO_MIMETYPES)),
                "art_values": kw,
            }
        )
        return values

    def _art_validate_submission(self, **kw):
        """Return an error message for the customer, or None.

        Nothing is created before this passes.
        """
        env = request.env
        order = env["sale.order"]
        order_id = _to_int(kw.get("sale_order_id"))
        if order_id:
            order = self._art_portal_orders().filtered(lambda o: o.id == order_id)
            if not order:
                return env._("The selected order is not one of your orders.")
        lot_id = _to_int(kw.get("lot_id"))
        if lot_id and lot_id not in self._art_portal_lots(order or None).ids:
            return env._("The selected work was not delivered to you by that order.")
        max_bytes = self._art_photo_max_bytes()
        for upload in request.httprequest.files.getlist("attachment"):
            if not upload.filename:
                continue
            data = upload.read()
            upload.seek(0)
            if len(data) > max_bytes:
                return env._(
                    "The photo %(name)s is larger than %(size)s MB.",
                    name=upload.filename,
                    size=request.env.company.art_ticket_photo_max_mb,
                )
            if guess_mimetype(data) not in ART_PHOTO_MIMETYPES:
                return env._(
                    "The file %s is not a photo. Only images can be attached.",
                    upload.filename,
                )
        return None

    def _prepare_submit_ticket_vals(self, **kw):
        # helpdesk_mgmt reads both with int() (a 500 on anything else) and
        # takes any category by id: only one the form offers.
        category_id = _to_int(kw.get("category"))
        offered = (
            self._get_categories()
            if request.env["helpdesk.ticket.category"].has_access("read")
            else request.env["helpdesk.ticket.category"]
        )
        kw = dict(
            kw,
            category=category_id if category_id in offered.ids else 0,
            team=_to_int(kw.get("team")) or "",
        )
        vals = super()._prepare_submit_ticket_vals(**kw)
        # Validated by _art_validate_submission; the ticket's constraint
        # checks the links again.
        vals["sale_order_id"] = _to_int(kw.get("sale_order_id")) or False
        vals["lot_id"] = _to_int(kw.get("lot_id")) or False
        return vals

    @http.route()
    def submit_ticket(self, **kw):
        error = self._art_validate_submission(**kw)
        if error:
            values = self._get_create_new_ticket_values(**kw)
            values["art_error"] = error
            return request.render(
                "helpdesk_mgmt.portal_create_ticket", values, status=400
            )
        return super().submit_ticket(**kw)

    @http.route(methods=["POST"], csrf=True)
    def support_ticket_close(self, **kw):
        """helpdesk_mgmt closes any ticket by id, on a GET without CSRF token
        (a link on another site closed it): a POST of the ticket page's form
        only, for a ticket the user may read, to a closing stage its page
        offers."""
        ticket = request.env["helpdesk.ticket"].browse(_to_int(kw.get("ticket_id")))
        try:
            if not ticket.id or not ticket.exists():
                raise MissingError(request.env._("This ticket does not exist."))
            ticket.check_access("read")
        except (AccessError, MissingError):
            return request.redirect("/my")
        stage_id = _to_int(kw.get("stage_id"))
        closing = (
            ticket.sudo().team_id._get_applicable_stages().filtered("close_from_portal")
        )
        if stage_id not in closing.ids:
            # As helpdesk_mgmt does for a stage that does not close: nothing.
            return request.redirect(f"/my/ticket/{ticket.id}", code=302)
        return super().support_ticket_close(ticket_id=ticket.id, stage_id=stage_id)


class ArtCustomerPortalHelpdesk(CustomerPortalHelpdesk):
    @http.route()
    def portal_my_tickets(
        self,
        page=1,
        date_begin=None,
        date_end=None,
        sortby=None,
        filterby=None,
        search_in=None,
        groupby=None,
        **kw,
    ):
        # helpdesk_mgmt and its search bar look these up with [] (a value
        # not offered was a server error) and filter on the dates as typed:
        # the default list instead.
        if sortby not in self._ticket_get_searchbar_sortings():
            sortby = None
        if groupby not in self._ticket_get_searchbar_groupby():
            groupby = None
        if search_in not in self._ticket_get_searchbar_inputs():
            search_in = None
        Stage = request.env["helpdesk.ticket.stage"]
        stages = Stage.search([]) if Stage.has_access("read") else Stage
        if filterby not in ("all", *map(str, stages.ids)):
            filterby = None
        date_begin, date_end = art_portal_dates(date_begin, date_end)
        return super().portal_my_tickets(
            page=page,
            date_begin=date_begin,
            date_end=date_end,
            sortby=sortby,
            filterby=filterby,
            search_in=search_in,
            groupby=groupby,
            **kw,
        )
