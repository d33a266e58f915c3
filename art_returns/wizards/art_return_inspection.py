# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.art_order_tracking.models.art_condition_report import (
    CONDITION_GRADES,
)

GRADE_ORDER = [grade for grade, _label in CONDITION_GRADES]


class ArtReturnInspectionWizard(models.TransientModel):
    """Inspect a returned work against its packing and arrival reports.

    Writes a condition report (context Return Inspection) with photos and the
    checklist, compares it with the delivery's reports and records the result
    on the return."""

    _name = "art.return.inspection.wizard"
    _description = "Return Inspection"

    rma_id = fields.Many2one("rma", string="Return", required=True)
    lot_id = fields.Many2one(related="rma_id.art_lot_id")
    grade = fields.Selection(CONDITION_GRADES, string="Condition", required=True)
    packaging_intact = fields.Boolean(default=True)
    new_damage = fields.Boolean(
        help="Damage not recorded on the arrival report or in the request.",
    )
    accessories_present = fields.Boolean(default=True)
    certificate_present = fields.Boolean(default=True)
    notes = fields.Text()
    photo_ids = fields.Many2many(
        "ir.attachment",
        "art_return_inspection_photo_rel",
        "wizard_id",
        "attachment_id",
        string="Photos",
    )
    packing_report_id = fields.Many2one(
        "art.condition.report", compute="_compute_reference_reports"
    )
    arrival_report_id = fields.Many2one(
        "art.condition.report", compute="_compute_reference_reports"
    )
    comparison = fields.Text(compute="_compute_comparison")

    @api.depends("rma_id")
    def _compute_reference_reports(self):
        for wizard in self:
            packing, arrival = wizard.rma_id._art_reference_reports()
            wizard.packing_report_id = packing
            wizard.arrival_report_id = arrival

    @api.depends("grade", "packing_report_id", "arrival_report_id")
    def _compute_comparison(self):
        for wizard in self:
            wizard.comparison = wizard._comparison_text()

    def _comparison_text(self):
        lines = []
        for label, report in (
            (self.env._("Packing"), self.packing_report_id),
            (self.env._("Arrival"), self.arrival_report_id),
        ):
            if not report:
                lines.append(self.env._("%s: no report.", label))
                continue
            grades = dict(CONDITION_GRADES)
            lines.append(
                self.env._(
                    "%(label)s (%(report)s, %(date)s): %(grade)s, %(issues)s issue(s).",
                    label=label,
                    report=report.name,
                    date=report.date,
                    grade=grades.get(report.grade, report.grade),
                    issues=report.issue_count,
                )
            )
        return "\n".join(lines)

    def _worse_than(self, report):
        if not report or not self.grade:
            return False
        return GRADE_ORDER.index(self.grade) > GRADE_ORDER.index(report.grade)

    def action_apply(self):
        self.ensure_one()
        rma = self.rma_id
        # The inspection is recorded as superuser: the Expert only reads the
        # returns that need an expert.
        rma.check_access("read")
        rma._art_check_can_inspect()
        if not self.photo_ids:
            raise UserError(self.env._("Take at least one photo of the returned work."))
        # A work damaged in transit is compared with its arrival report: the
        # damage the customer reported is expected, anything worse is not.
        reference = self.arrival_report_id or self.packing_report_id
        problems = []
        if not self.packaging_intact:
            problems.append(self.env._("the packaging is not intact"))
        if self.new_damage:
            problems.append(self.env._("the work has new damage"))
        if self._worse_than(reference):
            problems.append(
                self.env._("its condition is worse than on report %s", reference.name)
            )
        if not self.accessories_present:
            problems.append(self.env._("accessories are missing"))
        if not self.certificate_present:
            problems.append(self.env._("the certificate is missing"))
        report = (
            self.env["art.condition.report"]
            .sudo()
            .create(
                {
                    "lot_id": rma.art_lot_id.id,
                    "context": "return",
                    "grade": self.grade,
                    "inspector_id": self.env.uid,
                    "notes": self.notes,
                    "picking_id": rma.sudo().reception_move_id.picking_id.id,
                    "sale_order_id": rma.sudo().order_id.id,
                    "photo_ids": [fields.Command.set(self.photo_ids.ids)],
                    "line_ids": [
                        fields.Command.create(
                            {
                                "area": "packaging",
                                "status": "ok" if self.packaging_intact else "issue",
                            }
                        ),
                        fields.Command.create(
                            {
                                "area": "surface",
                                "status": "issue" if self.new_damage else "ok",
                            }
                        ),
                        fields.Command.create(
                            {
                                "area": "accessories",
                                "status": "ok" if self.accessories_present else "issue",
                            }
                        ),
                        fields.Command.create(
                            {
                                "area": "certificate",
                                "status": "ok" if self.certificate_present else "issue",
                            }
                        ),
                    ],
                }
            )
        )
        self.photo_ids.sudo().write(
            {"res_model": "art.condition.report", "res_id": report.id}
        )
        summary = self._comparison_text()
        if problems:
            summary = "{}.\n{}".format("; ".join(problems).capitalize(), summary)
        rma.sudo()._art_record_inspection(
            report,
            "failed" if problems else "passed",
            summary,
            not self.certificate_present,
        )
        return {"type": "ir.actions.act_window_close"}
