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
        "security/art_artwork_security.xml",
        "data/ir_sequence_data.xml",
        "data/ir_cron_data.xml",
        "data/res_groups_data.xml",
        "views/product_template_views.xml",
        "views/res_partner_views.xml",
        "views/stock_lot_views.xml",
        "views/art_certificate_views.xml",
        "views/art_certificate_templates.xml",
        "views/art_condition_report_views.xml",
        "views/art_appraisal_views.xml",
        "views/res_config_settings_views.xml",
        "views/sale_order_views.xml",
        "report/art_certificate_report.xml",
        "report/art_condition_report_report.xml",
        "views/art_menus.xml",
    ],
    "demo": [
        "demo/res_users_demo.xml",
        "demo/art_artwork_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "art_order_tracking/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "application": True,
}
