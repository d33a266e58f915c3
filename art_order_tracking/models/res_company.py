# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    art_appraisal_threshold = fields.Monetary(
        string="Appraisal Threshold",
        currency_field="currency_id",
        default=100000.0,
        help="Artworks whose sales price reaches this amount need an expert "
        "appraisal. Zero disables the rule (antiques always need one).",
    )
    art_photo_max_size_mb = fields.Integer(
        string="Photo Size Limit (MB)",
        default=10,
        help="Largest photo accepted on a condition report.",
    )

    @api.constrains("art_appraisal_threshold", "art_photo_max_size_mb")
    def _check_art_settings(self):
        for company in self:
            if company.art_appraisal_threshold < 0:
                raise ValidationError(
                    self.env._("The appraisal threshold cannot be negative.")
                )
            if company.art_photo_max_size_mb <= 0:
                raise ValidationError(
                    self.env._("The photo size limit must be at least 1 MB.")
                )
