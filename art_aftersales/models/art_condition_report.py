# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class ArtConditionReport(models.Model):
    _inherit = "art.condition.report"

    @api.model_create_multi
    def create(self, vals_list):
        reports = super().create(vals_list)
        visit_id = self.env.context.get("art_care_visit_id")
        if visit_id and len(reports) == 1:
            visit = self.env["art.care.visit"].browse(visit_id).exists()
            if visit and not visit.condition_report_id:
                visit.condition_report_id = reports
        return reports
