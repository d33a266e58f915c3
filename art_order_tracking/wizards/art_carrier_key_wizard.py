# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ArtCarrierKeyWizard(models.TransientModel):
    """Shows a newly issued carrier API key once."""

    _name = "art.carrier.key.wizard"
    _description = "New Carrier API Key"

    carrier_id = fields.Many2one("delivery.carrier", required=True, readonly=True)
    api_key = fields.Char(string="API Key", readonly=True)
