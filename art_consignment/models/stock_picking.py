# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class StockPicking(models.Model):
    _inherit = "stock.picking"

    def _action_done(self):
        res = super()._action_done()
        returned = self.move_ids.filtered(
            lambda m: m.state == "done" and m.art_consignment_line_id
        ).art_consignment_line_id
        if returned:
            returned.sudo()._art_mark_returned()
        return res
