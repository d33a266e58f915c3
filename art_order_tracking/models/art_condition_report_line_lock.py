# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class ArtConditionReportLine(models.Model):
    """The checklist of a locked arrival report is frozen with it."""

    _inherit = "art.condition.report.line"

    @api.model_create_multi
    def create(self, vals_list):
        reports = self.env["art.condition.report"].browse(
            [vals["report_id"] for vals in vals_list if vals.get("report_id")]
        )
        reports._art_check_locked()
        return super().create(vals_list)

    def write(self, vals):
        self.report_id._art_check_locked()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_art_locked(self):
        self.report_id._art_check_locked()
