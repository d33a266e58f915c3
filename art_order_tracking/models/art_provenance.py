# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .art_dates import latest_today
from .product_template import ART_CONFIDENTIAL_GROUPS


class ArtProvenance(models.Model):
    _name = "art.provenance"
    _inherit = ["art.field.groups.mixin"]
    _description = "Artwork Provenance"
    _order = "lot_id, sequence, date_from, id"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    lot_id = fields.Many2one(
        "stock.lot",
        string="Work",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
        domain="[('art_is_artwork', '=', True)]",
    )
    product_id = fields.Many2one(related="lot_id.product_id", store=True)
    company_id = fields.Many2one(related="lot_id.company_id", store=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Owner",
        required=True,
        groups=ART_CONFIDENTIAL_GROUPS,
    )
    owner_label = fields.Char(
        string="Owner Shown",
        compute="_compute_owner_label",
        compute_sudo=True,
        help="The owner's name for the current owner; previous owners are "
        "shown as a private collection to those who may not know them.",
    )
    is_current = fields.Boolean(
        string="Current Owner", compute="_compute_owner_label", compute_sudo=True
    )
    date_from = fields.Date(string="From")
    date_to = fields.Date(string="To")
    acquisition_method = fields.Selection(
        [
            ("purchase", "Purchase"),
            ("consignment", "Consignment"),
            ("inheritance", "Inheritance"),
            ("gift", "Gift"),
            ("auction", "Auction"),
            ("commission", "Commission"),
        ],
        required=True,
        default="purchase",
    )
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "art_provenance_attachment_rel",
        "provenance_id",
        "attachment_id",
        string="Documents",
    )
    note = fields.Text()
    # The order names its customer: as confidential as the owner.
    sale_order_id = fields.Many2one(
        "sale.order",
        string="Sales Order",
        readonly=True,
        index="btree_not_null",
        groups=ART_CONFIDENTIAL_GROUPS,
    )

    @api.depends("lot_id.art_provenance_ids", "partner_id", "sequence", "date_from")
    def _compute_owner_label(self):
        for line in self:
            chain = line.lot_id.art_provenance_ids
            line.is_current = bool(chain) and chain[-1] == line
            line.owner_label = (
                line.partner_id.display_name
                if line.is_current
                else self.env._("Private collection")
            )

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        today = latest_today()
        for line in self:
            if (line.date_from and line.date_from > today) or (
                line.date_to and line.date_to > today
            ):
                raise ValidationError(
                    self.env._(
                        "Provenance of %s: ownership dates cannot be in the future.",
                        line.lot_id.display_name,
                    )
                )
            if line.date_from and line.date_to and line.date_to < line.date_from:
                raise ValidationError(
                    self.env._(
                        "Provenance of %s: an ownership cannot end before it starts.",
                        line.lot_id.display_name,
                    )
                )

    @api.model
    def _art_record_sale(self, lot, partner, date, order=False):
        """Append the buyer to the provenance chain of ``lot``.

        Closes the open line of the previous owner at ``date``.
        """
        chain = lot.sudo().art_provenance_ids
        open_lines = chain.filtered(lambda line: not line.date_to)
        open_lines.filtered(
            lambda line: not line.date_from or line.date_from <= date
        ).write({"date_to": date})
        return self.sudo().create(
            {
                "lot_id": lot.id,
                "sequence": (max(chain.mapped("sequence")) + 1) if chain else 10,
                "partner_id": partner.id,
                "date_from": date,
                "acquisition_method": "purchase",
                "sale_order_id": order.id if order else False,
            }
        )
