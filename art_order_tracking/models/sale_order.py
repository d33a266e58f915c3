# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import base64
import logging
from datetime import timedelta

from odoo import api, fields, models, tools
from odoo.exceptions import AccessError, UserError
from odoo.tools import float_compare, misc

from .art_order_event import ART_STAGES

_logger = logging.getLogger(__name__)

ART_CHANNELS = [
    ("portal", "Portal / Web"),
    ("phone", "Phone"),
    ("email", "Email"),
    ("walk_in", "Gallery Walk-in"),
    ("art_fair", "Art Fair"),
]

# Stages an order may be cancelled from: anything before the delivery.
CANCELLABLE = {
    "draft",
    "review",
    "rejected",
    "awaiting_payment",
    "paid",
    "preparing",
    "ready_to_ship",
    "in_transit",
}
# Customer-facing events: which stages the customer is told about.
CUSTOMER_STAGES = {
    "review",
    "rejected",
    "awaiting_payment",
    "paid",
    "in_transit",
    "delivered",
    "cancelled",
}
# Stage, gate and decision fields: set by the computes or by the action that
# checks the role (through sudo), never written directly by a user.
ART_GUARDED_FIELDS = {
    "art_is_art_order",
    "art_stage",
    "art_stage_date",
    "art_stage_deadline",
    "art_overdue",
    "art_amount_paid",
    "art_amount_required",
    "art_is_paid",
    "art_rejection_reason",
    "art_ship_on_credit",
    "art_ship_on_credit_reason",
    "art_ship_on_credit_user_id",
    "art_packing_checked",
    "art_region",
    "art_value_band",
    "art_delivered_date",
    "art_delivery_failed",
    "art_damage_reported",
    "art_damage_note",
    "art_damage_recorded",
    "art_feedback_date",
    "art_followup_ended",
    "art_evidence_attachment_id",
    "art_evidence_pending",
}
# Who may show a timeline note of their own to the customer.
ART_CUSTOMER_FACING_GROUPS = (
    "art_order_tracking.group_art_sales",
    "art_order_tracking.group_art_aftersales",
    "art_order_tracking.group_art_manager",
)
# What the customer writes when signing a quotation on the portal.
CUSTOMER_SIGNATURE_FIELDS = {"signature", "signed_by", "signed_on"}

# The mail each customer-facing stage sends (in the customer's language).
STAGE_TEMPLATES = {
    "review": "art_order_tracking.mail_template_art_order_received",
    "rejected": "art_order_tracking.mail_template_art_review_rejected",
    "awaiting_payment": "art_order_tracking.mail_template_art_review_approved",
    "paid": "art_order_tracking.mail_template_art_payment_confirmed",
    "in_transit": "art_order_tracking.mail_template_art_shipped",
}


GRADE_RANK = {"excellent": 0, "good": 1, "fair": 2, "poor": 3, "damaged": 4}
PORTAL_STAGES = [
    "review",
    "awaiting_payment",
    "paid",
    "preparing",
    "ready_to_ship",
    "in_transit",
    "delivered",
    "closed",
]


class SaleOrder(models.Model):
    _name = "sale.order"
    _inherit = ["sale.order", "art.guard.mixin"]
    _art_guarded_fields = ART_GUARDED_FIELDS

    art_is_art_order = fields.Boolean(
        string="Art Order",
        compute="_compute_art_is_art_order",
        store=True,
        help="The order sells at least one artwork: the art lifecycle applies.",
    )
    art_channel = fields.Selection(
        ART_CHANNELS,
        string="Channel",
        help="Where the order came from.",
    )
    art_stage = fields.Selection(
        ART_STAGES,
        string="Tracking Stage",
        compute="_compute_art_stage",
        store=True,
        index=True,
        help="Where the order stands, derived from the order, its review, "
        "invoices, payments and transfers.",
    )
    art_stage_date = fields.Datetime(string="In Stage Since", readonly=True, copy=False)
    art_stage_deadline = fields.Datetime(
        string="Stage Deadline",
        readonly=True,
        copy=False,
        help="When the current stage's time commitment runs out.",
    )
    art_overdue = fields.Boolean(
        string="Stage Overdue",
        readonly=True,
        copy=False,
        help="The order stayed in its stage longer than committed.",
    )
    art_event_ids = fields.One2many("art.order.event", "order_id", string="Timeline")
    art_stage_period_ids = fields.One2many(
        "art.order.stage.period", "order_id", string="Stage Periods"
    )
    art_condition_report_ids = fields.One2many(
        "art.condition.report", "sale_order_id", string="Condition Reports"
    )
    # Payment gate
    art_amount_paid = fields.Monetary(
        string="Paid",
        compute="_compute_art_payment",
        store=True,
        help="What the customer paid on this order's invoices.",
    )
    art_amount_required = fields.Monetary(
        string="Payment Required",
        compute="_compute_art_payment",
        store=True,
        help="What must be paid before the works ship (company rule: full "
        "payment or a deposit percentage).",
    )
    art_is_paid = fields.Boolean(
        string="Payment Received", compute="_compute_art_payment", store=True
    )
    art_rejection_reason = fields.Text(
        string="Rejection Reason", readonly=True, copy=False
    )
    art_ship_on_credit = fields.Boolean(
        string="Shipping on Credit Approved", readonly=True, copy=False
    )
    art_ship_on_credit_reason = fields.Text(
        string="Reason for Shipping on Credit", readonly=True, copy=False
    )
    art_ship_on_credit_user_id = fields.Many2one(
        "res.users", string="Credit Approved By", readonly=True, copy=False
    )
    art_packing_checked = fields.Boolean(
        string="Packing Checked",
        compute="_compute_art_packing_checked",
        store=True,
        help="Every work on the order has a packing condition report with a photo.",
    )
    # Classification: decides who gets the next activity and by when.
    art_urgent = fields.Boolean(
        string="Urgent", help="Urgent orders get shorter time commitments."
    )
    art_region = fields.Selection(
        [("domestic", "Domestic"), ("international", "International")],
        string="Region",
        compute="_compute_art_region",
        store=True,
    )
    art_value_band = fields.Selection(
        [("standard", "Standard"), ("high", "High Value")],
        string="Value Band",
        compute="_compute_art_value_band",
        store=True,
        help="High value: the total reaches the company's manager approval "
        "amount; the manager is assigned the stage activities.",
    )

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------

    @api.depends("order_line.product_id.is_artwork")
    def _compute_art_is_art_order(self):
        for order in self:
            order.art_is_art_order = any(
                order.order_line.product_id.mapped("is_artwork")
            )

    @api.depends(
        "amount_total",
        "company_id.art_payment_rule",
        "company_id.art_deposit_percent",
        "order_line.invoice_lines.move_id.state",
        "order_line.invoice_lines.move_id.amount_residual",
        "order_line.invoice_lines.move_id.amount_total",
        "transaction_ids.state",
        "transaction_ids.amount",
    )
    def _compute_art_payment(self):
        for order in self:
            moves = order.order_line.invoice_lines.move_id.filtered(
                lambda m: m.state == "posted"
            )
            paid = 0.0
            for move in moves:
                amount = move.amount_total - move.amount_residual
                if move.move_type == "out_refund":
                    paid -= amount
                elif move.move_type == "out_invoice":
                    paid += amount
            # Online payments (portal) confirmed by the provider, before or
            # without an invoice reconciled with them. An authorization only
            # holds the money: it does not count until it is captured.
            online = sum(
                order.transaction_ids.filtered(lambda tx: tx.state == "done").mapped(
                    "amount"
                )
            )
            paid = max(paid, online)
            company = order.company_id
            if company.art_payment_rule == "deposit":
                required = order.amount_total * company.art_deposit_percent / 100.0
            else:
                required = order.amount_total
            order.art_amount_paid = paid
            order.art_amount_required = required
            rounding = order.currency_id.rounding or 0.01
            order.art_is_paid = bool(paid) and (
                float_compare(paid, required, precision_rounding=rounding) >= 0
            )

    def _compute_prepayment_percent(self):
        # What a portal customer pays to confirm an art quotation online is
        # what the company's art payment rule requires (full or deposit).
        res = super()._compute_prepayment_percent()
        for order in self.filtered(lambda o: o.require_payment and o.art_is_art_order):
            order.prepayment_percent = order._art_required_share()
        return res

    def _art_review_approved(self):
        """An art quotation is signed and paid online only once its review
        approved it (the approval is what allows confirming it)."""
        self.ensure_one()
        return not self.art_is_art_order or self.validation_status == "validated"

    def _has_to_be_signed(self):
        return super()._has_to_be_signed() and self._art_review_approved()

    def _has_to_be_paid(self):
        return super()._has_to_be_paid() and self._art_review_approved()

    def _art_required_share(self):
        """Share of the total the company's rule requires (0 < share <= 1)."""
        self.ensure_one()
        company = self.company_id
        if company.art_payment_rule == "deposit" and company.art_deposit_percent:
            return min(company.art_deposit_percent, 100.0) / 100.0
        return 1.0

    @api.depends(
        "order_line.art_lot_id",
        "art_condition_report_ids.context",
        "art_condition_report_ids.lot_id",
        "art_condition_report_ids.photo_ids",
    )
    def _compute_art_packing_checked(self):
        for order in self:
            lots = order.order_line.art_lot_id
            checked = order.art_condition_report_ids.filtered(
                lambda r: r.context == "packing" and r.photo_ids
            ).lot_id
            order.art_packing_checked = bool(lots) and not (lots - checked)

    @api.depends("partner_shipping_id.country_id", "company_id.country_id")
    def _compute_art_region(self):
        for order in self:
            country = order.partner_shipping_id.country_id
            home = order.company_id.country_id
            order.art_region = (
                "international" if country and home and country != home else "domestic"
            )

    @api.depends("amount_total", "company_id.art_manager_approval_amount")
    def _compute_art_value_band(self):
        for order in self:
            order.art_value_band = (
                "high" if order._art_reaches_manager_amount() else "standard"
            )

    def _art_reaches_manager_amount(self):
        threshold = self.company_id.art_manager_approval_amount
        if not threshold:
            return False
        total = self.currency_id._convert(
            self.amount_total,
            self.company_id.currency_id,
            self.company_id,
            self.date_order or fields.Date.today(),
        )
        return total >= threshold

    @api.depends(
        "art_is_art_order",
        "state",
        "review_ids.status",
        "art_is_paid",
        "art_ship_on_credit",
        "art_packing_checked",
        "picking_ids.state",
        "picking_ids.printed",
        "picking_ids.move_ids.picked",
        "art_delivered_date",
        "art_feedback_date",
        "art_followup_ended",
        "art_damage_reported",
    )
    def _compute_art_stage(self):
        changes = self.env.cr.precommit.data.setdefault("art.order.stage", {})
        for order in self:
            old = order.art_stage if order.id else False
            new = order._art_stage_from_documents() if order.art_is_art_order else False
            if old == new:
                continue
            order.art_stage = new
            if order.id and new:
                changes.setdefault(order.id, old)
        if changes:
            self.env.cr.precommit.add(self._art_log_stage_changes)

    def _art_stage_from_documents(self):
        """The stage this order is in, read from the real documents.

        In transit until the signed delivery is recorded; delivered until
        the customer's feedback or the end of the follow-up window closes it
        (unless a damage is still open).
        """
        self.ensure_one()
        if self.state == "cancel":
            return "cancelled"
        if self.state in ("draft", "sent"):
            statuses = set(self.review_ids.mapped("status"))
            if "rejected" in statuses:
                return "rejected"
            if statuses & {"waiting", "pending"}:
                return "review"
            if statuses and statuses <= {"approved"}:
                # Approved portal quotation: the customer signs and pays it.
                return "awaiting_payment"
            return "draft"
        outgoing = self._art_customer_pickings()
        if outgoing and all(p.state == "done" for p in outgoing):
            if not self.art_delivered_date:
                return "in_transit"
            if not self.art_damage_reported and (
                self.art_feedback_date or self.art_followup_ended
            ):
                return "closed"
            return "delivered"
        cleared = self.art_is_paid or self.art_ship_on_credit
        if cleared and self.art_packing_checked:
            return "ready_to_ship"
        if cleared and self._art_warehouse_started():
            return "preparing"
        if self.art_is_paid:
            return "paid"
        return "awaiting_payment"

    def _art_customer_pickings(self):
        """The transfers that hand the works over (to the customer)."""
        return self.picking_ids.filtered(
            lambda p: (
                p.state != "cancel"
                and p.picking_type_code == "outgoing"
                and p.location_dest_id.usage == "customer"
            )
        )

    def _art_warehouse_started(self):
        """The warehouse is working on the order: a step done, a pick list
        printed, goods picked, or a packing report written."""
        pickings = self.picking_ids.filtered(lambda p: p.state != "cancel")
        return (
            any(p.state == "done" or p.printed for p in pickings)
            or any(pickings.move_ids.mapped("picked"))
            or bool(
                self.art_condition_report_ids.filtered(lambda r: r.context == "packing")
            )
        )

    def _art_log_stage_changes(self):
        """Precommit: record what moved each order since the last commit."""
        changes = self.env.cr.precommit.data.pop("art.order.stage", {})
        orders = self.env["sale.order"].sudo().browse(list(changes)).exists()
        if orders:
            orders._art_on_stage_changed(changes)

    def _art_on_stage_changed(self, previous):
        """Timeline event, stage period and notifications for a stage change.

        :param previous: {order id: stage before the change}
        """
        now = fields.Datetime.now()
        open_periods = self.env["art.order.stage.period"].search(
            [("order_id", "in", self.ids), ("date_end", "=", False)]
        )
        open_periods.write({"date_end": now})
        commitments = self.env["art.stage.commitment"]._art_commitments(self.company_id)
        event_vals, period_vals = [], []
        for order in self:
            stage = order.art_stage
            if not stage:
                continue
            deadline = order._art_deadline_for(stage, now, commitments)
            order.sudo().with_context(skip_validation_check=True).write(
                {
                    "art_stage_date": now,
                    "art_stage_deadline": deadline,
                    "art_overdue": False,
                }
            )
            event_vals.append(
                {
                    "order_id": order.id,
                    "stage": stage,
                    "previous_stage": previous.get(order.id) or False,
                    "date": now,
                    "source": self.env.context.get("art_event_source", "system"),
                    "user_id": self.env.context.get("art_event_user_id", self.env.uid),
                    "name": order._art_stage_label(stage),
                    "note": (
                        order.art_rejection_reason
                        if stage == "rejected"
                        else self.env.context.get("art_event_note")
                    ),
                    "customer_visible": stage in CUSTOMER_STAGES,
                }
            )
            period_vals.append(
                {
                    "order_id": order.id,
                    "stage": stage,
                    "date_start": now,
                    "deadline": deadline,
                }
            )
        self.env["art.order.event"].create(event_vals)
        self.env["art.order.stage.period"].create(period_vals)
        self._art_notify_stage()
        # The to-dos of the stage each order left (a new order left none).
        self.filtered(lambda o: previous.get(o.id))._art_close_stage_activities()
        self._art_schedule_stage_activity(commitments)
        self.filtered(lambda o: o.art_stage == "delivered")._art_start_followup()
        self._art_notify_portal()

    def _art_stage_label(self, stage):
        return dict(self._fields["art_stage"]._description_selection(self.env))[stage]

    def _art_deadline_for(self, stage, start, commitments):
        commitment = commitments.get((self.company_id.id, stage))
        if not commitment or not commitment.max_hours:
            return False
        hours = commitment.max_hours
        if self.art_urgent:
            hours = hours * commitment.urgent_factor
        return start + timedelta(hours=hours)

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    # ------------------------------------------------------------------
    # Actions and guards
    # ------------------------------------------------------------------

    def action_cancel(self):
        for order in self.filtered("art_is_art_order"):
            if order.art_stage and order.art_stage not in CANCELLABLE:
                raise UserError(
                    self.env._(
                        "Order %(order)s was delivered: it cannot be cancelled. "
                        "Start a return instead.",
                        order=order.name,
                    )
                )
        return super().action_cancel()

    def _action_cancel(self):
        """An art order cancelled after its automatic invoice: each posted
        invoice is reversed with a credit note. An unpaid (or partly paid)
        invoice is settled by it, so no payment follow-up goes on; what the
        customer already paid stays as the open credit note, with a to-do for
        Finance to refund it. Both are on the timeline."""
        art_orders = self.filtered("art_is_art_order")
        invoices = art_orders.invoice_ids.filtered(
            lambda m: m.state == "posted" and m.move_type == "out_invoice"
        )
        unpaid = invoices.filtered(lambda m: m.payment_state == "not_paid")
        paid = invoices - unpaid
        res = super()._action_cancel()
        credit_notes = self.env["account.move"]
        for moves, cancel in ((unpaid, True), (paid, False)):
            if not moves:
                continue
            reversals = moves.sudo()._reverse_moves(
                [
                    {"ref": self.env._("Cancellation of %s", move.name)}
                    for move in moves
                ],
                cancel=cancel,
            )
            reversals.filtered(lambda m: m.state == "draft").action_post()
            credit_notes |= reversals
        # A partly paid invoice: the credit note settles what is still due,
        # the rest of it is what the customer paid (the payments stay).
        for credit_note in credit_notes.filtered(
            lambda m: m.reversed_entry_id.amount_residual
        ):
            (credit_note.reversed_entry_id | credit_note).line_ids.filtered(
                lambda line: (
                    line.account_id.account_type == "asset_receivable"
                    and not line.reconciled
                )
            ).reconcile()
        events = []
        for order in art_orders:
            order_invoices = invoices & order.invoice_ids
            if not order_invoices:
                continue
            notes = credit_notes.filtered(
                lambda m, moves=order_invoices: m.reversed_entry_id in moves
            )
            events.append(
                {
                    "order_id": order.id,
                    "name": self.env._("Invoice reversed with the order"),
                    "note": ", ".join(notes.mapped("name")),
                    "source": "staff",
                }
            )
            refund = sum(notes.mapped("amount_residual"))
            if order.currency_id.is_zero(refund):
                continue
            note = self.env._(
                "The customer paid %(amount)s: refund the credit note %(notes)s.",
                amount=order.currency_id.format(refund),
                notes=", ".join(notes.mapped("name")),
            )
            events.append(
                {
                    "order_id": order.id,
                    "name": self.env._("Cancelled after payment: refund due"),
                    "note": note,
                    "source": "staff",
                }
            )
            order.sudo().activity_schedule(
                "mail.mail_activity_data_todo",
                summary=self.env._("Refund the cancelled order"),
                note=note,
                user_id=order.company_id._art_role_user(
                    "art_order_tracking.group_art_finance"
                ).id,
            )
        if events:
            self.env["art.order.event"].sudo().create(events)
        return res

    def action_art_log_event(
        self, name, note=None, customer_visible=False, source="staff"
    ):
        """Add a notable fact (not a stage change) to the order's timeline."""
        self.ensure_one()
        self.check_access("write")
        if not (name or "").strip():
            raise UserError(self.env._("An event needs a short description."))
        if not self.env.su:
            self._art_check_may_log_event(customer_visible, source)
        return (
            self.env["art.order.event"]
            .sudo()
            .create(
                {
                    "order_id": self.id,
                    "name": name.strip(),
                    "note": note,
                    "customer_visible": customer_visible,
                    "source": source,
                    "user_id": self.env.uid,
                }
            )
        )

    def _art_check_may_log_event(self, customer_visible, source):
        """What a user may add to the timeline by hand: their own staff
        notes; the customer sees them only when the user talks to customers.
        Carrier events come from the carrier API, customer events from the
        portal, stage events from the stage changes."""
        if source != "staff":
            raise AccessError(
                self.env._(
                    "Staff can only add staff events to the timeline: carrier "
                    "events come from the carrier, customer events from the "
                    "customer."
                )
            )
        user = self.env.user
        if customer_visible and not any(
            user.has_group(group) for group in ART_CUSTOMER_FACING_GROUPS
        ):
            raise AccessError(
                self.env._(
                    "Only Sales, After-sales and managers may show an event to "
                    "the customer."
                )
            )

    def _art_approve_ship_on_credit(self, reason):
        """Manager's recorded approval to ship before the payment."""
        if not self.env.user.has_group("art_order_tracking.group_art_manager"):
            raise UserError(
                self.env._("Only an Art Trade manager may approve shipping on credit.")
            )
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason for shipping on credit."))
        for order in self:
            if order.state != "sale":
                raise UserError(
                    self.env._(
                        "Order %(order)s is not confirmed: there is nothing to ship.",
                        order=order.name,
                    )
                )
        # The role was checked above: the gate itself is not user-writable.
        self.sudo().write(
            {
                "art_ship_on_credit": True,
                "art_ship_on_credit_reason": reason.strip(),
                "art_ship_on_credit_user_id": self.env.uid,
            }
        )
        for order in self:
            order.action_art_log_event(
                self.env._("Shipping on credit approved"), note=reason.strip()
            )

    def _art_check_can_ship(self):
        """Guard of the hand-over: paid (or credit approved) and packed."""
        for order in self.filtered("art_is_art_order"):
            if not (order.art_is_paid or order.art_ship_on_credit):
                raise UserError(
                    self.env._(
                        "Order %(order)s is not paid (%(paid)s of %(required)s "
                        "received). A manager must approve shipping on credit "
                        "before the works leave.",
                        order=order.name,
                        paid=order.currency_id.format(order.art_amount_paid),
                        required=order.currency_id.format(order.art_amount_required),
                    )
                )
            if not order.art_packing_checked:
                missing = (
                    order.order_line.art_lot_id
                    - order.art_condition_report_ids.filtered(
                        lambda r: r.context == "packing" and r.photo_ids
                    ).lot_id
                )
                raise UserError(
                    self.env._(
                        "Order %(order)s: the packing check is missing for "
                        "%(works)s. Write a packing condition report with at "
                        "least one photo for every work.",
                        order=order.name,
                        works=", ".join(missing.mapped("display_name")),
                    )
                )

    # ------------------------------------------------------------------
    # Review (OCA tier validation)
    # ------------------------------------------------------------------

    def action_confirm(self):
        # Each artwork line names one free physical work: checked before
        # anything is confirmed.
        self.order_line._art_check_lots_before_confirm()
        res = super(SaleOrder, self.with_context(art_confirming=True)).action_confirm()
        self.filtered("art_is_art_order")._art_issue_invoice()
        return res

    def _validate_tier(self, tiers=False):
        if (
            self.art_is_art_order
            and self.company_id.art_forbid_self_approval
            and self.user_id == self.env.user
        ):
            if self.env.context.get("art_confirming"):
                # Confirming one's own order: leave the review pending, the
                # tier validation then says which reviews are missing.
                return None
            raise UserError(
                self.env._(
                    "You are the salesperson of %(order)s: another reviewer "
                    "must approve it.",
                    order=self.name,
                )
            )
        res = super()._validate_tier(tiers=tiers)
        if (
            self.art_is_art_order
            and not self.env.context.get("art_confirming")
            and self.validation_status == "validated"
            and self.state in ("draft", "sent")
            and (self.art_channel != "portal" or self._art_paid_before_approval())
        ):
            # The last approval confirms the order (and issues its invoice);
            # a portal request instead waits for the customer to sign and pay
            # the approved quotation, unless the customer already paid it.
            self.sudo().with_context(art_event_source="staff").action_confirm()
        return res

    def _art_paid_before_approval(self):
        """The customer paid the quotation online (what Odoo requires to
        confirm it) while it was still in review: the approval confirms it."""
        self.ensure_one()
        order = self.sudo()
        return bool(
            order.require_payment
            and order.amount_total
            and order.transaction_ids.filtered(lambda tx: tx.state == "done")
            and order._is_confirmation_amount_reached()
        )

    @api.model
    def _get_validation_exceptions(self, extra_domain=None, add_base_exceptions=True):
        # base_tier_validation searches the exceptions once or twice per
        # record written, only to let a write through that
        # skip_validation_check lets through anyway: our batch bookkeeping
        # writes (stage dates, overdue flags) would cost queries per order.
        if self.env.context.get("skip_validation_check"):
            return []
        return super()._get_validation_exceptions(
            extra_domain=extra_domain, add_base_exceptions=add_base_exceptions
        )

    def _check_allow_write_under_validation(self, vals):
        if self.env.context.get("skip_validation_check"):
            return True
        # The customer signs an approved art quotation on the portal.
        if self.art_is_art_order and set(vals) <= CUSTOMER_SIGNATURE_FIELDS:
            return True
        return super()._check_allow_write_under_validation(vals)

    def _rejected_tier(self, tiers=False):
        if self.art_is_art_order:
            reviews = (tiers or self.review_ids).filtered(
                lambda r: (
                    r.status in ("waiting", "pending")
                    and self.env.user in r.reviewer_ids
                )
            )
            reason = "; ".join(c for c in reviews.mapped("comment") if c)
            if not reason.strip():
                raise UserError(
                    self.env._(
                        "Give the reason for rejecting order %(order)s.",
                        order=self.name,
                    )
                )
            self.sudo().with_context(
                skip_validation_check=True
            ).art_rejection_reason = reason
        return super()._rejected_tier(tiers=tiers)

    def _art_issue_invoice(self):
        """Issue the invoice of confirmed art orders: the whole amount, or the
        deposit request when the company asks for a deposit first."""
        for order in self.sudo():
            if order.state != "sale" or order.invoice_ids.filtered(
                lambda m: m.state != "cancel"
            ):
                continue
            if order.company_id.art_payment_rule == "deposit":
                wizard = (
                    self.env["sale.advance.payment.inv"]
                    .sudo()
                    .with_context(active_model="sale.order", active_ids=order.ids)
                    .create(
                        {
                            "advance_payment_method": "percentage",
                            "amount": order.company_id.art_deposit_percent,
                            "sale_order_ids": [fields.Command.set(order.ids)],
                        }
                    )
                )
                invoices = wizard._create_invoices(order)
            else:
                invoices = order._create_invoices()
            invoices.action_post()

    # ------------------------------------------------------------------
    # Notifications and activities
    # ------------------------------------------------------------------

    def _art_notify_stage(self):
        """Tell the customer about the stages they care about, in their language."""
        for order in self:
            xmlid = STAGE_TEMPLATES.get(order.art_stage)
            template = xmlid and self.env.ref(xmlid, raise_if_not_found=False)
            if template:
                order.with_context(
                    mail_notify_force_send=False
                ).message_post_with_source(template, subtype_xmlid="mail.mt_comment")
        self._art_notify_stage_sms()

    def _art_notify_stage_sms(self):
        """The same customer-facing stage news as a short SMS, when the
        company enables it and the customer has a mobile or phone number.

        The SMS are queued (``sms.sms`` in state outgoing): Odoo's SMS cron
        sends them through IAP, never inside the stage change.
        """
        for order in self:
            partner = order.partner_id
            if (
                not order.art_is_art_order
                or not order.company_id.art_sms_enabled
                or order.art_stage not in STAGE_TEMPLATES
                or not (partner.mobile or partner.phone)
            ):
                continue
            localized = order.with_context(lang=partner.lang or None)
            localized._message_sms(
                localized._art_stage_sms_body(),
                partner_ids=partner.ids,
                put_in_queue=True,
            )

    def _art_stage_sms_body(self):
        """Text of the stage SMS, in the customer's language (context lang)."""
        self.ensure_one()
        body = self.env._(
            "%(company)s: your order %(order)s is now %(stage)s.",
            company=self.company_id.name,
            order=self.name,
            stage=self._art_stage_label(self.art_stage),
        )
        if self.art_stage == "in_transit":
            picking = self._art_customer_pickings().filtered("carrier_tracking_ref")[:1]
            if picking:
                body += " " + self.env._(
                    "Carrier: %(carrier)s, tracking: %(ref)s.",
                    carrier=picking.carrier_id.name or "-",
                    ref=picking.carrier_tracking_ref,
                )
        return body

    def _art_schedule_stage_activity(self, commitments):
        """The stage's owner gets an activity due when the commitment ends."""
        todo = []
        for order in self:
            commitment = commitments.get((order.company_id.id, order.art_stage))
            if not commitment:
                continue
            user = order._art_stage_owner(commitment)
            if not user:
                continue
            todo.append(
                (
                    order,
                    user,
                    commitment.activity_summary
                    or order._art_stage_label(order.art_stage),
                    fields.Date.to_date(order.art_stage_deadline)
                    or fields.Date.context_today(order),
                )
            )
        self._art_create_activities(todo)

    def _art_close_stage_activities(self):
        """The orders left their stage: the to-dos of that stage (and of its
        overdue flag) have no reason left, in one query for the batch."""
        activity_type = self.env.ref(
            "art_order_tracking.mail_activity_type_art_stage", raise_if_not_found=False
        )
        if not activity_type or not self:
            return
        self.env["mail.activity"].sudo().search(
            [
                ("res_model", "=", self._name),
                ("res_id", "in", self.ids),
                ("activity_type_id", "=", activity_type.id),
            ]
        ).unlink()

    def _art_create_activities(self, todo):
        """One batch of to-do activities for many orders. They reach their
        owners through the Activities menu, without one e-mail each (a batch
        of stage changes or overdue orders would send one per order).

        :param todo: list of (order, user, summary, deadline date)
        """
        if not todo:
            return
        activity_type = self.env.ref("art_order_tracking.mail_activity_type_art_stage")
        model_id = self.env["ir.model"]._get_id(self._name)
        self.env["mail.activity"].with_context(mail_activity_quick_update=True).create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": order.id,
                    "activity_type_id": activity_type.id,
                    "automated": True,
                    "summary": summary,
                    "date_deadline": deadline,
                    "user_id": user.id,
                }
                for order, user, summary, deadline in todo
            ]
        )

    def _art_stage_owner(self, commitment):
        """Who answers for the order in this stage: the manager for high-value
        orders when the company names one, else the stage's responsible, else
        the salesperson, else the art manager (no one: no activity)."""
        self.ensure_one()
        if self.art_value_band == "high" and self.company_id.art_manager_user_id:
            return self.company_id.art_manager_user_id
        return commitment.user_id or self.user_id or self.company_id.art_manager_user_id

    @api.model
    def _art_cron_flag_overdue(self):
        """Flag the orders whose stage outlived its commitment, in one batch,
        and give their owners an activity."""
        now = fields.Datetime.now()
        orders = self.search(
            [
                ("art_is_art_order", "=", True),
                ("art_overdue", "=", False),
                ("art_stage_deadline", "!=", False),
                ("art_stage_deadline", "<", now),
                ("art_stage", "not in", ("cancelled", "closed", "rejected")),
            ]
        )
        if not orders:
            return
        orders.sudo().with_context(skip_validation_check=True).write(
            {"art_overdue": True}
        )
        commitments = self.env["art.stage.commitment"]._art_commitments(
            orders.company_id
        )
        today = fields.Date.context_today(self)
        todo = []
        for order in orders:
            commitment = commitments.get((order.company_id.id, order.art_stage))
            user = order._art_stage_owner(commitment) if commitment else order.user_id
            if user:
                summary = self.env._(
                    "Overdue: %(stage)s", stage=order._art_stage_label(order.art_stage)
                )
                todo.append((order, user, summary, today))
        orders._art_create_activities(todo)
        self.env["art.order.event"].create(
            [
                {
                    "order_id": order.id,
                    "name": self.env._("Stage overdue"),
                    "source": "system",
                    "user_id": self.env.uid,
                }
                for order in orders
            ]
        )

    # ------------------------------------------------------------------
    # Portal requests
    # ------------------------------------------------------------------

    @api.model
    def _art_create_portal_request(self, partner, lot, note=None):
        """A portal customer asks to buy a work: a draft quotation for sales.

        Called by the portal controller with the customer's own partner and a
        serial it checked is available; runs as superuser because portal
        users cannot create orders.
        """
        commercial = partner.commercial_partner_id
        company = lot.company_id or self.env.company
        # An owner always: the customer's salesperson, else the company's art
        # manager, else an Art Trade Manager.
        owner = (
            commercial.user_id
            or company.art_manager_user_id
            or company._art_role_user("art_order_tracking.group_art_manager")
        )
        order = (
            self.sudo()
            .with_context(art_event_source="customer")
            .create(
                {
                    "partner_id": partner.id,
                    "user_id": owner.id,
                    "company_id": company.id,
                    "art_channel": "portal",
                    "note": note or False,
                    "order_line": [
                        fields.Command.create(
                            {"product_id": lot.product_id.id, "art_lot_id": lot.id}
                        )
                    ],
                }
            )
        )
        self.env["art.order.event"].sudo().create(
            {
                "order_id": order.id,
                "name": self.env._("Purchase request from the customer portal"),
                "note": note or False,
                "source": "customer",
                "customer_visible": True,
                "user_id": self.env.uid,
            }
        )
        # The owner's to-do, due the next day; an Art Order Stage to-do, so
        # it goes when the quotation leaves the draft stage.
        order._art_create_activities(
            [
                (
                    order,
                    owner,
                    self.env._("Answer the customer's purchase request"),
                    fields.Date.context_today(order) + timedelta(days=1),
                )
            ]
        )
        return order

    # ------------------------------------------------------------------
    # Signed delivery, exceptions, follow-up and feedback
    # ------------------------------------------------------------------

    art_delivered_date = fields.Datetime(
        string="Delivered On",
        compute="_compute_art_delivered_date",
        store=True,
        help="When the customer signed for the last shipment of the order.",
    )
    art_delivery_failed = fields.Boolean(
        string="Delivery Failed",
        compute="_compute_art_delivery_failed",
        store=True,
        help="The carrier reported an exception or a return to sender.",
    )
    art_damage_reported = fields.Boolean(
        string="Damage Reported",
        readonly=True,
        copy=False,
        help="An arrival condition report is worse than the packing report.",
    )
    art_damage_note = fields.Text(string="Damage Details", readonly=True, copy=False)
    art_damage_recorded = fields.Boolean(
        string="Damage Recorded",
        readonly=True,
        copy=False,
        help="Damage was reported on arrival, even if After-sales settled it "
        "since: the damage rate counts what happened.",
    )
    art_payment_overdue = fields.Boolean(
        string="Payment Overdue",
        compute="_compute_art_payment_overdue",
        search="_search_art_payment_overdue",
    )
    art_feedback_date = fields.Datetime(
        string="Feedback Received", readonly=True, copy=False
    )
    art_followup_ended = fields.Boolean(
        string="Follow-up Window Ended",
        readonly=True,
        copy=False,
        help="The follow-up window ended without feedback and without an issue.",
    )
    art_evidence_attachment_id = fields.Many2one(
        "ir.attachment", string="Delivery Evidence", readonly=True, copy=False
    )
    art_evidence_pending = fields.Boolean(
        string="Delivery Evidence Pending",
        readonly=True,
        copy=False,
        help="The order is delivered, but its evidence PDF could not be printed "
        "yet (PDF printing unavailable). A scheduled job prints it as soon as "
        "printing works; the signature, proof and arrival reports are kept.",
    )
    art_carrier_event_ids = fields.One2many(
        "art.carrier.event", "order_id", string="Carrier Events"
    )

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------

    @api.depends("picking_ids.art_is_delivered", "picking_ids.art_signed_date")
    def _compute_art_delivered_date(self):
        for order in self:
            shipments = order._art_customer_pickings().filtered(
                lambda p: p.state == "done"
            )
            if shipments and all(shipments.mapped("art_is_delivered")):
                order.art_delivered_date = max(shipments.mapped("art_signed_date"))
            else:
                order.art_delivered_date = False

    @api.depends("picking_ids.art_delivery_failed")
    def _compute_art_delivery_failed(self):
        for order in self:
            order.art_delivery_failed = any(
                order._art_customer_pickings().mapped("art_delivery_failed")
            )

    def _compute_art_payment_overdue(self):
        today = fields.Date.context_today(self)
        for order in self:
            order.art_payment_overdue = any(
                move.state == "posted"
                and move.payment_state in ("not_paid", "partial")
                and move.invoice_date_due
                and move.invoice_date_due < today
                for move in order.invoice_ids
            )

    def _search_art_payment_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on Payment Overdue."))
        moves = self.env["account.move"].search(
            [
                ("move_type", "=", "out_invoice"),
                ("state", "=", "posted"),
                ("payment_state", "in", ("not_paid", "partial")),
                ("invoice_date_due", "<", fields.Date.context_today(self)),
            ]
        )
        positive = (operator == "=") == value
        return [
            ("invoice_ids", "in" if positive else "not in", moves.ids),
        ]

    # ------------------------------------------------------------------
    # Delivery
    # ------------------------------------------------------------------

    def _art_on_picking_delivered(self, picking):
        """A shipment of the order was signed for: damage check, evidence."""
        self.ensure_one()
        self._art_check_arrival_damage(picking)
        self.env.flush_all()
        if self.art_delivered_date:
            self._art_generate_evidence()
        self._art_notify_portal()

    def _art_packing_report_for(self, lot):
        return self.env["art.condition.report"].search(
            [("lot_id", "=", lot.id), ("context", "=", "packing")],
            order="date desc, id desc",
            limit=1,
        )

    def _art_check_arrival_damage(self, picking):
        """Compare each arrival report with the work's packing report."""
        self.ensure_one()
        findings = []
        for arrival in picking.art_arrival_report_ids:
            packing = self._art_packing_report_for(arrival.lot_id)
            worse_grade = packing and (
                GRADE_RANK[arrival.grade] > GRADE_RANK[packing.grade]
            )
            packed_issues = set(
                packing.line_ids.filtered(lambda line: line.status == "issue").mapped(
                    "area"
                )
            )
            new_issues = arrival.line_ids.filtered(
                lambda line, before=packed_issues: (
                    line.status == "issue" and line.area not in before
                )
            )
            if (
                worse_grade
                or new_issues
                or (not packing and arrival.grade == "damaged")
            ):
                detail = self.env._(
                    "%(work)s: packed %(before)s, arrived %(after)s",
                    work=arrival.lot_id.display_name,
                    before=packing.grade or "-",
                    after=arrival.grade,
                )
                if new_issues:
                    areas = ", ".join(
                        f"{line.area}: {line.note or ''}".strip(": ")
                        for line in new_issues
                    )
                    detail = f"{detail} ({areas})"
                findings.append(detail)
        if findings:
            self._art_report_damage("\n".join(findings))
        return findings

    def _art_report_damage(self, details):
        """Damage exception: flag, activity for after-sales, tell the customer."""
        self.ensure_one()
        self.sudo().with_context(skip_validation_check=True).write(
            {
                "art_damage_reported": True,
                "art_damage_recorded": True,
                "art_damage_note": details,
            }
        )
        user = (
            self.company_id.art_damage_user_id
            or self.company_id.art_manager_user_id
            or self.user_id
            or self.env.ref("base.user_admin")
        )
        self.sudo().activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.env._("Damage on arrival: contact the customer"),
            note=details,
            user_id=user.id,
        )
        self.env["art.order.event"].sudo().create(
            {
                "order_id": self.id,
                "name": self.env._("Damage reported on arrival"),
                "note": details,
                "source": "staff",
                "customer_visible": True,
            }
        )
        template = self.env.ref(
            "art_order_tracking.mail_template_art_damage_reported",
            raise_if_not_found=False,
        )
        if template:
            self.sudo().with_context(
                mail_notify_force_send=False
            ).message_post_with_source(template, subtype_xmlid="mail.mt_comment")

    def action_art_resolve_damage(self, note):
        """After-sales: the damage was settled (claim, return, restoration)."""
        if not self.env.user.has_group("art_order_tracking.group_art_aftersales"):
            raise UserError(
                self.env._("Only After-sales may close a damage exception.")
            )
        if not (note or "").strip():
            raise UserError(self.env._("Say how the damage was settled."))
        for order in self:
            order.sudo().with_context(
                skip_validation_check=True
            ).art_damage_reported = False
            self.env["art.order.event"].sudo().create(
                {
                    "order_id": order.id,
                    "name": self.env._("Damage settled"),
                    "note": note.strip(),
                    "source": "staff",
                }
            )
        return True

    def _art_generate_evidence(self):
        """Render the delivery evidence PDF and attach it, locked.

        A delivery never fails because a PDF cannot be rendered: when the
        renderer is missing or fails, the order is marked *pending* and
        ``_cron_art_generate_pending_evidence`` prints it later. Returns the
        attachment, or an empty recordset when it is pending."""
        self.ensure_one()
        if not tools.config["http_enable"]:
            # No HTTP server (an install or a script with --no-http):
            # wkhtmltopdf cannot load the report's styles, and the evidence is
            # locked for good once printed. The scheduled job prints it once
            # Odoo serves.
            _logger.info(
                "Delivery evidence of %s pending: Odoo serves no HTTP", self.name
            )
            self.sudo().art_evidence_pending = True
            return self.env["ir.attachment"]
        report = self.env.ref("art_order_tracking.action_report_art_delivery_evidence")
        try:
            with self.env.cr.savepoint():
                content, _report_type = (
                    self.env["ir.actions.report"]
                    .sudo()
                    ._render_qweb_pdf(report, self.ids)
                )
        except (UserError, OSError) as error:
            _logger.warning(
                "Delivery evidence of %s could not be printed, pending: %s",
                self.name,
                error,
            )
            self.sudo().with_context(
                skip_validation_check=True
            ).art_evidence_pending = True
            return self.env["ir.attachment"]
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": self.env._("Delivery evidence %s.pdf", self.name),
                    "datas": base64.b64encode(content),
                    "mimetype": "application/pdf",
                    "res_model": "sale.order",
                    "res_id": self.id,
                    "art_locked": True,
                }
            )
        )
        self.sudo().with_context(skip_validation_check=True).write(
            {"art_evidence_attachment_id": attachment.id, "art_evidence_pending": False}
        )
        return attachment

    @api.model
    def _cron_art_generate_pending_evidence(self, limit=50):
        """Print the delivery evidence of the orders whose PDF is pending.

        Stops at the first order that still cannot be printed: printing is
        then still unavailable, and the next run tries again."""
        orders = self.search(
            [("art_evidence_pending", "=", True)], order="id", limit=limit
        )
        for order in orders:
            if order.art_evidence_attachment_id:
                order.sudo().art_evidence_pending = False
                continue
            if not order._art_generate_evidence():
                break
        return True

    # ------------------------------------------------------------------
    # Stage changes: follow-up and feedback
    # ------------------------------------------------------------------

    def _art_start_followup(self):
        """Follow-up call for the salesperson, feedback request for the customer."""
        template = self.env.ref(
            "art_order_tracking.mail_template_art_delivered_feedback",
            raise_if_not_found=False,
        )
        for order in self:
            days = order.company_id.art_followup_days
            order.activity_schedule(
                "mail.mail_activity_data_call",
                date_deadline=fields.Date.to_date(order.art_delivered_date)
                + timedelta(days=days),
                summary=self.env._("Follow-up call after delivery"),
                user_id=(order.user_id or self.env.user).id,
            )
            if template and order.partner_id.email:
                order.with_context(
                    mail_notify_force_send=False
                ).message_post_with_source(template, subtype_xmlid="mail.mt_comment")

    def _art_feedback_url(self, rate):
        self.ensure_one()
        token = self.sudo()._rating_get_access_token()
        return f"{self.get_base_url()}/rate/{token}/{rate}"

    def rating_apply(
        self,
        rate,
        token=None,
        rating=None,
        feedback=None,
        subtype_xmlid=None,
        notify_delay_send=False,
    ):
        res = super().rating_apply(
            rate,
            token=token,
            rating=rating,
            feedback=feedback,
            subtype_xmlid=subtype_xmlid,
            notify_delay_send=notify_delay_send,
        )
        delivered = self.filtered(lambda o: o.art_delivered_date)
        if delivered:
            delivered.sudo().with_context(
                skip_validation_check=True, art_event_source="customer"
            ).write({"art_feedback_date": fields.Datetime.now()})
        return res

    def _art_followup_has_issue(self):
        """Whether something keeps the order open after the window (hook)."""
        self.ensure_one()
        return self.art_damage_reported or self.art_delivery_failed

    @api.model
    def _art_cron_close_followups(self, limit=500):
        """Close the delivered orders whose follow-up window ended quietly."""
        now = fields.Datetime.now()
        orders = self.search(
            [
                ("art_stage", "=", "delivered"),
                ("art_followup_ended", "=", False),
                ("art_delivered_date", "<", now),
            ],
            order="art_delivered_date",
            limit=limit,
        )
        ended = orders.filtered(
            lambda o: (
                o.art_delivered_date
                + timedelta(days=o.company_id.art_followup_window_days)
                < now
                and not o._art_followup_has_issue()
            )
        )
        ended.sudo().with_context(skip_validation_check=True).write(
            {"art_followup_ended": True}
        )

    # ------------------------------------------------------------------
    # Portal
    # ------------------------------------------------------------------

    def _art_portal_channel(self):
        """Secret bus channel of the order's portal page."""
        self.ensure_one()
        return (
            "art_order_tracking_"
            + misc.hmac(self.env(su=True), "art_order_portal", self.id)[:32]
        )

    def _art_notify_portal(self):
        """Tell open portal pages of these orders to refresh their tracking."""
        bus = self.env["bus.bus"].sudo()
        for order in self.filtered("art_is_art_order"):
            bus._sendone(
                order._art_portal_channel(),
                "art_order_tracking/updated",
                {"order_id": order.id},
            )

    def _art_portal_timeline(self):
        self.ensure_one()
        return self.art_event_ids.filtered(
            lambda e: e.customer_visible and not e.hidden
        ).sorted(lambda e: (e.date, e.id), reverse=True)

    def _art_portal_stages(self):
        """(key, label, state) of the progress bar: done, current, todo."""
        self.ensure_one()
        labels = dict(self._fields["art_stage"]._description_selection(self.env))
        current = self.art_stage
        keys = list(PORTAL_STAGES)
        index = keys.index(current) if current in keys else -1
        return [
            (
                key,
                labels[key],
                "done" if i < index else ("current" if i == index else "todo"),
            )
            for i, key in enumerate(keys)
        ]

    def _art_portal_shipments(self):
        self.ensure_one()
        return self._art_customer_pickings().filtered(
            lambda p: p.carrier_id or p.carrier_tracking_ref
        )

    def _art_portal_expected_date(self):
        self.ensure_one()
        if self.art_stage == "in_transit" and self.art_stage_deadline:
            return self.art_stage_deadline
        return self.commitment_date or self.expected_date

    def _art_portal_certificates(self):
        self.ensure_one()
        return (
            self.env["art.certificate"]
            .sudo()
            .search(
                [
                    ("lot_id", "in", self.order_line.art_lot_id.ids),
                    ("state", "=", "valid"),
                ]
            )
        )
