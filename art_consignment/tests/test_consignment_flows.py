# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each ownership case through sale, payment and delivery."""

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import ConsignmentCase


@tagged("post_install", "-at_install")
class TestConsignmentFlows(ConsignmentCase):
    def test_gallery_work_creates_no_sourcing_document(self):
        lot = self._new_lot("GAL")
        self._put_in_stock(lot)
        self.assertEqual(lot.art_ownership, "gallery")
        order, _picking = self._delivered(lot)
        self.assertFalse(order.art_purchase_order_ids)
        self.assertFalse(order.art_consignor_bill_ids)
        self.assertFalse(order.art_settlement_ids)

    def test_consigned_work_bills_the_consignor_after_payment_and_delivery(self):
        lot, agreement = self._consigned_lot(min_price=4000.0)
        line = agreement.line_ids
        self.assertEqual(lot.art_ownership, "consigned")
        self.assertEqual(lot.art_owner_id, self.consignor)
        order = self._order(lot=lot, price=5000.0)
        self._submit_and_approve(order)
        self.assertEqual(order.state, "sale")
        self.assertEqual(line.state, "sold")
        self.assertEqual(line.sale_line_id, order.order_line)
        self._pay(order)
        self.assertFalse(order.art_consignor_bill_ids, "not before the delivery")
        self._packing_report(order, lot=lot)
        picking = order._art_customer_pickings()
        # Odoo's stock ownership: the consignor's quant is reserved and shipped.
        self.assertEqual(picking.move_line_ids.lot_id, lot)
        self.assertEqual(picking.move_line_ids.owner_id, self.consignor)
        picking.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "CS-1"})
        picking.move_ids.picked = True
        picking.with_user(self.warehouse_user).button_validate()
        self._flush()
        self.assertEqual(order.art_stage, "in_transit")
        self.assertFalse(order.art_consignor_bill_ids, "not before the signature")
        self._arrival_report(picking)
        self._deliver(picking)
        bill = order.art_consignor_bill_ids
        self.assertEqual(len(bill), 1)
        self.assertEqual(bill.move_type, "in_invoice")
        self.assertEqual(bill.state, "posted")
        self.assertEqual(bill.partner_id, self.consignor)
        # 5000 minus 30 % commission.
        self.assertAlmostEqual(bill.amount_total, 3500.0)
        self.assertEqual(bill.art_consignment_sale_id, order)
        settlement = order.art_settlement_ids
        self.assertEqual(settlement.move_ids, bill)
        self.assertAlmostEqual(settlement.sale_price, 5000.0)
        self.assertAlmostEqual(settlement.commission_amount, 1500.0)
        self.assertAlmostEqual(settlement.net_due, 3500.0)
        self.assertIn(
            f"Consignor bill {bill.name} for {lot.display_name}",
            order.art_event_ids.mapped("name"),
        )
        # A second stage change (closing) bills nothing more.
        order._art_create_consignor_bills()
        self.assertEqual(order.art_consignor_bill_ids, bill)

    def test_consigned_work_agreed_net(self):
        lot, _agreement = self._consigned_lot(terms="net", net_amount=2800.0)
        order, _picking = self._delivered(lot, price=5000.0)
        self.assertAlmostEqual(order.art_consignor_bill_ids.amount_total, 2800.0)
        self.assertAlmostEqual(order.art_settlement_ids.commission_amount, 2200.0)

    def test_consigned_work_shipped_on_credit_billed_once_paid(self):
        lot, _agreement = self._consigned_lot()
        order = self._order(lot=lot, price=5000.0)
        self._submit_and_approve(order)
        order.with_user(self.manager)._art_approve_ship_on_credit("Museum client")
        self._packing_report(order, lot=lot)
        picking = order._art_customer_pickings()
        picking.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "CR-1"})
        picking.move_ids.picked = True
        picking.with_user(self.warehouse_user).button_validate()
        self._flush()
        self._arrival_report(picking)
        self._deliver(picking)
        self.assertEqual(order.art_stage, "delivered")
        self.assertFalse(order.art_consignor_bill_ids, "the customer has not paid")
        with self.assertRaisesRegex(UserError, "customer has paid"):
            order.with_user(self.finance).action_art_create_consignor_bills()
        with self.assertRaisesRegex(UserError, "Only Finance"):
            order.with_user(self.seller).action_art_create_consignor_bills()
        self._pay(order)
        bill = order.art_consignor_bill_ids
        self.assertAlmostEqual(bill.amount_total, 3500.0, "billed once paid")
        # Finance's button bills nothing twice.
        order.with_user(self.finance).action_art_create_consignor_bills()
        self.assertEqual(order.art_consignor_bill_ids, bill)

    def test_studio_work_is_bought_from_the_artist_on_approval(self):
        lot = self._new_lot("STU", art_ownership="studio", art_studio_price=2000.0)
        self.assertEqual(lot.art_owner_id, self.artist)
        order = self._order(lot=lot, price=5000.0)
        self._submit_and_approve(order)
        self.assertEqual(order.state, "sale")
        purchase = order.art_purchase_order_ids
        self.assertEqual(len(purchase), 1)
        self.assertEqual(purchase.partner_id, self.artist)
        self.assertEqual(purchase.state, "purchase")
        self.assertEqual(purchase.art_sale_order_id, order)
        self.assertEqual(purchase.order_line.art_lot_id, lot)
        self.assertAlmostEqual(purchase.amount_total, 2000.0)
        self.assertIn(
            f"Studio work {lot.display_name} ordered from the artist: {purchase.name}",
            order.art_event_ids.mapped("name"),
        )
        # The receipt brings in exactly that work; the delivery then reserves it.
        receipt = purchase.picking_ids
        self.assertEqual(receipt.move_line_ids.lot_id, lot)
        receipt.move_ids.picked = True
        receipt.button_validate()
        delivery = order._art_customer_pickings()
        self.assertEqual(delivery.state, "assigned")
        self.assertEqual(delivery.move_line_ids.lot_id, lot)
        self._pay(order)
        self._packing_report(order, lot=lot)
        delivery.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "ST1"})
        delivery.move_ids.picked = True
        delivery.with_user(self.warehouse_user).button_validate()
        self._flush()
        self._arrival_report(delivery)
        self._deliver(delivery)
        self.assertEqual(order.art_stage, "delivered")
        self.assertFalse(order.art_consignor_bill_ids)
        # The artist's bill (from the purchase order) settles the studio work.
        purchase.action_create_invoice()
        bill = purchase.invoice_ids
        bill.invoice_date = bill.date
        bill.action_post()
        settlement = order.art_settlement_ids
        self.assertEqual(bill.art_settlement_id, settlement)
        self.assertAlmostEqual(settlement.net_due, 2000.0)
        self._pay_bill(bill)
        Settlement = self.env["art.consignment.settlement"]
        figures = Settlement._art_statement(
            self.artist, settlement.date, settlement.date
        )[self.artist]
        self.assertEqual(figures["works"], 1)
        self.assertAlmostEqual(figures["paid"], 2000.0)
        self.assertAlmostEqual(figures["outstanding"], 0.0)

    def test_studio_work_without_price_cannot_be_approved(self):
        lot = self._new_lot("STU", art_ownership="studio")
        order = self._order(lot=lot, price=5000.0)
        order.with_user(self.seller).request_validation()
        self._flush()
        with self.assertRaisesRegex(UserError, "purchase price"):
            self._approve(order, self.reviewer)
        self.assertNotEqual(order.state, "sale")
        self.assertFalse(order.art_purchase_order_ids)
