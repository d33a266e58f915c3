# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Selling one physical work: the order names it, the delivery takes it,
the provenance records the buyer."""

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import Form, tagged

from .test_artwork_common import ArtworkCase


@tagged("post_install", "-at_install")
class TestArtworkSale(ArtworkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lot = cls._create_lot(cls.painting, "SALE-1")
        cls._put_in_stock(cls.lot)
        cls.copy1 = cls._create_lot(cls.edition, "SALE-E1", art_edition_number=1)
        cls.copy2 = cls._create_lot(cls.edition, "SALE-E2", art_edition_number=2)
        cls._put_in_stock(cls.copy1)
        cls._put_in_stock(cls.copy2)
        cls.other_customer = cls.env["res.partner"].create({"name": "Second Buyer"})

    def _order(self, product, lot=None, partner=None, qty=1):
        return self.env["sale.order"].create(
            {
                "partner_id": (partner or self.customer).id,
                "order_line": [
                    (
                        0,
                        0,
                        {
                            "product_id": product.product_variant_id.id,
                            "product_uom_qty": qty,
                            "art_lot_id": lot.id if lot else False,
                        },
                    )
                ],
            }
        )

    def test_artwork_line_needs_a_work(self):
        order = self._order(self.painting)
        with self.assertRefused(UserError, "choose which physical work"):
            order.action_confirm()
        self.assertEqual(order.state, "draft")
        self.assertFalse(order.picking_ids)
        order.order_line.product_uom_qty = 2
        order.order_line.art_lot_id = self.lot
        with self.assertRefused(UserError, "quantity of 1"):
            order.action_confirm()
        self.assertEqual(order.state, "draft")

    def test_plain_orders_behave_as_odoo(self):
        product = self.env["product.product"].create(
            {"name": "Catalogue book", "type": "consu", "list_price": 30}
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    (0, 0, {"product_id": product.id, "product_uom_qty": 3})
                ],
            }
        )
        order.action_confirm()
        self.assertEqual(order.state, "sale")
        self.assertFalse(order.picking_ids.move_ids.restrict_lot_id)

    def test_one_work_cannot_be_on_two_open_orders(self):
        first = self._order(self.painting, self.lot)
        self._confirm(first)
        second = self._order(self.painting, self.lot, partner=self.other_customer)
        with self.assertRefused(UserError, first.name):
            second.action_confirm()
        self.assertEqual(second.state, "draft")
        self.assertFalse(second.picking_ids)
        # The same work twice on one order is refused as well.
        double = self._order(self.edition, self.copy1)
        double.order_line.copy({"order_id": double.id, "art_lot_id": self.copy1.id})
        with self.assertRefused(UserError, "sold twice"):
            double.action_confirm()
        # Once the first order is delivered, the work can be sold again
        # (e.g. after a return); the check is about open orders only.
        self._deliver(first)
        self.assertEqual(first.order_line.qty_delivered, 1)
        self._put_in_stock(self.lot)
        self._confirm(second)
        self.assertEqual(second.state, "sale")

    def test_cancelled_order_frees_the_work(self):
        first = self._order(self.painting, self.lot)
        self._confirm(first)
        first._action_cancel()
        second = self._order(self.painting, self.lot)
        self._confirm(second)
        self.assertEqual(second.state, "sale")

    def _deliver(self, order):
        self._clear_for_shipping(order)
        picking = order.picking_ids.filtered(lambda p: p.state != "done")
        picking.action_assign()
        picking.move_ids.picked = True
        picking.button_validate()
        self.assertEqual(picking.state, "done")
        return picking

    def test_delivery_reserves_the_sold_work(self):
        # Copy 2 is sold; the default removal strategy would take copy 1.
        order = self._order(self.edition, self.copy2)
        self._confirm(order)
        moves = order.picking_ids.move_ids
        self.assertEqual(moves.restrict_lot_id, self.copy2)
        self.assertEqual(moves.move_line_ids.lot_id, self.copy2)
        self.assertEqual(order.picking_ids.state, "assigned")
        # Another order for the same product can only take copy 1.
        other = self._order(self.edition, self.copy1, partner=self.other_customer)
        self._confirm(other)
        self.assertEqual(other.picking_ids.move_ids.move_line_ids.lot_id, self.copy1)

    def test_delivery_adds_the_buyer_to_the_provenance(self):
        self.env["art.provenance"].create(
            {
                "lot_id": self.lot.id,
                "partner_id": self.artist.id,
                "date_from": "2005-01-01",
                "acquisition_method": "consignment",
            }
        )
        order = self._order(self.painting, self.lot)
        self._confirm(order)
        picking = self._deliver(order)
        chain = self.lot.art_provenance_ids
        self.assertEqual(len(chain), 2)
        last = chain[-1]
        self.assertEqual(last.partner_id, self.customer)
        self.assertEqual(last.acquisition_method, "purchase")
        delivered_on = fields.Date.context_today(picking, picking.date_done)
        self.assertEqual(last.date_from, delivered_on)
        self.assertEqual(last.sale_order_id, order)
        self.assertEqual(chain[0].date_to, delivered_on)
        self.assertIn(self.customer, self.lot.art_recipient_partner_ids)
        self.env.invalidate_all()
        self.assertEqual(self.painting.art_availability, "sold")

    def test_sale_line_form_offers_only_copies_of_the_product(self):
        order_form = Form(self.env["sale.order"])
        order_form.partner_id = self.customer
        with order_form.order_line.new() as line:
            line.product_id = self.edition.product_variant_id
            line.art_lot_id = self.copy1
            line.product_id = self.painting.product_variant_id
            self.assertFalse(line.art_lot_id)
