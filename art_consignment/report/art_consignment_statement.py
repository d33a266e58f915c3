# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError


class ReportArtConsignmentStatement(models.AbstractModel):
    _name = "report.art_consignment.report_art_consignment_statement"
    _description = "Owner Settlement Statement"

    @api.model
    def _get_report_values(self, docids, data=None):
        if not self.env.su and not self.env.user.has_group(
            "art_order_tracking.group_art_finance"
        ):
            raise AccessError(
                self.env._("Only Finance prints owner settlement statements.")
            )
        data = data or {}
        today = fields.Date.context_today(self)
        date_from = fields.Date.to_date(data.get("date_from")) or today.replace(day=1)
        date_to = fields.Date.to_date(data.get("date_to")) or (
            date_from + relativedelta(months=1, days=-1)
        )
        partners = self.env["res.partner"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "res.partner",
            "docs": partners,
            "date_from": date_from,
            "date_to": date_to,
            "statement_date": today,
            "statement": self.env["art.consignment.settlement"]._art_statement(
                partners, date_from, date_to
            ),
            "currency": self.env.company.currency_id,
        }
