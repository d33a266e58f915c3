# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""helpdesk_mgmt's portal routes: state changes by POST with a CSRF token,
other customers' ids and bad values refused without a server error."""

import re

from odoo import http
from odoo.tests import HttpCase, tagged

from .common import ArtAftersalesCase


@tagged("post_install", "-at_install")
class TestPortalTicketRoutes(ArtAftersalesCase, HttpCase):
    def setUp(self):
        super().setUp()
        self.authenticate("h7_portal", "h7_portal")
        self.mine = self._ticket(name="Mine")

    def _close(self, **data):
        data.setdefault("csrf_token", http.Request.csrf_token(self))
        with self.assertNoLogs("odoo", level="ERROR"):
            return self.url_open("/ticket/close", data=data, allow_redirects=False)

    def test_close_by_get_changes_nothing(self):
        # What a link or an image on another site would send.
        response = self.url_open(
            f"/ticket/close?ticket_id={self.mine.id}&stage_id={self.stage_done.id}",
            allow_redirects=False,
        )
        self.assertEqual(response.status_code, 405)
        self.assertFalse(self.mine.closed)

    def test_close_without_csrf_token_changes_nothing(self):
        response = self._close(
            csrf_token="", ticket_id=self.mine.id, stage_id=self.stage_done.id
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(self.mine.closed)

    def test_close_by_the_page_form(self):
        page = self.url_open(f"/my/ticket/{self.mine.id}")
        forms = re.findall(
            r'<form[^>]*action="/ticket/close"[^>]*>.*?</form>', page.text, re.DOTALL
        )
        self.assertTrue(forms)
        for form in forms:
            self.assertIn('method="POST"', form)
            self.assertRegex(form, r'name="csrf_token" value="[^"]+"')
        response = self._close(ticket_id=self.mine.id, stage_id=self.stage_done.id)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(
            response.headers["Location"].endswith(f"/my/ticket/{self.mine.id}")
        )
        self.assertTrue(self.mine.closed)

    def test_close_bad_values(self):
        theirs = self._ticket(partner_id=self.customer2.id, name="Theirs")
        for data in (
            {"ticket_id": "abc", "stage_id": self.stage_done.id},
            {"ticket_id": str(2**40), "stage_id": self.stage_done.id},
            {"ticket_id": theirs.id, "stage_id": self.stage_done.id},
            {"stage_id": self.stage_done.id},
        ):
            response = self._close(**data)
            self.assertEqual(response.status_code, 303, data)
            self.assertTrue(response.headers["Location"].endswith("/my"))
        self.assertFalse(theirs.closed)
        # A stage that does not close, or none: the ticket's page, unchanged.
        for stage_id in (self.stage_progress.id, "abc", 2**40):
            response = self._close(ticket_id=self.mine.id, stage_id=stage_id)
            self.assertEqual(response.status_code, 302)
            self.assertTrue(
                response.headers["Location"].endswith(f"/my/ticket/{self.mine.id}")
            )
        self.assertEqual(self.mine.stage_id, self.stage_new)

    def test_submit_bad_category_and_team(self):
        for category, team in (("abc", "xyz"), (str(2**40), str(2**40))):
            response = self.url_open(
                "/submitted/ticket",
                data={
                    "csrf_token": http.Request.csrf_token(self),
                    "category": category,
                    "team": team,
                    "subject": f"Bad ids {category}",
                    "description": "Hello",
                },
                allow_redirects=False,
            )
            self.assertIn(response.status_code, (302, 303), response.text[:300])
            ticket = self.env["helpdesk.ticket"].search(
                [("name", "=", f"Bad ids {category}")]
            )
            self.assertEqual(len(ticket), 1)
            self.assertFalse(ticket.category_id)

    def test_ticket_list_bad_parameters(self):
        for query in (
            "sortby=nonsense",
            "date_begin=yesterday&date_end=0001-99-99",
            "date_begin=0001-01-01&date_end=9999-12-31",
            "filterby=abc&groupby=abc&search_in=abc&search=Mine",
        ):
            with self.assertNoLogs("odoo", level="ERROR"):
                response = self.url_open(f"/my/tickets?{query}")
            self.assertEqual(response.status_code, 200, query)
            self.assertIn("Mine", response.text)
