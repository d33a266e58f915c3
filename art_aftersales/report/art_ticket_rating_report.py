# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.tools import SQL

from odoo.addons.art_order_tracking.models.product_template import ART_CATEGORIES


class ArtTicketRatingReport(models.Model):
    """Customer ratings of tickets, by team, assignee, salesperson, ticket
    category, artist and artwork category, for pivot and graph views."""

    _name = "art.ticket.rating.report"
    _description = "Ticket Satisfaction Analysis"
    _auto = False
    _rec_name = "ticket_id"
    _order = "date desc"

    rating_id = fields.Many2one(comodel_name="rating.rating", readonly=True)
    ticket_id = fields.Many2one(comodel_name="helpdesk.ticket", readonly=True)
    date = fields.Datetime(string="Rated On", readonly=True)
    rating = fields.Float(string="Average Rating", aggregator="avg", readonly=True)
    rating_count = fields.Integer(string="Ratings", aggregator="sum", readonly=True)
    low_rating_count = fields.Integer(
        string="Low Ratings", aggregator="sum", readonly=True
    )
    team_id = fields.Many2one(comodel_name="helpdesk.ticket.team", readonly=True)
    user_id = fields.Many2one(
        comodel_name="res.users", string="Assigned To", readonly=True
    )
    salesperson_id = fields.Many2one(comodel_name="res.users", readonly=True)
    category_id = fields.Many2one(
        comodel_name="helpdesk.ticket.category", readonly=True
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner", string="Customer", readonly=True
    )
    sale_order_id = fields.Many2one(comodel_name="sale.order", readonly=True)
    lot_id = fields.Many2one(
        comodel_name="stock.lot", string="Artwork Serial", readonly=True
    )
    artist_id = fields.Many2one(comodel_name="res.partner", readonly=True)
    art_category = fields.Selection(
        selection=ART_CATEGORIES, string="Artwork Category", readonly=True
    )
    company_id = fields.Many2one(comodel_name="res.company", readonly=True)

    def _art_select(self):
        """Columns of the view; extend to add e.g. the artist of the work."""
        return SQL(
            """
            r.id AS id,
            r.id AS rating_id,
            t.id AS ticket_id,
            r.write_date AS date,
            r.rating AS rating,
            1 AS rating_count,
            CASE WHEN r.rating <= COALESCE(c.art_low_rating_threshold, 2)
                THEN 1 ELSE 0 END AS low_rating_count,
            t.team_id AS team_id,
            t.user_id AS user_id,
            so.user_id AS salesperson_id,
            t.category_id AS category_id,
            t.commercial_partner_id AS partner_id,
            t.sale_order_id AS sale_order_id,
            t.lot_id AS lot_id,
            lot.art_artist_id AS artist_id,
            tmpl.art_category AS art_category,
            t.company_id AS company_id
            """
        )

    def _art_from(self):
        return SQL(
            """
            rating_rating r
            JOIN helpdesk_ticket t
                ON r.res_model = 'helpdesk.ticket' AND r.res_id = t.id
            JOIN res_company c ON c.id = t.company_id
            LEFT JOIN sale_order so ON so.id = t.sale_order_id
            LEFT JOIN stock_lot lot ON lot.id = t.lot_id
            LEFT JOIN product_product prod ON prod.id = lot.product_id
            LEFT JOIN product_template tmpl ON tmpl.id = prod.product_tmpl_id
            """
        )

    def _art_where(self):
        return SQL("r.consumed AND r.rating >= 1")

    @property
    def _table_query(self):
        return SQL(
            "SELECT %s FROM %s WHERE %s",
            self._art_select(),
            self._art_from(),
            self._art_where(),
        )
