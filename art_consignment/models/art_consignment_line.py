# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import float_round

# Who may read what the consignor gets (agreed net, commission, shares).
CONSIGNMENT_AMOUNT_GROUPS = (
    "art_order_tracking.group_art_finance,art_order_tracking.group_art_manager"
)


class ArtConsignmentLine(models.Model):
    _name = "art.consignment.line"
    _description = "Consigned Work"
    _order = "agreement_id, id"
    _rec_name = "lot_id"

    agreement_id = fields.Many2one(
        "art.consignment.agreement",
        required=True,
        ondelete="cascade",
        index=True,
    )
    agreement_state = fields.Selection(
        related="agreement_id.state", string="Agreement Status", store=True
    )
    partner_id = fields.Many2one(
        related="agreement_id.partner_id",
        string="Consignor",
        store=True,
        index=True,
    )
    company_id = fields.Many2one(related="agreement_id.company_id", store=True)
    currency_id = fields.Many2one(related="agreement_id.currency_id")
    lot_id = fields.Many2one(
        "stock.lot",
        string="Work",
        required=True,
        index=True,
        domain="[('art_is_artwork', '=', True)]",
    )
    product_id = fields.Many2one(related="lot_id.product_id", store=True)
    terms = fields.Selection(
        string="Consignment Terms",
        selection=[
            ("net", "Agreed Net to Consignor"),
            ("commission", "Commission on the Sale Price"),
        ],
        default="commission",
        required=True,
        help="Agreed net: the consignor gets a fixed amount, whatever the sale "
        "price. Commission: the consignor gets the sale price minus the "
        "gallery's commission.",
    )
    net_amount = fields.Monetary(
        string="Agreed Net",
        groups=CONSIGNMENT_AMOUNT_GROUPS,
        help="What the consignor gets when the work is sold (agreed net terms).",
    )
    commission_percent = fields.Float(
        string="Commission (%)",
        groups=CONSIGNMENT_AMOUNT_GROUPS,
        help="The gallery's share of the sale price (commission terms).",
    )
    min_price = fields.Monetary(
        string="Minimum Price",
        help="Selling below this price (untaxed) needs a manager's approval.",
    )
    state = fields.Selection(
        [
            ("open", "On Consignment"),
            ("sold", "Sold"),
            ("returned", "Back with the Consignor"),
        ],
        string="Status",
        default="open",
        required=True,
        readonly=True,
        copy=False,
    )
    sale_line_id = fields.Many2one("sale.order.line", readonly=True, copy=False)
    return_picking_id = fields.Many2one(
        "stock.picking", string="Return Transfer", readonly=True, copy=False
    )
    date_returned = fields.Date(string="Returned On", readonly=True, copy=False)

    @api.constrains("commission_percent", "net_amount", "min_price")
    def _check_amounts(self):
        for line in self.sudo():
            if not 0 <= line.commission_percent <= 100:
                raise ValidationError(
                    self.env._(
                        "%(work)s: the commission must be between 0 and 100%%.",
                        work=line.lot_id.display_name,
                    )
                )
            if line.min_price < 0:
                raise ValidationError(
                    self.env._(
                        "%(work)s: the minimum price cannot be negative.",
                        work=line.lot_id.display_name,
                    )
                )
            if line.net_amount < 0:
                raise ValidationError(
                    self.env._(
                        "%(work)s: the agreed net cannot be negative.",
                        work=line.lot_id.display_name,
                    )
                )

    @api.constrains("lot_id", "state", "agreement_id")
    def _check_lot_single_agreement(self):
        running = self.sudo().filtered(
            lambda line: (
                line.agreement_id.state == "active" and line.state != "returned"
            )
        )
        if not running:
            return
        others = self.sudo().search(
            [
                ("lot_id", "in", running.lot_id.ids),
                ("agreement_id.state", "=", "active"),
                ("state", "!=", "returned"),
                ("id", "not in", running.ids),
            ]
        )
        seen = {}
        for line in running + others:
            first = seen.setdefault(line.lot_id, line)
            if first != line:
                raise ValidationError(
                    self.env._(
                        "Work %(work)s is already consigned under agreement "
                        "%(agreement)s: one work, one running agreement.",
                        work=line.lot_id.display_name,
                        agreement=first.agreement_id.name
                        if first.agreement_id != line.agreement_id
                        else line.agreement_id.name,
                    )
                )

    def _art_shares(self, sale_price):
        """(commission, net to consignor) of a sale at ``sale_price``
        (company currency, untaxed)."""
        self.ensure_one()
        line = self.sudo()
        currency = line.currency_id
        if line.terms == "net":
            net = line.net_amount
        else:
            net = float_round(
                sale_price * (1 - line.commission_percent / 100.0),
                precision_rounding=currency.rounding,
            )
        return currency.round(sale_price - net), net

    def action_return_to_consignor(self):
        """Outgoing transfer of unsold works back to their consignor."""
        # Warehouse work: the transfer's own access rights apply.
        self.check_access("read")
        lines = self.filtered(lambda line: line.state == "open")
        if lines != self or not lines:
            raise UserError(self.env._("Only works still on consignment go back."))
        pickings = self.env["stock.picking"]
        for line in lines:
            if line.return_picking_id.state not in (False, "cancel"):
                raise UserError(
                    self.env._(
                        "%(work)s is already on its way back (%(picking)s).",
                        work=line.lot_id.display_name,
                        picking=line.return_picking_id.name,
                    )
                )
            warehouse = self.env["stock.warehouse"].search(
                [("company_id", "=", line.company_id.id)], limit=1
            )
            picking_type = warehouse.out_type_id
            source = picking_type.default_location_src_id
            dest = line.partner_id.property_stock_supplier
            picking = self.env["stock.picking"].create(
                {
                    "picking_type_id": picking_type.id,
                    "partner_id": line.partner_id.id,
                    "origin": line.agreement_id.name,
                    "location_id": source.id,
                    "location_dest_id": dest.id,
                    "move_ids": [
                        fields.Command.create(
                            {
                                "name": line.lot_id.display_name,
                                "product_id": line.product_id.id,
                                "product_uom_qty": 1.0,
                                "product_uom": line.product_id.uom_id.id,
                                "restrict_lot_id": line.lot_id.id,
                                "art_consignment_line_id": line.id,
                                "location_id": source.id,
                                "location_dest_id": dest.id,
                            }
                        )
                    ],
                }
            )
            picking.action_confirm()
            picking.action_assign()
            line.sudo().return_picking_id = picking
            pickings |= picking
        return pickings

    def _art_mark_returned(self):
        self.write({"state": "returned", "date_returned": fields.Date.today()})
        agreements = self.agreement_id.filtered(
            lambda a: (
                a.state == "active"
                and not a.line_ids.filtered(lambda line: line.state == "open")
            )
        )
        agreements.write({"state": "closed"})
