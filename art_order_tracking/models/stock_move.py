# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class StockMove(models.Model):
    _inherit = "stock.move"

    restrict_lot_id = fields.Many2one(
        "stock.lot",
        string="Reserved Work",
        index="btree_not_null",
        copy=True,
        help="Only this serial number may be reserved for this move: the work "
        "the sales order sells.",
    )

    def _prepare_merge_moves_distinct_fields(self):
        return super()._prepare_merge_moves_distinct_fields() + ["restrict_lot_id"]

    def _prepare_procurement_values(self):
        values = super()._prepare_procurement_values()
        if self.restrict_lot_id:
            values["restrict_lot_id"] = self.restrict_lot_id.id
        return values

    def _update_reserved_quantity(
        self,
        need,
        location_id,
        lot_id=None,
        package_id=None,
        owner_id=None,
        strict=True,
    ):
        if self.restrict_lot_id:
            if lot_id and lot_id != self.restrict_lot_id:
                return 0
            lot_id = self.restrict_lot_id
        return super()._update_reserved_quantity(
            need,
            location_id,
            lot_id=lot_id,
            package_id=package_id,
            owner_id=owner_id,
            strict=strict,
        )

    def _get_available_quantity(
        self,
        location_id,
        lot_id=None,
        package_id=None,
        owner_id=None,
        strict=False,
        allow_negative=False,
    ):
        if self.restrict_lot_id and not lot_id:
            lot_id = self.restrict_lot_id
        return super()._get_available_quantity(
            location_id,
            lot_id=lot_id,
            package_id=package_id,
            owner_id=owner_id,
            strict=strict,
            allow_negative=allow_negative,
        )
