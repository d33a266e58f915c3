# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    art_consignment_reminder_days = fields.Integer(
        related="company_id.art_consignment_reminder_days", readonly=False
    )
