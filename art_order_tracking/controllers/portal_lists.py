# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The customer's order and invoice lists: a sorting or filter they do not
offer, or dates that cannot be read, show the default list (Odoo looks the
sorting up with [] and filters on the dates as typed: a server error)."""

from odoo import fields

from odoo.addons.account.controllers.portal import PortalAccount
from odoo.addons.sale.controllers.portal import CustomerPortal


def art_portal_dates(date_begin, date_end):
    """Both dates of a portal list's period when both can be read, else
    none (no period)."""
    try:
        readable = bool(
            fields.Datetime.to_datetime(date_begin)
            and fields.Datetime.to_datetime(date_end)
        )
    except ValueError:
        readable = False
    return (date_begin, date_end) if readable else (None, None)


class ArtSalePortalLists(CustomerPortal):
    def _prepare_sale_portal_rendering_values(
        self,
        page=1,
        date_begin=None,
        date_end=None,
        sortby=None,
        quotation_page=False,
        **kwargs,
    ):
        if sortby not in self._get_sale_searchbar_sortings():
            sortby = None
        date_begin, date_end = art_portal_dates(date_begin, date_end)
        return super()._prepare_sale_portal_rendering_values(
            page=page,
            date_begin=date_begin,
            date_end=date_end,
            sortby=sortby,
            quotation_page=quotation_page,
            **kwargs,
        )


class ArtAccountPortalLists(PortalAccount):
    def _prepare_my_invoices_values(
        self,
        page,
        date_begin,
        date_end,
        sortby,
        filterby,
        domain=None,
        url="/my/invoices",
    ):
        if sortby not in self._get_account_searchbar_sortings():
            sortby = None
        if filterby not in self._get_account_searchbar_filters():
            filterby = None
        date_begin, date_end = art_portal_dates(date_begin, date_end)
        return super()._prepare_my_invoices_values(
            page, date_begin, date_end, sortby, filterby, domain=domain, url=url
        )
