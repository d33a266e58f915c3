# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Art After-sales",
    "summary": "After-sales tickets, follow-ups, satisfaction and KPIs for "
    "art dealers, on OCA Helpdesk",
    "version": "18.0.1.0.0",
    "category": "Sales/Art Trade",
    "website": "https://github.com/art-trade-suite/art-trade-suite",
    "author": "Art Trade Suite contributors",
    "license": "AGPL-3",
    "depends": [
        "art_order_tracking",
        "helpdesk_mgmt",
    ],
    "data": [
        "security/art_aftersales_security.xml",
        "views/art_menus.xml",
    ],
    "installable": True,
}
