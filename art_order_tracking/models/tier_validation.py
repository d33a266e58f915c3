# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.exceptions import UserError


class TierValidation(models.AbstractModel):
    """base_tier_validation's own methods are the one way reviews move: they
    run in the review scope that lets them write the reviews of art
    documents."""

    _inherit = "tier.validation"

    def _art_review_scope(self):
        return self.env["tier.review"]._art_review_scope()

    def _art_check_reviewer(self):
        """Validate and Reject on an art document: only by a reviewer of one
        of its open tiers (base_tier_validation would otherwise move every
        waiting tier of the document to pending, or cancel them)."""
        Review = self.env["tier.review"]
        for rec in self:
            if not Review._art_guarded_documents({(rec._name, rec.id)}):
                continue
            if not rec._get_sequences_to_approve(self.env.user):
                raise UserError(
                    self.env._(
                        "You have no tier of %(document)s to review now.",
                        document=rec.display_name,
                    )
                )

    def validate_tier(self):
        self._art_check_reviewer()
        return super().validate_tier()

    def reject_tier(self):
        self._art_check_reviewer()
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
