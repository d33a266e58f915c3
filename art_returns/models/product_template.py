# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ProductTemplate(models.Model):
    _inherit = "product.template"

    art_commissioned = fields.Boolean(
        string="Commissioned Work",
        help="Made to the customer's order: the return rules for commissions apply.",
    )
