# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Stage notifications by SMS, when the company enables them."""

from unittest.mock import patch

from odoo.tests import Form, tagged

from odoo.addons.sms.models.sms_sms import SmsSms

from .test_order_lifecycle import LifecycleCase


@tagged("post_install", "-at_install")
class TestOrderSms(LifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.customer.mobile = "+32 470 12 34 56"

    def _sms(self, partner=None):
        return self.env["sms.sms"].search(
            [("partner_id", "=", (partner or self.customer).id)], order="id"
        )

    def _run_to_awaiting_payment(self):
        # IAP is not reachable: nothing may be sent from the stage change.
        with (
            patch.object(SmsSms, "_send", autospec=True) as send,
            self.assertNoLogs("odoo", level="WARNING"),
        ):
            order = self._order()
            self._submit_and_approve(order)
        self.assertFalse(send.called, "stage SMS wait in the queue")
        self.assertEqual(order.art_stage, "awaiting_payment")
        return order

    def test_settings_enable_stage_sms(self):
        self.assertFalse(self.company.art_sms_enabled, "off by default")
        settings = Form(self.env["res.config.settings"])
        settings.art_sms_enabled = True
        settings.save().execute()
        self.assertTrue(self.env.company.art_sms_enabled)

    def test_sms_queued_when_enabled(self):
        self.company.art_sms_enabled = True
        order = self._run_to_awaiting_payment()
        sms = self._sms()
        # One per customer-facing stage: order received, review approved.
        self.assertEqual(len(sms), 2)
        self.assertEqual(set(sms.mapped("state")), {"outgoing"})
        self.assertTrue(all(s.number for s in sms))
        self.assertIn(order.name, sms[0].body)
        self.assertIn("In Review", sms[0].body)
        self.assertIn("Awaiting Payment", sms[1].body)
        self.assertEqual(set(sms.mail_message_id.mapped("model")), {"sale.order"})
        self.assertEqual(set(sms.mail_message_id.mapped("res_id")), {order.id})

    def test_shipped_sms_names_carrier_and_tracking(self):
        self.company.art_sms_enabled = True
        order = self._run_to_awaiting_payment()
        self._pay(order)
        self._packing_report(order)
        self._ship(order)
        self.assertEqual(order.art_stage, "in_transit")
        shipped = self._sms()[-1]
        self.assertIn("In Transit", shipped.body)
        self.assertIn("FAC123", shipped.body)
        self.assertIn("Fine Art Couriers", shipped.body)

    def test_no_sms_when_disabled(self):
        self.company.art_sms_enabled = False
        self._run_to_awaiting_payment()
        self.assertFalse(self._sms())
        self.assertFalse(self.env["sms.sms"].search([("body", "like", "%In Review%")]))

    def test_no_sms_without_number(self):
        self.company.art_sms_enabled = True
        self.customer.write({"mobile": False, "phone": False})
        order = self._run_to_awaiting_payment()
        self.assertFalse(self._sms())
        self.assertFalse(
            order.message_ids.filtered(lambda m: m.message_type == "sms"),
            "no SMS message in error for a customer without a number",
        )

    def test_phone_is_enough(self):
        self.company.art_sms_enabled = True
        self.customer.write({"mobile": False, "phone": "+32 2 123 45 67"})
        self._run_to_awaiting_payment()
        self.assertEqual(len(self._sms()), 2)

    def test_plain_orders_get_no_sms(self):
        self.company.art_sms_enabled = True
        product = self.env["product.product"].create(
            {"name": "Frame cleaning kit", "type": "consu"}
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [(0, 0, {"product_id": product.id})],
            }
        )
        order.action_confirm()
        self._flush()
        order._art_notify_stage_sms()
        self.assertFalse(order.art_is_art_order)
        self.assertFalse(self._sms())
