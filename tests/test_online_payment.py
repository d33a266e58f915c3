# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A portal customer pays an art order online with Odoo's demo provider.

Odoo's ``payment_demo`` is installed in the suite's database only (it is no
dependency of the addons), hence a cross-module test. Browser tours drive
the customer's clicks; the stage, the payment, the confirmation email and the
timeline are checked on the documents afterwards.
"""

from odoo.exceptions import AccessError
from odoo.tests import JsonRpcException, new_test_user
from odoo.tools import mute_logger

from odoo.addons.art_order_tracking.tests.test_order_lifecycle import LifecycleCase

from .common import ArtCrossModuleHttpCase

PORTAL_LOGIN = "art_x_pay_portal"
OTHER_LOGIN = "art_x_pay_other"


class TestOnlinePayment(ArtCrossModuleHttpCase, LifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.provider = cls.env.ref("payment.payment_provider_demo")
        cls.provider.write(
            {"state": "test", "is_published": True, "company_id": cls.company.id}
        )
        cls.company.portal_confirmation_pay = True
        cls.portal_user = new_test_user(
            cls.env,
            login=PORTAL_LOGIN,
            password=PORTAL_LOGIN,
            groups="base.group_portal",
            name="Online Collector",
            email="online.collector@example.com",
        )
        cls.other_user = new_test_user(
            cls.env,
            login=OTHER_LOGIN,
            password=OTHER_LOGIN,
            groups="base.group_portal",
            name="Other Collector",
            email="other.collector@example.com",
        )
        cls.buyer = cls.portal_user.partner_id

    # helpers -----------------------------------------------------------

    def _approved_order(self, **values):
        order = self._order(partner_id=self.buyer.id, **values)
        self._submit_and_approve(order)
        self.assertEqual(order.art_stage, "awaiting_payment")
        return order

    def _assert_paid_online(self, order):
        self.env.invalidate_all()
        self._flush()
        invoice = order.invoice_ids.filtered(lambda m: m.state == "posted")
        self.assertEqual(len(invoice), 1)
        self.assertTrue(invoice.currency_id.is_zero(invoice.amount_residual))
        tx = invoice.transaction_ids
        self.assertEqual(tx.provider_id, self.provider)
        self.assertEqual(tx.state, "done")
        self.assertTrue(tx.payment_id)
        self.assertTrue(order.art_is_paid)
        self.assertEqual(order.art_stage, "paid")
        # The timeline: the stage change and the customer's payment.
        paid = order.art_event_ids.filtered(lambda e: e.stage == "paid")
        self.assertEqual(len(paid), 1)
        self.assertIn(paid.source, ("system", "customer"))
        self.assertTrue(paid.customer_visible)
        online = order.art_event_ids.filtered(
            lambda e: e.name == "Online payment received"
        )
        self.assertEqual(len(online), 1)
        self.assertEqual(online.source, "customer")
        self.assertTrue(online.customer_visible)
        self.assertIn(tx.reference, online.note)
        # The customer sees both on the order's portal page.
        self.assertIn(paid, order._art_portal_timeline())
        self.assertIn(online, order._art_portal_timeline())
        # The payment confirmation email went to the customer.
        mails = order.message_ids.filtered(
            lambda m: "Payment received" in (m.subject or "")
        )
        self.assertEqual(len(mails), 1)
        self.assertIn(self.buyer, mails.partner_ids)
        return tx

    # tests -------------------------------------------------------------

    def test_pay_invoice_online_tour(self):
        """Back-office order awaiting payment: the customer pays its invoice
        from /my/invoices/<id> with the demo provider."""
        order = self._approved_order()
        invoice = order.invoice_ids
        self.assertFalse(invoice.transaction_ids)
        self.start_tour(
            f"/my/invoices/{invoice.id}",
            "art_online_payment_invoice_tour",
            login=PORTAL_LOGIN,
        )
        tx = self._assert_paid_online(order)
        self.assertEqual(tx.partner_id, self.buyer)

    def test_sign_and_pay_quotation_tour(self):
        """Portal request: once approved, the customer signs the quotation and
        pays it online; the payment confirms the order, which is paid."""
        order = self._approved_order(art_channel="portal", require_signature=True)
        self.assertEqual(order.state, "draft", "the customer signs and pays first")
        self.start_tour(
            order.get_portal_url(),
            "art_online_payment_quotation_tour",
            login=PORTAL_LOGIN,
        )
        self.env.invalidate_all()
        self.assertEqual(order.state, "sale")
        self.assertTrue(order.signature)
        tx = self._assert_paid_online(order)
        self.assertEqual(tx.sale_order_ids, order)
        self.assertEqual(
            self._stages(order), ["draft", "review", "awaiting_payment", "paid"]
        )

    def test_quotation_in_review_offers_no_payment(self):
        """Before the review approved it, the portal quotation offers neither
        signature nor payment."""
        order = self._order(
            partner_id=self.buyer.id, art_channel="portal", require_signature=True
        )
        order.with_user(self.seller).request_validation()
        self._flush()
        self.authenticate(PORTAL_LOGIN, PORTAL_LOGIN)
        page = self.url_open(f"/my/orders/{order.id}")
        self.assertEqual(page.status_code, 200)
        self.assertIn(order.name, page.text)
        self.assertNotIn("o_sale_portal_paynow", page.text)
        self.assertNotIn('data-bs-target="#modalaccept"', page.text)
        self._approve(order, self.reviewer)
        page = self.url_open(f"/my/orders/{order.id}")
        self.assertIn('data-bs-target="#modalaccept"', page.text)

    def test_other_customer_cannot_pay_or_open_invoice(self):
        """Another portal customer can neither open the invoice's payment page
        nor start a payment of it, by URL or by the payment routes."""
        order = self._approved_order()
        invoice = order.invoice_ids
        Transaction = self.env["payment.transaction"]
        before = Transaction.search([])
        with self.assertRaises(AccessError):
            invoice.with_user(self.other_user).check_access("read")
        self.authenticate(OTHER_LOGIN, OTHER_LOGIN)
        page = self.url_open(f"/my/invoices/{invoice.id}")
        self.assertNotIn(invoice.name, page.text)
        self.assertNotIn("pay_with", page.text)
        page = self.url_open(
            f"/my/invoices/{invoice.id}?access_token=wrong&payment=True"
        )
        self.assertNotIn(invoice.name, page.text)
        with mute_logger("odoo.http"):
            page = self.url_open(
                f"/payment/pay?invoice_id={invoice.id}&access_token=wrong"
            )
            self.assertNotIn(invoice.name, page.text)
            params = {
                "access_token": "wrong",
                "provider_id": self.provider.id,
                "payment_method_id": self.provider.payment_method_ids[:1].id,
                "token_id": None,
                "amount": invoice.amount_residual,
                "flow": "direct",
                "tokenization_requested": False,
                "landing_route": invoice.get_portal_url(),
                "is_validation": False,
            }
            with self.assertRaisesRegex(JsonRpcException, "ValidationError"):
                self.make_jsonrpc_request(f"/invoice/transaction/{invoice.id}", params)
        self.assertEqual(Transaction.search([]), before, "no transaction started")
        self.assertEqual(order.art_stage, "awaiting_payment")
        # The owner does see the payment dialog.
        self.authenticate(PORTAL_LOGIN, PORTAL_LOGIN)
        page = self.url_open(f"/my/invoices/{invoice.id}")
        self.assertIn(invoice.name, page.text)
        self.assertIn('id="pay_with"', page.text)
        # Opened without the token in the address, the payment form still
        # carries the invoice's token (else "Pay" fails on Odoo's route).
        invoice.invalidate_recordset(["access_token"])
        self.assertTrue(invoice.access_token)
        self.assertIn(f'data-access-token="{invoice.access_token}"', page.text)
