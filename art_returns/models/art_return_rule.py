# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.art_order_tracking.models.product_template import ART_CATEGORIES


class ArtReturnRule(models.Model):
    """A per-category acceptance rule for returns.

    The first active rule (by sequence) matching the work applies; without a
    matching rule the company's return window and every reason apply."""

    _name = "art.return.rule"
    _description = "Artwork Return Rule"
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", default=lambda self: self.env.company, index=True
    )
    art_category = fields.Selection(
        ART_CATEGORIES,
        string="Category",
        help="Works of this category. Empty: any category.",
    )
    commissioned_only = fields.Boolean(
        string="Commissioned Works",
        help="The rule applies only to commissioned works.",
    )
    window_days = fields.Integer(
        string="Return Window (days)",
        help="Days after the signed delivery. Zero: the company's window.",
    )
    reason_ids = fields.Many2many(
        "art.return.reason",
        string="Accepted Reasons",
        help="Only these reasons are accepted. Empty: every reason.",
    )
    expert_required = fields.Boolean(
        string="Expert Approval",
        help="Returns of these works always need an Appraisal Expert's "
        "approval, after a return appraisal.",
    )

    @api.constrains("window_days")
    def _check_window_days(self):
        if any(rule.window_days < 0 for rule in self):
            raise ValidationError(self.env._("A return window cannot be negative."))

    def _matches(self, lot):
        self.ensure_one()
        template = lot.product_id.product_tmpl_id
        if self.art_category and template.art_category != self.art_category:
            return False
        return not (self.commissioned_only and not template.art_commissioned)

    @api.model
    def _rule_for(self, lot, company):
        rules = self.search(
            [("company_id", "in", [False, company.id])], order="sequence, id"
        )
        for rule in rules:
            if rule._matches(lot):
                return rule
        return self.browse()
