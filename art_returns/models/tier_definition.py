# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class TierDefinition(models.Model):
    _inherit = "tier.definition"

    art_requires_return_appraisal = fields.Boolean(
        string="Needs a Return Appraisal",
        help="Returns: this tier cannot be approved before an appraisal with "
        "purpose Return is done on the returned work.",
    )

    @api.model
    def _get_tier_validation_model_names(self):
        res = super()._get_tier_validation_model_names()
        res.append("rma")
        return res
