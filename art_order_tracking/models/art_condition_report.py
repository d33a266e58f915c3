# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools.mimetypes import guess_mimetype

from .art_dates import latest_today

CONDITION_CONTEXTS = [
    ("intake", "Intake"),
    ("packing", "Packing"),
    ("arrival", "Arrival"),
    ("return", "Return Inspection"),
    ("aftersales", "After-sales"),
]

CONDITION_GRADES = [
    ("excellent", "Excellent"),
    ("good", "Good"),
    ("fair", "Fair"),
    ("poor", "Poor"),
    ("damaged", "Damaged"),
]

CHECKLIST_AREAS = [
    ("surface", "Surface"),
    ("frame", "Frame"),
    ("support", "Support"),
    ("glazing", "Glazing"),
    ("packaging", "Packaging"),
    ("accessories", "Accessories"),
    ("certificate", "Certificate"),
    ("other", "Other"),
]


class ArtConditionReport(models.Model):
    _name = "art.condition.report"
    _description = "Artwork Condition Report"
    _inherit = ("mail.thread",)
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference",
        required=True,
        copy=False,
        readonly=True,
        default=lambda self: self.env._("New"),
    )
    lot_id = fields.Many2one(
        "stock.lot",
        string="Work",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        domain="[('art_is_artwork', '=', True)]",
    )
    product_id = fields.Many2one(related="lot_id.product_id", store=True)
    # Serial numbers of products shared between companies have no company:
    # the report then belongs to the order's (or transfer's) company.
    company_id = fields.Many2one(
        "res.company",
        compute="_compute_company_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    date = fields.Date(required=True, default=fields.Date.context_today, tracking=True)
    context = fields.Selection(
        CONDITION_CONTEXTS, required=True, default="intake", tracking=True
    )
    inspector_id = fields.Many2one(
        "res.users", required=True, default=lambda self: self.env.user
    )
    grade = fields.Selection(
        CONDITION_GRADES, string="Overall Grade", required=True, tracking=True
    )
    line_ids = fields.One2many(
        "art.condition.report.line",
        "report_id",
        string="Checklist",
        copy=True,
        default=lambda self: self._default_line_ids(),
    )
    issue_count = fields.Integer(compute="_compute_issue_count")
    notes = fields.Text()
    photo_ids = fields.Many2many(
        "ir.attachment",
        "art_condition_report_photo_rel",
        "report_id",
        "attachment_id",
        string="Photos",
    )
    picking_id = fields.Many2one(
        "stock.picking", string="Transfer", index="btree_not_null", check_company=True
    )
    sale_order_id = fields.Many2one(
        "sale.order", string="Sales Order", index="btree_not_null", check_company=True
    )

    @api.model
    def _default_line_ids(self):
        return [
            fields.Command.create({"area": area, "status": "ok"})
            for area in ("surface", "frame", "support", "glazing")
        ]

    @api.depends(
        "lot_id.company_id", "sale_order_id.company_id", "picking_id.company_id"
    )
    def _compute_company_id(self):
        for report in self:
            report.company_id = (
                report.lot_id.company_id
                or report.sale_order_id.company_id
                or report.picking_id.company_id
                or report.company_id
                or self.env.company
            )

    @api.depends("line_ids.status")
    def _compute_issue_count(self):
        for report in self:
            report.issue_count = len(
                report.line_ids.filtered(lambda line: line.status == "issue")
            )

    @api.constrains("date")
    def _check_date(self):
        today = latest_today()
        for report in self:
            if report.date > today:
                raise ValidationError(
                    self.env._(
                        "Condition report %s: the inspection date cannot be in"
                        " the future.",
                        report.name,
                    )
                )

    @api.constrains("photo_ids")
    def _check_photos(self):
        for report in self:
            company = report.company_id or self.env.company
            limit_mb = company.art_photo_max_size_mb or 10
            for photo in report.photo_ids.sudo():
                raw = photo.raw or b""
                mimetype = guess_mimetype(raw, default="") if raw else ""
                if not mimetype.startswith("image/") or mimetype == "image/svg+xml":
                    raise ValidationError(
                        self.env._(
                            "%(file)s is not a photo: only image files (JPEG, PNG,"
                            " ...) can be attached to a condition report.",
                            file=photo.name,
                        )
                    )
                if photo.file_size > limit_mb * 1024 * 1024:
                    raise ValidationError(
                        self.env._(
                            "%(file)s is too large: photos are limited to"
                            " %(limit)s MB.",
                            file=photo.name,
                            limit=limit_mb,
                        )
                    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("name") or vals["name"] == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code(
                    "art.condition.report"
                ) or self.env._("New")
        return super().create(vals_list)

    def _art_previous_report(self):
        self.ensure_one()
        return self.search(
            [
                ("lot_id", "=", self.lot_id.id),
                ("id", "!=", self.id),
                "|",
                ("date", "<", self.date),
                "&",
                ("date", "=", self.date),
                ("id", "<", self.id),
            ],
            order="date desc, id desc",
            limit=1,
        )

    def action_compare(self):
        self.ensure_one()
        previous = self._art_previous_report()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Compare Condition Reports"),
            "res_model": "art.condition.report.compare",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_report_a_id": previous.id,
                "default_report_b_id": self.id,
            },
        }

    def action_print(self):
        return self.env.ref(
            "art_order_tracking.art_condition_report_report"
        ).report_action(self)


class ArtConditionReportLine(models.Model):
    _name = "art.condition.report.line"
    _description = "Condition Report Checklist Line"
    _order = "report_id, sequence, id"

    sequence = fields.Integer(default=10)
    report_id = fields.Many2one(
        "art.condition.report",
        string="Condition Report",
        required=True,
        ondelete="cascade",
        index=True,
    )
    area = fields.Selection(CHECKLIST_AREAS, required=True)
    status = fields.Selection(
        [("ok", "OK"), ("issue", "Issue")], required=True, default="ok"
    )
    note = fields.Char()
