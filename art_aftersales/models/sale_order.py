# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup

from odoo import models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    def _art_delivered_lots(self):
        """Serials these orders delivered to their customer (sudo)."""
        return self.env["stock.move.line"]._art_customer_deliveries(orders=self).lot_id

    def _art_check_arrival_damage(self, picking):
        """Damage on arrival opens the after-sales work by itself: a damage
        ticket linked to the order, the work, the arrival report and copies
        of its photos (routed and timed like any damage ticket)."""
        findings = super()._art_check_arrival_damage(picking)
        if findings and self.company_id.art_damage_opens_ticket:
            self._art_open_damage_ticket(picking, findings)
        return findings

    def _art_open_damage_ticket(self, picking, findings):
        self.ensure_one()
        category = self.env.ref(
            "art_aftersales.helpdesk_ticket_category_damage", raise_if_not_found=False
        )
        reports = picking.art_arrival_report_ids
        report = reports.sorted(lambda r: (-r.issue_count, r.id))[:1]
        description = Markup("<p>%s</p><ul>%s</ul>") % (
            self.env._("Damage found on arrival (%s):", picking.name),
            Markup().join(Markup("<li>%s</li>") % line for line in findings),
        )
        ticket = (
            self.env["helpdesk.ticket"]
            .sudo()
            .create(
                {
                    "name": self.env._("Damage on arrival: %s", self.name),
                    "description": description,
                    "partner_id": self.partner_id.id,
                    "sale_order_id": self.id,
                    "lot_id": report.lot_id.id,
                    "art_condition_report_id": report.id,
                    "category_id": category.id,
                    "priority": "2",
                    "company_id": self.company_id.id,
                    "user_id": self.company_id.art_damage_user_id.id,
                }
            )
        )
        photos = reports.photo_ids
        if photos:
            self.env["ir.attachment"].sudo().create(
                [
                    {
                        "name": photo.name,
                        "datas": photo.datas,
                        "mimetype": photo.mimetype,
                        "res_model": "helpdesk.ticket",
                        "res_id": ticket.id,
                    }
                    for photo in photos
                ]
            )
        return ticket
