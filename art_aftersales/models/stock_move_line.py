# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class StockMoveLine(models.Model):
    _inherit = "stock.move.line"

    @api.model
    def _art_customer_delivery_domain(self, partners=None, orders=None, lots=None):
        """Done deliveries of serials to customers, from sales orders.

        The works a customer owns are the serials delivered to them by our
        orders; override to add other sources (e.g. works bought elsewhere).
        """
        domain = [
            ("state", "=", "done"),
            ("lot_id", "!=", False),
            ("location_dest_id.usage", "=", "customer"),
            ("move_id.sale_line_id", "!=", False),
        ]
        if partners is not None:
            domain.append(
                ("move_id.sale_line_id.order_id.partner_id", "child_of", partners.ids)
            )
        if orders is not None:
            domain.append(("move_id.sale_line_id.order_id", "in", orders.ids))
        if lots is not None:
            domain.append(("lot_id", "in", lots.ids))
        return domain

    @api.model
    def _art_customer_deliveries(self, partners=None, orders=None, lots=None):
        """The delivery lines (sudo), latest first. Callers check access."""
        return self.sudo().search(
            self._art_customer_delivery_domain(
                partners=partners, orders=orders, lots=lots
            ),
            order="date desc, id desc",
        )
