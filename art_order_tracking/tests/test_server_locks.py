# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Signed evidence cannot be unlocked: the lock itself is not writable, the
locked files cannot be published, rewritten, moved or deleted; an
administrator's Unlock action lifts the lock and is logged."""

import base64

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .test_delivery_common import PDF_MIN, DeliveryCase


@tagged("post_install", "-at_install")
class TestServerLocks(DeliveryCase):
    def _delivered(self, ref):
        order, picking = self._in_transit(ref)
        report = self._arrival_report(picking)
        self._deliver(picking)
        self.assertTrue(picking.art_is_delivered)
        return order, picking, report

    def test_lock_cannot_be_switched_off(self):
        order, picking, report = self._delivered("LOCKS1")
        pod = picking.art_pod_attachment_id
        photo = report.photo_ids
        evidence = order.art_evidence_attachment_id
        self.assertTrue(pod.art_locked and photo.art_locked and report.art_locked)
        for user in (self.logistics, self.warehouse_user, self.seller, self.manager):
            for record in (report, pod, photo, evidence):
                with (
                    self.subTest(user=user.login, record=record._name),
                    self.assertRaises(AccessError),
                ):
                    record.with_user(user).write({"art_locked": False})
        for record in (report, pod, photo, evidence):
            record.invalidate_recordset()
            self.assertTrue(record.art_locked)
        # ... so what it protects stays as signed.
        with self.assertRaises(UserError):
            report.with_user(self.logistics).write({"grade": "poor"})
        with self.assertRaises(UserError):
            pod.with_user(self.logistics).write({"datas": base64.b64encode(b"x")})
        with self.assertRaises(UserError):
            photo.with_user(self.logistics).unlink()
        self.assertEqual(report.grade, "excellent")
        self.assertEqual(pod.raw, PDF_MIN)
        self.assertTrue(photo.exists())

    def test_locked_files_immutable(self):
        order, picking, _report = self._delivered("LOCKS2")
        pod = picking.art_pod_attachment_id
        evidence = order.art_evidence_attachment_id
        self.assertTrue(evidence.art_locked)
        attempts = [
            {"public": True},
            {"access_token": "guessable"},
            {"name": "other.pdf"},
            {"raw": b"%PDF-1.4 other"},
            {"mimetype": "text/html"},
            {"type": "url", "url": "https://example.com/fake.pdf"},
        ]
        for user in (self.logistics, self.seller, self.manager):
            for record in (pod, evidence):
                for vals in attempts:
                    with (
                        self.subTest(user=user.login, file=record.name, vals=vals),
                        self.assertRaisesRegex(UserError, "signed delivery"),
                    ):
                        record.with_user(user).write(vals)
                with (
                    self.subTest(user=user.login, file=record.name, op="move"),
                    self.assertRaises(UserError),
                ):
                    record.with_user(user).write(
                        {"res_model": "res.partner", "res_id": self.customer.id}
                    )
            with (
                self.subTest(user=user.login, op="unlink"),
                self.assertRaisesRegex(UserError, "signed delivery"),
            ):
                evidence.with_user(user).unlink()
        for record in (pod, evidence):
            record.invalidate_recordset()
            self.assertFalse(record.public)
            self.assertFalse(record.access_token)
        self.assertEqual(pod.raw, PDF_MIN)
        self.assertEqual((pod.res_model, pod.res_id), ("stock.picking", picking.id))
        self.assertEqual(
            (evidence.res_model, evidence.res_id), ("sale.order", order.id)
        )
        self.assertTrue(evidence.exists())

    def test_no_locked_file_forged(self):
        with self.assertRaises(AccessError):
            self.env["ir.attachment"].with_user(self.logistics).create(
                {"name": "pod.pdf", "raw": PDF_MIN, "art_locked": True}
            )
        with self.assertRaises(AccessError):
            self.env["ir.attachment"].with_user(self.logistics).with_context(
                default_art_locked=True
            ).create({"name": "pod.pdf", "raw": PDF_MIN})

    def test_administrator_unlocks_logged(self):
        _order, picking, report = self._delivered("LOCKS3")
        pod = picking.art_pod_attachment_id
        for user in (self.logistics, self.manager):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                report.with_user(user).action_art_unlock()
                with self.assertRaises(AccessError):
                    pod.with_user(user).action_art_unlock()
        self.assertTrue(report.art_locked and pod.art_locked)
        admin = self.env.ref("base.user_admin")
        report.with_user(admin).action_art_unlock()
        pod.with_user(admin).action_art_unlock()
        self.assertFalse(report.art_locked)
        self.assertFalse(pod.art_locked)
        self.assertTrue(
            report.message_ids.filtered(
                lambda m: "Lock of the signed delivery" in m.body
            )
        )
        self.assertTrue(
            picking.message_ids.filtered(
                lambda m: "Lock of delivery evidence" in m.body
            )
        )
        report.with_user(self.logistics).write({"notes": "Corrected after review"})
        self.assertEqual(report.notes, "Corrected after review")
