# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class AccountMove(models.Model):
    _inherit = "account.move"

    art_consignment_sale_id = fields.Many2one(
        "sale.order",
        string="Consigned Work Sale",
        index="btree_not_null",
        readonly=True,
        copy=False,
        help="The sale that made this consignor bill or refund due.",
    )
    art_settlement_id = fields.Many2one(
        "art.consignment.settlement",
        string="Owner Settlement",
        compute="_compute_art_settlement_id",
        store=True,
        readonly=False,
        index="btree_not_null",
        copy=False,
        help="The sold work this bill or refund settles with its owner.",
    )

    @api.depends("invoice_line_ids.purchase_line_id")
    def _compute_art_settlement_id(self):
        for move in self:
            purchase = move.invoice_line_ids.purchase_line_id.order_id
            settlement = purchase.art_settlement_id[:1]
            move.art_settlement_id = settlement or move.art_settlement_id

    def _post(self, soft=True):
        posted = super()._post(soft=soft)
        refunds = posted.filtered(lambda m: m.move_type == "out_refund")
        if refunds:
            refunds._art_reverse_consignor_shares()
        return posted

    def _art_reverse_consignor_shares(self):
        """A customer credit note on a consigned work: the consignor's share
        is reversed (credit note on the bill while unpaid) or claimed back (a
        vendor refund, receivable against the consignor, once paid)."""
        sale_lines = (
            self.invoice_line_ids.filtered(lambda line: line.quantity > 0)
            .sale_line_ids.filtered("art_lot_id")
            .sudo()
        )
        if not sale_lines:
            return
        settlements = (
            self.env["art.consignment.settlement"]
            .sudo()
            .search(
                [
                    ("sale_line_id", "in", sale_lines.ids),
                    ("kind", "=", "consigned"),
                    ("refunded", "=", False),
                ]
            )
        )
        for settlement in settlements:
            settlement._art_reverse()
        # The work is back on consignment, sellable again, and a work already
        # back in stock belongs to its consignor again.
        lines = (
            self.env["art.consignment.line"]
            .sudo()
            .search([("sale_line_id", "in", sale_lines.ids), ("state", "=", "sold")])
        )
        lines.write({"state": "open", "sale_line_id": False})
        lines.agreement_id._art_set_quant_owner()
