# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Overdue tickets are flagged and escalated once to the team leader."""

from datetime import datetime

from freezegun import freeze_time

from odoo.tests import tagged

from .common import ArtAftersalesCase

NOW = datetime(2026, 3, 2, 9, 0, 0)


@tagged("post_install", "-at_install")
class TestTicketEscalation(ArtAftersalesCase):
    def _activities(self, tickets):
        return self.env["mail.activity"].search(
            [("res_model", "=", "helpdesk.ticket"), ("res_id", "in", tickets.ids)]
        )

    def test_overdue_response_escalates_to_leader_once(self):
        with freeze_time(NOW):
            ticket = self._ticket(category_id=self.cat_damage.id, priority="1")
        self.assertEqual(ticket.team_id, self.team_conservation)
        # 3 hours later: inside the 4 h response time.
        with freeze_time(datetime(2026, 3, 2, 12, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        self.assertFalse(ticket.art_is_overdue)
        self.assertFalse(self._activities(ticket))
        # 5 hours later: no response yet, overdue.
        with freeze_time(datetime(2026, 3, 2, 14, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        self.assertTrue(ticket.art_is_overdue)
        self.assertEqual(ticket.art_escalated_date, datetime(2026, 3, 2, 14, 0))
        self.assertEqual(ticket.priority, "2")
        activity = self._activities(ticket)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.leader)
        # The next runs do not escalate again.
        with freeze_time(datetime(2026, 3, 2, 15, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        self.assertEqual(len(self._activities(ticket)), 1)
        self.assertEqual(ticket.priority, "2")

    def test_responded_ticket_is_not_late_until_resolution(self):
        with freeze_time(NOW):
            ticket = self._ticket(category_id=self.cat_damage.id, priority="1")
        with freeze_time(datetime(2026, 3, 2, 10, 0)):
            ticket.stage_id = self.stage_progress
        self.assertEqual(ticket.art_responded_date, datetime(2026, 3, 2, 10, 0))
        with freeze_time(datetime(2026, 3, 3, 9, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        self.assertFalse(ticket.art_is_overdue)
        # Resolution deadline: 72 hours.
        with freeze_time(datetime(2026, 3, 5, 10, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        self.assertTrue(ticket.art_is_overdue)
        self.assertEqual(self._activities(ticket).user_id, self.leader)

    def test_closed_ticket_is_unflagged(self):
        with freeze_time(NOW):
            ticket = self._ticket(category_id=self.cat_logistics.id)
        with freeze_time(datetime(2026, 3, 9, 9, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
            self.assertTrue(ticket.art_is_overdue)
            ticket.stage_id = self.stage_done
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        self.assertFalse(ticket.art_is_overdue)

    def test_no_leader_falls_back_to_assignee(self):
        with freeze_time(NOW):
            ticket = self._ticket(
                category_id=self.cat_logistics.id,
                user_id=self.users["aftersales"].id,
            )
        self.assertFalse(self.team_logistics.user_id)
        with freeze_time(datetime(2026, 3, 9, 9, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        self.assertEqual(self._activities(ticket).user_id, self.users["aftersales"])

    def test_no_leader_nor_assignee_reaches_a_person(self):
        """A team without leader, nobody assigned: a team member, else
        After-sales; never nobody."""
        with freeze_time(NOW):
            ticket = self._ticket(category_id=self.cat_logistics.id)
            ticket.user_id = False
        self.assertFalse(self.team_logistics.user_id)
        self.team_logistics.user_ids = self.users["aftersales"]
        with freeze_time(datetime(2026, 3, 9, 9, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        self.assertEqual(self._activities(ticket).user_id, self.users["aftersales"])

        with freeze_time(NOW):
            lonely = self._ticket(category_id=self.cat_logistics.id)
            lonely.user_id = False
        self.team_logistics.user_ids = False
        with freeze_time(datetime(2026, 3, 9, 9, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        owner = self._activities(lonely).user_id
        self.assertEqual(len(owner), 1)
        self.assertTrue(owner.has_group("art_order_tracking.group_art_aftersales"))
        # The owner can complete it: they may open the ticket.
        lonely.with_user(owner).check_access("write")

    def test_priority_is_capped(self):
        with freeze_time(NOW):
            ticket = self._ticket(category_id=self.cat_damage.id, priority="3")
        with freeze_time(datetime(2026, 3, 9, 9, 0)):
            self.env["helpdesk.ticket"]._cron_art_check_overdue()
        self.assertEqual(ticket.priority, "3")
        self.assertTrue(ticket.art_escalated_date)

    def _overdue_tickets(self, count):
        with freeze_time(NOW):
            return self.env["helpdesk.ticket"].create(
                [
                    {
                        "name": f"Ticket {i}",
                        "description": "<p>x</p>",
                        "partner_id": self.customer.id,
                        "category_id": self.cat_damage.id,
                        "priority": str(i % 3),
                    }
                    for i in range(count)
                ]
            )

    def test_overdue_cron_query_budget(self):
        """The cron's query count does not grow with the number of tickets."""
        Ticket = self.env["helpdesk.ticket"]
        for count in (5, 50):
            tickets = self._overdue_tickets(count)
            self.env.flush_all()
            self.env.invalidate_all()
            with freeze_time(datetime(2026, 3, 9, 9, 0)), self.assertQueryCount(28):
                Ticket._cron_art_check_overdue()
            self.env.flush_all()
            self.assertTrue(all(tickets.mapped("art_is_overdue")))
            self.assertTrue(all(tickets.mapped("art_escalated_date")))
            self.assertEqual(len(self._activities(tickets)), count)
