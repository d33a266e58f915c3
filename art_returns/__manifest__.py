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
        "views/art_menus.xml",
    ],
    "installable": True,
}
