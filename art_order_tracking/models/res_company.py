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

    # Order lifecycle rules.

    art_payment_rule = fields.Selection(
        [("full", "Full Payment"), ("deposit", "Deposit")],
        string="Payment Before Shipping",
        default="full",
        required=True,
        help="What an art order must have paid before its works ship.",
    )
    art_deposit_percent = fields.Float(
        string="Deposit (%)",
        default=30.0,
        help="Share of the order total required when the rule is a deposit.",
    )
    art_manager_approval_amount = fields.Monetary(
        string="Manager Approval From",
        currency_field="currency_id",
        default=50000.0,
        help="Art orders whose total reaches this amount also need a manager's "
        "approval, and their stage activities go to the art manager. Zero "
        "turns the rule off.",
    )
    art_manager_user_id = fields.Many2one(
        "res.users",
        string="Art Manager",
        help="Receives the stage activities of high-value orders.",
    )
    art_forbid_self_approval = fields.Boolean(
        string="No Self-Approval",
        default=True,
        help="A salesperson cannot approve the review of their own order.",
    )
    art_sms_enabled = fields.Boolean(
        string="Stage SMS",
        help="Customers with a mobile or phone number also get the order "
        "stage notifications (received, review result, payment, shipped) "
        "by SMS.",
    )

    @api.constrains("art_deposit_percent", "art_manager_approval_amount")
    def _check_art_order_rules(self):
        for company in self:
            if not 0 < company.art_deposit_percent <= 100:
                raise ValidationError(
                    self.env._("The deposit is a percentage between 0 and 100.")
                )
            if company.art_manager_approval_amount < 0:
                raise ValidationError(
                    self.env._("The manager approval amount cannot be negative.")
                )

    # Delivery, follow-up and damage.

    art_followup_days = fields.Integer(
        string="Follow-up Call After (days)",
        default=3,
        help="The salesperson's follow-up call is due this many days after "
        "the signed delivery.",
    )
    art_followup_window_days = fields.Integer(
        string="Follow-up Window (days)",
        default=14,
        help="Without feedback, a delivered order without an issue is closed "
        "this many days after delivery.",
    )
    art_damage_user_id = fields.Many2one(
        "res.users",
        string="Damage Claims Responsible",
        help="Gets the activity when a work arrives damaged (else the art "
        "manager, else the salesperson).",
    )

    @api.constrains("art_followup_days", "art_followup_window_days")
    def _check_art_followup(self):
        for company in self:
            if company.art_followup_days < 0 or company.art_followup_window_days < 1:
                raise ValidationError(
                    self.env._(
                        "The follow-up call delay cannot be negative and the "
                        "follow-up window lasts at least one day."
                    )
                )

    def _art_role_user(self, group_xmlid):
        """Someone of this company in an Art Trade role, to give a task to: a
        user with the role who is not a Manager first (the Manager has every
        role), else a Manager, else the company's art manager, else the
        administrator. Never a user who cannot do the task."""
        self.ensure_one()
        group = self.env.ref(group_xmlid)
        manager = self.env.ref("art_order_tracking.group_art_manager")
        users = group.sudo().users.filtered(
            lambda u: u.active and not u.share and self in u.company_ids
        )
        users = users.sorted(lambda u: (manager in u.groups_id, u.id))
        return (
            users[:1]
            or self.sudo().art_manager_user_id
            or self.env.ref("base.user_admin")
        )
