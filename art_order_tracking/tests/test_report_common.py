# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Shared set-up of the PDF report tests (no tests of its own).

The reports are rendered for real, by wkhtmltopdf, and read back from the
PDF's text layer and images.
"""

import base64
import io
import logging
import re
import time
import unicodedata
from types import SimpleNamespace

from PIL import Image

from odoo.tools.pdf import PdfFileReader

_logger = logging.getLogger(__name__)

CHINESE = ("zh_CN", "zh_TW")


def art_logo_png(size=(64, 32)):
    """A plain PNG of ``size`` pixels, recognisable among the PDF's images."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 30, 40)).save(buffer, format="PNG")
    return buffer.getvalue()


class ArtReportPdfMixin:
    """Loads the Chinese translations of ``art_report_modules`` and renders
    reports to PDF, returning their text and image sizes."""

    art_report_modules = ("art_order_tracking",)

    @classmethod
    def _art_load_chinese(cls):
        for code in CHINESE:
            cls.env["res.lang"]._activate_lang(code)
        cls.env["ir.module.module"]._load_module_terms(
            list(cls.art_report_modules), list(CHINESE)
        )

    @classmethod
    def _art_gallery_identity(cls):
        """A gallery whose name, address and logo only our page block
        prints: the report's own body does not name the company."""
        cls.company.write(
            {
                "name": "Galerie Lumière Test",
                "street": "18 Rue des Peintres",
                "city": "Lyon",
                "zip": "69002",
                "logo": base64.b64encode(art_logo_png()),
            }
        )

    def _art_render_pdf(self, report_xmlid, records, data=None, user=None):
        """Render ``records`` with the report ``report_xmlid``, as ``user``.

        Returns the PDF's ``text`` (all pages, NFKC-normalised, blanks made
        one space: wkhtmltopdf's ToUnicode maps some ideographs, such as 日 or
        方, to their Kangxi radical twins, which NFKC folds back), the set of
        (width, height) of its ``images`` and the names of its ``fonts``.
        """
        report = self.env.ref(report_xmlid).with_user(user or self.env.user)
        start = time.perf_counter()
        content, kind = report.with_context(
            force_report_rendering=True
        )._render_qweb_pdf(report.report_name, records.ids, data=data)
        _logger.info(
            "%s rendered to PDF in %.2f s",
            report.report_name,
            time.perf_counter() - start,
        )
        self.assertEqual(kind, "pdf")

        reader = PdfFileReader(io.BytesIO(content))
        text = " ".join(page.extract_text() for page in reader.pages)
        pdf = SimpleNamespace(
            text=re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)),
            images=set(),
            fonts=set(),
        )
        for page in reader.pages:
            resources = page["/Resources"]
            for xobject in (resources.get("/XObject") or {}).values():
                xobject = xobject.get_object()
                if xobject.get("/Subtype") == "/Image":
                    pdf.images.add((int(xobject["/Width"]), int(xobject["/Height"])))
            for font in (resources.get("/Font") or {}).values():
                name = str(font.get_object()["/BaseFont"]).lstrip("/")
                pdf.fonts.add(name.split("+")[-1])
        return pdf

    def assertChinese(self, pdf, lang, labels):
        """The document is printed in ``lang``: for each (zh_CN, zh_TW) pair
        of a label's translations, the form of ``lang`` is printed and the
        other is not; all text is drawn with the CJK font of its script."""
        for simplified, traditional in labels:
            wanted, other = (
                (traditional, simplified)
                if lang == "zh_TW"
                else (simplified, traditional)
            )
            self.assertIn(wanted, pdf.text, f"{lang}: label {wanted!r} not printed")
            self.assertNotIn(
                other, pdf.text, f"{lang}: label {other!r} in the wrong script"
            )
        family = "NotoSansCJKtc-" if lang == "zh_TW" else "NotoSansCJKsc-"
        self.assertTrue(pdf.fonts)
        for font in pdf.fonts:
            self.assertTrue(font.startswith(family), f"{lang}: text in {font}")

    def assertGalleryIdentity(self, pdf, reference):
        """The gallery's name, address and logo, the document's reference."""
        company = self.company
        for fact in (company.name, company.street, company.city, reference):
            self.assertIn(fact, pdf.text)
        logo = Image.open(io.BytesIO(art_logo_png())).size
        self.assertIn(logo, pdf.images, "no logo")
