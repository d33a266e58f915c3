# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Shared set-up: art_aftersales' users, customers and delivered works,
plus the return reasons of art_returns."""

import base64

from odoo.tools import SQL

from odoo.addons.art_aftersales.tests.common import ArtAftersalesCase

PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01"
    b"\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


class ArtBridgeCase(ArtAftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.warehouse = cls.env.ref("stock.warehouse0")
        cls.reasons = {
            code: cls.env.ref(f"art_returns.art_return_reason_{code}")
            for code in ("transit_damage", "change_of_mind", "defect")
        }

    @classmethod
    def _attach(cls, record, name, raw):
        return cls.env["ir.attachment"].create(
            {
                "name": name,
                "datas": base64.b64encode(raw),
                "res_model": record._name,
                "res_id": record.id,
            }
        )

    @classmethod
    def _rma(cls, order, reason=None, state=None, **values):
        vals = {
            "partner_id": order.partner_id.id,
            "order_id": order.id,
            "product_id": order.order_line[:1].product_id.id,
            "product_uom_qty": 1.0,
            "location_id": cls.warehouse.rma_loc_id.id,
            "art_reason_id": reason and cls.reasons[reason].id,
        }
        vals.update(values)
        rma = cls.env["rma"].create(vals)
        if state:
            # Figures only (the 360 and the dashboard read the state): set
            # in SQL, without going through the return flow.
            rma.flush_recordset()
            cls.env.cr.execute(
                SQL("UPDATE rma SET state = %s WHERE id = %s", state, rma.id)
            )
            rma.invalidate_recordset(["state"])
        return rma
