# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Art Order Tracking",
    "summary": "Artwork records, appraisals and the art order lifecycle "
    "from order to signed delivery",
    "version": "18.0.1.0.0",
    "category": "Sales/Art Trade",
    "website": "https://github.com/art-trade-suite/art-trade-suite",
    "author": "Art Trade Suite contributors",
    "license": "AGPL-3",
    "depends": [
        "sale_management",
        "sale_stock",
        "stock_delivery",
        "account",
        "portal",
        "rating",
        "sale_tier_validation",
    ],
    "data": [
        "security/art_order_tracking_security.xml",
        "security/ir.model.access.csv",
        "views/art_menus.xml",
    ],
    "demo": [
        "demo/res_users_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "art_order_tracking/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "application": True,
}
