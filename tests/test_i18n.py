# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Every addon ships a current .pot and complete zh_CN / zh_TW translations."""

import io

import polib

from odoo.tools.translate import trans_export

from .common import ADDONS, ROOT, ArtCrossModuleCase

LANGS = ("zh_CN", "zh_TW")


def _demo_only(entry):
    """The term is used by demo records only: their xml ids hold "_demo"
    (those Odoo derives, like <id>_demo_product_template, included)."""
    places = [where for where, _line in entry.occurrences]
    return bool(places) and all(
        where.startswith("model") and "_demo" in where.rsplit(":", 1)[-1]
        for where in places
    )


class TestTranslations(ArtCrossModuleCase):
    def _exported(self, addon):
        """The addon's terms, as Odoo exports them from this database; terms
        used by demo records only (xml ids ending in _demo) are not shipped."""
        buffer = io.BytesIO()
        trans_export(None, [addon], buffer, "po", self.env.cr)
        return {
            entry.msgid
            for entry in polib.pofile(buffer.getvalue().decode())
            if not _demo_only(entry)
        }

    def test_pot_is_current(self):
        for addon in ADDONS:
            pot = ROOT / addon / "i18n" / f"{addon}.pot"
            self.assertTrue(pot.exists(), f"{pot.relative_to(ROOT)} is missing")
            shipped = {entry.msgid for entry in polib.pofile(str(pot))}
            missing = self._exported(addon) - shipped
            self.assertFalse(
                missing,
                f"{addon}.pot lacks {len(missing)} source strings "
                f"(regenerate it with scripts/i18n.sh), e.g. {sorted(missing)[:5]}",
            )

    def test_translations_complete(self):
        for addon in ADDONS:
            pot = polib.pofile(str(ROOT / addon / "i18n" / f"{addon}.pot"))
            sources = {entry.msgid for entry in pot}
            for lang in LANGS:
                path = ROOT / addon / "i18n" / f"{lang}.po"
                self.assertTrue(path.exists(), f"{path.relative_to(ROOT)} is missing")
                po = polib.pofile(str(path))
                translated = {
                    entry.msgid
                    for entry in po
                    if entry.msgstr.strip() and "fuzzy" not in entry.flags
                }
                untranslated = sources - translated
                self.assertFalse(
                    untranslated,
                    f"{addon} {lang}: {len(untranslated)} untranslated, "
                    f"e.g. {sorted(untranslated)[:5]}",
                )

    def test_translations_load(self):
        """The Chinese translations reach the user interface."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.env["res.lang"]._activate_lang("zh_TW")
        self.env["ir.module.module"].search(
            [("name", "in", ADDONS)]
        )._update_translations(["zh_CN", "zh_TW"])
        category = self.env.ref("art_order_tracking.module_category_art_trade")
        self.assertEqual(category.with_context(lang="zh_CN").name, "艺术品交易")
        self.assertEqual(category.with_context(lang="zh_TW").name, "藝術品交易")
