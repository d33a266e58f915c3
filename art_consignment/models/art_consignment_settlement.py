# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import api, fields, models

from .art_consignment_line import CONSIGNMENT_AMOUNT_GROUPS


class ArtConsignmentSettlement(models.Model):
    """One work sold that the gallery did not own: what its owner is due."""

    _name = "art.consignment.settlement"
    _description = "Owner Settlement"
    _order = "date desc, id desc"
    _rec_name = "lot_id"

    partner_id = fields.Many2one(
        "res.partner",
        string="Owner",
        required=True,
        index=True,
        help="The consignor, or the artist of a studio work.",
    )
    kind = fields.Selection(
        [("consigned", "Consigned Work"), ("studio", "Studio Work")],
        required=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    lot_id = fields.Many2one("stock.lot", string="Work", required=True)
    product_id = fields.Many2one(related="lot_id.product_id")
    order_id = fields.Many2one("sale.order", string="Sales Order", index=True)
    sale_line_id = fields.Many2one("sale.order.line")
    consignment_line_id = fields.Many2one("art.consignment.line")
    purchase_order_id = fields.Many2one("purchase.order")
    sale_price = fields.Monetary(
        groups=CONSIGNMENT_AMOUNT_GROUPS + ",base.group_portal",
        help="Untaxed price the customer paid for the work.",
    )
    commission_amount = fields.Monetary(
        string="Gallery Commission",
        groups=CONSIGNMENT_AMOUNT_GROUPS + ",base.group_portal",
        help="What the gallery keeps: sale price minus the owner's share.",
    )
    net_due = fields.Monetary(
        groups=CONSIGNMENT_AMOUNT_GROUPS + ",base.group_portal",
        help="The owner's share of the sale.",
    )
    refunded = fields.Boolean(
        readonly=True,
        help="The customer returned the work and was refunded: the share is "
        "reversed (credit note on an unpaid bill, refund to claim back when "
        "already paid).",
    )
    move_ids = fields.One2many(
        "account.move", "art_settlement_id", string="Vendor Bills and Refunds"
    )

    @api.model
    def _art_statement(self, partners, date_from, date_to):
        """Statement figures per owner for a period, in a fixed number of
        queries whatever the number of works.

        :return: {partner: {"works", "sale_price", "commission", "net_due",
            "paid", "outstanding", "lines"}}
        """
        settlements = self.sudo()
        domain = [
            ("partner_id", "in", partners.ids),
            ("date", ">=", date_from),
            ("date", "<=", date_to),
        ]
        result = {
            partner: {
                "works": 0,
                "sale_price": 0.0,
                "commission": 0.0,
                "net_due": 0.0,
                "paid": 0.0,
                "outstanding": 0.0,
                "lines": settlements.browse(),
            }
            for partner in partners
        }
        for partner, count, sale, commission, net in settlements._read_group(
            domain + [("refunded", "=", False)],
            ["partner_id"],
            ["__count", "sale_price:sum", "commission_amount:sum", "net_due:sum"],
        ):
            result[partner].update(
                works=count, sale_price=sale, commission=commission, net_due=net
            )
        paid = defaultdict(float)
        for partner, move_type, total, residual in (
            self.env["account.move"]
            .sudo()
            ._read_group(
                [
                    ("state", "=", "posted"),
                    ("art_settlement_id", "any", domain),
                    ("move_type", "in", ("in_invoice", "in_refund")),
                ],
                ["partner_id", "move_type"],
                ["amount_total:sum", "amount_residual:sum"],
            )
        ):
            sign = 1 if move_type == "in_invoice" else -1
            paid[partner.commercial_partner_id] += sign * (total - residual)
        lines = settlements.search(domain, order="date, id")
        lines_by_partner = defaultdict(settlements.browse)
        for line in lines:
            lines_by_partner[line.partner_id] |= line
        for partner, values in result.items():
            values["paid"] = paid.get(partner.commercial_partner_id, 0.0)
            values["outstanding"] = values["net_due"] - values["paid"]
            values["lines"] = lines_by_partner[partner]
        return result

    def _art_reverse(self):
        """The customer returned the work and was refunded."""
        self.ensure_one()
        today = fields.Date.context_today(self)
        work = self.lot_id.display_name
        bill = self.move_ids.filtered(
            lambda m: m.move_type == "in_invoice" and m.state == "posted"
        )[:1]
        if bill and bill.payment_state == "not_paid":
            reversal = bill._reverse_moves(
                [
                    {
                        "invoice_date": today,
                        "date": today,
                        "ref": self.env._("Return of %s", work),
                        "art_settlement_id": self.id,
                        "art_consignment_sale_id": self.order_id.id,
                    }
                ],
                cancel=True,
            )
            note = self.env._(
                "The consignor's unpaid bill %(bill)s is reversed by %(reversal)s.",
                bill=bill.name,
                reversal=reversal.name,
            )
        elif bill:
            refund = self.env["account.move"].create(
                self._art_bill_values(
                    "in_refund",
                    self.net_due,
                    self.env._("Return of %s: consignor share to pay back", work),
                )
            )
            refund.action_post()
            note = self.env._(
                "The consignor was already paid: vendor refund %(refund)s records "
                "what they owe back.",
                refund=refund.name,
            )
        else:
            note = self.env._("No consignor bill was issued: nothing is due.")
        self.refunded = True
        if self.order_id:
            self.order_id.sudo().action_art_log_event(
                self.env._("Consignor share reversed: %s", work), note=note
            )

    def _art_bill_values(self, move_type, amount, label):
        """Values of the consignor's vendor bill or refund for this work."""
        self.ensure_one()
        product = self.env.ref("art_consignment.product_consignment_settlement")
        return {
            "move_type": move_type,
            "partner_id": self.partner_id.id,
            "company_id": self.company_id.id,
            "currency_id": self.currency_id.id,
            "invoice_date": fields.Date.context_today(self),
            "invoice_origin": self.order_id.name,
            "ref": f"{self.order_id.name} / {self.lot_id.name}",
            "art_settlement_id": self.id,
            "art_consignment_sale_id": self.order_id.id,
            "invoice_line_ids": [
                fields.Command.create(
                    {
                        "product_id": product.id,
                        "name": label,
                        "quantity": 1.0,
                        "price_unit": amount,
                        "tax_ids": [fields.Command.clear()],
                    }
                )
            ],
        }
