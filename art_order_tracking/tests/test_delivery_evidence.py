# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The delivery evidence PDF: printed at signing, or pending and printed later.

A signed delivery never fails because a PDF cannot be rendered: what the
signer and the carrier provided is recorded, the order is marked pending and
the scheduled job prints the evidence once printing works."""

import base64
from unittest.mock import patch

from odoo import tools
from odoo.tests import HttpCase, tagged

from .test_artwork_common import PNG_1PX
from .test_delivery_common import DeliveryCase, printing_unavailable

# The evidence (sale_order) and Odoo's signed slip (stock_picking).
LOGGER = "odoo.addons.art_order_tracking.models"


@tagged("post_install", "-at_install")
class TestDeliveryEvidence(HttpCase, DeliveryCase):
    """An HttpCase: wkhtmltopdf fetches the report's styles from Odoo, which
    serves them to a test only in an HttpCase (elsewhere the request waits
    for the registry the test holds)."""

    def _printing_unavailable(self, calls=None):
        return printing_unavailable(self.env, calls)

    def test_evidence_printed_at_signing(self):
        order, picking = self._in_transit("EVID1")
        self._arrival_report(picking)
        # A real PDF (the test mode would otherwise return the HTML).
        self._deliver(picking.with_context(force_report_rendering=True))
        evidence = order.art_evidence_attachment_id
        self.assertTrue(evidence.raw.startswith(b"%PDF"))
        self.assertTrue(evidence.art_locked)
        self.assertFalse(order.art_evidence_pending)

    def test_delivery_recorded_when_printing_fails(self):
        order, picking = self._in_transit("EVID2")
        report = self._arrival_report(picking)
        wizard = (
            self.env["art.delivery.sign.wizard"]
            .with_user(self.logistics)
            .create(
                {
                    "picking_id": picking.id,
                    "signed_by": "林梅",
                    "signature": base64.b64encode(PNG_1PX),
                    "pod_file": base64.b64encode(PNG_1PX),
                    "pod_filename": "pod.png",
                }
            )
        )
        with self._printing_unavailable(), self.assertLogs(LOGGER, "WARNING") as logs:
            result = wizard.action_confirm()
        self._flush()
        self.assertTrue(any(order.name in line for line in logs.output))
        self.assertTrue(any(picking.name in line for line in logs.output))
        # Logistics are told, nothing the signer provided is lost.
        self.assertEqual(result["params"]["type"], "warning")
        self.assertIn("pending", result["params"]["message"])
        self.assertTrue(picking.art_is_delivered)
        self.assertEqual(picking.art_signed_by, "林梅")
        self.assertTrue(picking.signature)
        self.assertEqual(picking.art_pod_attachment_id.raw, PNG_1PX)
        self.assertIn(report, picking.art_arrival_report_ids)
        self.assertEqual(order.art_stage, "delivered")
        self.assertFalse(order.art_evidence_attachment_id)
        # Pending, visible to Logistics (on the order and the transfer) and
        # to the Manager.
        self.assertTrue(order.with_user(self.logistics).art_evidence_pending)
        self.assertTrue(picking.with_user(self.logistics).art_evidence_pending)
        self.assertTrue(order.with_user(self.manager).art_evidence_pending)
        self.assertIn(
            order,
            self.env["sale.order"]
            .with_user(self.logistics)
            .search([("art_evidence_pending", "=", True)]),
        )
        # The scheduled job: still unavailable, the order stays pending.
        Orders = self.env["sale.order"].with_context(force_report_rendering=True)
        with self._printing_unavailable(), self.assertLogs(LOGGER, "WARNING"):
            Orders._cron_art_generate_pending_evidence()
        self.assertTrue(order.art_evidence_pending)
        self.assertFalse(order.art_evidence_attachment_id)
        # Printing works again: the evidence is printed and locked.
        Orders._cron_art_generate_pending_evidence()
        evidence = order.art_evidence_attachment_id
        self.assertTrue(evidence.raw.startswith(b"%PDF"))
        self.assertTrue(evidence.art_locked)
        self.assertEqual(
            (evidence.res_model, evidence.res_id), ("sale.order", order.id)
        )
        self.assertFalse(order.art_evidence_pending)

    def test_pending_without_http(self):
        """An install or a script without HTTP (--no-http) cannot print the
        report's styles: the evidence waits for the scheduled job."""
        order, picking = self._in_transit("EVID5")
        self._arrival_report(picking)
        with patch.dict(tools.config.options, {"http_enable": False}):
            self._deliver(picking.with_context(force_report_rendering=True))
        self.assertTrue(picking.art_is_delivered)
        self.assertTrue(order.art_evidence_pending)
        self.assertFalse(order.art_evidence_attachment_id)
        self.env["sale.order"].with_context(
            force_report_rendering=True
        )._cron_art_generate_pending_evidence()
        self.assertTrue(order.art_evidence_attachment_id.raw.startswith(b"%PDF"))

    def test_pending_run_stops_at_the_first_failure(self):
        orders = self.env["sale.order"]
        for ref in ("EVID3", "EVID4"):
            order, picking = self._in_transit(ref)
            self._arrival_report(picking)
            with self._printing_unavailable(), self.assertLogs(LOGGER, "WARNING"):
                self._deliver(picking)
            orders |= order
        self.assertEqual(orders.mapped("art_evidence_pending"), [True, True])
        calls = []
        with self._printing_unavailable(calls), self.assertLogs(LOGGER, "WARNING"):
            self.env["sale.order"]._cron_art_generate_pending_evidence()
        # One attempt, not one warning per pending order.
        self.assertEqual(len(calls), 1)
