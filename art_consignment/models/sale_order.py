# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import float_compare


class SaleOrder(models.Model):
    _inherit = "sale.order"

    art_below_consignor_min = fields.Boolean(
        string="Below Consignor's Minimum",
        compute="_compute_art_below_consignor_min",
        store=True,
        help="A consigned work is sold below its consignor's minimum price: a "
        "manager must approve the order.",
    )
    art_purchase_order_ids = fields.One2many(
        "purchase.order", "art_sale_order_id", string="Studio Purchases"
    )
    art_purchase_count = fields.Integer(
        string="Studio Purchase Count", compute="_compute_art_sourcing_counts"
    )
    art_consignor_bill_ids = fields.One2many(
        "account.move", "art_consignment_sale_id", string="Consignor Bills"
    )
    art_consignor_bill_count = fields.Integer(
        string="Consignor Bill Count", compute="_compute_art_sourcing_counts"
    )
    art_settlement_ids = fields.One2many(
        "art.consignment.settlement", "order_id", string="Owner Settlements"
    )

    @api.depends(
        "order_line.price_subtotal",
        "order_line.art_lot_id",
        "order_line.art_lot_id.art_consignment_line_ids.min_price",
        "order_line.art_lot_id.art_consignment_line_ids.state",
        "order_line.art_lot_id.art_consignment_line_ids.agreement_state",
    )
    def _compute_art_below_consignor_min(self):
        for order in self:
            order.art_below_consignor_min = any(
                order._art_line_below_min(line)
                for line in order.order_line.filtered("art_lot_id")
            )

    def _art_line_below_min(self, line):
        consignment = line.art_lot_id._art_active_consignment_line()
        if not consignment.min_price:
            return False
        price = line._art_company_price()
        return (
            float_compare(
                price,
                consignment.min_price,
                precision_rounding=consignment.currency_id.rounding,
            )
            < 0
        )

    @api.depends("art_purchase_order_ids", "art_consignor_bill_ids")
    def _compute_art_sourcing_counts(self):
        for order in self:
            order.art_purchase_count = len(order.art_purchase_order_ids)
            order.art_consignor_bill_count = len(order.art_consignor_bill_ids)

    # ------------------------------------------------------------------
    # Approval: buy studio works, reserve consigned works
    # ------------------------------------------------------------------

    def action_confirm(self):
        studio_lines = self._art_sourcing_lines("studio")
        studio_lines._art_check_studio_purchase()
        res = super().action_confirm()
        confirmed = self.filtered(lambda o: o.state == "sale")
        confirmed._art_mark_consigned_sold()
        confirmed._art_create_studio_purchases()
        return res

    def _art_sourcing_lines(self, ownership):
        return self.order_line.filtered(
            lambda line: (
                line.art_lot_id
                and not line.display_type
                and line.art_lot_id.art_ownership == ownership
            )
        )

    def _art_mark_consigned_sold(self):
        for line in self._art_sourcing_lines("consigned"):
            consignment = line.art_lot_id._art_active_consignment_line()
            if consignment.state == "open":
                consignment.write({"state": "sold", "sale_line_id": line.id})

    def _art_create_studio_purchases(self):
        """A purchase order to the artist for each studio work sold."""
        Purchase = self.env["purchase.order"].sudo()
        Settlement = self.env["art.consignment.settlement"].sudo()
        for line in self._art_sourcing_lines("studio"):
            order = line.order_id
            if order.sudo().art_purchase_order_ids.order_line.filtered(
                lambda pol, lot=line.art_lot_id: (
                    pol.art_lot_id == lot and pol.state != "cancel"
                )
            ):
                continue
            lot = line.art_lot_id.sudo()
            artist = lot._art_studio_partner().commercial_partner_id
            sale_price = line._art_company_price()
            settlement = Settlement.create(
                {
                    "partner_id": artist.id,
                    "kind": "studio",
                    "company_id": order.company_id.id,
                    "lot_id": lot.id,
                    "order_id": order.id,
                    "sale_line_id": line.id,
                    "sale_price": sale_price,
                    "net_due": lot.art_studio_price,
                    "commission_amount": sale_price - lot.art_studio_price,
                }
            )
            purchase = Purchase.create(
                {
                    "partner_id": artist.id,
                    "company_id": order.company_id.id,
                    "currency_id": order.company_id.currency_id.id,
                    "origin": order.name,
                    "art_sale_order_id": order.id,
                    "art_settlement_id": settlement.id,
                    "order_line": [
                        fields.Command.create(
                            {
                                "product_id": lot.product_id.id,
                                "name": self.env._(
                                    "%(work)s (serial %(serial)s)",
                                    work=lot.product_id.display_name,
                                    serial=lot.name,
                                ),
                                "product_qty": 1.0,
                                "product_uom": lot.product_id.uom_po_id.id,
                                "price_unit": lot.art_studio_price,
                                "taxes_id": [fields.Command.clear()],
                                "art_lot_id": lot.id,
                            }
                        )
                    ],
                }
            )
            purchase.button_confirm()
            settlement.purchase_order_id = purchase
            order.sudo().action_art_log_event(
                self.env._(
                    "Studio work %(work)s ordered from the artist: %(purchase)s",
                    work=lot.display_name,
                    purchase=purchase.name,
                )
            )

    # ------------------------------------------------------------------
    # Paid and delivered: the consignor's share becomes payable
    # ------------------------------------------------------------------

    def _compute_art_payment(self):
        res = super()._compute_art_payment()
        # Paid after the delivery (shipped on credit): the consignors are
        # billed at the commit, like the stage changes.
        paid = [order.id for order in self if order.id and order.art_is_paid]
        if paid:
            self.env.cr.precommit.data.setdefault("art.consignment.paid", set()).update(
                paid
            )
            self.env.cr.precommit.add(self._art_bill_consignors_of_paid_orders)
        return res

    def _art_bill_consignors_of_paid_orders(self):
        ids = self.env.cr.precommit.data.pop("art.consignment.paid", set())
        orders = self.env["sale.order"].sudo().browse(list(ids)).exists()
        orders.filtered(
            lambda o: (
                o.art_is_paid
                and o.art_delivered_date
                and o._art_sourcing_lines("consigned")
            )
        )._art_create_consignor_bills()

    def _art_on_stage_changed(self, previous):
        res = super()._art_on_stage_changed(previous)
        self.filtered(
            lambda o: o.art_stage in ("delivered", "closed") and o.art_is_paid
        )._art_create_consignor_bills()
        return res

    def action_art_create_consignor_bills(self):
        """Finance: issue the consignor bills of a paid, delivered order
        (when the customer paid after the delivery)."""
        if not self.env.user.has_group("art_order_tracking.group_art_finance"):
            raise UserError(self.env._("Only Finance may issue consignor bills."))
        for order in self:
            if not (order.art_is_paid and order.art_delivered_date):
                raise UserError(
                    self.env._(
                        "Order %(order)s: the consignor is paid once the customer "
                        "has paid and the work is delivered.",
                        order=order.name,
                    )
                )
        return self._art_create_consignor_bills()

    def _art_create_consignor_bills(self):
        """A posted vendor bill to the consignor of each consigned work sold,
        for their share: the agreed net, or the sale price minus commission.
        One search, one create and one posting for all the orders' works."""
        orders = self.sudo()
        sale_lines = orders._art_sourcing_lines("consigned")
        consignments = {
            consignment.sale_line_id: consignment
            for consignment in self.env["art.consignment.line"]
            .sudo()
            .search([("sale_line_id", "in", sale_lines.ids), ("state", "=", "sold")])
        }
        settled = orders.art_settlement_ids.filtered(lambda s: not s.refunded)
        todo = []
        for line in sale_lines - settled.sale_line_id:
            consignment = consignments.get(line)
            if not consignment:
                continue
            sale_price = line._art_company_price()
            commission, net = consignment._art_shares(sale_price)
            todo.append(
                (
                    line,
                    {
                        "partner_id": consignment.partner_id.commercial_partner_id.id,
                        "kind": "consigned",
                        "company_id": line.order_id.company_id.id,
                        "lot_id": line.art_lot_id.id,
                        "order_id": line.order_id.id,
                        "sale_line_id": line.id,
                        "consignment_line_id": consignment.id,
                        "sale_price": sale_price,
                        "commission_amount": commission,
                        "net_due": net,
                    },
                )
            )
        if not todo:
            return self.env["account.move"]
        settlements = (
            self.env["art.consignment.settlement"]
            .sudo()
            .create([values for _line, values in todo])
        )
        bills = (
            self.env["account.move"]
            .sudo()
            .create(
                [
                    settlement._art_bill_values(
                        "in_invoice",
                        settlement.net_due,
                        self.env._(
                            "Consignment: %(work)s sold on %(order)s",
                            work=line.art_lot_id.display_name,
                            order=line.order_id.name,
                        ),
                    )
                    for settlement, (line, _values) in zip(
                        settlements, todo, strict=True
                    )
                ]
            )
        )
        bills.action_post()
        for bill, (line, _values) in zip(bills, todo, strict=True):
            line.order_id.action_art_log_event(
                self.env._(
                    "Consignor bill %(bill)s for %(work)s",
                    bill=bill.name,
                    work=line.art_lot_id.display_name,
                )
            )
        return bills

    # ------------------------------------------------------------------
    # Smart buttons
    # ------------------------------------------------------------------

    def action_view_art_purchases(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "purchase.purchase_form_action"
        )
        action["domain"] = [("art_sale_order_id", "=", self.id)]
        action["context"] = {"create": False}
        return action

    def action_view_art_consignor_bills(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "account.action_move_in_invoice_type"
        )
        action["domain"] = [("art_consignment_sale_id", "=", self.id)]
        action["context"] = {"create": False, "default_move_type": "in_invoice"}
        return action
