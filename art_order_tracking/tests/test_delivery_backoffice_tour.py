# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Back-office tour: logistics record the signed delivery of a shipment in
transit, arrival condition report and proof included, in a real browser."""

from odoo import fields
from odoo.tests import HttpCase, tagged

from .test_delivery_common import PDF_MIN, DeliveryCase


@tagged("post_install", "-at_install")
class TestDeliveryBackofficeTour(HttpCase, DeliveryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The Art Trade Logistics demo user (password = login).
        cls.logistics_demo = cls.env.ref(
            "art_order_tracking.res_users_art_logistics_demo"
        )
        cls.customer.name = "Tour Signed Collector"

    def test_logistics_records_signed_delivery(self):
        order, picking = self._in_transit("TOUR-SIGN-1")
        self.assertFalse(picking.art_arrival_report_ids)
        lot = picking._art_delivery_lots()
        self.assertEqual(len(lot), 1)

        self.start_tour(
            "/odoo",
            "art_delivery_backoffice_sign_tour",
            login=self.logistics_demo.login,
        )
        self._flush()

        # The arrival condition report the tour wrote.
        report = picking.art_arrival_report_ids
        self.assertEqual(len(report), 1)
        self.assertEqual(report.context, "arrival")
        self.assertEqual(report.lot_id, lot)
        self.assertEqual(report.grade, "excellent")
        self.assertEqual(report.inspector_id, self.logistics_demo)
        self.assertEqual(report.photo_ids.mapped("name"), ["arrived.png"])
        surface = report.line_ids.filtered(lambda line: line.area == "surface")
        self.assertEqual(
            (surface.status, surface.note), ("ok", "Unchanged since packing")
        )
        # The signed delivery.
        self.assertTrue(picking.art_is_delivered)
        self.assertEqual(picking.art_signed_by, "Ms Collector")
        self.assertTrue(picking.signature, "the drawn signature is kept")
        # The wizard's delivery time defaulted to the moment it was opened.
        self.assertTrue(
            picking.date_done <= picking.art_signed_date <= fields.Datetime.now()
        )
        pod = picking.art_pod_attachment_id
        self.assertEqual(pod.name, "signed_pod.pdf")
        self.assertEqual(pod.raw, PDF_MIN)
        self.assertEqual(pod.mimetype, "application/pdf")
        self.assertTrue(pod.art_locked)
        self.assertTrue(report.art_locked)
        # The order is delivered, without a damage exception, evidence attached.
        self.assertEqual(order.art_stage, "delivered")
        self.assertEqual(order.art_delivered_date, picking.art_signed_date)
        self.assertFalse(order.art_damage_reported)
        evidence = order.art_evidence_attachment_id
        self.assertEqual(evidence.name, f"Delivery evidence {order.name}.pdf")
        self.assertEqual(
            (evidence.res_model, evidence.res_id), ("sale.order", order.id)
        )
        self.assertTrue(evidence.art_locked)
