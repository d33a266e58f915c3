# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Approvals and gate fields hold on the server: what the views do not offer a
role, the ORM refuses it over RPC (``with_user(...).write/create/unlink`` and
the public action methods, exactly as ``execute_kw`` calls them)."""

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .test_order_lifecycle import LifecycleCase


@tagged("post_install", "-at_install")
class TestServerTierReviews(LifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.logistics = new_test_user(
            cls.env,
            login="art_sg_logistics",
            groups="art_order_tracking.group_art_logistics",
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="art_sg_portal",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )

    def _high_value_in_review(self):
        """A 90,000 order of the seller, both tiers requested."""
        order = self._order(price=90000.0)
        order.with_user(self.seller).request_validation()
        self._flush()
        self.assertEqual(order.art_value_band, "high")
        self.assertEqual(len(order.review_ids), 2)
        return order

    def _statuses(self, order):
        return order.review_ids.sorted("sequence").mapped("status")

    def test_reviews_not_written_directly(self):
        order = self._high_value_in_review()
        before = self._statuses(order)
        reviews = order.review_ids
        attempts = {
            "status": {"status": "approved"},
            "done_by": {"done_by": self.manager.id},
            "reviewed_date": {"reviewed_date": fields.Datetime.now()},
            "sequence": {"sequence": 99},
            "definition_id": {"definition_id": False},
            "res_id": {
                "res_id": self.env["sale.order"]
                .create({"partner_id": self.customer.id})
                .id
            },
            "comment": {"comment": "Approved by me"},
        }
        # The salesperson, the other roles, even the order's own reviewers:
        # a review moves only through Validate/Reject.
        for user in (
            self.seller,
            self.warehouse_user,
            self.logistics,
            self.finance,
            self.reviewer,
            self.manager,
        ):
            for field, vals in attempts.items():
                if field == "comment" and user in (self.reviewer, self.manager):
                    continue  # a reviewer of the tier may leave their comment
                with (
                    self.subTest(user=user.login, field=field),
                    self.assertRaises(AccessError),
                ):
                    reviews.with_user(user).write(vals)
            with (
                self.subTest(user=user.login, op="unlink"),
                self.assertRaises(AccessError),
            ):
                reviews.with_user(user).unlink()
            with (
                self.subTest(user=user.login, op="create"),
                self.assertRaises(AccessError),
            ):
                self.env["tier.review"].with_user(user).create(
                    {
                        "model": "sale.order",
                        "res_id": order.id,
                        "definition_id": reviews[:1].definition_id.id,
                        "status": "approved",
                        "sequence": 5,
                    }
                )
        order.invalidate_recordset()
        self.assertEqual(self._statuses(order), before)
        self.assertEqual(len(order.review_ids), 2)
        self.assertFalse(order.review_ids.done_by)
        # Confirming without the approvals is still refused.
        with self.assertRaises(ValidationError):
            order.with_user(self.seller).action_confirm()
        self.assertEqual(order.state, "draft")

    def test_other_users_cannot_approve_through_the_wizard(self):
        order = self._high_value_in_review()
        before = self._statuses(order)
        for user in (self.warehouse_user, self.logistics, self.seller):
            with self.subTest(user=user.login):
                wizard = (
                    self.env["comment.wizard"]
                    .with_user(user)
                    .create(
                        {
                            "res_model": "sale.order",
                            "res_id": order.id,
                            "review_ids": [Command.set(order.review_ids.ids)],
                            "validate_reject": "validate",
                            "comment": "ok",
                        }
                    )
                )
                with self.assertRaises(AccessError):
                    wizard.add_comment()
                order.invalidate_recordset()
                self.assertEqual(self._statuses(order), before)
        # validate_tier / reject_tier by a user who reviews no tier of the
        # order do nothing (base_tier_validation would otherwise move every
        # waiting tier to pending, or cancel them).
        for user in (self.warehouse_user, self.logistics, self.finance):
            order.with_user(user).validate_tier()
            order.with_user(user).reject_tier()
        order.invalidate_recordset()
        self.assertEqual(self._statuses(order), before)

    def test_reviewers_validate_through_the_tier_validation(self):
        order = self._high_value_in_review()
        self._approve(order, self.reviewer)
        self.assertIn("approved", self._statuses(order))
        self.assertEqual(order.state, "draft")
        self._approve(order, self.manager)
        self.assertEqual(self._statuses(order), ["approved", "approved"])
        self.assertEqual(order.state, "sale")
        self.assertEqual(order.review_ids.done_by, self.reviewer | self.manager)

    def test_reviewer_rejects_and_seller_restarts(self):
        order = self._high_value_in_review()
        action = order.with_user(self.reviewer).reject_tier()
        wizard = (
            self.env["comment.wizard"]
            .with_user(self.reviewer)
            .with_context(**action["context"])
            .create({"comment": "Credit not checked"})
        )
        wizard.add_comment()
        self._flush()
        self.assertIn("rejected", self._statuses(order))
        self.assertEqual(order.art_rejection_reason, "Credit not checked")
        order.with_user(self.seller).restart_validation()
        self.assertFalse(order.review_ids)

    def test_portal_reads_no_review(self):
        order = self._high_value_in_review()
        Review = self.env["tier.review"].with_user(self.portal_user)
        self.assertEqual(Review.search_count([]), 0)
        self.assertFalse(Review.search_read([], ["status", "comment", "done_by"]))
        with self.assertRaises(AccessError):
            order.review_ids.with_user(self.portal_user).read(["status"])

    def test_reviews_of_other_documents_untouched(self):
        """Reviews of non-art documents keep base_tier_validation's rules."""
        plain = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.carrier.product_id.id,
                            "price_unit": 10.0,
                        }
                    )
                ],
            }
        )
        self.assertFalse(plain.art_is_art_order)
        definition = self.env.ref("art_order_tracking.tier_definition_art_sales_review")
        review = (
            self.env["tier.review"]
            .with_user(self.seller)
            .create(
                {
                    "model": "sale.order",
                    "res_id": plain.id,
                    "definition_id": definition.id,
                }
            )
        )
        review.with_user(self.seller).write({"comment": "note"})
        # ... but a review cannot be moved onto an art order.
        order = self._order()
        with self.assertRaises(AccessError):
            review.with_user(self.seller).write({"res_id": order.id})
        self.assertEqual(review.res_id, plain.id)


@tagged("post_install", "-at_install")
class TestServerGateFields(LifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.logistics = new_test_user(
            cls.env,
            login="art_sg_logistics",
            groups="art_order_tracking.group_art_logistics",
        )

    def _confirmed_unpaid(self):
        order = self._order()
        self._submit_and_approve(order)
        self.assertEqual(order.state, "sale")
        self.assertFalse(order.art_is_paid)
        return order

    def test_gate_fields_refused_to_every_role(self):
        order = self._confirmed_unpaid()
        attachment = self.env["ir.attachment"].create(
            {"name": "fake.pdf", "raw": b"%PDF-1.4", "res_model": "sale.order"}
        )
        attempts = [
            {"art_ship_on_credit": True, "art_ship_on_credit_user_id": self.manager.id},
            {"art_ship_on_credit_reason": "trusted"},
            {"art_delivered_date": fields.Datetime.now()},
            {"art_evidence_attachment_id": attachment.id},
            {"art_damage_reported": True},
            {"art_damage_note": "nothing"},
            {"art_damage_recorded": True},
            {"art_evidence_pending": True},
            {"art_stage": "closed"},
            {"art_is_paid": True},
            {"art_packing_checked": True},
            {"art_feedback_date": fields.Datetime.now()},
            {"art_followup_ended": True},
            {"art_overdue": True},
            {"art_rejection_reason": "none"},
        ]
        for user in (
            self.seller,
            self.warehouse_user,
            self.logistics,
            self.finance,
            self.manager,
        ):
            for vals in attempts:
                with (
                    self.subTest(user=user.login, fields=list(vals)),
                    self.assertRaisesRegex(AccessError, "action that decides"),
                ):
                    order.with_user(user).write(vals)
        order.invalidate_recordset()
        self.assertFalse(order.art_ship_on_credit)
        self.assertFalse(order.art_ship_on_credit_user_id)
        self.assertFalse(order.art_delivered_date)
        self.assertFalse(order.art_evidence_attachment_id)
        self.assertFalse(order.art_damage_reported)
        self.assertEqual(order.art_stage, "awaiting_payment")
        # The hand-over gate still holds.
        with self.assertRaisesRegex(UserError, "not paid"):
            self._ship(order)

    def test_gate_fields_refused_on_create(self):
        with self.assertRaisesRegex(AccessError, "action that decides"):
            self.env["sale.order"].with_user(self.seller).create(
                {
                    "partner_id": self.customer.id,
                    "art_ship_on_credit": True,
                    "art_ship_on_credit_user_id": self.manager.id,
                }
            )
        # Nor through the defaults of the context, which a client sends too.
        with self.assertRaisesRegex(AccessError, "action that decides"):
            self.env["sale.order"].with_user(self.seller).with_context(
                default_art_ship_on_credit=True,
                default_art_ship_on_credit_user_id=self.manager.id,
            ).create({"partner_id": self.customer.id})
        # Empty gate fields are no decision.
        order = (
            self.env["sale.order"]
            .with_user(self.seller)
            .create({"partner_id": self.customer.id, "art_ship_on_credit": False})
        )
        self.assertFalse(order.art_ship_on_credit)

    def test_manager_approves_shipping_on_credit(self):
        order = self._confirmed_unpaid()
        for user in (self.seller, self.warehouse_user, self.logistics, self.finance):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.env["art.ship.on.credit"].with_user(user).create(
                    {"order_id": order.id, "reason": "trusted"}
                ).action_approve()
        self.assertFalse(order.art_ship_on_credit)
        wizard = (
            self.env["art.ship.on.credit"]
            .with_user(self.manager)
            .create({"order_id": order.id, "reason": "Museum client"})
        )
        wizard.action_approve()
        self.assertTrue(order.art_ship_on_credit)
        self.assertEqual(order.art_ship_on_credit_user_id, self.manager)

    def test_picking_proof_fields_refused(self):
        order = self._confirmed_unpaid()
        picking = order._art_customer_pickings()
        for user in (self.warehouse_user, self.logistics, self.manager):
            for vals in (
                {"art_is_delivered": True},
                {"art_signed_by": "Someone", "art_signed_date": fields.Datetime.now()},
                {"art_carrier_signed_by": "Someone"},
                {"art_carrier_status": "delivered"},
                {"art_delivery_failed": True},
            ):
                with (
                    self.subTest(user=user.login, fields=list(vals)),
                    self.assertRaises(AccessError),
                ):
                    picking.with_user(user).write(vals)
        picking.invalidate_recordset()
        self.assertFalse(picking.art_is_delivered)
        self.assertFalse(picking.art_signed_by)
        self.assertFalse(picking.art_carrier_status)

    def test_timeline_events_cannot_be_forged(self):
        order = self._confirmed_unpaid()
        events = order.art_event_ids
        for user, kwargs in (
            (self.warehouse_user, {"source": "carrier", "customer_visible": True}),
            (self.warehouse_user, {"source": "carrier"}),
            (self.seller, {"source": "customer", "customer_visible": True}),
            (self.logistics, {"source": "system"}),
            (self.warehouse_user, {"customer_visible": True}),
            (self.logistics, {"customer_visible": True}),
        ):
            with (
                self.subTest(user=user.login, **kwargs),
                self.assertRaises(AccessError),
            ):
                order.with_user(user).action_art_log_event("Delivered", **kwargs)
        self.assertEqual(order.art_event_ids, events)
        # Staff notes still go in; Sales may show theirs to the customer.
        note = order.with_user(self.warehouse_user).action_art_log_event("Crate built")
        self.assertEqual((note.source, note.customer_visible), ("staff", False))
        shown = order.with_user(self.seller).action_art_log_event(
            "Called the customer", customer_visible=True
        )
        self.assertTrue(shown.customer_visible)
        # Even an administrator hides an event only with a reason, through
        # the action.
        admin = self.env.ref("base.user_admin")
        with self.assertRaisesRegex(AccessError, "action that decides"):
            note.with_user(admin).write({"hidden": True})
        self.assertFalse(note.hidden)
        note.with_user(admin).action_hide("Entered on the wrong order")
        self.assertTrue(note.hidden)
        self.assertEqual(note.hidden_by_id, admin)


@tagged("post_install", "-at_install")
class TestServerArtworkGates(LifecycleCase):
    """Certificates and serials: their decision fields only through actions."""

    def test_certificate_state_only_through_actions(self):
        certificate = (
            self.env["art.certificate"]
            .with_user(self.seller)
            .create({"lot_id": self.lot.id})
        )
        token = certificate.access_token
        for vals in (
            {"state": "void"},
            {"state": "reissued"},
            {"access_token": "guessable"},
            {"replacement_id": certificate.id},
        ):
            with (
                self.subTest(vals=vals),
                self.assertRaisesRegex(AccessError, "action that decides"),
            ):
                certificate.with_user(self.seller).write(vals)
        self.assertEqual(certificate.state, "valid")
        self.assertEqual(certificate.access_token, token)
        certificate.with_user(self.seller).action_void()
        self.assertEqual(certificate.state, "void")
        # A voided certificate does not come back to life.
        with self.assertRaisesRegex(AccessError, "action that decides"):
            certificate.with_user(self.manager).write({"state": "valid"})
        self.assertEqual(certificate.state, "void")

    def test_lot_insured_value_and_recipients_refused(self):
        for user in (self.warehouse_user, self.manager):
            for vals in (
                {"art_insured_value": 1.0},
                {"art_has_valid_appraisal": True},
                {"art_recipient_partner_ids": [Command.link(self.customer.id)]},
            ):
                with (
                    self.subTest(user=user.login, vals=list(vals)),
                    self.assertRaisesRegex(AccessError, "action that decides"),
                ):
                    self.lot.with_user(user).write(vals)
        self.assertFalse(self.lot.art_insured_value)
        self.assertFalse(self.lot.art_recipient_partner_ids)
