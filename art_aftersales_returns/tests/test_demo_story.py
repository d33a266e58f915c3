# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The demo data tells the whole story: an art order in every stage, the
exceptions, returns in every state with an insurance claim, rated tickets in
each art category and a care visit, a consignment settled, and figures on
every chart of both dashboards. Runs on the database installed with demo
data (as `make test` installs it)."""

from datetime import timedelta

from odoo import fields
from odoo.tests import TransactionCase, tagged

from odoo.addons.art_aftersales.tests.dashboard_loader import (
    dashboard_data,
    data_sources,
    load_dashboard,
)
from odoo.addons.art_order_tracking.models.art_order_event import ART_STAGES

# Every stage an art order can be in: the demo has an order in each.
STAGES = [key for key, _label in ART_STAGES]
DASHBOARDS = [
    "art_aftersales.spreadsheet_dashboard_art_operations",
    "art_aftersales_returns.spreadsheet_dashboard_art_returns",
]


@tagged("post_install", "-at_install")
class TestDemoStory(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        demo_orders = cls.env["ir.model.data"].search(
            [("model", "=", "sale.order"), ("module", "=like", "art\\_%")]
        )
        cls.orders = cls.env["sale.order"].browse(demo_orders.mapped("res_id"))
        cls.manager = cls.env.ref("art_order_tracking.res_users_art_manager_demo")

    def _ref(self, xmlid):
        return self.env.ref(xmlid)

    def test_an_order_in_every_stage(self):
        stages = set(self.orders.mapped("art_stage"))
        for stage in STAGES:
            self.assertIn(stage, stages, f"no demo order in stage {stage}")

    def test_each_stage_has_its_evidence(self):
        orders = self.orders
        rejected = orders.filtered(lambda o: o.art_stage == "rejected")
        self.assertTrue(all(rejected.mapped("art_rejection_reason")))
        cancelled = orders.filtered(lambda o: o.art_stage == "cancelled")
        self.assertTrue(
            cancelled.art_event_ids.filtered(lambda e: e.note and not e.stage),
            "the cancellation's reason is on the timeline",
        )
        in_transit = orders.filtered(lambda o: o.art_stage == "in_transit")
        self.assertTrue(in_transit.art_carrier_event_ids)
        self.assertTrue(
            in_transit.art_carrier_event_ids.request_id,
            "the carrier events came through the carrier API processing",
        )
        delivered = orders.filtered(lambda o: o.art_stage in ("delivered", "closed"))
        for order in delivered:
            picking = order._art_customer_pickings()
            self.assertTrue(picking.art_is_delivered, order.name)
            self.assertTrue(picking.art_signed_by, order.name)
            self.assertTrue(picking.art_pod_attachment_id, order.name)
            self.assertTrue(picking.art_arrival_report_ids.photo_ids, order.name)
        self.assertTrue(
            delivered._art_customer_pickings().filtered("signature"),
            "a delivery signed on the device",
        )
        self.assertTrue(
            delivered._art_customer_pickings().filtered("art_carrier_proof_id"),
            "a delivery completed by the carrier's signed event",
        )
        closed = orders.filtered(lambda o: o.art_stage == "closed")
        self.assertTrue(all(closed.mapped("art_feedback_date")))
        self.assertTrue(closed.rating_ids.filtered(lambda r: r.consumed and r.feedback))
        # The whole path of a closed order is on its timeline.
        path = closed[:1].art_event_ids.filtered("stage").sorted("date").mapped("stage")
        self.assertEqual(
            path,
            [
                "draft",
                "review",
                "awaiting_payment",
                "paid",
                "preparing",
                "ready_to_ship",
                "in_transit",
                "delivered",
                "closed",
            ],
        )

    def test_exceptions(self):
        self.assertTrue(self.orders.filtered("art_overdue"), "a stage overdue")
        self.assertTrue(
            self.orders.filtered("art_payment_overdue"), "a payment overdue"
        )
        self.assertTrue(self.orders.filtered("art_damage_reported"), "a damage")

    def test_dated_relative_to_today(self):
        now = fields.Datetime.now()
        delivered = self.orders.filtered("art_delivered_date")
        self.assertTrue(delivered)
        for order in delivered:
            self.assertLess(order.art_delivered_date, now)
            self.assertGreater(order.art_delivered_date, now - timedelta(days=60))
        periods = self.orders.art_stage_period_ids.filtered("date_end")
        self.assertTrue(
            any(p.duration_hours >= 1 for p in periods),
            "stages last hours and days, not an instant",
        )

    def test_returns_in_every_state(self):
        rmas = self.env["rma"].search([("order_id", "in", self.orders.ids)])
        requested = rmas.filtered(lambda r: r.state == "draft")
        self.assertTrue(requested.art_evidence_ids, "a request with photos")
        self.assertTrue(rmas.filtered(lambda r: r.state == "confirmed"), "approved")
        self.assertTrue(
            rmas.filtered(
                lambda r: (
                    r.state == "received"
                    and r.art_inspection_result == "passed"
                    and not r.art_resolution
                )
            ),
            "received and inspected",
        )
        resolutions = set(rmas.mapped("art_resolution"))
        for resolution in ("refund", "partial_refund", "exchange"):
            self.assertIn(resolution, resolutions)
        self.assertTrue(
            rmas.filtered(lambda r: r.art_dispute_state == "open"), "disputed"
        )
        self.assertTrue(rmas.filtered("art_customer_confirmed"))
        claims = rmas.art_claim_ids
        self.assertTrue(claims.filtered(lambda c: c.state == "paid"))

    def test_tickets_in_each_category_rated_and_a_care_visit(self):
        categories = self.env["helpdesk.ticket.category"].search(
            [("art_kind", "!=", False)]
        )
        customers = self._ref("art_order_tracking.res_partner_art_customer_demo") | (
            self._ref("art_order_tracking.res_partner_art_customer2_demo")
        )
        tickets = self.env["helpdesk.ticket"].search(
            [("partner_id", "in", customers.ids)]
        )
        for category in categories:
            self.assertIn(category, tickets.category_id, category.name)
        self.assertTrue(tickets.rating_ids.filtered("consumed"))
        visit = self._ref("art_aftersales.art_care_visit_lotus_moon_demo")
        self.assertEqual(visit.state, "done")
        self.assertTrue(visit.condition_report_id)
        self.assertTrue(
            self.env["art.care.visit"].search(
                [("previous_visit_id", "=", visit.id), ("state", "=", "planned")]
            )
        )

    def test_consignment_settled(self):
        order = self._ref("art_consignment.sale_order_art_river_mist_demo")
        self.assertTrue(order.art_settlement_ids)
        bills = order.art_consignor_bill_ids
        self.assertEqual(set(bills.mapped("payment_state")), {"paid"})

    def test_languages_of_the_demo_users(self):
        active = {code for code, _name in self.env["res.lang"].get_installed()}
        expected = {
            "art_order_tracking.res_users_art_sales_demo": "zh_CN",
            "art_order_tracking.res_users_art_customer_demo": "zh_CN",
            "art_order_tracking.res_users_art_finance_demo": "zh_TW",
            "art_order_tracking.res_users_art_customer2_demo": "zh_TW",
        }
        for xmlid, lang in expected.items():
            self.assertEqual(
                self._ref(xmlid).lang,
                lang if lang in active else "en_US",
                xmlid,
            )
        self.assertEqual(self._ref("base.user_admin").lang, "en_US")

    def test_every_dashboard_figure_is_non_zero(self):
        for xmlid in DASHBOARDS:
            data = dashboard_data(self._ref(xmlid))
            loaded = load_dashboard(self.env(user=self.manager), data)
            for source in data_sources(data):
                key = (source["kind"], source["id"])
                for groupby, rows in loaded[key].items():
                    self.assertTrue(rows, f"{xmlid} {key} {groupby}: no data")
                    for measure in source["measures"]:
                        name = measure.split(":")[0]
                        self.assertTrue(
                            any(row.get(name) for row in rows),
                            f"{xmlid} {key} {groupby}: {measure} is zero",
                        )
