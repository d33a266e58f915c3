# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import Form, tagged

from .common import ArtReturnCase


@tagged("post_install", "-at_install")
class TestArtReturnMail(ArtReturnCase):
    """Each decision the customer must hear of queues an email from its own
    mail template, addressed to the customer, in the customer's language."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Keep the emails queued (outgoing) instead of sending them at once.
        cls.env = cls.env(context=dict(cls.env.context, mail_notify_force_send=False))

    def _mails(self, rma, decision):
        """The queued emails of ``rma`` made from the decision's template."""
        template = self.env.ref(f"art_returns.mail_template_art_return_{decision}")
        subject = template._render_field("subject", rma.ids, compute_lang=True)[rma.id]
        return (
            self.env["mail.mail"]
            .sudo()
            .search(
                [
                    ("model", "=", "rma"),
                    ("res_id", "=", rma.id),
                    ("subject", "=", subject),
                ]
            )
        )

    def assertMailed(self, rma, decision, count=1, contains=()):
        mails = self._mails(rma, decision)
        self.assertEqual(
            len(mails), count, f"{count} email(s) from template {decision}"
        )
        for mail in mails:
            self.assertEqual(mail.state, "outgoing")
            self.assertIn(rma.partner_id, mail.recipient_ids)
            self.assertNotIn(self.users["finance"].partner_id, mail.recipient_ids)
            for text in contains:
                self.assertIn(text, mail.body_html)
        return mails

    def _reject_tier(self, rma, role, comment):
        user = self.users[role]
        action = rma.with_user(user).reject_tier()
        wizard = Form(
            self.env["comment.wizard"].with_user(user).with_context(**action["context"])
        )
        wizard.comment = comment
        wizard.save().add_comment()

    def test_refund_path_decisions(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        self.assertFalse(self._mails(rma, "accepted"))
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertMailed(rma, "accepted", contains=[rma.name])
        self._approve(rma, "aftersales")
        self.assertMailed(rma, "review")
        self._approve(rma, "finance")
        self.assertMailed(rma, "review", count=2)
        self.assertMailed(
            rma, "authorised", contains=["paid by us", self.company.partner_id.name]
        )
        self._receive(rma)
        self.assertMailed(rma, "received")
        self._inspect(rma)
        self.assertMailed(rma, "inspection_passed")
        self.assertFalse(self._mails(rma, "inspection_failed"))
        rma.with_user(self.users["finance"]).action_art_refund()
        self.assertMailed(rma, "refunded", contains=["5,000.00", "from Bank"])

    def test_refused_request_is_mailed_with_reason(self):
        order = self._deliver(self.painting)
        rma = self._request(order, date=self._later(10))
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "refused")
        self.assertMailed(rma, "refused", contains=["return window ended"])
        self.assertFalse(self._mails(rma, "accepted"))

    def test_not_approved_is_mailed_with_comment(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self._reject_tier(rma, "aftersales", "The frame was changed by the buyer")
        self.assertEqual(rma.validation_status, "rejected")
        self.assertMailed(
            rma, "not_approved", contains=["The frame was changed by the buyer"]
        )

    def test_failed_inspection_dispute_and_ship_back_are_mailed(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        self._accept_and_approve(rma)
        self._receive(rma)
        self._inspect(rma, new_damage=True)
        self.assertMailed(rma, "inspection_failed", contains=["new damage"])
        self.assertFalse(self._mails(rma, "inspection_passed"))
        self._return_appraisal(rma, purpose="dispute", external=True)
        rma.with_user(self.users["manager"]).action_art_settle_dispute(
            "company", "Damage caused after delivery"
        )
        self.assertMailed(
            rma, "dispute_settled", contains=["Damage caused after delivery"]
        )
        self.assertMailed(rma, "rejected", contains=["shipped back"])
        back = rma.delivery_move_ids.picking_id.with_user(self.users["warehouse"])
        back.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "BACK-77"})
        back.action_assign()
        back.move_ids.picked = True
        back.button_validate()
        self.assertEqual(rma.state, "returned")
        self.assertMailed(rma, "shipped", contains=["BACK-77", self.carrier.name])

    def test_rejected_request_is_mailed(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_reject("Not our work")
        mail = self.assertMailed(rma, "rejected", contains=["Not our work"])
        self.assertNotIn("shipped back", mail.body_html)

    def test_exchange_arranged_and_shipped_with_tracking(self):
        order = self._deliver(self.painting)
        rma = self._request(order, reason="change_of_mind", request_type="exchange")
        self._accept_and_approve(rma)
        self._receive(rma)
        self._inspect(rma)
        rma.with_user(self.users["sales"]).action_art_exchange(self.painting_b)
        self.assertMailed(rma, "exchange", contains=["invoiced to you"])
        self.assertFalse(self._mails(rma, "shipped"))
        delivery = rma.delivery_move_ids.picking_id.with_user(self.users["warehouse"])
        delivery.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "EXC-9"})
        delivery.action_assign()
        delivery.move_ids.picked = True
        delivery.button_validate()
        self.assertEqual(rma.state, "replaced")
        self.assertMailed(rma, "shipped", contains=["EXC-9", "Harbour at Dusk"])

    def test_mail_in_customer_language(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        template = self.env.ref("art_returns.mail_template_art_return_accepted")
        template.with_context(
            lang="zh_CN"
        ).subject = "您的退货申请 {{ object.name }} 已受理"
        self.customer.lang = "zh_CN"
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        mail = self.assertMailed(rma, "accepted")
        self.assertEqual(mail.subject, f"您的退货申请 {rma.name} 已受理")


@tagged("post_install", "-at_install")
class TestArtReturnRefundPayment(ArtReturnCase):
    """Paid without an online payment provider: the money goes back with an
    outgoing payment on the journal and method the customer paid with."""

    def test_refund_payment_on_original_journal(self):
        journal = self.env["account.journal"].create(
            {"name": "Gallery Second Bank", "type": "bank", "code": "GSB6"}
        )
        order = self._deliver(self.painting, journal=journal)
        original = order.invoice_ids._get_reconciled_payments()
        self.assertEqual(original.journal_id, journal)
        rma = self._request(order)
        self._accept_and_approve(rma)
        self._receive(rma)
        self._inspect(rma)
        rma.with_user(self.users["finance"]).action_art_refund()
        payment = rma.art_refund_payment_id
        self.assertEqual(payment.payment_type, "outbound")
        self.assertEqual(payment.partner_type, "customer")
        self.assertEqual(payment.journal_id, journal)
        self.assertEqual(
            payment.payment_method_line_id.payment_method_id.code,
            original.payment_method_line_id.payment_method_id.code,
        )
        self.assertEqual(payment.amount, 5000.0)
        self.assertIn(payment.state, ("in_process", "paid"))
        self.assertIn(rma.refund_id, payment.reconciled_invoice_ids)
        self.assertIn(rma.refund_id.payment_state, ("paid", "in_payment"))
        self.assertFalse(rma.art_refund_transaction_id)

    def test_partial_refund_pays_back_the_confirmed_amount_only(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self._approve(rma, "aftersales")
        rma.with_user(self.users["finance"]).write(
            {"art_refund_amount": 3500.0, "art_deduction_reason": "Restoration"}
        )
        self._approve(rma, "finance")
        self._receive(rma)
        self._inspect(rma)
        rma.with_user(self.users["finance"]).action_art_refund()
        self.assertEqual(rma.art_refund_payment_id.amount, 3500.0)
        self.assertEqual(rma.refund_id.amount_total, 3500.0)
        self.assertIn(rma.refund_id.payment_state, ("paid", "in_payment"))
