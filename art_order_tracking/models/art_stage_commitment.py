# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models

from .art_order_event import ART_STAGES


class ArtStageCommitment(models.Model):
    """How long an art order may stay in a stage, and who answers for it."""

    _name = "art.stage.commitment"
    _description = "Art Order Stage Commitment"
    _order = "company_id, sequence, id"

    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    stage = fields.Selection(ART_STAGES, required=True)
    max_hours = fields.Float(
        string="Maximum Duration (hours)",
        required=True,
        help="An order still in this stage after this many hours is overdue.",
    )
    urgent_factor = fields.Float(
        string="Urgent Orders Factor",
        default=0.5,
        help="Urgent orders get this share of the maximum duration.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        help="Who gets the stage's activity; empty: the order's salesperson.",
    )
    activity_summary = fields.Char(
        translate=True, help="Summary of the activity scheduled on entering the stage."
    )

    _sql_constraints = [
        (
            "stage_company_uniq",
            "unique(company_id, stage)",
            "A stage has one time commitment per company.",
        ),
        (
            "max_hours_positive",
            "CHECK(max_hours > 0)",
            "The maximum duration of a stage must be positive.",
        ),
        (
            "urgent_factor_range",
            "CHECK(urgent_factor > 0 AND urgent_factor <= 1)",
            "The urgent factor is a share of the duration, between 0 and 1.",
        ),
    ]

    @api.model
    def _art_commitments(self, companies):
        """{(company id, stage): commitment} for the given companies."""
        rows = self.sudo().search([("company_id", "in", companies.ids)])
        return {(row.company_id.id, row.stage): row for row in rows}
