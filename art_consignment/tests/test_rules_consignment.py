# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the gallery pays its consignors and artists, over the ORM calls RPC
makes: settlements and studio purchase orders are Finance's and the
Manager's, whatever Odoo gives the stock and sales groups."""

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import ConsignmentCase


@tagged("post_install", "-at_install")
class TestRulesConsignment(ConsignmentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.vendor = cls.env["res.partner"].create({"name": "Frame Supplier"})
        cls.frame = cls.env["product.product"].create(
            {"name": "Gilded frame", "is_storable": True, "standard_price": 80.0}
        )

    def _studio_sale(self):
        lot = self._new_lot("RUL", art_ownership="studio", art_studio_price=2000.0)
        order = self._order(lot=lot, price=5000.0)
        self._submit_and_approve(order)
        purchase = order.art_purchase_order_ids
        self.assertEqual(len(purchase), 1)
        return lot, order, purchase

    def _plain_purchase(self):
        purchase = self.env["purchase.order"].create(
            {
                "partner_id": self.vendor.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.frame.id,
                            "product_qty": 2.0,
                            "price_unit": 80.0,
                        }
                    )
                ],
            }
        )
        purchase.button_confirm()
        return purchase

    def test_studio_purchase_price_hidden_from_stock_roles(self):
        __, order, purchase = self._studio_sale()
        plain = self._plain_purchase()
        self.env.invalidate_all()
        for user in (self.warehouse_user, self.logistics):
            Purchase = self.env["purchase.order"].with_user(user)
            Line = self.env["purchase.order.line"].with_user(user)
            self.assertEqual(
                Purchase.search([("id", "in", (purchase | plain).ids)]), plain
            )
            self.assertFalse(
                Line.search_read([("order_id", "=", purchase.id)], ["price_unit"])
            )
            groups = Line.read_group(
                [("product_id", "=", purchase.order_line.product_id.id)],
                ["price_unit:sum"],
                ["product_id"],
            )
            self.assertFalse(groups)
            with self.assertRaises(AccessError):
                purchase.order_line.with_user(user).read(["price_unit"])
            with self.assertRaises(AccessError):
                purchase.with_user(user).read(["amount_total"])
            # Other purchases stay as Odoo has them.
            self.assertEqual(
                plain.order_line.with_user(user).read(["price_unit"])[0]["price_unit"],
                80.0,
            )
            # The sales order they work from does not open it either.
            self.assertFalse(order.with_user(user).art_purchase_order_ids)
        for user in (self.finance, self.manager):
            self.env.invalidate_all()
            line = purchase.order_line.with_user(user)
            self.assertEqual(line.read(["price_unit"])[0]["price_unit"], 2000.0)

    def test_warehouse_receives_studio_work_without_reading_its_price(self):
        lot, __, purchase = self._studio_sale()
        # Valued at what the gallery pays: Odoo reads the purchase line.
        lot.product_id.categ_id = self.env["product.category"].create(
            {"name": "Artworks (FIFO)", "property_cost_method": "fifo"}
        )
        receipt = purchase.picking_ids
        self.env.invalidate_all()
        receipt = receipt.with_user(self.warehouse_user)
        # The receipt form shows which order it comes from, by name only.
        shown = receipt.web_read({"purchase_id": {"fields": {"display_name": {}}}})
        self.assertEqual(shown[0]["purchase_id"]["display_name"], purchase.name)
        # The move of the receipt does not repeat the price either.
        self.assertFalse(receipt.move_ids.read(["price_unit"])[0]["price_unit"])
        receipt.move_ids.picked = True
        receipt.button_validate()
        self.assertEqual(receipt.state, "done")
        self.assertEqual(receipt.move_line_ids.lot_id, lot)
        self.assertEqual(purchase.order_line.qty_received, 1.0)
        layer = receipt.move_ids.sudo().stock_valuation_layer_ids
        self.assertAlmostEqual(layer.unit_cost, 2000.0)

    def test_only_finance_and_manager_read_settlements(self):
        __, order, __ = self._studio_sale()
        settlement = order.art_settlement_ids
        self.assertTrue(settlement)
        self.env.invalidate_all()
        for user in (self.sales_user, self.seller, self.warehouse_user, self.logistics):
            Settlement = self.env["art.consignment.settlement"].with_user(user)
            with self.assertRaises(AccessError):
                Settlement.search([])
            with self.assertRaises(AccessError):
                Settlement.read_group([], ["net_due:sum"], ["partner_id"])
            with self.assertRaises(AccessError):
                settlement.with_user(user).read(["partner_id"])
            with self.assertRaises(AccessError):
                order.with_user(user).read(["art_settlement_ids"])
        for user in (self.finance, self.manager):
            Settlement = self.env["art.consignment.settlement"].with_user(user)
            self.assertEqual(
                Settlement.search([("order_id", "=", order.id)]), settlement
            )
            self.assertEqual(settlement.with_user(user).net_due, 2000.0)
