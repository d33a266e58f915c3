# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .art_consignment_line import CONSIGNMENT_AMOUNT_GROUPS

ART_OWNERSHIPS = [
    ("gallery", "Gallery Stock"),
    ("consigned", "Consigned"),
    ("studio", "At the Artist's Studio"),
]


class StockLot(models.Model):
    _inherit = "stock.lot"

    art_ownership = fields.Selection(
        ART_OWNERSHIPS,
        string="Ownership",
        default="gallery",
        required=True,
        compute="_compute_art_ownership",
        store=True,
        readonly=False,
        help="Who owns the physical work: the gallery, a consignor (it follows "
        "the active consignment agreement), or the artist, who sells it to "
        "the gallery when a customer buys it.",
    )
    art_owner_id = fields.Many2one(
        "res.partner",
        string="Owner",
        compute="_compute_art_ownership",
        store=True,
        readonly=False,
        index="btree_not_null",
        help="The consignor of a consigned work, the artist of a studio work.",
    )
    art_consignment_line_ids = fields.One2many(
        "art.consignment.line", "lot_id", string="Consignment Lines"
    )
    art_studio_price = fields.Monetary(
        string="Studio Purchase Price",
        currency_field="art_company_currency_id",
        groups=CONSIGNMENT_AMOUNT_GROUPS,
        help="What the gallery pays the artist when a customer buys this "
        "studio work (purchase order created on the sale approval).",
    )
    art_company_currency_id = fields.Many2one(
        "res.currency",
        string="Company Currency",
        compute="_compute_art_company_currency_id",
    )

    @api.depends(
        "art_consignment_line_ids.state", "art_consignment_line_ids.agreement_state"
    )
    def _compute_art_ownership(self):
        for lot in self:
            line = lot._art_active_consignment_line()
            if line:
                lot.art_ownership = "consigned"
                lot.art_owner_id = line.partner_id
            elif lot.art_ownership == "consigned" or not lot.art_ownership:
                lot.art_ownership = "gallery"
                lot.art_owner_id = False
            elif lot.art_ownership == "studio" and not lot.art_owner_id:
                lot.art_owner_id = lot.product_id.art_artist_id
            else:
                lot.art_owner_id = lot.art_owner_id

    def _compute_art_company_currency_id(self):
        for lot in self:
            lot.art_company_currency_id = (
                lot.company_id.currency_id or self.env.company.currency_id
            )

    def _art_active_consignment_line(self):
        """The line of the running agreement that consigns this work."""
        self.ensure_one()
        return self.sudo().art_consignment_line_ids.filtered(
            lambda line: (
                line.agreement_state == "active" and line.state in ("open", "sold")
            )
        )[:1]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("art_ownership") == "studio" and not vals.get("art_owner_id"):
                product = self.env["product.product"].browse(vals.get("product_id"))
                vals["art_owner_id"] = product.art_artist_id.id
        return super().create(vals_list)

    @api.onchange("art_ownership")
    def _onchange_art_ownership(self):
        if self.art_ownership == "studio" and not self.art_owner_id:
            self.art_owner_id = self.product_id.art_artist_id
        elif self.art_ownership == "gallery":
            self.art_owner_id = False

    def _art_studio_partner(self):
        """Who sells a studio work to the gallery: its owner, else its artist."""
        self.ensure_one()
        return self.art_owner_id or self.product_id.art_artist_id
