# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Query budgets of the lifecycle's hot paths, against plain Odoo's cost of
the same step measured in the same test."""

import logging

from odoo.tests import tagged

from .test_order_lifecycle import LifecycleCase

_logger = logging.getLogger(__name__)

# What the art lifecycle may add to plain Odoo's queries for one order, per
# step: the stage recomputation, the timeline event and stage period, the
# customer mail and the owner's activity (all written at commit time), and
# the hand-over checks. Measured with art_order_tracking alone: confirm
# 321 -> 404 (+83), payment 218 -> 220 (+2), delivery 116 -> 157 (+41); the
# margins leave room for the other addons' overrides, not for regressions.
MARGIN_CONFIRM = 120
MARGIN_PAYMENT = 40
MARGIN_DELIVERY = 70


@tagged("post_install", "-at_install", "is_query_count")
class TestOrderQueryBudgets(LifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.plain_product = cls.env["product.product"].create(
            {
                "name": "Plain frame",
                "type": "consu",
                "is_storable": True,
                "invoice_policy": "order",
                "list_price": 5000.0,
            }
        )

    def _count(self, step):
        """Queries of one step, including what runs at commit time."""
        self.env.flush_all()
        self.env.cr.flush()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        step()
        self.env.flush_all()
        self.env.cr.flush()
        return self.env.cr.sql_log_count - before

    def _plain_order(self):
        self.env["stock.quant"]._update_available_quantity(
            self.plain_product, self.stock_location, 1
        )
        return self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "user_id": self.seller.id,
                "order_line": [
                    (0, 0, {"product_id": self.plain_product.id, "price_unit": 5000.0})
                ],
            }
        )

    def _plain_confirm(self, order):
        order.action_confirm()
        order._create_invoices().action_post()

    def _art_order_in_review(self):
        order = self._order()
        order.with_user(self.seller).request_validation()
        self._flush()
        return order

    def _budget(self, name, plain, margin, art_step):
        budget = plain + margin
        _logger.info("query budget %s: plain Odoo %d, budget %d", name, plain, budget)
        with self.assertQueryCount(budget):
            art_step()

    def test_confirm_budget(self):
        plain_order = self._plain_order()
        plain = self._count(lambda: self._plain_confirm(plain_order))
        order = self._art_order_in_review()
        # The reviewer's approval confirms the order and issues its invoice.
        self._budget(
            "confirm",
            plain,
            MARGIN_CONFIRM,
            lambda: order.with_user(self.reviewer)._validate_tier(),
        )
        self.assertEqual(order.art_stage, "awaiting_payment")

    def test_payment_budget(self):
        plain_order = self._plain_order()
        self._plain_confirm(plain_order)
        order = self._art_order_in_review()
        order.with_user(self.reviewer)._validate_tier()
        self._flush()

        def pay(sale):
            self.env["account.payment.register"].with_user(self.finance).with_context(
                active_model="account.move", active_ids=sale.invoice_ids.ids
            ).create({})._create_payments()

        plain = self._count(lambda: pay(plain_order))
        self._budget("payment", plain, MARGIN_PAYMENT, lambda: pay(order))
        self.assertEqual(order.art_stage, "paid")

    def test_delivery_budget(self):
        plain_order = self._plain_order()
        self._plain_confirm(plain_order)
        order = self._art_order_in_review()
        order.with_user(self.reviewer)._validate_tier()
        self._flush()
        self._pay(order)
        self._packing_report(order)
        pickings = plain_order.picking_ids | order.picking_ids
        pickings.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "Q1"})
        pickings.move_ids.picked = True
        self._flush()

        plain = self._count(
            lambda: plain_order.picking_ids.with_user(
                self.warehouse_user
            ).button_validate()
        )
        self._budget(
            "delivery",
            plain,
            MARGIN_DELIVERY,
            lambda: order.picking_ids.with_user(self.warehouse_user).button_validate(),
        )
        self.assertEqual(order.art_stage, "in_transit")

    def test_overdue_run_is_batched(self):
        """The hourly overdue run flags, logs and assigns many orders with
        no more queries than a few."""

        def overdue_orders(count):
            orders = self.env["sale.order"]
            for _index in range(count):
                orders |= self._art_order_in_review()
            orders.with_context(skip_validation_check=True).write(
                {"art_stage_deadline": "2000-01-01 00:00:00"}
            )
            return orders

        few = overdue_orders(2)
        few_queries = self._count(self.env["sale.order"]._art_cron_flag_overdue)
        many = overdue_orders(8)
        many_queries = self._count(self.env["sale.order"]._art_cron_flag_overdue)
        self.assertTrue(all(few.mapped("art_overdue") + many.mapped("art_overdue")))
        _logger.info(
            "overdue run: 2 orders %d queries, 8 orders %d", few_queries, many_queries
        )
        self.assertLessEqual(many_queries, few_queries)
