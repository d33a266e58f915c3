# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models
from odoo.tools import SQL

from odoo.addons.art_aftersales.models.art_operations_dashboard import _rate


class ArtOperationsDashboard(models.TransientModel):
    _inherit = "art.operations.dashboard"

    @api.model
    def _kpi_returns(self, start, stop):
        """Add the return reasons: returns (not cancelled) of the orders
        delivered in the period, by reason (one query)."""
        result = super()._kpi_returns(start, stop)
        if not result.get("available"):
            return result
        rows = self.env.execute_query(
            SQL(
                """
                WITH delivered AS (%(delivered)s)
                SELECT reason.code,
                       COALESCE(reason.name->>%(lang)s, reason.name->>'en_US'),
                       COUNT(*)
                  FROM rma
             LEFT JOIN art_return_reason reason ON reason.id = rma.art_reason_id
                 WHERE rma.order_id IN (SELECT order_id FROM delivered)
                   AND rma.state != 'cancelled'
              GROUP BY reason.id
              ORDER BY COUNT(*) DESC, MIN(reason.sequence), reason.id
                """,
                delivered=self._delivered_orders_sql(start, stop),
                lang=self.env.lang or "en_US",
            )
        )
        total = sum(count for __, __, count in rows)
        no_value = self.env._("Undefined")
        result["by_reason"] = [
            {
                "code": code or False,
                "reason": name or no_value,
                "returns": count,
                "share": _rate(count, total),
            }
            for code, name, count in rows
        ]
        return result
