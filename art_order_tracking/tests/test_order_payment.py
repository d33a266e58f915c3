# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Online payments move the art stage through Odoo's own payment flow.

No real provider is needed: a provider with code ``none`` (the one Odoo's own
payment tests use) carries the transactions; their states are set the way a
provider's notification sets them, then Odoo post-processes them.
"""

from unittest.mock import patch

from odoo import Command
from odoo.tests import new_test_user, tagged

from .test_order_lifecycle import LifecycleCase


@tagged("post_install", "-at_install")
class TestOrderPayment(LifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.portal_confirmation_pay = True
        cls.portal_user = new_test_user(
            cls.env,
            login="art_pay_portal",
            groups="base.group_portal",
            name="Online Collector",
            email="online.collector@example.com",
        )
        cls.buyer = cls.portal_user.partner_id
        method = cls.env.ref("payment.payment_method_unknown")
        cls.provider = cls.env["payment.provider"].create(
            {
                "name": "Test Online Provider",
                "code": "none",
                "state": "test",
                "is_published": True,
                "company_id": cls.company.id,
                "payment_method_ids": [Command.set(method.ids)],
            }
        )
        method.active = True
        PaymentMethod = cls.env.registry["account.payment.method"]
        known = PaymentMethod._get_payment_method_information

        def with_test_provider(self):
            return dict(known(self), none={"mode": "electronic", "type": ("bank",)})

        with patch.object(
            PaymentMethod, "_get_payment_method_information", with_test_provider
        ):
            cls.env["account.payment.method"].sudo().create(
                {"name": "Test online", "code": "none", "payment_type": "inbound"}
            )
            cls.provider.journal_id = cls.env["account.journal"].search(
                [("company_id", "=", cls.company.id), ("type", "=", "bank")],
                limit=1,
            )

    # helpers -----------------------------------------------------------

    def _portal_quotation(self, approve=True, **values):
        """An art quotation requested on the portal, reviewed by sales."""
        order = self._order(
            partner_id=self.buyer.id,
            art_channel="portal",
            require_signature=True,
            **values,
        )
        if approve:
            self._submit_and_approve(order)
        return order

    def _transaction(self, amount, orders=None, invoices=None):
        values = {
            "provider_id": self.provider.id,
            "payment_method_id": self.provider.payment_method_ids[:1].id,
            "amount": amount,
            "currency_id": (orders or invoices).currency_id.id,
            "partner_id": self.buyer.id,
            "operation": "online_direct",
        }
        if orders:
            values["sale_order_ids"] = [Command.set(orders.ids)]
        if invoices:
            values["invoice_ids"] = [Command.set(invoices.ids)]
        Transaction = self.env["payment.transaction"].sudo()
        values["reference"] = Transaction._compute_reference(
            "none", **{k: v for k, v in values.items() if k.endswith("_ids")}
        )
        return Transaction.create(values)

    def _settle(self, tx, state="done"):
        """What the provider's notification and the status page do."""
        if state == "authorized":
            tx._set_authorized()
        else:
            tx._set_done()
        tx._post_process()
        self._flush()

    def _online_events(self, order):
        return order.art_event_ids.filtered(
            lambda e: e.name == "Online payment received"
        )

    def _mails(self, order, subject):
        return order.message_ids.filtered(lambda m: subject in (m.subject or ""))

    # tests -------------------------------------------------------------

    def test_invoice_paid_online_moves_to_paid(self):
        """A back-office order awaiting payment: the customer pays the invoice
        from the portal; the payment is reconciled and the stage moves."""
        order = self._order(partner_id=self.buyer.id)
        self._submit_and_approve(order)
        self.assertEqual(order.art_stage, "awaiting_payment")
        invoice = order.invoice_ids
        tx = self._transaction(invoice.amount_residual, invoices=invoice)
        self.assertFalse(order.art_is_paid, "a draft transaction pays nothing")
        self._settle(tx)
        self.assertTrue(tx.payment_id, "Odoo created the payment")
        self.assertTrue(invoice.currency_id.is_zero(invoice.amount_residual))
        self.assertTrue(order.art_is_paid)
        self.assertEqual(order.art_amount_paid, order.amount_total)
        self.assertEqual(order.art_stage, "paid")
        paid = order.art_event_ids.filtered(lambda e: e.stage == "paid")
        self.assertEqual(len(paid), 1)
        self.assertEqual(paid.source, "system")
        self.assertTrue(paid.customer_visible)
        online = self._online_events(order)
        self.assertEqual(len(online), 1)
        self.assertEqual(online.source, "customer")
        self.assertTrue(online.customer_visible)
        self.assertIn(tx.reference, online.note)
        mail = self._mails(order, "Payment received")
        self.assertEqual(len(mail), 1)
        self.assertIn(self.buyer, mail.partner_ids)

    def test_portal_quotation_signed_and_paid_online(self):
        """Full-payment rule: the approved portal quotation is confirmed by
        Odoo when the customer paid it all, its invoice is reconciled with the
        payment and the order is paid."""
        order = self._portal_quotation(approve=False)
        self.assertEqual(order.prepayment_percent, 1.0)
        order.with_user(self.seller).request_validation()
        self._flush()
        self.assertEqual(order.art_stage, "review")
        self.assertFalse(order._has_to_be_paid(), "no payment before the review")
        self.assertFalse(order._has_to_be_signed(), "no signature before the review")
        self._approve(order, self.reviewer)
        self.assertEqual(order.state, "draft")
        self.assertEqual(order.art_stage, "awaiting_payment")
        self.assertTrue(order._has_to_be_signed())
        self.assertTrue(order._has_to_be_paid())
        # Half first: Odoo does not confirm, the stage waits.
        half = order.currency_id.round(order.amount_total / 2)
        self._settle(self._transaction(half, orders=order))
        self.assertEqual(order.state, "draft")
        self.assertFalse(order.art_is_paid)
        self.assertEqual(order.art_stage, "awaiting_payment")
        self.assertFalse(self._mails(order, "Payment received"))
        # The rest: confirmed, invoiced, paid.
        self._settle(self._transaction(order.amount_total - half, orders=order))
        self.assertEqual(order.state, "sale")
        invoice = order.invoice_ids
        self.assertEqual(len(invoice), 1)
        self.assertEqual(invoice.state, "posted")
        self.assertTrue(invoice.currency_id.is_zero(invoice.amount_residual))
        self.assertTrue(order.art_is_paid)
        self.assertEqual(order.art_stage, "paid")
        self.assertEqual(
            self._stages(order), ["draft", "review", "awaiting_payment", "paid"]
        )
        self.assertEqual(len(self._online_events(order)), 2)
        self.assertEqual(len(self._mails(order, "Payment received")), 1)

    def test_deposit_rule_portal_prepayment(self):
        """Deposit rule: the portal asks for the deposit, which confirms the
        order, pays the deposit request and clears the payment gate."""
        self.company.write({"art_payment_rule": "deposit", "art_deposit_percent": 30.0})
        order = self._portal_quotation(price=10000.0)
        self.assertAlmostEqual(order.prepayment_percent, 0.3)
        deposit = order._get_prepayment_required_amount()
        self.assertAlmostEqual(deposit, order.amount_total * 0.3, 2)
        self._settle(self._transaction(deposit, orders=order))
        self.assertEqual(order.state, "sale")
        invoice = order.invoice_ids
        self.assertEqual(len(invoice), 1, "the deposit request only")
        self.assertAlmostEqual(invoice.amount_total, deposit, 2)
        self.assertTrue(invoice.currency_id.is_zero(invoice.amount_residual))
        self.assertTrue(order.art_is_paid)
        self.assertEqual(order.art_stage, "paid")

    def test_authorized_payment_is_not_paid(self):
        """An authorization holds the money: Odoo confirms the quotation, but
        the order is paid only when the payment is captured."""
        Provider = self.env.registry["payment.provider"]
        supported = Provider._compute_feature_support_fields

        def with_manual_capture(provider):
            supported(provider)
            provider.support_manual_capture = "full_only"

        self.startPatcher(
            patch.object(
                Provider, "_compute_feature_support_fields", with_manual_capture
            )
        )
        self.provider.invalidate_recordset(["support_manual_capture"])
        order = self._portal_quotation()
        tx = self._transaction(order.amount_total, orders=order)
        self._settle(tx, state="authorized")
        self.assertEqual(order.state, "sale")
        self.assertEqual(order.invoice_ids.state, "posted")
        self.assertFalse(order.art_is_paid)
        self.assertEqual(order.art_stage, "awaiting_payment")
        self.assertFalse(self._online_events(order))
        self._settle(tx)
        self.assertTrue(order.art_is_paid)
        self.assertEqual(order.art_stage, "paid")
        self.assertTrue(
            order.invoice_ids.currency_id.is_zero(order.invoice_ids.amount_residual)
        )

    def test_paid_while_in_review_waits_for_approval(self):
        """Paid through the payment route while still in review: the payment
        is recorded without failing, the order waits for its review, and the
        approval confirms it."""
        order = self._portal_quotation(approve=False)
        order.with_user(self.seller).request_validation()
        self._flush()
        tx = self._transaction(order.amount_total, orders=order)
        self._settle(tx)
        self.assertTrue(tx.is_post_processed)
        self.assertTrue(tx.payment_id)
        self.assertEqual(order.state, "draft", "the review is not done")
        self.assertEqual(order.art_stage, "review")
        self.assertEqual(len(self._online_events(order)), 1)
        self._approve(order, self.reviewer)
        self.assertEqual(order.state, "sale", "the approval confirms the paid order")
        invoice = order.invoice_ids
        self.assertEqual(invoice.state, "posted")
        self.assertTrue(invoice.currency_id.is_zero(invoice.amount_residual))
        self.assertEqual(order.art_stage, "paid")

    def test_automatic_invoicing_issues_one_invoice(self):
        """With Odoo's automatic invoicing on, the art order keeps the one
        invoice it issued when confirmed."""
        self.env["ir.config_parameter"].sudo().set_param(
            "sale.automatic_invoice", "True"
        )
        order = self._portal_quotation()
        tx = self._transaction(order.amount_total, orders=order)
        self._settle(tx)
        self.assertEqual(order.state, "sale")
        invoices = order.invoice_ids.filtered(lambda m: m.state != "cancel")
        self.assertEqual(len(invoices), 1)
        self.assertEqual(tx.invoice_ids, invoices)
        self.assertTrue(invoices.currency_id.is_zero(invoices.amount_residual))
        self.assertEqual(order.art_stage, "paid")

    def test_plain_quotation_keeps_odoo_payment_rules(self):
        """Orders without artworks keep the company's prepayment and can be
        paid online without any review."""
        self.company.write(
            {
                "art_payment_rule": "deposit",
                "art_deposit_percent": 30.0,
                "prepayment_percent": 0.5,
            }
        )
        product = self.env["product.product"].create(
            {"name": "Gallery catalogue", "type": "consu", "list_price": 40.0}
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.buyer.id,
                "require_payment": True,
                "order_line": [Command.create({"product_id": product.id})],
            }
        )
        self.assertFalse(order.art_is_art_order)
        self.assertEqual(order.prepayment_percent, 0.5)
        self.assertTrue(order._has_to_be_paid())
        self._settle(self._transaction(order.amount_total, orders=order))
        self.assertEqual(order.state, "sale")
        self.assertFalse(order.art_stage)
        self.assertFalse(order.art_event_ids)
