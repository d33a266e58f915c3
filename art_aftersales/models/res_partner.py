# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import api, fields, models

# Who sees the customer 360 figures (aggregates computed as superuser).
ART_360_GROUPS = (
    "art_order_tracking.group_art_sales,"
    "art_order_tracking.group_art_aftersales,"
    "art_order_tracking.group_art_finance"
)


class ResPartner(models.Model):
    _inherit = "res.partner"

    art_currency_id = fields.Many2one(
        comodel_name="res.currency",
        compute="_compute_art_currency_id",
        string="360 Currency",
    )
    art_sale_order_count = fields.Integer(
        string="Confirmed Orders",
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
    )
    art_lifetime_value = fields.Monetary(
        string="Lifetime Value",
        currency_field="art_currency_id",
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
        help="Posted customer invoices minus credit notes, untaxed, in the "
        "current company's currency.",
    )
    art_ticket_count = fields.Integer(
        string="All Tickets",
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
    )
    art_ticket_open_count = fields.Integer(
        string="Open Tickets",
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
    )
    art_rating_avg = fields.Float(
        string="Average Rating",
        digits=(3, 2),
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
        help="Average of the ratings this customer gave (out of 5).",
    )
    art_rating_count = fields.Integer(
        string="Ratings Given",
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
    )
    art_care_visit_count = fields.Integer(
        string="Care Visits",
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
    )
    art_open_issue_count = fields.Integer(
        string="Open Issues",
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
        help="Open tickets, plus care visits past their date, plus open "
        "returns when returns are installed.",
    )

    def _compute_art_currency_id(self):
        for partner in self:
            partner.art_currency_id = self.env.company.currency_id

    # ------------------------------------------------------------------
    # Customer 360: one batch of grouped queries for all partners of self.
    # Every _art_360_* method returns {commercial partner id: {field: value}}
    # and can be extended (e.g. by the returns glue addon).
    # ------------------------------------------------------------------

    def _art_360_fields(self):
        return [
            "art_sale_order_count",
            "art_lifetime_value",
            "art_ticket_count",
            "art_ticket_open_count",
            "art_rating_avg",
            "art_rating_count",
            "art_care_visit_count",
            "art_open_issue_count",
        ]

    def _compute_art_customer_360(self):
        commercials = self.commercial_partner_id
        contacts = (
            self.env["res.partner"]
            .with_context(active_test=False)
            .search([("id", "child_of", commercials.ids)])
        )
        figures = defaultdict(lambda: defaultdict(float))
        for method in (
            self._art_360_orders,
            self._art_360_lifetime_value,
            self._art_360_tickets,
            self._art_360_ratings,
            self._art_360_care_visits,
        ):
            for partner_id, values in method(commercials, contacts).items():
                figures[partner_id].update(values)
        for partner_id, values in self._art_360_open_issues(
            commercials, contacts, figures
        ).items():
            figures[partner_id].update(values)
        for partner in self:
            values = figures[partner.commercial_partner_id.id]
            for fname in self._art_360_fields():
                partner[fname] = values.get(fname, 0)

    @api.model
    def _art_group_by_commercial(self, rows):
        """[(partner, value), ...] -> {commercial id: summed value}."""
        result = defaultdict(float)
        for partner, value in rows:
            result[partner.commercial_partner_id.id] += value or 0
        return result

    def _art_360_orders(self, commercials, contacts):
        rows = self.env["sale.order"]._read_group(
            [
                ("partner_id", "in", contacts.ids),
                ("state", "=", "sale"),
                ("company_id", "in", self.env.companies.ids),
            ],
            ["partner_id"],
            ["__count"],
        )
        counts = self._art_group_by_commercial(rows)
        return {pid: {"art_sale_order_count": count} for pid, count in counts.items()}

    def _art_360_lifetime_value(self, commercials, contacts):
        rows = self.env["account.move"]._read_group(
            [
                ("commercial_partner_id", "in", commercials.ids),
                ("move_type", "in", ("out_invoice", "out_refund")),
                ("state", "=", "posted"),
                ("company_id", "=", self.env.company.id),
            ],
            ["commercial_partner_id"],
            ["amount_untaxed_signed:sum"],
        )
        return {partner.id: {"art_lifetime_value": amount} for partner, amount in rows}

    def _art_360_tickets(self, commercials, contacts):
        rows = self.env["helpdesk.ticket"]._read_group(
            [("commercial_partner_id", "in", commercials.ids)],
            ["commercial_partner_id", "stage_id"],
            ["__count"],
        )
        result = defaultdict(
            lambda: {"art_ticket_count": 0, "art_ticket_open_count": 0}
        )
        for partner, stage, count in rows:
            result[partner.id]["art_ticket_count"] += count
            if not stage.closed:
                result[partner.id]["art_ticket_open_count"] += count
        return result

    def _art_360_ratings(self, commercials, contacts):
        rows = self.env["rating.rating"]._read_group(
            [
                ("partner_id", "in", contacts.ids),
                ("consumed", "=", True),
                ("rating", ">=", 1),
            ],
            ["partner_id"],
            ["__count", "rating:sum"],
        )
        result = defaultdict(lambda: {"art_rating_count": 0, "art_rating_sum": 0.0})
        for partner, count, total in rows:
            values = result[partner.commercial_partner_id.id]
            values["art_rating_count"] += count
            values["art_rating_sum"] += total
        for values in result.values():
            values["art_rating_avg"] = (
                values.pop("art_rating_sum") / values["art_rating_count"]
            )
        return result

    def _art_360_care_visits(self, commercials, contacts):
        rows = self.env["art.care.visit"]._read_group(
            [("partner_id", "in", contacts.ids)],
            ["partner_id", "state", "scheduled_date:day"],
            ["__count"],
        )
        today = fields.Date.context_today(self)
        result = defaultdict(lambda: {"art_care_visit_count": 0, "art_late_visits": 0})
        for partner, state, scheduled_date, count in rows:
            values = result[partner.commercial_partner_id.id]
            values["art_care_visit_count"] += count
            if state == "planned" and scheduled_date and scheduled_date < today:
                values["art_late_visits"] += count
        return result

    def _art_360_open_issues(self, commercials, contacts, figures):
        """Open tickets plus late care visits; the returns glue adds open
        returns by extending this method."""
        return {
            pid: {
                "art_open_issue_count": values.get("art_ticket_open_count", 0)
                + values.get("art_late_visits", 0)
            }
            for pid, values in figures.items()
        }

    # ------------------------------------------------------------------
    # Works of the customer
    # ------------------------------------------------------------------

    @api.model
    def _art_delivered_lots_by_partner(self, partners):
        """{commercial partner id: stock.lot (sudo)} of the works delivered
        to these customers by our sales orders."""
        if not partners:
            return {}
        lines = self.env["stock.move.line"]._art_customer_deliveries(
            partners=partners.commercial_partner_id
        )
        result = defaultdict(lambda: self.env["stock.lot"].sudo())
        for line in lines:
            commercial = line.move_id.sale_line_id.order_id.partner_id
            result[commercial.commercial_partner_id.id] |= line.lot_id
        return dict(result)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def action_art_view_sale_orders(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("sale.action_orders")
        action["domain"] = [
            ("partner_id", "child_of", self.commercial_partner_id.id),
            ("state", "=", "sale"),
        ]
        action["context"] = {"default_partner_id": self.id}
        return action

    def action_art_view_care_visits(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "art_aftersales.art_care_visit_action"
        )
        action["domain"] = [("partner_id", "child_of", self.commercial_partner_id.id)]
        action["context"] = {"default_partner_id": self.id}
        return action

    def action_art_view_ratings(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "art_aftersales.art_ticket_rating_report_action"
        )
        action["domain"] = [
            ("partner_id", "child_of", self.commercial_partner_id.id),
        ]
        action["context"] = {}
        return action
