# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Two finance users refunding the same art return at once produce one credit
note and one refund: two threads, each with its own real database cursor."""

import threading
import uuid
from unittest.mock import patch

from odoo import SUPERUSER_ID, Command, api
from odoo.exceptions import UserError
from odoo.tests import new_test_user

from .common import ArtCrossModuleCase

TIMEOUT = 30
# The customer's emails stay queued (and go with the cleanup).
QUEUE_MAILS = {"mail_notify_force_send": False}


class TestReturnRefundRace(ArtCrossModuleCase):
    def setUp(self):
        super().setUp()
        self.registry = self.env.registry
        self.assertFalse(self.registry.in_test_mode(), "the threads need real cursors")
        self.tag = uuid.uuid4().hex[:10]
        self.addCleanup(self._cleanup)
        with self.registry.cursor() as cr:
            self._prepare(api.Environment(cr, SUPERUSER_ID, {}))
        # leaving the block committed the prepared return

    # committed data -------------------------------------------------------

    def _prepare(self, env):
        """An art return received and inspected, approved by Finance, ready
        to refund (the steps before the refund are the module tests'
        business: here they are written directly)."""
        tag = self.tag
        self.user_ids = [
            new_test_user(
                env,
                login=f"h6_race_{tag}_{n}",
                groups="art_order_tracking.group_art_finance",
            ).id
            for n in (1, 2)
        ]
        artist = env["res.partner"].create(
            {"name": f"Race Artist {tag}", "is_artist": True}
        )
        self.customer_id = (
            env["res.partner"]
            .create({"name": f"Race Collector {tag}", "email": f"{tag}@example.com"})
            .id
        )
        template = env["product.template"].create(
            {
                "name": f"Race Painting {tag}",
                "is_artwork": True,
                "art_artist_id": artist.id,
                "art_category": "painting",
                "list_price": 1000.0,
                "art_height": 50.0,
                "art_width": 40.0,
                "taxes_id": [Command.clear()],
            }
        )
        self.template_id = template.id
        self.artist_id = artist.id
        lot = env["stock.lot"].create(
            {
                "name": f"RACE-{tag}",
                "product_id": template.product_variant_id.id,
                "company_id": env.company.id,
            }
        )
        self.lot_id = lot.id
        warehouse = env["stock.warehouse"].search(
            [("company_id", "=", env.company.id)], limit=1
        )
        rma = env["rma"].create(
            {
                "partner_id": self.customer_id,
                "product_id": template.product_variant_id.id,
                "product_uom_qty": 1.0,
                "operation_id": env.ref("art_returns.rma_operation_art_return").id,
                "location_id": warehouse.rma_loc_id.id,
                "art_lot_id": lot.id,
                "art_reason_id": env.ref("art_returns.art_return_reason_defect").id,
            }
        )
        self.rma_id = rma.id
        env["tier.review"].create(
            {
                "model": "rma",
                "res_id": rma.id,
                "definition_id": env.ref(
                    "art_returns.tier_definition_art_return_finance"
                ).id,
                "status": "approved",
                "sequence": 20,
                "requested_by": SUPERUSER_ID,
                "done_by": SUPERUSER_ID,
            }
        )
        rma.with_context(art_system_write=True, skip_validation_check=True).write(
            {
                "state": "received",
                "art_acceptance": "accepted",
                "art_amount_paid": 1000.0,
                "art_refund_amount": 1000.0,
                "art_inspection_result": "passed",
            }
        )
        rma.invalidate_recordset()
        self.assertEqual(rma.validation_status, "validated")
        self.assertTrue(rma.art_is_art_rma)

    def _cleanup(self):
        """Remove everything the test committed."""
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            customer = env["res.partner"].browse(self.customer_id)
            payments = env["account.payment"].search([("partner_id", "=", customer.id)])
            payments.filtered(lambda p: p.state != "draft").action_draft()
            moves = env["account.move"].search([("partner_id", "=", customer.id)])
            moves.filtered(lambda m: m.state != "draft").button_draft()
            payments.unlink()
            moves.exists().with_context(force_delete=True).unlink()
            rma = env["rma"].browse(self.rma_id).exists()
            env["tier.review"].search(
                [("model", "=", "rma"), ("res_id", "=", self.rma_id)]
            ).unlink()
            if rma:
                rma.with_context(
                    art_system_write=True, skip_validation_check=True
                ).write({"state": "draft"})
                rma.unlink()
            lot = env["stock.lot"].browse(self.lot_id)
            lot.sudo().art_provenance_ids.unlink()
            lot.unlink()
            template = env["product.template"].browse(self.template_id)
            template.product_variant_ids.unlink()
            template.exists().unlink()
            # The payment wizard the refund used (a transient record).
            env["account.payment.register"].search(
                [("partner_id", "=", customer.id)]
            ).unlink()
            users = env["res.users"].browse(self.user_ids)
            partners = users.partner_id
            users.unlink()
            (partners | customer | env["res.partner"].browse(self.artist_id)).unlink()
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            self.assertFalse(env["rma"].browse(self.rma_id).exists())
            self.assertFalse(
                env["res.partner"].search([("name", "like", self.tag)]),
                "the race test leaves nothing behind",
            )

    # the race ---------------------------------------------------------------

    def test_two_finance_users_refund_at_once(self):
        Rma = type(self.env["rma"])
        lock_origin = Rma._art_lock
        started = threading.Barrier(2, timeout=TIMEOUT)
        locked = threading.Event()
        tried = threading.Event()
        results = {}

        def art_lock(rma):
            lock_origin(rma)
            # The first user holds the row lock until the second one tried.
            locked.set()
            tried.wait(TIMEOUT)

        def refund(key, uid, wait_for_lock):
            try:
                with self.registry.cursor() as cr:
                    env = api.Environment(cr, uid, QUEUE_MAILS)
                    rma = env["rma"].browse(self.rma_id)
                    self.assertEqual(rma.state, "received")  # snapshot taken
                    started.wait()
                    if wait_for_lock:
                        locked.wait(TIMEOUT)
                    try:
                        rma.action_art_refund()
                        results[key] = "refunded"
                    except UserError as error:
                        cr.rollback()
                        results[key] = error
            except Exception as error:  # noqa: BLE001 - reported by the test
                results[key] = error
            finally:
                if wait_for_lock:
                    tried.set()

        with patch.object(Rma, "_art_lock", art_lock):
            threads = [
                threading.Thread(
                    target=refund, args=("first", self.user_ids[0], False)
                ),
                threading.Thread(
                    target=refund, args=("second", self.user_ids[1], True)
                ),
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(2 * TIMEOUT)
        self.assertFalse(any(t.is_alive() for t in threads), "a refund hung")
        self.assertTrue(locked.is_set(), "the first refund took the lock")
        self.assertEqual(results.get("first"), "refunded", results)
        loser = results.get("second")
        self.assertIsInstance(loser, UserError, results)
        self.assertIn("Another user is resolving this return", str(loser))

        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            rma = env["rma"].browse(self.rma_id)
            self.assertEqual(rma.state, "refunded")
            credit_notes = env["account.move"].search(
                [
                    ("partner_id", "=", self.customer_id),
                    ("move_type", "=", "out_refund"),
                ]
            )
            self.assertEqual(len(credit_notes), 1, "one credit note")
            self.assertEqual(credit_notes, rma.refund_id)
            self.assertEqual(credit_notes.state, "posted")
            payments = env["account.payment"].search(
                [("partner_id", "=", self.customer_id)]
            )
            self.assertEqual(len(payments), 1, "one refund payment")
            self.assertEqual(payments, rma.art_refund_payment_id)
            self.assertEqual(payments.amount, 1000.0)
            self.assertEqual(rma.art_refunded_amount, 1000.0)
            self.assertEqual(rma.art_resolution, "refund")
            # The loser wrote nothing: one provenance line back to the gallery.
            self.assertEqual(
                len(
                    env["stock.lot"]
                    .browse(self.lot_id)
                    .art_provenance_ids.filtered(
                        lambda line: line.partner_id == env.company.partner_id
                    )
                ),
                1,
            )

    def test_refund_after_the_other_committed_is_refused(self):
        """The second user started before the first committed: the stale
        transaction is refused clearly, and a new attempt says why."""
        first_done = threading.Event()
        results = {}

        def second():
            try:
                with self.registry.cursor() as cr:
                    env = api.Environment(cr, self.user_ids[1], QUEUE_MAILS)
                    rma = env["rma"].browse(self.rma_id)
                    self.assertEqual(rma.state, "received")  # snapshot taken
                    first_done.wait(TIMEOUT)
                    try:
                        rma.action_art_refund()
                        results["second"] = "refunded"
                    except UserError as error:
                        cr.rollback()
                        results["second"] = error
            except Exception as error:  # noqa: BLE001 - reported by the test
                results["second"] = error

        thread = threading.Thread(target=second)
        thread.start()
        try:
            with self.registry.cursor() as cr:
                env = api.Environment(cr, self.user_ids[0], QUEUE_MAILS)
                env["rma"].browse(self.rma_id).action_art_refund()
        finally:
            first_done.set()
            thread.join(2 * TIMEOUT)
        self.assertIsInstance(results.get("second"), UserError, results)
        with self.registry.cursor() as cr:
            env = api.Environment(cr, self.user_ids[1], QUEUE_MAILS)
            with self.assertRaisesRegex(UserError, "already refunded"):
                env["rma"].browse(self.rma_id).action_art_refund()
            cr.rollback()
            self.assertEqual(
                env["account.move"]
                .sudo()
                .search_count(
                    [
                        ("partner_id", "=", self.customer_id),
                        ("move_type", "=", "out_refund"),
                    ]
                ),
                1,
            )
