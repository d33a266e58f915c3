# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The consignor's (or artist's) portal: their agreements, works, statement."""

from datetime import date

from werkzeug.exceptions import BadRequest

from odoo import fields, http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal

# The dates a statement may cover.
PERIOD_MIN = date(1900, 1, 1)
PERIOD_MAX = date(9998, 12, 31)


class ArtConsignmentPortal(CustomerPortal):
    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "art_consignment_count" in counters:
            Agreement = request.env["art.consignment.agreement"]
            values["art_consignment_count"] = (
                Agreement.search_count([]) if Agreement.has_access("read") else 0
            )
        return values

    def _art_period(self, date_from, date_to):
        """The statement's period from the URL (default: this year).

        :raise BadRequest: a date that cannot be read, or outside the years
            1900 to 9998 (0001-01-01 or 9999-12-31 overflow the statement's
            date arithmetic)
        """
        today = fields.Date.context_today(request.env.user)
        try:
            start = fields.Date.to_date(date_from) or today.replace(month=1, day=1)
            end = fields.Date.to_date(date_to) or today.replace(month=12, day=31)
        except ValueError as error:
            raise BadRequest() from error
        if not all(PERIOD_MIN <= day <= PERIOD_MAX for day in (start, end)):
            raise BadRequest()
        if end < start:
            start, end = end, start
        return start, end

    def _art_statement_values(self, date_from, date_to):
        partner = request.env.user.partner_id.commercial_partner_id
        start, end = self._art_period(date_from, date_to)
        statement = request.env["art.consignment.settlement"]._art_statement(
            partner, start, end
        )
        return partner, start, end, statement[partner]

    @http.route(["/my/consignment"], type="http", auth="user", website=True)
    def art_consignment_home(self, date_from=None, date_to=None, **kw):
        # Record rules keep a portal user to their own agreements and works.
        partner, start, end, values = self._art_statement_values(date_from, date_to)
        agreements = request.env["art.consignment.agreement"].search(
            [
                ("partner_id", "child_of", partner.id),
                ("state", "in", ("active", "closed")),
            ]
        )
        values_page = self._prepare_portal_layout_values()
        values_page.update(
            {
                "page_name": "art_consignment",
                "agreements": agreements,
                "lines": agreements.sudo().line_ids,
                "partner": partner,
                "date_from": start,
                "date_to": end,
                "values": values,
                "currency": request.env.company.currency_id,
            }
        )
        return request.render("art_consignment.portal_my_consignment", values_page)

    @http.route(
        ["/my/consignment/agreement/<int:agreement_id>"],
        type="http",
        auth="public",
        website=True,
    )
    def art_consignment_agreement(self, agreement_id, access_token=None, **kw):
        try:
            agreement_sudo = self._document_check_access(
                "art.consignment.agreement", agreement_id, access_token=access_token
            )
        except (AccessError, MissingError):
            return request.redirect("/my")
        values = self._prepare_portal_layout_values()
        values.update(
            {
                "page_name": "art_consignment",
                "agreement": agreement_sudo,
                "currency": agreement_sudo.currency_id,
            }
        )
        return request.render("art_consignment.portal_my_consignment_agreement", values)

    @http.route(["/my/consignment/statement"], type="http", auth="user")
    def art_consignment_statement_pdf(self, date_from=None, date_to=None, **kw):
        partner, start, end, _values = self._art_statement_values(date_from, date_to)
        report = request.env.ref(
            "art_consignment.action_report_art_consignment_statement"
        ).sudo()
        pdf, _type = (
            request.env["ir.actions.report"]
            .sudo()
            ._render_qweb_pdf(
                report,
                partner.ids,
                data={
                    "date_from": fields.Date.to_string(start),
                    "date_to": fields.Date.to_string(end),
                },
            )
        )
        return request.make_response(
            pdf,
            headers=[
                ("Content-Type", "application/pdf"),
                (
                    "Content-Disposition",
                    http.content_disposition("settlement_statement.pdf"),
                ),
            ],
        )
