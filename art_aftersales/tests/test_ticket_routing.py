# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Categories route tickets to a team with deadlines by priority."""

from datetime import datetime

from freezegun import freeze_time

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .common import ArtAftersalesCase

NOW = datetime(2026, 3, 2, 9, 0, 0)


@tagged("post_install", "-at_install")
class TestTicketRouting(ArtAftersalesCase):
    def test_default_routing_table(self):
        """Every shipped category routes to its team, with both deadlines."""
        expected = {
            self.cat_conservation: (self.team_conservation, 48, 720),
            self.cat_framing: (self.team_warehouse, 24, 240),
            self.cat_documentation: (self.team_sales, 24, 120),
            self.cat_damage: (self.team_conservation, 4, 72),
            self.cat_logistics: (self.team_logistics, 8, 72),
            self.cat_enquiry: (self.team_sales, 24, 72),
        }
        with freeze_time(NOW):
            for category, (team, response, resolution) in expected.items():
                ticket = self._ticket(category_id=category.id, priority="1")
                self.assertEqual(ticket.team_id, team, category.name)
                self.assertEqual(
                    (ticket.art_response_deadline - NOW).total_seconds() / 3600,
                    response,
                    category.name,
                )
                self.assertEqual(
                    (ticket.art_resolution_deadline - NOW).total_seconds() / 3600,
                    resolution,
                    category.name,
                )

    def test_priority_specific_row_wins(self):
        with freeze_time(NOW):
            urgent = self._ticket(category_id=self.cat_damage.id, priority="3")
            normal = self._ticket(category_id=self.cat_damage.id, priority="0")
        self.assertEqual(urgent.art_response_deadline, datetime(2026, 3, 2, 11, 0))
        self.assertEqual(urgent.art_resolution_deadline, datetime(2026, 3, 4, 9, 0))
        self.assertEqual(normal.art_response_deadline, datetime(2026, 3, 2, 13, 0))
        self.assertEqual(normal.art_resolution_deadline, datetime(2026, 3, 5, 9, 0))

    def test_priority_change_moves_deadlines_from_creation(self):
        with freeze_time(NOW):
            ticket = self._ticket(category_id=self.cat_logistics.id, priority="1")
        with freeze_time(datetime(2026, 3, 2, 10, 0)):
            ticket.priority = "3"
        # Counted from the ticket's creation, not from the change.
        self.assertEqual(ticket.art_response_deadline, datetime(2026, 3, 2, 11, 0))
        self.assertEqual(ticket.art_resolution_deadline, datetime(2026, 3, 3, 9, 0))
        self.assertEqual(ticket.team_id, self.team_logistics)

    def test_category_change_reroutes(self):
        with freeze_time(NOW):
            ticket = self._ticket(category_id=self.cat_enquiry.id)
            self.assertEqual(ticket.team_id, self.team_sales)
            ticket.category_id = self.cat_framing
        self.assertEqual(ticket.team_id, self.team_warehouse)
        self.assertEqual(ticket.art_resolution_deadline, datetime(2026, 3, 12, 9, 0))

    def test_explicit_team_is_kept_at_creation(self):
        ticket = self._ticket(
            category_id=self.cat_damage.id, team_id=self.team_logistics.id
        )
        self.assertEqual(ticket.team_id, self.team_logistics)
        self.assertTrue(ticket.art_resolution_deadline)

    def test_no_category_no_deadline(self):
        ticket = self._ticket()
        self.assertFalse(ticket.art_response_deadline)
        self.assertFalse(ticket.art_resolution_deadline)

    def test_form_onchange_routes(self):
        with Form(
            self.env["helpdesk.ticket"].with_user(self.users["aftersales"])
        ) as form:
            form.name = "Loose hanging wire"
            form.description = "<p>The wire is loose.</p>"
            form.category_id = self.cat_framing
            self.assertEqual(form.team_id, self.team_warehouse)
        self.assertEqual(form.record.team_id, self.team_warehouse)

    def test_email_lands_in_enquiry(self):
        ticket = self.env["helpdesk.ticket"].message_new(
            {
                "subject": "Question about my print",
                "body": "<p>Is the frame UV glass?</p>",
                "from": "collector1@example.com",
                "email_from": "collector1@example.com",
                "author_id": self.customer.id,
            }
        )
        self.assertEqual(ticket.category_id, self.cat_enquiry)
        self.assertEqual(ticket.team_id, self.team_sales)
        self.assertTrue(ticket.art_response_deadline)

    def test_sla_bad_input(self):
        Sla = self.env["art.ticket.sla"]
        count = Sla.search_count([])
        for response, resolution in ((-1, 10), (2, -5), (10, 5)):
            with self.assertRaises(ValidationError), self.cr.savepoint():
                Sla.create(
                    {
                        "category_id": self.cat_enquiry.id,
                        "priority": "2",
                        "team_id": self.team_sales.id,
                        "response_hours": response,
                        "resolution_hours": resolution,
                    }
                )
        self.assertEqual(Sla.search_count([]), count, "nothing half-written")
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self.env.ref("art_aftersales.art_ticket_sla_damage_any").write(
                {"response_hours": -2}
            )
        self.assertEqual(
            self.env.ref("art_aftersales.art_ticket_sla_damage_any").response_hours, 4
        )

    def test_sla_duplicate_refused(self):
        with self.assertRaises(ValidationError):
            self.env["art.ticket.sla"].create(
                {
                    "category_id": self.cat_damage.id,
                    "priority": "3",
                    "team_id": self.team_sales.id,
                    "company_id": False,
                }
            )

    def test_company_row_beats_shared_row(self):
        self.env["art.ticket.sla"].create(
            {
                "category_id": self.cat_enquiry.id,
                "team_id": self.team_logistics.id,
                "response_hours": 1,
                "resolution_hours": 2,
                "company_id": self.company.id,
            }
        )
        with freeze_time(NOW):
            ticket = self._ticket(category_id=self.cat_enquiry.id)
        self.assertEqual(ticket.team_id, self.team_logistics)
        self.assertEqual(ticket.art_resolution_deadline, datetime(2026, 3, 2, 11, 0))
