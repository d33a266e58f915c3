# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class TierReview(models.Model):
    _inherit = "tier.review"

    @api.model
    def _art_guarded_models(self):
        res = super()._art_guarded_models()
        res["rma"] = "art_is_art_rma"
        return res
