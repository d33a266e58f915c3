# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Operations dashboard: KPI figures against hand-computed ones, access,
and a query budget that does not grow with the number of orders."""

from datetime import datetime

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged
from odoo.tools import SQL

from .common import ArtAftersalesCase

JAN = {"date_from": "2025-01-01", "date_to": "2025-01-31"}


def dt(day, hour=0, month=1):
    return datetime(2025, month, day, hour)


@tagged("post_install", "-at_install")
class TestOperationsDashboard(ArtAftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Dashboard = cls.env["art.operations.dashboard"]
        cls.manager = cls.users["manager"]
        # Orders of artworks are art orders: the error rate counts those.
        artist = cls.env["res.partner"].create(
            {"name": "Mira Okafor", "is_company": False}
        )
        cls.painting = cls.env["product.product"].create(
            {
                "name": "Harbour at Dusk",
                "is_artwork": True,
                "art_artist_id": artist.id,
                "art_category": "painting",
                "art_height": 60,
                "art_width": 80,
            }
        )
        line = {"product_id": cls.painting.id, "product_uom_qty": 1.0}
        cls.order_a, cls.order_b, cls.order_c = cls.env["sale.order"].create(
            [
                {
                    "partner_id": cls.customer.id,
                    "date_order": date,
                    "order_line": [(0, 0, dict(line))],
                }
                for date in (dt(1), dt(10), datetime(2024, 12, 31))
            ]
        )
        orders = cls.order_a | cls.order_b | cls.order_c
        # Only the hand-made periods below count.
        orders.art_stage_period_ids.unlink()
        Period = cls.env["art.order.stage.period"]
        Period.create(
            [
                # A: draft 10 h on time, review 24 h late, delivered 01-05.
                cls._period(cls.order_a, "draft", dt(1), dt(1, 10), dt(1, 12)),
                cls._period(cls.order_a, "review", dt(1, 10), dt(2, 10), dt(1, 22)),
                cls._period(cls.order_a, "delivered", dt(5, 10), None, None),
                # B: draft 20 h without commitment, delivered 24 h on time.
                cls._period(cls.order_b, "draft", dt(10), dt(10, 20), None),
                cls._period(cls.order_b, "delivered", dt(12), dt(13), dt(14)),
                # C: a draft ending in February: outside the period.
                cls._period(
                    cls.order_c,
                    "draft",
                    datetime(2024, 12, 31),
                    dt(2, month=2),
                    dt(1),
                ),
            ]
        )
        # Order ratings: 5 and 2 in January, 1 in February, one unanswered.
        cls._rating(cls.order_a, 5, dt(20))
        cls._rating(cls.order_b, 2, dt(21))
        cls._rating(cls.order_c, 1, dt(1, month=2))
        cls._rating(cls.order_c, 0, dt(22), consumed=False)
        # Tickets: responded in 6 h and closed in 24 h; responded in 2 h;
        # one opened in February.
        cls.ticket1 = cls._kpi_ticket(dt(3), dt(3, 6), dt(4))
        cls.ticket2 = cls._kpi_ticket(dt(20), dt(20, 2), None)
        cls.ticket3 = cls._kpi_ticket(dt(2, month=2), dt(2, 1, month=2), None)
        cls._rating(cls.ticket1, 4, dt(5))
        # Deliveries in January: order1 by carrier X (damaged), order2 by
        # carrier Y. Error rate scope: A, B, order1, order2 (C is December).
        product = cls.env["product.product"].create(
            {"name": "Art Shipping", "type": "service"}
        )
        cls.carrier_x, cls.carrier_y = cls.env["delivery.carrier"].create(
            [
                {"name": "Carrier X", "product_id": product.id},
                {"name": "Carrier Y", "product_id": product.id},
            ]
        )
        cls.order1.picking_ids.carrier_id = cls.carrier_x
        cls.order2.picking_ids.carrier_id = cls.carrier_y
        (cls.order1 | cls.order2).date_order = dt(14)
        cls.order1.art_damage_reported = True
        cls.order_a.art_overdue = True
        cls.env.flush_all()
        # The shared fixture sells a plain product, signed for today: make
        # its two orders art orders delivered on 15 January.
        cls.env.cr.execute(
            SQL(
                "UPDATE sale_order SET art_delivered_date = %s, "
                "art_is_art_order = TRUE WHERE id IN %s",
                dt(15),
                (cls.order1.id, cls.order2.id),
            )
        )
        cls.env.invalidate_all()

    @classmethod
    def _period(cls, order, stage, start, end, deadline):
        return {
            "order_id": order.id,
            "stage": stage,
            "date_start": start,
            "date_end": end,
            "deadline": deadline,
        }

    @classmethod
    def _rating(cls, record, value, date, consumed=True):
        rating = cls.env["rating.rating"].create(
            {
                "res_model_id": cls.env["ir.model"]._get_id(record._name),
                "res_id": record.id,
                "partner_id": cls.customer.id,
                "rating": value,
                "consumed": consumed,
            }
        )
        cls.env.flush_all()
        cls.env.cr.execute(
            SQL(
                "UPDATE rating_rating SET write_date = %s WHERE id = %s",
                date,
                rating.id,
            )
        )
        return rating

    @classmethod
    def _kpi_ticket(cls, start, responded, closed):
        ticket = cls._ticket(art_sla_start_date=start)
        ticket.write({"art_responded_date": responded, "closed_date": closed})
        cls.env.flush_all()
        cls.env.cr.execute(
            SQL(
                "UPDATE helpdesk_ticket SET create_date = %s WHERE id = %s",
                start,
                ticket.id,
            )
        )
        return ticket

    def _kpis(self, **period):
        return self.Dashboard.with_user(self.manager).get_kpis(**(period or JAN))

    def test_stage_times_and_on_time_rate(self):
        kpis = self._kpis()
        stages = {row["stage"]: row for row in kpis["stages"]}
        self.assertEqual(set(stages), {"draft", "review", "delivered"})
        self.assertEqual(stages["draft"]["count"], 2)
        self.assertAlmostEqual(stages["draft"]["avg_hours"], 15.0)
        self.assertEqual(stages["draft"]["committed"], 1)
        self.assertEqual(stages["draft"]["on_time_rate"], 100.0)
        self.assertAlmostEqual(stages["review"]["avg_hours"], 24.0)
        self.assertEqual(stages["review"]["on_time_rate"], 0.0)
        self.assertEqual(stages["delivered"]["on_time_rate"], 100.0)
        self.assertEqual(kpis["on_time"], {"committed": 3, "met": 2, "rate": 66.67})

    def test_end_to_end(self):
        # A: 01-01 00:00 -> 01-05 10:00 = 106 h; B: 01-10 -> 01-12 = 48 h.
        self.assertEqual(self._kpis()["end_to_end"], {"orders": 2, "avg_hours": 77.0})
        # Only B was delivered from the 10th on.
        self.assertEqual(
            self._kpis(date_from="2025-01-10", date_to="2025-01-31")["end_to_end"],
            {"orders": 1, "avg_hours": 48.0},
        )

    def test_satisfaction(self):
        kpis = self._kpis()
        self.assertEqual(kpis["order_rating"], {"count": 2, "avg": 3.5})
        self.assertEqual(kpis["ticket_rating"], {"count": 1, "avg": 4.0})
        february = self._kpis(date_from="2025-02-01", date_to="2025-02-28")
        self.assertEqual(february["order_rating"], {"count": 1, "avg": 1.0})

    def test_ticket_times(self):
        self.assertEqual(self.ticket1.art_response_hours, 6.0)
        self.assertEqual(self.ticket1.art_resolution_hours, 24.0)
        tickets = self._kpis()["tickets"]
        self.assertEqual(tickets["count"], 2)
        self.assertEqual(tickets["avg_response_hours"], 4.0)
        self.assertEqual(tickets["avg_resolution_hours"], 24.0)

    def test_damage_by_carrier(self):
        damage = self._kpis()["damage"]
        self.assertEqual((damage["orders"], damage["damaged"]), (2, 1))
        self.assertEqual(damage["rate"], 50.0)
        by_carrier = {row["carrier"]: row for row in damage["by_carrier"]}
        self.assertEqual(by_carrier["Carrier X"]["rate"], 100.0)
        self.assertEqual(by_carrier["Carrier Y"]["rate"], 0.0)
        self.assertEqual(by_carrier["Carrier Y"]["orders"], 1)

    def test_error_rate(self):
        errors = self._kpis()["errors"]
        self.assertEqual(errors, {"orders": 4, "with_exception": 2, "rate": 50.0})
        # A cancelled order leaves the scope, flagged or not.
        self.order_a._action_cancel()
        errors = self._kpis()["errors"]
        self.assertEqual(errors, {"orders": 3, "with_exception": 1, "rate": 33.33})

    def test_returns_only_with_rma(self):
        returns = self._kpis()["returns"]
        self.assertEqual(returns["available"], "rma" in self.env)
        if returns["available"]:
            # No return in this data set: 0 of the 2 deliveries.
            self.assertEqual((returns["orders"], returns["returned"]), (2, 0))

    def test_return_rate_by_carrier_artist_category(self):
        if "rma" not in self.env or "order_id" not in self.env["rma"]._fields:
            self.skipTest("returns (rma_sale) not installed")
        warehouse = self.env.ref("stock.warehouse0")
        self.env["rma"].create(
            {
                "partner_id": self.customer.id,
                "order_id": self.order1.id,
                "product_id": self.painting.id,
                "product_uom_qty": 1.0,
                "location_id": warehouse.rma_loc_id.id,
            }
        )
        returns = self._kpis()["returns"]
        self.assertEqual((returns["orders"], returns["returned"]), (2, 1))
        self.assertEqual(returns["rate"], 50.0)
        by_carrier = {row["carrier"]: row for row in returns["by_carrier"]}
        self.assertEqual(by_carrier["Carrier X"]["rate"], 100.0)
        self.assertEqual(by_carrier["Carrier Y"]["rate"], 0.0)
        self.assertEqual(
            returns["by_artist"], [{"artist": "Mira Okafor", "returned": 1}]
        )
        self.assertEqual(
            returns["by_category"], [{"category": "Painting", "returned": 1}]
        )

    def test_bad_period_refused(self):
        with self.assertRaisesRegex(UserError, "start before it ends"):
            self._kpis(date_from="2025-02-01", date_to="2025-01-01")

    def test_access(self):
        # The Manager reads the dashboard and its figures.
        self.assertTrue(self._kpis()["stages"])
        # Sales, Warehouse and After-sales do not: company-wide figures.
        for role in ("sales", "warehouse", "aftersales"):
            with self.assertRaises(AccessError):
                self.Dashboard.with_user(self.users[role]).get_kpis(**JAN)
            with self.assertRaises(AccessError):
                self.Dashboard.with_user(self.users[role]).create({})

    def test_dashboard_form(self):
        """The manager opens the dashboard as the web client does, picks a
        period and follows a figure to its records."""
        form = Form(self.Dashboard.with_user(self.manager))
        form.date_from = "2025-01-01"
        form.date_to = "2025-01-31"
        self.assertEqual(form.delivered_order_count, 2)
        self.assertAlmostEqual(form.end_to_end_hours, 77.0)
        self.assertAlmostEqual(form.on_time_rate, 66.67, places=1)
        self.assertEqual(form.order_rating_avg, 3.5)
        self.assertEqual(form.ticket_response_hours, 4.0)
        self.assertEqual(form.error_rate, 50.0)
        self.assertIn("Carrier X", str(form.kpi_details))
        dashboard = form.save()
        action = dashboard.action_open_stage_periods()
        periods = self.env[action["res_model"]].with_user(self.manager)
        self.assertEqual(periods.search_count(action["domain"]), 4)
        action = dashboard.action_open_tickets()
        self.assertEqual(
            self.env["helpdesk.ticket"].search(action["domain"]),
            self.ticket1 | self.ticket2,
        )
        action = dashboard.action_open_error_orders()
        self.assertEqual(
            self.env["sale.order"].search(action["domain"]),
            self.order_a | self.order1,
        )
        action = dashboard.action_open_order_ratings()
        self.assertEqual(self.env["rating.rating"].search_count(action["domain"]), 2)

    def test_reporting_views_open_for_manager(self):
        """Every reporting action of the dashboard loads its views for the
        Manager; the dashboard menu is hidden from the other roles."""
        for xmlid in (
            "art_aftersales.art_operations_dashboard_action",
            "art_aftersales.art_order_rating_action",
            "art_aftersales.helpdesk_ticket_kpi_action",
            "art_aftersales.art_operations_error_order_action",
        ):
            action = self.env.ref(xmlid)
            model = self.env[action.res_model].with_user(self.manager)
            modes = action.view_mode.split(",")
            views = model.get_views([(False, mode) for mode in modes])
            self.assertEqual(set(views["views"]), set(modes), xmlid)
        menu = self.env.ref("art_aftersales.art_operations_dashboard_menu")
        visible = self.env["ir.ui.menu"].with_user(self.manager)._visible_menu_ids()
        self.assertIn(menu.id, visible)
        for role in ("sales", "warehouse", "aftersales"):
            visible = (
                self.env["ir.ui.menu"].with_user(self.users[role])._visible_menu_ids()
            )
            self.assertNotIn(menu.id, visible, role)


@tagged("post_install", "-at_install")
class TestOperationsDashboardBudget(ArtAftersalesCase):
    def _data_set(self, count):
        orders = self.env["sale.order"].create(
            [{"partner_id": self.customer.id} for __ in range(count)]
        )
        self.env["art.order.stage.period"].create(
            [
                {
                    "order_id": order.id,
                    "stage": stage,
                    "date_start": dt(1 + i),
                    "date_end": dt(2 + i),
                    "deadline": dt(2 + i, 12),
                }
                for order in orders
                for i, stage in enumerate(("draft", "paid", "delivered"))
            ]
        )
        model_id = self.env["ir.model"]._get_id("sale.order")
        self.env["rating.rating"].create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": order.id,
                    "rating": 4,
                    "consumed": True,
                }
                for order in orders
            ]
        )
        return orders

    def test_query_budget(self):
        """get_kpis runs the same number of queries for 5 and 50 orders."""
        Dashboard = self.env["art.operations.dashboard"].with_user(
            self.users["manager"]
        )
        Dashboard.get_kpis()  # warm the access and view caches
        # One aggregate query per block, plus the returns one with rma, plus
        # the return reasons one with the returns bridge.
        bridge = self.env["ir.module.module"]._get("art_aftersales_returns")
        budget = 11 + ("rma" in self.env) + (bridge.state == "installed")
        total = 0
        for count in (5, 45):
            total += count
            self._data_set(count)
            self.env.flush_all()
            self.env.invalidate_all()
            with self.assertQueryCount(budget):
                kpis = Dashboard.get_kpis()
            delivered = {row["stage"]: row for row in kpis["stages"]}["delivered"]
            self.assertGreaterEqual(delivered["count"], total)
