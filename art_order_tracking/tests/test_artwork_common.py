# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Shared set-up for the artwork record tests (no tests of its own)."""

import base64
from contextlib import contextmanager

from odoo import fields
from odoo.tests import TransactionCase, new_test_user

ART_ROLES = {
    "sales": "art_order_tracking.group_art_sales",
    "finance": "art_order_tracking.group_art_finance",
    "warehouse": "art_order_tracking.group_art_warehouse",
    "logistics": "art_order_tracking.group_art_logistics",
    "expert": "art_order_tracking.group_art_appraisal",
    "aftersales": "art_order_tracking.group_art_aftersales",
    "manager": "art_order_tracking.group_art_manager",
}

# A 1x1 transparent PNG.
PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01"
    b"\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


class ArtworkCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.company = cls.env.company
        cls.warehouse = cls.env["stock.warehouse"].search(
            [("company_id", "=", cls.company.id)], limit=1
        )
        cls.stock_location = cls.warehouse.lot_stock_id
        cls.artist = cls.env["res.partner"].create(
            {
                "name": "Test Artist",
                "is_artist": True,
                "art_name_original": "测试画家",
                "art_birth_year": 1950,
            }
        )
        cls.customer = cls.env["res.partner"].create({"name": "Test Collector"})
        cls.painting = cls._create_artwork("Test Mountain Study", "painting")
        cls.edition = cls._create_artwork(
            "Test River Print",
            "print",
            art_edition_type="edition",
            art_edition_size=10,
            art_artist_proofs=2,
            list_price=800.0,
        )

    @classmethod
    def _create_artwork(cls, name, category, **values):
        vals = {
            "name": name,
            "is_artwork": True,
            "art_artist_id": cls.artist.id,
            "art_category": category,
            "art_year": 2001,
            "art_height": 60.0,
            "art_width": 45.0,
            "list_price": 5000.0,
        }
        vals.update(values)
        return cls.env["product.template"].create(vals)

    @classmethod
    def _create_lot(cls, template, name, **values):
        return cls.env["stock.lot"].create(
            dict(
                {
                    "name": name,
                    "product_id": template.product_variant_id.id,
                    "company_id": cls.company.id,
                },
                **values,
            )
        )

    @classmethod
    def _put_in_stock(cls, lot):
        cls.env["stock.quant"]._update_available_quantity(
            lot.product_id, cls.stock_location, 1.0, lot_id=lot
        )

    @classmethod
    def _create_users(cls):
        cls.users = {
            # One gallery, one time zone: dates written by one user compare
            # with those of another.
            role: new_test_user(
                cls.env,
                login=f"art_h3_{role}",
                groups=group,
                tz=cls.env.user.tz or "UTC",
            )
            for role, group in ART_ROLES.items()
        }
        cls.portal_user = new_test_user(
            cls.env, login="art_h3_portal", groups="base.group_portal"
        )

    def _confirm(self, orders):
        """Confirm art orders the way the lifecycle does: request the review
        and approve it as the administrator (an Art Trade manager, so a
        reviewer of every tier, and not the orders' salesperson)."""
        admin = self.env.ref("base.user_admin")
        for order in orders:
            if order.user_id == admin:
                order.user_id = False
            order.request_validation()
            order.with_user(admin)._validate_tier()

    def _clear_for_shipping(self, order, carrier_ref="TEST-TRACK"):
        """What the hand-over gate asks for: payment or an approved credit,
        a packing report with a photo per work, a carrier and a tracking
        reference."""
        if not order.art_is_paid and not order.art_ship_on_credit:
            order._art_approve_ship_on_credit("Test: shipped on credit")
        photo = {
            "name": "packed.png",
            "datas": base64.b64encode(PNG_1PX),
            "res_model": "art.condition.report",
        }
        self.env["art.condition.report"].create(
            [
                {
                    "lot_id": lot.id,
                    "context": "packing",
                    "grade": "good",
                    "sale_order_id": order.id,
                    "photo_ids": [fields.Command.create(photo)],
                }
                for lot in order.order_line.art_lot_id
            ]
        )
        carrier = self.env["delivery.carrier"].search([], limit=1) or self.env[
            "delivery.carrier"
        ].create(
            {
                "name": "Test Art Courier",
                "product_id": self.env["product.product"]
                .create({"name": "Test art courier", "type": "service"})
                .id,
            }
        )
        order.picking_ids.filtered(lambda p: p.state not in ("done", "cancel")).write(
            {"carrier_id": carrier.id, "carrier_tracking_ref": carrier_ref}
        )

    @contextmanager
    def assertRefused(self, exception, regex):
        """Like assertRaisesRegex, but rolls back what the failed call wrote
        (Odoo's assertRaises does, unittest's assertRaisesRegex does not), so
        that the test can check nothing was half-written."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertRegex(str(catcher.exception), regex)
