# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class TierValidation(models.AbstractModel):
    """base_tier_validation's own methods are the one way reviews move: they
    run in the review scope that lets them write the reviews of art
    documents."""

    _inherit = "tier.validation"

    def _art_review_scope(self):
        return self.env["tier.review"]._art_review_scope()

    def _validate_tier(self, tiers=False):
        with self._art_review_scope():
            return super()._validate_tier(tiers=tiers)

    def _rejected_tier(self, tiers=False):
        with self._art_review_scope():
            return super()._rejected_tier(tiers=tiers)

    def request_validation(self):
        with self._art_review_scope():
            return super().request_validation()

    def restart_validation(self):
        with self._art_review_scope():
            return super().restart_validation()

    @api.model
    def _update_counter(self, review_counter):
        with self._art_review_scope():
            return super()._update_counter(review_counter)

    def _tier_validation_check_write_remove_reviews(self, vals):
        with self._art_review_scope():
            return super()._tier_validation_check_write_remove_reviews(vals)

    def unlink(self):
        with self._art_review_scope():
            return super().unlink()
