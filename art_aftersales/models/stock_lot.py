# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class StockLot(models.Model):
    _inherit = "stock.lot"

    def _art_delivery_moves(self, partner=None, order=None):
        """Delivery moves of these works to the customer, latest first."""
        lines = self.env["stock.move.line"]._art_customer_deliveries(
            partners=partner if partner else None,
            orders=order if order else None,
            lots=self,
        )
        return lines.move_id

    def _art_delivering_orders(self, partner=None):
        """Sales orders that delivered these works, latest first."""
        return self._art_delivery_moves(partner=partner).sale_line_id.order_id
