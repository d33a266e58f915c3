# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup

from odoo import Command, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools.mimetypes import guess_mimetype

GROUP_AFTERSALES = "art_order_tracking.group_art_aftersales"


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    rma_id = fields.Many2one(
        comodel_name="rma",
        string="Return",
        readonly=True,
        copy=False,
        index="btree_not_null",
        tracking=True,
        groups="rma.rma_group_user_own",
        help="The return this damage ticket started.",
    )

    def _art_prepare_return_vals(self):
        vals = super()._art_prepare_return_vals()
        vals.update(
            {
                "art_lot_id": self.lot_id.id,
                "art_request_type": "return",
                "art_reason_id": self.env.ref(
                    "art_returns.art_return_reason_transit_damage"
                ).id,
                "operation_id": self.env.ref("art_returns.rma_operation_art_return").id,
                "ticket_id": self.id,
            }
        )
        return vals

    def _art_check_may_start_return(self):
        """After-sales (and the Manager, who implies it) start returns from
        tickets; the ticket must be a damage ticket naming the work."""
        self.ensure_one()
        if not self.env.user.has_group(GROUP_AFTERSALES):
            raise AccessError(
                self.env._("Only After-sales can start a return from a ticket.")
            )
        self.check_access("write")
        if self.rma_id:
            raise UserError(
                self.env._(
                    "Ticket %(ticket)s already started the return %(rma)s.",
                    ticket=self.number,
                    rma=self.rma_id.name,
                )
            )
        if self.art_category_kind != "damage":
            raise UserError(self.env._("Only damage tickets can start a return."))
        if not self.lot_id:
            raise UserError(
                self.env._(
                    "Set the damaged work (artwork serial) on ticket %s before"
                    " starting a return.",
                    self.number,
                )
            )

    def _art_evidence_photos(self):
        """The ticket's image attachments (no SVG), to copy as evidence."""
        attachments = self.env["ir.attachment"].search(
            [("res_model", "=", self._name), ("res_id", "=", self.id)]
        )
        photos = self.env["ir.attachment"]
        for attachment in attachments:
            raw = attachment.raw or b""
            mimetype = guess_mimetype(raw, default="") if raw else ""
            if mimetype.startswith("image/") and "svg" not in mimetype:
                photos |= attachment
        return photos

    def _art_create_return(self, vals):
        """Create the art return of this damage ticket through art_returns'
        model, copy the ticket's photos as evidence, link both ways and log
        on both chatters. Returns the action opening the return."""
        self._art_check_may_start_return()
        rma = self.env["rma"].create(vals)
        photos = self._art_evidence_photos()
        if photos:
            copies = self.env["ir.attachment"]
            for photo in photos:
                copies |= photo.copy({"res_model": "rma", "res_id": rma.id})
            rma.art_evidence_ids = [Command.link(copy.id) for copy in copies]
        self.rma_id = rma
        self.message_post(
            body=Markup(
                self.env._(
                    "Return %(link)s started from this ticket.",
                    link=rma._get_html_link(),
                )
            ),
        )
        rma.message_post(
            body=Markup(
                self.env._(
                    "Return started from the damage ticket %(link)s.",
                    link=self._get_html_link(),
                )
            ),
        )
        return rma.get_formview_action()

    def action_art_view_return(self):
        self.ensure_one()
        return self.rma_id.get_formview_action()
