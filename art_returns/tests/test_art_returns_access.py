# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import ArtReturnCase


@tagged("post_install", "-at_install")
class TestArtReturnAccess(ArtReturnCase):
    def test_only_finance_refunds_and_sets_amounts(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        for role in ("sales", "aftersales", "warehouse", "logistics"):
            with self.assertRefused(AccessError, "Only Finance"):
                rma.with_user(self.users[role]).art_refund_amount = 10.0
        self.assertEqual(rma.art_refund_amount, 5000.0)
        rma.with_user(self.users["finance"]).art_refund_amount = 4900.0
        self.assertEqual(rma.art_refund_amount, 4900.0)
        for role in ("sales", "warehouse", "aftersales"):
            with self.assertRefused(AccessError, "Only Finance"):
                rma.with_user(self.users[role]).action_art_refund()

    def test_only_customer_service_accepts(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        for role in ("finance", "warehouse", "logistics"):
            with self.assertRefused(AccessError, "customer service"):
                rma.with_user(self.users[role]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "pending")
        rma.with_user(self.users["sales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "accepted")

    def test_only_manager_overrides(self):
        order = self._deliver(self.painting)
        rma = self._request(order, date=self._later(30))
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "refused")
        for role in ("sales", "aftersales", "finance"):
            with self.assertRefused(AccessError, "Only a Manager"):
                rma.with_user(self.users[role]).action_art_override("Please")
        self.assertEqual(rma.art_acceptance, "refused")
        rma.with_user(self.users["manager"]).action_art_override("VIP")
        self.assertEqual(rma.art_acceptance, "accepted")

    def test_only_warehouse_or_expert_inspects(self):
        # The Expert works on the returns that need an expert.
        order = self._deliver(self.antique)
        rma = self._request(order)
        self._accept_and_approve(rma)
        self._receive(rma)
        for role in ("sales", "finance"):
            with self.assertRefused(AccessError, "not allowed|Only the warehouse"):
                self._inspect(rma, user=self.users[role])
        self.assertFalse(rma.art_inspection_id)
        self._inspect(rma, user=self.users["expert"])
        self.assertEqual(rma.art_inspection_result, "passed")

    def test_expert_reads_returns_needing_an_expert_only(self):
        order = self._deliver(self.antique)
        rma = self._request(order, user_id=self.users["aftersales"].id)
        order2 = self._deliver(self.painting)
        plain = self._request(order2, user_id=self.users["aftersales"].id)
        expert = self.users["expert"]
        with self.assertRaises(AccessError):
            rma.with_user(expert).check_access("read")
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertTrue(rma.art_expert_required)
        rma.with_user(expert).check_access("read")
        self.assertEqual(rma.with_user(expert).art_lot_id, self.antique)
        with self.assertRaises(AccessError):
            rma.with_user(expert).check_access("write")
        with self.assertRaises(AccessError):
            plain.with_user(expert).check_access("read")

    def test_logistics_records_return_tracking(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        self._accept_and_approve(rma)
        picking = rma.reception_move_id.picking_id.with_user(self.users["logistics"])
        picking.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "BACK42"})
        self.assertEqual(rma.art_return_tracking_ref, "BACK42")
        self.assertEqual(picking.picking_type_code, "incoming")

    def test_portal_customer_sees_own_returns_only(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        own = rma.with_user(self.portal_user)
        own.check_access("read")
        self.assertEqual(own.art_acceptance, "accepted")
        with self.assertRaises(AccessError):
            own.check_access("write")
        other = rma.with_user(self.other_portal_user)
        with self.assertRaises(AccessError):
            other.check_access("read")
        evidence = rma.art_evidence_ids.with_user(self.other_portal_user)
        with self.assertRaises(AccessError):
            evidence.check_access("read")
        with self.assertRaises(AccessError):
            rma.art_evidence_ids.with_user(self.portal_user).unlink()
        self.assertTrue(rma.art_evidence_ids.exists())

    def test_claims_are_finance_business(self):
        claim = self.env["art.insurance.claim"].create({"claimed_amount": 10.0})
        claim.with_user(self.users["logistics"]).check_access("read")
        for role in ("sales", "warehouse", "expert"):
            with self.assertRaises(AccessError):
                claim.with_user(self.users[role]).check_access("read")
        with self.assertRaises(AccessError):
            claim.with_user(self.users["logistics"]).write({"policy_ref": "X"})
        claim.with_user(self.users["finance"]).write({"policy_ref": "X"})

    def test_evidence_uploaded_before_saving_is_readable_by_staff(self):
        """Evidence uploaded in the form of a new return belongs to the return
        once saved: the staff who handle the return can open it; a file of
        another user is not taken over."""
        order = self._deliver(self.painting)
        others = self._photo("someone_else.png", user=self.users["logistics"])
        rma = self._request(order)
        evidence = rma.art_evidence_ids
        self.assertEqual((evidence.res_model, evidence.res_id), ("rma", rma.id))
        for role in ("warehouse", "aftersales", "finance"):
            evidence.invalidate_recordset()
            read = evidence.with_user(self.users[role]).read(["name", "datas"])
            self.assertTrue(read[0]["datas"])
        with self.assertRaises(AccessError):
            evidence.with_user(self.other_portal_user).read(["name"])
        rma.with_user(self.users["sales"]).art_evidence_ids = [Command.link(others.id)]
        self.assertIn(others, rma.art_evidence_ids)
        self.assertFalse(others.res_id, "another user's file is not taken over")
        with self.assertRaises(AccessError):
            others.with_user(self.users["warehouse"]).read(["name"])
