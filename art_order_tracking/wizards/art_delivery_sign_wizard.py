# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.mimetypes import guess_mimetype


class ArtDeliverySignWizard(models.TransientModel):
    """Logistics record the signed delivery of a shipment."""

    _name = "art.delivery.sign.wizard"
    _description = "Record a Signed Delivery"

    picking_id = fields.Many2one("stock.picking", string="Transfer", required=True)
    signed_by = fields.Char(string="Signer")
    signature = fields.Binary()
    signed_date = fields.Datetime(string="Signed On", default=fields.Datetime.now)
    pod_file = fields.Binary(string="Signed Proof of Delivery")
    pod_filename = fields.Char()
    carrier_proof_id = fields.Many2one(related="picking_id.art_carrier_proof_id")
    arrival_report_ids = fields.One2many(related="picking_id.art_arrival_report_ids")

    @api.model
    def default_get(self, fields_list):
        res = super().default_get(fields_list)
        picking = self.env["stock.picking"].browse(res.get("picking_id"))
        if picking and picking.art_carrier_signed_by and "signed_by" in fields_list:
            res.setdefault("signed_by", picking.art_carrier_signed_by)
        return res

    def action_confirm(self):
        self.ensure_one()
        if not self.env.user.has_group("art_order_tracking.group_art_logistics"):
            raise UserError(self.env._("Only Logistics may record a signed delivery."))
        picking = self.picking_id
        picking.check_access("write")
        pod = self.env["ir.attachment"]
        content = self.with_context(bin_size=False).pod_file
        if content:
            raw = base64.b64decode(content)
            mimetype = guess_mimetype(raw, default="")
            if mimetype not in ("application/pdf", "image/jpeg", "image/png"):
                raise UserError(
                    self.env._("The proof of delivery must be a PDF, JPEG or PNG file.")
                )
            pod = pod.sudo().create(
                {
                    "name": self.pod_filename or "proof_of_delivery",
                    "raw": raw,
                    "mimetype": mimetype,
                    "res_model": "stock.picking",
                    "res_id": picking.id,
                }
            )
        elif picking.art_carrier_proof_id:
            pod = picking.art_carrier_proof_id
        picking._art_record_signed_delivery(
            signed_by=self.signed_by or "",
            signature=self.signature,
            date=self.signed_date,
            pod=pod,
        )
        return self._art_done_notification()

    def _art_done_notification(self):
        """Close the wizard and tell Logistics what became of the order: they
        usually cannot open sales orders, so the notification links the
        delivery evidence PDF directly."""
        self.ensure_one()
        close = {"type": "ir.actions.act_window_close"}
        order = self.picking_id.sale_id
        evidence = order.sudo().art_evidence_attachment_id
        if order.sudo().art_evidence_pending:
            return {
                "type": "ir.actions.client",
                "tag": "display_notification",
                "params": {
                    "type": "warning",
                    "title": self.env._("Signed delivery recorded"),
                    "message": self.env._(
                        "%(order)s is delivered. Its delivery evidence PDF cannot "
                        "be printed now: it is marked pending and will be printed "
                        "automatically as soon as PDF printing works.",
                        order=order.name,
                    ),
                    "sticky": True,
                    "className": "o_art_delivery_recorded",
                    "next": close,
                },
            }
        if not evidence:
            return close
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "title": self.env._("Signed delivery recorded"),
                # "%s" is replaced by the link on the browser side.
                "message": self.env._(
                    "%(order)s is delivered. Delivery evidence: %(link)s",
                    order=order.name,
                    link="%s",
                ),
                "links": [
                    {
                        "label": evidence.name,
                        "url": f"/web/content/{evidence.id}?download=true",
                    }
                ],
                "sticky": True,
                "className": "o_art_delivery_recorded",
                "next": close,
            },
        }
