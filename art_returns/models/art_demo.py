# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Demo data only: returns of delivered demo orders through the real steps.

Each step is done by the demo user of the role (Sales records the request
with the customer's photos, After-sales accepts and approves, Finance
confirms the amount and refunds, Logistics and the warehouse receive and
inspect, the manager and Finance handle the insurance claim), at times
counted from the order's signed delivery.
"""

from odoo import api, fields, models

# Hours after the signed delivery at which each step of a return happens.
RETURN_STEPS = [
    ("requested", 20),
    ("accepted", 26),
    ("approved", 30),
    ("received", 72),
    ("inspected", 80),
    ("resolved", 96),
    ("confirmed", 120),
]


class ArtDemoReturns(models.AbstractModel):
    _name = "art.demo.returns"
    _description = "Art Returns Demo Story"

    @api.model
    def _art_demo_return(self, order_id, until, reason, **options):
        """Return the work of delivered demo order ``order_id``, up to step
        ``until`` (one of RETURN_STEPS).

        Options: ``request_type`` (return or exchange), ``description``,
        ``refund_amount`` and ``deduction_reason`` (a partial refund),
        ``new_lot`` (xml id of the work given in exchange), ``damage``
        (the inspection finds new damage: a dispute), ``rating`` and
        ``feedback`` (the customer confirms), ``claim`` (the insurance claim
        of a transit damage is submitted, accepted and paid).
        """
        story = self.env["art.demo.order.tracking"]
        order = self.env["sale.order"].browse(order_id)
        start = order.art_delivered_date
        last = [step for step, _hour in RETURN_STEPS].index(until)
        with story._art_demo_clock(start) as clock:
            rma = self.env["rma"]
            for step, hour in RETURN_STEPS[: last + 1]:
                clock(hour)
                if step == "requested":
                    rma = self._art_demo_request(order, reason, **options)
                else:
                    getattr(self, f"_art_demo_{step}")(rma, **options)
                story._art_demo_commit()
            if options.get("claim"):
                clock(RETURN_STEPS[last][1] + 24)
                self._art_demo_claim(rma, **options)
                story._art_demo_commit()
        return rma.id

    @api.model
    def _art_demo_request(self, order, reason, request_type="return", **options):
        story = self.env["art.demo.order.tracking"]
        sales = story._art_demo_user("sales")
        picking = order._art_customer_pickings()
        lot = order.order_line.art_lot_id
        photo = (
            self.env["ir.attachment"]
            .with_user(sales)
            .create(
                {
                    "name": "customer_photo.png",
                    "datas": lot.product_id.image_1920,
                    "res_model": "rma",
                }
            )
        )
        operation = self.env.ref(
            "art_returns.rma_operation_art_exchange"
            if request_type == "exchange"
            else "art_returns.rma_operation_art_return"
        )
        warehouse = picking.picking_type_id.warehouse_id
        return (
            self.env["rma"]
            .with_user(sales)
            .create(
                {
                    "partner_id": order.partner_id.id,
                    "order_id": order.id,
                    "picking_id": picking.id,
                    "move_id": picking.move_ids[:1].id,
                    "product_id": lot.product_id.id,
                    "product_uom_qty": 1.0,
                    "operation_id": operation.id,
                    "art_request_type": request_type,
                    "art_reason_id": self.env.ref(reason).id,
                    "location_id": warehouse.rma_loc_id.id,
                    "description": options.get("description"),
                    "art_evidence_ids": [fields.Command.set(photo.ids)],
                }
            )
            .with_user(self.env.user)
        )

    @api.model
    def _art_demo_accepted(self, rma, **options):
        story = self.env["art.demo.order.tracking"]
        rma.with_user(story._art_demo_user("aftersales")).action_art_accept()

    @api.model
    def _art_demo_approved(self, rma, **options):
        story = self.env["art.demo.order.tracking"]
        story._art_demo_approve(
            rma, story._art_demo_user("aftersales"), "Request complete, photos clear"
        )
        finance = story._art_demo_user("finance")
        if options.get("refund_amount"):
            rma.with_user(finance).write(
                {
                    "art_refund_amount": options["refund_amount"],
                    "art_deduction_reason": options.get("deduction_reason"),
                }
            )
        story._art_demo_approve(rma, finance, "Refund amount confirmed")

    @api.model
    def _art_demo_received(self, rma, **options):
        story = self.env["art.demo.order.tracking"]
        picking = rma.reception_move_id.picking_id
        picking.with_user(story._art_demo_user("logistics")).write(
            {
                "carrier_id": rma.art_carrier_id.id,
                "carrier_tracking_ref": f"RET-{rma.name}",
            }
        )
        picking = picking.with_user(story._art_demo_user("warehouse"))
        for move in picking.move_ids:
            if not move.move_line_ids:
                move.quantity = 1.0
            move.move_line_ids.lot_id = rma.art_lot_id
        picking.move_ids.picked = True
        self.env["art.demo.order.tracking"]._art_demo_validate(picking)

    @api.model
    def _art_demo_inspected(self, rma, damage=False, **options):
        story = self.env["art.demo.order.tracking"]
        warehouse = story._art_demo_user("warehouse")
        photo = (
            self.env["ir.attachment"]
            .with_user(warehouse)
            .create(
                {
                    "name": "returned.png",
                    "datas": rma.art_lot_id.product_id.image_1920,
                    "res_model": "art.condition.report",
                }
            )
        )
        self.env["art.return.inspection.wizard"].with_user(warehouse).create(
            {
                "rma_id": rma.id,
                "grade": "fair" if damage else "excellent",
                "new_damage": bool(damage),
                "notes": "Scratches on the base, not on the arrival report."
                if damage
                else "As on the arrival report; certificate and box present.",
                "photo_ids": [fields.Command.set(photo.ids)],
            }
        ).action_apply()

    @api.model
    def _art_demo_resolved(self, rma, new_lot=None, **options):
        story = self.env["art.demo.order.tracking"]
        if rma.art_request_type == "exchange":
            rma.with_user(story._art_demo_user("sales")).action_art_exchange(
                self.env.ref(new_lot)
            )
            return
        rma.with_user(story._art_demo_user("finance")).action_art_refund()

    @api.model
    def _art_demo_confirmed(self, rma, rating=4, feedback=None, **options):
        """The customer confirms the outcome on the portal and rates it."""
        rma._art_customer_confirm(rating, feedback or "Handled quickly, thank you.")

    @api.model
    def _art_demo_claim(self, rma, **options):
        story = self.env["art.demo.order.tracking"]
        finance = story._art_demo_user("finance")
        claim = rma.art_claim_ids.with_user(finance)
        claim.write(
            {
                "insurer_id": self.env.ref(options["insurer"]).id,
                "policy_ref": "PICC-ART-2026-0088",
            }
        )
        claim.action_submit()
        claim.with_user(story._art_demo_user("manager")).action_accept()
        claim.action_register_recovery(claim.claimed_amount * 0.8)
