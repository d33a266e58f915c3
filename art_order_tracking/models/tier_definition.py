# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class TierDefinition(models.Model):
    _inherit = "tier.definition"

    art_trade = fields.Boolean(
        string="Art Trade Tier",
        compute="_compute_art_trade",
        store=True,
        help="Reviewed by an Art Trade role: its reviews are read by the Art "
        "Trade roles only.",
    )

    @api.depends("reviewer_group_id.category_id")
    def _compute_art_trade(self):
        category = self.env.ref(
            "art_order_tracking.module_category_art_trade", raise_if_not_found=False
        )
        for definition in self:
            definition.art_trade = bool(
                category and definition.reviewer_group_id.category_id == category
            )
