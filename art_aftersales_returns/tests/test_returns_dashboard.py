# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The returns dashboard (return rate, reasons, refunded and recovered
amounts) against hand-computed figures, its data sources and access."""

from datetime import date, datetime

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged
from odoo.tools import SQL

from odoo.addons.art_aftersales.tests.dashboard_loader import (
    dashboard_data,
    data_sources,
    load_dashboard,
    pivot_value,
)

from .common import ArtBridgeCase

JAN = (date(2025, 1, 1), date(2025, 1, 31))
FEB = (date(2025, 2, 1), date(2025, 2, 28))


@tagged("post_install", "-at_install")
class TestReturnsDashboard(ArtBridgeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dashboard = cls.env.ref(
            "art_aftersales_returns.spreadsheet_dashboard_art_returns"
        )
        cls.data = dashboard_data(cls.dashboard)
        cls.manager = cls.users["manager"]
        order3, __ = cls._sell_and_deliver(cls.customer, "BR-SN-013")
        order4, __ = cls._sell_and_deliver(cls.customer, "BR-SN-014")
        order5, __ = cls._sell_and_deliver(cls.customer2, "BR-SN-015")
        order6, __ = cls._sell_and_deliver(cls.customer2, "BR-SN-016")
        january = cls.order1 | cls.order2 | order3 | order4 | order6
        product = cls.env["product.product"].create(
            {"name": "Art Shipping", "type": "service"}
        )
        cls.carrier_x = cls.env["delivery.carrier"].create(
            {"name": "Carrier X", "product_id": product.id}
        )
        (cls.order1 | cls.order2).picking_ids.carrier_id = cls.carrier_x
        cls.artist = cls.env["res.partner"].create({"name": "Mira Okafor"})
        # January orders: 2 transit damage (one refunded 1,000, one with
        # 300 recovered from the insurer), 1 change of mind, 1 without
        # reason, 1 cancelled (left out); order5 is a February order.
        cls.rma1 = cls._rma(cls.order1, "transit_damage")
        cls.rma2 = cls._rma(cls.order2, "transit_damage", state="refunded")
        rma3 = cls._rma(order3, "change_of_mind")
        rma4 = cls._rma(order4)
        rma5 = cls._rma(order5, "transit_damage")
        rma6 = cls._rma(order6, "defect", state="cancelled")
        cls.env.flush_all()
        cr = cls.env.cr
        for orders, rmas, when in (
            (january, cls.rma1 | cls.rma2 | rma3 | rma4 | rma6, datetime(2025, 1, 10)),
            (order5, rma5, datetime(2025, 2, 9)),
        ):
            cr.execute(
                SQL(
                    "UPDATE sale_order SET date_order = %s, art_delivered_date = %s, "
                    "art_is_art_order = TRUE WHERE id IN %s",
                    when,
                    when,
                    tuple(orders.ids),
                )
            )
            cr.execute(
                SQL("UPDATE rma SET date = %s WHERE id IN %s", when, tuple(rmas.ids))
            )
        cr.execute(
            SQL("UPDATE rma SET art_refunded_amount = 1000 WHERE id = %s", cls.rma2.id)
        )
        cr.execute(
            SQL("UPDATE rma SET art_recovered_amount = 300 WHERE id = %s", cls.rma1.id)
        )
        # The works are paintings by one artist (catalogue data only).
        cr.execute(
            SQL(
                "UPDATE product_template SET is_artwork = TRUE, art_artist_id = %s, "
                "art_category = 'painting' WHERE id = %s",
                cls.artist.id,
                cls.artwork.product_tmpl_id.id,
            )
        )
        cls.env.invalidate_all()

    def _load(self, period=JAN):
        return load_dashboard(self.env(user=self.manager), self.data, period)

    def test_sources_exist_and_are_readable_by_the_manager(self):
        self.assertEqual(self.data["version"], 21)
        sources = data_sources(self.data)
        self.assertEqual(
            {source["model"] for source in sources}, {"art.order.kpi.report", "rma"}
        )
        for source in sources:
            fields = self.env[source["model"]].with_user(self.manager).fields_get()
            for spec in source["measures"]:
                if spec != "__count":
                    self.assertIn(spec.split(":")[0], fields, source["id"])
            for groupby in source["groupbys"]:
                for name in groupby:
                    self.assertIn(name.split(":")[0], fields, source["id"])
        self.assertEqual(len(self._load(None)), len(sources))

    def test_return_rate(self):
        loaded = self._load()
        # 4 of the 5 January orders have a return that is not cancelled.
        self.assertEqual(pivot_value(loaded, 1, "order_count:sum"), 5)
        self.assertAlmostEqual(pivot_value(loaded, 1, "return_rate:avg"), 80.0)
        self.assertEqual(
            pivot_value(loaded, 4, "return_rate:avg", carrier_id=self.carrier_x.id),
            100.0,
        )
        self.assertAlmostEqual(
            pivot_value(loaded, 5, "return_rate:avg", artist_id=self.artist.id), 80.0
        )
        self.assertAlmostEqual(
            pivot_value(loaded, 6, "return_rate:avg", art_category="painting"), 80.0
        )
        february = self._load(FEB)
        self.assertEqual(pivot_value(february, 1, "order_count:sum"), 1)
        self.assertEqual(pivot_value(february, 1, "return_rate:avg"), 100.0)

    def test_reasons_and_amounts(self):
        loaded = self._load()
        self.assertEqual(pivot_value(loaded, 2, "__count"), 4)
        self.assertEqual(pivot_value(loaded, 2, "art_refunded_amount:sum"), 1000.0)
        self.assertEqual(pivot_value(loaded, 2, "art_recovered_amount:sum"), 300.0)
        reasons = {
            code: pivot_value(loaded, 3, "__count", art_reason_id=reason.id)
            for code, reason in self.reasons.items()
        }
        self.assertEqual(
            reasons, {"transit_damage": 2, "change_of_mind": 1, "defect": None}
        )
        self.assertEqual(pivot_value(loaded, 3, "__count", art_reason_id=False), 1)
        february = self._load(FEB)
        self.assertEqual(
            pivot_value(
                february,
                3,
                "__count",
                art_reason_id=self.reasons["transit_damage"].id,
            ),
            1,
        )

    def test_only_the_manager_opens_it(self):
        self.assertIn(
            self.dashboard,
            self.env["spreadsheet.dashboard"].with_user(self.manager).search([]),
        )
        for role in ("sales", "finance", "aftersales"):
            user = self.users[role]
            with self.assertRaises(AccessError, msg=role):
                self.dashboard.with_user(user).check_access("read")
            with self.assertRaises(AccessError, msg=role):
                load_dashboard(self.env(user=user), self.data)


@tagged("post_install", "-at_install")
class TestReturnsDashboardTour(ArtBridgeCase, HttpCase):
    def test_manager_sees_the_return_rate(self):
        """The Manager opens the returns dashboard next to the operations
        one and sees the return rate the server computes (one returned
        order among the delivered ones, so it is not zero)."""
        self._rma(self.order1, "transit_damage")
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "UPDATE sale_order SET art_delivered_date = %s, "
                "art_is_art_order = TRUE WHERE id IN %s",
                datetime(2025, 1, 10),
                (self.order1.id, self.order2.id),
            )
        )
        self.start_tour(
            "/odoo/action-art_aftersales.art_operations_spreadsheet_action",
            "art_aftersales_returns_dashboard_tour",
            login=self.users["manager"].login,
        )
