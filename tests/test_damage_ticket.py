# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Damage found at the signed delivery opens the after-sales work by itself
(art_order_tracking's arrival check x art_aftersales' tickets)."""

from odoo.addons.art_order_tracking.tests.test_delivery_common import DeliveryCase

from .common import _CrossModuleMixin


class TestDamageOpensTicket(_CrossModuleMixin, DeliveryCase):
    def test_damage_on_arrival_opens_a_damage_ticket(self):
        order, picking = self._in_transit("DMGT1")
        report = self._arrival_report(picking, grade="fair", issues=("frame",))
        self._deliver(picking)
        self.assertTrue(order.art_damage_reported)
        ticket = self.env["helpdesk.ticket"].search([("sale_order_id", "=", order.id)])
        self.assertEqual(len(ticket), 1)
        self.assertEqual(
            ticket.category_id,
            self.env.ref("art_aftersales.helpdesk_ticket_category_damage"),
        )
        self.assertEqual(ticket.partner_id, order.partner_id)
        self.assertEqual(ticket.lot_id, report.lot_id)
        self.assertEqual(ticket.art_condition_report_id, report)
        self.assertIn("frame", ticket.description)
        # Copies of the arrival photos: the locked originals stay as signed.
        photos = self.env["ir.attachment"].search(
            [("res_model", "=", "helpdesk.ticket"), ("res_id", "=", ticket.id)]
        )
        self.assertEqual(photos.mapped("raw"), report.photo_ids.mapped("raw"))
        self.assertTrue(report.photo_ids.art_locked)
        # Someone owns it (the damage team by routing) and it has a deadline.
        self.assertTrue(ticket.team_id)
        self.assertTrue(ticket.team_id.user_id or ticket.user_id)
        self.assertTrue(ticket.art_response_deadline)
        self.assertTrue(ticket.art_resolution_deadline)
        # After-sales work it.
        ticket.with_user(self.aftersales).check_access("write")

    def test_setting_off_no_ticket(self):
        self.company.art_damage_opens_ticket = False
        order, picking = self._in_transit("DMGT2")
        self._arrival_report(picking, grade="fair", issues=("frame",))
        self._deliver(picking)
        self.assertTrue(order.art_damage_reported)
        self.assertFalse(
            self.env["helpdesk.ticket"].search([("sale_order_id", "=", order.id)])
        )

    def test_no_damage_no_ticket(self):
        order, picking = self._in_transit("DMGT3")
        self._arrival_report(picking)
        self._deliver(picking)
        self.assertFalse(
            self.env["helpdesk.ticket"].search([("sale_order_id", "=", order.id)])
        )
