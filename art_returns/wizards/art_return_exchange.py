# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ArtReturnExchangeWizard(models.TransientModel):
    _name = "art.return.exchange.wizard"
    _description = "Exchange a Returned Work"

    rma_id = fields.Many2one("rma", string="Return", required=True)
    lot_id = fields.Many2one(
        "stock.lot",
        string="New Work",
        required=True,
        domain="[('art_is_artwork', '=', True), ('product_qty', '>', 0)]",
    )

    def action_apply(self):
        self.ensure_one()
        self.rma_id.action_art_exchange(self.lot_id)
        return {"type": "ir.actions.act_window_close"}
