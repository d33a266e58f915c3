# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ArtTicketSla(models.Model):
    """Which team handles a ticket category, and how fast.

    One row per category and priority; a row without priority applies to
    every priority of the category that has no row of its own.
    """

    _name = "art.ticket.sla"
    _description = "After-sales Service Level"
    _order = "sequence, category_id, priority desc, id"

    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        default=lambda self: self.env.company,
        help="Leave empty to apply to every company.",
    )
    category_id = fields.Many2one(
        comodel_name="helpdesk.ticket.category",
        required=True,
        ondelete="cascade",
        index=True,
    )
    priority = fields.Selection(
        selection=[
            ("0", "Low"),
            ("1", "Medium"),
            ("2", "High"),
            ("3", "Very High"),
        ],
        help="Leave empty to apply to every priority without a row of its own.",
    )
    team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        required=True,
        ondelete="restrict",
    )
    response_hours = fields.Float(
        help="Hours from the ticket's creation to the first response. "
        "0 means no response commitment.",
    )
    resolution_hours = fields.Float(
        help="Hours from the ticket's creation to its resolution. "
        "0 means no resolution commitment.",
    )

    @api.depends("category_id", "priority")
    def _compute_display_name(self):
        priorities = dict(self._fields["priority"]._description_selection(self.env))
        for sla in self:
            sla.display_name = "{} / {}".format(
                sla.category_id.display_name or "",
                priorities.get(sla.priority) or self.env._("Any priority"),
            )

    @api.constrains("response_hours", "resolution_hours")
    def _check_hours(self):
        for sla in self:
            if sla.response_hours < 0 or sla.resolution_hours < 0:
                raise ValidationError(
                    self.env._(
                        "Response and resolution times cannot be negative "
                        "(service level %s).",
                        sla.display_name,
                    )
                )
            if (
                sla.response_hours
                and sla.resolution_hours
                and sla.resolution_hours < sla.response_hours
            ):
                raise ValidationError(
                    self.env._(
                        "The resolution time cannot be shorter than the "
                        "response time (service level %s).",
                        sla.display_name,
                    )
                )

    @api.constrains("category_id", "priority", "company_id", "active")
    def _check_unique(self):
        for sla in self.filtered("active"):
            duplicates = self.search_count(
                [
                    ("id", "!=", sla.id),
                    ("category_id", "=", sla.category_id.id),
                    ("priority", "=", sla.priority),
                    ("company_id", "=", sla.company_id.id),
                ]
            )
            if duplicates:
                raise ValidationError(
                    self.env._(
                        "There is already a service level for %s.",
                        sla.display_name,
                    )
                )

    @api.model
    def _art_rules_for(self, categories):
        """All active rows of these categories, best match first."""
        if not categories:
            return self.browse()
        return self.search([("category_id", "in", categories.ids)])

    def _art_match(self, category, priority, company):
        """The row of ``self`` that applies to one ticket.

        An exact priority beats "any priority"; the ticket's company beats
        "every company".
        """
        candidates = self.filtered(
            lambda sla: (
                sla.category_id == category
                and sla.priority in (priority, False)
                and sla.company_id in (company, self.env["res.company"])
            )
        )
        return candidates.sorted(
            key=lambda sla: (not sla.priority, not sla.company_id, sla.sequence)
        )[:1]
