# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.tools import SQL


class ArtOrderKpiReport(models.Model):
    """The return rate of each art order, for the operations dashboard."""

    _inherit = "art.order.kpi.report"
    _depends = {"rma": ["order_id", "state"]}

    return_rate = fields.Float(
        string="Return Rate (%)",
        aggregator="avg",
        digits=(16, 2),
        readonly=True,
        help="100 for a delivered order with a return (not cancelled), 0 for "
        "another delivered order; empty until delivery.",
    )

    def _select(self):
        return SQL(
            "%s, %s",
            super()._select(),
            SQL(
                """
                CASE WHEN so.art_delivered_date IS NULL THEN NULL
                     WHEN returned.order_id IS NOT NULL THEN 100.0 ELSE 0.0
                END AS return_rate
                """
            ),
        )

    def _from(self):
        return SQL(
            "%s %s",
            super()._from(),
            SQL(
                """
                LEFT JOIN (
                    SELECT order_id FROM rma
                     WHERE state != 'cancelled' AND order_id IS NOT NULL
                  GROUP BY order_id
                ) returned ON returned.order_id = so.id
                """
            ),
        )
