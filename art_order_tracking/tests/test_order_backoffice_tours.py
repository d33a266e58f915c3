# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Back-office tours: a salesperson approves a review, a warehouse user packs
a work with its condition check and hands it to the carrier."""

from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged

from .test_order_lifecycle import LifecycleCase


@tagged("post_install", "-at_install")
class TestOrderBackofficeTours(HttpCase, LifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # new_test_user gives each user a password equal to its login.
        cls.carrier.name = "Tour Fine Art Couriers"

    def test_salesperson_reviews_and_approves(self):
        customer = self.env["res.partner"].create({"name": "Tour Review Collector"})
        order = self._order(partner_id=customer.id)
        order.with_user(self.seller).request_validation()
        self._flush()
        self.assertEqual(order.art_stage, "review")

        self.start_tour(
            "/odoo", "art_order_backoffice_review_tour", login=self.reviewer.login
        )
        self._flush()
        self.assertEqual(order.state, "sale", "the approval confirmed the order")
        self.assertEqual(order.art_stage, "awaiting_payment")
        invoice = order.invoice_ids
        self.assertEqual(invoice.state, "posted", "confirming issued the invoice")
        self.assertEqual(invoice.amount_total, order.amount_total)
        review = order.review_ids
        self.assertEqual(review.status, "approved")
        self.assertEqual(review.done_by, self.reviewer)
        self.assertEqual(review.comment, "Identity, payment method and price checked")
        self.assertEqual(self._stages(order), ["draft", "review", "awaiting_payment"])

    def test_warehouse_user_packs_with_condition_check(self):
        customer = self.env["res.partner"].create({"name": "Tour Packing Collector"})
        self.lot.name = "LC-PACK1"
        order = self._order(partner_id=customer.id)
        self._submit_and_approve(order)
        self._pay(order)
        self.assertEqual(order.art_stage, "paid")
        picking = order._art_customer_pickings()
        self.assertEqual(picking.state, "assigned")

        self.start_tour(
            "/odoo",
            "art_order_backoffice_packing_tour",
            login=self.warehouse_user.login,
        )
        self._flush()
        report = order.art_condition_report_ids
        self.assertEqual(len(report), 1)
        self.assertEqual(report.context, "packing")
        self.assertEqual(report.lot_id, self.lot)
        self.assertEqual(report.picking_id, picking)
        self.assertEqual(report.grade, "excellent")
        self.assertEqual(report.inspector_id, self.warehouse_user)
        self.assertEqual(report.photo_ids.mapped("name"), ["packed.png"])
        self.assertEqual(picking.state, "done")
        self.assertEqual(picking.carrier_id, self.carrier)
        self.assertEqual(picking.carrier_tracking_ref, "TOUR-TRACK-1")
        self.assertEqual(order.art_stage, "in_transit")
        stages = self._stages(order)
        self.assertEqual(stages[-2:], ["ready_to_ship", "in_transit"])


@tagged("post_install", "-at_install")
class TestPickingPackingReport(LifecycleCase):
    """The delivery's "Packing Report" button, without a browser."""

    def test_button_opens_packing_report_of_next_work(self):
        order = self._order()
        self._submit_and_approve(order)
        self._pay(order)
        picking = order._art_customer_pickings()
        self.assertEqual(picking.art_packing_todo_count, 1)
        action = picking.with_user(self.warehouse_user).action_art_packing_report()
        self.assertEqual(action["res_model"], "art.condition.report")
        ctx = action["context"]
        self.assertEqual(ctx["default_context"], "packing")
        self.assertEqual(ctx["default_lot_id"], self.lot.id)
        self.assertEqual(ctx["default_picking_id"], picking.id)
        self.assertEqual(ctx["default_sale_order_id"], order.id)
        self._packing_report(order)
        picking.invalidate_recordset(["art_packing_todo_count"])
        self.assertEqual(picking.art_packing_todo_count, 0)
        self.assertEqual(order.art_stage, "ready_to_ship")

    def test_button_refused_on_plain_delivery(self):
        plain = self.env["product.product"].create(
            {"name": "Plain frame", "type": "consu", "is_storable": True}
        )
        self.env["stock.quant"]._update_available_quantity(
            plain, self.stock_location, 1
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [(0, 0, {"product_id": plain.id})],
            }
        )
        order.action_confirm()
        picking = order.picking_ids
        self.assertEqual(picking.art_packing_todo_count, 0)
        reports_before = self.env["art.condition.report"].search_count([])
        with self.assertRaisesRegex(UserError, "not ship an art order"):
            picking.with_user(self.warehouse_user).action_art_packing_report()
        self.assertEqual(
            self.env["art.condition.report"].search_count([]), reports_before
        )
