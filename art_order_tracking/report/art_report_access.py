# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Our PDF reports check the reader's access before rendering.

Without this the template met the forbidden record while rendering: QWeb
wraps the AccessError, so /report/pdf/<report>/<another customer's id>
answered 403 but logged an ERROR traceback. Refused here, before QWeb, it
is the plain AccessError Odoo answers 403 and logs as a warning (as the
sales order report does).
"""

from odoo import api, models


class ArtReportAccessMixin(models.AbstractModel):
    _name = "art.report.access.mixin"
    _description = "Access-Checked Report"

    # The model the report prints (the report action's model).
    _art_report_model = None

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env[self._art_report_model].browse(docids)
        docs.check_access("read")
        return {
            "doc_ids": docids,
            "doc_model": self._art_report_model,
            "docs": docs,
        }


class ReportArtDeliveryEvidence(models.AbstractModel):
    _name = "report.art_order_tracking.report_art_delivery_evidence"
    _inherit = "art.report.access.mixin"
    _description = "Delivery Evidence Report"
    _art_report_model = "sale.order"


class ReportArtCertificate(models.AbstractModel):
    _name = "report.art_order_tracking.report_art_certificate"
    _inherit = "art.report.access.mixin"
    _description = "Certificate of Authenticity Report"
    _art_report_model = "art.certificate"


class ReportArtConditionReport(models.AbstractModel):
    _name = "report.art_order_tracking.report_art_condition_report"
    _inherit = "art.report.access.mixin"
    _description = "Condition Report Printout"
    _art_report_model = "art.condition.report"
