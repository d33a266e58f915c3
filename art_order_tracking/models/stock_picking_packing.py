# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import UserError


class StockPicking(models.Model):
    """The packing check from the delivery: one click opens the packing
    condition report of the next work of the order still to be checked."""

    _inherit = "stock.picking"

    art_packing_todo_count = fields.Integer(
        string="Works to Pack",
        compute="_compute_art_packing_todo_count",
        help="Works of the order without a packing condition report with a photo.",
    )

    @api.depends(
        "sale_id.order_line.art_lot_id",
        "sale_id.art_condition_report_ids.context",
        "sale_id.art_condition_report_ids.photo_ids",
    )
    def _compute_art_packing_todo_count(self):
        for picking in self:
            picking.art_packing_todo_count = len(picking._art_packing_todo_lots())

    def _art_packing_todo_lots(self):
        """Serials of the order that still lack a packing report with a photo."""
        self.ensure_one()
        order = self.sale_id
        if not order.art_is_art_order:
            return self.env["stock.lot"]
        packed = order.art_condition_report_ids.filtered(
            lambda r: r.context == "packing" and r.photo_ids
        ).lot_id
        return order.order_line.art_lot_id - packed

    def action_art_packing_report(self):
        """Open a new packing condition report for the next unchecked work."""
        self.ensure_one()
        if not self.sale_id.art_is_art_order:
            raise UserError(
                self.env._(
                    "%(picking)s does not ship an art order: there is no "
                    "packing check to write.",
                    picking=self.name,
                )
            )
        lot = (
            self._art_packing_todo_lots()[:1] or self.sale_id.order_line.art_lot_id[:1]
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Packing Report"),
            "res_model": "art.condition.report",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": {
                "default_context": "packing",
                "default_lot_id": lot.id,
                "default_picking_id": self.id,
                "default_sale_order_id": self.sale_id.id,
            },
        }
