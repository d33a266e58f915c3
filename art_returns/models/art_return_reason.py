# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ArtReturnReason(models.Model):
    _name = "art.return.reason"
    _description = "Artwork Return Reason"
    _order = "sequence, id"

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True, help="Technical key used by the rules.")
    active = fields.Boolean(default=True)
    evidence_required = fields.Boolean(
        help="The customer must attach photos or a video to the request."
    )
    company_pays_shipping = fields.Boolean(
        string="Company Pays Return Shipping",
        help="The gallery pays the return shipping for this reason; otherwise "
        "the customer does.",
    )
    is_transit_damage = fields.Boolean(
        string="Transit Damage",
        help="Returns for this reason open an insurance claim once the "
        "inspection confirms the damage.",
    )

    _sql_constraints = [
        ("code_unique", "UNIQUE(code)", "Each return reason needs its own code."),
    ]
