# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A salesperson catalogues a work end to end in the web client."""

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestArtworkTour(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesperson = new_test_user(
            cls.env,
            login="art_h3_tour_sales",
            password="art_h3_tour_sales",
            groups="art_order_tracking.group_art_sales",
        )
        cls.artist = cls.env["res.partner"].create(
            {"name": "Tour Painter", "is_artist": True}
        )

    def test_salesperson_catalogues_a_work(self):
        self.start_tour("/odoo/artworks", "art_artwork_tour", login="art_h3_tour_sales")
        work = self.env["product.template"].search(
            [("name", "=", "Tour Ink Landscape")]
        )
        self.assertTrue(work.is_artwork)
        self.assertEqual(work.tracking, "serial")
        self.assertEqual(work.art_artist_id, self.artist)
        self.assertEqual(work.art_category, "painting")
        self.assertEqual(work.create_uid, self.salesperson)
        lot = self.env["stock.lot"].search(
            [("product_id.product_tmpl_id", "=", work.id)]
        )
        self.assertEqual(lot.name, "TOUR-0001")
        report = self.env["art.condition.report"].search([("lot_id", "=", lot.id)])
        self.assertEqual(report.grade, "excellent")
        self.assertEqual(report.inspector_id, self.salesperson)
