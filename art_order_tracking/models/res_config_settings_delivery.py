# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    art_followup_days = fields.Integer(
        related="company_id.art_followup_days", readonly=False
    )
    art_followup_window_days = fields.Integer(
        related="company_id.art_followup_window_days", readonly=False
    )
    art_damage_user_id = fields.Many2one(
        related="company_id.art_damage_user_id", readonly=False
    )
    art_carrier_max_body_kb = fields.Integer(
        string="Carrier API Body Limit (KB)",
        config_parameter="art_order_tracking.carrier_max_body_kb",
        default=5120,
    )
