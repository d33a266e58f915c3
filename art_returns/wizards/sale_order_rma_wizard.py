# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class SaleOrderLineRmaWizard(models.TransientModel):
    _inherit = "sale.order.line.rma.wizard"

    def _prepare_rma_values(self):
        vals = super()._prepare_rma_values()
        lot = self.sale_line_id.art_lot_id
        if lot:
            vals["art_lot_id"] = lot.id
        return vals
