# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class ArtConsignmentAgreement(models.Model):
    _name = "art.consignment.agreement"
    _description = "Consignment Agreement"
    _inherit = ["portal.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"

    name = fields.Char(
        string="Reference", required=True, readonly=True, copy=False, default="/"
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Consignor",
        required=True,
        index=True,
        tracking=True,
        help="Who owns the works and entrusts them to the gallery for sale.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        default=lambda self: self.env.user,
        tracking=True,
        help="Gets the expiry reminder.",
    )
    date_start = fields.Date(
        string="Start Date",
        required=True,
        default=fields.Date.context_today,
        tracking=True,
    )
    date_end = fields.Date(string="End Date", required=True, tracking=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("active", "Running"),
            ("closed", "Closed"),
            ("cancel", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )
    line_ids = fields.One2many(
        "art.consignment.line", "agreement_id", string="Works", copy=True
    )
    work_count = fields.Integer(string="Number of Works", compute="_compute_work_count")
    note = fields.Text(string="Agreement Terms")
    reminder_sent = fields.Boolean(
        string="Expiry Reminder Sent", readonly=True, copy=False
    )

    @api.depends("line_ids")
    def _compute_work_count(self):
        for agreement in self:
            agreement.work_count = len(agreement.line_ids)

    def _compute_access_url(self):
        res = super()._compute_access_url()
        for agreement in self:
            agreement.access_url = f"/my/consignment/agreement/{agreement.id}"
        return res

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for agreement in self:
            if agreement.date_end < agreement.date_start:
                raise ValidationError(
                    self.env._(
                        "Agreement %(agreement)s ends before it starts.",
                        agreement=agreement.name,
                    )
                )

    @api.constrains("state")
    def _check_state_lots(self):
        self.line_ids._check_lot_single_agreement()

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("art.consignment.agreement")
                    or "/"
                )
        return super().create(vals_list)

    def write(self, vals):
        res = super().write(vals)
        if "date_end" in vals:
            self.filtered("reminder_sent").reminder_sent = False
        return res

    def action_activate(self):
        for agreement in self:
            if agreement.state != "draft":
                raise UserError(
                    self.env._(
                        "Only a draft agreement can start (%(agreement)s).",
                        agreement=agreement.name,
                    )
                )
            if not agreement.line_ids:
                raise UserError(
                    self.env._(
                        "Agreement %(agreement)s has no works.",
                        agreement=agreement.name,
                    )
                )
        self.write({"state": "active"})
        self._art_set_quant_owner()
        return True

    def action_close(self):
        for agreement in self:
            if agreement.line_ids.filtered(lambda line: line.state == "open"):
                raise UserError(
                    self.env._(
                        "Agreement %(agreement)s still has unsold works: return "
                        "them to the consignor first.",
                        agreement=agreement.name,
                    )
                )
        self.write({"state": "closed"})
        return True

    def action_cancel(self):
        if self.line_ids.filtered(lambda line: line.state == "sold"):
            raise UserError(
                self.env._("An agreement with sold works cannot be cancelled.")
            )
        self.write({"state": "cancel"})
        return True

    def action_draft(self):
        self.filtered(lambda a: a.state == "cancel").write({"state": "draft"})
        return True

    def action_receive_works(self):
        """Receipt of the consigned works: the consignor stays their owner."""
        self.ensure_one()
        # Warehouse work: the transfer's own access rights apply.
        lots = self.line_ids.filtered(lambda line: line.state == "open").lot_id
        quants = (
            self.env["stock.quant"]
            .sudo()
            ._read_group(
                [("lot_id", "in", lots.ids), ("location_id.usage", "=", "internal")],
                ["lot_id"],
            )
        )
        lots -= self.env["stock.lot"].union(*(lot for (lot,) in quants))
        if not lots:
            raise UserError(self.env._("Every work of this agreement is in stock."))
        warehouse = self.env["stock.warehouse"].search(
            [("company_id", "=", self.company_id.id)], limit=1
        )
        picking_type = warehouse.in_type_id
        picking = self.env["stock.picking"].create(
            {
                "picking_type_id": picking_type.id,
                "partner_id": self.partner_id.id,
                "owner_id": self.partner_id.id,
                "origin": self.name,
                "location_id": self.partner_id.property_stock_supplier.id,
                "location_dest_id": picking_type.default_location_dest_id.id,
                "move_ids": [
                    fields.Command.create(
                        {
                            "name": lot.product_id.display_name,
                            "product_id": lot.product_id.id,
                            "product_uom_qty": 1.0,
                            "product_uom": lot.product_id.uom_id.id,
                            "restrict_lot_id": lot.id,
                            "location_id": (self.partner_id.property_stock_supplier.id),
                            "location_dest_id": (
                                picking_type.default_location_dest_id.id
                            ),
                        }
                    )
                    for lot in lots
                ],
            }
        )
        picking.action_confirm()
        return {
            "type": "ir.actions.act_window",
            "res_model": "stock.picking",
            "res_id": picking.id,
            "view_mode": "form",
        }

    def _art_set_quant_owner(self):
        """Works already in stock when the agreement starts belong to the
        consignor from now on (Odoo's stock ownership)."""
        for agreement in self:
            lots = agreement.line_ids.filtered(lambda line: line.state == "open").lot_id
            quants = (
                self.env["stock.quant"]
                .sudo()
                .search(
                    [
                        ("lot_id", "in", lots.ids),
                        ("location_id.usage", "=", "internal"),
                        ("owner_id", "=", False),
                        ("reserved_quantity", "=", 0),
                    ]
                )
            )
            quants.write({"owner_id": agreement.partner_id.id})

    @api.model
    def _cron_art_expiry_reminders(self):
        """Activity for the responsible, N days before the agreement ends."""
        today = fields.Date.context_today(self)
        todo = self.env.ref("mail.mail_activity_data_todo")
        agreements = self.search(
            [("state", "=", "active"), ("reminder_sent", "=", False)]
        )
        due = agreements.filtered(
            lambda a: (
                a.company_id.art_consignment_reminder_days
                and a.date_end
                <= today + timedelta(days=a.company_id.art_consignment_reminder_days)
            )
        )
        for agreement in due:
            user = (
                agreement.user_id
                or agreement.company_id.art_manager_user_id
                or self.env.ref("base.user_admin")
            )
            agreement.activity_schedule(
                activity_type_id=todo.id,
                date_deadline=agreement.date_end,
                summary=self.env._("Consignment agreement ends: renew or return"),
                note=self.env._(
                    "Agreement %(agreement)s with %(consignor)s ends on %(date)s.",
                    agreement=agreement.name,
                    consignor=agreement.partner_id.display_name,
                    date=agreement.date_end,
                ),
                user_id=user.id,
            )
        due.write({"reminder_sent": True})
        return due
