# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .common import SVG, ArtReturnCase


@tagged("post_install", "-at_install")
class TestArtReturnFlow(ArtReturnCase):
    def test_full_refund_path(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        self.assertTrue(rma.art_is_art_rma)
        self.assertEqual(rma.state, "draft")
        self.assertEqual(rma.art_shipping_payer, "company")
        self._accept_and_approve(rma)
        self.assertEqual(rma.art_amount_paid, 5000.0)
        self.assertFalse(rma.art_expert_required)
        self.assertEqual(rma.validation_status, "validated")
        self.assertTrue(rma.art_approved_date)
        # The customer was told at each decision (acceptance, 2 reviews,
        # authorisation with the return address).
        told = self._customer_messages(rma)
        self.assertGreaterEqual(len(told), 4)
        self.assertTrue(any("authorised" in m.body for m in told))
        self._receive(rma)
        self.assertEqual(rma.art_return_tracking_ref, "RET1")
        self._inspect(rma)
        self.assertEqual(rma.art_inspection_result, "passed")
        self.assertEqual(rma.art_inspection_id.context, "return")
        self.assertTrue(rma.art_inspection_id.photo_ids)
        rma.with_user(self.users["finance"]).action_art_refund()
        self.assertEqual(rma.state, "refunded")
        self.assertEqual(rma.art_resolution, "refund")
        self.assertEqual(rma.refund_id.state, "posted")
        self.assertEqual(rma.refund_id.amount_total, 5000.0)
        self.assertEqual(rma.art_refunded_amount, 5000.0)
        self.assertTrue(rma.art_refund_payment_id)
        self.assertIn(rma.refund_id.payment_state, ("paid", "in_payment"))
        # Aftermath: provenance back to the gallery, work back in stock.
        chain = rma.art_lot_id.sudo().art_provenance_ids
        self.assertEqual(chain[-1].partner_id, self.company.partner_id)
        self.assertTrue(all(line.date_to for line in chain[:-1]))
        quant = self.env["stock.quant"].search(
            [("lot_id", "=", rma.art_lot_id.id), ("quantity", ">", 0)]
        )
        self.assertEqual(quant.location_id, self.warehouse.lot_stock_id)
        self.assertTrue(rma.art_days_total >= 0)
        # A second refund is refused: one credit note, one refund.
        with self.assertRefused(UserError, "already refunded"):
            rma.with_user(self.users["finance"]).action_art_refund()
        self.assertEqual(
            len(self.env["account.move"].search([("invoice_origin", "=", rma.name)])), 1
        )

    def test_partial_refund_needs_reason_and_finance(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self._approve(rma, "aftersales")
        finance_rma = rma.with_user(self.users["finance"])
        finance_rma.art_refund_amount = 4000.0
        self.assertEqual(rma.art_deduction_amount, 1000.0)
        with self.assertRefused(UserError, "reason for the deduction"):
            self._approve(rma, "finance")
        finance_rma.art_deduction_reason = "Frame scratched by the customer"
        self._approve(rma, "finance")
        self.assertEqual(rma.state, "confirmed")
        with self.assertRefused(UserError, "already confirmed"):
            finance_rma.art_refund_amount = 4500.0
        self._receive(rma)
        self._inspect(rma)
        finance_rma.action_art_refund()
        self.assertEqual(rma.art_resolution, "partial_refund")
        self.assertAlmostEqual(rma.refund_id.amount_total, 4000.0)

    def test_refund_above_paid_is_refused(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        with self.assertRefused(
            ValidationError, "cannot exceed what the customer paid"
        ):
            rma.with_user(self.users["finance"]).art_refund_amount = 5000.01
        self.assertEqual(rma.art_refund_amount, 5000.0)
        with self.assertRefused(ValidationError, "negative"):
            rma.with_user(self.users["finance"]).art_refund_amount = -1

    def test_exchange_up_in_price(self):
        order = self._deliver(self.painting)
        rma = self._request(order, reason="change_of_mind", request_type="exchange")
        self.assertEqual(rma.art_shipping_payer, "customer")
        self._accept_and_approve(rma)
        self._receive(rma)
        self._inspect(rma)
        wizard = Form(
            self.env["art.return.exchange.wizard"]
            .with_user(self.users["sales"])
            .with_context(default_rma_id=rma.id)
        )
        wizard.lot_id = self.painting_b
        wizard.save().action_apply()
        self.assertEqual(rma.state, "waiting_replacement")
        self.assertEqual(rma.art_resolution, "exchange")
        self.assertEqual(rma.art_exchange_difference, 1000.0)
        self.assertEqual(rma.art_exchange_move_id.move_type, "out_invoice")
        self.assertEqual(rma.art_exchange_move_id.amount_total, 1000.0)
        self.assertEqual(rma.art_exchange_move_id.state, "posted")
        delivery = rma.delivery_move_ids.picking_id
        self.assertEqual(delivery.move_ids.restrict_lot_id, self.painting_b)
        delivery.action_assign()
        self.assertEqual(delivery.move_line_ids.lot_id, self.painting_b)
        delivery.move_ids.picked = True
        delivery.button_validate()
        self.assertEqual(rma.state, "replaced")
        chain = self.painting_b.sudo().art_provenance_ids
        self.assertEqual(chain[-1].partner_id, self.customer)

    def test_exchange_down_in_price(self):
        order = self._deliver(self.painting)
        rma = self._request(order, reason="change_of_mind", request_type="exchange")
        self._accept_and_approve(rma)
        self._receive(rma)
        self._inspect(rma)
        rma.with_user(self.users["sales"]).action_art_exchange(self.painting_c)
        self.assertEqual(rma.art_exchange_difference, -2000.0)
        self.assertEqual(rma.art_exchange_move_id.move_type, "out_refund")
        self.assertEqual(rma.art_exchange_move_id.amount_total, 2000.0)
        with self.assertRefused(UserError, "already exchanged"):
            rma.with_user(self.users["sales"]).action_art_exchange(self.painting_b)

    def test_rejection_after_failed_inspection_and_dispute(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        self._accept_and_approve(rma)
        self._receive(rma)
        self._inspect(rma, new_damage=True, certificate_present=False, grade="damaged")
        self.assertEqual(rma.art_inspection_result, "failed")
        self.assertEqual(rma.art_dispute_state, "open")
        self.assertIn("new damage", rma.art_inspection_summary)
        self.assertTrue(
            any("found problems" in m.body for m in self._customer_messages(rma))
        )
        with self.assertRefused(UserError, "inspection did not pass"):
            rma.with_user(self.users["finance"]).action_art_refund()
        manager = rma.with_user(self.users["manager"])
        with self.assertRefused(UserError, "third-party appraisal"):
            manager.action_art_settle_dispute("company", "Damage caused after delivery")
        self._return_appraisal(rma, purpose="dispute", external=True)
        manager.action_art_settle_dispute("company", "Damage caused after delivery")
        self.assertEqual(rma.art_dispute_state, "settled")
        self.assertEqual(rma.art_resolution, "rejected")
        self.assertEqual(rma.state, "waiting_return")
        back = rma.delivery_move_ids.picking_id
        self.assertEqual(back.location_dest_id.usage, "customer")

    def test_dispute_in_customer_favour_allows_refund(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        self._accept_and_approve(rma)
        self._receive(rma)
        self._inspect(rma, packaging_intact=False)
        self._return_appraisal(rma, purpose="dispute", external=True)
        rma.with_user(self.users["manager"]).action_art_settle_dispute(
            "customer", "Packaging was the carrier's"
        )
        rma.with_user(self.users["finance"]).action_art_refund()
        self.assertEqual(rma.state, "refunded")

    def test_rejection_of_request(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        with self.assertRefused(UserError, "reason"):
            rma.with_user(self.users["aftersales"]).action_art_reject(" ")
        self.assertFalse(rma.art_resolution)
        rma.with_user(self.users["aftersales"]).action_art_reject("Work not from us")
        self.assertEqual(rma.state, "cancelled")
        self.assertEqual(rma.art_resolution, "rejected")

    def test_out_of_window_refused_then_manager_override(self):
        order = self._deliver(self.painting)
        rma = self._request(order, date=self._later(10))
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "refused")
        self.assertIn("return window ended", rma.art_refusal_reason)
        self.assertFalse(rma.review_ids)
        self.assertTrue(
            any("cannot be accepted" in m.body for m in self._customer_messages(rma))
        )
        with self.assertRefused(UserError, "reason for the override"):
            rma.with_user(self.users["manager"]).action_art_override("")
        wizard = Form(
            self.env["art.return.decision.wizard"]
            .with_user(self.users["manager"])
            .with_context(default_rma_id=rma.id, default_decision="override")
        )
        wizard.reason = "Long-standing client, travelling"
        wizard.save().action_apply()
        self.assertEqual(rma.art_acceptance, "accepted")
        self.assertEqual(rma.art_override_user_id, self.users["manager"])
        self.assertTrue(rma.review_ids)

    def test_window_inside_is_accepted(self):
        order = self._deliver(self.painting)
        rma = self._request(order, date=self._later(6))
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "accepted")

    def test_commissioned_work_only_if_misdescribed(self):
        order = self._deliver(self.commission)
        rma = self._request(order, reason="change_of_mind")
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "refused")
        self.assertIn("Commissioned works", rma.art_refusal_reason)

    def test_incomplete_request_is_not_accepted(self):
        order = self._deliver(self.painting)
        rma = self._request(order, reason="transit_damage", evidence=False)
        with self.assertRefused(UserError, "photos or a video"):
            rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "pending")

    def test_evidence_types(self):
        order = self._deliver(self.painting)
        with self.assertRefused(ValidationError, "not a photo or a video"):
            self._request(
                order,
                art_evidence_ids=[Command.set(self._photo("x.svg", SVG).ids)],
            )
        with self.assertRefused(ValidationError, "not a photo or a video"):
            self._request(
                order,
                art_evidence_ids=[
                    Command.set(
                        self._photo("x.html", b"<html><body>hi</body></html>").ids
                    )
                ],
            )
        self.company.art_return_evidence_max_mb = 1
        big = b"\x89PNG\r\n\x1a\n" + b"0" * (1024 * 1024 + 10)
        with self.assertRefused(ValidationError, "too large"):
            self._request(
                order, art_evidence_ids=[Command.set(self._photo("big.png", big).ids)]
            )

    def test_evidence_is_kept_after_submission(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        with self.assertRefused(UserError, "cannot be removed"):
            rma.with_user(self.users["manager"]).art_evidence_ids = [Command.clear()]
        self.assertTrue(rma.art_evidence_ids)

    def test_one_return_per_work_per_delivery(self):
        order = self._deliver(self.painting)
        self._request(order)
        with self.assertRefused(ValidationError, "once per delivery"):
            self._request(order)

    def test_transit_damage_insurance_claim(self):
        order = self._deliver(self.painting)
        rma = self._request(order, reason="transit_damage")
        self._accept_and_approve(rma)
        # The arrival report recorded the damage when the work was delivered.
        self.env["art.condition.report"].create(
            {
                "lot_id": rma.art_lot_id.id,
                "context": "arrival",
                "grade": "damaged",
                "sale_order_id": order.id,
            }
        )
        self._receive(rma)
        self._inspect(rma, grade="damaged")
        self.assertEqual(
            rma.art_inspection_result,
            "passed",
            "the damage matches what was reported on arrival",
        )
        claim = rma.art_claim_ids
        self.assertEqual(len(claim), 1)
        self.assertEqual(claim.carrier_id, self.carrier)
        self.assertEqual(claim.claimed_amount, 5000.0)
        claim = claim.with_user(self.users["finance"])
        with self.assertRefused(UserError, "insurer"):
            claim.action_submit()
        claim.write(
            {
                "insurer_id": self.env["res.partner"].create({"name": "Art Insure"}).id,
                "policy_ref": "POL-77",
            }
        )
        claim.action_submit()
        claim.action_accept()
        self.assertEqual(claim.state, "accepted")
        self.assertEqual(claim.move_ids.state, "posted")
        with self.assertRefused(ValidationError, "recovered amount cannot exceed"):
            claim.action_register_recovery(6000.0)
        claim.action_register_recovery(4500.0)
        self.assertEqual(claim.state, "paid")
        self.assertEqual(len(claim.move_ids), 2)
        self.assertEqual(rma.art_recovered_amount, 4500.0)

    def test_antique_needs_expert_after_return_appraisal(self):
        order = self._deliver(self.antique)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertTrue(rma.art_expert_required)
        self.assertEqual(len(rma.review_ids), 3)
        self._approve(rma, "aftersales")
        self._approve(rma, "finance")
        self.assertEqual(rma.state, "draft")
        with self.assertRefused(UserError, "purpose Return"):
            self._approve(rma, "expert")
        # An appraisal for another purpose does not unblock it.
        self._return_appraisal(rma, purpose="insurance")
        with self.assertRefused(UserError, "purpose Return"):
            self._approve(rma, "expert")
        self._return_appraisal(rma)
        self._approve(rma, "expert")
        self.assertEqual(rma.state, "confirmed")

    def test_tiers_order_and_roles(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(len(rma.review_ids), 2, "no expert tier for this work")
        # Finance cannot approve before customer service.
        rma.with_user(self.users["finance"]).validate_tier()
        self.assertFalse(rma.review_ids.filtered(lambda r: r.status == "approved"))
        # The warehouse is no reviewer at all.
        self.assertFalse(rma.with_user(self.users["warehouse"]).can_review)
        self.assertTrue(rma.with_user(self.users["aftersales"]).can_review)
        # Confirming directly is blocked by the open validation.
        with self.assertRaises(ValidationError):
            rma.with_user(self.users["sales"]).action_confirm()
        self.assertEqual(rma.state, "draft")

    def test_confirm_before_acceptance_is_refused(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        with self.assertRefused(UserError, "accept the return request"):
            rma.with_user(self.users["sales"]).action_confirm()
        self.assertEqual(rma.state, "draft")

    def test_oca_shortcuts_are_guarded(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        self._accept_and_approve(rma)
        self._receive(rma)
        with self.assertRefused(UserError, "Refund Work"):
            rma.with_user(self.users["finance"]).action_refund()
        with self.assertRefused(UserError, "rejected"):
            rma.with_user(self.users["sales"]).create_return(
                self._later(0), 1.0, rma.product_uom
            )
        with self.assertRefused(UserError, "inspection did not pass"):
            rma.with_user(self.users["finance"]).action_art_refund()
        self.assertFalse(rma.refund_id)

    def test_customer_confirms_and_rates(self):
        order = self._deliver(self.painting)
        rma = self._request(order)
        with self.assertRefused(UserError, "not resolved"):
            rma._art_customer_confirm(5, "")
        self._accept_and_approve(rma)
        self._receive(rma)
        self._inspect(rma)
        rma.with_user(self.users["finance"]).action_art_refund()
        rma._art_customer_confirm(4, "Smooth")
        self.assertTrue(rma.art_customer_confirmed)
        self.assertEqual(rma.art_customer_rating, "4")


@tagged("post_install", "-at_install")
class TestPlainRma(ArtReturnCase):
    def test_non_art_rma_is_unaffected_by_tiers(self):
        product = self.env["product.product"].create(
            {"name": "Picture hook", "is_storable": True}
        )
        rma = (
            self.env["rma"]
            .with_user(self.users["sales"])
            .create(
                {
                    "partner_id": self.customer.id,
                    "product_id": product.id,
                    "product_uom_qty": 1.0,
                    "operation_id": self.env.ref("rma.rma_operation_refund").id,
                    "location_id": self.warehouse.rma_loc_id.id,
                }
            )
        )
        self.assertFalse(rma.art_is_art_rma)
        self.assertFalse(rma.need_validation)
        rma.action_confirm()
        self.assertEqual(rma.state, "confirmed")
        self.assertFalse(rma.review_ids)
        self.assertEqual(rma.validation_status, "no")
