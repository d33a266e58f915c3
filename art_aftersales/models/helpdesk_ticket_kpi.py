# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class HelpdeskTicket(models.Model):
    """Stored response and resolution times: measures for the ticket pivot
    and graph views and the operations dashboard."""

    _inherit = "helpdesk.ticket"

    art_response_hours = fields.Float(
        string="Response Time (h)",
        compute="_compute_art_kpi_hours",
        store=True,
        aggregator="avg",
        digits=(16, 2),
        help="Hours from the service level start to the first response.",
    )
    art_resolution_hours = fields.Float(
        string="Resolution Time (h)",
        compute="_compute_art_kpi_hours",
        store=True,
        aggregator="avg",
        digits=(16, 2),
        help="Hours from the service level start to the closing of the ticket.",
    )

    @api.depends("art_sla_start_date", "art_responded_date", "closed_date")
    def _compute_art_kpi_hours(self):
        for ticket in self:
            start = ticket.art_sla_start_date or ticket.create_date
            response = resolution = 0.0
            if start and ticket.art_responded_date:
                delta = ticket.art_responded_date - start
                response = max(delta.total_seconds(), 0.0) / 3600.0
            if start and ticket.closed_date:
                delta = ticket.closed_date - start
                resolution = max(delta.total_seconds(), 0.0) / 3600.0
            ticket.art_response_hours = response
            ticket.art_resolution_hours = resolution
