# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class ArtCareVisit(models.Model):
    """A scheduled care visit to an installed or high-value work."""

    _name = "art.care.visit"
    _description = "Artwork Care Visit"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "scheduled_date desc, id desc"

    name = fields.Char(
        string="Reference",
        required=True,
        readonly=True,
        copy=False,
        default=lambda self: self.env._("New"),
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Customer",
        required=True,
        tracking=True,
        index=True,
    )
    lot_id = fields.Many2one(
        comodel_name="stock.lot",
        string="Artwork Serial",
        tracking=True,
        index="btree_not_null",
    )
    product_id = fields.Many2one(related="lot_id.product_id", string="Artwork")
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Assigned To",
        tracking=True,
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
    )
    scheduled_date = fields.Date(required=True, tracking=True, index=True)
    state = fields.Selection(
        selection=[
            ("planned", "Planned"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        default="planned",
        required=True,
        tracking=True,
        copy=False,
    )
    report = fields.Html(
        string="Visit Report",
        sanitize=True,
        help="What was seen and done during the visit.",
    )
    interval_months = fields.Integer(
        string="Repeat Every (months)",
        help="For recurring care: when the visit is done, the next one is "
        "planned this many months later. 0: no recurrence.",
    )
    next_visit_date = fields.Date(
        compute="_compute_next_visit_date",
        store=True,
        readonly=False,
    )
    condition_report_id = fields.Many2one(
        comodel_name="art.condition.report",
        index="btree_not_null",
        domain="[('lot_id', '=', lot_id)]",
        help="The condition report written during the visit.",
    )
    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        index="btree_not_null",
        help="The ticket this visit answers, if any.",
    )
    previous_visit_id = fields.Many2one(
        comodel_name="art.care.visit",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The visit whose recurrence planned this one.",
    )
    reminder_sent = fields.Boolean(
        readonly=True,
        copy=False,
        help="Technical: the reminder activity was created.",
    )

    @api.depends("scheduled_date", "interval_months")
    def _compute_next_visit_date(self):
        for visit in self:
            if visit.scheduled_date and visit.interval_months:
                visit.next_visit_date = visit.scheduled_date + relativedelta(
                    months=visit.interval_months
                )
            else:
                visit.next_visit_date = False

    @api.constrains("interval_months", "next_visit_date", "scheduled_date")
    def _check_dates(self):
        for visit in self:
            if visit.interval_months < 0:
                raise ValidationError(
                    self.env._("The care interval cannot be negative.")
                )
            if (
                visit.next_visit_date
                and visit.scheduled_date
                and visit.next_visit_date <= visit.scheduled_date
            ):
                raise ValidationError(
                    self.env._("The next visit must come after the scheduled date.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", self.env._("New")) == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code(
                    "art.care.visit"
                ) or self.env._("New")
        return super().create(vals_list)

    @api.constrains("condition_report_id", "lot_id")
    def _check_condition_report(self):
        for visit in self:
            report = visit.condition_report_id
            if report and report.lot_id != visit.lot_id:
                raise ValidationError(
                    self.env._(
                        "The condition report %(report)s is about another work "
                        "than the visit %(visit)s.",
                        report=report.display_name,
                        visit=visit.name,
                    )
                )

    def action_new_condition_report(self):
        """Open a new after-sales condition report of the visited work."""
        self.ensure_one()
        if not self.lot_id:
            raise UserError(
                self.env._("Set the work before writing its condition report.")
            )
        return {
            "type": "ir.actions.act_window",
            "res_model": "art.condition.report",
            "view_mode": "form",
            "target": "current",
            "context": {
                "default_lot_id": self.lot_id.id,
                "default_context": "aftersales",
                "art_care_visit_id": self.id,
            },
        }

    def action_done(self):
        if self.filtered(lambda v: v.state != "planned"):
            raise UserError(self.env._("Only planned visits can be marked as done."))
        self.write({"state": "done"})
        self._art_plan_next_visits()
        return True

    def action_cancel(self):
        if self.filtered(lambda v: v.state == "done"):
            raise UserError(self.env._("A visit that took place cannot be cancelled."))
        self.write({"state": "cancelled"})
        return True

    def action_reset_to_planned(self):
        self.write({"state": "planned", "reminder_sent": False})
        return True

    def _art_plan_next_visits(self):
        """Plan the next visit of recurring care, once."""
        recurring = self.filtered("next_visit_date")
        planned = self.search([("previous_visit_id", "in", recurring.ids)])
        return self.create(
            [
                visit._art_prepare_next_visit_vals()
                for visit in recurring - planned.previous_visit_id
            ]
        )

    def _art_prepare_next_visit_vals(self):
        self.ensure_one()
        return {
            "company_id": self.company_id.id,
            "partner_id": self.partner_id.id,
            "lot_id": self.lot_id.id,
            "user_id": self.user_id.id,
            "scheduled_date": self.next_visit_date,
            "interval_months": self.interval_months,
            "previous_visit_id": self.id,
        }

    @api.model
    def _cron_art_send_reminders(self):
        """A reminder activity for the assigned user, N days before each
        planned visit (N on the company). One batch, once per visit."""
        today = fields.Date.context_today(self)
        max_days = max(
            self.env["res.company"].search([]).mapped("art_care_visit_reminder_days")
            or [0]
        )
        visits = self.search(
            [
                ("state", "=", "planned"),
                ("reminder_sent", "=", False),
                ("user_id", "!=", False),
                ("scheduled_date", ">=", today),
                ("scheduled_date", "<=", today + timedelta(days=max_days)),
            ]
        )
        visits = visits.filtered(
            lambda v: (
                v.scheduled_date
                <= today + timedelta(days=v.company_id.art_care_visit_reminder_days)
            )
        )
        if not visits:
            return
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        model_id = self.env["ir.model"]._get_id(self._name)
        self.env["mail.activity"].with_context(mail_activity_quick_update=True).create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": visit.id,
                    "activity_type_id": activity_type.id,
                    "user_id": visit.user_id.id,
                    "date_deadline": visit.scheduled_date,
                    "summary": self.env._("Care visit %s", visit.name),
                    "note": self.env._(
                        "Care visit to %(customer)s planned on %(date)s.",
                        customer=visit.partner_id.display_name,
                        date=visit.scheduled_date,
                    ),
                }
                for visit in visits
            ]
        )
        visits.write({"reminder_sent": True})
