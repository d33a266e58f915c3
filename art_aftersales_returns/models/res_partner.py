# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from odoo.addons.art_aftersales.models.res_partner import ART_360_GROUPS

# States of an OCA rma that are still in progress (the others are closed).
RMA_OPEN_STATES = (
    "draft",
    "confirmed",
    "received",
    "waiting_return",
    "waiting_replacement",
)


class ResPartner(models.Model):
    _inherit = "res.partner"

    art_return_count = fields.Integer(
        string="Returns",
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
        help="Returns and exchanges of this customer, cancelled ones excluded.",
    )
    art_return_open_count = fields.Integer(
        string="Open Returns",
        compute="_compute_art_customer_360",
        compute_sudo=True,
        groups=ART_360_GROUPS,
        help="Returns not yet refunded, exchanged, shipped back or cancelled.",
    )

    def _art_360_fields(self):
        return super()._art_360_fields() + [
            "art_return_count",
            "art_return_open_count",
        ]

    def _art_360_returns(self, commercials, contacts):
        """{commercial id: {returns, open returns}} (one grouped query)."""
        rows = (
            self.env["rma"]
            .sudo()
            ._read_group(
                [("partner_id", "in", contacts.ids), ("state", "!=", "cancelled")],
                groupby=["partner_id", "state"],
                aggregates=["__count"],
            )
        )
        total = self._art_group_by_commercial(
            [(partner, count) for partner, __, count in rows]
        )
        open_ = self._art_group_by_commercial(
            [
                (partner, count)
                for partner, state, count in rows
                if state in RMA_OPEN_STATES
            ]
        )
        return {
            pid: {
                "art_return_count": int(count),
                "art_return_open_count": int(open_.get(pid, 0)),
            }
            for pid, count in total.items()
        }

    def _art_360_open_issues(self, commercials, contacts, figures):
        """Open returns count as open issues too."""
        for partner_id, values in self._art_360_returns(commercials, contacts).items():
            figures[partner_id].update(values)
        result = super()._art_360_open_issues(commercials, contacts, figures)
        for partner_id, values in result.items():
            values["art_open_issue_count"] += figures[partner_id].get(
                "art_return_open_count", 0
            )
        return result
