# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Art Returns",
    "summary": "Returns and exchanges of artworks on OCA RMA, with tiered "
    "approval, inspection and resolution",
    "version": "18.0.1.0.0",
    "category": "Sales/Art Trade",
    "website": "https://github.com/art-trade-suite/art-trade-suite",
    "author": "Art Trade Suite contributors",
    "license": "AGPL-3",
    "depends": [
        "art_order_tracking",
        "rma_sale",
        "base_tier_validation",
    ],
    "data": [
        "security/art_returns_security.xml",
        "security/ir.model.access.csv",
        "security/art_returns_rules.xml",
        "data/art_return_data.xml",
        "data/art_return_mail_data.xml",
        "views/rma_views.xml",
        "views/art_insurance_claim_views.xml",
        "views/art_return_config_views.xml",
        "views/art_return_wizard_views.xml",
        "views/portal_templates.xml",
        "views/art_menus.xml",
    ],
    "demo": [
        "demo/art_returns_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "art_returns/static/tests/tours/*.js",
        ],
    },
    "uninstall_hook": "uninstall_hook",
    "installable": True,
}
