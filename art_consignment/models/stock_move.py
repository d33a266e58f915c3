# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class StockMove(models.Model):
    _inherit = "stock.move"

    art_consignment_line_id = fields.Many2one(
        "art.consignment.line",
        string="Consigned Work Returned",
        index="btree_not_null",
        copy=False,
        help="This move returns an unsold consigned work to its consignor.",
    )

    def _prepare_move_line_vals(self, quantity=None, reserved_quant=None):
        vals = super()._prepare_move_line_vals(
            quantity=quantity, reserved_quant=reserved_quant
        )
        # A receipt of a known work (studio purchase, consignment intake)
        # receives exactly that serial number.
        if (
            self.restrict_lot_id
            and not vals.get("lot_id")
            and self.location_id.usage not in ("internal", "transit")
        ):
            vals["lot_id"] = self.restrict_lot_id.id
        return vals

    def _get_price_unit(self):
        # Odoo values a receipt from its purchase line, read as the user who
        # validates it: the stock roles may not read a studio purchase, the
        # valuation reads it as superuser (the price stays unread).
        if not self.env.su and self.sudo().purchase_line_id.order_id.art_sale_order_id:
            return super(StockMove, self.sudo())._get_price_unit()
        return super()._get_price_unit()
