# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Report URLs of another customer's records: 403, without an ERROR line."""

from odoo.tests import HttpCase, new_test_user, tagged

from .test_delivery_common import DeliveryCase


@tagged("post_install", "-at_install")
class TestReportRoutes(HttpCase, DeliveryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal_user = new_test_user(
            cls.env,
            login="art_rr_portal",
            password="art_rr_portal",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.other_partner = cls.env["res.partner"].create({"name": "Other Collector"})
        new_test_user(
            cls.env,
            login="art_rr_other",
            password="art_rr_other",
            groups="base.group_portal",
            partner_id=cls.other_partner.id,
        )
        helper = cls("test_other_customers_reports")
        helper.env = cls.env
        cls.order, cls.picking = helper._in_transit("REP1")
        helper._arrival_report(cls.picking)
        helper._deliver(cls.picking)
        cls.lot = cls.order.order_line.art_lot_id
        cls.certificate = cls.env["art.certificate"].create({"lot_id": cls.lot.id})
        cls.condition_report = cls.env["art.condition.report"].search(
            [("lot_id", "=", cls.lot.id)], limit=1
        )

    def _reports(self):
        return {
            "sale.report_saleorder": self.order,
            "art_order_tracking.report_art_delivery_evidence": self.order,
            "art_order_tracking.art_certificate_report_document": self.certificate,
            "art_order_tracking.art_condition_report_document": self.condition_report,
        }

    def test_other_customers_reports(self):
        self.authenticate("art_rr_other", "art_rr_other")
        for report_name, record in self._reports().items():
            self.assertTrue(record, report_name)
            for converter in ("pdf", "html"):
                # Odoo logs a refused access as a warning; never an ERROR
                # with a traceback.
                with self.assertLogs("odoo.http", level="WARNING") as logs:
                    response = self.url_open(
                        f"/report/{converter}/{report_name}/{record.id}"
                    )
                self.assertEqual(response.status_code, 403, report_name)
                self.assertEqual(
                    {record.levelname for record in logs.records},
                    {"WARNING"},
                    logs.output,
                )
                self.assertNotIn("REP1", response.text)
                self.assertNotIn(self.lot.name, response.text)
