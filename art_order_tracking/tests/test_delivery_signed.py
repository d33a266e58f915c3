# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Signed delivery, damage exception, immutability, follow-up and closing."""

import base64
from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .test_artwork_common import PNG_1PX
from .test_delivery_common import DeliveryCase


@tagged("post_install", "-at_install")
class TestDeliverySigned(DeliveryCase):
    def _assert_not_delivered(self, order, picking):
        self.assertFalse(picking.art_is_delivered)
        self.assertFalse(picking.art_signed_by)
        self.assertFalse(order.art_delivered_date)
        self.assertEqual(order.art_stage, "in_transit")

    def test_each_requirement_refused(self):
        order, picking = self._in_transit("REQ1")
        now = fields.Datetime.now()
        # No arrival report at all.
        with self.assertRaisesRegex(UserError, "arrival condition report"):
            self._deliver(picking)
        self._assert_not_delivered(order, picking)
        # A report without photos is not enough.
        report = self._arrival_report(picking, photo=False)
        with self.assertRaisesRegex(UserError, "arrival condition report"):
            self._deliver(picking)
        report.sudo().unlink()
        self._arrival_report(picking)
        cases = [
            ({"signed_by": "  "}, "signer's name"),
            ({"signature": False}, "signature"),
            ({"date": False}, "date and time"),
            ({"date": now + timedelta(days=1)}, "not in the future"),
            ({"date": now - timedelta(days=30)}, "after the hand-over"),
            ({"pod": self.env["ir.attachment"]}, "proof-of-delivery"),
        ]
        for overrides, message in cases:
            with self.subTest(missing=message):
                with self.assertRaisesRegex(UserError, message):
                    self._deliver(picking, **overrides)
                self._assert_not_delivered(order, picking)

    def test_signed_delivery_through_wizard(self):
        order, picking = self._in_transit("SIGN1")
        self._arrival_report(picking)
        Wizard = self.env["art.delivery.sign.wizard"].with_user(self.logistics)
        values = {
            "picking_id": picking.id,
            "signed_by": "Ms Collector",
            "signature": base64.b64encode(PNG_1PX),
            "pod_file": base64.b64encode(b"not a document"),
            "pod_filename": "pod.txt",
        }
        with self.assertRaisesRegex(UserError, "PDF, JPEG or PNG"):
            Wizard.create(values).action_confirm()
        self.assertFalse(picking.art_is_delivered)
        values.update(pod_file=base64.b64encode(PNG_1PX), pod_filename="pod.png")
        Wizard.create(values).action_confirm()
        self._flush()
        self.assertTrue(picking.art_is_delivered)
        self.assertEqual(picking.art_signed_by, "Ms Collector")
        self.assertEqual(picking.art_pod_attachment_id.name, "pod.png")
        self.assertTrue(picking.signature)
        self.assertEqual(order.art_stage, "delivered")
        self.assertEqual(order.art_delivered_date, picking.art_signed_date)
        self.assertFalse(order.art_damage_reported)
        # Evidence attached to the order, locked.
        evidence = order.art_evidence_attachment_id
        self.assertEqual(
            (evidence.res_model, evidence.res_id), ("sale.order", order.id)
        )
        self.assertTrue(evidence.art_locked)
        # The to-dos of the stages it went through left with them.
        call_type = self.env.ref("mail.mail_activity_data_call")
        self.assertLessEqual(
            len(order.activity_ids.filtered(lambda a: a.activity_type_id != call_type)),
            1,
        )
        # Follow-up call for the salesperson N days later, feedback request.
        call = order.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("mail.mail_activity_data_call")
        )
        self.assertEqual(call.user_id, self.seller)
        self.assertEqual(
            call.date_deadline,
            fields.Date.to_date(order.art_delivered_date)
            + timedelta(days=self.company.art_followup_days),
        )
        self.assertTrue(
            order.message_ids.filtered(lambda m: "how did it go" in (m.subject or ""))
        )
        # Provenance: the customer owns the work.
        lot = picking._art_delivery_lots()
        self.assertIn(
            self.customer.commercial_partner_id,
            lot.sudo().art_provenance_ids.mapped("partner_id"),
        )
        # Not twice.
        with self.assertRaisesRegex(UserError, "already delivered"):
            self._deliver(picking)

    def test_only_logistics_record_delivery(self):
        _order, picking = self._in_transit("ROLE1")
        self._arrival_report(picking)
        wizard = (
            self.env["art.delivery.sign.wizard"]
            .with_user(self.logistics)
            .create({"picking_id": picking.id, "signed_by": "X"})
        )
        with self.assertRaisesRegex(UserError, "Only Logistics"):
            wizard.with_user(self.seller).action_confirm()
        self.assertFalse(picking.art_is_delivered)

    def test_immutable_after_delivery(self):
        order, picking = self._in_transit("LOCK1")
        report = self._arrival_report(picking)
        self._deliver(picking)
        pod = picking.art_pod_attachment_id
        photo = report.photo_ids
        refused = [
            lambda: picking.with_user(self.logistics).write(
                {"art_signed_by": "Someone"}
            ),
            lambda: picking.with_user(self.manager).write({"signature": False}),
            lambda: pod.with_user(self.manager).unlink(),
            lambda: pod.with_user(self.logistics).write({"raw": b"%PDF-1.4 other"}),
            lambda: photo.with_user(self.logistics).unlink(),
            lambda: report.with_user(self.logistics).write({"grade": "poor"}),
            lambda: (
                report.line_ids[:1].with_user(self.logistics).write({"status": "issue"})
            ),
            lambda: report.with_user(self.manager).unlink(),
            lambda: order.art_evidence_attachment_id.with_user(self.manager).unlink(),
        ]
        for attempt in refused:
            with self.assertRaisesRegex(UserError, "signed delivery|was signed"):
                attempt()
        self.assertEqual(picking.art_signed_by, "Ms Collector")
        self.assertTrue(pod.exists() and report.exists())
        # An administrator may, and it is logged.
        admin = self.env.ref("base.user_admin")
        picking.with_user(admin).write({"art_signed_by": "Ms Collector Jr"})
        self.assertEqual(picking.art_signed_by, "Ms Collector Jr")
        self.assertTrue(
            picking.message_ids.filtered(lambda m: "Delivery proof changed" in m.body)
        )
        self.assertTrue(
            order.art_event_ids.filtered(lambda e: "Delivery proof changed" in e.name)
        )
        report.with_user(admin).write({"notes": "Corrected"})
        self.assertTrue(
            report.message_ids.filtered(lambda m: "Locked arrival report" in m.body)
        )

    def test_damage_exception(self):
        order, picking = self._in_transit("DMG1")
        self._arrival_report(picking, grade="fair", issues=("frame",))
        self._deliver(picking)
        self.assertTrue(order.art_damage_reported)
        self.assertIn("frame", order.art_damage_note)
        self.assertEqual(order.art_stage, "delivered")
        activity = order.activity_ids.filtered(lambda a: a.user_id == self.aftersales)
        self.assertIn("Damage", activity.summary)
        self.assertTrue(
            order.message_ids.filtered(lambda m: "damage noted" in (m.subject or ""))
        )
        self.assertTrue(
            order.art_event_ids.filtered(
                lambda e: e.customer_visible and "Damage" in e.name
            )
        )
        # Feedback does not close an order with an open damage exception...
        order._rating_get_access_token()
        order.sudo().rating_apply(1, token=order.rating_ids[:1].access_token)
        self._flush()
        self.assertEqual(order.art_stage, "delivered")
        # ...settling it does, and only After-sales may.
        with self.assertRaisesRegex(UserError, "After-sales"):
            order.with_user(self.seller).action_art_resolve_damage("Claim paid")
        order.with_user(self.aftersales).action_art_resolve_damage("Claim paid")
        self._flush()
        self.assertEqual(order.art_stage, "closed")

    def test_no_damage_when_same_as_packing(self):
        order, picking = self._in_transit("SAME1")
        self._arrival_report(picking, grade="excellent")
        self._deliver(picking)
        self.assertFalse(order.art_damage_reported)


@tagged("post_install", "-at_install")
class TestDeliveryFollowup(DeliveryCase):
    def test_feedback_closes(self):
        order, picking = self._in_transit("FB1")
        self._arrival_report(picking)
        self._deliver(picking)
        self.assertEqual(order.art_stage, "delivered")
        token = order._rating_get_access_token()
        self.url = order._art_feedback_url(5)
        self.assertIn(f"/rate/{token}/5", self.url)
        order.sudo().rating_apply(5, token=token, feedback="Wonderful")
        self._flush()
        self.assertTrue(order.art_feedback_date)
        self.assertEqual(order.art_stage, "closed")
        self.assertEqual(order.art_event_ids.filtered("stage")[:1].stage, "closed")

    def test_window_ends_quietly(self):
        order, picking = self._in_transit("WIN1")
        self._arrival_report(picking)
        self._deliver(picking)
        order2, picking2 = self._in_transit("WIN2")
        self._arrival_report(picking2, grade="poor")
        self._deliver(picking2)
        self.assertTrue(order2.art_damage_reported)
        Order = self.env["sale.order"]
        days = self.company.art_followup_window_days
        with freeze_time(fields.Datetime.now() + timedelta(days=days - 1)):
            Order._art_cron_close_followups()
            self._flush()
        self.assertEqual(order.art_stage, "delivered", "still inside the window")
        with freeze_time(fields.Datetime.now() + timedelta(days=days + 1)):
            Order._art_cron_close_followups()
            self._flush()
        self.assertEqual(order.art_stage, "closed")
        self.assertTrue(order.art_followup_ended)
        self.assertEqual(order2.art_stage, "delivered", "an open issue keeps it open")
        self.assertFalse(order2.art_followup_ended)

    def test_payment_overdue_flag(self):
        order, _picking = self._in_transit("PAY1")
        self.assertFalse(order.art_payment_overdue)
        self.assertNotIn(
            order, self.env["sale.order"].search([("art_payment_overdue", "=", True)])
        )
