# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Care visits: recurrence and reminders."""

from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import ArtAftersalesCase


@tagged("post_install", "-at_install")
class TestCareVisit(ArtAftersalesCase):
    def _visit(self, **vals):
        values = {
            "partner_id": self.customer.id,
            "lot_id": self.lot1.id,
            "user_id": self.users["aftersales"].id,
            "scheduled_date": date(2026, 4, 15),
        }
        values.update(vals)
        return self.env["art.care.visit"].create(values)

    def _reminders(self, visits):
        return self.env["mail.activity"].search(
            [("res_model", "=", "art.care.visit"), ("res_id", "in", visits.ids)]
        )

    def test_reference_and_next_date(self):
        visit = self._visit(interval_months=6)
        self.assertTrue(visit.name.startswith("CV"))
        self.assertEqual(visit.next_visit_date, date(2026, 10, 15))
        visit.interval_months = 0
        self.assertFalse(visit.next_visit_date)

    def test_done_plans_next_visit_once(self):
        visit = self._visit(interval_months=12, report="<p>Varnish fine.</p>")
        visit.action_done()
        nxt = self.env["art.care.visit"].search([("previous_visit_id", "=", visit.id)])
        self.assertEqual(len(nxt), 1)
        self.assertEqual(nxt.scheduled_date, date(2027, 4, 15))
        self.assertEqual(nxt.state, "planned")
        self.assertEqual(nxt.lot_id, self.lot1)
        self.assertEqual(nxt.user_id, self.users["aftersales"])
        visit.action_reset_to_planned()
        visit.action_done()
        self.assertEqual(
            self.env["art.care.visit"].search_count(
                [("previous_visit_id", "=", visit.id)]
            ),
            1,
        )

    def test_no_recurrence_no_next_visit(self):
        visit = self._visit()
        visit.action_done()
        self.assertFalse(
            self.env["art.care.visit"].search([("previous_visit_id", "=", visit.id)])
        )

    def test_state_transitions(self):
        visit = self._visit()
        visit.action_done()
        with self.assertRaises(UserError):
            visit.action_cancel()
        with self.assertRaises(UserError):
            visit.action_done()
        other = self._visit()
        other.action_cancel()
        self.assertEqual(other.state, "cancelled")

    def test_bad_input(self):
        count = self.env["art.care.visit"].search_count([])
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self._visit(interval_months=-1)
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self._visit(next_visit_date=date(2026, 4, 1), interval_months=1)
        self.assertEqual(self.env["art.care.visit"].search_count([]), count)

    def test_reminders(self):
        self.company.art_care_visit_reminder_days = 7
        soon = self._visit(scheduled_date=date(2026, 4, 20))
        later = self._visit(scheduled_date=date(2026, 5, 20))
        past = self._visit(scheduled_date=date(2026, 4, 1))
        unassigned = self._visit(scheduled_date=date(2026, 4, 18), user_id=False)
        with freeze_time("2026-04-15"):
            self.env["art.care.visit"]._cron_art_send_reminders()
            self.env["art.care.visit"]._cron_art_send_reminders()
        reminder = self._reminders(soon)
        self.assertEqual(len(reminder), 1, "one reminder, even after two runs")
        self.assertEqual(reminder.user_id, self.users["aftersales"])
        self.assertEqual(reminder.date_deadline, date(2026, 4, 20))
        self.assertTrue(soon.reminder_sent)
        self.assertFalse(self._reminders(later | past | unassigned))
        with freeze_time("2026-05-14"):
            self.env["art.care.visit"]._cron_art_send_reminders()
        self.assertEqual(len(self._reminders(later)), 1)

    def test_reminder_delay_bad_input(self):
        with self.assertRaises(ValidationError):
            self.company.art_care_visit_reminder_days = -3

    def test_condition_report_from_visit(self):
        visit = self._visit()
        action = visit.action_new_condition_report()
        self.assertEqual(action["context"]["default_context"], "aftersales")
        report = (
            self.env["art.condition.report"]
            .with_context(**action["context"])
            .create({"grade": "good"})
        )
        self.assertEqual(report.lot_id, self.lot1)
        self.assertEqual(report.context, "aftersales")
        self.assertEqual(visit.condition_report_id, report)
        other = self.env["art.condition.report"].create(
            {"lot_id": self.lot2.id, "grade": "fair", "context": "aftersales"}
        )
        with self.assertRaises(ValidationError), self.cr.savepoint():
            visit.condition_report_id = other
        self.assertEqual(visit.condition_report_id, report)
