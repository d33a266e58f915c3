# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Query budgets of the catalogue: opening 80 works costs a fixed number
of queries, whatever their number.

Measured on Odoo 18.0 with the three art addons: kanban 18, list 16,
filtered list 20; the budgets leave two queries of margin for other modules.
"""

import base64

from odoo.tests import tagged

from .test_artwork_common import PNG_1PX, ArtworkCase

KANBAN_SPEC = {
    "currency_id": {"fields": {}},
    "image_128": {},
    "name": {},
    "art_artist_id": {"fields": {"display_name": {}}},
    "art_year_display": {},
    "art_dimensions": {},
    "list_price": {},
    "art_category": {},
    "art_availability": {},
}
LIST_SPEC = dict(
    KANBAN_SPEC,
    default_code={},
    art_medium={},
    art_edition_type={},
    art_value_band={},
    art_appraisal_required={},
)
LIST_SPEC.pop("image_128")


@tagged("post_install", "-at_install", "is_query_count")
class TestArtworkCatalogueQueries(ArtworkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._create_users()
        artists = cls.env["res.partner"].create(
            [{"name": f"Perf Artist {i}", "is_artist": True} for i in range(8)]
        )
        cls.works = cls.env["product.template"].create(
            [
                {
                    "name": f"Perf Work {i:03d}",
                    "is_artwork": True,
                    "art_artist_id": artists[i % 8].id,
                    "art_category": "painting",
                    "art_year": 1990 + i % 30,
                    "art_height": 30 + i,
                    "art_width": 40,
                    "list_price": 1000 * (i + 1),
                    "image_1920": base64.b64encode(PNG_1PX),
                }
                for i in range(80)
            ]
        )
        lots = cls.env["stock.lot"].create(
            [
                {
                    "name": f"PERF-{i:03d}",
                    "product_id": work.product_variant_id.id,
                    "company_id": cls.company.id,
                }
                for i, work in enumerate(cls.works[:40])
            ]
        )
        for lot in lots:
            cls._put_in_stock(lot)
        cls.domain = [("is_artwork", "=", True), ("name", "like", "Perf Work")]

    def _read(self, spec, expected_count=80):
        result = (
            self.env["product.template"]
            .with_user(self.users["sales"])
            .with_context(bin_size=True)
            .web_search_read(self.domain, spec, limit=80, order="name")
        )
        self.assertEqual(result["length"], expected_count)
        return result["records"]

    def test_kanban_read_budget(self):
        self._read(KANBAN_SPEC)  # warm the caches (registry, rules, views)
        self.env.invalidate_all()
        with self.assertQueryCount(20):
            records = self._read(KANBAN_SPEC)
        availability = {r["name"]: r["art_availability"] for r in records}
        self.assertEqual(availability["Perf Work 000"], "available")
        self.assertEqual(availability["Perf Work 079"], "unavailable")
        self.assertEqual(records[0]["art_artist_id"]["display_name"], "Perf Artist 0")

    def test_list_read_budget(self):
        self._read(LIST_SPEC)
        self.env.invalidate_all()
        with self.assertQueryCount(18):
            records = self._read(LIST_SPEC)
        self.assertEqual(records[1]["art_value_band"], "under_10k")

    def test_filtered_search_budget(self):
        """The availability filter of the search view stays cheap too."""
        self.domain = self.domain + [("art_availability", "=", "available")]
        self._read(LIST_SPEC, 40)
        self.env.invalidate_all()
        with self.assertQueryCount(22):
            self._read(LIST_SPEC, 40)
