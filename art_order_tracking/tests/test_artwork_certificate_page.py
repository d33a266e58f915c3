# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The public certificate verification page and the certificate PDF."""

import base64
import io
import re
import uuid

from PIL import Image

from odoo.tests import HttpCase, tagged

from .test_artwork_common import ArtworkCase


def _qr_difference(src, other_src):
    """Share of the pixels that differ between two QR code data URIs.

    reportlab's bitmap renderer antialiases the modules' edges with grey
    levels that vary between two drawings of the same code, so PNGs are
    compared pixel by pixel, black or white, up to a few edge pixels; SVGs
    are the same text or not."""
    images = []
    for uri in (src, other_src):
        header, data = uri.split(",", 1)
        if not header.startswith("data:image/png"):
            return 0.0 if src == other_src else 1.0
        image = Image.open(io.BytesIO(base64.b64decode(data))).convert("L")
        images.append(image.point(lambda level: 255 if level > 127 else 0))
    if images[0].size != images[1].size:
        return 1.0
    pixels = list(zip(images[0].tobytes(), images[1].tobytes(), strict=True))
    return sum(a != b for a, b in pixels) / len(pixels)


@tagged("post_install", "-at_install")
class TestArtworkCertificatePage(HttpCase, ArtworkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lot = cls._create_lot(cls.painting, "WEB-1")
        cls.painting.standard_price = 777.0
        cls.env["art.appraisal"].create(
            {"lot_id": cls.lot.id, "value": 98765.0}
        ).action_done()
        cls.certificate = cls.env["art.certificate"].create({"lot_id": cls.lot.id})

    def _get(self, token):
        return self.url_open(f"/art/certificate/{token}", allow_redirects=False)

    def test_valid_token_shows_only_public_facts(self):
        response = self._get(self.certificate.access_token)
        self.assertEqual(response.status_code, 200)
        page = response.text
        for fact in (
            self.certificate.name,
            "Test Mountain Study",
            "Test Artist",
            "2001",
            'data-state="valid"',
        ):
            self.assertIn(fact, page)
        # Nothing confidential: no value, no price, no owner, no serial.
        for secret in ("98765", "98,765", "777", "WEB-1", "Test Collector"):
            self.assertNotIn(secret, page)

    def test_wrong_token_is_a_plain_404(self):
        for token in (
            str(uuid.uuid4()),
            self.certificate.access_token[:-1] + "0"
            if not self.certificate.access_token.endswith("0")
            else self.certificate.access_token[:-1] + "1",
            "not-a-token",
            str(self.certificate.id),
        ):
            with self.subTest(token=token):
                response = self._get(token)
                self.assertEqual(response.status_code, 404)
                self.assertNotIn(self.certificate.name, response.text)

    def test_void_certificate_says_void(self):
        self.certificate.action_void()
        response = self._get(self.certificate.access_token)
        self.assertEqual(response.status_code, 200)
        self.assertIn('data-state="void"', response.text)
        self.assertIn("Void", response.text)

    def test_reissued_certificate_names_its_replacement(self):
        self.certificate.action_reissue()
        replacement = self.certificate.replacement_id
        response = self._get(self.certificate.access_token)
        self.assertIn('data-state="reissued"', response.text)
        self.assertIn(replacement.name, response.text)

    def test_pdf_prints_the_qr_code_of_the_verification_url(self):
        report = self.env.ref("art_order_tracking.art_certificate_report")
        html = report._render_qweb_html(report.report_name, self.certificate.ids)[
            0
        ].decode()
        self.assertIn(self.certificate.verification_url, html)
        qr_src = self.certificate._art_qr_code_src()
        self.assertRegex(qr_src, r"^data:image/(png|svg\+xml);base64,")
        printed = re.search(r'<img alt="QR code"[^>]* src="([^"]+)"', html)
        self.assertTrue(printed, "no QR code in the certificate")
        self.assertLess(_qr_difference(printed[1], qr_src), 0.001)
        # Another URL gives another code: the image encodes the URL.
        other = self.env["art.certificate"].create(
            {
                "lot_id": self._create_lot(
                    self.edition, "WEB-E1", art_edition_number=1
                ).id
            }
        )
        self.assertGreater(_qr_difference(other._art_qr_code_src(), qr_src), 0.01)
        pdf, report_type = report.with_context(
            force_report_rendering=True
        )._render_qweb_pdf(report.report_name, self.certificate.ids)
        self.assertEqual(report_type, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))

    def test_condition_report_pdf(self):
        condition = self.env["art.condition.report"].create(
            {"lot_id": self.lot.id, "grade": "good", "notes": "Light craquelure"}
        )
        report = self.env.ref("art_order_tracking.art_condition_report_report")
        html = report._render_qweb_html(report.report_name, condition.ids)[0].decode()
        self.assertIn("Light craquelure", html)
        self.assertIn(condition.name, html)
