# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import misc

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
    """Signed delivery, damage exception, live tracking, follow-up and
    feedback of art orders (stages delivered and closed)."""

    _inherit = "sale.order"

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

    @api.depends(
        "art_delivered_date",
        "art_feedback_date",
        "art_followup_ended",
        "art_damage_reported",
    )
    def _compute_art_stage(self):
        return super()._compute_art_stage()

    def _art_stage_from_documents(self):
        stage = super()._art_stage_from_documents()
        if stage == "in_transit" and self.art_delivered_date:
            if not self.art_damage_reported and (
                self.art_feedback_date or self.art_followup_ended
            ):
                return "closed"
            return "delivered"
        return stage

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
        """Render the delivery evidence PDF and attach it, locked."""
        self.ensure_one()
        report = self.env.ref("art_order_tracking.action_report_art_delivery_evidence")
        content, _report_type = (
            self.env["ir.actions.report"].sudo()._render_qweb_pdf(report, self.ids)
        )
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
        self.sudo().with_context(
            skip_validation_check=True
        ).art_evidence_attachment_id = attachment
        return attachment

    # ------------------------------------------------------------------
    # Stage changes: follow-up and feedback
    # ------------------------------------------------------------------

    def _art_on_stage_changed(self, previous):
        res = super()._art_on_stage_changed(previous)
        self.filtered(lambda o: o.art_stage == "delivered")._art_start_followup()
        self._art_notify_portal()
        return res

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
        ended.with_context(skip_validation_check=True).write(
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
