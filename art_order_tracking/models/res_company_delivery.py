# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    """Company rules of the delivery follow-up."""

    _inherit = "res.company"

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
