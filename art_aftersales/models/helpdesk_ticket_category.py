# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HelpdeskTicketCategory(models.Model):
    _inherit = "helpdesk.ticket.category"

    art_kind = fields.Selection(
        selection=[
            ("conservation", "Conservation / Restoration"),
            ("framing", "Framing / Installation"),
            ("documentation", "Documentation"),
            ("damage", "Damage"),
            ("logistics", "Logistics"),
            ("enquiry", "Enquiry"),
        ],
        string="After-sales Kind",
        help="What kind of after-sales issue this category covers. Damage "
        "tickets can start a return when returns are installed.",
    )
    art_sla_ids = fields.One2many(
        comodel_name="art.ticket.sla",
        inverse_name="category_id",
        string="Service Levels",
    )
