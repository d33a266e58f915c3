# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HelpdeskTicketStage(models.Model):
    _inherit = "helpdesk.ticket.stage"

    art_rating_template_id = fields.Many2one(
        comodel_name="mail.template",
        string="Rating Request Template",
        domain=[("model", "=", "helpdesk.ticket")],
        help="If set, the customer is asked to rate the ticket with this "
        "email when the ticket reaches this stage.",
    )
