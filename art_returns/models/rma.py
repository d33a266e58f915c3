# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from datetime import timedelta

from psycopg2.errors import LockNotAvailable, SerializationFailure

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import SQL, float_compare, float_is_zero
from odoo.tools.mimetypes import guess_mimetype

from odoo.addons.art_order_tracking.models.product_template import (
    ART_CONFIDENTIAL_GROUPS,
)

_logger = logging.getLogger(__name__)

GROUP_SALES = "art_order_tracking.group_art_sales"
GROUP_FINANCE = "art_order_tracking.group_art_finance"
GROUP_WAREHOUSE = "art_order_tracking.group_art_warehouse"
GROUP_LOGISTICS = "art_order_tracking.group_art_logistics"
GROUP_EXPERT = "art_order_tracking.group_art_appraisal"
GROUP_AFTERSALES = "art_order_tracking.group_art_aftersales"
GROUP_MANAGER = "art_order_tracking.group_art_manager"

# Fields only Finance sets (the refund amount they confirm).
FINANCE_FIELDS = {"art_refund_amount", "art_deduction_reason"}
# Decisions and states of an art return: set by the action that checks the
# role (through sudo) or by their computes, never written directly by a user.
ART_GUARDED_FIELDS = {
    "art_is_art_rma",
    "art_acceptance",
    "art_refusal_reason",
    "art_override_reason",
    "art_override_user_id",
    "art_expert_required",
    "art_amount_paid",
    "art_refunded_amount",
    "art_refund_payment_id",
    "art_refund_transaction_id",
    "art_inspection_id",
    "art_inspection_result",
    "art_inspection_summary",
    "art_certificate_missing",
    "art_dispute_state",
    "art_dispute_outcome",
    "art_dispute_note",
    "art_dispute_appraisal_id",
    "art_resolution",
    "art_rejection_reason",
    "art_exchange_lot_id",
    "art_exchange_difference",
    "art_exchange_move_id",
    "art_customer_confirmed",
    "art_customer_rating",
    "art_customer_feedback",
    "art_accepted_date",
    "art_approved_date",
    "art_received_date",
    "art_inspected_date",
    "art_resolved_date",
}


class Rma(models.Model):
    """Art returns and exchanges on OCA RMA.

    An RMA is an *art RMA* when its product is an artwork; everything added
    here applies to art RMAs only, other RMAs stay plain OCA RMAs (the default
    tiers do not match them either).

    Flow of an art RMA, on top of OCA's states:
    draft (request) -> acceptance checked (window, rules, completeness) ->
    tier validation (customer service, finance, expert) -> confirmed (return
    authorised, reception created) -> received -> inspection -> refunded /
    replaced (exchange) / returned (rejection, shipped back).
    """

    _name = "rma"
    _inherit = ["rma", "tier.validation", "art.guard.mixin"]
    _art_guarded_fields = ART_GUARDED_FIELDS
    _state_from = ["draft"]
    _state_to = ["confirmed"]
    _cancel_state = "cancelled"
    _tier_validation_manual_config = False

    art_is_art_rma = fields.Boolean(
        string="Art Return",
        compute="_compute_art_is_art_rma",
        store=True,
        index=True,
        help="The returned product is an artwork: the art return rules apply.",
    )
    art_lot_id = fields.Many2one(
        "stock.lot",
        string="Work",
        compute="_compute_art_lot_id",
        store=True,
        readonly=False,
        index="btree_not_null",
        tracking=True,
        domain="[('product_id', '=', product_id)]",
        help="The physical work (serial number) returned.",
    )
    art_artist_id = fields.Many2one(
        related="art_lot_id.art_artist_id", string="Artist", store=True
    )
    art_category = fields.Selection(related="art_lot_id.art_category", store=True)
    art_salesperson_id = fields.Many2one(
        "res.users",
        related="order_id.user_id",
        string="Salesperson",
        store=True,
    )
    art_carrier_id = fields.Many2one(
        "delivery.carrier",
        related="picking_id.carrier_id",
        string="Delivery Carrier",
        store=True,
        help="Carrier that delivered the work to the customer.",
    )
    art_request_type = fields.Selection(
        [("return", "Return for Refund"), ("exchange", "Exchange")],
        string="Request",
        default="return",
        required=True,
        tracking=True,
    )
    art_reason_id = fields.Many2one(
        "art.return.reason", string="Reason", tracking=True, index="btree_not_null"
    )
    art_evidence_ids = fields.Many2many(
        "ir.attachment",
        "rma_art_evidence_rel",
        "rma_id",
        "attachment_id",
        string="Evidence",
        copy=False,
        help="Photos and videos the customer sent with the request. They are "
        "kept for the life of the return.",
    )
    art_delivery_date = fields.Datetime(
        string="Signed Delivery",
        compute="_compute_art_window",
        help="Start of the return window: the signed delivery, or the done "
        "date of the delivery transfer while the order has no signed delivery.",
    )
    art_return_deadline = fields.Date(
        string="Return Window Ends", compute="_compute_art_window"
    )
    art_acceptance = fields.Selection(
        [
            ("pending", "To Check"),
            ("accepted", "Accepted"),
            ("refused", "Refused"),
        ],
        string="Acceptance",
        default="pending",
        required=True,
        copy=False,
        tracking=True,
    )
    art_refusal_reason = fields.Text(readonly=True, copy=False)
    art_override_reason = fields.Text(
        string="Override Reason", readonly=True, copy=False
    )
    art_override_user_id = fields.Many2one(
        "res.users", string="Overridden By", readonly=True, copy=False
    )
    art_expert_required = fields.Boolean(
        string="Expert Approval Needed",
        readonly=True,
        copy=False,
        help="Set at acceptance: the work's value or category needs an "
        "Appraisal Expert's approval after a return appraisal.",
    )
    art_currency_id = fields.Many2one(
        "res.currency", string="Currency", compute="_compute_art_currency_id"
    )
    art_amount_paid = fields.Monetary(
        string="Paid for the Work",
        currency_field="art_currency_id",
        readonly=True,
        copy=False,
        help="What the customer paid for this work (taxes included), recorded "
        "at acceptance. No refund can exceed it.",
    )
    art_refund_amount = fields.Monetary(
        string="Refund Amount",
        currency_field="art_currency_id",
        copy=False,
        tracking=True,
        help="Confirmed by Finance in the approval.",
    )
    art_deduction_amount = fields.Monetary(
        string="Deduction",
        currency_field="art_currency_id",
        compute="_compute_art_deduction_amount",
        store=True,
    )
    art_deduction_reason = fields.Text(copy=False)
    art_refunded_amount = fields.Monetary(
        string="Refunded",
        currency_field="art_currency_id",
        readonly=True,
        copy=False,
    )
    art_refund_payment_id = fields.Many2one(
        "account.payment", string="Refund Payment", readonly=True, copy=False
    )
    art_refund_transaction_id = fields.Many2one(
        "payment.transaction",
        string="Refund Transaction",
        readonly=True,
        copy=False,
        help="The refund requested from the payment provider the customer paid"
        " with, when it supports refunds.",
    )
    # Return shipping
    art_shipping_payer = fields.Selection(
        [("company", "Company"), ("customer", "Customer")],
        string="Return Shipping Paid By",
        compute="_compute_art_shipping_payer",
        store=True,
        readonly=False,
    )
    art_return_picking_id = fields.Many2one(
        "stock.picking",
        string="Return Transfer",
        related="reception_move_id.picking_id",
    )
    art_return_carrier_id = fields.Many2one(
        "delivery.carrier",
        string="Return Carrier",
        related="reception_move_id.picking_id.carrier_id",
        readonly=False,
    )
    art_return_tracking_ref = fields.Char(
        string="Return Tracking Reference",
        related="reception_move_id.picking_id.carrier_tracking_ref",
        readonly=False,
    )
    # Inspection
    art_inspection_id = fields.Many2one(
        "art.condition.report",
        string="Return Inspection",
        readonly=True,
        copy=False,
    )
    art_inspection_result = fields.Selection(
        [("passed", "Passed"), ("failed", "Failed")],
        string="Inspection Result",
        readonly=True,
        copy=False,
        tracking=True,
    )
    art_inspection_summary = fields.Text(readonly=True, copy=False)
    art_certificate_missing = fields.Boolean(readonly=True, copy=False)
    # Dispute
    art_dispute_state = fields.Selection(
        [("none", "No Dispute"), ("open", "Open"), ("settled", "Settled")],
        string="Dispute",
        default="none",
        required=True,
        copy=False,
        tracking=True,
    )
    art_dispute_outcome = fields.Selection(
        [
            ("customer", "In the Customer's Favour"),
            ("company", "In the Gallery's Favour"),
        ],
        readonly=True,
        copy=False,
        tracking=True,
    )
    art_dispute_note = fields.Text(readonly=True, copy=False)
    art_dispute_appraisal_id = fields.Many2one(
        "art.appraisal",
        string="Third-party Appraisal",
        readonly=True,
        copy=False,
        groups=ART_CONFIDENTIAL_GROUPS,
    )
    # Resolution
    art_resolution = fields.Selection(
        [
            ("refund", "Full Refund"),
            ("partial_refund", "Partial Refund"),
            ("exchange", "Exchange"),
            ("rejected", "Rejected"),
        ],
        readonly=True,
        copy=False,
        tracking=True,
    )
    art_rejection_reason = fields.Text(readonly=True, copy=False)
    art_exchange_lot_id = fields.Many2one(
        "stock.lot", string="Exchanged For", readonly=True, copy=False
    )
    art_exchange_difference = fields.Monetary(
        string="Price Difference",
        currency_field="art_currency_id",
        readonly=True,
        copy=False,
        help="Positive: invoiced to the customer; negative: credited.",
    )
    art_exchange_move_id = fields.Many2one(
        "account.move", string="Difference Document", readonly=True, copy=False
    )
    art_claim_ids = fields.One2many(
        "art.insurance.claim", "rma_id", string="Insurance Claims"
    )
    art_claim_count = fields.Integer(
        string="Claim Count", compute="_compute_art_claim_count"
    )
    # Close
    art_customer_confirmed = fields.Boolean(
        string="Customer Confirmed", readonly=True, copy=False
    )
    art_customer_rating = fields.Selection(
        [
            ("1", "Poor"),
            ("2", "Fair"),
            ("3", "Good"),
            ("4", "Very Good"),
            ("5", "Excellent"),
        ],
        string="Handling Rating",
        readonly=True,
        copy=False,
    )
    art_customer_feedback = fields.Text(readonly=True, copy=False)
    # Measurement: when each step ended.
    art_accepted_date = fields.Datetime(readonly=True, copy=False)
    art_approved_date = fields.Datetime(readonly=True, copy=False)
    art_received_date = fields.Datetime(readonly=True, copy=False)
    art_inspected_date = fields.Datetime(readonly=True, copy=False)
    art_resolved_date = fields.Datetime(readonly=True, copy=False)
    art_days_acceptance = fields.Float(
        string="Days to Accept", compute="_compute_art_days", store=True
    )
    art_days_approval = fields.Float(
        string="Days to Approve", compute="_compute_art_days", store=True
    )
    art_days_return = fields.Float(
        string="Days in Return Shipping", compute="_compute_art_days", store=True
    )
    art_days_inspection = fields.Float(
        string="Days to Inspect", compute="_compute_art_days", store=True
    )
    art_days_resolution = fields.Float(
        string="Days to Resolve", compute="_compute_art_days", store=True
    )
    art_days_total = fields.Float(
        string="Days End to End", compute="_compute_art_days", store=True
    )
    art_recovered_amount = fields.Monetary(
        string="Recovered from Insurance",
        currency_field="art_currency_id",
        compute="_compute_art_recovered_amount",
        store=True,
    )

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------

    @api.depends("product_id.is_artwork")
    def _compute_art_is_art_rma(self):
        for rma in self:
            rma.art_is_art_rma = bool(rma.product_id.is_artwork)

    @api.depends("sale_line_id", "move_id")
    def _compute_art_lot_id(self):
        for rma in self:
            if rma.art_lot_id:
                continue
            lot = rma.sudo().sale_line_id.art_lot_id
            if not lot:
                lot = rma.sudo().move_id.move_line_ids.lot_id[:1]
            rma.art_lot_id = lot

    @api.depends("order_id.currency_id", "company_id")
    def _compute_art_currency_id(self):
        for rma in self:
            rma.art_currency_id = (
                rma.sudo().order_id.currency_id
                or rma.company_id.currency_id
                or self.env.company.currency_id
            )

    @api.depends("art_amount_paid", "art_refund_amount", "art_acceptance")
    def _compute_art_deduction_amount(self):
        for rma in self:
            rma.art_deduction_amount = (
                max(rma.art_amount_paid - rma.art_refund_amount, 0.0)
                if rma.art_acceptance == "accepted"
                else 0.0
            )

    @api.depends("art_reason_id.company_pays_shipping")
    def _compute_art_shipping_payer(self):
        for rma in self:
            if not rma.art_reason_id:
                rma.art_shipping_payer = rma.art_shipping_payer or False
                continue
            rma.art_shipping_payer = (
                "company" if rma.art_reason_id.company_pays_shipping else "customer"
            )

    @api.depends("art_lot_id", "picking_id", "order_id", "company_id", "date")
    def _compute_art_window(self):
        for rma in self:
            delivered = rma._art_delivery_datetime()
            rma.art_delivery_date = delivered
            if not delivered or not rma.art_lot_id:
                rma.art_return_deadline = False
                continue
            days = rma._art_window_days()
            rma.art_return_deadline = fields.Date.to_date(
                fields.Date.context_today(rma, delivered)
            ) + timedelta(days=days)

    def _compute_art_claim_count(self):
        for rma in self:
            rma.art_claim_count = len(rma.art_claim_ids)

    @api.depends("art_claim_ids.recovered_amount")
    def _compute_art_recovered_amount(self):
        for rma in self:
            rma.art_recovered_amount = sum(
                rma.sudo().art_claim_ids.mapped("recovered_amount")
            )

    @api.depends(
        "date",
        "art_accepted_date",
        "art_approved_date",
        "art_received_date",
        "art_inspected_date",
        "art_resolved_date",
    )
    def _compute_art_days(self):
        def days(start, end):
            if not start or not end:
                return 0.0
            return round((end - start).total_seconds() / 86400.0, 2)

        for rma in self:
            rma.art_days_acceptance = days(rma.date, rma.art_accepted_date)
            rma.art_days_approval = days(rma.art_accepted_date, rma.art_approved_date)
            rma.art_days_return = days(rma.art_approved_date, rma.art_received_date)
            rma.art_days_inspection = days(
                rma.art_received_date, rma.art_inspected_date
            )
            rma.art_days_resolution = days(
                rma.art_inspected_date, rma.art_resolved_date
            )
            rma.art_days_total = days(rma.date, rma.art_resolved_date)

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------

    @api.constrains("art_evidence_ids")
    def _check_art_evidence(self):
        for rma in self:
            company = rma.company_id or self.env.company
            limit_mb = company.art_return_evidence_max_mb or 20
            for attachment in rma.sudo().art_evidence_ids:
                raw = attachment.raw or b""
                mimetype = guess_mimetype(raw, default="") if raw else ""
                kind = mimetype.split("/", 1)[0]
                if (
                    kind not in ("image", "video")
                    or "svg" in mimetype
                    or "html" in mimetype
                ):
                    raise ValidationError(
                        self.env._(
                            "%(file)s is not a photo or a video: only image and"
                            " video files can be attached to a return request.",
                            file=attachment.name,
                        )
                    )
                if attachment.file_size > limit_mb * 1024 * 1024:
                    raise ValidationError(
                        self.env._(
                            "%(file)s is too large: evidence files are limited"
                            " to %(limit)s MB.",
                            file=attachment.name,
                            limit=limit_mb,
                        )
                    )

    @api.constrains("art_lot_id", "picking_id", "order_id", "state")
    def _check_art_one_return_per_delivery(self):
        for rma in self.filtered(lambda r: r.art_lot_id and r.state != "cancelled"):
            domain = [
                ("id", "!=", rma.id),
                ("art_lot_id", "=", rma.art_lot_id.id),
                ("state", "!=", "cancelled"),
            ]
            if rma.picking_id:
                domain.append(("picking_id", "=", rma.picking_id.id))
            elif rma.order_id:
                domain.append(("order_id", "=", rma.order_id.id))
            else:
                continue
            other = self.sudo().search(domain, limit=1)
            if other:
                raise ValidationError(
                    self.env._(
                        "Work %(work)s already has a return (%(other)s) for this"
                        " delivery: a work can be returned once per delivery.",
                        work=rma.art_lot_id.display_name,
                        other=other.name,
                    )
                )

    @api.constrains("art_refund_amount")
    def _check_art_refund_amount(self):
        for rma in self.filtered(lambda r: r.art_is_art_rma and not r.refund_id):
            rounding = rma.art_currency_id.rounding or 0.01
            if (
                float_compare(rma.art_refund_amount, 0.0, precision_rounding=rounding)
                < 0
            ):
                raise ValidationError(
                    self.env._("%s: a refund amount cannot be negative.", rma.name)
                )
            if (
                rma.art_acceptance == "accepted"
                and float_compare(
                    rma.art_refund_amount,
                    rma.art_amount_paid,
                    precision_rounding=rounding,
                )
                > 0
            ):
                raise ValidationError(
                    self.env._(
                        "%(rma)s: the refund (%(refund)s) cannot exceed what the"
                        " customer paid for the work (%(paid)s).",
                        rma=rma.name,
                        refund=rma.art_currency_id.format(rma.art_refund_amount),
                        paid=rma.art_currency_id.format(rma.art_amount_paid),
                    )
                )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        rmas = super().create(vals_list)
        rmas._art_link_evidence()
        return rmas

    def write(self, vals):
        if FINANCE_FIELDS & set(vals) and not self.env.su:
            self._art_check_finance_may_set_amount()
        if "art_evidence_ids" in vals and not self.env.su:
            self._art_check_evidence_kept(vals["art_evidence_ids"])
        res = super().write(vals)
        if "art_evidence_ids" in vals:
            self._art_link_evidence()
        return res

    def _art_link_evidence(self):
        """Attach the evidence files to their return, so that whoever may read
        the return may read its evidence (a file uploaded before the return
        was saved belongs to nobody but its uploader). Only files the current
        user uploaded and that belong to no other document are taken."""
        for rma in self:
            loose = rma.sudo().art_evidence_ids.filtered(
                lambda a: (
                    not a.res_id
                    and a.res_model in (False, "rma")
                    and (self.env.su or a.create_uid == self.env.user)
                )
            )
            if loose:
                # Only files nobody attached yet (checked above): a file of a
                # submitted return is locked, its first link is the server's.
                loose.sudo().write({"res_model": "rma", "res_id": rma.id})

    def _art_check_finance_may_set_amount(self):
        if not self.env.user.has_group(GROUP_FINANCE):
            raise AccessError(
                self.env._("Only Finance can set the refund amount of a return.")
            )
        for rma in self:
            if rma.refund_id or rma._art_finance_review().filtered(
                lambda r: r.status == "approved"
            ):
                raise UserError(
                    self.env._(
                        "%s: Finance already confirmed the refund amount; it can"
                        " no longer change.",
                        rma.name,
                    )
                )

    def _art_check_evidence_kept(self, commands):
        """Evidence is kept for the life of the return: once submitted,
        attachments can be added but never removed."""
        for command in commands:
            if command[0] in (
                fields.Command.UNLINK,
                fields.Command.DELETE,
                fields.Command.CLEAR,
                fields.Command.SET,
            ):
                submitted = self.filtered(
                    lambda r: (
                        r.art_is_art_rma
                        and (r.state != "draft" or r.art_acceptance != "pending")
                    )
                )
                if not submitted:
                    continue
                kept = submitted.art_evidence_ids
                if command[0] == fields.Command.SET:
                    removed = kept.ids and set(kept.ids) - set(command[2])
                else:
                    removed = command[0] == fields.Command.CLEAR or (
                        command[1] in kept.ids
                    )
                if removed:
                    raise UserError(
                        self.env._(
                            "The evidence of a submitted return is kept for the"
                            " life of the return: it cannot be removed."
                        )
                    )

    # ------------------------------------------------------------------
    # Window and rules
    # ------------------------------------------------------------------

    def _art_delivery_datetime(self):
        """Start of the return window.

        The signed delivery date of the order (``sale.order.art_delivered_date``)
        when the order model has it, else the done date of the transfer that
        delivered the work to the customer.
        """
        self.ensure_one()
        order = self.sudo().order_id
        if order and "art_delivered_date" in order._fields and order.art_delivered_date:
            return order.art_delivered_date
        picking = self.sudo().picking_id
        if not picking and order and self.art_lot_id:
            picking = order.picking_ids.filtered(
                lambda p: (
                    p.state == "done"
                    and p.location_dest_id.usage == "customer"
                    and self.art_lot_id in p.move_line_ids.lot_id
                )
            ).sorted("date_done", reverse=True)[:1]
        return picking.date_done if picking.state == "done" else False

    def _art_rule(self):
        self.ensure_one()
        if not self.art_lot_id:
            return self.env["art.return.rule"]
        return (
            self.env["art.return.rule"]
            .sudo()
            ._rule_for(self.art_lot_id, self.company_id or self.env.company)
        )

    def _art_window_days(self):
        self.ensure_one()
        rule = self._art_rule()
        company = self.company_id or self.env.company
        return rule.window_days or company.art_return_window_days

    def _art_missing_items(self):
        """What the request still lacks (completeness check)."""
        self.ensure_one()
        missing = []
        if not self.partner_id:
            missing.append(self.env._("the customer"))
        if not self.order_id:
            missing.append(self.env._("the sales order"))
        if not self.art_lot_id:
            missing.append(self.env._("the work (serial number)"))
        if not self.art_reason_id:
            missing.append(self.env._("the reason"))
        if self.art_reason_id.evidence_required and not self.art_evidence_ids:
            missing.append(
                self.env._(
                    "photos or a video of the problem (%s)", self.art_reason_id.name
                )
            )
        return missing

    def _art_refusal_reasons(self):
        """Why the request is refused by the return policy (empty: accepted)."""
        self.ensure_one()
        reasons = []
        lot = self.art_lot_id
        order = self.sudo().order_id
        delivered_lots = order.picking_ids.filtered(
            lambda p: p.state == "done" and p.location_dest_id.usage == "customer"
        ).move_line_ids.lot_id
        if lot not in delivered_lots:
            reasons.append(
                self.env._(
                    "Work %(work)s was not delivered on order %(order)s.",
                    work=lot.display_name,
                    order=order.name,
                )
            )
            return reasons
        deadline = self.art_return_deadline
        today = fields.Date.context_today(self, self.date)
        if deadline and today > deadline:
            reasons.append(
                self.env._(
                    "The return window ended on %(deadline)s (%(days)s days after"
                    " the signed delivery).",
                    deadline=deadline,
                    days=self._art_window_days(),
                )
            )
        rule = self._art_rule()
        if rule.reason_ids and self.art_reason_id not in rule.reason_ids:
            reasons.append(
                self.env._(
                    "%(rule)s: only %(reasons)s can be returned.",
                    rule=rule.name,
                    reasons=", ".join(rule.reason_ids.mapped("name")),
                )
            )
        return reasons

    def _art_paid_for_work(self):
        """What the customer paid for this work, taxes included: the order
        line's total, capped by what was actually paid on the order."""
        self.ensure_one()
        line = self.sudo()._get_sale_line()
        order = line.order_id
        if not line:
            return 0.0
        return max(min(line.price_total, order.art_amount_paid), 0.0)

    def _art_needs_expert(self):
        self.ensure_one()
        template = self.art_lot_id.product_id.product_tmpl_id
        company = self.company_id or self.env.company
        threshold = company.art_appraisal_threshold
        return bool(
            template.art_appraisal_required
            or self._art_rule().expert_required
            or (threshold and self.art_amount_paid >= threshold)
        )

    # ------------------------------------------------------------------
    # Acceptance
    # ------------------------------------------------------------------

    def _art_check_draft_request(self):
        for rma in self:
            if not rma.art_is_art_rma:
                raise UserError(
                    self.env._("%s is not the return of an artwork.", rma.name)
                )
            if rma.state != "draft":
                raise UserError(
                    self.env._(
                        "%s is no longer a request: it was already decided.",
                        rma.name,
                    )
                )

    def action_art_accept(self):
        """Customer service checks the request: complete, inside the window,
        allowed by the category rules. Accepted requests go to approval;
        refused ones are recorded with the reason and the customer is told."""
        user = self.env.user
        if not (
            self.env.su
            or user.has_group(GROUP_AFTERSALES)
            or user.has_group(GROUP_SALES)
        ):
            raise AccessError(
                self.env._("Only customer service accepts return requests.")
            )
        self._art_check_draft_request()
        for rma in self:
            if rma.art_acceptance == "accepted":
                raise UserError(self.env._("%s was already accepted.", rma.name))
            missing = rma._art_missing_items()
            if missing:
                raise UserError(
                    self.env._(
                        "%(rma)s is incomplete, it still needs: %(missing)s.",
                        rma=rma.name,
                        missing="; ".join(missing),
                    )
                )
            reasons = rma._art_refusal_reasons()
            if reasons:
                rma._art_refuse("\n".join(reasons))
            else:
                rma._art_accept()
        return True

    def _art_refuse(self, reason):
        self.ensure_one()
        self.sudo().with_context(skip_validation_check=True).write(
            {"art_acceptance": "refused", "art_refusal_reason": reason}
        )
        self._art_notify_customer("refused")

    def _art_accept(self):
        self.ensure_one()
        paid = self._art_paid_for_work()
        self.sudo().with_context(skip_validation_check=True).write(
            {
                "art_acceptance": "accepted",
                "art_accepted_date": fields.Datetime.now(),
                "art_amount_paid": paid,
                "art_refund_amount": paid,
                "art_refusal_reason": False,
            }
        )
        self.sudo().with_context(
            skip_validation_check=True
        ).art_expert_required = self._art_needs_expert()
        self._add_message_subscribe_partner()
        self._art_notify_customer("accepted")
        self.request_validation()
        if not self.review_ids:
            # No tier applies (tiers switched off): the return is authorised.
            self.sudo()._art_confirm_after_approval()

    def action_art_override(self, reason):
        """A Manager accepts a refused request, with a reason."""
        if not self.env.user.has_group(GROUP_MANAGER):
            raise AccessError(
                self.env._("Only a Manager can override a refused return request.")
            )
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason for the override."))
        self._art_check_draft_request()
        for rma in self:
            if rma.art_acceptance != "refused":
                raise UserError(
                    self.env._(
                        "%s was not refused: there is nothing to override.", rma.name
                    )
                )
            missing = rma._art_missing_items()
            if missing:
                raise UserError(
                    self.env._(
                        "%(rma)s is incomplete, it still needs: %(missing)s.",
                        rma=rma.name,
                        missing="; ".join(missing),
                    )
                )
            rma.sudo().with_context(skip_validation_check=True).write(
                {
                    "art_override_reason": reason.strip(),
                    "art_override_user_id": self.env.uid,
                }
            )
            rma.message_post(
                body=self.env._(
                    "Refusal overridden by %(user)s: %(reason)s",
                    user=self.env.user.name,
                    reason=reason.strip(),
                )
            )
            rma._art_accept()
        return True

    def action_confirm(self):
        for rma in self.filtered(lambda r: r.art_is_art_rma and r.state == "draft"):
            if rma.art_acceptance != "accepted":
                raise UserError(
                    self.env._(
                        "%s: accept the return request (window, rules,"
                        " completeness) before authorising the return.",
                        rma.name,
                    )
                )
        rmas = self
        if self and all(r.validation_status == "validated" for r in self):
            # OCA writes the procurement group before the state: once every
            # tier approved, that write is part of the approved confirmation.
            rmas = self.with_context(skip_validation_check=True)
        return super(Rma, rmas).action_confirm()

    # ------------------------------------------------------------------
    # Approval (tier validation)
    # ------------------------------------------------------------------

    def _art_finance_review(self):
        self.ensure_one()
        return self.review_ids.filtered(
            lambda r: (
                r.definition_id.reviewer_group_id
                == self.env.ref(GROUP_FINANCE, raise_if_not_found=False)
            )
        )

    def _art_return_appraisal(self):
        self.ensure_one()
        since = fields.Date.context_today(self, self.date)
        return (
            self.env["art.appraisal"]
            .sudo()
            .search(
                [
                    ("lot_id", "=", self.art_lot_id.id),
                    ("purpose", "=", "return"),
                    ("state", "=", "done"),
                    ("date", ">=", since),
                ],
                limit=1,
            )
        )

    def _art_reviews_user_approves(self, tiers=False):
        """The reviews ``_validate_tier`` would approve for the current user."""
        reviews = tiers or self.review_ids
        approving = self.env["tier.review"]
        pending = reviews.filtered(lambda r: r.status in ("waiting", "pending")).sorted(
            "sequence"
        )
        for review in pending:
            if self.env.user in review.reviewer_ids:
                approving |= review
            elif review.approve_sequence:
                break
        return approving

    def _validate_tier(self, tiers=False):
        if not self.art_is_art_rma:
            return super()._validate_tier(tiers=tiers)
        approving = self._art_reviews_user_approves(tiers)
        if (
            approving.filtered("definition_id.art_requires_return_appraisal")
            and not self._art_return_appraisal()
        ):
            raise UserError(
                self.env._(
                    "%(rma)s: the expert approval needs a done appraisal with"
                    " purpose Return on work %(work)s, made since the request.",
                    rma=self.name,
                    work=self.art_lot_id.display_name,
                )
            )
        if approving & self._art_finance_review():
            self._art_check_amount_confirmable()
        res = super()._validate_tier(tiers=tiers)
        if approving.filtered(lambda r: r.status == "approved"):
            self._art_notify_customer("review")
        if self.validation_status == "validated" and self.state == "draft":
            self.sudo()._art_confirm_after_approval()
        return res

    def _art_check_amount_confirmable(self):
        self.ensure_one()
        rounding = self.art_currency_id.rounding or 0.01
        if (
            float_compare(
                self.art_refund_amount,
                self.art_amount_paid,
                precision_rounding=rounding,
            )
            > 0
        ):
            raise ValidationError(
                self.env._(
                    "%(rma)s: the refund (%(refund)s) cannot exceed what the"
                    " customer paid for the work (%(paid)s).",
                    rma=self.name,
                    refund=self.art_currency_id.format(self.art_refund_amount),
                    paid=self.art_currency_id.format(self.art_amount_paid),
                )
            )
        if (
            self.art_request_type == "return"
            and not float_is_zero(
                self.art_deduction_amount, precision_rounding=rounding
            )
            and not (self.art_deduction_reason or "").strip()
        ):
            raise UserError(
                self.env._(
                    "%(rma)s: the refund is %(deduction)s less than what was"
                    " paid; give the reason for the deduction.",
                    rma=self.name,
                    deduction=self.art_currency_id.format(self.art_deduction_amount),
                )
            )

    def _rejected_tier(self, tiers=False):
        res = super()._rejected_tier(tiers=tiers)
        if self.art_is_art_rma:
            self._art_notify_customer("not_approved")
        return res

    def _art_confirm_after_approval(self):
        """Every tier approved: authorise the return (OCA confirmation creates
        the reception) and send the return instructions."""
        for rma in self:
            rma.sudo().with_context(
                skip_validation_check=True
            ).art_approved_date = fields.Datetime.now()
            rma.action_confirm()
            rma._art_notify_customer("authorised")

    # ------------------------------------------------------------------
    # Reception and inspection
    # ------------------------------------------------------------------

    def _prepare_reception_procurement_vals(self, group=None):
        vals = super()._prepare_reception_procurement_vals(group=group)
        if self.art_lot_id:
            vals["restrict_lot_id"] = self.art_lot_id.id
        return vals

    def update_received_state_on_reception(self):
        res = super().update_received_state_on_reception()
        art = self.filtered("art_is_art_rma")
        if art:
            art.sudo().with_context(skip_validation_check=True).write(
                {"art_received_date": fields.Datetime.now()}
            )
            inspect_type = self.env.ref("mail.mail_activity_data_todo")
            warehouse_group = self.env.ref(GROUP_WAREHOUSE)
            for rma in art:
                rma._art_notify_customer("received")
                user = rma.user_id or warehouse_group.users[:1]
                if user:
                    rma.activity_schedule(
                        act_type_xmlid=inspect_type.get_external_id()[inspect_type.id],
                        summary=self.env._("Inspect the returned work"),
                        user_id=user.id,
                    )
        return res

    def _art_reference_reports(self):
        """The work's packing and arrival reports of the delivery."""
        self.ensure_one()
        reports = (
            self.env["art.condition.report"]
            .sudo()
            .search(
                [
                    ("lot_id", "=", self.art_lot_id.id),
                    ("context", "in", ("packing", "arrival")),
                ],
                order="date desc, id desc",
            )
        )
        packing = reports.filtered(lambda r: r.context == "packing")[:1]
        arrival = reports.filtered(lambda r: r.context == "arrival")[:1]
        return packing, arrival

    def _art_check_can_inspect(self):
        self.ensure_one()
        user = self.env.user
        if not (
            user.has_group(GROUP_WAREHOUSE)
            or user.has_group(GROUP_EXPERT)
            or user.has_group(GROUP_MANAGER)
        ):
            raise AccessError(
                self.env._("Only the warehouse or an expert inspects returned works.")
            )
        if not self.art_is_art_rma or self.state != "received":
            raise UserError(
                self.env._(
                    "%s: a work is inspected once it has been received.", self.name
                )
            )
        if self.art_inspection_id:
            raise UserError(self.env._("%s was already inspected.", self.name))

    def _art_record_inspection(self, report, result, summary, certificate_missing):
        """Link the return-inspection report and act on its result."""
        self.ensure_one()
        self.sudo().with_context(skip_validation_check=True).write(
            {
                "art_inspection_id": report.id,
                "art_inspection_result": result,
                "art_inspection_summary": summary,
                "art_certificate_missing": certificate_missing,
                "art_inspected_date": fields.Datetime.now(),
            }
        )
        if result == "failed":
            self.sudo().with_context(
                skip_validation_check=True
            ).art_dispute_state = "open"
            self._art_notify_customer("inspection_failed")
            manager = self.env.ref(GROUP_MANAGER).users.filtered(
                lambda u: not u._is_superuser() and u.active
            )[:1]
            if manager:
                self.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=self.env._("Return inspection failed: settle the dispute"),
                    user_id=manager.id,
                )
        else:
            self._art_notify_customer("inspection_passed")
            if self.art_reason_id.is_transit_damage:
                self._art_open_insurance_claim()

    def _art_open_insurance_claim(self):
        self.ensure_one()
        lot = self.art_lot_id.sudo()
        declared = lot.art_insured_value or self.art_amount_paid
        return (
            self.env["art.insurance.claim"]
            .sudo()
            .create(
                {
                    "rma_id": self.id,
                    "carrier_id": self.art_carrier_id.id,
                    "declared_value": declared,
                    "claimed_amount": self.art_refund_amount or self.art_amount_paid,
                    "currency_id": self.art_currency_id.id,
                    "company_id": (self.company_id or self.env.company).id,
                }
            )
        )

    # ------------------------------------------------------------------
    # Disputes
    # ------------------------------------------------------------------

    def action_art_settle_dispute(self, outcome, note):
        """A Manager settles the dispute after a third-party appraisal."""
        self.ensure_one()
        if not self.env.user.has_group(GROUP_MANAGER):
            raise AccessError(self.env._("Only a Manager settles return disputes."))
        if self.art_dispute_state != "open":
            raise UserError(self.env._("%s has no open dispute.", self.name))
        if outcome not in ("customer", "company"):
            raise UserError(
                self.env._("Choose in whose favour the dispute is settled.")
            )
        if not (note or "").strip():
            raise UserError(self.env._("Record the outcome of the dispute."))
        appraisal = (
            self.env["art.appraisal"]
            .sudo()
            .search(
                [
                    ("lot_id", "=", self.art_lot_id.id),
                    ("purpose", "=", "dispute"),
                    ("state", "=", "done"),
                    ("appraiser_partner_id", "!=", False),
                ],
                order="date desc, id desc",
                limit=1,
            )
        )
        if not appraisal:
            raise UserError(
                self.env._(
                    "%(rma)s: a dispute is settled on a done third-party appraisal"
                    " (purpose Dispute, external appraiser) of work %(work)s.",
                    rma=self.name,
                    work=self.art_lot_id.display_name,
                )
            )
        self.sudo().with_context(skip_validation_check=True).write(
            {
                "art_dispute_state": "settled",
                "art_dispute_outcome": outcome,
                "art_dispute_note": note.strip(),
                "art_dispute_appraisal_id": appraisal.id,
            }
        )
        self._art_notify_customer("dispute_settled")
        if outcome == "company":
            self._art_reject(note.strip())
        return True

    # ------------------------------------------------------------------
    # Resolution
    # ------------------------------------------------------------------

    def _art_check_can_resolve(self):
        self.ensure_one()
        if not self.art_is_art_rma:
            raise UserError(
                self.env._("%s is not the return of an artwork.", self.name)
            )
        if self.state != "received":
            raise UserError(
                self.env._(
                    "%s: the work must be received and inspected first.", self.name
                )
            )
        if self.validation_status != "validated":
            raise UserError(self.env._("%s is not approved.", self.name))
        cleared = self.art_inspection_result == "passed" or (
            self.art_dispute_state == "settled"
            and self.art_dispute_outcome == "customer"
        )
        if not cleared:
            raise UserError(
                self.env._(
                    "%s: the inspection did not pass and no dispute was settled in"
                    " the customer's favour.",
                    self.name,
                )
            )

    def _art_lock(self):
        """Row lock so that two users resolving the same return at once
        produce one credit note and one refund."""
        try:
            with self.env.cr.savepoint(flush=False):
                # A refused lock is expected here: not a "bad query" to log.
                self.env.cr.execute(
                    SQL(
                        "SELECT id FROM rma WHERE id IN %s FOR UPDATE NOWAIT",
                        tuple(self.ids),
                    ),
                    log_exceptions=False,
                )
        except (LockNotAvailable, SerializationFailure) as error:
            # Locked by a user resolving it now, or changed by one since this
            # transaction began: either way this user must start again.
            raise UserError(
                self.env._(
                    "Another user is resolving this return right now; try again"
                    " in a moment."
                )
            ) from error
        self.invalidate_recordset()

    def action_art_refund(self):
        """Finance refunds the work: credit note through OCA RMA, then the
        money back through the original channel (see ``_art_pay_back``)."""
        self.ensure_one()
        if not self.env.user.has_group(GROUP_FINANCE):
            raise AccessError(self.env._("Only Finance refunds returns."))
        self._art_lock()
        if self.refund_id:
            raise UserError(self.env._("%s is already refunded.", self.name))
        self._art_check_can_resolve()
        if self.art_request_type != "return":
            raise UserError(
                self.env._("%s is an exchange: use Exchange, not Refund.", self.name)
            )
        self._art_check_amount_confirmable()
        if float_is_zero(
            self.art_refund_amount,
            precision_rounding=self.art_currency_id.rounding or 0.01,
        ):
            raise UserError(self.env._("%s: there is nothing to refund.", self.name))
        self.with_context(art_refunding=True).action_refund()
        refund = self.refund_id
        if not refund:
            raise UserError(self.env._("%s could not be refunded.", self.name))
        refund.sudo().action_post()
        full = not float_compare(
            self.art_refund_amount,
            self.art_amount_paid,
            precision_rounding=self.art_currency_id.rounding or 0.01,
        )
        system = self.sudo().with_context(skip_validation_check=True)
        system.write(
            {
                "art_refunded_amount": refund.amount_total,
                "art_resolution": "refund" if full else "partial_refund",
                "art_resolved_date": fields.Datetime.now(),
            }
        )
        self._art_work_back()
        # The money goes out last: a provider refund cannot be rolled back.
        payment, transaction = self._art_pay_back(refund)
        system.write(
            {
                "art_refund_payment_id": payment.id,
                "art_refund_transaction_id": transaction.id,
            }
        )
        self._art_notify_customer("refunded")
        return True

    def action_refund(self):
        for rma in self.filtered("art_is_art_rma"):
            if not self.env.context.get("art_refunding"):
                raise UserError(
                    self.env._(
                        "%s returns an artwork: Finance refunds it with Refund"
                        " Work, which checks the approval, the inspection and"
                        " the amount.",
                        rma.name,
                    )
                )
        return super().action_refund()

    def _prepare_refund_line_vals(self):
        vals = super()._prepare_refund_line_vals()
        if self.art_is_art_rma:
            line = self.sudo()._get_sale_line()
            if line.price_total:
                ratio = self.art_refund_amount / line.price_total
                vals["price_unit"] = vals.get("price_unit", line.price_unit) * ratio
        return vals

    def _art_original_invoices(self):
        self.ensure_one()
        return (
            self.sudo()
            ._get_sale_line()
            .invoice_lines.move_id.filtered(
                lambda m: m.move_type == "out_invoice" and m.state == "posted"
            )
        )

    def _art_original_transaction(self):
        """The done online payment (payment.transaction) that paid the
        invoice of the work, if the customer paid online."""
        self.ensure_one()
        invoices = self._art_original_invoices()
        transactions = (
            invoices._get_reconciled_payments().payment_transaction_id
            | invoices.transaction_ids
        )
        return transactions.filtered(
            lambda t: t.state == "done" and t.operation != "refund" and t.payment_id
        ).sorted("amount", reverse=True)[:1]

    @api.model
    def _art_refund_support(self, transaction):
        """How the provider and payment method of ``transaction`` refund:
        'none', 'full_only' or 'partial' (as Odoo's payment refund wizard)."""
        method = (
            transaction.payment_method_id.primary_payment_method_id
            or transaction.payment_method_id
        )
        supports = {transaction.provider_id.support_refund, method.support_refund}
        if not transaction or supports & {"none", False, None}:
            return "none"
        if "full_only" in supports:
            return "full_only"
        return "partial"

    def _art_provider_can_refund(self, transaction, amount):
        """The provider refunds ``amount`` on ``transaction``: never more than
        what is left of what that transaction paid, and a part of it only if
        the provider refunds partially."""
        if not transaction:
            return False
        support = self._art_refund_support(transaction)
        if support == "none":
            return False
        source = transaction.payment_id
        source.invalidate_recordset(["amount_available_for_refund"])
        available = source.amount_available_for_refund
        rounding = transaction.currency_id.rounding or 0.01
        if float_compare(amount, available, precision_rounding=rounding) > 0:
            return False
        if support == "full_only":
            return not float_compare(
                amount, transaction.amount, precision_rounding=rounding
            ) and not float_compare(
                available, transaction.amount, precision_rounding=rounding
            )
        return True

    def _art_pay_back(self, refund):
        """Give the money of the credit note ``refund`` back through the
        original channel: the payment provider's refund when the customer paid
        online with a provider that refunds this amount, otherwise an outgoing
        payment on the journal (and payment method) of the original payment,
        reconciled with the credit note.

        Returns ``(payment, transaction)``: the refund payment (empty while a
        provider refund is not confirmed yet) and the provider refund
        transaction (empty for a refund payment)."""
        self.ensure_one()
        transaction = self._art_original_transaction().sudo()
        if refund.currency_id == transaction.currency_id and (
            self._art_provider_can_refund(transaction, refund.amount_total)
        ):
            return self._art_refund_through_provider(refund, transaction)
        return self._art_refund_payment(refund), self.env["payment.transaction"]

    def _art_refund_through_provider(self, refund, transaction):
        """Odoo's provider refund (what payment.transaction.action_refund
        does, after the Finance check of action_art_refund); the refund
        transaction pays the credit note once the provider confirms it."""
        self.ensure_one()
        refund_tx = transaction._send_refund_request(
            amount_to_refund=refund.amount_total
        )
        refund_tx.invoice_ids = [fields.Command.set(refund.ids)]
        if refund_tx.state == "done" and not refund_tx.is_post_processed:
            # Confirmed at once: create the refund payment now (the payment
            # post-processing cron would do it later), reconciled with the
            # credit note.
            refund_tx._post_process()
        return refund_tx.payment_id, refund_tx

    def _art_refund_payment(self, refund):
        """An outgoing payment of the credit note, on the journal and with
        the payment method the customer paid with."""
        self.ensure_one()
        original = self._art_original_invoices()._get_reconciled_payments()[:1]
        values = {}
        journal = original.journal_id
        if journal:
            values["journal_id"] = journal.id
            method = original.payment_method_line_id.payment_method_id
            lines = journal.outbound_payment_method_line_ids
            line = (
                lines.filtered(lambda line: line.payment_method_id.code == method.code)
                or lines
            )[:1]
            if line:
                values["payment_method_line_id"] = line.id
        register = (
            self.env["account.payment.register"]
            .sudo()
            .with_context(active_model="account.move", active_ids=refund.ids)
            .create(values)
        )
        return register._create_payments()

    def _art_work_back(self):
        """The work is the gallery's again: provenance reversal, certificate
        reissued when it did not come back, serial back in stock."""
        self.ensure_one()
        lot = self.art_lot_id.sudo()
        company = self.company_id or self.env.company
        today = fields.Date.context_today(self)
        Provenance = self.env["art.provenance"].sudo()
        chain = lot.art_provenance_ids
        for line in chain.filtered(lambda line: not line.date_to):
            # The sale may have been dated in a time zone already a day ahead.
            line.date_to = max(today, line.date_from or today)
        Provenance.create(
            {
                "lot_id": lot.id,
                "sequence": (max(chain.mapped("sequence")) + 1) if chain else 10,
                "partner_id": company.partner_id.id,
                "date_from": today,
                "acquisition_method": "purchase",
                "note": self.env._("Returned by the customer under %s.", self.name),
                "sale_order_id": self.sudo().order_id.id,
            }
        )
        valid = lot.art_certificate_ids.filtered(lambda c: c.state == "valid")
        if self.art_certificate_missing and valid:
            valid.sudo().action_reissue()
        self._art_move_back_to_stock()

    def _art_move_back_to_stock(self):
        """Move the work from the RMA location back to the warehouse stock."""
        self.ensure_one()
        warehouse = self.warehouse_id.sudo()
        lot = self.art_lot_id
        source = self.location_id
        if not warehouse or not source or source == warehouse.lot_stock_id:
            return
        quant = (
            self.env["stock.quant"]
            .sudo()
            .search(
                [
                    ("lot_id", "=", lot.id),
                    ("location_id", "child_of", source.id),
                    ("quantity", ">", 0),
                ],
                limit=1,
            )
        )
        if not quant:
            return
        move = (
            self.env["stock.move"]
            .sudo()
            .create(
                {
                    "name": self.env._("%s: back to stock", self.name),
                    "product_id": lot.product_id.id,
                    "product_uom": lot.product_id.uom_id.id,
                    "product_uom_qty": 1.0,
                    "location_id": quant.location_id.id,
                    "location_dest_id": warehouse.lot_stock_id.id,
                    "company_id": warehouse.company_id.id,
                    "origin": self.name,
                    "restrict_lot_id": lot.id,
                }
            )
        )
        move._action_confirm()
        move._action_assign()
        if not move.move_line_ids:
            move.move_line_ids = [
                fields.Command.create(
                    {
                        "product_id": lot.product_id.id,
                        "lot_id": lot.id,
                        "quantity": 1.0,
                        "location_id": quant.location_id.id,
                        "location_dest_id": warehouse.lot_stock_id.id,
                    }
                )
            ]
        move.picked = True
        move._action_done()

    def action_art_exchange(self, new_lot):
        """Exchange the returned work for another one: ship the new work and
        invoice or credit the price difference in the same step."""
        self.ensure_one()
        user = self.env.user
        if not (user.has_group(GROUP_SALES) or user.has_group(GROUP_FINANCE)):
            raise AccessError(self.env._("Only Sales or Finance arrange exchanges."))
        self._art_lock()
        if self.art_exchange_lot_id:
            raise UserError(self.env._("%s was already exchanged.", self.name))
        self._art_check_can_resolve()
        if self.art_request_type != "exchange":
            raise UserError(
                self.env._("%s asks for a refund, not an exchange.", self.name)
            )
        new_lot = new_lot.sudo()
        if not new_lot.product_id.is_artwork or new_lot == self.art_lot_id:
            raise UserError(self.env._("Choose another artwork to exchange for."))
        warehouse = self.warehouse_id
        available = (
            self.env["stock.quant"]
            .sudo()
            ._get_available_quantity(
                new_lot.product_id, warehouse.lot_stock_id, lot_id=new_lot, strict=False
            )
        )
        if available < 1:
            raise UserError(
                self.env._(
                    "Work %s is not available in stock for an exchange.",
                    new_lot.display_name,
                )
            )
        line = self.sudo()._get_sale_line()
        old_untaxed = line.price_subtotal
        new_untaxed = new_lot.product_id.with_company(self.company_id).lst_price
        difference = self.art_currency_id.round(new_untaxed - old_untaxed)
        self.with_context(
            art_exchanging=True, art_exchange_lot_id=new_lot.id
        ).sudo().create_replace(
            fields.Datetime.now(),
            warehouse,
            new_lot.product_id,
            1.0,
            new_lot.product_id.uom_id,
        )
        move = self.env["account.move"]
        if not float_is_zero(
            difference, precision_rounding=self.art_currency_id.rounding
        ):
            move = self._art_invoice_difference(new_lot, difference)
        self.sudo().with_context(skip_validation_check=True).write(
            {
                "art_exchange_lot_id": new_lot.id,
                "art_exchange_difference": difference,
                "art_exchange_move_id": move.id,
                "art_resolution": "exchange",
                "art_resolved_date": fields.Datetime.now(),
            }
        )
        self._art_work_back()
        self._art_notify_customer("exchange")
        return True

    def _art_invoice_difference(self, new_lot, difference):
        self.ensure_one()
        order = self.sudo().order_id
        product = new_lot.product_id
        move = (
            self.env["account.move"]
            .sudo()
            .create(
                {
                    "move_type": "out_invoice" if difference > 0 else "out_refund",
                    "partner_id": self.partner_invoice_id.id,
                    "currency_id": self.art_currency_id.id,
                    "invoice_origin": self.name,
                    "invoice_user_id": order.user_id.id,
                    "fiscal_position_id": order.fiscal_position_id.id,
                    "invoice_line_ids": [
                        fields.Command.create(
                            {
                                "product_id": product.id,
                                "name": self.env._(
                                    "Price difference: exchange of %(old)s for %(new)s",
                                    old=self.art_lot_id.display_name,
                                    new=new_lot.display_name,
                                ),
                                "quantity": 1.0,
                                "price_unit": abs(difference),
                            }
                        )
                    ],
                }
            )
        )
        move.action_post()
        return move

    def _prepare_replace_procurement_vals(self, warehouse=None, scheduled_date=None):
        vals = super()._prepare_replace_procurement_vals(
            warehouse=warehouse, scheduled_date=scheduled_date
        )
        lot_id = self.env.context.get("art_exchange_lot_id")
        if lot_id:
            vals["restrict_lot_id"] = lot_id
        return vals

    def create_replace(self, scheduled_date, warehouse, product, qty, uom):
        if self.filtered("art_is_art_rma") and not self.env.context.get(
            "art_exchanging"
        ):
            raise UserError(
                self.env._(
                    "Artworks are exchanged with Exchange Work, which ships the"
                    " new work and settles the price difference."
                )
            )
        return super().create_replace(scheduled_date, warehouse, product, qty, uom)

    def create_return(self, scheduled_date, qty=None, uom=None):
        if self.filtered("art_is_art_rma") and not self.env.context.get(
            "art_rejecting"
        ):
            raise UserError(
                self.env._(
                    "A returned artwork is shipped back to the customer only when"
                    " the return is rejected (Reject, with the reason)."
                )
            )
        return super().create_return(scheduled_date, qty=qty, uom=uom)

    def action_art_reject(self, reason):
        """Reject the return, with the reason: a request is cancelled; a
        received work is shipped back to the customer."""
        user = self.env.user
        if not (
            user.has_group(GROUP_AFTERSALES)
            or user.has_group(GROUP_SALES)
            or user.has_group(GROUP_MANAGER)
        ):
            raise AccessError(
                self.env._("Only customer service or a Manager reject returns.")
            )
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason for rejecting the return."))
        for rma in self:
            rma._art_reject(reason.strip())
        return True

    def _art_reject(self, reason):
        self.ensure_one()
        if not self.art_is_art_rma:
            raise UserError(
                self.env._("%s is not the return of an artwork.", self.name)
            )
        if self.art_resolution:
            raise UserError(self.env._("%s is already resolved.", self.name))
        if self.state not in ("draft", "received"):
            raise UserError(
                self.env._(
                    "%s: a return is rejected as a request, or once the work is"
                    " received and inspected.",
                    self.name,
                )
            )
        self._art_lock()
        self.sudo().with_context(skip_validation_check=True).write(
            {
                "art_resolution": "rejected",
                "art_rejection_reason": reason,
                "art_resolved_date": fields.Datetime.now(),
            }
        )
        if self.state == "draft":
            self.sudo().action_cancel()
        else:
            self.sudo().with_context(art_rejecting=True).create_return(
                fields.Datetime.now(), self.product_uom_qty, self.product_uom
            )
        self._art_notify_customer("rejected")

    def update_replaced_state(self):
        waiting = self.filtered(
            lambda r: (
                r.art_is_art_rma
                and r.state == "waiting_replacement"
                and r.art_exchange_lot_id
            )
        )
        res = super().update_replaced_state()
        shipped = waiting.filtered(
            lambda r: (
                r.state == "replaced"
                and r.delivery_move_ids.filtered(lambda m: m.state == "done")
            )
        )
        for rma in shipped:
            lot = rma.art_exchange_lot_id.sudo()
            customer = rma.partner_id.commercial_partner_id
            self.env["art.provenance"]._art_record_sale(
                lot, customer, fields.Date.context_today(rma)
            )
            lot.art_recipient_partner_ids = [fields.Command.link(customer.id)]
            rma._art_notify_customer("shipped")
        return res

    def update_returned_state(self):
        waiting = self.filtered(
            lambda r: r.art_is_art_rma and r.state == "waiting_return"
        )
        res = super().update_returned_state()
        waiting.filtered(lambda r: r.state == "returned")._art_notify_customer(
            "shipped"
        )
        return res

    # ------------------------------------------------------------------
    # Close
    # ------------------------------------------------------------------

    def _art_customer_confirm(self, rating, feedback):
        """The customer confirms the outcome and rates the handling."""
        self.ensure_one()
        if (
            not self.art_resolution
            or self.art_resolution == "rejected"
            and self.state != "returned"
        ):
            raise UserError(
                self.env._(
                    "%s is not resolved yet: there is nothing to confirm.", self.name
                )
            )
        if self.art_customer_confirmed:
            raise UserError(self.env._("%s was already confirmed.", self.name))
        if str(rating) not in dict(self._fields["art_customer_rating"].selection):
            raise UserError(self.env._("Rate the handling from 1 to 5."))
        self.sudo().with_context(skip_validation_check=True).write(
            {
                "art_customer_confirmed": True,
                "art_customer_rating": str(rating),
                "art_customer_feedback": (feedback or "").strip(),
            }
        )
        self.sudo().message_post(
            body=self.env._(
                "The customer confirmed the outcome and rated the handling"
                " %(rating)s/5. %(feedback)s",
                rating=rating,
                feedback=(feedback or "").strip(),
            )
        )

    # ------------------------------------------------------------------
    # Helpers and actions
    # ------------------------------------------------------------------

    def _art_notify_customer(self, decision):
        """Tell the customer of a decision: posts the mail template
        ``art_returns.mail_template_art_return_<decision>`` (rendered in the
        customer's language) on the return, emailed to the customer, the way
        OCA rma sends its own notifications."""
        template = f"art_returns.mail_template_art_return_{decision}"
        for rma in self.sudo().filtered("partner_id"):
            rma.message_post_with_source(
                template, subtype_xmlid="rma.mt_rma_notification"
            )

    def action_art_open_decision(self):
        self.ensure_one()
        decision = self.env.context.get("art_decision", "reject")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Return Decision"),
            "res_model": "art.return.decision.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_rma_id": self.id, "default_decision": decision},
        }

    def action_art_open_inspection(self):
        self.ensure_one()
        self._art_check_can_inspect()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Return Inspection"),
            "res_model": "art.return.inspection.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_rma_id": self.id},
        }

    def action_art_open_exchange(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Exchange Work"),
            "res_model": "art.return.exchange.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_rma_id": self.id},
        }

    def action_art_view_claims(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "art_returns.art_insurance_claim_action"
        )
        action["domain"] = [("rma_id", "=", self.id)]
        action["context"] = {"default_rma_id": self.id}
        return action
