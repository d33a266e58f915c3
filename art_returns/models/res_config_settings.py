# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    art_return_window_days = fields.Integer(
        related="company_id.art_return_window_days", readonly=False
    )
    art_return_evidence_max_mb = fields.Integer(
        related="company_id.art_return_evidence_max_mb", readonly=False
    )
    art_return_instructions = fields.Text(
        related="company_id.art_return_instructions", readonly=False
    )
    art_insurance_journal_id = fields.Many2one(
        related="company_id.art_insurance_journal_id", readonly=False
    )
    art_insurance_income_account_id = fields.Many2one(
        related="company_id.art_insurance_income_account_id", readonly=False
    )
