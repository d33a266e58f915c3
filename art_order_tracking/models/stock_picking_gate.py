# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models
from odoo.exceptions import UserError


class StockPicking(models.Model):
    """The hand-over of art orders: paid (or credit approved), packed and
    handed to a carrier with a tracking reference."""

    _inherit = "stock.picking"

    def _art_handover_pickings(self):
        return self.filtered(
            lambda p: (
                p.sale_id.art_is_art_order
                and p.picking_type_code == "outgoing"
                and p.location_dest_id.usage == "customer"
            )
        )

    def button_validate(self):
        handovers = self._art_handover_pickings()
        handovers.sale_id._art_check_can_ship()
        for picking in handovers:
            if not picking.carrier_id or not picking.carrier_tracking_ref:
                raise UserError(
                    self.env._(
                        "%(picking)s hands artworks to a carrier: set the carrier "
                        "and the tracking reference first.",
                        picking=picking.name,
                    )
                )
        return super().button_validate()
