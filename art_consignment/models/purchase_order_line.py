# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class PurchaseOrderLine(models.Model):
    _inherit = "purchase.order.line"

    art_lot_id = fields.Many2one(
        "stock.lot",
        string="Work",
        index="btree_not_null",
        copy=False,
        help="The physical work bought: its receipt receives this serial number.",
    )

    def _get_stock_move_price_unit(self):
        # The stock roles read the moves of the receipt, not the studio
        # purchase: its price stays on the order line, where Odoo values the
        # receipt from (stock.move._get_price_unit of purchase_stock).
        if self.order_id.art_sale_order_id:
            return 0.0
        return super()._get_stock_move_price_unit()

    def _prepare_stock_moves(self, picking):
        values = super()._prepare_stock_moves(picking)
        if self.art_lot_id:
            for vals in values:
                vals["restrict_lot_id"] = self.art_lot_id.id
        return values
