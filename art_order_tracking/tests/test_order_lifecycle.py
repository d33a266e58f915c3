# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The art order lifecycle, draft to in_transit, through Odoo's own methods."""

import base64

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, new_test_user, tagged

from .test_artwork_common import PNG_1PX, ArtworkCase


class LifecycleCase(ArtworkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Mail notifications are part of the lifecycle: keep them on.
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        cls.company.write(
            {
                "art_payment_rule": "full",
                "art_manager_approval_amount": 50000.0,
                "art_forbid_self_approval": True,
            }
        )
        cls.seller = new_test_user(
            cls.env,
            login="art_lc_seller",
            groups="art_order_tracking.group_art_sales",
            email="seller@example.com",
        )
        cls.reviewer = new_test_user(
            cls.env,
            login="art_lc_reviewer",
            groups="art_order_tracking.group_art_sales",
        )
        cls.finance = new_test_user(
            cls.env,
            login="art_lc_finance",
            groups="art_order_tracking.group_art_finance",
        )
        cls.warehouse_user = new_test_user(
            cls.env, login="art_lc_wh", groups="art_order_tracking.group_art_warehouse"
        )
        cls.manager = new_test_user(
            cls.env,
            login="art_lc_manager",
            groups="art_order_tracking.group_art_manager",
        )
        cls.customer.email = "collector@example.com"
        cls.carrier = cls.env["delivery.carrier"].create(
            {
                "name": "Fine Art Couriers",
                "product_id": cls.env["product.product"]
                .create({"name": "Art shipping", "type": "service"})
                .id,
            }
        )
        cls.lot = cls._create_lot(cls.painting, "LC-0001")
        cls._put_in_stock(cls.lot)
        cls.painting.invoice_policy = "order"

    # helpers -----------------------------------------------------------

    def _flush(self):
        """What a commit does: flush, then run the precommit hooks that write
        the timeline."""
        self.env.flush_all()
        self.env.cr.precommit.run()

    def _order(self, lot=None, price=5000.0, user=None, **values):
        lot = lot or self.lot
        vals = {
            "partner_id": self.customer.id,
            "user_id": (user or self.seller).id,
            "art_channel": "walk_in",
            "order_line": [
                (
                    0,
                    0,
                    {
                        "product_id": lot.product_id.id,
                        "art_lot_id": lot.id,
                        "price_unit": price,
                    },
                )
            ],
        }
        vals.update(values)
        order = self.env["sale.order"].with_user(user or self.seller).create(vals)
        self._flush()
        return order.with_user(self.env.user)

    def _approve(self, order, user):
        action = order.with_user(user).validate_tier()
        wizard = Form(
            self.env["comment.wizard"].with_user(user).with_context(**action["context"])
        )
        wizard.comment = "Identity, credit and price checked"
        wizard.save().add_comment()
        self._flush()

    def _submit_and_approve(self, order):
        order.with_user(self.seller).request_validation()
        self._flush()
        self._approve(order, self.reviewer)
        if order.art_value_band == "high":
            self._approve(order, self.manager)

    def _pay(self, order, amount=None):
        invoices = order.invoice_ids.filtered(lambda m: m.state == "posted")
        register = (
            self.env["account.payment.register"]
            .with_user(self.finance)
            .with_context(active_model="account.move", active_ids=invoices.ids)
            .create({"amount": amount} if amount else {})
        )
        register._create_payments()
        self._flush()

    def _packing_report(self, order, lot=None, photo=True):
        vals = {
            "lot_id": (lot or self.lot).id,
            "context": "packing",
            "grade": "excellent",
            "sale_order_id": order.id,
        }
        if photo:
            vals["photo_ids"] = [
                (
                    0,
                    0,
                    {
                        "name": "packed.png",
                        "datas": base64.b64encode(PNG_1PX),
                        "res_model": "art.condition.report",
                    },
                )
            ]
        report = (
            self.env["art.condition.report"].with_user(self.warehouse_user).create(vals)
        )
        self._flush()
        return report

    def _ship(self, order):
        picking = order._art_customer_pickings()
        picking.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "FAC123"})
        picking.move_ids.picked = True
        picking.with_user(self.warehouse_user).button_validate()
        self._flush()
        return picking

    def _stages(self, order):
        return order.art_event_ids.filtered("stage").sorted("id").mapped("stage")


@tagged("post_install", "-at_install")
class TestOrderLifecycle(LifecycleCase):
    def test_full_path_one_step(self):
        order = self._order()
        self.assertTrue(order.art_is_art_order)
        self.assertEqual(order.art_stage, "draft")

        # Sales cannot confirm an art order without its review.
        with self.assertRaises(ValidationError):
            order.with_user(self.seller).action_confirm()
        self.assertEqual(order.state, "draft")

        order.with_user(self.seller).request_validation()
        self._flush()
        self.assertEqual(order.art_stage, "review")
        # The seller cannot approve their own order.
        with self.assertRaisesRegex(UserError, "another reviewer"):
            order.with_user(self.seller)._validate_tier()
        self.assertEqual(order.art_stage, "review")

        self._approve(order, self.reviewer)
        self.assertEqual(order.state, "sale", "the last approval confirms the order")
        self.assertEqual(order.art_stage, "awaiting_payment")
        invoice = order.invoice_ids
        self.assertEqual(invoice.state, "posted")
        self.assertEqual(invoice.amount_total, order.amount_total)

        # Shipping before payment is refused.
        picking = order._art_customer_pickings()
        picking.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "FAC123"})
        with self.assertRaisesRegex(UserError, "not paid"):
            picking.with_user(self.warehouse_user).button_validate()

        self._pay(order)
        self.assertTrue(order.art_is_paid)
        self.assertEqual(order.art_stage, "paid")

        picking.move_ids.picked = True
        self._flush()
        self.assertEqual(order.art_stage, "preparing")
        with self.assertRaisesRegex(UserError, "packing check is missing"):
            picking.with_user(self.warehouse_user).button_validate()
        self.assertEqual(picking.state, "assigned", "nothing was half-done")

        self._packing_report(order)
        self.assertTrue(order.art_packing_checked)
        self.assertEqual(order.art_stage, "ready_to_ship")

        self._ship(order)
        self.assertEqual(picking.state, "done")
        self.assertEqual(picking.move_line_ids.lot_id, self.lot)
        self.assertEqual(order.art_stage, "in_transit")

        self.assertEqual(
            self._stages(order),
            [
                "draft",
                "review",
                "awaiting_payment",
                "paid",
                "preparing",
                "ready_to_ship",
                "in_transit",
            ],
        )
        periods = order.art_stage_period_ids.sorted("id")
        self.assertEqual(
            periods.mapped("stage")[:3], ["draft", "review", "awaiting_payment"]
        )
        self.assertTrue(all(periods[:-1].mapped("date_end")), "past stages are closed")
        self.assertFalse(periods[-1].date_end, "the current stage is open")
        # The customer was told at each step that concerns them.
        subjects = order.message_ids.mapped("subject")
        for expected in (
            "was received",
            "is approved",
            "Payment received",
            "on its way",
        ):
            self.assertTrue(
                any(expected in (s or "") for s in subjects), f"no mail '{expected}'"
            )

    def test_three_step_route(self):
        self.warehouse.delivery_steps = "pick_pack_ship"
        order = self._order()
        self._submit_and_approve(order)
        self._pay(order)
        # Odoo 18 creates each step's transfer when the previous one is done.
        pick = order.picking_ids
        self.assertEqual(pick.picking_type_id, self.warehouse.pick_type_id)
        pick.move_ids.picked = True
        pick.button_validate()
        self._flush()
        self.assertEqual(order.art_stage, "preparing")
        pack = order.picking_ids.filtered(lambda p: p.state not in ("done", "cancel"))
        self.assertEqual(pack.picking_type_id, self.warehouse.pack_type_id)
        # The hand-over gates apply to the last step only.
        pack.move_ids.picked = True
        pack.button_validate()
        self._flush()
        self.assertEqual(order.art_stage, "preparing")
        self._packing_report(order)
        self.assertEqual(order.art_stage, "ready_to_ship")
        out = self._ship(order)
        self.assertEqual(out.picking_type_id, self.warehouse.out_type_id)
        self.assertEqual(order.art_stage, "in_transit")

    def test_deposit_rule(self):
        self.company.write({"art_payment_rule": "deposit", "art_deposit_percent": 30.0})
        order = self._order(price=10000.0)
        self._submit_and_approve(order)
        deposit = order.invoice_ids
        self.assertEqual(len(deposit), 1)
        self.assertAlmostEqual(deposit.amount_untaxed, order.amount_untaxed * 0.3, 2)
        self.assertEqual(order.art_stage, "awaiting_payment")
        self._pay(order)
        self.assertTrue(order.art_is_paid)
        self.assertEqual(order.art_stage, "paid")

    def test_partial_payment_keeps_waiting(self):
        order = self._order()
        self._submit_and_approve(order)
        self._pay(order, amount=order.amount_total / 2)
        self.assertFalse(order.art_is_paid)
        self.assertEqual(order.art_stage, "awaiting_payment")

    def test_high_value_needs_manager(self):
        order = self._order(price=80000.0)
        self.assertEqual(order.art_value_band, "high")
        order.with_user(self.seller).request_validation()
        self._flush()
        self.assertEqual(len(order.review_ids), 2)
        self._approve(order, self.reviewer)
        self.assertEqual(order.state, "draft", "the manager has not approved yet")
        self.assertEqual(order.art_stage, "review")
        self._approve(order, self.manager)
        self.assertEqual(order.state, "sale")

    def test_rejection_needs_reason_and_tells_customer(self):
        order = self._order()
        order.with_user(self.seller).request_validation()
        self._flush()
        with self.assertRaisesRegex(UserError, "reason"):
            order.with_user(self.reviewer)._rejected_tier()
        action = order.with_user(self.reviewer).reject_tier()
        wizard = Form(
            self.env["comment.wizard"]
            .with_user(self.reviewer)
            .with_context(**action["context"])
        )
        wizard.comment = "The work is reserved for a museum loan"
        wizard.save().add_comment()
        self._flush()
        self.assertEqual(order.art_stage, "rejected")
        event = order.art_event_ids.filtered(lambda e: e.stage == "rejected")
        self.assertIn("museum loan", event.note)
        self.assertTrue(event.customer_visible)
        mail = order.message_ids.filtered(
            lambda m: "could not be accepted" in (m.subject or "")
        )
        self.assertTrue(mail)
        self.assertIn("museum loan", str(mail.body))

    def test_ship_on_credit(self):
        order = self._order()
        self._submit_and_approve(order)
        with self.assertRaisesRegex(UserError, "manager"):
            order.with_user(self.seller)._art_approve_ship_on_credit("trusted client")
        wizard = self.env["art.ship.on.credit"].with_user(self.manager)
        with self.assertRaisesRegex(UserError, "reason"):
            wizard.create({"order_id": order.id, "reason": " "}).action_approve()
        self.assertFalse(order.art_ship_on_credit)
        wizard.create(
            {"order_id": order.id, "reason": "Museum client"}
        ).action_approve()
        self.assertTrue(order.art_ship_on_credit)
        self.assertEqual(order.art_ship_on_credit_user_id, self.manager)
        self._packing_report(order)
        self._ship(order)
        self.assertEqual(order.art_stage, "in_transit")
        self.assertIn("Shipping on credit approved", order.art_event_ids.mapped("name"))

    def test_handover_needs_carrier_and_tracking(self):
        order = self._order()
        self._submit_and_approve(order)
        self._pay(order)
        self._packing_report(order)
        picking = order._art_customer_pickings()
        picking.move_ids.picked = True
        with self.assertRaisesRegex(UserError, "tracking reference"):
            picking.button_validate()
        self.assertEqual(order.art_stage, "ready_to_ship")

    def test_packing_report_without_photo_does_not_count(self):
        order = self._order()
        self._submit_and_approve(order)
        self._pay(order)
        self._packing_report(order, photo=False)
        self.assertFalse(order.art_packing_checked)

    def test_shared_serial_packing_report(self):
        """A serial number of a product shared between companies has no
        company; its packing report still belongs to the order's company."""
        shared = self._create_artwork("Test Shared Study", "painting")
        shared.invoice_policy = "order"
        lot = self._create_lot(shared, "LC-SHARED", company_id=False)
        self.assertFalse(lot.company_id)
        self._put_in_stock(lot)
        order = self._order(lot=lot)
        self._submit_and_approve(order)
        report = self._packing_report(order, lot=lot)
        self.assertEqual(report.company_id, order.company_id)
        self.assertTrue(order.art_packing_checked)

    def test_cancel(self):
        order = self._order()
        order.action_cancel()
        self._flush()
        self.assertEqual(order.art_stage, "cancelled")
        self.assertEqual(self._stages(order), ["draft", "cancelled"])

    def test_cancel_paid_order_before_shipping(self):
        """Paid and packed but not handed over: still cancellable, the open
        transfer is cancelled with the order."""
        order = self._order()
        self._submit_and_approve(order)
        self._pay(order)
        self._packing_report(order)
        self.assertEqual(order.art_stage, "ready_to_ship")
        picking = order._art_customer_pickings()
        order.with_context(disable_cancel_warning=True).action_cancel()
        self._flush()
        self.assertEqual(order.state, "cancel")
        self.assertEqual(order.art_stage, "cancelled")
        self.assertEqual(picking.state, "cancel")
        # What was paid is to be refunded: a to-do for Finance, on the timeline.
        refund = order.activity_ids.filtered(
            lambda a: a.summary == "Refund the cancelled order"
        )
        self.assertEqual(len(refund), 1)
        self.assertTrue(
            refund.user_id.has_group("art_order_tracking.group_art_finance")
        )
        self.assertIn(
            "Cancelled after payment: refund due", order.art_event_ids.mapped("name")
        )
        # The sale is reversed: a posted credit note, open for the refund.
        invoice = order.invoice_ids.filtered(lambda m: m.move_type == "out_invoice")
        self.assertEqual(invoice.payment_state, "paid")
        credit_note = invoice.reversal_move_ids
        self.assertEqual(credit_note.state, "posted")
        self.assertEqual(credit_note.amount_total, invoice.amount_total)
        self.assertEqual(credit_note.amount_residual, invoice.amount_total)
        self.assertIn(credit_note.name, refund.note)

    def test_cancel_partly_paid_order_credits_what_was_paid(self):
        order = self._order()
        self._submit_and_approve(order)
        invoice = order.invoice_ids
        self._pay(order, amount=invoice.amount_total / 4)
        self.assertEqual(invoice.payment_state, "partial")
        order.with_user(self.seller).with_context(
            disable_cancel_warning=True
        ).action_cancel()
        self._flush()
        credit_note = invoice.reversal_move_ids
        # The credit note settles what was due; what was paid is to refund.
        self.assertEqual(invoice.amount_residual, 0)
        self.assertAlmostEqual(credit_note.amount_residual, invoice.amount_total / 4)
        refund = order.activity_ids.filtered(
            lambda a: a.summary == "Refund the cancelled order"
        )
        self.assertEqual(len(refund), 1)

    def test_cancel_approved_unpaid_order_reverses_its_invoice(self):
        order = self._order()
        self._submit_and_approve(order)
        invoice = order.invoice_ids
        self.assertEqual((invoice.state, invoice.payment_state), ("posted", "not_paid"))
        order.with_user(self.seller).with_context(
            disable_cancel_warning=True
        ).action_cancel()
        self._flush()
        self.assertEqual(order.art_stage, "cancelled")
        # No more amount due, no payment follow-up: the invoice is reversed.
        self.assertEqual(invoice.payment_state, "reversed")
        self.assertEqual(invoice.amount_residual, 0)
        credit_note = invoice.reversal_move_ids
        self.assertEqual(credit_note.state, "posted")
        self.assertEqual(credit_note.amount_total, invoice.amount_total)
        self.assertFalse(order.art_payment_overdue)
        self.assertIn(
            "Invoice reversed with the order", order.art_event_ids.mapped("name")
        )
        self.assertFalse(
            order.activity_ids.filtered(
                lambda a: a.summary == "Refund the cancelled order"
            )
        )

    def test_cancel_plain_order_keeps_odoo_behaviour(self):
        """Not art: Odoo's own cancel, the posted invoice stays as it is."""
        product = self.env["product.product"].create(
            {"name": "Gallery catalogue", "type": "consu", "invoice_policy": "order"}
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [(0, 0, {"product_id": product.id})],
            }
        )
        order.action_confirm()
        invoice = order._create_invoices()
        invoice.action_post()
        order.with_context(disable_cancel_warning=True).action_cancel()
        self.assertEqual(order.state, "cancel")
        self.assertEqual((invoice.state, invoice.payment_state), ("posted", "not_paid"))
        self.assertFalse(invoice.reversal_move_ids)

    def test_cancel_really_delivered_order_is_refused(self):
        """An order that went through the real hand-over and signed delivery
        cannot be cancelled, by any path, and nothing is touched."""
        logistics = new_test_user(
            self.env,
            login="art_lc_logistics",
            groups="art_order_tracking.group_art_logistics",
        )
        order = self._order()
        self._submit_and_approve(order)
        self._pay(order)
        self._packing_report(order)
        picking = self._ship(order)
        self.assertEqual(order.art_stage, "in_transit")
        self.env["art.condition.report"].with_user(logistics).create(
            {
                "lot_id": self.lot.id,
                "context": "arrival",
                "grade": "excellent",
                "picking_id": picking.id,
                "sale_order_id": order.id,
                "photo_ids": [
                    (
                        0,
                        0,
                        {
                            "name": "arrived.png",
                            "datas": base64.b64encode(PNG_1PX),
                            "res_model": "art.condition.report",
                        },
                    )
                ],
            }
        )
        self.env["art.delivery.sign.wizard"].with_user(logistics).create(
            {
                "picking_id": picking.id,
                "signed_by": "Ms Collector",
                "signature": base64.b64encode(PNG_1PX),
                "pod_file": base64.b64encode(PNG_1PX),
                "pod_filename": "pod.png",
            }
        ).action_confirm()
        self._flush()
        self.assertTrue(picking.art_is_delivered)
        self.assertEqual(order.art_stage, "delivered")

        invoice = order.invoice_ids
        before = {
            "order": (order.state, order.art_stage, order.art_delivered_date),
            "pickings": [(p.id, p.state) for p in order.picking_ids],
            "moves": [(m.id, m.state) for m in order.picking_ids.move_ids],
            "invoices": [(m.id, m.state, m.payment_state) for m in invoice],
            "events": order.art_event_ids.ids,
            "periods": order.art_stage_period_ids.ids,
        }

        def after():
            order.invalidate_recordset()
            return {
                "order": (order.state, order.art_stage, order.art_delivered_date),
                "pickings": [(p.id, p.state) for p in order.picking_ids],
                "moves": [(m.id, m.state) for m in order.picking_ids.move_ids],
                "invoices": [(m.id, m.state, m.payment_state) for m in invoice],
                "events": order.art_event_ids.ids,
                "periods": order.art_stage_period_ids.ids,
            }

        # The salesperson's Cancel button, the manager's, and the cancel
        # wizard (which Odoo opens for confirmed orders) all refuse.
        for user in (self.seller, self.manager):
            with self.subTest(user=user.login):
                with self.assertRaisesRegex(
                    UserError, "was delivered: it cannot be cancelled"
                ):
                    order.with_user(user).action_cancel()
                self._flush()
                self.assertEqual(after(), before)
        wizard = (
            self.env["sale.order.cancel"]
            .with_user(self.manager)
            .create({"order_id": order.id})
        )
        with self.assertRaisesRegex(UserError, "Start a return instead"):
            wizard.action_cancel()
        self._flush()
        self.assertEqual(after(), before)
        self.assertEqual(picking.state, "done")
        self.assertEqual(invoice.state, "posted")

    def test_timeline_is_append_only(self):
        order = self._order()
        order.with_user(self.seller).request_validation()
        self._flush()
        event = order.art_event_ids[:1]
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            event.write({"name": "Something else"})
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            event.unlink()
        with self.assertRaises(AccessError):
            event.with_user(self.manager).write({"hidden": True})
        with self.assertRaisesRegex(UserError, "Only an administrator"):
            event.with_user(self.manager).action_hide("typo")
        with self.assertRaisesRegex(UserError, "why"):
            event.action_hide("")
        event.action_hide("Entered on the wrong order")
        self.assertTrue(event.hidden)
        self.assertEqual(event.hidden_by_id, self.env.user)

    def test_plain_orders_stay_plain(self):
        product = self.env["product.product"].create(
            {"name": "Frame cleaning kit", "type": "consu", "is_storable": True}
        )
        self.env["stock.quant"]._update_available_quantity(
            product, self.stock_location, 5
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    (0, 0, {"product_id": product.id, "product_uom_qty": 1})
                ],
            }
        )
        order.action_confirm()
        self._flush()
        self.assertFalse(order.art_is_art_order)
        self.assertFalse(order.art_stage)
        self.assertFalse(order.review_ids, "no art review tier applies")
        self.assertFalse(order.invoice_ids, "no automatic invoice")
        picking = order.picking_ids
        picking.move_ids.picked = True
        picking.button_validate()
        self.assertEqual(picking.state, "done", "no payment, packing or carrier gate")
        self.assertFalse(order.art_event_ids)

    def test_stock_user_who_cannot_read_the_order_validates_it(self):
        """As in plain Odoo (sale_stock's own test): a stock manager whose
        salesman rules hide someone else's order validates its delivery."""
        product = self.env["product.product"].create(
            {"name": "Hanging kit", "type": "consu", "is_storable": True}
        )
        self.env["stock.quant"]._update_available_quantity(
            product, self.stock_location, 5
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "user_id": self.env.user.id,
                "order_line": [
                    (0, 0, {"product_id": product.id, "product_uom_qty": 2})
                ],
            }
        )
        order.action_confirm()
        stock_user = new_test_user(
            self.env,
            login="art_lc_stock_not_sales",
            groups="stock.group_stock_manager,sales_team.group_sale_salesman",
        )
        with self.assertRaises(AccessError):
            order.with_user(stock_user).check_access("read")
        picking = order.picking_ids.with_user(stock_user)
        picking.move_ids.write({"quantity": 1, "picked": True})
        Form.from_action(
            self.env(user=stock_user), picking.button_validate()
        ).save().process_cancel_backorder()
        self.assertEqual(picking.state, "done")

    def test_stage_todos_close_when_the_stage_passes(self):
        stage_type = self.env.ref("art_order_tracking.mail_activity_type_art_stage")
        order = self._order()
        order.with_user(self.seller).request_validation()
        self._flush()

        def stage_todos():
            return order.activity_ids.filtered(
                lambda a: a.activity_type_id == stage_type
            )

        review_todos = stage_todos()
        self.assertTrue(review_todos.filtered(lambda a: a.user_id == self.seller))
        self._submit_and_approve(order)
        self.assertNotEqual(order.art_stage, "review")
        self.assertFalse(review_todos.exists(), "the review to-do left with the stage")
        # At most the current stage's to-do is open.
        self.assertLessEqual(len(stage_todos()), 1)
        self._pay(order)
        self.assertEqual(order.art_stage, "paid")
        self.assertLessEqual(len(stage_todos()), 1)

    def test_overdue_flag_and_activity(self):
        order = self._order()
        order.with_user(self.seller).request_validation()
        self._flush()
        self.assertTrue(order.art_stage_deadline, "review has a 24 h commitment")
        activities = order.activity_ids
        self.assertTrue(activities.filtered(lambda a: a.user_id == self.seller))
        order.with_context(
            skip_validation_check=True
        ).art_stage_deadline = "2000-01-01 00:00:00"
        self.env["sale.order"]._art_cron_flag_overdue()
        self.assertTrue(order.art_overdue)
        self.assertIn("Stage overdue", order.art_event_ids.mapped("name"))
        self.assertGreater(len(order.activity_ids), len(activities))
        # Flagged once.
        count = len(order.art_event_ids)
        self.env["sale.order"]._art_cron_flag_overdue()
        self.assertEqual(len(order.art_event_ids), count)


@tagged("post_install", "-at_install")
class TestOrderLifecycleAccess(LifecycleCase):
    def test_warehouse_cannot_approve_review(self):
        order = self._order()
        order.with_user(self.seller).request_validation()
        self._flush()
        order.with_user(self.warehouse_user)._validate_tier()
        self.assertEqual(order.art_stage, "review")
        self.assertNotIn("approved", order.review_ids.mapped("status"))
        self.assertEqual(order.state, "draft")

    def test_sales_cannot_register_payments(self):
        order = self._order()
        self._submit_and_approve(order)
        with self.assertRaises(AccessError):
            self.env["account.payment.register"].with_user(self.seller).with_context(
                active_model="account.move", active_ids=order.invoice_ids.ids
            ).create({})._create_payments()
        self.assertFalse(order.art_is_paid)

    def test_portal_cannot_read_other_orders_or_timelines(self):
        order = self._order()
        order.with_user(self.seller).request_validation()
        self._flush()
        other = new_test_user(
            self.env, login="art_lc_other", groups="base.group_portal"
        )
        with self.assertRaises(AccessError):
            order.with_user(other).check_access("read")
        with self.assertRaises(AccessError):
            order.art_event_ids.with_user(other).check_access("read")
