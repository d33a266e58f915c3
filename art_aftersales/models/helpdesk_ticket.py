# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import plaintext2html

PRIORITY_MAX = "3"


class HelpdeskTicket(models.Model):
    _name = "helpdesk.ticket"
    _inherit = ["helpdesk.ticket", "rating.mixin"]

    sale_order_id = fields.Many2one(
        comodel_name="sale.order",
        string="Sales Order",
        index="btree_not_null",
        tracking=True,
        domain="partner_id and [('partner_id', 'child_of', commercial_partner_id)]"
        " or []",
    )
    lot_id = fields.Many2one(
        comodel_name="stock.lot",
        string="Artwork Serial",
        index="btree_not_null",
        tracking=True,
        domain="partner_id and [('id', 'in', art_allowed_lot_ids)] or []",
        help="The physical work this ticket is about: one of the works "
        "delivered to the customer.",
    )
    art_condition_report_id = fields.Many2one(
        comodel_name="art.condition.report",
        string="Condition Report",
        index="btree_not_null",
        readonly=True,
        help="The arrival condition report that showed the damage.",
    )
    art_allowed_lot_ids = fields.Many2many(
        comodel_name="stock.lot",
        compute="_compute_art_allowed_lot_ids",
        compute_sudo=True,
        string="Works of the Customer",
    )
    art_category_kind = fields.Selection(related="category_id.art_kind")
    art_sla_start_date = fields.Datetime(
        string="Service Level Start",
        default=fields.Datetime.now,
        readonly=True,
        copy=False,
        help="When the response and resolution clocks started.",
    )
    art_response_deadline = fields.Datetime(
        string="Response Deadline",
        compute="_compute_art_deadlines",
        store=True,
        index="btree_not_null",
    )
    art_resolution_deadline = fields.Datetime(
        string="Resolution Deadline",
        compute="_compute_art_deadlines",
        store=True,
        index="btree_not_null",
    )
    art_responded_date = fields.Datetime(
        string="First Response",
        readonly=True,
        copy=False,
        help="When the ticket first left an unattended stage.",
    )
    art_is_overdue = fields.Boolean(
        string="Overdue",
        readonly=True,
        copy=False,
        index=True,
        help="Set by the scheduled check when the response or resolution "
        "deadline has passed on an open ticket.",
    )
    art_escalated_date = fields.Datetime(
        string="Escalated On",
        readonly=True,
        copy=False,
        help="When the overdue ticket was escalated to its team leader. A "
        "ticket is escalated once.",
    )
    art_rated_ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Follow-up Of",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The ticket whose low rating opened this follow-up ticket.",
    )
    art_followup_ticket_ids = fields.One2many(
        comodel_name="helpdesk.ticket",
        inverse_name="art_rated_ticket_id",
        string="Follow-up Tickets",
    )
    art_returns_available = fields.Boolean(
        compute="_compute_art_returns_available",
        help="Technical: whether returns (the rma model) are installed.",
    )

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------

    @api.depends("partner_id", "sale_order_id")
    def _compute_art_allowed_lot_ids(self):
        lots_by_partner = self.env["res.partner"]._art_delivered_lots_by_partner(
            self.partner_id.commercial_partner_id
        )
        for ticket in self:
            lots = lots_by_partner.get(
                ticket.partner_id.commercial_partner_id.id, self.env["stock.lot"]
            )
            if ticket.sale_order_id:
                lots &= ticket.sale_order_id._art_delivered_lots()
            ticket.art_allowed_lot_ids = lots

    @api.depends("category_id", "priority", "art_sla_start_date", "company_id")
    def _compute_art_deadlines(self):
        rules = self.env["art.ticket.sla"].sudo()._art_rules_for(self.category_id)
        for ticket in self:
            rule = rules._art_match(
                ticket.category_id, ticket.priority, ticket.company_id
            )
            start = ticket.art_sla_start_date or fields.Datetime.now()
            ticket.art_response_deadline = ticket._art_add_hours(
                start, rule.response_hours
            )
            ticket.art_resolution_deadline = ticket._art_add_hours(
                start, rule.resolution_hours
            )

    def _compute_art_returns_available(self):
        available = "rma" in self.env
        for ticket in self:
            ticket.art_returns_available = available

    def _art_add_hours(self, start, hours):
        """The deadline ``hours`` after ``start`` (False without commitment).

        Plain clock hours; override to count working hours only.
        """
        if not hours:
            return False
        return start + timedelta(hours=hours)

    # ------------------------------------------------------------------
    # Constraints and onchanges
    # ------------------------------------------------------------------

    @api.constrains("partner_id", "sale_order_id", "lot_id")
    def _check_art_customer_links(self):
        """A ticket may only point to the customer's own order and works."""
        lots_by_partner = (
            self.env["res.partner"]
            .sudo()
            ._art_delivered_lots_by_partner(
                self.filtered("lot_id").partner_id.commercial_partner_id
            )
        )
        for ticket in self.sudo():
            customer = ticket.partner_id.commercial_partner_id
            order = ticket.sale_order_id
            if (
                order
                and customer
                and order.partner_id.commercial_partner_id != (customer)
            ):
                raise ValidationError(
                    self.env._(
                        "Order %(order)s does not belong to %(customer)s.",
                        order=order.name,
                        customer=customer.display_name,
                    )
                )
            if not ticket.lot_id or not customer:
                continue
            lots = lots_by_partner.get(customer.id, self.env["stock.lot"])
            if order:
                lots &= order._art_delivered_lots()
            if ticket.lot_id not in lots:
                raise ValidationError(
                    self.env._(
                        "The work %(lot)s was not delivered to %(customer)s%(order)s.",
                        lot=ticket.lot_id.display_name,
                        customer=customer.display_name,
                        order=self.env._(" by order %s", order.name) if order else "",
                    )
                )

    @api.onchange("category_id")
    def _onchange_art_category_id(self):
        team = self._art_routed_team()
        if team:
            self.team_id = team

    @api.onchange("lot_id")
    def _onchange_art_lot_id(self):
        if self.lot_id and not self.sale_order_id:
            order = self.lot_id.sudo()._art_delivering_orders(
                self.partner_id.commercial_partner_id
            )[:1]
            if order:
                self.sale_order_id = order.id

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("category_id") and not vals.get("team_id"):
                team = self._art_routed_team_for(
                    self.env["helpdesk.ticket.category"].browse(vals["category_id"]),
                    vals.get("priority")
                    or self.default_get(["priority"]).get("priority"),
                    self.env["res.company"].browse(
                        vals.get("company_id") or self.env.company.id
                    ),
                )
                if team:
                    vals["team_id"] = team.id
        return super().create(vals_list)

    def write(self, vals):
        to_mark_responded = self.browse()
        if vals.get("stage_id"):
            stage = self.env["helpdesk.ticket.stage"].browse(vals["stage_id"])
            if not stage.unattended:
                to_mark_responded = self.filtered(lambda t: not t.art_responded_date)
        res = super().write(vals)
        if to_mark_responded:
            to_mark_responded.write({"art_responded_date": fields.Datetime.now()})
        if "category_id" in vals and "team_id" not in vals:
            for ticket in self:
                team = ticket._art_routed_team()
                if team and team != ticket.team_id:
                    ticket.team_id = team
        if vals.get("stage_id"):
            self._art_send_rating_requests()
        return res

    @api.model
    def message_new(self, msg, custom_values=None):
        """Emails without a category land in the enquiry category, so that
        they are routed and get deadlines like any other ticket."""
        custom_values = dict(custom_values or {})
        if not custom_values.get("category_id"):
            enquiry = self.env.ref(
                "art_aftersales.helpdesk_ticket_category_enquiry",
                raise_if_not_found=False,
            )
            if enquiry:
                custom_values["category_id"] = enquiry.id
        return super().message_new(msg, custom_values=custom_values)

    # ------------------------------------------------------------------
    # Routing
    # ------------------------------------------------------------------

    @api.model
    def _art_routed_team_for(self, category, priority, company):
        rules = self.env["art.ticket.sla"].sudo()._art_rules_for(category)
        return rules._art_match(category, priority, company).team_id

    def _art_routed_team(self):
        self.ensure_one()
        return self._art_routed_team_for(
            self.category_id, self.priority, self.company_id
        )

    # ------------------------------------------------------------------
    # Overdue check and escalation
    # ------------------------------------------------------------------

    @api.model
    def _art_overdue_domain(self, now):
        return [
            ("stage_id.closed", "=", False),
            "|",
            "&",
            ("art_responded_date", "=", False),
            ("art_response_deadline", "<", now),
            ("art_resolution_deadline", "<", now),
        ]

    @api.model
    def _cron_art_check_overdue(self):
        """Flag overdue tickets, clear the flag of the others, escalate once.

        Works in batches: a constant number of queries whatever the number
        of tickets.
        """
        now = fields.Datetime.now()
        overdue_domain = self._art_overdue_domain(now)
        overdue = self.search(overdue_domain)
        flagged = self.search([("art_is_overdue", "=", True)])
        (overdue - flagged).write({"art_is_overdue": True})
        (flagged - overdue).write({"art_is_overdue": False})
        overdue.filtered(lambda t: not t.art_escalated_date)._art_escalate()

    def _art_escalation_user(self):
        """Who gets the escalation activity: the team leader, else the
        assigned user, else a member of the team (empty when none: the
        escalation then falls back to After-sales, see ``_art_escalate``)."""
        self.ensure_one()
        members = self.team_id.user_ids.filtered("active").sorted("id")
        return self.team_id.user_id or self.user_id or members[:1]

    def _art_escalate(self):
        """Escalate overdue tickets: one activity for the team leader and a
        higher priority. Recorded, so that it happens once per ticket."""
        if not self:
            return
        now = fields.Datetime.now()
        activity_type = self.env.ref("mail.mail_activity_data_todo")
        model_id = self.env["ir.model"]._get_id(self._name)
        activity_vals = []
        # No leader, assignee or member: After-sales of the company (or its
        # Art Trade Manager), looked up once per company.
        fallback = {}
        for ticket in self:
            user = ticket._art_escalation_user()
            if not user:
                company = ticket.company_id
                if company not in fallback:
                    fallback[company] = company._art_role_user(
                        "art_order_tracking.group_art_aftersales"
                    )
                user = fallback[company]
            activity_vals.append(
                {
                    "res_model_id": model_id,
                    "res_id": ticket.id,
                    "activity_type_id": activity_type.id,
                    "user_id": user.id,
                    "date_deadline": fields.Date.context_today(ticket),
                    "summary": self.env._("Overdue ticket %s", ticket.number),
                    "note": self.env._(
                        "This ticket missed its service level deadline and "
                        "was escalated to you."
                    ),
                }
            )
        if activity_vals:
            self.env["mail.activity"].sudo().with_context(
                mail_activity_quick_update=True
            ).create(activity_vals)
        for priority, tickets in self.grouped(
            lambda t: str(min(int(t.priority or 0) + 1, int(PRIORITY_MAX)))
        ).items():
            tickets.write({"priority": priority, "art_escalated_date": now})

    # ------------------------------------------------------------------
    # Ratings
    # ------------------------------------------------------------------

    def _rating_get_parent_field_name(self):
        return "team_id"

    def _art_send_rating_requests(self):
        for ticket in self:
            template = ticket.stage_id.art_rating_template_id
            if template and ticket.partner_id and ticket.stage_id.closed:
                ticket.rating_send_request(
                    template, lang=ticket.partner_id.lang, force_send=False
                )

    def rating_apply(
        self,
        rate,
        token=None,
        rating=None,
        feedback=None,
        subtype_xmlid=None,
        notify_delay_send=False,
    ):
        rating = super().rating_apply(
            rate,
            token=token,
            rating=rating,
            feedback=feedback,
            subtype_xmlid=subtype_xmlid,
            notify_delay_send=notify_delay_send,
        )
        self._art_followup_low_rating(rating)
        return rating

    def _art_followup_low_rating(self, rating):
        """Open one follow-up ticket when the customer's rating is low."""
        self.ensure_one()
        threshold = self.company_id.art_low_rating_threshold
        if not threshold or rating.rating > threshold:
            return self.browse()
        if self.sudo().art_followup_ticket_ids:
            return self.browse()
        followup = self.sudo().create(self._art_prepare_followup_vals(rating))
        self.sudo().message_post(
            body=self.env._(
                "Low rating (%(rating)s/5): follow-up ticket %(ticket)s opened.",
                rating=int(rating.rating),
                ticket=followup.number,
            ),
            subtype_xmlid="mail.mt_note",
        )
        return followup

    def _art_prepare_followup_vals(self, rating):
        self.ensure_one()
        description = self.env._(
            "The customer rated ticket %(ticket)s %(rating)s out of 5.",
            ticket=self.display_name,
            rating=int(rating.rating),
        )
        if rating.feedback:
            description = f"{description}\n\n{rating.feedback}"
        return {
            "name": self.env._("Low rating follow-up: %s", self.name),
            "description": plaintext2html(description),
            "partner_id": self.partner_id.id,
            "partner_name": self.partner_name,
            "partner_email": self.partner_email,
            "company_id": self.company_id.id,
            "category_id": self.category_id.id,
            "team_id": self.team_id.id,
            "user_id": self.team_id.user_id.id or self.user_id.id,
            "priority": "2",
            "sale_order_id": self.sale_order_id.id,
            "lot_id": self.lot_id.id,
            "art_rated_ticket_id": self.id,
        }

    # ------------------------------------------------------------------
    # Returns (the rma creation itself lives in a glue addon)
    # ------------------------------------------------------------------

    def _art_prepare_return_vals(self):
        """Values of the return (``rma``) a damage ticket starts.

        Uses only fields of OCA ``rma`` and ``rma_sale``; the glue addon that
        creates the return may add its own (e.g. the lot).
        """
        self.ensure_one()
        delivery_move = self.lot_id.sudo()._art_delivery_moves(
            self.partner_id.commercial_partner_id, self.sale_order_id
        )[:1]
        return {
            "partner_id": self.partner_id.id,
            "company_id": self.company_id.id,
            "origin": self.number,
            "description": self.description,
            "order_id": self.sale_order_id.id,
            "product_id": (self.lot_id.product_id or delivery_move.product_id).id,
            "product_uom_qty": 1.0,
            "move_id": delivery_move.id,
            "picking_id": delivery_move.picking_id.id,
        }

    def _art_create_return(self, vals):
        """Create the return; implemented by the returns glue addon."""
        raise UserError(
            self.env._(
                "Returns cannot be started from a ticket: the returns bridge "
                "is not installed."
            )
        )

    def action_art_view_followups(self):
        self.ensure_one()
        return {
            "name": self.env._("Follow-up Tickets"),
            "type": "ir.actions.act_window",
            "res_model": "helpdesk.ticket",
            "view_mode": "list,form",
            "domain": [("art_rated_ticket_id", "=", self.id)],
        }

    def action_art_start_return(self):
        self.ensure_one()
        if not self.art_returns_available:
            raise UserError(self.env._("Returns are not installed."))
        if self.art_category_kind != "damage":
            raise UserError(self.env._("Only damage tickets can start a return."))
        if not self.partner_id:
            raise UserError(self.env._("Set the customer before starting a return."))
        return self._art_create_return(self._art_prepare_return_vals())
