# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    art_is_artwork = fields.Boolean(
        string="Is an Artwork", related="product_id.is_artwork"
    )
    art_lot_id = fields.Many2one(
        "stock.lot",
        string="Work",
        domain="[('product_id', '=', product_id)]",
        index="btree_not_null",
        copy=False,
        help="The physical work (serial number) this line sells.",
    )

    @api.onchange("product_id")
    def _onchange_product_id_art_lot(self):
        if self.art_lot_id and self.art_lot_id.product_id != self.product_id:
            self.art_lot_id = False

    def _art_check_lots_before_confirm(self):
        """Refuse to confirm artwork lines without a free, matching work.

        Called by ``sale.order.action_confirm`` on the lines of the orders
        being confirmed, before anything is written.
        """
        artwork_lines = self.filtered(
            lambda line: line.product_id.is_artwork and not line.display_type
        )
        if not artwork_lines:
            return
        seen = {}
        for line in artwork_lines:
            order = line.order_id
            work = line.product_id.display_name
            if not line.art_lot_id:
                raise UserError(
                    self.env._(
                        "Order %(order)s: choose which physical work of %(work)s"
                        " is sold (its serial number) before confirming.",
                        order=order.name,
                        work=work,
                    )
                )
            if line.art_lot_id.product_id != line.product_id:
                raise UserError(
                    self.env._(
                        "Order %(order)s: serial %(serial)s is not a copy of %(work)s.",
                        order=order.name,
                        serial=line.art_lot_id.name,
                        work=work,
                    )
                )
            if line.product_uom_qty != 1:
                raise UserError(
                    self.env._(
                        "Order %(order)s: a line selling the work %(serial)s must"
                        " have a quantity of 1.",
                        order=order.name,
                        serial=line.art_lot_id.display_name,
                    )
                )
            if line.art_lot_id in seen:
                raise UserError(
                    self.env._(
                        "Work %(serial)s is sold twice, on %(first)s and %(second)s.",
                        serial=line.art_lot_id.display_name,
                        first=seen[line.art_lot_id].order_id.name,
                        second=order.name,
                    )
                )
            seen[line.art_lot_id] = line
        # Another confirmed order that still has to deliver the same work.
        others = (
            self.sudo()
            .search(
                [
                    ("art_lot_id", "in", [lot.id for lot in seen]),
                    ("order_id.state", "=", "sale"),
                    ("id", "not in", self.ids),
                ]
            )
            .filtered(lambda line: line.qty_delivered < line.product_uom_qty)
        )
        if others:
            other = others[0]
            raise UserError(
                self.env._(
                    "Work %(serial)s is already sold on the confirmed order"
                    " %(other)s, which has not been delivered yet. One physical"
                    " work cannot be on two open orders.",
                    serial=other.art_lot_id.display_name,
                    other=other.order_id.name,
                )
            )

    def _prepare_procurement_values(self, group_id=False):
        values = super()._prepare_procurement_values(group_id=group_id)
        if self.art_lot_id:
            values["restrict_lot_id"] = self.art_lot_id.id
        return values
