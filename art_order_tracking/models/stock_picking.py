# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    def _action_done(self):
        res = super()._action_done()
        self._art_record_deliveries()
        return res

    def _art_record_deliveries(self):
        """Add the customer to the provenance of each artwork delivered."""
        Provenance = self.env["art.provenance"]
        for picking in self.filtered(
            lambda p: (
                p.state == "done"
                and p.sale_id
                and p.location_dest_id.usage == "customer"
            )
        ):
            order = picking.sale_id
            customer = order.partner_id.commercial_partner_id
            date = fields.Date.context_today(picking, picking.date_done)
            lots = picking.move_line_ids.filtered(
                lambda ml: (
                    ml.state == "done"
                    and ml.lot_id
                    and ml.product_id.is_artwork
                    and ml.location_dest_id.usage == "customer"
                )
            ).lot_id
            for lot in lots:
                Provenance._art_record_sale(lot, customer, date, order=order)
                lot.sudo().art_recipient_partner_ids = [
                    fields.Command.link(customer.id)
                ]
