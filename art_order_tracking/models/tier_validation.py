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

    def _art_nothing_to_review(self):
        """Validate and Reject on an art document by a user who reviews none
        of its open tiers do nothing (base_tier_validation would otherwise
        move every waiting tier of the document to pending, or cancel them,
        for anyone who calls them over RPC)."""
        self.ensure_one()
        return self.env["tier.review"]._art_guarded_documents(
            {(self._name, self.id)}
        ) and not self._get_sequences_to_approve(self.env.user)

    def validate_tier(self):
        if self._art_nothing_to_review():
            return False
        return super().validate_tier()

    def reject_tier(self):
        if self._art_nothing_to_review():
            return False
        return super().reject_tier()

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
