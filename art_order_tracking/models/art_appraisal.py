# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .art_dates import latest_today


class ArtAppraisal(models.Model):
    _name = "art.appraisal"
    _description = "Artwork Appraisal"
    _inherit = ("mail.thread", "mail.activity.mixin")
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
    company_id = fields.Many2one(related="lot_id.company_id", store=True)
    appraiser_user_id = fields.Many2one(
        "res.users",
        string="Internal Appraiser",
        default=lambda self: self.env.user,
        tracking=True,
    )
    appraiser_partner_id = fields.Many2one(
        "res.partner",
        string="External Appraiser",
        tracking=True,
    )
    purpose = fields.Selection(
        [
            ("insurance", "Insurance"),
            ("sale", "Sale"),
            ("return", "Return"),
            ("dispute", "Dispute"),
        ],
        required=True,
        default="insurance",
        tracking=True,
    )
    date = fields.Date(
        string="Appraisal Date",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    value = fields.Monetary(currency_field="currency_id", required=True, tracking=True)
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: self.env.company.currency_id,
    )
    method = fields.Char(help="e.g. Market comparison, replacement cost.")
    conclusion = fields.Text()
    document = fields.Binary(string="Report Document", attachment=True, copy=False)
    document_filename = fields.Char()
    validity_date = fields.Date(
        string="Valid Until",
        help="After this date the appraisal no longer gives the insured value.",
    )
    state = fields.Selection(
        [("draft", "Draft"), ("done", "Done"), ("cancelled", "Cancelled")],
        required=True,
        default="draft",
        tracking=True,
        copy=False,
    )

    @api.constrains("value", "currency_id")
    def _check_value(self):
        for appraisal in self:
            if not appraisal.currency_id:
                raise ValidationError(
                    self.env._(
                        "Appraisal %s: choose the currency of the value.",
                        appraisal.name,
                    )
                )
            if appraisal.value <= 0:
                raise ValidationError(
                    self.env._(
                        "Appraisal %s: the appraised value must be greater than zero.",
                        appraisal.name,
                    )
                )

    @api.constrains("date", "validity_date")
    def _check_dates(self):
        today = latest_today()
        for appraisal in self:
            if appraisal.date > today:
                raise ValidationError(
                    self.env._(
                        "Appraisal %s: the appraisal date cannot be in the future.",
                        appraisal.name,
                    )
                )
            if appraisal.validity_date and appraisal.validity_date < appraisal.date:
                raise ValidationError(
                    self.env._(
                        "Appraisal %s: it cannot expire before it was made.",
                        appraisal.name,
                    )
                )

    @api.constrains("appraiser_user_id", "appraiser_partner_id")
    def _check_appraiser(self):
        for appraisal in self:
            if not appraisal.appraiser_user_id and not appraisal.appraiser_partner_id:
                raise ValidationError(
                    self.env._(
                        "Appraisal %s: name the appraiser, an employee or an"
                        " external expert.",
                        appraisal.name,
                    )
                )

    def _check_currency_vals(self, vals):
        if "currency_id" in vals and not vals["currency_id"]:
            raise ValidationError(
                self.env._("An appraisal needs the currency of its value.")
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_currency_vals(vals)
            if not vals.get("name") or vals["name"] == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code(
                    "art.appraisal"
                ) or self.env._("New")
        return super().create(vals_list)

    def write(self, vals):
        self._check_currency_vals(vals)
        return super().write(vals)

    def action_done(self):
        if self.filtered(lambda a: a.state != "draft"):
            raise UserError(self.env._("Only draft appraisals can be completed."))
        self.write({"state": "done"})
        return True

    def action_cancel(self):
        self.write({"state": "cancelled"})
        return True

    def action_draft(self):
        self.write({"state": "draft"})
        return True
