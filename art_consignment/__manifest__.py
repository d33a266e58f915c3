# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Art Consignment",
    "summary": "Works the gallery does not own: consignment agreements, "
    "purchase of studio works on sale, consignor bills and settlement "
    "statements",
    "version": "18.0.1.0.0",
    "category": "Sales/Art Trade",
    "website": "https://github.com/art-trade-suite/art-trade-suite",
    "author": "Art Trade Suite contributors",
    "license": "AGPL-3",
    "depends": [
        "art_order_tracking",
        "purchase_stock",
    ],
    "data": [
        "security/art_consignment_security.xml",
        "security/ir.model.access.csv",
        "data/ir_sequence_data.xml",
        "data/product_data.xml",
        "data/art_consignment_tier_data.xml",
        "data/ir_cron_data.xml",
        "views/art_consignment_agreement_views.xml",
        "views/art_consignment_settlement_views.xml",
        "views/stock_lot_views.xml",
        "views/sale_order_views.xml",
        "views/purchase_order_views.xml",
        "views/account_move_views.xml",
        "views/res_config_settings_views.xml",
        "wizards/art_consignment_statement_wizard_views.xml",
        "report/art_consignment_statement_report.xml",
        "views/art_consignment_portal_templates.xml",
        "views/art_consignment_menus.xml",
    ],
    "demo": [
        "demo/art_consignment_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "art_consignment/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
