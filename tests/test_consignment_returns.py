# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A refunded art return of a consigned work reverses the consignor's share
(art_consignment keys on the credit note of the sale line, art_returns makes
that credit note: neither depends on the other)."""

import unittest

from odoo import fields

from odoo.addons.art_returns.tests.common import ArtReturnCase

from .common import ArtCrossModuleCase


class TestConsignedWorkReturn(ArtCrossModuleCase, ArtReturnCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if "art.consignment.agreement" not in cls.env:
            raise unittest.SkipTest("art_consignment is not installed")
        cls.consignor = cls.env["res.partner"].create({"name": "Return Consignor"})
        today = fields.Date.today()
        cls.agreement = cls.env["art.consignment.agreement"].create(
            {
                "partner_id": cls.consignor.id,
                "date_start": fields.Date.add(today, days=-10),
                "date_end": fields.Date.add(today, days=300),
                "line_ids": [
                    fields.Command.create(
                        {
                            "lot_id": cls.painting.id,
                            "terms": "commission",
                            "commission_percent": 20.0,
                        }
                    )
                ],
            }
        )
        cls.agreement.action_activate()

    def _refunded_return(self, pay_consignor):
        order = self._deliver(self.painting)
        # Paid and handed over; the signed delivery would bill the consignor.
        bill = order._art_create_consignor_bills()
        self.assertAlmostEqual(bill.amount_total, 4000.0)
        if pay_consignor:
            self.env["account.payment.register"].with_context(
                active_model="account.move", active_ids=bill.ids
            ).create({})._create_payments()
        rma = self._request(order)
        self._accept_and_approve(rma)
        self._receive(rma)
        self._inspect(rma)
        rma.with_user(self.users["finance"]).action_art_refund()
        self.assertEqual(rma.state, "refunded")
        return order, bill

    def test_refund_before_the_consignor_is_paid(self):
        self.assertEqual(self.painting.art_ownership, "consigned")
        order, bill = self._refunded_return(pay_consignor=False)
        self.assertEqual(bill.payment_state, "reversed")
        settlement = order.art_settlement_ids
        self.assertTrue(settlement.refunded)
        self.assertEqual(
            (settlement.move_ids - bill).move_type, "in_refund", "the bill's reversal"
        )
        line = self.agreement.line_ids
        self.assertEqual(line.state, "open", "the work is on consignment again")
        quant = self.env["stock.quant"].search(
            [("lot_id", "=", self.painting.id), ("quantity", ">", 0)]
        )
        self.assertEqual(quant.owner_id, self.consignor)

    def test_refund_after_the_consignor_was_paid(self):
        order, bill = self._refunded_return(pay_consignor=True)
        refund = order.art_settlement_ids.move_ids - bill
        self.assertEqual(refund.move_type, "in_refund")
        self.assertEqual(refund.partner_id, self.consignor)
        self.assertEqual(refund.payment_state, "not_paid")
        self.assertAlmostEqual(refund.amount_residual, 4000.0)
