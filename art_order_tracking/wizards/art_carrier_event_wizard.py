# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import uuid

from odoo import fields, models
from odoo.exceptions import UserError

from ..models.art_carrier_event import CARRIER_STATUSES


class ArtCarrierEventWizard(models.TransientModel):
    """Staff record a carrier event by hand (e.g. a phone update): the same
    checks and effects as the carrier API."""

    _name = "art.carrier.event.wizard"
    _description = "Record a Carrier Event"

    picking_id = fields.Many2one(
        "stock.picking",
        string="Transfer",
        required=True,
        domain=[("carrier_id", "!=", False), ("carrier_tracking_ref", "!=", False)],
    )
    carrier_id = fields.Many2one(related="picking_id.carrier_id")
    tracking_ref = fields.Char(related="picking_id.carrier_tracking_ref")
    status = fields.Selection(CARRIER_STATUSES, required=True, default="in_transit")
    occurred_at = fields.Datetime(required=True, default=fields.Datetime.now)
    location = fields.Char()
    description = fields.Text()
    signed_by = fields.Char()
    proof = fields.Binary(string="Proof Document")
    proof_filename = fields.Char()

    def action_record(self):
        self.ensure_one()
        if not self.env.user.has_group("art_order_tracking.group_art_logistics"):
            raise UserError(self.env._("Only Logistics may record carrier events."))
        picking = self.picking_id
        picking.check_access("write")
        if not picking.carrier_id or not picking.carrier_tracking_ref:
            raise UserError(
                self.env._("%s has no carrier and tracking reference.", picking.name)
            )
        if self.occurred_at > fields.Datetime.now():
            raise UserError(self.env._("The event cannot be in the future."))
        values = {
            "tracking_ref": picking.carrier_tracking_ref,
            "event_ref": "staff-" + uuid.uuid4().hex,
            "status": self.status,
            "occurred_at": self.occurred_at,
            "location": self.location or False,
            "description": self.description or False,
            "signed_by": self.signed_by or False,
        }
        content = self.with_context(bin_size=False).proof
        if content:
            proof, error = self.env["art.carrier.event"]._art_validate_proof(
                {
                    "filename": self.proof_filename or "proof",
                    "content": content.decode()
                    if isinstance(content, bytes)
                    else content,
                }
            )
            if error:
                raise UserError(
                    self.env._("The proof must be a PDF, JPEG or PNG document.")
                )
            values["proof"] = proof
        self.env["art.carrier.event"]._art_create_event(
            picking.carrier_id, picking, values, source="staff"
        )
        return {"type": "ir.actions.act_window_close"}
