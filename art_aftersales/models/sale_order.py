# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    def _art_delivered_lots(self):
        """Serials these orders delivered to their customer (sudo)."""
        return self.env["stock.move.line"]._art_customer_deliveries(orders=self).lot_id
