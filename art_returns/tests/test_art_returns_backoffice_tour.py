# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Back-office tour: the warehouse inspects a received return (checklist and
photo), then Finance refunds it, in a real browser."""

from odoo.tests import HttpCase, tagged

from .common import ArtReturnCase


@tagged("post_install", "-at_install")
class TestArtReturnBackofficeTour(HttpCase, ArtReturnCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.seascape = cls._artwork("Backoffice Tour Seascape", "painting", 4200.0)

    def setUp(self):
        super().setUp()
        order = self._deliver(self.seascape)
        self.rma = self._request(order)
        self._accept_and_approve(self.rma)
        self._receive(self.rma)
        self.assertFalse(self.rma.art_inspection_id)

    def test_inspection_then_refund(self):
        rma = self.rma
        self.start_tour(
            "/odoo",
            "art_returns_backoffice_inspection",
            login=self.users["warehouse"].login,
        )
        report = rma.art_inspection_id
        self.assertTrue(report, "the tour recorded the inspection")
        self.assertEqual(report.context, "return")
        self.assertEqual(report.grade, "excellent")
        self.assertEqual(report.inspector_id, self.users["warehouse"])
        self.assertEqual(report.photo_ids.mapped("name"), ["returned_work.png"])
        self.assertEqual(
            sorted(report.line_ids.mapped("status")), ["ok", "ok", "ok", "ok"]
        )
        self.assertIn("Crate intact", report.notes)
        self.assertEqual(rma.art_inspection_result, "passed")
        self.assertFalse(rma.refund_id)

        self.start_tour(
            "/odoo",
            "art_returns_backoffice_refund",
            login=self.users["finance"].login,
        )
        self.assertEqual(rma.state, "refunded")
        self.assertEqual(rma.art_resolution, "refund")
        self.assertEqual(rma.refund_id.state, "posted")
        self.assertEqual(rma.refund_id.amount_total, 4200.0)
        self.assertEqual(rma.art_refund_payment_id.amount, 4200.0)
        self.assertIn(rma.refund_id.payment_state, ("paid", "in_payment"))
