# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    """Company rules of the art order lifecycle."""

    _inherit = "res.company"

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
