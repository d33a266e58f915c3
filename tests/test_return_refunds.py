# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Art return refunds go back through the payment provider the customer paid
with, when it refunds (Odoo's demo provider, installed in the suite's database
but no dependency of art_returns)."""

from unittest.mock import patch

from odoo import Command
from odoo.exceptions import UserError

from odoo.addons.art_returns.tests.common import ArtReturnCase

from .common import ArtCrossModuleCase


class TestReturnRefundThroughProvider(ArtCrossModuleCase, ArtReturnCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.provider = cls.env.ref("payment.payment_provider_demo")
        cls.method = cls.env.ref("payment_demo.payment_method_demo")

    def _pay_online(self, share=1.0):
        """Pay ``share`` of the invoices through the demo provider, the way a
        customer pays from the portal; the rest by bank."""

        def pay(invoices):
            amount = invoices.currency_id.round(sum(invoices.mapped("amount_residual")))
            online = invoices.currency_id.round(amount * share)
            tx = (
                self.env["payment.transaction"]
                .sudo()
                .create(
                    {
                        "provider_id": self.provider.id,
                        "payment_method_id": self.method.id,
                        "amount": online,
                        "currency_id": invoices.currency_id.id,
                        "partner_id": invoices.partner_id.id,
                        "operation": "online_direct",
                        "invoice_ids": [Command.set(invoices.ids)],
                        "reference": self.env["payment.transaction"]._compute_reference(
                            "demo", prefix=invoices[0].name
                        ),
                    }
                )
            )
            tx._set_done()
            tx._post_process()
            self.assertTrue(tx.payment_id)
            if share < 1.0:
                self.env["account.payment.register"].with_context(
                    active_model="account.move", active_ids=invoices.ids
                ).create({})._create_payments()
            self.assertEqual(invoices.payment_state, "paid")
            self.online_tx = tx

        return pay

    def _received_rma(self, share=1.0, refund_amount=None):
        order = self._deliver(self.painting, pay=self._pay_online(share))
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self._approve(rma, "aftersales")
        if refund_amount is not None:
            rma.with_user(self.users["finance"]).write(
                {
                    "art_refund_amount": refund_amount,
                    "art_deduction_reason": "Frame restored at our cost",
                }
            )
        self._approve(rma, "finance")
        self._receive(rma)
        self._inspect(rma)
        return rma

    def _available_for_refund(self):
        source = self.online_tx.payment_id
        source.invalidate_recordset(["amount_available_for_refund"])
        return source.amount_available_for_refund

    def _provider_refunds(self):
        return self.env["payment.transaction"].search(
            [
                ("source_transaction_id", "=", self.online_tx.id),
                ("operation", "=", "refund"),
            ]
        )

    def test_full_refund_through_the_provider(self):
        rma = self._received_rma()
        rma.with_user(self.users["finance"]).action_art_refund()
        refund_tx = rma.art_refund_transaction_id
        self.assertEqual(refund_tx, self._provider_refunds())
        self.assertEqual(refund_tx.provider_id, self.provider)
        self.assertEqual(refund_tx.amount, -5000.0)
        self.assertEqual(refund_tx.state, "done")
        self.assertEqual(refund_tx.invoice_ids, rma.refund_id)
        payment = rma.art_refund_payment_id
        self.assertEqual(payment, refund_tx.payment_id)
        self.assertEqual(payment.payment_type, "outbound")
        self.assertEqual(payment.amount, 5000.0)
        self.assertEqual(payment.source_payment_id, self.online_tx.payment_id)
        self.assertIn(rma.refund_id.payment_state, ("paid", "in_payment"))
        self.assertEqual(self._available_for_refund(), 0.0)
        self.assertEqual(rma.state, "refunded")
        # One refund only: a second attempt is refused and asks nothing more
        # of the provider.
        with self.assertRefused(UserError, "already refunded"):
            rma.with_user(self.users["finance"]).action_art_refund()
        self.assertEqual(len(self._provider_refunds()), 1)

    def test_partial_refund_through_a_provider_refunding_partially(self):
        self.assertEqual(self.method.support_refund, "partial")
        rma = self._received_rma(refund_amount=4000.0)
        rma.with_user(self.users["finance"]).action_art_refund()
        self.assertEqual(rma.art_resolution, "partial_refund")
        self.assertEqual(rma.art_refund_transaction_id.amount, -4000.0)
        self.assertEqual(rma.art_refund_payment_id.amount, 4000.0)
        self.assertEqual(self._available_for_refund(), 1000.0)

    def test_partial_refund_with_full_only_provider_is_a_refund_payment(self):
        self.method.support_refund = "full_only"
        rma = self._received_rma(refund_amount=4000.0)
        rma.with_user(self.users["finance"]).action_art_refund()
        self.assertFalse(self._provider_refunds())
        self.assertFalse(rma.art_refund_transaction_id)
        payment = rma.art_refund_payment_id
        self.assertEqual(payment.payment_type, "outbound")
        self.assertEqual(payment.amount, 4000.0)
        self.assertEqual(payment.journal_id, self.online_tx.payment_id.journal_id)
        self.assertIn(rma.refund_id.payment_state, ("paid", "in_payment"))

    def test_never_more_than_the_transaction_paid(self):
        # Half paid online, half by bank: the provider cannot refund the
        # whole work, so the money goes back by a refund payment.
        rma = self._received_rma(share=0.5)
        self.assertEqual(self.online_tx.amount, 2500.0)
        rma.with_user(self.users["finance"]).action_art_refund()
        self.assertFalse(self._provider_refunds())
        self.assertEqual(rma.art_refund_payment_id.amount, 5000.0)
        self.assertEqual(rma.art_refund_payment_id.payment_type, "outbound")
        self.assertIn(rma.refund_id.payment_state, ("paid", "in_payment"))

    def test_refund_mail_names_the_provider(self):
        rma = self._received_rma()
        rma.with_user(self.users["finance"]).action_art_refund()
        message = rma.message_ids.filtered(lambda m: "is on its way" in (m.body or ""))[
            :1
        ]
        self.assertIn(self.provider.name, message.body)
        self.assertIn(rma.partner_id, message.partner_ids)

    def test_refund_confirmed_later_by_the_provider(self):
        """A provider that confirms refunds later: the credit note is paid
        when the refund transaction is confirmed and post-processed."""
        rma = self._received_rma()
        Transaction = type(self.env["payment.transaction"])
        with patch.object(Transaction, "_handle_notification_data", lambda *a: None):
            rma.with_user(self.users["finance"]).action_art_refund()
        refund_tx = rma.art_refund_transaction_id
        self.assertEqual(refund_tx.state, "draft")
        self.assertFalse(rma.art_refund_payment_id)
        self.assertEqual(rma.state, "refunded")
        self.assertEqual(rma.refund_id.payment_state, "not_paid")
        # The provider's notification arrives; the payment cron post-processes.
        refund_tx._set_done()
        refund_tx._post_process()
        self.assertEqual(rma.art_refund_payment_id, refund_tx.payment_id)
        self.assertEqual(rma.art_refund_payment_id.amount, 5000.0)
        self.assertIn(rma.refund_id.payment_state, ("paid", "in_payment"))
