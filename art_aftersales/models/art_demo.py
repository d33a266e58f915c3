# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Demo data only: after-sales tickets and care visits through the real
steps (a ticket is opened, answered, solved and rated by the customer; a
care visit is done with its condition report), at times relative to today."""

from datetime import timedelta

from odoo import api, fields, models


class ArtDemoAftersales(models.AbstractModel):
    _name = "art.demo.aftersales"
    _description = "Art After-sales Demo Story"

    @api.model
    def _art_demo_ticket(self, vals, days_ago, respond_hours, **options):
        """After-sales opens a ticket (``vals``) ``days_ago`` days ago on the
        customer's call; the team answers after ``respond_hours``;
        ``solve_hours`` (optional) solves it; ``rating`` and ``feedback`` are
        the customer's answer to the rating request."""
        story = self.env["art.demo.order.tracking"]
        aftersales = story._art_demo_user("aftersales")
        start = fields.Datetime.now() - timedelta(days=days_ago)
        with story._art_demo_clock(start) as clock:
            ticket = (
                self.env["helpdesk.ticket"]
                .with_user(aftersales)
                .create(vals)
                .with_user(self.env.user)
            )
            story._art_demo_commit()
            clock(respond_hours)
            ticket.with_user(aftersales).write(
                {
                    "user_id": aftersales.id,
                    "stage_id": self.env.ref(
                        "helpdesk_mgmt.helpdesk_ticket_stage_in_progress"
                    ).id,
                }
            )
            story._art_demo_commit()
            if not options.get("solve_hours"):
                return ticket.id
            clock(options["solve_hours"])
            ticket.with_user(aftersales).stage_id = self.env.ref(
                "helpdesk_mgmt.helpdesk_ticket_stage_done"
            )
            story._art_demo_commit()
            if options.get("rating"):
                clock(options["solve_hours"] + 6)
                token = ticket.sudo()._rating_get_access_token()
                ticket.sudo().rating_apply(
                    options["rating"], token=token, feedback=options.get("feedback")
                )
                story._art_demo_commit()
        return ticket.id

    @api.model
    def _art_demo_care_visit(self, visit_id, report):
        """The conservator visits the work: an after-sales condition report,
        the visit report, and the next visit of the care plan."""
        story = self.env["art.demo.order.tracking"]
        visit = self.env["art.care.visit"].browse(visit_id)
        aftersales = story._art_demo_user("aftersales")
        with story._art_demo_clock(
            fields.Datetime.to_datetime(visit.scheduled_date) + timedelta(hours=3)
        ):
            self.env["art.condition.report"].with_user(aftersales).with_context(
                art_care_visit_id=visit.id
            ).create(
                {
                    "lot_id": visit.lot_id.id,
                    "context": "aftersales",
                    "grade": "good",
                    "photo_ids": [
                        story._art_demo_photo(visit.lot_id, "care_visit.png")
                    ],
                }
            )
            visit = visit.with_user(aftersales)
            visit.report = report
            visit.action_done()
            story._art_demo_commit()
        return True
