# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Shared set-up of the shipping and delivery tests (no tests of its own)."""

import base64
import hashlib
import hmac
import itertools
import json
from contextlib import contextmanager
from datetime import timedelta
from unittest.mock import patch

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import new_test_user

from ..models.delivery_carrier import art_hash_api_key
from .test_artwork_common import PNG_1PX
from .test_order_lifecycle import LifecycleCase

API_KEY = "artc_test_key_0123456789abcdef0123456789abcdef"
LOT_NUMBERS = itertools.count(1)
PDF_MIN = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# What Odoo answers when wkhtmltopdf is missing.
NO_WKHTMLTOPDF = (
    "Unable to find Wkhtmltopdf on this system. The PDF can not be created."
)


@contextmanager
def printing_unavailable(env, calls=None):
    """PDF rendering refused as Odoo refuses it without wkhtmltopdf (in every
    thread: the HTTP test server's too); ``calls`` collects the attempts."""

    def refuse(*args, **kwargs):
        if calls is not None:
            calls.append(args)
        raise UserError(NO_WKHTMLTOPDF)

    with patch.object(type(env["ir.actions.report"]), "_render_qweb_pdf", refuse):
        yield


class DeliveryCase(LifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.carrier.art_api_key_hash = art_hash_api_key(API_KEY)
        cls.logistics = new_test_user(
            cls.env,
            login="art_dl_logistics",
            groups="art_order_tracking.group_art_logistics",
        )
        cls.aftersales = new_test_user(
            cls.env,
            login="art_dl_aftersales",
            groups="art_order_tracking.group_art_aftersales",
        )
        cls.company.art_damage_user_id = cls.aftersales

    # helpers -----------------------------------------------------------

    def _in_transit(self, ref="FAC123"):
        """A paid, packed art order handed to the carrier under ``ref``."""
        number = next(LOT_NUMBERS)
        work = self._create_artwork(
            f"Delivery Study {ref} {number}", "painting", invoice_policy="order"
        )
        lot = self._create_lot(work, f"DL-{ref}-{number}")
        self._put_in_stock(lot)
        order = self._order(lot=lot)
        self._submit_and_approve(order)
        self._pay(order)
        self._packing_report(order, lot=lot)
        picking = order._art_customer_pickings()
        picking.write({"carrier_id": self.carrier.id, "carrier_tracking_ref": ref})
        picking.move_ids.picked = True
        picking.with_user(self.warehouse_user).button_validate()
        self._flush()
        self.assertEqual(order.art_stage, "in_transit")
        return order, picking

    def _event(self, ref="FAC123", event_id="E1", status="in_transit", hours=0, **kw):
        when = fields.Datetime.now() - timedelta(hours=5) + timedelta(hours=hours)
        payload = {
            "tracking_ref": ref,
            "event_id": event_id,
            "status": status,
            "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        }
        payload.update(kw)
        return payload

    @staticmethod
    def _sign(raw, key=API_KEY):
        return "sha256=" + hmac.new(key.encode(), raw, hashlib.sha256).hexdigest()

    @staticmethod
    def _proof(raw=PDF_MIN, name="pod.pdf"):
        return {"filename": name, "content": base64.b64encode(raw).decode()}

    def _arrival_report(
        self, picking, lot=None, grade="excellent", photo=True, issues=()
    ):
        lot = lot or picking._art_delivery_lots()
        lines = [
            (0, 0, {"area": area, "status": "issue" if area in issues else "ok"})
            for area in ("surface", "frame", "support", "glazing")
        ]
        vals = {
            "lot_id": lot.id,
            "context": "arrival",
            "grade": grade,
            "picking_id": picking.id,
            "sale_order_id": picking.sale_id.id,
            "line_ids": lines,
        }
        if photo:
            vals["photo_ids"] = [
                (
                    0,
                    0,
                    {
                        "name": "arrived.png",
                        "datas": base64.b64encode(PNG_1PX),
                        "res_model": "art.condition.report",
                    },
                )
            ]
        return self.env["art.condition.report"].with_user(self.logistics).create(vals)

    def _pod(self, picking):
        return self.env["ir.attachment"].create(
            {
                "name": "signed_pod.pdf",
                "raw": PDF_MIN,
                "res_model": "stock.picking",
                "res_id": picking.id,
            }
        )

    def _deliver(self, picking, **overrides):
        values = {
            "signed_by": "Ms Collector",
            "signature": base64.b64encode(PNG_1PX),
            "date": fields.Datetime.now(),
            "pod": self._pod(picking),
        }
        values.update(overrides)
        picking.with_user(self.logistics)._art_record_signed_delivery(**values)
        self._flush()

    @staticmethod
    def _json(response):
        return json.loads(response.content or b"{}")
