# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Demo data only: Finance pays a consignor's bill (Odoo's payment wizard)."""

from datetime import timedelta

from odoo import api, models


class ArtDemoConsignment(models.AbstractModel):
    _name = "art.demo.consignment"
    _description = "Art Consignment Demo Story"

    @api.model
    def _art_demo_pay_consignor(self, order_id):
        """Finance pays the consignor bills of demo order ``order_id`` two
        days after the delivery."""
        story = self.env["art.demo.order.tracking"]
        order = self.env["sale.order"].browse(order_id)
        bills = order.art_consignor_bill_ids.filtered(lambda m: m.state == "posted")
        with story._art_demo_clock(order.art_delivered_date + timedelta(days=2)):
            self.env["account.payment.register"].with_user(
                story._art_demo_user("finance")
            ).with_context(active_model="account.move", active_ids=bills.ids).create(
                {}
            )._create_payments()
            story._art_demo_commit()
        return True
