# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Demo data only: drive demo art orders through the real lifecycle.

Each step is done by the demo user of the role that does it in the gallery
(the salesperson submits, the manager approves, Finance registers the
payment, the warehouse packs and ships, the carrier reports its events,
Logistics records the signed delivery, the customer rates) and at a time
relative to today, so that the timeline, the stage periods and the
dashboards read like weeks of work. Nothing here writes a stage: the
stages follow from the documents, as in production.
"""

import base64
import json
from contextlib import contextmanager
from datetime import timedelta

from odoo import api, fields, models

# A 1x1 PNG: the drawn signature of the demo deliveries.
SIGNATURE_PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01"
    b"\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
# The signed proof of delivery the courier brings back (a scanned PDF).
POD_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

# The lifecycle steps: (step, stage it belongs to, hour after the order's
# start at which it happens). The carrier's scans belong to the transit.
STEPS = [
    ("review", "review", 1),
    ("awaiting_payment", "awaiting_payment", 5),
    ("paid", "paid", 26),
    ("preparing", "preparing", 30),
    ("ready_to_ship", "ready_to_ship", 40),
    ("in_transit", "in_transit", 46),
    ("picked_up", "in_transit", 47),
    ("transit_scan", "in_transit", 62),
    ("out_for_delivery", "delivered", 104),
    ("delivered", "delivered", 110),
    ("closed", "closed", 140),
]
STAGE_ORDER = [
    "draft",
    "review",
    "awaiting_payment",
    "paid",
    "preparing",
    "ready_to_ship",
    "in_transit",
    "delivered",
    "closed",
]
DEMO_USERS = {
    "sales": "art_order_tracking.res_users_art_sales_demo",
    "finance": "art_order_tracking.res_users_art_finance_demo",
    "warehouse": "art_order_tracking.res_users_art_warehouse_demo",
    "logistics": "art_order_tracking.res_users_art_logistics_demo",
    "expert": "art_order_tracking.res_users_art_expert_demo",
    "aftersales": "art_order_tracking.res_users_art_aftersales_demo",
    "manager": "art_order_tracking.res_users_art_manager_demo",
}


class ArtDemoOrderTracking(models.AbstractModel):
    _name = "art.demo.order.tracking"
    _description = "Art Order Demo Story"

    # ------------------------------------------------------------------
    # Tools of the demo
    # ------------------------------------------------------------------

    @api.model
    def _art_demo_user(self, role):
        return self.env.ref(DEMO_USERS[role])

    @api.model
    @contextmanager
    def _art_demo_clock(self, start):
        """Run the block with the clock at ``start``; the block moves it on
        with ``clock(hours)`` (hours after ``start``). Needs freezegun (an
        Odoo requirement); without it everything happens now."""
        try:
            from freezegun import freeze_time
        except ImportError:  # pragma: no cover
            yield lambda hours: None
            return
        with freeze_time(start) as frozen:
            yield lambda hours: frozen.move_to(start + timedelta(hours=hours))

    @api.model
    def _art_demo_commit(self):
        """What the end of a user's request does: flush, then run the
        precommit hooks (the timeline and the stage periods); the next
        request starts with an empty cache."""
        self.env.flush_all()
        self.env.cr.precommit.run()
        self.env.flush_all()
        self.env.invalidate_all()

    @api.model
    def _art_demo_photo(self, lot, name):
        image = lot.product_id.image_1920 or base64.b64encode(SIGNATURE_PNG)
        return fields.Command.create(
            {"name": name, "datas": image, "res_model": "art.condition.report"}
        )

    @api.model
    def _art_demo_approve(self, record, user, comment):
        """Approve every review tier of ``record`` that ``user`` can approve,
        with a comment, through the tier validation's comment wizard."""
        for _i in range(len(record.review_ids)):
            pending = record.review_ids.filtered(
                lambda r: r.status in ("waiting", "pending") and user in r.reviewer_ids
            )
            if not pending:
                break
            action = record.with_user(user).validate_tier()
            if not isinstance(action, dict):
                continue
            self.env["comment.wizard"].with_user(user).with_context(
                **action["context"]
            ).create({"comment": comment}).add_comment()
            self._art_demo_commit()

    @api.model
    def _art_demo_reject(self, record, user, comment):
        action = record.with_user(user).reject_tier()
        self.env["comment.wizard"].with_user(user).with_context(
            **action["context"]
        ).create({"comment": comment}).add_comment()
        self._art_demo_commit()

    # ------------------------------------------------------------------
    # The story of one order
    # ------------------------------------------------------------------

    @api.model
    def _art_demo_run(self, order_id, until, days_ago, **options):
        """Take demo order ``order_id`` through the lifecycle up to stage
        ``until`` (a stage of STEPS, or ``rejected`` / ``cancelled``),
        starting ``days_ago`` days before now.

        Options: ``carrier`` (xml id), ``tracking`` (reference), ``slow``
        (hours added to the transit: a late delivery), ``damage`` (the
        arrival report finds a damage), ``carrier_delivery`` (the carrier's
        signed 'delivered' event completes the delivery), ``signer``,
        ``rating`` and ``feedback`` (the customer's rating), ``reason``
        (rejection or cancellation).
        """
        order = self.env["sale.order"].browse(order_id)
        start = fields.Datetime.now() - timedelta(days=days_ago)
        last = STAGE_ORDER.index(until if until in STAGE_ORDER else "awaiting_payment")
        slow = options.get("slow", 0)
        with self._art_demo_clock(start) as clock:
            self._art_demo_commit()
            for step, stage, hour in STEPS:
                if STAGE_ORDER.index(stage) > last:
                    break
                clock(hour + (slow if hour > 46 else 0))
                if until in ("rejected", "cancelled") and step == "awaiting_payment":
                    if until == "rejected":
                        self._art_demo_reject(
                            order, self._art_demo_user("manager"), options["reason"]
                        )
                    else:
                        self._art_demo_cancel(order, options["reason"])
                    break
                getattr(self, f"_art_demo_to_{step}")(order, **options)
                self._art_demo_commit()
        return True

    @api.model
    def _art_demo_to_review(self, order, **options):
        order.with_user(self._art_demo_user("sales")).request_validation()

    @api.model
    def _art_demo_to_awaiting_payment(self, order, **options):
        # The salesperson may not approve their own order: the manager
        # approves both tiers (sales review, and high value).
        self._art_demo_approve(
            order,
            self._art_demo_user("manager"),
            "Identity, credit, availability and price checked",
        )

    @api.model
    def _art_demo_to_paid(self, order, **options):
        invoices = order.invoice_ids.filtered(lambda m: m.state == "posted")
        self.env["account.payment.register"].with_user(
            self._art_demo_user("finance")
        ).with_context(active_model="account.move", active_ids=invoices.ids).create(
            {}
        )._create_payments()

    @api.model
    def _art_demo_to_preparing(self, order, **options):
        picking = order._art_customer_pickings()
        picking.with_user(self._art_demo_user("warehouse")).do_print_picking()

    @api.model
    def _art_demo_to_ready_to_ship(self, order, **options):
        warehouse = self._art_demo_user("warehouse")
        for lot in order.order_line.art_lot_id:
            self.env["art.condition.report"].with_user(warehouse).create(
                {
                    "lot_id": lot.id,
                    "context": "packing",
                    "grade": "excellent",
                    "sale_order_id": order.id,
                    "notes": "Wrapped in acid-free tissue, crated with corner guards.",
                    "photo_ids": [self._art_demo_photo(lot, "packed.png")],
                }
            )

    @api.model
    def _art_demo_to_in_transit(self, order, **options):
        picking = order._art_customer_pickings().with_user(
            self._art_demo_user("warehouse")
        )
        carrier = self.env.ref(options["carrier"])
        picking.write(
            {"carrier_id": carrier.id, "carrier_tracking_ref": options["tracking"]}
        )
        picking.move_ids.picked = True
        self._art_demo_validate(picking)

    @api.model
    def _art_demo_validate(self, picking):
        """Validate a transfer as its user does. The one-time notice about
        the customer SMS of stock_sms is not part of the story."""
        picking.with_context(skip_sms=True).button_validate()
        if picking.state != "done":
            raise ValueError(f"Demo: {picking.name} could not be validated.")

    @api.model
    def _art_demo_to_picked_up(self, order, **options):
        self._art_demo_carrier_event(order, "picked_up", "Gallery, Shanghai")

    @api.model
    def _art_demo_to_transit_scan(self, order, **options):
        self._art_demo_carrier_event(order, "in_transit", "Sorting centre")

    @api.model
    def _art_demo_to_out_for_delivery(self, order, **options):
        self._art_demo_carrier_event(order, "out_for_delivery", "Local depot")

    @api.model
    def _art_demo_carrier_event(self, order, status, location, **values):
        """The carrier posts an event to the API: kept as a carrier request
        and processed as the controller does, a few minutes after it
        happened."""
        picking = order._art_customer_pickings()
        item = dict(
            {
                "tracking_ref": picking.carrier_tracking_ref,
                "event_id": f"{picking.carrier_tracking_ref}-{status}",
                "status": status,
                "occurred_at": (fields.Datetime.now() - timedelta(minutes=5)).strftime(
                    "%Y-%m-%dT%H:%M:%S+00:00"
                ),
                "location": location,
            },
            **values,
        )
        self.env["art.carrier.request"]._art_receive(
            picking.carrier_id,
            json.dumps(item).encode(),
            headers={"Content-Type": "application/json"},
            remote_addr="127.0.0.1",
        )

    @api.model
    def _art_demo_arrival_report(self, picking, damage=False):
        logistics = self._art_demo_user("logistics")
        for lot in picking._art_delivery_lots():
            lines = [
                fields.Command.create(
                    {
                        "area": area,
                        "status": "issue" if damage and area == "frame" else "ok",
                        "note": "Corner of the frame crushed in transit"
                        if damage and area == "frame"
                        else False,
                    }
                )
                for area in ("surface", "frame", "support", "glazing")
            ]
            self.env["art.condition.report"].with_user(logistics).create(
                {
                    "lot_id": lot.id,
                    "context": "arrival",
                    "grade": "fair" if damage else "excellent",
                    "picking_id": picking.id,
                    "sale_order_id": picking.sale_id.id,
                    "line_ids": lines,
                    "photo_ids": [self._art_demo_photo(lot, "arrived.png")],
                }
            )

    @api.model
    def _art_demo_to_delivered(self, order, **options):
        picking = order._art_customer_pickings()
        signer = options.get("signer") or order.partner_id.name
        self._art_demo_arrival_report(picking, damage=options.get("damage"))
        self._art_demo_commit()
        if options.get("carrier_delivery"):
            # The courier's signed 'delivered' event completes the delivery.
            self._art_demo_carrier_event(
                order,
                "delivered",
                "Customer address",
                signed_by=signer,
                proof={
                    "filename": "carrier_pod.pdf",
                    "content": base64.b64encode(POD_PDF).decode(),
                },
            )
            return
        logistics = self._art_demo_user("logistics")
        pod = (
            self.env["ir.attachment"]
            .with_user(logistics)
            .create(
                {
                    "name": "signed_proof_of_delivery.pdf",
                    "raw": POD_PDF,
                    "res_model": "stock.picking",
                    "res_id": picking.id,
                }
            )
        )
        picking.with_user(logistics)._art_record_signed_delivery(
            signed_by=signer,
            signature=base64.b64encode(SIGNATURE_PNG),
            date=fields.Datetime.now(),
            pod=pod,
        )

    @api.model
    def _art_demo_to_closed(self, order, rating=5, feedback=None, **options):
        """The customer answers the feedback request (the rating link)."""
        token = order.sudo()._rating_get_access_token()
        order.sudo().rating_apply(
            rating, token=token, feedback=feedback or "Beautifully packed, thank you."
        )

    @api.model
    def _art_demo_cancel(self, order, reason):
        sales = self._art_demo_user("sales")
        order.with_user(sales).action_art_log_event(
            "Cancelled at the customer's request", note=reason, customer_visible=True
        )
        order.with_user(sales).with_context(disable_cancel_warning=True).action_cancel()
        self._art_demo_commit()

    # ------------------------------------------------------------------
    # Users
    # ------------------------------------------------------------------

    @api.model
    def _art_demo_set_languages(self, languages):
        """Give demo users their language, when it is installed.

        :param languages: {user xml id: language code}
        """
        active = {code for code, _name in self.env["res.lang"].get_installed()}
        for xmlid, code in languages.items():
            user = self.env.ref(xmlid, raise_if_not_found=False)
            if user and code in active:
                user.lang = code
        return True
