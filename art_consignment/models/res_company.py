# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    art_consignment_reminder_days = fields.Integer(
        string="Consignment Expiry Reminder (days)",
        default=30,
        help="How many days before a consignment agreement ends its "
        "responsible gets a reminder activity. Zero turns reminders off.",
    )

    @api.constrains("art_consignment_reminder_days")
    def _check_art_consignment_reminder_days(self):
        for company in self:
            if company.art_consignment_reminder_days < 0:
                raise ValidationError(
                    self.env._("The consignment reminder delay cannot be negative.")
                )
