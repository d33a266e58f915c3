# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Minimum-price tier, returns after the sale, settlement statement."""

from datetime import date

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import ConsignmentCase


@tagged("post_install", "-at_install")
class TestConsignmentMinimumPrice(ConsignmentCase):
    def test_below_minimum_needs_the_manager(self):
        lot, _agreement = self._consigned_lot(min_price=4000.0)
        order = self._order(lot=lot, price=3500.0)
        self.assertTrue(order.art_below_consignor_min)
        order.with_user(self.seller).request_validation()
        self._flush()
        tier = self.env.ref("art_consignment.tier_definition_art_consignor_minimum")
        self.assertIn(tier, order.review_ids.definition_id)
        self._approve(order, self.reviewer)
        self.assertEqual(order.state, "draft", "the sales review is not enough")
        self._approve(order, self.manager)
        self.assertEqual(order.state, "sale")

    def test_at_minimum_and_plain_orders_unaffected(self):
        lot, _agreement = self._consigned_lot(min_price=4000.0)
        order = self._order(lot=lot, price=4000.0)
        self.assertFalse(order.art_below_consignor_min)
        order.order_line.discount = 10.0
        self.assertTrue(order.art_below_consignor_min, "the untaxed price counts")
        order.order_line.discount = 0.0
        order.with_user(self.seller).request_validation()
        self._flush()
        tier = self.env.ref("art_consignment.tier_definition_art_consignor_minimum")
        self.assertNotIn(tier, order.review_ids.definition_id)
        self._approve(order, self.reviewer)
        self.assertEqual(order.state, "sale")
        # A plain (non-art) order: no art tier at all.
        service = self.env["product.product"].create(
            {"name": "Framing", "type": "service", "list_price": 10.0}
        )
        plain = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [fields.Command.create({"product_id": service.id})],
            }
        )
        self.assertFalse(plain.art_below_consignor_min)
        self.assertFalse(plain.review_ids)


@tagged("post_install", "-at_install")
class TestConsignmentReturns(ConsignmentCase):
    def test_refund_before_the_consignor_was_paid_reverses_the_bill(self):
        lot, agreement = self._consigned_lot()
        order, _picking = self._delivered(lot)
        bill = order.art_consignor_bill_ids
        self.assertEqual(bill.payment_state, "not_paid")
        self._credit_note(order)
        settlement = order.art_settlement_ids
        self.assertTrue(settlement.refunded)
        reversal = settlement.move_ids - bill
        self.assertEqual(reversal.move_type, "in_refund")
        self.assertEqual(reversal.state, "posted")
        self.assertAlmostEqual(reversal.amount_total, 3500.0)
        self.assertEqual(bill.payment_state, "reversed")
        self.assertEqual(bill.amount_residual, 0.0)
        self.assertEqual(agreement.line_ids.state, "open", "back on consignment")
        figures = self.env["art.consignment.settlement"]._art_statement(
            self.consignor, settlement.date, settlement.date
        )[self.consignor]
        self.assertEqual(figures["works"], 0)
        self.assertAlmostEqual(figures["net_due"], 0.0)
        self.assertAlmostEqual(figures["paid"], 0.0)
        self.assertAlmostEqual(figures["outstanding"], 0.0)
        self.assertTrue(
            any(
                name.startswith("Consignor share reversed")
                for name in order.art_event_ids.mapped("name")
            )
        )

    def test_refund_after_the_consignor_was_paid_records_a_receivable(self):
        lot, _agreement = self._consigned_lot()
        order, _picking = self._delivered(lot)
        bill = order.art_consignor_bill_ids
        self._pay_bill(bill)
        self.assertIn(bill.payment_state, ("paid", "in_payment"))
        self._credit_note(order)
        settlement = order.art_settlement_ids
        refund = settlement.move_ids - bill
        self.assertEqual(refund.move_type, "in_refund")
        self.assertEqual(refund.partner_id, self.consignor)
        self.assertEqual(refund.state, "posted")
        self.assertEqual(refund.payment_state, "not_paid", "the consignor owes it")
        self.assertAlmostEqual(refund.amount_residual, 3500.0)
        figures = self.env["art.consignment.settlement"]._art_statement(
            self.consignor, settlement.date, settlement.date
        )[self.consignor]
        self.assertAlmostEqual(figures["net_due"], 0.0)
        self.assertAlmostEqual(figures["paid"], 3500.0)
        self.assertAlmostEqual(figures["outstanding"], -3500.0)
        # A second credit note does not claim the share twice.
        self._credit_note(order)
        self.assertEqual(len(settlement.move_ids), 2)

    def test_refund_of_a_gallery_work_touches_no_consignor(self):
        lot = self._new_lot("GAL")
        self._put_in_stock(lot)
        order, _picking = self._delivered(lot)
        moves = self.env["account.move"].search_count([])
        self._credit_note(order)
        self.assertEqual(
            self.env["account.move"].search_count([]), moves + 1, "the credit note"
        )


@tagged("post_install", "-at_install")
class TestConsignmentStatement(ConsignmentCase):
    @classmethod
    def _settle(cls, partner, day, sale, commission, net, refunded=False):
        Settlement = cls.env["art.consignment.settlement"]
        settlement = Settlement.create(
            {
                "partner_id": partner.id,
                "kind": "consigned",
                "date": day,
                "lot_id": cls._new_lot("ST").id,
                "sale_price": sale,
                "commission_amount": commission,
                "net_due": net,
                "refunded": refunded,
            }
        )
        bill = cls.env["account.move"].create(
            settlement._art_bill_values("in_invoice", net, "Share")
        )
        bill.action_post()
        return settlement, bill

    def test_statement_totals_against_hand_computed_figures(self):
        may = (date(2026, 5, 1), date(2026, 5, 31))
        _s1, bill1 = self._settle(self.consignor, date(2026, 5, 3), 10000, 3000, 7000)
        _s2, bill2 = self._settle(self.consignor, date(2026, 5, 20), 5000, 1000, 4000)
        # Returned: not a sale, its reversal nets its bill to zero.
        s3, bill3 = self._settle(self.consignor, date(2026, 5, 25), 2000, 600, 1400)
        s3._art_reverse()
        # Outside the period, and another consignor: not counted.
        self._settle(self.consignor, date(2026, 6, 1), 9000, 900, 8100)
        self._settle(self.other_consignor, date(2026, 5, 10), 8000, 800, 7200)
        self._pay_bill(bill1)
        self._pay_bill(bill2, amount=1000.0)
        self.assertEqual(bill3.payment_state, "reversed")
        figures = self.env["art.consignment.settlement"]._art_statement(
            self.consignor | self.other_consignor, *may
        )
        mine = figures[self.consignor]
        # 10000 + 5000 sold; 3000 + 1000 commission; 7000 + 4000 due;
        # 7000 + 1000 paid; 11000 - 8000 outstanding.
        self.assertEqual(mine["works"], 2)
        self.assertAlmostEqual(mine["sale_price"], 15000.0)
        self.assertAlmostEqual(mine["commission"], 4000.0)
        self.assertAlmostEqual(mine["net_due"], 11000.0)
        self.assertAlmostEqual(mine["paid"], 8000.0)
        self.assertAlmostEqual(mine["outstanding"], 3000.0)
        self.assertEqual(len(mine["lines"]), 3, "the returned work is listed")
        other = figures[self.other_consignor]
        self.assertEqual(other["works"], 1)
        self.assertAlmostEqual(other["outstanding"], 7200.0)

    def test_statement_pdf_through_the_wizard(self):
        self._settle(self.consignor, date(2026, 5, 3), 10000, 3000, 7000)
        wizard = (
            self.env["art.consignment.statement.wizard"]
            .with_user(self.finance)
            .create({"date_from": date(2026, 5, 1), "date_to": date(2026, 5, 31)})
        )
        action = wizard.action_print()
        self.assertEqual(
            action["report_name"], "art_consignment.report_art_consignment_statement"
        )
        self.assertEqual(action["context"]["active_ids"], self.consignor.ids)
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "art_consignment.report_art_consignment_statement",
            self.consignor.ids,
            data=action["data"],
        )
        html = html.decode()
        self.assertIn("Settlement Statement", html)
        self.assertIn("7,000.00", html)
        # An empty period prints nothing.
        empty = wizard.copy(
            {"date_from": date(2020, 1, 1), "date_to": date(2020, 1, 2)}
        )
        with self.assertRaisesRegex(UserError, "No consigned or studio work"):
            empty.action_print()

    def test_statement_query_budget(self):
        for day in range(1, 29):
            self._settle(self.consignor, date(2026, 5, day), 1000, 300, 700)
        self._settle(self.other_consignor, date(2026, 5, 2), 1000, 300, 700)
        partners = self.consignor | self.other_consignor
        Settlement = self.env["art.consignment.settlement"]
        self.env.invalidate_all()
        # Two aggregates, the work list and the partners: not one per work.
        with self.assertQueryCount(5):
            figures = Settlement._art_statement(
                partners, date(2026, 5, 1), date(2026, 5, 31)
            )
        self.assertEqual(figures[self.consignor]["works"], 28)
        self.assertAlmostEqual(figures[self.consignor]["net_due"], 28 * 700.0)
