# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    def action_confirm(self):
        # Check the artworks before anything is confirmed: each artwork line
        # names one free physical work.
        self.order_line._art_check_lots_before_confirm()
        return super().action_confirm()
