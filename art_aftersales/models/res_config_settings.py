# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    art_low_rating_threshold = fields.Integer(
        related="company_id.art_low_rating_threshold", readonly=False
    )
    art_ticket_photo_max_mb = fields.Float(
        related="company_id.art_ticket_photo_max_mb", readonly=False
    )
    art_damage_opens_ticket = fields.Boolean(
        related="company_id.art_damage_opens_ticket", readonly=False
    )
    art_care_visit_reminder_days = fields.Integer(
        related="company_id.art_care_visit_reminder_days", readonly=False
    )
