# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Shared set-up of the consignment tests (no tests of its own)."""

import itertools

from odoo import fields
from odoo.tests import new_test_user

from odoo.addons.art_order_tracking.tests.test_delivery_common import DeliveryCase

SERIALS = itertools.count(1)


class ConsignmentCase(DeliveryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.consignor = cls.env["res.partner"].create(
            {"name": "Test Consignor Trust", "email": "consignor@example.com"}
        )
        cls.other_consignor = cls.env["res.partner"].create(
            {"name": "Other Consignor", "email": "other.consignor@example.com"}
        )
        cls.sales_user = new_test_user(
            cls.env,
            login="art_cs_sales",
            groups="art_order_tracking.group_art_sales",
        )

    # helpers -----------------------------------------------------------

    @classmethod
    def _new_lot(cls, prefix="CS", **lot_values):
        number = next(SERIALS)
        work = cls._create_artwork(
            f"Consignment Study {prefix} {number}",
            "painting",
            invoice_policy="order",
        )
        return cls._create_lot(work, f"{prefix}-{number}", **lot_values)

    @classmethod
    def _agreement(cls, partner=None, lines=(), activate=True, **values):
        today = fields.Date.today()
        vals = {
            "partner_id": (partner or cls.consignor).id,
            "date_start": fields.Date.add(today, days=-30),
            "date_end": fields.Date.add(today, days=300),
            "line_ids": [fields.Command.create(line) for line in lines],
        }
        vals.update(values)
        agreement = cls.env["art.consignment.agreement"].create(vals)
        if activate:
            agreement.action_activate()
        return agreement

    @classmethod
    def _consigned_lot(cls, partner=None, in_stock=True, **line_values):
        """A work consigned by ``partner`` (commission 30 % by default),
        in stock with the consignor as the quant's owner."""
        partner = partner or cls.consignor
        lot = cls._new_lot("CONS")
        line = {"lot_id": lot.id, "terms": "commission", "commission_percent": 30.0}
        line.update(line_values)
        agreement = cls._agreement(partner, [line])
        if in_stock:
            cls.env["stock.quant"]._update_available_quantity(
                lot.product_id, cls.stock_location, 1.0, lot_id=lot, owner_id=partner
            )
        return lot, agreement

    def _delivered(self, lot, price=5000.0, ref=None):
        """Sell ``lot`` at ``price``: approve, pay, pack, ship, sign."""
        ref = ref or f"CS{next(SERIALS)}"
        order = self._order(lot=lot, price=price)
        self._submit_and_approve(order)
        self.assertEqual(order.state, "sale")
        self._pay(order)
        self._packing_report(order, lot=lot)
        picking = order._art_customer_pickings()
        picking.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": ref})
        picking.move_ids.picked = True
        picking.with_user(self.warehouse_user).button_validate()
        self._flush()
        self._arrival_report(picking)
        self._deliver(picking)
        self.assertEqual(order.art_stage, "delivered")
        return order, picking

    def _pay_bill(self, bill, amount=None):
        register = (
            self.env["account.payment.register"]
            .with_user(self.finance)
            .with_context(active_model="account.move", active_ids=bill.ids)
            .create({"amount": amount} if amount else {})
        )
        register._create_payments()
        self._flush()

    def _credit_note(self, order):
        """The customer is refunded the whole invoice (a plain credit note)."""
        invoice = order.invoice_ids.filtered(lambda m: m.move_type == "out_invoice")
        refund = invoice._reverse_moves(
            [{"invoice_date": fields.Date.today(), "ref": "Returned work"}]
        )
        refund.with_user(self.finance).action_post()
        self._flush()
        return refund
