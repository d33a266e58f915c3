# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ArtShipOnCredit(models.TransientModel):
    _name = "art.ship.on.credit"
    _description = "Approve Shipping an Art Order on Credit"

    order_id = fields.Many2one("sale.order", required=True, readonly=True)
    reason = fields.Text(required=True)

    def action_approve(self):
        self.ensure_one()
        self.order_id._art_approve_ship_on_credit(self.reason)
        return {"type": "ir.actions.act_window_close"}
