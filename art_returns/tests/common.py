# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Shared set-up of the art return tests (no tests of its own)."""

import base64
from contextlib import contextmanager
from datetime import timedelta

from odoo import Command, fields
from odoo.tests import Form, TransactionCase, new_test_user

PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01"
    b"\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'
ROLES = {
    "sales": "art_order_tracking.group_art_sales",
    "finance": "art_order_tracking.group_art_finance",
    "warehouse": "art_order_tracking.group_art_warehouse",
    "logistics": "art_order_tracking.group_art_logistics",
    "expert": "art_order_tracking.group_art_appraisal",
    "aftersales": "art_order_tracking.group_art_aftersales",
    "manager": "art_order_tracking.group_art_manager",
}


class ArtReturnCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, mail_notrack=False))
        cls.company = cls.env.company
        cls.company.write(
            {
                "art_return_window_days": 7,
                "art_appraisal_threshold": 100000.0,
                "art_payment_rule": "full",
            }
        )
        # The order review tiers are art_order_tracking's business: orders are
        # confirmed directly here.
        cls.env["tier.definition"].search([("model", "=", "sale.order")]).active = False
        cls.warehouse = cls.env["stock.warehouse"].search(
            [("company_id", "=", cls.company.id)], limit=1
        )
        cls.users = {
            role: new_test_user(
                cls.env,
                login=f"art_h6_{role}",
                groups=group,
                email=f"{role}@gallery.example.com",
            )
            for role, group in ROLES.items()
        }
        cls.customer = cls.env["res.partner"].create(
            {"name": "Collector One", "email": "one@example.com"}
        )
        cls.other_customer = cls.env["res.partner"].create(
            {"name": "Collector Two", "email": "two@example.com"}
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="art_h6_portal",
            groups="base.group_portal",
            partner_id=cls.customer.id,
        )
        cls.other_portal_user = new_test_user(
            cls.env,
            login="art_h6_portal2",
            groups="base.group_portal",
            partner_id=cls.other_customer.id,
        )
        cls.artist = cls.env["res.partner"].create(
            {"name": "Return Test Artist", "is_artist": True}
        )
        cls.carrier = cls.env["delivery.carrier"].create(
            {
                "name": "Fine Art Couriers",
                "product_id": cls.env["product.product"]
                .create({"name": "Art shipping", "type": "service"})
                .id,
            }
        )
        cls.painting = cls._artwork("Harbour at Dawn", "painting", 5000.0)
        cls.painting_b = cls._artwork("Harbour at Dusk", "painting", 6000.0)
        cls.painting_c = cls._artwork("Small Harbour", "painting", 3000.0)
        cls.antique = cls._artwork("Ming Vase", "antique", 8000.0)
        cls.commission = cls._artwork(
            "Family Portrait", "painting", 4000.0, art_commissioned=True
        )
        cls.reasons = {
            code: cls.env.ref(f"art_returns.art_return_reason_{code}")
            for code in (
                "transit_damage",
                "not_as_described",
                "authenticity",
                "defect",
                "change_of_mind",
            )
        }

    @classmethod
    def _artwork(cls, name, category, price, **values):
        template = cls.env["product.template"].create(
            dict(
                {
                    "name": name,
                    "is_artwork": True,
                    "art_artist_id": cls.artist.id,
                    "art_category": category,
                    "list_price": price,
                    "art_height": 50.0,
                    "art_width": 40.0,
                    "invoice_policy": "order",
                    "taxes_id": [Command.clear()],
                },
                **values,
            )
        )
        lot = cls.env["stock.lot"].create(
            {
                "name": f"H6-{name}",
                "product_id": template.product_variant_id.id,
                "company_id": cls.company.id,
            }
        )
        cls.env["stock.quant"]._update_available_quantity(
            lot.product_id, cls.warehouse.lot_stock_id, 1.0, lot_id=lot
        )
        return lot

    # helpers ---------------------------------------------------------------

    @contextmanager
    def assertRefused(self, exception, regex):
        """assertRaisesRegex that also rolls back what the failed call wrote
        (Odoo's assertRaises does), to check nothing was half-written."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertRegex(str(catcher.exception), regex)

    @classmethod
    def _photo(cls, name="photo.png", raw=PNG_1PX, res_model="rma", user=None):
        """A photo uploaded (by ``user``) before the document is saved."""
        return (
            cls.env["ir.attachment"]
            .with_user(user or cls.env.user)
            .create(
                {"name": name, "datas": base64.b64encode(raw), "res_model": res_model}
            )
        )

    def _deliver(self, lot, partner=None, price=None, journal=None, pay=None):
        """A paid, packed art order whose work was handed to the customer
        (paid on ``journal``, default: the first bank journal; or by
        ``pay(invoices)``, e.g. an online payment)."""
        partner = partner or self.customer
        order = self.env["sale.order"].create(
            {
                "partner_id": partner.id,
                "user_id": self.users["sales"].id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": lot.product_id.id,
                            "art_lot_id": lot.id,
                            "price_unit": price or lot.product_id.lst_price,
                        }
                    )
                ],
            }
        )
        order.action_confirm()
        invoices = order.invoice_ids.filtered(lambda m: m.state == "posted")
        self.assertTrue(invoices, "art orders are invoiced at confirmation")
        if pay:
            pay(invoices)
        else:
            self.env["account.payment.register"].with_context(
                active_model="account.move", active_ids=invoices.ids
            ).create({"journal_id": journal.id} if journal else {})._create_payments()
        self.env["art.condition.report"].create(
            {
                "lot_id": lot.id,
                "context": "packing",
                "grade": "excellent",
                "sale_order_id": order.id,
                "photo_ids": [Command.set(self._photo(res_model=False).ids)],
            }
        )
        picking = order.picking_ids.filtered(
            lambda p: p.location_dest_id.usage == "customer"
        )
        picking.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": "OUT1"})
        picking.action_assign()
        picking.move_ids.picked = True
        picking.button_validate()
        self.assertEqual(picking.state, "done")
        self.assertEqual(picking.move_line_ids.lot_id, lot)
        return order

    def _request(
        self,
        order,
        reason="not_as_described",
        request_type="return",
        evidence=True,
        user=None,
        **values,
    ):
        """A staff request (sales) for the work of ``order``."""
        line = order.order_line[:1]
        picking = order.picking_ids.filtered(lambda p: p.state == "done")[:1]
        operation = self.env.ref(
            "art_returns.rma_operation_art_exchange"
            if request_type == "exchange"
            else "art_returns.rma_operation_art_return"
        )
        vals = {
            "partner_id": order.partner_id.id,
            "order_id": order.id,
            "picking_id": picking.id,
            "move_id": picking.move_ids[:1].id,
            "product_id": line.product_id.id,
            "product_uom_qty": 1.0,
            "operation_id": operation.id,
            "art_request_type": request_type,
            "art_reason_id": self.reasons[reason].id,
            "location_id": self.warehouse.rma_loc_id.id,
        }
        if evidence:
            photo = self._photo(user=user or self.users["sales"])
            vals["art_evidence_ids"] = [Command.set(photo.ids)]
        vals.update(values)
        rma = self.env["rma"].with_user(user or self.users["sales"]).create(vals)
        self.assertEqual(rma.art_lot_id, line.art_lot_id)
        return rma.with_user(self.env.user)

    def _approve(self, rma, role, comment="Checked"):
        user = self.users[role] if isinstance(role, str) else role
        action = rma.with_user(user).validate_tier()
        wizard = Form(
            self.env["comment.wizard"].with_user(user).with_context(**action["context"])
        )
        wizard.comment = comment
        wizard.save().add_comment()

    def _accept_and_approve(self, rma):
        rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertEqual(rma.art_acceptance, "accepted")
        self._approve(rma, "aftersales")
        self._approve(rma, "finance")
        if rma.art_expert_required:
            self._return_appraisal(rma)
            self._approve(rma, "expert")
        self.assertEqual(rma.state, "confirmed")

    def _return_appraisal(self, rma, purpose="return", external=False):
        vals = {
            "lot_id": rma.art_lot_id.id,
            "purpose": purpose,
            "value": 7000.0,
            "appraiser_user_id": self.users["expert"].id,
        }
        if external:
            vals["appraiser_partner_id"] = (
                self.env["res.partner"]
                .create({"name": "Independent Appraisers Ltd"})
                .id
            )
        appraisal = (
            self.env["art.appraisal"].with_user(self.users["expert"]).create(vals)
        )
        appraisal.action_done()
        return appraisal

    def _receive(self, rma, tracking="RET1"):
        picking = rma.reception_move_id.picking_id
        self.assertTrue(picking, "the approval creates the return reception")
        picking = picking.with_user(self.users["logistics"])
        picking.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": tracking})
        picking = picking.with_user(self.users["warehouse"])
        for move in picking.move_ids:
            if not move.move_line_ids:
                move.quantity = 1.0
            move.move_line_ids.lot_id = rma.art_lot_id
        picking.move_ids.picked = True
        picking.button_validate()
        self.assertEqual(rma.state, "received")

    def _inspect(self, rma, user=None, **values):
        vals = {
            "rma_id": rma.id,
            "grade": "excellent",
            "photo_ids": [Command.set(self._photo("returned.png").ids)],
        }
        vals.update(values)
        wizard = (
            self.env["art.return.inspection.wizard"]
            .with_user(user or self.users["warehouse"])
            .create(vals)
        )
        wizard.action_apply()

    def _customer_messages(self, rma):
        return rma.message_ids.filtered(
            lambda m: self.customer in m.partner_ids or rma.partner_id in m.partner_ids
        )

    @staticmethod
    def _later(days):
        return fields.Datetime.now() + timedelta(days=days)
