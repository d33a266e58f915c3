# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    art_low_rating_threshold = fields.Integer(
        string="Low Rating Threshold",
        default=2,
        help="A ticket rated at or below this value (out of 5) opens a "
        "follow-up ticket automatically. 0 disables the follow-up.",
    )
    art_ticket_photo_max_mb = fields.Float(
        string="Ticket Photo Size Limit (MB)",
        default=10.0,
        help="Largest photo a customer can attach to a ticket from the portal.",
    )
    art_damage_opens_ticket = fields.Boolean(
        string="Damage Opens a Ticket",
        default=True,
        help="An arrival report worse than the packing report opens a damage "
        "ticket for After-sales, with the order, the work, the arrival report "
        "and its photos.",
    )
    art_care_visit_reminder_days = fields.Integer(
        string="Care Visit Reminder (days)",
        default=7,
        help="How many days before a planned care visit its assigned user "
        "gets a reminder activity.",
    )

    @api.constrains(
        "art_low_rating_threshold",
        "art_ticket_photo_max_mb",
        "art_care_visit_reminder_days",
    )
    def _check_art_aftersales_settings(self):
        for company in self:
            if not 0 <= company.art_low_rating_threshold <= 5:
                raise ValidationError(
                    self.env._("The low rating threshold must be between 0 and 5.")
                )
            if company.art_ticket_photo_max_mb <= 0:
                raise ValidationError(
                    self.env._("The ticket photo size limit must be a positive number.")
                )
            if company.art_care_visit_reminder_days < 0:
                raise ValidationError(
                    self.env._("The care visit reminder delay cannot be negative.")
                )
