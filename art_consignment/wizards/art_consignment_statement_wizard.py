# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class ArtConsignmentStatementWizard(models.TransientModel):
    _name = "art.consignment.statement.wizard"
    _description = "Print Owner Settlement Statements"

    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(day=1),
    )
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda self: (
            fields.Date.context_today(self).replace(day=1)
            + relativedelta(months=1, days=-1)
        ),
    )
    partner_ids = fields.Many2many(
        "res.partner",
        string="Owners",
        help="Consignors and artists to print; empty: everyone with a sale "
        "in the period.",
    )

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for wizard in self:
            if wizard.date_to < wizard.date_from:
                raise ValidationError(
                    self.env._("The statement period ends before it starts.")
                )

    def _art_partners(self):
        self.ensure_one()
        if self.partner_ids:
            return self.partner_ids
        groups = self.env["art.consignment.settlement"]._read_group(
            [("date", ">=", self.date_from), ("date", "<=", self.date_to)],
            ["partner_id"],
        )
        return self.env["res.partner"].union(*(partner for (partner,) in groups))

    def action_print(self):
        self.ensure_one()
        partners = self._art_partners()
        if not partners:
            raise UserError(
                self.env._("No consigned or studio work sold in the period.")
            )
        return self.env.ref(
            "art_consignment.action_report_art_consignment_statement"
        ).report_action(
            partners,
            data={
                "date_from": fields.Date.to_string(self.date_from),
                "date_to": fields.Date.to_string(self.date_to),
            },
        )
