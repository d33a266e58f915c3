# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The settlement statement PDF, printed by wkhtmltopdf in the consignor's
Chinese, with the gallery's identity."""

from datetime import date

from odoo.tests import HttpCase, tagged
from odoo.tools import format_date

from odoo.addons.art_order_tracking.tests.test_report_common import (
    CHINESE,
    ArtReportPdfMixin,
)

from .common import ConsignmentCase

# (zh_CN, zh_TW) translations of labels of the statement.
STATEMENT_LABELS = (
    ("售价", "售價"),  # Sale Price
    ("应付净额", "應付淨額"),  # Net Due
    ("订单", "訂單"),  # Order
)


@tagged("post_install", "-at_install")
class TestConsignmentStatementPdf(ArtReportPdfMixin, HttpCase, ConsignmentCase):
    art_report_modules = ("art_order_tracking", "art_consignment")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._art_load_chinese()
        cls._art_gallery_identity()
        names = {"zh_CN": "李华", "zh_TW": "林梅"}
        cls.consignors = {
            lang: cls.env["res.partner"].create({"name": names[lang], "lang": lang})
            for lang in CHINESE
        }

    def test_statement_pdf_in_the_consignors_chinese(self):
        period = {"date_from": "2026-05-01", "date_to": "2026-05-31"}
        for lang, consignor in self.consignors.items():
            with self.subTest(lang=lang):
                lot = self._new_lot("PDF")
                self.env["art.consignment.settlement"].create(
                    {
                        "partner_id": consignor.id,
                        "kind": "consigned",
                        "date": date(2026, 5, 12),
                        "lot_id": lot.id,
                        "sale_price": 12000.0,
                        "commission_amount": 3600.0,
                        "net_due": 8400.0,
                    }
                )
                pdf = self._art_render_pdf(
                    "art_consignment.action_report_art_consignment_statement",
                    consignor,
                    data=period,
                    user=self.finance,
                )
                self.assertChinese(pdf, lang, STATEMENT_LABELS)
                # The statement's reference is its period, in the
                # consignor's date format.
                start, end = (
                    format_date(self.env, day, lang_code=lang)
                    for day in (date(2026, 5, 1), date(2026, 5, 31))
                )
                reference = f"{start} - {end}"
                self.assertGalleryIdentity(pdf, reference)
                self.assertIn(consignor.name, pdf.text)
                self.assertIn(lot.name, pdf.text)
                self.assertIn("8,400.00", pdf.text)
