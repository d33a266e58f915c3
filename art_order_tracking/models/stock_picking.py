# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import logging
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from .art_carrier_event import CARRIER_STATUSES, FAILED_STATUSES
from .art_guard import art_check_guarded_fields

_logger = logging.getLogger(__name__)

# What proves the delivery: frozen once the picking is delivered.
DELIVERY_PROOF_FIELDS = {
    "art_signed_by",
    "signature",
    "art_signed_date",
    "art_pod_attachment_id",
    "art_is_delivered",
    "art_carrier_proof_id",
    "art_carrier_signed_by",
}
# Set only by the signed delivery, the carrier events and their computes
# (through sudo): never written directly by a user.
ART_GUARDED_FIELDS = (DELIVERY_PROOF_FIELDS - {"signature"}) | {
    "art_carrier_status",
    "art_carrier_status_date",
    "art_delivery_failed",
}
# Clock skew tolerated on the signature time.
SIGNATURE_SKEW = timedelta(minutes=10)


class StockPicking(models.Model):
    _inherit = "stock.picking"

    def _action_done(self):
        res = super()._action_done()
        self._art_record_deliveries()
        return res

    def _art_record_deliveries(self):
        """Add the customer to the provenance of each artwork delivered."""
        Provenance = self.env["art.provenance"]
        for picking in self.filtered(
            lambda p: (
                p.state == "done"
                and p.sale_id
                and p.location_dest_id.usage == "customer"
            )
        ):
            order = picking.sale_id
            customer = order.partner_id.commercial_partner_id
            date = fields.Date.context_today(picking, picking.date_done)
            lots = picking.move_line_ids.filtered(
                lambda ml: (
                    ml.state == "done"
                    and ml.lot_id
                    and ml.product_id.is_artwork
                    and ml.location_dest_id.usage == "customer"
                )
            ).lot_id
            for lot in lots:
                Provenance._art_record_sale(lot, customer, date, order=order)
                lot.sudo().art_recipient_partner_ids = [
                    fields.Command.link(customer.id)
                ]

    # Hand-over gate of art orders: paid (or credit approved), packed,
    # handed to a carrier with a tracking reference.

    def _art_handover_pickings(self):
        """The transfers that hand an art order's works to the customer.

        Whether the order is an art order is read as superuser: a stock
        user whose record rules hide the order still validates its delivery,
        as in plain Odoo (the gates then check the art order itself)."""
        art = self.sudo().filtered(
            lambda p: (
                p.sale_id.art_is_art_order
                and p.picking_type_code == "outgoing"
                and p.location_dest_id.usage == "customer"
            )
        )
        return self.browse(art.ids)

    def button_validate(self):
        handovers = self._art_handover_pickings()
        handovers.sale_id._art_check_can_ship()
        for picking in handovers:
            if not picking.carrier_id or not picking.carrier_tracking_ref:
                raise UserError(
                    self.env._(
                        "%(picking)s hands artworks to a carrier: set the carrier "
                        "and the tracking reference first.",
                        picking=picking.name,
                    )
                )
        return super().button_validate()

    # Carrier events and signed delivery.

    # Carrier events find their shipment by this reference.
    carrier_tracking_ref = fields.Char(index="btree_not_null")
    art_carrier_event_ids = fields.One2many(
        "art.carrier.event", "picking_id", string="Carrier Events"
    )
    art_carrier_status = fields.Selection(
        CARRIER_STATUSES,
        string="Carrier Status",
        compute="_compute_art_carrier_status",
        store=True,
        help="The status of the latest event by occurrence time (a late "
        "event never overrides a newer one).",
    )
    art_carrier_status_date = fields.Datetime(
        string="Carrier Status Time", compute="_compute_art_carrier_status", store=True
    )
    art_delivery_failed = fields.Boolean(
        string="Delivery Failed",
        compute="_compute_art_carrier_status",
        store=True,
        help="The carrier's latest event is an exception or a return to sender.",
    )
    art_carrier_signed_by = fields.Char(
        string="Signed For (Carrier)", readonly=True, copy=False
    )
    art_carrier_proof_id = fields.Many2one(
        "ir.attachment", string="Carrier Proof", readonly=True, copy=False
    )
    art_signed_by = fields.Char(string="Signer", readonly=True, copy=False)
    art_signed_date = fields.Datetime(string="Signed On", readonly=True, copy=False)
    art_evidence_pending = fields.Boolean(
        related="sale_id.art_evidence_pending",
        string="Delivery Evidence Pending",
    )
    art_pod_attachment_id = fields.Many2one(
        "ir.attachment", string="Signed Proof of Delivery", readonly=True, copy=False
    )
    art_is_delivered = fields.Boolean(
        string="Delivery Signed", readonly=True, copy=False, index=True
    )
    art_arrival_report_ids = fields.One2many(
        "art.condition.report",
        "picking_id",
        string="Arrival Reports",
        domain=[("context", "=", "arrival")],
    )

    @api.depends(
        "art_carrier_event_ids.occurred_at",
        "art_carrier_event_ids.status",
        "art_is_delivered",
    )
    def _compute_art_carrier_status(self):
        for picking in self:
            latest = picking.art_carrier_event_ids.sorted(
                lambda e: (e.occurred_at, e.id)
            )[-1:]
            picking.art_carrier_status = latest.status
            picking.art_carrier_status_date = latest.occurred_at
            picking.art_delivery_failed = (
                latest.status in FAILED_STATUSES and not picking.art_is_delivered
            )

    # ------------------------------------------------------------------
    # Immutability of the proof
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            art_check_guarded_fields(self, vals, ART_GUARDED_FIELDS, creating=True)
        return super().create(vals_list)

    def write(self, vals):
        locked = DELIVERY_PROOF_FIELDS & set(vals)
        delivered = self.filtered("art_is_delivered") if locked else self.browse()
        # The signed delivery records itself through sudo; a context key
        # alone (which any client can send) proves nothing.
        recording = self.env.su and self.env.context.get("art_recording_delivery")
        if delivered and not recording:
            if not self.env.user.has_group("base.group_system"):
                raise UserError(
                    self.env._(
                        "%(pickings)s: the delivery was signed; its proof, "
                        "signature and arrival reports can no longer be changed.",
                        pickings=", ".join(delivered.mapped("name")),
                    )
                )
            for picking in delivered:
                picking._art_log_admin_change(
                    self.env._("Delivery proof changed (%s)", ", ".join(sorted(locked)))
                )
            if self - delivered:
                art_check_guarded_fields(self - delivered, vals, ART_GUARDED_FIELDS)
        else:
            art_check_guarded_fields(self, vals, ART_GUARDED_FIELDS)
        return super().write(vals)

    def _attach_sign(self):
        """Odoo prints the signed delivery slip when a signature is written.
        On an art delivery the evidence is our delivery evidence PDF (printed
        later when it cannot be now): the signature is never refused because
        the slip cannot be printed."""
        if not self.sale_id.art_is_art_order:
            return super()._attach_sign()
        try:
            with self.env.cr.savepoint():
                return super()._attach_sign()
        except (UserError, OSError) as error:
            _logger.warning(
                "Signed delivery slip of %s could not be printed: %s", self.name, error
            )
            self.message_post(
                body=self.env._(
                    "Signed delivery recorded. The signed delivery slip could not "
                    "be printed; the order's delivery evidence PDF holds the "
                    "signature."
                )
            )
            return False

    def _art_log_admin_change(self, what):
        """An administrator changed the frozen proof: say so everywhere."""
        self.ensure_one()
        self.message_post(
            body=self.env._("%(what)s by %(user)s.", what=what, user=self.env.user.name)
        )
        if self.sale_id:
            self.env["art.order.event"].sudo().create(
                {
                    "order_id": self.sale_id.id,
                    "name": what,
                    "note": self.env._("By administrator %s", self.env.user.name),
                    "source": "staff",
                    "customer_visible": False,
                }
            )

    # ------------------------------------------------------------------
    # Carrier events
    # ------------------------------------------------------------------

    def _art_on_carrier_events(self, events):
        """New carrier events were recorded for these pickings."""
        for picking in self:
            delivered = events.filtered(
                lambda e, p=picking: e.picking_id == p and e.status == "delivered"
            )[:1]
            if not delivered or picking.art_is_delivered:
                continue
            vals = {}
            if delivered.signed_by and not picking.art_carrier_signed_by:
                vals["art_carrier_signed_by"] = delivered.signed_by
            if delivered.proof_attachment_id and not picking.art_carrier_proof_id:
                vals["art_carrier_proof_id"] = delivered.proof_attachment_id.id
            if vals:
                picking.sudo().write(vals)
            picking.sudo()._art_try_carrier_delivery(delivered)

    def _art_try_carrier_delivery(self, event):
        """A carrier's signed 'delivered' completes the delivery when the
        arrival reports are in; else the responsible gets an activity."""
        self.ensure_one()
        missing = self._art_delivery_missing(
            signed_by=self.art_carrier_signed_by,
            signature=False,
            proof=self.art_carrier_proof_id,
            date=event.occurred_at,
            pod=self.art_carrier_proof_id,
        )
        if not missing:
            self._art_record_signed_delivery(
                signed_by=self.art_carrier_signed_by,
                signature=False,
                date=event.occurred_at,
                pod=self.art_carrier_proof_id,
            )
            return
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.env._("Complete the signed delivery"),
            note=self.env._(
                "The carrier reports the delivery. Missing: %s", "; ".join(missing)
            ),
            user_id=self._art_logistics_user().id,
        )

    def _art_logistics_user(self):
        """Who completes a signed delivery: Logistics (only they may record
        it). The transfer's responsible when they are in Logistics, else a
        Logistics user of the company."""
        self.ensure_one()
        group_xmlid = "art_order_tracking.group_art_logistics"
        if self.user_id and self.user_id.has_group(group_xmlid):
            return self.user_id
        return self.company_id._art_role_user(group_xmlid)

    # ------------------------------------------------------------------
    # Signed delivery
    # ------------------------------------------------------------------

    def _art_delivery_lots(self):
        self.ensure_one()
        return self.move_line_ids.filtered(
            lambda ml: ml.lot_id and ml.product_id.is_artwork
        ).lot_id

    def _art_delivery_missing(self, signed_by, signature, proof, date, pod):
        """What is missing to record the signed delivery (empty: all there)."""
        self.ensure_one()
        missing = []
        if not (signed_by or "").strip():
            missing.append(self.env._("the signer's name"))
        if not signature and not proof:
            missing.append(self.env._("the signature (drawn, or the carrier's proof)"))
        if not date:
            missing.append(self.env._("the date and time of delivery"))
        elif date > fields.Datetime.now() + SIGNATURE_SKEW:
            missing.append(self.env._("a delivery time that is not in the future"))
        elif self.date_done and date < self.date_done - SIGNATURE_SKEW:
            missing.append(self.env._("a delivery time after the hand-over"))
        if not pod:
            missing.append(self.env._("the signed proof-of-delivery document"))
        reports = self.art_arrival_report_ids
        for lot in self._art_delivery_lots():
            lot_reports = reports.filtered(lambda r, lot=lot: r.lot_id == lot)
            if not lot_reports.filtered(lambda r: r.photo_ids and r.line_ids):
                missing.append(
                    self.env._(
                        "an arrival condition report with checklist and photos for %s",
                        lot.display_name,
                    )
                )
        return missing

    def _art_record_signed_delivery(self, signed_by, signature, date, pod):
        """Record the signed delivery after checking everything is there.

        :param pod: ir.attachment of the signed proof of delivery
        """
        self.ensure_one()
        if self.picking_type_code != "outgoing" or self.state != "done":
            raise UserError(
                self.env._(
                    "%s is not a shipment handed to the carrier: validate it first.",
                    self.name,
                )
            )
        if self.art_is_delivered:
            raise UserError(self.env._("%s was already delivered.", self.name))
        missing = self._art_delivery_missing(
            signed_by, signature, self.art_carrier_proof_id, date, pod
        )
        if missing:
            raise UserError(
                self.env._(
                    "%(picking)s: the delivery cannot be recorded without %(missing)s.",
                    picking=self.name,
                    missing="; ".join(missing),
                )
            )
        vals = {
            "art_signed_by": signed_by.strip(),
            "art_signed_date": date,
            "art_pod_attachment_id": pod.id,
            "art_is_delivered": True,
        }
        if signature:
            vals["signature"] = signature
        self.sudo().with_context(art_recording_delivery=True).write(vals)
        pod.sudo().write({"res_model": "stock.picking", "res_id": self.id})
        reports = self.art_arrival_report_ids
        (reports.photo_ids | pod | self.art_carrier_proof_id).sudo().write(
            {"art_locked": True}
        )
        reports.sudo().write({"art_locked": True})
        self.sale_id.sudo()._art_on_picking_delivered(self)
        return True

    def action_art_record_delivery(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Record Signed Delivery"),
            "res_model": "art.delivery.sign.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_picking_id": self.id},
        }

    def action_art_add_arrival_report(self):
        """Open a new arrival condition report for a work of this shipment."""
        self.ensure_one()
        done = self.art_arrival_report_ids.lot_id
        lot = (self._art_delivery_lots() - done)[:1] or self._art_delivery_lots()[:1]
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Arrival Report"),
            "res_model": "art.condition.report",
            "view_mode": "form",
            "target": "current",
            "context": {
                "default_context": "arrival",
                "default_picking_id": self.id,
                "default_sale_order_id": self.sale_id.id,
                "default_lot_id": lot.id,
            },
        }

    def action_art_record_carrier_event(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Record Carrier Event"),
            "res_model": "art.carrier.event.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_picking_id": self.id},
        }

    # Packing condition reports from the delivery.

    art_packing_todo_count = fields.Integer(
        string="Works to Pack",
        compute="_compute_art_packing_todo_count",
        help="Works of the order without a packing condition report with a photo.",
    )

    @api.depends(
        "sale_id.order_line.art_lot_id",
        "sale_id.art_condition_report_ids.context",
        "sale_id.art_condition_report_ids.photo_ids",
    )
    def _compute_art_packing_todo_count(self):
        for picking in self:
            picking.art_packing_todo_count = len(picking._art_packing_todo_lots())

    def _art_packing_todo_lots(self):
        """Serials of the order that still lack a packing report with a photo."""
        self.ensure_one()
        # Serials and reports only, read as superuser: the transfer's user
        # may not read the order.
        order = self.sudo().sale_id
        if not order.art_is_art_order:
            return self.env["stock.lot"]
        packed = order.art_condition_report_ids.filtered(
            lambda r: r.context == "packing" and r.photo_ids
        ).lot_id
        return (order.order_line.art_lot_id - packed).with_env(self.env)

    def action_art_packing_report(self):
        """Open a new packing condition report for the next unchecked work."""
        self.ensure_one()
        if not self.sale_id.art_is_art_order:
            raise UserError(
                self.env._(
                    "%(picking)s does not ship an art order: there is no "
                    "packing check to write.",
                    picking=self.name,
                )
            )
        lot = (
            self._art_packing_todo_lots()[:1] or self.sale_id.order_line.art_lot_id[:1]
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Packing Report"),
            "res_model": "art.condition.report",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": {
                "default_context": "packing",
                "default_lot_id": lot.id,
                "default_picking_id": self.id,
                "default_sale_order_id": self.sale_id.id,
            },
        }
