# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from .product_template import ART_CONFIDENTIAL_GROUPS


class ProductProduct(models.Model):
    _inherit = "product.product"

    # Purchase prices of artworks are confidential (see README).
    standard_price = fields.Float(groups=ART_CONFIDENTIAL_GROUPS)
