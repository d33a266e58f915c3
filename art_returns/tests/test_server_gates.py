# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Approvals, decisions and evidence of art returns hold on the server: what
the views do not offer a role, the ORM refuses it over RPC."""

import base64

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import ArtReturnCase

OTHER_ROLES = ("sales", "warehouse", "logistics", "expert", "aftersales", "finance")


@tagged("post_install", "-at_install")
class TestServerReturnTierReviews(ArtReturnCase):
    def _accepted(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(len(rma.review_ids), 2)
        return rma

    def _statuses(self, rma):
        return rma.review_ids.sorted("sequence").mapped("status")

    def test_reviews_not_written_directly(self):
        rma = self._accepted()
        before = self._statuses(rma)
        for role in (*OTHER_ROLES, "manager"):
            user = self.users[role]
            for vals in (
                {"status": "approved"},
                {"done_by": user.id, "reviewed_date": fields.Datetime.now()},
                {"sequence": 1},
                {"res_id": 0},
            ):
                with (
                    self.subTest(role=role, vals=vals),
                    self.assertRaises(AccessError),
                ):
                    rma.review_ids.with_user(user).write(vals)
            with self.subTest(role=role, op="unlink"), self.assertRaises(AccessError):
                rma.review_ids.with_user(user).unlink()
            with self.subTest(role=role, op="create"), self.assertRaises(AccessError):
                self.env["tier.review"].with_user(user).create(
                    {
                        "model": "rma",
                        "res_id": rma.id,
                        "definition_id": rma.review_ids[:1].definition_id.id,
                        "status": "approved",
                    }
                )
        rma.invalidate_recordset()
        self.assertEqual(self._statuses(rma), before)
        self.assertFalse(rma.review_ids.done_by)
        with self.assertRaises(ValidationError):
            rma.with_user(self.users["warehouse"]).action_confirm()
        self.assertEqual(rma.state, "draft")

    def test_non_reviewers_move_nothing(self):
        rma = self._accepted()
        before = self._statuses(rma)
        for role in ("warehouse", "logistics", "finance"):
            rma.with_user(self.users[role]).validate_tier()
            rma.with_user(self.users[role]).reject_tier()
        rma.invalidate_recordset()
        self.assertEqual(self._statuses(rma), before)

    def test_reviewers_approve(self):
        rma = self._accepted()
        self._approve(rma, "aftersales")
        self._approve(rma, "finance")
        self.assertEqual(rma.state, "confirmed")
        self.assertEqual(
            rma.review_ids.done_by, self.users["aftersales"] | self.users["finance"]
        )

    def test_portal_reads_no_review(self):
        rma = self._accepted()
        Review = self.env["tier.review"].with_user(self.portal_user)
        self.assertEqual(Review.search_count([("model", "=", "rma")]), 0)
        with self.assertRaises(AccessError):
            rma.review_ids.with_user(self.portal_user).read(["status", "comment"])


@tagged("post_install", "-at_install")
class TestServerReturnDecisions(ArtReturnCase):
    def test_decision_fields_refused(self):
        order = self._deliver(self.painting)
        rma = self._request(order, date=self._later(10))
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "refused")
        attempts = [
            {"art_acceptance": "accepted"},
            {"art_expert_required": True},
            {"art_override_user_id": self.users["manager"].id},
            {"art_refusal_reason": False},
            {"art_inspection_result": "passed"},
            {"art_resolution": "refunded"},
            {"art_dispute_state": "settled"},
            {"art_customer_confirmed": True},
            {"art_accepted_date": fields.Datetime.now()},
        ]
        for role in (*OTHER_ROLES, "manager"):
            for vals in attempts:
                with (
                    self.subTest(role=role, vals=vals),
                    self.assertRaisesRegex(AccessError, "action that decides"),
                ):
                    rma.with_user(self.users[role]).write(vals)
        rma.invalidate_recordset()
        self.assertEqual(rma.art_acceptance, "refused")
        self.assertFalse(rma.art_expert_required)
        self.assertTrue(rma.art_refusal_reason)
        # Only the manager's override accepts a refused request.
        with self.assertRaises(AccessError):
            rma.with_user(self.users["sales"]).action_art_override("friend")
        rma.with_user(self.users["manager"]).action_art_override("Loyal client")
        self.assertEqual(rma.art_acceptance, "accepted")
        self.assertEqual(rma.art_override_user_id, self.users["manager"])

    def test_decision_fields_refused_on_create(self):
        order = self._deliver(self.painting)
        with self.assertRaisesRegex(AccessError, "action that decides"):
            self._request(order, art_acceptance="accepted")
        with self.assertRaisesRegex(AccessError, "action that decides"):
            self._request(order, art_expert_required=True)


@tagged("post_install", "-at_install")
class TestServerReturnEvidence(ArtReturnCase):
    def _submitted(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        evidence = rma.art_evidence_ids
        self.assertEqual(len(evidence), 1)
        return rma, evidence

    def test_submitted_evidence_is_frozen(self):
        rma, evidence = self._submitted()
        raw = evidence.raw
        attempts = [
            {"datas": base64.b64encode(b"other")},
            {"name": "other.png"},
            {"public": True},
            {"access_token": "guessable"},
            {"mimetype": "text/html"},
            {"res_id": 0},
        ]
        for role in ("sales", "aftersales", "manager", "warehouse"):
            user = self.users[role]
            for vals in attempts:
                with (
                    self.subTest(role=role, vals=vals),
                    self.assertRaisesRegex(UserError, "evidence of a submitted"),
                ):
                    evidence.with_user(user).write(vals)
            with (
                self.subTest(role=role, op="unlink"),
                self.assertRaisesRegex(UserError, "evidence of a submitted"),
            ):
                evidence.with_user(user).unlink()
        with self.assertRaises(UserError):
            evidence.with_user(self.portal_user).unlink()
        evidence.invalidate_recordset()
        self.assertTrue(evidence.exists())
        self.assertEqual(evidence.raw, raw)
        self.assertEqual((evidence.res_model, evidence.res_id), ("rma", rma.id))
        self.assertFalse(evidence.public)

    def test_evidence_added_after_submission_is_kept_too(self):
        # A refused request (no review under way) still takes more evidence.
        order = self._deliver(self.painting)
        rma = self._request(order, date=self._later(10))
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "refused")
        evidence = rma.art_evidence_ids
        photo = self._photo("more.png", user=self.users["sales"])
        rma.with_user(self.users["sales"]).art_evidence_ids = [Command.link(photo.id)]
        self.assertEqual((photo.res_model, photo.res_id), ("rma", rma.id))
        with self.assertRaisesRegex(UserError, "evidence of a submitted"):
            photo.with_user(self.users["sales"]).unlink()
        self.assertEqual(rma.art_evidence_ids, evidence | photo)

    def test_draft_evidence_still_editable(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        evidence = rma.art_evidence_ids
        evidence.with_user(self.users["sales"]).write({"name": "renamed.png"})
        self.assertEqual(evidence.name, "renamed.png")

    def test_administrator_change_is_logged(self):
        rma, evidence = self._submitted()
        admin = self.env.ref("base.user_admin")
        evidence.with_user(admin).write({"name": "redacted.png"})
        self.assertEqual(evidence.name, "redacted.png")
        self.assertTrue(rma.message_ids.filtered(lambda m: "Return evidence" in m.body))


@tagged("post_install", "-at_install")
class TestServerClaimGates(ArtReturnCase):
    def test_claim_state_and_recovery_only_through_actions(self):
        order = self._deliver(self.painting)
        rma = self._request(order, reason="transit_damage")
        claim = self.env["art.insurance.claim"].create(
            {
                "rma_id": rma.id,
                "declared_value": 5000.0,
                "claimed_amount": 5000.0,
                "insurer_id": self.env["res.partner"].create({"name": "Insurer"}).id,
                "policy_ref": "POL-1",
            }
        )
        finance = self.users["finance"]
        for vals in (
            {"state": "paid"},
            {"recovered_amount": 5000.0},
            {"move_ids": [Command.clear()]},
        ):
            with (
                self.subTest(vals=vals),
                self.assertRaisesRegex(AccessError, "action that decides"),
            ):
                claim.with_user(finance).write(vals)
        with self.assertRaisesRegex(AccessError, "action that decides"):
            self.env["art.insurance.claim"].with_user(finance).create(
                {"rma_id": rma.id, "state": "paid", "recovered_amount": 10.0}
            )
        self.assertEqual(claim.state, "draft")
        claim.with_user(finance).action_submit()
        self.assertEqual(claim.state, "submitted")
