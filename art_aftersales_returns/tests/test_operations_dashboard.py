# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Return reasons on the operations dashboard, against hand-computed ones."""

from datetime import datetime

from odoo.tests import tagged
from odoo.tools import SQL

from .common import ArtBridgeCase

JAN = {"date_from": "2025-01-01", "date_to": "2025-01-31"}


@tagged("post_install", "-at_install")
class TestDashboardReturnReasons(ArtBridgeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        order3, __ = cls._sell_and_deliver(cls.customer, "BR-SN-013")
        order4, __ = cls._sell_and_deliver(cls.customer, "BR-SN-014")
        order5, __ = cls._sell_and_deliver(cls.customer2, "BR-SN-015")
        order6, __ = cls._sell_and_deliver(cls.customer2, "BR-SN-016")
        january = cls.order1 | cls.order2 | order3 | order4 | order6
        # January deliveries: 2 transit damage (one refunded), 1 change of
        # mind, 1 without reason, 1 cancelled (left out); order5 is a
        # February delivery (left out).
        cls._rma(cls.order1, "transit_damage")
        cls._rma(cls.order2, "transit_damage", state="refunded")
        cls._rma(order3, "change_of_mind")
        cls._rma(order4)
        cls._rma(order5, "transit_damage")
        cls._rma(order6, "defect", state="cancelled")
        cls.env.flush_all()
        for orders, day in (
            (january, datetime(2025, 1, 15)),
            (order5, datetime(2025, 2, 3)),
        ):
            cls.env.cr.execute(
                SQL(
                    "UPDATE sale_order SET art_delivered_date = %s, "
                    "art_is_art_order = TRUE WHERE id IN %s",
                    day,
                    tuple(orders.ids),
                )
            )
        cls.env.invalidate_all()

    def _returns(self, **period):
        return (
            self.env["art.operations.dashboard"]
            .with_user(self.users["manager"])
            .get_kpis(**(period or JAN))["returns"]
        )

    def test_reasons(self):
        returns = self._returns()
        self.assertEqual((returns["orders"], returns["returned"]), (5, 4))
        transit = self.reasons["transit_damage"]
        change = self.reasons["change_of_mind"]
        self.assertEqual(
            returns["by_reason"],
            [
                {
                    "code": transit.code,
                    "reason": transit.name,
                    "returns": 2,
                    "share": 50.0,
                },
                {
                    "code": change.code,
                    "reason": change.name,
                    "returns": 1,
                    "share": 25.0,
                },
                {"code": False, "reason": "Undefined", "returns": 1, "share": 25.0},
            ],
        )

    def test_reasons_of_another_period(self):
        returns = self._returns(date_from="2025-02-01", date_to="2025-02-28")
        transit = self.reasons["transit_damage"]
        self.assertEqual(
            returns["by_reason"],
            [
                {
                    "code": transit.code,
                    "reason": transit.name,
                    "returns": 1,
                    "share": 100.0,
                }
            ],
        )
        empty = self._returns(date_from="2024-01-01", date_to="2024-01-31")
        self.assertEqual(empty["by_reason"], [])
