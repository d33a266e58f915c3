# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""One-click return from a damage ticket: what is created and linked, who
may start it, and the refusals that create nothing."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from .common import PNG_1PX, ArtBridgeCase


@tagged("post_install", "-at_install")
class TestTicketReturn(ArtBridgeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.aftersales = cls.users["aftersales"]
        cls.ticket = cls._ticket(
            category_id=cls.cat_damage.id,
            sale_order_id=cls.order1.id,
            lot_id=cls.lot1.id,
        )
        cls.photo = cls._attach(cls.ticket, "crack.png", PNG_1PX)
        cls.note = cls._attach(cls.ticket, "note.txt", b"Plain text, not a photo")

    def _rma_count(self):
        return self.env["rma"].search_count([])

    def test_damage_ticket_starts_return(self):
        ticket = self.ticket.with_user(self.aftersales)
        self.assertTrue(ticket.art_returns_available)
        action = ticket.action_art_start_return()
        rma = self.env["rma"].browse(action["res_id"])
        self.assertEqual(action["res_model"], "rma")
        self.assertEqual(rma.ticket_id, self.ticket)
        self.assertEqual(self.ticket.rma_id, rma)
        self.assertEqual(rma.partner_id, self.customer)
        self.assertEqual(rma.order_id, self.order1)
        self.assertEqual(rma.art_lot_id, self.lot1)
        self.assertEqual(rma.product_id, self.artwork)
        self.assertEqual(rma.art_request_type, "return")
        self.assertEqual(rma.art_reason_id, self.reasons["transit_damage"])
        self.assertEqual(
            rma.operation_id, self.env.ref("art_returns.rma_operation_art_return")
        )
        self.assertEqual(rma.origin, self.ticket.number)
        self.assertEqual(rma.state, "draft")
        self.assertEqual(rma.create_uid, self.aftersales)
        # Only the photo is copied, as the return's own attachment.
        self.assertEqual(rma.art_evidence_ids.mapped("name"), ["crack.png"])
        self.assertNotEqual(rma.art_evidence_ids, self.photo)
        self.assertEqual(rma.art_evidence_ids.res_model, "rma")
        self.assertEqual(rma.art_evidence_ids.res_id, rma.id)
        self.assertEqual(rma.art_evidence_ids.raw, PNG_1PX)
        # Both chatters say it, with a link to the other document.
        ticket_note = self.ticket.message_ids.filtered(
            lambda m: "started from this ticket" in (m.body or "")
        )
        self.assertIn(f'data-oe-model="rma" data-oe-id="{rma.id}"', ticket_note.body)
        rma_note = rma.message_ids.filtered(lambda m: "damage ticket" in (m.body or ""))
        self.assertIn(
            f'data-oe-model="helpdesk.ticket" data-oe-id="{self.ticket.id}"',
            rma_note.body,
        )
        self.assertIn(self.ticket.number, rma_note.body)

    def test_one_return_per_ticket(self):
        self.ticket.with_user(self.aftersales).action_art_start_return()
        count = self._rma_count()
        with self.assertRaisesRegex(UserError, "already started the return"):
            self.ticket.with_user(self.aftersales).action_art_start_return()
        self.assertEqual(self._rma_count(), count)

    def test_refused_for_non_damage_ticket(self):
        ticket = self._ticket(
            category_id=self.cat_framing.id,
            sale_order_id=self.order1.id,
            lot_id=self.lot1.id,
        )
        count = self._rma_count()
        with self.assertRaisesRegex(UserError, "Only damage tickets"):
            ticket.with_user(self.aftersales).action_art_start_return()
        # The seam refuses too, whoever calls it.
        with self.assertRaisesRegex(UserError, "Only damage tickets"):
            ticket.with_user(self.aftersales)._art_create_return(
                ticket._art_prepare_return_vals()
            )
        self.assertEqual(self._rma_count(), count)
        self.assertFalse(ticket.rma_id)

    def test_refused_without_work(self):
        ticket = self._ticket(
            category_id=self.cat_damage.id, sale_order_id=self.order1.id
        )
        self._attach(ticket, "crack.png", PNG_1PX)
        attachments = self.env["ir.attachment"].search_count([])
        count = self._rma_count()
        with self.assertRaisesRegex(UserError, "Set the damaged work"):
            ticket.with_user(self.aftersales).action_art_start_return()
        self.assertEqual(self._rma_count(), count)
        self.assertEqual(self.env["ir.attachment"].search_count([]), attachments)
        self.assertFalse(ticket.rma_id)

    def test_warehouse_may_not_start_return(self):
        count = self._rma_count()
        warehouse = self.users["warehouse"]
        # Warehouse handles returns in rma but does not work tickets.
        self.assertTrue(self.env["rma"].with_user(warehouse).has_access("create"))
        with self.assertRaises(AccessError):
            self.ticket.with_user(warehouse).action_art_start_return()
        # Even through the seam with a ticket it was given.
        with self.assertRaisesRegex(AccessError, "Only After-sales"):
            self.ticket.with_user(warehouse)._art_create_return({})
        self.assertEqual(self._rma_count(), count)
        self.assertFalse(self.ticket.rma_id)

    def test_manager_may_start_return(self):
        self.ticket.with_user(self.users["manager"]).action_art_start_return()
        self.assertEqual(self.ticket.rma_id.ticket_id, self.ticket)

    def test_smart_buttons_and_forms(self):
        self.ticket.with_user(self.aftersales).action_art_start_return()
        rma = self.ticket.rma_id
        action = self.ticket.with_user(self.aftersales).action_art_view_return()
        self.assertEqual((action["res_model"], action["res_id"]), ("rma", rma.id))
        action = rma.with_user(self.aftersales).action_art_view_ticket()
        self.assertEqual(
            (action["res_model"], action["res_id"]),
            ("helpdesk.ticket", self.ticket.id),
        )
        with Form(self.ticket.with_user(self.aftersales)) as form:
            self.assertEqual(form.rma_id, rma)
        with Form(rma.with_user(self.aftersales)) as form:
            self.assertEqual(form.ticket_id, self.ticket)
        # Warehouse opens the return without the ticket (no helpdesk rights).
        fields = rma.with_user(self.users["warehouse"]).fields_get(["ticket_id"])
        self.assertFalse(fields)
