# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    art_return_window_days = fields.Integer(
        string="Return Window (days)",
        default=7,
        help="Days after the signed delivery during which a customer may ask "
        "to return a work.",
    )
    art_return_evidence_max_mb = fields.Integer(
        string="Return Evidence Size Limit (MB)",
        default=20,
        help="Largest photo or video a customer may attach to a return request.",
    )
    art_return_instructions = fields.Text(
        string="Return Instructions",
        translate=True,
        help="Sent to the customer with the return authorisation: how to pack "
        "and ship the work back.",
    )
    art_insurance_journal_id = fields.Many2one(
        "account.journal",
        string="Insurance Claims Journal",
        domain="[('type', '=', 'general'), ('company_id', '=', id)]",
        help="Journal of the accounting entries of insurance claims.",
    )
    art_insurance_income_account_id = fields.Many2one(
        "account.account",
        string="Insurance Recovery Account",
        help="Income account credited when an insurer accepts a claim.",
    )

    @api.constrains("art_return_window_days", "art_return_evidence_max_mb")
    def _check_art_return_settings(self):
        for company in self:
            if company.art_return_window_days < 0:
                raise ValidationError(
                    self.env._("The return window cannot be negative.")
                )
            if company.art_return_evidence_max_mb <= 0:
                raise ValidationError(
                    self.env._("The evidence size limit must be at least 1 MB.")
                )
