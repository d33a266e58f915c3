# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    def _art_company_price(self):
        """Untaxed price of the line in the company currency."""
        self.ensure_one()
        order = self.order_id
        return order.currency_id._convert(
            self.price_subtotal,
            order.company_id.currency_id,
            order.company_id,
            order.date_order or fields.Date.today(),
        )

    def _art_check_studio_purchase(self):
        """A studio work can be bought from its artist: who and at what price."""
        for line in self.sudo():
            lot = line.art_lot_id
            if not lot._art_studio_partner():
                raise UserError(
                    self.env._(
                        "Studio work %(work)s has no artist to buy it from.",
                        work=lot.display_name,
                    )
                )
            if lot.art_studio_price <= 0:
                raise UserError(
                    self.env._(
                        "Studio work %(work)s: set the purchase price agreed with "
                        "the artist before the sale is approved.",
                        work=lot.display_name,
                    )
                )
