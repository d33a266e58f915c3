# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..models.art_condition_report import CHECKLIST_AREAS


class ArtConditionReportCompare(models.TransientModel):
    _name = "art.condition.report.compare"
    _description = "Compare Two Condition Reports"

    report_a_id = fields.Many2one(
        "art.condition.report", string="Earlier Report", required=True
    )
    report_b_id = fields.Many2one(
        "art.condition.report", string="Later Report", required=True
    )
    lot_id = fields.Many2one(related="report_b_id.lot_id")
    a_date = fields.Date(related="report_a_id.date", string="Earlier Date")
    b_date = fields.Date(related="report_b_id.date", string="Later Date")
    a_context = fields.Selection(
        related="report_a_id.context", string="Earlier Context"
    )
    b_context = fields.Selection(related="report_b_id.context", string="Later Context")
    a_grade = fields.Selection(related="report_a_id.grade", string="Earlier Grade")
    b_grade = fields.Selection(related="report_b_id.grade", string="Later Grade")
    a_inspector_id = fields.Many2one(
        related="report_a_id.inspector_id", string="Earlier Inspector"
    )
    b_inspector_id = fields.Many2one(
        related="report_b_id.inspector_id", string="Later Inspector"
    )
    a_notes = fields.Text(related="report_a_id.notes", string="Earlier Notes")
    b_notes = fields.Text(related="report_b_id.notes", string="Later Notes")
    a_line_ids = fields.One2many(
        related="report_a_id.line_ids", string="Earlier Checklist"
    )
    b_line_ids = fields.One2many(
        related="report_b_id.line_ids", string="Later Checklist"
    )
    a_photo_ids = fields.Many2many(
        related="report_a_id.photo_ids", string="Earlier Photos"
    )
    b_photo_ids = fields.Many2many(
        related="report_b_id.photo_ids", string="Later Photos"
    )
    difference_ids = fields.One2many(
        "art.condition.report.compare.line",
        "wizard_id",
        string="Differences",
        compute="_compute_difference_ids",
    )
    grade_changed = fields.Boolean(compute="_compute_difference_ids")

    @api.depends("report_a_id", "report_b_id")
    def _compute_difference_ids(self):
        labels = dict(CHECKLIST_AREAS)
        for wizard in self:
            wizard.grade_changed = wizard.a_grade != wizard.b_grade
            commands = [fields.Command.clear()]
            before = {line.area: line for line in wizard.report_a_id.line_ids}
            after = {line.area: line for line in wizard.report_b_id.line_ids}
            for area in labels:
                old, new = before.get(area), after.get(area)
                if not old and not new:
                    continue
                commands.append(
                    fields.Command.create(
                        {
                            "area": area,
                            "a_status": old.status if old else False,
                            "a_note": old.note if old else False,
                            "b_status": new.status if new else False,
                            "b_note": new.note if new else False,
                            "changed": (old and old.status) != (new and new.status),
                        }
                    )
                )
            wizard.difference_ids = commands

    @api.constrains("report_a_id", "report_b_id")
    def _check_same_work(self):
        for wizard in self:
            if wizard.report_a_id.lot_id != wizard.report_b_id.lot_id:
                raise ValidationError(
                    self.env._(
                        "Only two condition reports of the same work can be compared."
                    )
                )
            if wizard.report_a_id == wizard.report_b_id:
                raise ValidationError(
                    self.env._("Choose two different condition reports.")
                )


class ArtConditionReportCompareLine(models.TransientModel):
    _name = "art.condition.report.compare.line"
    _description = "Condition Report Comparison Line"

    wizard_id = fields.Many2one(
        "art.condition.report.compare", required=True, ondelete="cascade"
    )
    area = fields.Selection(CHECKLIST_AREAS, required=True)
    a_status = fields.Selection(
        [("ok", "OK"), ("issue", "Issue")], string="Earlier Status"
    )
    a_note = fields.Char(string="Earlier Note")
    b_status = fields.Selection(
        [("ok", "OK"), ("issue", "Issue")], string="Later Status"
    )
    b_note = fields.Char(string="Later Note")
    changed = fields.Boolean()
