# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The consignor's portal page, by URL and in a browser."""

from datetime import date

from odoo.tests import HttpCase, new_test_user, tagged

from .common import ConsignmentCase


@tagged("post_install", "-at_install")
class TestConsignmentPortal(HttpCase, ConsignmentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lot = cls._new_lot("TOUR-CONSIGNED")
        cls.agreement = cls._agreement(
            lines=[{"lot_id": cls.lot.id, "terms": "net", "net_amount": 7000.0}]
        )
        cls.other_lot, cls.other_agreement = cls._consigned_lot(cls.other_consignor)
        cls.portal_consignor = new_test_user(
            cls.env,
            login="art_cs_portal_web",
            password="art_cs_portal_web",
            groups="base.group_portal",
            partner_id=cls.consignor.id,
        )
        Settlement = cls.env["art.consignment.settlement"]
        for partner, lot, net in (
            (cls.consignor, cls.lot, 7000.0),
            (cls.other_consignor, cls.other_lot, 9100.0),
        ):
            settlement = Settlement.create(
                {
                    "partner_id": partner.id,
                    "kind": "consigned",
                    "date": date(2026, 3, 10),
                    "lot_id": lot.id,
                    "sale_price": 10000.0,
                    "commission_amount": 10000.0 - net,
                    "net_due": net,
                }
            )
            bill = cls.env["account.move"].create(
                settlement._art_bill_values("in_invoice", net, "Share")
            )
            bill.action_post()

    def test_own_page_lists_own_works_and_statement(self):
        self.authenticate("art_cs_portal_web", "art_cs_portal_web")
        response = self.url_open(
            "/my/consignment?date_from=2026-01-01&date_to=2026-12-31"
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.lot.name, response.text)
        self.assertNotIn(self.other_lot.name, response.text)
        self.assertIn("7,000.00", response.text)
        self.assertNotIn("9,100.00", response.text)

    def test_other_consignor_agreement_refused_by_url(self):
        self.authenticate("art_cs_portal_web", "art_cs_portal_web")
        own = self.url_open(f"/my/consignment/agreement/{self.agreement.id}")
        self.assertEqual(own.status_code, 200)
        self.assertIn(self.lot.name, own.text)
        other = self.url_open(f"/my/consignment/agreement/{self.other_agreement.id}")
        self.assertNotIn(self.other_lot.name, other.text)
        self.assertTrue(other.url.endswith("/my"), other.url)
        # Logged out: the page asks for a login.
        self.logout()
        response = self.url_open("/my/consignment")
        self.assertIn("/web/login", response.url)

    def test_statement_pdf_download(self):
        self.authenticate("art_cs_portal_web", "art_cs_portal_web")
        response = self.url_open(
            "/my/consignment/statement?date_from=2026-01-01&date_to=2026-12-31"
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/pdf")

    def test_tour_consignor_reads_statement(self):
        self.start_tour(
            "/my", "art_consignment_portal_statement", login="art_cs_portal_web"
        )


@tagged("post_install", "-at_install")
class TestConsignmentPortalDates(HttpCase, ConsignmentCase):
    """Dates typed in the statement's URL: 400, never a server error."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        new_test_user(
            cls.env,
            login="art_cs_portal_dates",
            password="art_cs_portal_dates",
            groups="base.group_portal",
            partner_id=cls.consignor.id,
        )

    def test_out_of_range_or_unreadable_dates(self):
        self.authenticate("art_cs_portal_dates", "art_cs_portal_dates")
        for route in ("/my/consignment", "/my/consignment/statement"):
            for query in (
                "date_from=0001-01-01",
                "date_to=9999-12-31",
                "date_from=0001-01-01&date_to=9999-12-31",
                "date_from=1899-12-31&date_to=2026-12-31",
                "date_from=2026-13-45",
                "date_from=yesterday",
                "date_to=" + "9" * 5000,
            ):
                with self.assertNoLogs("odoo", level="ERROR"):
                    response = self.url_open(f"{route}?{query}")
                self.assertEqual(response.status_code, 400, f"{route}?{query}")
            response = self.url_open(f"{route}?date_from=2026-01-01&date_to=2026-12-31")
            self.assertEqual(response.status_code, 200, route)
