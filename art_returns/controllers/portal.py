# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, http
from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.http import request

from odoo.addons.sale.controllers.portal import CustomerPortal


class ArtReturnPortal(CustomerPortal):
    """Portal request of an artwork return, per delivered serial, with photo
    and video evidence. Builds the RMA through rma_sale's request wizard."""

    def _art_returnable_lines(self, order_sudo):
        taken = order_sudo.rma_ids.filtered(lambda r: r.state != "cancelled").art_lot_id
        return order_sudo.order_line.filtered(
            lambda line: (
                line.art_lot_id
                and line.qty_delivered > 0
                and line.art_lot_id not in taken
            )
        )

    def _art_offered_reasons(self, order_sudo):
        """The return reasons offered to the customer of ``order_sudo``: the
        active ones (archived reasons are no longer offered)."""
        return request.env["art.return.reason"].sudo().search([])

    def _art_return_values(self, order_sudo, access_token, **extra):
        values = {
            "sale_order": order_sudo,
            "lines": self._art_returnable_lines(order_sudo),
            "reasons": self._art_offered_reasons(order_sudo),
            "token": access_token,
            "page_name": "art_return",
            "error": False,
            "post": {},
        }
        values.update(extra)
        return values

    @http.route(
        ["/my/orders/<int:order_id>/art_return"],
        type="http",
        auth="public",
        methods=["GET"],
        website=True,
    )
    def art_return_form(self, order_id, access_token=None, **kw):
        try:
            order_sudo = self._document_check_access(
                "sale.order", order_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        return request.render(
            "art_returns.portal_art_return_form",
            self._art_return_values(order_sudo, access_token),
        )

    @http.route(
        ["/my/orders/<int:order_id>/art_return/submit"],
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def art_return_submit(self, order_id, access_token=None, **post):
        try:
            order_sudo = self._document_check_access(
                "sale.order", order_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        files = [f for f in request.httprequest.files.getlist("evidence") if f.filename]
        try:
            with request.env.cr.savepoint():
                rma = self._art_create_return(order_sudo, post, files)
        except (UserError, ValidationError) as error:
            values = self._art_return_values(
                order_sudo, access_token, error=str(error.args[0]), post=post
            )
            return request.render("art_returns.portal_art_return_form", values)
        return request.redirect(rma.sudo().get_portal_url())

    def _art_create_return(self, order_sudo, post, files):
        env = request.env
        try:
            line_id = int(post.get("line_id") or 0)
            reason_id = int(post.get("reason_id") or 0)
        except ValueError as error:
            raise UserError(env._("Choose the work and the reason.")) from error
        line = self._art_returnable_lines(order_sudo).filtered(
            lambda sol: sol.id == line_id
        )
        if not line:
            raise UserError(
                env._("Choose a work delivered on this order that is not returned yet.")
            )
        # Only a reason offered to this customer: never a record picked by the
        # id the browser sent.
        reason = self._art_offered_reasons(order_sudo).filtered(
            lambda r: r.id == reason_id
        )
        if not reason:
            raise UserError(env._("Choose the reason of the return."))
        request_type = post.get("request_type")
        if request_type not in ("return", "exchange"):
            raise UserError(env._("Choose a return or an exchange."))
        if reason.evidence_required and not files:
            raise UserError(
                env._(
                    "Attach photos or a video of the problem: they are required"
                    " for %s.",
                    reason.name,
                )
            )
        picking = order_sudo.picking_ids.filtered(
            lambda p: (
                p.state == "done"
                and p.location_dest_id.usage == "customer"
                and line.art_lot_id in p.move_line_ids.lot_id
            )
        ).sorted("date_done", reverse=True)[:1]
        operation = env.ref(
            "art_returns.rma_operation_art_exchange"
            if request_type == "exchange"
            else "art_returns.rma_operation_art_return"
        )
        wizard = (
            env["sale.order.rma.wizard"]
            .sudo()
            .with_context(active_id=order_sudo.id)
            .create(
                {
                    "location_id": order_sudo.warehouse_id.rma_loc_id.id,
                    "line_ids": [
                        Command.create(
                            {
                                "product_id": line.product_id.id,
                                "sale_line_id": line.id,
                                "uom_id": line.product_uom.id,
                                "picking_id": picking.id,
                                "allowed_quantity": 1.0,
                                "quantity": 1.0,
                                "operation_id": operation.id,
                                "description": post.get("description") or "",
                            }
                        )
                    ],
                }
            )
        )
        rma = wizard.create_rma(from_portal=True).sudo()
        rma.origin = env._("%s (Portal)", rma.origin or order_sudo.name)
        attachments = (
            env["ir.attachment"]
            .sudo()
            .create(
                [
                    {
                        "name": f.filename,
                        "raw": f.read(),
                        "res_model": "rma",
                        "res_id": rma.id,
                    }
                    for f in files
                ]
            )
        )
        rma.write(
            {
                "art_lot_id": line.art_lot_id.id,
                "art_reason_id": reason.id,
                "art_request_type": request_type,
                "art_evidence_ids": [Command.set(attachments.ids)],
            }
        )
        rma.message_subscribe([env.user.partner_id.id])
        rma.action_art_accept()
        return rma

    @http.route(
        ["/my/rmas/<int:rma_id>/art_confirm"],
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def art_return_confirm(self, rma_id, access_token=None, **post):
        try:
            rma_sudo = self._document_check_access(
                "rma", rma_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        try:
            with request.env.cr.savepoint():
                rma_sudo._art_customer_confirm(post.get("rating"), post.get("feedback"))
        except UserError:
            return request.redirect(
                rma_sudo.get_portal_url(query_string="&art_error=1")
            )
        return request.redirect(rma_sudo.get_portal_url())
