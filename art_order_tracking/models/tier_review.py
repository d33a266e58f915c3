# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from contextlib import contextmanager

from odoo import api, models
from odoo.exceptions import AccessError

# Set on the cursor while base_tier_validation's own methods (request,
# validate, reject, restart) run: nothing a client sends can set it.
_SCOPE_KEY = "art_tier_review_scope"


class TierReview(models.Model):
    """Reviews of art documents move only through the tier validation's own
    methods, which check that the user is a reviewer of the tier; a direct
    create, write or unlink over RPC is refused."""

    _inherit = "tier.review"

    @contextmanager
    def _art_review_scope(self):
        cache = self.env.cr.cache
        cache[_SCOPE_KEY] = cache.get(_SCOPE_KEY, 0) + 1
        try:
            yield
        finally:
            cache[_SCOPE_KEY] -= 1

    def _art_in_review_scope(self):
        return self.env.su or self.env.cr.cache.get(_SCOPE_KEY, 0) > 0

    @api.model
    def _art_guarded_models(self):
        """Models whose reviews are guarded (extended by other art addons)."""
        return {"sale.order": "art_is_art_order"}

    @api.model
    def _art_guarded_documents(self, pairs):
        """Whether one of the (model, res_id) pairs is an art document."""
        guarded = self._art_guarded_models()
        for model, res_id in pairs:
            flag = guarded.get(model)
            if not flag or not res_id or model not in self.env:
                continue
            record = self.env[model].sudo().browse(res_id).exists()
            if record and record[flag]:
                return True
        return False

    def _art_guarded(self, vals=None):
        """Whether a review is (or would be moved onto) an art document."""
        vals = vals or {}
        pairs = set()
        for review in self.sudo():
            pairs.add((review.model, review.res_id))
            pairs.add(
                (vals.get("model", review.model), vals.get("res_id", review.res_id))
            )
        return self._art_guarded_documents(pairs)

    def _art_refuse(self):
        raise AccessError(
            self.env._(
                "Reviews of art orders and art returns move only through their "
                "Validate and Reject buttons, by a reviewer of the tier."
            )
        )

    @api.model_create_multi
    def create(self, vals_list):
        if not self._art_in_review_scope() and self._art_guarded_documents(
            {(vals.get("model"), vals.get("res_id")) for vals in vals_list}
        ):
            self._art_refuse()
        return super().create(vals_list)

    def write(self, vals):
        if not self._art_in_review_scope() and self._art_guarded(vals):
            # A reviewer may leave the comment of a review of their tier
            # (the comment wizard writes it before validating).
            reviewer_comment = set(vals) <= {"comment"} and all(
                review.status in ("waiting", "pending")
                and self.env.user in review.reviewer_ids
                for review in self.sudo()
            )
            if not reviewer_comment:
                self._art_refuse()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_art_document(self):
        if not self._art_in_review_scope() and self._art_guarded():
            self._art_refuse()
