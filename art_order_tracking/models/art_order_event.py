# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import UserError

from .art_guard import art_check_guarded_fields

ART_STAGES = [
    ("draft", "Draft"),
    ("review", "In Review"),
    ("rejected", "Rejected"),
    ("awaiting_payment", "Awaiting Payment"),
    ("paid", "Paid"),
    ("preparing", "Preparing"),
    ("ready_to_ship", "Ready to Ship"),
    ("in_transit", "In Transit"),
    ("delivered", "Delivered"),
    ("closed", "Closed"),
    ("cancelled", "Cancelled"),
]

EVENT_SOURCES = [
    ("staff", "Staff"),
    ("system", "System"),
    ("carrier", "Carrier"),
    ("customer", "Customer"),
]

# What an administrator may still change on an event: hiding it, with a reason.
HIDE_FIELDS = {"hidden", "hidden_reason", "hidden_by_id", "hidden_date"}


class ArtOrderEvent(models.Model):
    """One fact of an art order's timeline: a stage change or a notable event.

    Append-only: nobody edits or deletes an event; an administrator may hide
    one, with a reason, and that is recorded on the event.
    """

    _name = "art.order.event"
    _description = "Art Order Event"
    _order = "date desc, id desc"

    order_id = fields.Many2one(
        "sale.order", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(related="order_id.company_id", store=True)
    partner_id = fields.Many2one(
        related="order_id.partner_id", string="Customer", store=True
    )
    stage = fields.Selection(ART_STAGES, readonly=True)
    previous_stage = fields.Selection(ART_STAGES, readonly=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now, readonly=True)
    source = fields.Selection(
        EVENT_SOURCES, required=True, default="staff", readonly=True
    )
    user_id = fields.Many2one(
        "res.users", default=lambda self: self.env.user, readonly=True
    )
    name = fields.Char(string="Event", required=True, readonly=True, translate=False)
    note = fields.Text(readonly=True)
    customer_visible = fields.Boolean(readonly=True)
    hidden = fields.Boolean(readonly=True)
    hidden_reason = fields.Text(readonly=True)
    hidden_by_id = fields.Many2one("res.users", readonly=True)
    hidden_date = fields.Datetime(readonly=True)

    def write(self, vals):
        if set(vals) - HIDE_FIELDS:
            raise UserError(
                self.env._(
                    "Timeline events cannot be changed: they record what happened."
                )
            )
        # Hiding goes through action_hide (administrators, with a reason).
        art_check_guarded_fields(self, vals, HIDE_FIELDS)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(
            self.env._(
                "Timeline events cannot be deleted: an administrator may hide "
                "one, with a reason."
            )
        )

    def action_hide(self, reason):
        """Hide events from the timeline (administrators only), with a reason."""
        if not self.env.user.has_group("base.group_system"):
            raise UserError(self.env._("Only an administrator may hide an event."))
        if not (reason or "").strip():
            raise UserError(self.env._("Say why the event is hidden."))
        self.sudo().write(
            {
                "hidden": True,
                "hidden_reason": reason.strip(),
                "hidden_by_id": self.env.user.id,
                "hidden_date": fields.Datetime.now(),
            }
        )
        return True


class ArtOrderStagePeriod(models.Model):
    """The time an order spent in one stage: the basis of the stage KPIs."""

    _name = "art.order.stage.period"
    _description = "Art Order Stage Period"
    _order = "date_start desc, id desc"

    order_id = fields.Many2one(
        "sale.order", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(related="order_id.company_id", store=True)
    user_id = fields.Many2one(
        related="order_id.user_id", string="Salesperson", store=True
    )
    stage = fields.Selection(ART_STAGES, required=True, readonly=True)
    date_start = fields.Datetime(required=True, readonly=True)
    date_end = fields.Datetime(readonly=True)
    deadline = fields.Datetime(
        readonly=True, help="When the stage's time commitment runs out."
    )
    duration_hours = fields.Float(
        compute="_compute_duration", store=True, aggregator="avg", digits=(16, 2)
    )
    on_time = fields.Boolean(compute="_compute_duration", store=True)
    on_time_rate = fields.Float(
        compute="_compute_duration",
        store=True,
        aggregator="avg",
        help="100 when the stage ended within its commitment, else 0: "
        "its average is the on-time rate.",
    )

    @api.depends("date_start", "date_end", "deadline")
    def _compute_duration(self):
        for period in self:
            if period.date_end:
                delta = period.date_end - period.date_start
                period.duration_hours = delta.total_seconds() / 3600.0
                period.on_time = (
                    not period.deadline or period.date_end <= period.deadline
                )
            else:
                period.duration_hours = 0.0
                period.on_time = False
            period.on_time_rate = 100.0 if period.on_time else 0.0
