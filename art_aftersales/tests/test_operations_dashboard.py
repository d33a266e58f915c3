# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Operations dashboard (a spreadsheet dashboard): its JSON names existing,
readable data sources; the figures it loads match hand-computed ones; only
the Manager opens it; its query count does not grow with the data."""

from datetime import date, datetime

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged
from odoo.tools import SQL

from .common import ArtAftersalesCase
from .dashboard_loader import (
    dashboard_data,
    data_sources,
    load_dashboard,
    pivot_value,
)

JAN = (date(2025, 1, 1), date(2025, 1, 31))
FEB = (date(2025, 2, 1), date(2025, 2, 28))


def dt(day, hour=0, month=1):
    return datetime(2025, month, day, hour)


class DashboardCase(ArtAftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dashboard = cls.env.ref(
            "art_aftersales.spreadsheet_dashboard_art_operations"
        )
        cls.data = dashboard_data(cls.dashboard)
        cls.manager = cls.users["manager"]


@tagged("post_install", "-at_install")
class TestOperationsDashboardDefinition(DashboardCase):
    def test_json_is_an_odoo_18_spreadsheet(self):
        self.assertEqual(self.data["version"], 21)
        self.assertEqual(self.data["sheets"][0]["name"], "Dashboard")
        formulas = [
            cell.get("content", "")
            for sheet in self.data["sheets"]
            for cell in sheet["cells"].values()
        ]
        # Headline figures come from the pivots; every pivot is shown.
        self.assertIn('=PIVOT.VALUE(1,"on_time_rate:avg")', formulas)
        for pivot_id in self.data["pivots"]:
            self.assertTrue(
                any(
                    f"PIVOT({pivot_id}," in f or f"PIVOT.VALUE({pivot_id}," in f
                    for f in formulas
                ),
                pivot_id,
            )
        self.assertEqual(self.data["pivotNextId"], len(self.data["pivots"]) + 1)
        # Each pivot table (at most 12 rows, titles and total) spills into
        # rows that exist.
        sheet = self.data["sheets"][0]
        last_row = max(
            int(ref[1:])
            for ref, cell in sheet["cells"].items()
            if cell["content"].startswith("=PIVOT(")
        )
        self.assertGreaterEqual(sheet["rowNumber"], last_row + 15)

    def test_every_source_exists_and_is_readable_by_the_manager(self):
        sources = data_sources(self.data)
        self.assertEqual(
            {source["model"] for source in sources},
            {
                "art.order.kpi.report",
                "art.order.stage.period",
                "helpdesk.ticket",
                "art.ticket.rating.report",
            },
        )
        for source in sources:
            model = self.env[source["model"]].with_user(self.manager)
            fields = model.fields_get()
            names = [m.split(":")[0] for m in source["measures"]]
            names += [g.split(":")[0] for gb in source["groupbys"] for g in gb]
            names += [leaf[0].split(".")[0] for leaf in source["domain"]]
            for matching in source["source"]["fieldMatching"].values():
                names.append(matching["chain"])
            for name in names:
                if name != "__count":
                    self.assertIn(name, fields, (source["id"], name))
            for spec in source["measures"]:
                if ":avg" in spec:
                    # Averages of per-order 100/0 figures are rates.
                    self.assertIn(
                        model._fields[spec.split(":")[0]].type, ("float", "integer")
                    )
        # Each read_group of each source runs for the Manager.
        loaded = load_dashboard(self.env(user=self.manager), self.data)
        self.assertEqual(len(loaded), len(sources))

    def test_menu_opens_the_dashboard(self):
        action = self.env.ref("art_aftersales.art_operations_spreadsheet_action")
        self.assertEqual(action.tag, "action_spreadsheet_dashboard")
        self.assertEqual(action.params, {"dashboard_id": self.dashboard.id})
        menu = self.env.ref("art_aftersales.art_operations_dashboard_open_menu")
        self.assertEqual(menu.action, action)
        children = self.env.ref("art_aftersales.art_operations_dashboard_menu").child_id
        models = [
            menu.action.res_model
            for menu in children
            if menu.action._name == "ir.actions.act_window"
        ]
        self.assertIn("art.order.kpi.report", models)
        self.assertIn("helpdesk.ticket", models)


@tagged("post_install", "-at_install")
class TestOperationsDashboardFigures(DashboardCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        artist = cls.env["res.partner"].create(
            {"name": "Mira Okafor", "is_company": False}
        )
        cls.artist = artist
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
                    "user_id": user.id,
                    "date_order": date_order,
                    "order_line": [(0, 0, dict(line))],
                }
                for date_order, user in (
                    (dt(1), cls.users["sales"]),
                    (dt(10), cls.manager),
                    (datetime(2024, 12, 31), cls.users["sales"]),
                )
            ]
        )
        orders = cls.order_a | cls.order_b | cls.order_c | cls.order1 | cls.order2
        # Only the hand-made periods below count.
        orders.art_stage_period_ids.unlink()
        cls.env["art.order.stage.period"].create(
            [
                # A: draft 10 h on time, review 24 h late, delivered 01-05.
                cls._period(cls.order_a, "draft", dt(1), dt(1, 10), dt(1, 12)),
                cls._period(cls.order_a, "review", dt(1, 10), dt(2, 10), dt(1, 22)),
                cls._period(cls.order_a, "delivered", dt(5, 10), None, None),
                # B: draft 20 h without commitment, delivered 24 h on time.
                cls._period(cls.order_b, "draft", dt(10), dt(10, 20), None),
                cls._period(cls.order_b, "delivered", dt(12), dt(13), dt(14)),
                # C: ordered in December, a draft ending in February.
                cls._period(
                    cls.order_c, "draft", datetime(2024, 12, 31), dt(2, month=2), dt(1)
                ),
            ]
        )
        # Order ratings: A 5, B 2, C 1 (December order), one unanswered.
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
        # order1 delivered by carrier X with damage, order2 by carrier Y.
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
        cls.order1.write({"art_damage_reported": True, "art_damage_recorded": True})
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
    def _rating(cls, record, value, when, consumed=True):
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
                when,
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

    def _load(self, period=JAN):
        return load_dashboard(self.env(user=self.manager), self.data, period)

    def test_headline_figures(self):
        loaded = self._load()
        value = lambda measure: pivot_value(loaded, 1, measure)
        # A, B, order1, order2 (C was ordered in December).
        self.assertEqual(value("order_count:sum"), 4)
        # End to end: A 01-01 00:00 -> 01-05 10:00 = 106 h, B 48 h.
        self.assertAlmostEqual(value("end_to_end_hours:avg"), 77.0)
        # A missed a commitment (0), B met all of its (100); order1 and
        # order2 have no ended committed stage.
        self.assertAlmostEqual(value("on_time_rate:avg"), 50.0)
        # A (stage overdue) and order1 (damage) of 4 orders.
        self.assertAlmostEqual(value("exception_rate:avg"), 50.0)
        # order1 damaged of the 2 delivered.
        self.assertAlmostEqual(value("damage_rate:avg"), 50.0)
        self.assertAlmostEqual(value("rating:avg"), 3.5)

    def test_time_and_on_time_per_stage(self):
        loaded = self._load()
        self.assertAlmostEqual(
            pivot_value(loaded, 2, "duration_hours:avg", stage="draft"), 15.0
        )
        self.assertAlmostEqual(
            pivot_value(loaded, 2, "duration_hours:avg", stage="review"), 24.0
        )
        self.assertEqual(pivot_value(loaded, 2, "__count", stage="delivered"), 1)
        # Committed stages: A draft on time, A review late, B delivered on time.
        self.assertAlmostEqual(pivot_value(loaded, 3, "on_time_rate:avg"), 200 / 3)
        self.assertEqual(pivot_value(loaded, 3, "__count"), 3)
        self.assertEqual(
            pivot_value(loaded, 3, "on_time_rate:avg", stage="review"), 0.0
        )
        # February: only C's draft ended, late.
        february = self._load(FEB)
        self.assertEqual(pivot_value(february, 3, "on_time_rate:avg"), 0.0)

    def test_damage_rate_by_carrier(self):
        loaded = self._load()
        by_carrier = {
            carrier: pivot_value(loaded, 4, "damage_rate:avg", carrier_id=carrier.id)
            for carrier in (self.carrier_x, self.carrier_y)
        }
        self.assertEqual(by_carrier, {self.carrier_x: 100.0, self.carrier_y: 0.0})
        self.assertEqual(pivot_value(loaded, 4, "order_count:sum"), 2)

    def test_settled_damage_still_counts(self):
        """After-sales settle the damage of order1: the damage and error
        rates keep what happened at the delivery."""
        self.order1.with_user(self.users["aftersales"]).action_art_resolve_damage(
            "Restored by the conservator"
        )
        self.assertFalse(self.order1.art_damage_reported)
        self.env.flush_all()
        loaded = self._load()
        damage = pivot_value(loaded, 4, "damage_rate:avg", carrier_id=self.carrier_x.id)
        self.assertEqual(damage, 100.0)
        report = self.env["art.order.kpi.report"].with_user(self.manager)
        self.assertTrue(
            report.search([("order_id", "=", self.order1.id)]).has_exception
        )

    def test_ticket_times_and_satisfaction(self):
        self.assertEqual(self.ticket1.art_response_hours, 6.0)
        loaded = self._load()
        self.assertAlmostEqual(pivot_value(loaded, 5, "art_response_hours:avg"), 4.0)
        self.assertEqual(pivot_value(loaded, 5, "__count"), 2)
        # Only ticket1 was closed: open tickets do not count as 0 h.
        self.assertAlmostEqual(pivot_value(loaded, 6, "art_resolution_hours:avg"), 24.0)
        self.assertAlmostEqual(pivot_value(loaded, 7, "rating:avg"), 4.0)
        february = self._load(FEB)
        self.assertAlmostEqual(pivot_value(february, 5, "art_response_hours:avg"), 1.0)
        self.assertFalse(pivot_value(february, 6, "art_resolution_hours:avg"))

    def test_satisfaction_by_salesperson_artist_category(self):
        loaded = self._load()
        self.assertEqual(
            pivot_value(loaded, 8, "rating:avg", user_id=self.users["sales"].id), 5.0
        )
        self.assertEqual(
            pivot_value(loaded, 8, "rating:avg", user_id=self.manager.id), 2.0
        )
        self.assertEqual(
            pivot_value(loaded, 9, "rating:avg", artist_id=self.artist.id), 3.5
        )
        self.assertEqual(
            pivot_value(loaded, 10, "rating:avg", art_category="painting"), 3.5
        )
        # Unrated orders are left out of the satisfaction pivots.
        self.assertEqual(pivot_value(loaded, 8, "order_count:sum"), 2)

    def test_error_rate_follows_the_orders(self):
        """A cancelled order leaves the figures; a payment overdue is an
        exception."""
        self.order_a._action_cancel()
        loaded = self._load()
        self.assertEqual(pivot_value(loaded, 1, "order_count:sum"), 3)
        self.assertAlmostEqual(pivot_value(loaded, 1, "exception_rate:avg"), 100 / 3)
        # An invoice of order2 due yesterday and unpaid: order2 is late.
        invoice = self.order2._create_invoices()
        invoice.invoice_date_due = date(2025, 1, 1)
        invoice.action_post()
        invoice.invoice_date_due = date(2025, 1, 1)
        self.env.flush_all()
        loaded = self._load()
        self.assertAlmostEqual(pivot_value(loaded, 1, "exception_rate:avg"), 200 / 3)
        report = self.env["art.order.kpi.report"].with_user(self.manager)
        self.assertEqual(
            report.search([("has_exception", "=", True)])
            .filtered(lambda r: r.order_id in (self.order1 | self.order2))
            .order_id,
            self.order1 | self.order2,
        )


@tagged("post_install", "-at_install")
class TestOperationsDashboardAccess(DashboardCase):
    def test_manager_opens_the_dashboard(self):
        dashboards = (
            self.env["spreadsheet.dashboard"].with_user(self.manager).search([])
        )
        self.assertIn(self.dashboard, dashboards)
        data = self.dashboard.with_user(self.manager).get_readonly_dashboard()
        self.assertEqual(
            data["snapshot"]["pivots"]["1"]["model"], "art.order.kpi.report"
        )
        menu = self.env.ref("art_aftersales.art_operations_dashboard_open_menu")
        visible = self.env["ir.ui.menu"].with_user(self.manager)._visible_menu_ids()
        self.assertIn(menu.id, visible)

    def test_other_roles_and_portal_refused(self):
        menu = self.env.ref("art_aftersales.art_operations_dashboard_menu")
        for role in ("sales", "finance", "warehouse", "aftersales", "logistics"):
            user = self.users[role]
            self.assertNotIn(
                self.dashboard,
                self.env["spreadsheet.dashboard"].with_user(user).search([]),
            )
            with self.assertRaises(AccessError, msg=role):
                self.dashboard.with_user(user).check_access("read")
            with self.assertRaises(AccessError, msg=role):
                self.env["art.order.kpi.report"].with_user(user).read_group(
                    [], ["on_time_rate:avg"], []
                )
            visible = self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()
            self.assertNotIn(menu.id, visible, role)
        with self.assertRaises(AccessError):
            self.env["art.order.kpi.report"].with_user(self.portal_user).search([])
        with self.assertRaises(AccessError):
            self.dashboard.with_user(self.portal_user).check_access("read")

    def test_report_is_read_only(self):
        report = self.env["art.order.kpi.report"].with_user(self.manager)
        self.assertTrue(report.has_access("read"))
        self.assertFalse(report.has_access("write"))
        self.assertFalse(report.has_access("create"))
        self.assertFalse(report.has_access("unlink"))

    def test_reporting_views_open_for_manager(self):
        for xmlid in (
            "art_aftersales.art_order_kpi_report_action",
            "art_aftersales.art_order_rating_action",
            "art_aftersales.helpdesk_ticket_kpi_action",
            "art_aftersales.art_operations_error_order_action",
        ):
            action = self.env.ref(xmlid)
            model = self.env[action.res_model].with_user(self.manager)
            modes = action.view_mode.split(",")
            views = model.get_views([(False, mode) for mode in modes])
            self.assertEqual(set(views["views"]), set(modes), xmlid)


@tagged("post_install", "-at_install")
class TestOperationsDashboardBudget(DashboardCase):
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
        self.env.flush_all()
        # Art orders: the report counts those only.
        self.env.cr.execute(
            SQL(
                "UPDATE sale_order SET art_is_art_order = TRUE WHERE id IN %s",
                tuple(orders.ids),
            )
        )
        return orders

    def test_query_budget(self):
        """Loading every data source of the dashboard runs the same number
        of queries for 5 and 50 orders: one query per read_group call, plus
        one for the names of the grouped records."""
        menv = self.env(user=self.manager)
        calls = sum(len(source["groupbys"]) for source in data_sources(self.data))
        load_dashboard(menv, self.data)  # warm the access and view caches
        # The names of the records that data already in the database is
        # grouped by (demo carriers, artists, teams...; none on an empty
        # database) cost queries of their own: the budget is what loading
        # that data costs, and never less than on an empty database.
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        load_dashboard(menv, self.data)
        budget = max(calls + 1, self.env.cr.sql_log_count - before)
        total = 0
        for count in (5, 45):
            total += count
            self._data_set(count)
            self.env.invalidate_all()
            with self.assertQueryCount(budget):
                loaded = load_dashboard(menv, self.data)
            self.assertGreaterEqual(
                pivot_value(loaded, 2, "__count", stage="delivered"), total
            )


@tagged("post_install", "-at_install")
class TestOperationsDashboardTour(DashboardCase, HttpCase):
    def test_manager_sees_the_dashboard(self):
        expected = self.env["art.order.kpi.report"].search_count([])
        self.assertTrue(expected)
        self.start_tour(
            "/odoo/action-art_aftersales.art_operations_spreadsheet_action",
            "art_aftersales_operations_dashboard_tour",
            login=self.manager.login,
        )
