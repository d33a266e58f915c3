# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The certificate, condition report and delivery evidence PDFs, printed by
wkhtmltopdf in the customer's Chinese, with the gallery's identity."""

from odoo.tests import HttpCase, tagged

from .test_delivery_common import LOT_NUMBERS, DeliveryCase
from .test_report_common import CHINESE, ArtReportPdfMixin

# (zh_CN, zh_TW) translations of labels of each report.
CERTIFICATE_LABELS = (
    ("真品证书", "真品證書"),  # Certificate of Authenticity
    ("签发日期", "核發日期"),  # Issue date
    ("序列号", "序號"),  # Serial number
)
CONDITION_LABELS = (
    ("品相报告", "品相報告"),  # Condition Report
    ("状态", "狀態"),  # Status
    ("备注", "備註"),  # Note
)
EVIDENCE_LABELS = (
    ("交付证明", "交付證明"),  # Delivery Evidence
    ("到货品相", "到貨品相"),  # Arrival condition
    ("签收人", "簽收人"),  # Signed by:
)


@tagged("post_install", "-at_install")
class TestArtReportPdf(ArtReportPdfMixin, HttpCase, DeliveryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._art_load_chinese()
        cls._art_gallery_identity()
        names = {"zh_CN": "李华", "zh_TW": "林梅"}
        cls.customers = {
            lang: cls.env["res.partner"].create(
                {"name": names[lang], "lang": lang, "email": f"{lang}@example.com"}
            )
            for lang in CHINESE
        }
        cls.signers = {"zh_CN": "王芳", "zh_TW": "陳志明"}
        cls.warehouse_user.name = "周杰"
        cls.artist.name = "吳冠中"

    def _delivered_to(self, customer):
        """An art order of ``customer``, shipped, signed for by the customer
        and with an arrival report: the work is now the customer's."""
        number = next(LOT_NUMBERS)
        work = self._create_artwork(
            f"Report Study {number}", "painting", invoice_policy="order"
        )
        lot = self._create_lot(work, f"RP-{number}")
        self._put_in_stock(lot)
        order = self._order(lot=lot, partner_id=customer.id)
        self._submit_and_approve(order)
        self._pay(order)
        self._packing_report(order, lot=lot)
        picking = order._art_customer_pickings()
        picking.write(
            {"carrier_id": self.carrier.id, "carrier_tracking_ref": f"RP{number}"}
        )
        picking.move_ids.picked = True
        picking.with_user(self.warehouse_user).button_validate()
        self._flush()
        arrival = self._arrival_report(picking, lot=lot)
        self._deliver(picking, signed_by=self.signers[customer.lang])
        self.assertEqual(order.art_stage, "delivered")
        return order, lot, arrival

    def test_certificate_pdf_in_the_owners_chinese(self):
        for lang, customer in self.customers.items():
            with self.subTest(lang=lang):
                _order, lot, _arrival = self._delivered_to(customer)
                certificate = self.env["art.certificate"].create({"lot_id": lot.id})
                qr_src = certificate._art_qr_code_src()
                self.assertTrue(
                    qr_src.startswith("data:image/png;base64,"),
                    "the QR code is drawn as SVG, not as an image: reportlab "
                    "has no bitmap renderer (install rl-renderPM)",
                )
                pdf = self._art_render_pdf(
                    "art_order_tracking.art_certificate_report",
                    certificate,
                    user=self.seller,
                )
                self.assertChinese(pdf, lang, CERTIFICATE_LABELS)
                self.assertGalleryIdentity(pdf, certificate.name)
                self.assertIn(lot.name, pdf.text)
                self.assertIn(self.artist.name, pdf.text)
                self.assertIn(certificate.verification_url, pdf.text)
                # The QR code, as the 150 px image _art_qr_code_src draws.
                self.assertIn((150, 150), pdf.images, "no QR code image")

    def test_condition_report_pdf_in_the_customers_chinese(self):
        for lang, customer in self.customers.items():
            with self.subTest(lang=lang):
                _order, lot, _arrival = self._delivered_to(customer)
                # Back at the gallery for inspection, the work is still the
                # customer's: the report is printed in the owner's language,
                # even by the warehouse, which may not know who the owner is.
                report = (
                    self.env["art.condition.report"]
                    .with_user(self.warehouse_user)
                    .create({"lot_id": lot.id, "context": "return", "grade": "good"})
                )
                pdf = self._art_render_pdf(
                    "art_order_tracking.art_condition_report_report",
                    report,
                    user=self.warehouse_user,
                )
                self.assertChinese(pdf, lang, CONDITION_LABELS)
                self.assertGalleryIdentity(pdf, report.name)
                self.assertIn(self.warehouse_user.name, pdf.text, "the inspector")
                self.assertIn(lot.name, pdf.text)

    def test_delivery_evidence_pdf_in_the_customers_chinese(self):
        for lang, customer in self.customers.items():
            with self.subTest(lang=lang):
                order, lot, _arrival = self._delivered_to(customer)
                pdf = self._art_render_pdf(
                    "art_order_tracking.action_report_art_delivery_evidence",
                    order,
                    user=self.logistics,
                )
                self.assertChinese(pdf, lang, EVIDENCE_LABELS)
                self.assertGalleryIdentity(pdf, order.name)
                self.assertIn(customer.name, pdf.text, "the customer's address")
                self.assertIn(self.signers[lang], pdf.text, "the signer")
                self.assertIn(lot.name, pdf.text)
