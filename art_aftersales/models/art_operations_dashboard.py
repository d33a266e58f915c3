# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime, time

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from odoo.addons.art_order_tracking.models.sale_order import ART_STAGES


def _round(value, digits=2):
    return round(value, digits) if value is not None else None


def _rate(part, whole):
    return round(100.0 * part / whole, 2) if whole else None


class ArtOperationsDashboard(models.TransientModel):
    """The operations dashboard: process and satisfaction KPIs of a period,
    computed with a fixed number of aggregate queries (never per record), and
    buttons opening the pivot and graph views of the underlying records."""

    _name = "art.operations.dashboard"
    _description = "Art Operations Dashboard"

    date_from = fields.Date(
        string="From", help="Leave empty to measure from the first record."
    )
    date_to = fields.Date(
        string="To", help="Leave empty to measure up to today (included)."
    )
    end_to_end_hours = fields.Float(
        string="End to End (h)",
        compute="_compute_kpis",
        digits=(16, 1),
        help="Average time from the first draft to delivery, for the orders "
        "delivered in the period.",
    )
    delivered_order_count = fields.Integer(
        string="Delivered Orders", compute="_compute_kpis"
    )
    on_time_rate = fields.Float(
        string="On Time (%)",
        compute="_compute_kpis",
        digits=(16, 1),
        help="Share of the stages ended in the period that had a time "
        "commitment and met it.",
    )
    order_rating_avg = fields.Float(
        string="Order Rating", compute="_compute_kpis", digits=(16, 2)
    )
    order_rating_count = fields.Integer(string="Order Ratings", compute="_compute_kpis")
    ticket_rating_avg = fields.Float(
        string="Ticket Rating", compute="_compute_kpis", digits=(16, 2)
    )
    ticket_rating_count = fields.Integer(
        string="Ticket Ratings", compute="_compute_kpis"
    )
    ticket_count = fields.Integer(string="Tickets Opened", compute="_compute_kpis")
    ticket_response_hours = fields.Float(
        string="Response Time (h)", compute="_compute_kpis", digits=(16, 1)
    )
    ticket_resolution_hours = fields.Float(
        string="Resolution Time (h)", compute="_compute_kpis", digits=(16, 1)
    )
    damage_rate = fields.Float(
        string="Damage Rate (%)",
        compute="_compute_kpis",
        digits=(16, 1),
        help="Share of the orders delivered in the period with arrival damage.",
    )
    error_rate = fields.Float(
        string="Error Rate (%)",
        compute="_compute_kpis",
        digits=(16, 1),
        help="Share of the art orders of the period with an exception: stage "
        "overdue, failed delivery, damage or overdue payment.",
    )
    return_rate = fields.Float(
        string="Return Rate (%)",
        compute="_compute_kpis",
        digits=(16, 1),
        help="Share of the orders delivered in the period with a return "
        "(when returns are installed).",
    )
    returns_available = fields.Boolean(compute="_compute_kpis")
    kpi_details = fields.Html(string="Details", compute="_compute_kpis", sanitize=False)

    @api.depends("date_from", "date_to")
    def _compute_kpis(self):
        for dashboard in self:
            kpis = self.get_kpis(dashboard.date_from, dashboard.date_to)
            returns = kpis["returns"]
            dashboard.update(
                {
                    "end_to_end_hours": kpis["end_to_end"]["avg_hours"] or 0.0,
                    "delivered_order_count": kpis["end_to_end"]["orders"],
                    "on_time_rate": kpis["on_time"]["rate"] or 0.0,
                    "order_rating_avg": kpis["order_rating"]["avg"] or 0.0,
                    "order_rating_count": kpis["order_rating"]["count"],
                    "ticket_rating_avg": kpis["ticket_rating"]["avg"] or 0.0,
                    "ticket_rating_count": kpis["ticket_rating"]["count"],
                    "ticket_count": kpis["tickets"]["count"],
                    "ticket_response_hours": kpis["tickets"]["avg_response_hours"]
                    or 0.0,
                    "ticket_resolution_hours": kpis["tickets"]["avg_resolution_hours"]
                    or 0.0,
                    "damage_rate": kpis["damage"]["rate"] or 0.0,
                    "error_rate": kpis["errors"]["rate"] or 0.0,
                    "return_rate": returns.get("rate") or 0.0,
                    "returns_available": returns["available"],
                    "kpi_details": self.env["ir.qweb"]._render(
                        "art_aftersales.art_operations_dashboard_details",
                        {"kpis": kpis},
                    ),
                }
            )

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for dashboard in self:
            if (
                dashboard.date_from
                and dashboard.date_to
                and dashboard.date_from > dashboard.date_to
            ):
                raise UserError(self.env._("The period must start before it ends."))

    # ------------------------------------------------------------------
    # Actions: the records behind the figures
    # ------------------------------------------------------------------

    def _art_action(self, xmlid, domain=None, context=None):
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        if domain is not None:
            action["domain"] = domain
        if context is not None:
            action["context"] = context
        return action

    def action_open_stage_periods(self):
        self.ensure_one()
        return self._art_action(
            "art_order_tracking.art_order_stage_period_action",
            domain=self._date_domain("date_end") + [("date_end", "!=", False)],
        )

    def action_open_order_ratings(self):
        self.ensure_one()
        return self._art_action(
            "art_aftersales.art_order_rating_action",
            domain=[("res_model", "=", "sale.order"), ("consumed", "=", True)]
            + self._date_domain("write_date"),
        )

    def action_open_ticket_ratings(self):
        self.ensure_one()
        return self._art_action(
            "art_aftersales.art_ticket_rating_report_action",
            domain=self._date_domain("date"),
        )

    def action_open_tickets(self):
        self.ensure_one()
        return self._art_action(
            "art_aftersales.helpdesk_ticket_kpi_action",
            domain=self._date_domain("create_date"),
        )

    def action_open_error_orders(self):
        self.ensure_one()
        return self._art_action(
            "art_aftersales.art_operations_error_order_action",
            domain=self._error_order_domain(
                *self._period_bounds(self.date_from, self.date_to)
            )
            + self._exception_domain(),
        )

    # ------------------------------------------------------------------
    # KPIs
    # ------------------------------------------------------------------

    def _date_domain(self, field_name):
        date_start, date_stop = self._period_bounds(self.date_from, self.date_to)
        domain = []
        if date_start:
            domain.append((field_name, ">=", date_start))
        if date_stop:
            domain.append((field_name, "<", date_stop))
        return domain

    @api.model
    def _period_bounds(self, date_from, date_to):
        """UTC datetimes [start, stop) of the period; None where open."""
        date_from = fields.Date.to_date(date_from) if date_from else None
        date_to = fields.Date.to_date(date_to) if date_to else None
        start = datetime.combine(date_from, time.min) if date_from else None
        stop = None
        if date_to:
            stop = datetime.combine(fields.Date.add(date_to, days=1), time.min)
        return start, stop

    @api.model
    def _sql_period(self, column, start, stop):
        """SQL condition: `column` within [start, stop)."""
        conditions = [SQL("TRUE")]
        if start:
            conditions.append(SQL("%s >= %s", column, start))
        if stop:
            conditions.append(SQL("%s < %s", column, stop))
        return SQL(" AND ").join(conditions)

    @api.model
    def get_kpis(self, date_from=None, date_to=None):
        """All dashboard figures of the period as a dict (see the readme).

        Dates are inclusive calendar days (UTC); empty means unbounded. Only
        the Manager reads the dashboard: the figures cover every order,
        ticket and rating of the allowed companies.
        """
        self.check_access("read")
        start, stop = self._period_bounds(date_from, date_to)
        if start and stop and start >= stop:
            raise UserError(self.env._("The period must start before it ends."))
        return self._get_kpis(start, stop)

    @api.model
    def _get_kpis(self, start, stop):
        """The figures, computed with the caller's rights checked already.
        Extend to add figures (e.g. return reasons from a bridge module)."""
        stages, on_time = self._kpi_stages(start, stop)
        delivered = self._kpi_delivered_orders(start, stop)
        ratings = self._kpi_ratings(start, stop)
        return {
            "date_from": start and fields.Date.to_date(start),
            "date_to": stop and fields.Date.add(fields.Date.to_date(stop), days=-1),
            "stages": stages,
            "on_time": on_time,
            "end_to_end": self._kpi_end_to_end(start, stop),
            "order_rating": ratings["sale.order"],
            "ticket_rating": ratings["helpdesk.ticket"],
            "tickets": self._kpi_tickets(start, stop),
            "damage": delivered,
            "errors": self._kpi_errors(start, stop),
            "returns": self._kpi_returns(start, stop),
        }

    @api.model
    def _kpi_stages(self, start, stop):
        """Time per stage and on-time rate, from the stage periods that
        ended in the period (one query)."""
        rows = self.env.execute_query(
            SQL(
                """
                SELECT stage,
                       COUNT(*),
                       AVG(duration_hours),
                       COUNT(*) FILTER (WHERE deadline IS NOT NULL),
                       COUNT(*) FILTER (WHERE deadline IS NOT NULL AND on_time)
                  FROM art_order_stage_period
                 WHERE date_end IS NOT NULL
                   AND company_id = ANY(%(companies)s)
                   AND %(period)s
              GROUP BY stage
                """,
                companies=self.env.companies.ids,
                period=self._sql_period(SQL.identifier("date_end"), start, stop),
            )
        )
        by_stage = {row[0]: row for row in rows}
        stages = []
        committed = met = 0
        for key, label in ART_STAGES:
            if key not in by_stage:
                continue
            __, count, avg_hours, with_deadline, on_time = by_stage[key]
            committed += with_deadline
            met += on_time
            stages.append(
                {
                    "stage": key,
                    "label": label,
                    "count": count,
                    "avg_hours": _round(avg_hours),
                    "committed": with_deadline,
                    "on_time_rate": _rate(on_time, with_deadline),
                }
            )
        return stages, {
            "committed": committed,
            "met": met,
            "rate": _rate(met, committed),
        }

    @api.model
    def _kpi_end_to_end(self, start, stop):
        """First draft (or first stage) to delivery, for the orders whose
        delivery stage started in the period (one query)."""
        delivered_start = SQL("MIN(date_start) FILTER (WHERE stage = 'delivered')")
        [(count, avg_hours)] = self.env.execute_query(
            SQL(
                """
                SELECT COUNT(*), AVG(hours) FROM (
                    SELECT EXTRACT(EPOCH FROM %(delivered)s - COALESCE(
                               MIN(date_start) FILTER (WHERE stage = 'draft'),
                               MIN(date_start))) / 3600.0 AS hours
                      FROM art_order_stage_period
                     WHERE company_id = ANY(%(companies)s)
                  GROUP BY order_id
                    HAVING %(delivered)s IS NOT NULL AND %(period)s
                ) per_order
                """,
                delivered=delivered_start,
                companies=self.env.companies.ids,
                period=self._sql_period(delivered_start, start, stop),
            )
        )
        return {"orders": count, "avg_hours": _round(avg_hours)}

    @api.model
    def _kpi_ratings(self, start, stop):
        """Order and ticket satisfaction: average of the ratings given in
        the period (one query)."""
        rows = self.env.execute_query(
            SQL(
                """
                SELECT r.res_model, COUNT(*), AVG(r.rating)
                  FROM rating_rating r
             LEFT JOIN sale_order so
                    ON r.res_model = 'sale.order' AND so.id = r.res_id
             LEFT JOIN helpdesk_ticket t
                    ON r.res_model = 'helpdesk.ticket' AND t.id = r.res_id
                 WHERE r.res_model IN ('sale.order', 'helpdesk.ticket')
                   AND r.consumed AND r.rating >= 1
                   AND COALESCE(so.company_id, t.company_id) = ANY(%(companies)s)
                   AND %(period)s
              GROUP BY r.res_model
                """,
                companies=self.env.companies.ids,
                period=self._sql_period(SQL("r.write_date"), start, stop),
            )
        )
        result = {
            model: {"count": 0, "avg": None}
            for model in ("sale.order", "helpdesk.ticket")
        }
        for model, count, avg in rows:
            result[model] = {"count": count, "avg": _round(float(avg))}
        return result

    @api.model
    def _kpi_tickets(self, start, stop):
        """Tickets opened in the period: response and resolution times
        (one query)."""
        [row] = self.env.execute_query(
            SQL(
                """
                SELECT COUNT(*),
                       AVG(art_response_hours)
                           FILTER (WHERE art_responded_date IS NOT NULL),
                       AVG(art_resolution_hours)
                           FILTER (WHERE closed_date IS NOT NULL),
                       COUNT(*) FILTER (WHERE art_is_overdue)
                  FROM helpdesk_ticket
                 WHERE company_id = ANY(%(companies)s) AND active
                   AND %(period)s
                """,
                companies=self.env.companies.ids,
                period=self._sql_period(SQL("create_date"), start, stop),
            )
        )
        count, response, resolution, overdue = row
        return {
            "count": count,
            "avg_response_hours": _round(response),
            "avg_resolution_hours": _round(resolution),
            "overdue": overdue,
        }

    @api.model
    def _delivered_orders_sql(self, start, stop):
        """Art orders delivered in the period, with the carriers of their
        done outgoing transfers (an order without a carrier is kept)."""
        return SQL(
            """
            SELECT so.id AS order_id, so.art_damage_reported AS damaged,
                   carrier.carrier_id AS carrier_id
              FROM sale_order so
         LEFT JOIN LATERAL (
                    SELECT DISTINCT p.carrier_id
                      FROM stock_picking p
                      JOIN stock_picking_type pt ON pt.id = p.picking_type_id
                     WHERE p.sale_id = so.id AND p.state = 'done'
                       AND pt.code = 'outgoing' AND p.carrier_id IS NOT NULL
                   ) carrier ON TRUE
             WHERE so.art_is_art_order AND so.art_delivered_date IS NOT NULL
               AND so.company_id = ANY(%(companies)s)
               AND %(period)s
            """,
            companies=self.env.companies.ids,
            period=self._sql_period(SQL("so.art_delivered_date"), start, stop),
        )

    @api.model
    def _kpi_delivered_orders(self, start, stop):
        """Damage rate overall and by carrier (one query, plus one to name
        the carriers)."""
        rows = self.env.execute_query(
            SQL(
                """
                WITH delivered AS (%(delivered)s)
                SELECT GROUPING(carrier_id), carrier_id,
                       COUNT(DISTINCT order_id),
                       COUNT(DISTINCT order_id) FILTER (WHERE damaged)
                  FROM delivered
              GROUP BY GROUPING SETS ((carrier_id), ())
              ORDER BY 1, 2
                """,
                delivered=self._delivered_orders_sql(start, stop),
            )
        )
        # GROUPING() is 1 on the grand total row only: orders without a
        # carrier have a NULL carrier_id too.
        per_carrier = [row[1:] for row in rows if not row[0]]
        [(total, damaged)] = [row[2:] for row in rows if row[0]]
        carriers = self.env["delivery.carrier"].browse(
            [row[0] for row in per_carrier if row[0]]
        )
        names = {carrier.id: carrier.name for carrier in carriers.sudo()}
        by_carrier = [
            {
                "carrier_id": carrier_id or False,
                "carrier": names.get(carrier_id) or self.env._("No carrier"),
                "orders": count,
                "damaged": damaged_count,
                "rate": _rate(damaged_count, count),
            }
            for carrier_id, count, damaged_count in per_carrier
        ]
        return {
            "orders": total,
            "damaged": damaged,
            "rate": _rate(damaged, total),
            "by_carrier": by_carrier,
        }

    @api.model
    def _error_order_domain(self, start, stop):
        """The art orders of the period [start, stop) for the error rate."""
        domain = [
            ("art_is_art_order", "=", True),
            ("state", "!=", "cancel"),
            ("company_id", "in", self.env.companies.ids),
        ]
        if start:
            domain.append(("date_order", ">=", start))
        if stop:
            domain.append(("date_order", "<", stop))
        return domain

    @api.model
    def _exception_domain(self):
        """The exception flags of an art order: extend to add one."""
        return [
            "|",
            "|",
            "|",
            ("art_overdue", "=", True),
            ("art_delivery_failed", "=", True),
            ("art_damage_reported", "=", True),
            ("art_payment_overdue", "=", True),
        ]

    @api.model
    def _kpi_errors(self, start, stop):
        """Share of the art orders of the period with an exception flag
        (a constant number of queries through the ORM, as overdue payment
        is a searchable but not stored flag)."""
        orders = self.env["sale.order"].sudo()
        scope = self._error_order_domain(start, stop)
        count = orders.search_count(scope)
        with_exception = orders.search_count(scope + self._exception_domain())
        return {
            "orders": count,
            "with_exception": with_exception,
            "rate": _rate(with_exception, count),
        }

    @api.model
    def _kpi_returns(self, start, stop):
        """Return rate of the orders delivered in the period, overall and by
        carrier, artist and artwork category, when returns (OCA `rma` with
        `rma_sale`) are installed; reasons belong to the returns bridge."""
        if "rma" not in self.env or "order_id" not in self.env["rma"]._fields:
            return {"available": False}
        rows = self.env.execute_query(
            SQL(
                """
                WITH delivered AS (%(delivered)s),
                returned AS (
                    SELECT DISTINCT rma.order_id, tmpl.art_artist_id,
                           tmpl.art_category
                      FROM rma
                      JOIN product_product prod ON prod.id = rma.product_id
                      JOIN product_template tmpl
                        ON tmpl.id = prod.product_tmpl_id
                     WHERE rma.order_id IN (SELECT order_id FROM delivered)
                       AND rma.state != 'cancelled'
                )
                SELECT CASE WHEN GROUPING(d.carrier_id) = 1 THEN 'total'
                            ELSE 'carrier' END,
                       d.carrier_id::text,
                       COUNT(DISTINCT d.order_id),
                       COUNT(DISTINCT d.order_id) FILTER (
                           WHERE d.order_id IN (SELECT order_id FROM returned))
                  FROM delivered d GROUP BY GROUPING SETS ((d.carrier_id), ())
                UNION ALL
                SELECT 'artist', art_artist_id::text, NULL, COUNT(DISTINCT order_id)
                  FROM returned GROUP BY art_artist_id
                UNION ALL
                SELECT 'category', art_category, NULL, COUNT(DISTINCT order_id)
                  FROM returned GROUP BY art_category
                """,
                delivered=self._delivered_orders_sql(start, stop),
            )
        )
        carrier_rows = [row for row in rows if row[0] == "carrier"]
        [(__, __, total, returned)] = [row for row in rows if row[0] == "total"]
        artists = self.env["res.partner"].browse(
            [int(row[1]) for row in rows if row[0] == "artist" and row[1]]
        )
        artist_names = {artist.id: artist.display_name for artist in artists.sudo()}
        carriers = self.env["delivery.carrier"].browse(
            [int(row[1]) for row in carrier_rows if row[1]]
        )
        carrier_names = {carrier.id: carrier.name for carrier in carriers.sudo()}
        categories = dict(
            self.env["product.template"]
            ._fields["art_category"]
            ._description_selection(self.env)
        )
        no_value = self.env._("Undefined")
        return {
            "available": True,
            "orders": total,
            "returned": returned,
            "rate": _rate(returned, total),
            "by_carrier": [
                {
                    "carrier": carrier_names.get(int(key)) if key else no_value,
                    "orders": count,
                    "returned": count_returned,
                    "rate": _rate(count_returned, count),
                }
                for __, key, count, count_returned in carrier_rows
            ],
            "by_artist": [
                {
                    "artist": artist_names.get(int(key)) if key else no_value,
                    "returned": count_returned,
                }
                for kind, key, __, count_returned in rows
                if kind == "artist"
            ],
            "by_category": [
                {
                    "category": categories.get(key, no_value),
                    "returned": count_returned,
                }
                for kind, key, __, count_returned in rows
                if kind == "category"
            ],
        }
