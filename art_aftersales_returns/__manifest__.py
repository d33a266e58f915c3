# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Art After-sales Returns",
    "summary": "Bridge between art after-sales tickets and art returns: "
    "one-click returns from damage tickets, returns in the customer 360 "
    "and return reasons on the operations dashboard",
    "version": "18.0.1.0.0",
    "category": "Sales/Art Trade",
    "website": "https://github.com/art-trade-suite/art-trade-suite",
    "author": "Art Trade Suite contributors",
    "license": "AGPL-3",
    "depends": [
        "art_aftersales",
        "art_returns",
    ],
    "data": [
        "views/helpdesk_ticket_views.xml",
        "views/rma_views.xml",
        "views/res_partner_views.xml",
        "data/spreadsheet_dashboard_data.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "art_aftersales_returns/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "auto_install": True,
}
