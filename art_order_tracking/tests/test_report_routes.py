# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Report URLs of another customer's records: 403, without an ERROR line."""

from odoo import http
from odoo.tests import HttpCase, new_test_user, tagged

from .test_delivery_common import DeliveryCase


@tagged("post_install", "-at_install")
class TestReportRoutes(HttpCase, DeliveryCase):
    CERTIFICATE = "art_order_tracking.report_art_certificate"

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
            "art_order_tracking.report_art_certificate": self.certificate,
            "art_order_tracking.report_art_condition_report": self.condition_report,
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

    def test_portal_bad_ids_and_nul(self):
        """Input every query would fail on: 4xx, no ERROR line."""
        self.authenticate("art_rr_portal", "art_rr_portal")
        huge = 2**40
        for url, status in (
            (f"/my/orders/{huge}", 404),
            (f"/my/orders/{huge}/art_evidence", 404),
            (f"/my/orders/{huge}/art_tracking", 404),
            (f"/report/pdf/{self.CERTIFICATE}/{huge}", 400),
            ("/my/art/catalogue?requested=%00", 400),
            (f"/my/orders/{self.order.id}?access_token=%00", 400),
            # Sortings, filters and dates the lists do not offer.
            ("/my/orders?sortby=nonsense", 200),
            ("/my/quotes?sortby=nonsense", 200),
            ("/my/orders?date_begin=yesterday&date_end=0001-99-99", 200),
            ("/my/invoices?sortby=nonsense&filterby=nonsense", 200),
            ("/my/invoices?date_begin=yesterday&date_end=0001-99-99", 200),
        ):
            with self.assertNoLogs("odoo", level="ERROR"):
                response = self.url_open(url, allow_redirects=False)
            self.assertEqual(response.status_code, status, url)
        for lot_id in (str(huge), "abc"):
            with self.assertNoLogs("odoo", level="ERROR"):
                response = self.url_open(
                    "/my/art/catalogue/request",
                    data={
                        "csrf_token": http.Request.csrf_token(self),
                        "lot_id": lot_id,
                    },
                    allow_redirects=False,
                )
            self.assertEqual(response.status_code, 303, lot_id)
        with self.assertNoLogs("odoo", level="ERROR"):
            response = self.url_open(
                "/my/art/catalogue/request",
                data={
                    "csrf_token": http.Request.csrf_token(self),
                    "lot_id": self.lot.id,
                    "note": "Is it\x00 still for sale?",
                },
                allow_redirects=False,
            )
        self.assertEqual(response.status_code, 400)
