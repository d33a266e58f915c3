# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    art_appraisal_threshold = fields.Monetary(
        related="company_id.art_appraisal_threshold",
        currency_field="currency_id",
        readonly=False,
    )
    art_photo_max_size_mb = fields.Integer(
        related="company_id.art_photo_max_size_mb", readonly=False
    )
