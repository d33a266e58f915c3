# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class PurchaseOrder(models.Model):
    _inherit = "purchase.order"

    art_sale_order_id = fields.Many2one(
        "sale.order",
        string="Art Sales Order",
        index="btree_not_null",
        readonly=True,
        copy=False,
        help="The sale of the studio work this order buys from the artist.",
    )
    art_settlement_id = fields.Many2one(
        "art.consignment.settlement",
        string="Owner Settlement",
        readonly=True,
        copy=False,
    )

    def action_view_art_sale_order(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "sale.order",
            "res_id": self.art_sale_order_id.id,
            "view_mode": "form",
        }
