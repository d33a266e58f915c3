# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models, tools
from odoo.tools import SQL

from odoo.addons.art_order_tracking.models.product_template import ART_CATEGORIES
from odoo.addons.art_order_tracking.models.sale_order import ART_STAGES


class ArtOrderKpiReport(models.Model):
    """One row per art order (cancelled ones left out) with the figures of
    the operations dashboard, computed by the database view: end-to-end
    time, on-time against the stage commitments, exception, damage and
    rating. Rates are 100 or 0 per order (empty when they do not apply), so
    their average in a pivot or a spreadsheet is the rate in percent."""

    _name = "art.order.kpi.report"
    _description = "Art Order KPIs"
    _auto = False
    _rec_name = "order_id"
    _order = "date_order desc, id desc"
    # Flushed before the view is read (pending ORM writes reach the SQL).
    _depends = {
        "sale.order": [
            "art_is_art_order",
            "state",
            "company_id",
            "partner_id",
            "user_id",
            "team_id",
            "date_order",
            "art_delivered_date",
            "art_stage",
            "art_overdue",
            "art_delivery_failed",
            "art_damage_reported",
            "art_damage_recorded",
        ],
        "art.carrier.event": ["order_id", "status"],
        "sale.order.line": ["order_id", "product_id", "sequence", "invoice_lines"],
        "stock.picking": ["sale_id", "carrier_id", "state", "picking_type_id"],
        "art.order.stage.period": [
            "order_id",
            "stage",
            "date_start",
            "date_end",
            "deadline",
        ],
        "rating.rating": ["res_model", "res_id", "rating", "consumed"],
        "account.move": ["move_type", "state", "payment_state", "invoice_date_due"],
    }

    order_id = fields.Many2one(comodel_name="sale.order", readonly=True)
    company_id = fields.Many2one(comodel_name="res.company", readonly=True)
    partner_id = fields.Many2one(
        comodel_name="res.partner", string="Customer", readonly=True
    )
    user_id = fields.Many2one(
        comodel_name="res.users", string="Salesperson", readonly=True
    )
    team_id = fields.Many2one(
        comodel_name="crm.team", string="Sales Team", readonly=True
    )
    date_order = fields.Datetime(string="Order Date", readonly=True)
    delivered_date = fields.Datetime(string="Delivered On", readonly=True)
    art_stage = fields.Selection(
        selection=ART_STAGES, string="Tracking Stage", readonly=True
    )
    carrier_id = fields.Many2one(
        comodel_name="delivery.carrier",
        readonly=True,
        help="Carrier of the order's done outgoing transfers (the first one "
        "when there are several).",
    )
    artist_id = fields.Many2one(
        comodel_name="res.partner",
        readonly=True,
        help="Artist of the first artwork of the order.",
    )
    art_category = fields.Selection(
        selection=ART_CATEGORIES, string="Artwork Category", readonly=True
    )
    is_delivered = fields.Boolean(string="Delivered", readonly=True)
    has_exception = fields.Boolean(
        string="With an Exception",
        readonly=True,
        help="Stage overdue, failed delivery, damage reported or payment overdue.",
    )
    order_count = fields.Integer(string="Orders", aggregator="sum", readonly=True)
    end_to_end_hours = fields.Float(
        string="End to End (h)",
        aggregator="avg",
        digits=(16, 2),
        readonly=True,
        help="Hours from the first draft (or first stage) to the start of "
        "the delivered stage; empty until the order is delivered.",
    )
    on_time_rate = fields.Float(
        string="On Time (%)",
        aggregator="avg",
        digits=(16, 2),
        readonly=True,
        help="100 when every ended stage with a time commitment met it, 0 "
        "when one did not; empty without an ended committed stage.",
    )
    exception_rate = fields.Float(
        string="Error Rate (%)",
        aggregator="avg",
        digits=(16, 2),
        readonly=True,
        help="100 for an order with an exception, else 0.",
    )
    damage_rate = fields.Float(
        string="Damage Rate (%)",
        aggregator="avg",
        digits=(16, 2),
        readonly=True,
        help="100 for a delivered order with arrival damage, 0 for another "
        "delivered order; empty until delivery.",
    )
    rating = fields.Float(
        string="Order Rating",
        aggregator="avg",
        digits=(16, 2),
        readonly=True,
        help="Average of the customer's ratings of the order (1 to 5).",
    )

    def _select(self):
        """Columns of the view; extend with `SQL(", ").join(...)` to add
        figures (e.g. the return rate in the returns bridge)."""
        return SQL(
            """
            so.id AS id,
            so.id AS order_id,
            so.company_id AS company_id,
            so.partner_id AS partner_id,
            so.user_id AS user_id,
            so.team_id AS team_id,
            so.date_order AS date_order,
            so.art_delivered_date AS delivered_date,
            so.art_stage AS art_stage,
            carrier.carrier_id AS carrier_id,
            artwork.artist_id AS artist_id,
            artwork.art_category AS art_category,
            so.art_delivered_date IS NOT NULL AS is_delivered,
            %(exception)s AS has_exception,
            1 AS order_count,
            periods.end_to_end_hours AS end_to_end_hours,
            periods.on_time_rate AS on_time_rate,
            CASE WHEN %(exception)s THEN 100.0 ELSE 0.0 END AS exception_rate,
            CASE WHEN so.art_delivered_date IS NULL THEN NULL
                 WHEN so.art_damage_recorded THEN 100.0 ELSE 0.0
            END AS damage_rate,
            ratings.rating AS rating
            """,
            exception=self._exception_condition(),
        )

    def _exception_condition(self):
        """SQL: the order had an exception, as its history tells (a settled
        one still counts): a stage overdue now or closed after its deadline,
        a failure event from the carrier, damage recorded on arrival, or an
        invoice overdue (derived from its posted invoices)."""
        return SQL(
            """(COALESCE(so.art_overdue, FALSE)
                OR EXISTS (
                    SELECT 1 FROM art_order_stage_period late
                     WHERE late.order_id = so.id
                       AND late.deadline IS NOT NULL
                       AND late.date_end > late.deadline)
                OR COALESCE(so.art_delivery_failed, FALSE)
                OR EXISTS (
                    SELECT 1 FROM art_carrier_event failure
                     WHERE failure.order_id = so.id
                       AND failure.status IN ('exception', 'returned_to_sender'))
                OR COALESCE(so.art_damage_recorded, FALSE)
                OR overdue_invoice.order_id IS NOT NULL)"""
        )

    def _from(self):
        return SQL(
            """
            sale_order so
            LEFT JOIN (
                SELECT sol.order_id,
                       (ARRAY_AGG(tmpl.art_artist_id ORDER BY sol.sequence, sol.id)
                       )[1] AS artist_id,
                       (ARRAY_AGG(tmpl.art_category ORDER BY sol.sequence, sol.id)
                       )[1] AS art_category
                  FROM sale_order_line sol
                  JOIN product_product prod ON prod.id = sol.product_id
                  JOIN product_template tmpl ON tmpl.id = prod.product_tmpl_id
                 WHERE tmpl.is_artwork
              GROUP BY sol.order_id
            ) artwork ON artwork.order_id = so.id
            LEFT JOIN (
                SELECT p.sale_id AS order_id, MIN(p.carrier_id) AS carrier_id
                  FROM stock_picking p
                  JOIN stock_picking_type pt ON pt.id = p.picking_type_id
                 WHERE p.state = 'done' AND pt.code = 'outgoing'
                   AND p.sale_id IS NOT NULL
              GROUP BY p.sale_id
            ) carrier ON carrier.order_id = so.id
            LEFT JOIN (
                SELECT order_id,
                       EXTRACT(EPOCH FROM
                           MIN(date_start) FILTER (WHERE stage = 'delivered')
                           - COALESCE(MIN(date_start) FILTER (WHERE stage = 'draft'),
                                      MIN(date_start))
                       ) / 3600.0 AS end_to_end_hours,
                       CASE WHEN BOOL_AND(date_end <= deadline) FILTER (
                                WHERE deadline IS NOT NULL AND date_end IS NOT NULL)
                            THEN 100.0
                            WHEN BOOL_OR(date_end > deadline)
                            THEN 0.0
                       END AS on_time_rate
                  FROM art_order_stage_period
              GROUP BY order_id
            ) periods ON periods.order_id = so.id
            LEFT JOIN (
                SELECT res_id AS order_id, AVG(rating) AS rating
                  FROM rating_rating
                 WHERE res_model = 'sale.order' AND consumed AND rating >= 1
              GROUP BY res_id
            ) ratings ON ratings.order_id = so.id
            LEFT JOIN (
                SELECT sol.order_id
                  FROM sale_order_line sol
                  JOIN sale_order_line_invoice_rel rel ON rel.order_line_id = sol.id
                  JOIN account_move_line aml ON aml.id = rel.invoice_line_id
                  JOIN account_move am ON am.id = aml.move_id
                 WHERE am.move_type = 'out_invoice' AND am.state = 'posted'
                   AND am.payment_state IN ('not_paid', 'partial')
                   AND am.invoice_date_due < CURRENT_DATE
              GROUP BY sol.order_id
            ) overdue_invoice ON overdue_invoice.order_id = so.id
            """
        )

    def _where(self):
        return SQL("so.art_is_art_order AND so.state != 'cancel'")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (SELECT %s FROM %s WHERE %s)",
                SQL.identifier(self._table),
                self._select(),
                self._from(),
                self._where(),
            )
        )
