# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

ART_CONFIDENTIAL_GROUPS = (
    "art_order_tracking.group_art_manager,"
    "art_order_tracking.group_art_finance,"
    "art_order_tracking.group_art_appraisal"
)

ART_CATEGORIES = [
    ("painting", "Painting"),
    ("sculpture", "Sculpture"),
    ("photography", "Photography"),
    ("print", "Print"),
    ("antique", "Antique"),
    ("craft", "Craft"),
]

# Upper bounds of the value bands, in the company currency.
ART_VALUE_BANDS = [
    ("under_10k", "Under 10,000", 10000.0),
    ("10k_100k", "10,000 to 100,000", 100000.0),
    ("100k_1m", "100,000 to 1,000,000", 1000000.0),
    ("over_1m", "Over 1,000,000", None),
]

# What an artwork always is in stock terms: one serial per physical work.
ART_STOCK_VALUES = {"type": "consu", "is_storable": True, "tracking": "serial"}


class ProductTemplate(models.Model):
    _inherit = "product.template"

    is_artwork = fields.Boolean(
        string="Artwork",
        index=True,
        help="A physical work of art, tracked by one serial number per work.",
    )
    art_cost_hidden = fields.Boolean(
        string="Cost Hidden",
        compute="_compute_art_cost_hidden",
        help="An artwork's cost is what the gallery paid for it: the forms and"
        " lists show it only to the Manager, Finance and Appraisal Expert roles.",
    )
    art_artist_id = fields.Many2one(
        "res.partner",
        string="Artist",
        domain="[('is_artist', '=', True)]",
        index="btree_not_null",
        tracking=True,
    )
    art_year = fields.Integer(string="Year", help="Year the work was made.")
    art_year_circa = fields.Boolean(string="Circa", help="The year is approximate.")
    art_year_end = fields.Integer(
        string="Until Year",
        help="For works made over several years: the last year.",
    )
    art_medium = fields.Char(string="Medium", help="e.g. Oil, ink, bronze.")
    art_support = fields.Char(string="Support", help="e.g. Canvas, paper, silk.")
    art_height = fields.Float(string="Height", digits=(16, 2))
    art_width = fields.Float(string="Width", digits=(16, 2))
    art_depth = fields.Float(string="Depth", digits=(16, 2))
    art_dimension_unit = fields.Selection(
        [("cm", "cm"), ("mm", "mm"), ("in", "in")],
        string="Dimension Unit",
        default="cm",
    )
    art_framed = fields.Boolean(string="Framed")
    art_signature = fields.Text(
        string="Signature and Inscriptions",
        help="Where and how the work is signed, dated or inscribed.",
    )
    art_category = fields.Selection(ART_CATEGORIES, index=True)
    art_edition_type = fields.Selection(
        [("unique", "Unique Work"), ("edition", "Edition")],
        string="Edition Type",
        default="unique",
    )
    art_edition_size = fields.Integer(
        string="Edition Size", help="Number of numbered copies (N in n/N)."
    )
    art_artist_proofs = fields.Integer(
        string="Artist Proofs", help="Number of artist proofs (AP) of the edition."
    )
    art_appraisal_required = fields.Boolean(
        string="Appraisal Required",
        compute="_compute_art_appraisal_required",
        store=True,
        readonly=False,
        help="An expert appraisal is mandatory before this work is sold or "
        "taken back. On by default for antiques and for works priced at or "
        "above the company's appraisal threshold.",
    )
    art_value_band = fields.Selection(
        [(key, label) for key, label, _limit in ART_VALUE_BANDS],
        string="Value Band",
        compute="_compute_art_value_band",
        store=True,
    )
    art_availability = fields.Selection(
        [
            ("available", "Available"),
            ("sold", "Sold"),
            ("unavailable", "Not in Stock"),
        ],
        string="Availability",
        compute="_compute_art_availability",
        search="_search_art_availability",
    )
    art_dimensions = fields.Char(string="Dimensions", compute="_compute_art_dimensions")
    art_year_display = fields.Char(string="Dating", compute="_compute_art_year_display")
    art_lot_count = fields.Integer(
        string="Physical Works", compute="_compute_art_lot_count"
    )

    @api.depends("is_artwork")
    @api.depends_context("uid")
    def _compute_art_cost_hidden(self):
        user = self.env.user
        confidential = any(
            user.has_group(group) for group in ART_CONFIDENTIAL_GROUPS.split(",")
        )
        for template in self:
            template.art_cost_hidden = template.is_artwork and not confidential

    @api.depends("art_category", "list_price", "company_id")
    def _compute_art_appraisal_required(self):
        for template in self:
            company = template.company_id or self.env.company
            threshold = company.art_appraisal_threshold
            template.art_appraisal_required = template.art_category == "antique" or (
                bool(threshold) and template.list_price >= threshold
            )

    @api.depends("list_price")
    def _compute_art_value_band(self):
        for template in self:
            template.art_value_band = next(
                key
                for key, _label, limit in ART_VALUE_BANDS
                if limit is None or template.list_price < limit
            )

    @api.depends("qty_available", "is_artwork")
    def _compute_art_availability(self):
        artworks = self.filtered(lambda t: t.is_artwork and t.id)
        (self - artworks).art_availability = False
        delivered = self._art_delivered_template_ids(artworks.ids)
        # A catalogue fact (the portal shows it too), read from the stock as
        # superuser for the roles that may not read it (the Expert,
        # After-sales); the others read it with their own cache.
        stock = artworks
        if not (
            self.env["stock.quant"].has_access("read")
            and self.env["stock.move"].has_access("read")
        ):
            stock = artworks.sudo()
        for template, quantities in zip(artworks, stock, strict=True):
            if quantities.qty_available > 0:
                template.art_availability = "available"
            elif template.id in delivered:
                template.art_availability = "sold"
            else:
                template.art_availability = "unavailable"

    def _art_delivered_template_ids(self, template_ids=None):
        """Ids of templates with a work delivered to a customer."""
        domain = [
            ("state", "=", "done"),
            ("location_dest_id.usage", "=", "customer"),
            ("product_id.product_tmpl_id.is_artwork", "=", True),
        ]
        if template_ids is not None:
            if not template_ids:
                return set()
            domain.append(("product_id.product_tmpl_id", "in", template_ids))
        groups = self.env["stock.move"].sudo()._read_group(domain, ["product_id"])
        return {product.product_tmpl_id.id for (product,) in groups}

    def _search_art_availability(self, operator, value):
        if operator not in ("=", "!=", "in", "not in"):
            raise UserError(self.env._("Unsupported search on the availability."))
        values = {value} if isinstance(value, str) or not value else set(value)
        domains = {
            "available": [("qty_available", ">", 0)],
            "sold": [
                ("qty_available", "<=", 0),
                ("id", "in", list(self._art_delivered_template_ids())),
            ],
            "unavailable": [
                ("qty_available", "<=", 0),
                ("id", "not in", list(self._art_delivered_template_ids())),
            ],
        }
        domain = [("id", "=", 0)]
        for key in values:
            if key in domains:
                domain = ["|", *domain, *domains[key]]
        domain = ["&", ("is_artwork", "=", True), *domain]
        if operator in ("!=", "not in"):
            domain = ["!", *domain]
        return domain

    @api.depends("art_height", "art_width", "art_depth", "art_dimension_unit")
    def _compute_art_dimensions(self):
        for template in self:
            sizes = [
                f"{size:g}"
                for size in (
                    template.art_height,
                    template.art_width,
                    template.art_depth,
                )
                if size
            ]
            unit = template.art_dimension_unit or ""
            template.art_dimensions = (
                f"{' × '.join(sizes)} {unit}".strip() if sizes else False
            )

    @api.depends("art_year", "art_year_circa", "art_year_end")
    def _compute_art_year_display(self):
        for template in self:
            if not template.art_year:
                template.art_year_display = False
                continue
            text = str(template.art_year)
            if template.art_year_end and template.art_year_end != template.art_year:
                text = f"{text}–{template.art_year_end}"
            if template.art_year_circa:
                text = self.env._("c. %s", text)
            template.art_year_display = text

    def _compute_art_lot_count(self):
        counts = dict(
            self.env["stock.lot"]._read_group(
                [("product_id.product_tmpl_id", "in", self.ids)],
                ["product_id"],
                ["__count"],
            )
        )
        per_template = {}
        for product, count in counts.items():
            tmpl_id = product.product_tmpl_id.id
            per_template[tmpl_id] = per_template.get(tmpl_id, 0) + count
        for template in self:
            template.art_lot_count = per_template.get(template.id, 0)

    @api.constrains(
        "is_artwork",
        "art_year",
        "art_year_end",
        "art_height",
        "art_width",
        "art_depth",
        "weight",
        "list_price",
    )
    def _check_art_values(self):
        this_year = fields.Date.context_today(self).year
        for template in self.filtered("is_artwork"):
            name = template.display_name
            if template.art_height <= 0 or template.art_width <= 0:
                raise ValidationError(
                    self.env._(
                        "Artwork %s: height and width must be greater than zero.",
                        name,
                    )
                )
            if template.art_depth < 0 or template.weight < 0:
                raise ValidationError(
                    self.env._("Artwork %s: depth and weight cannot be negative.", name)
                )
            if template.list_price < 0:
                raise ValidationError(
                    self.env._("Artwork %s: the sales price cannot be negative.", name)
                )
            if template.art_year < 0 or template.art_year_end < 0:
                raise ValidationError(
                    self.env._("Artwork %s: the year cannot be negative.", name)
                )
            if template.art_year > this_year or template.art_year_end > this_year:
                raise ValidationError(
                    self.env._("Artwork %s: the year cannot be in the future.", name)
                )
            if template.art_year_end and template.art_year_end < template.art_year:
                raise ValidationError(
                    self.env._(
                        "Artwork %s: the year range ends before it starts.", name
                    )
                )

    @api.constrains(
        "is_artwork", "art_edition_type", "art_edition_size", "art_artist_proofs"
    )
    def _check_art_edition(self):
        for template in self.filtered("is_artwork"):
            if template.art_artist_proofs < 0 or template.art_edition_size < 0:
                raise ValidationError(
                    self.env._(
                        "Artwork %s: the edition size and the number of artist "
                        "proofs cannot be negative.",
                        template.display_name,
                    )
                )
            if template.art_edition_type == "edition":
                if template.art_edition_size < 1:
                    raise ValidationError(
                        self.env._(
                            "Artwork %s is an edition: give the number of copies (N).",
                            template.display_name,
                        )
                    )
                lots = self.env["stock.lot"].search(
                    [("product_id.product_tmpl_id", "=", template.id)]
                )
                lots._check_art_edition_number()

    @api.onchange("is_artwork")
    def _onchange_is_artwork(self):
        if self.is_artwork:
            self.update(ART_STOCK_VALUES)

    @api.onchange("art_edition_type")
    def _onchange_art_edition_type(self):
        if self.art_edition_type == "unique":
            self.art_edition_size = 0
            self.art_artist_proofs = 0

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("is_artwork"):
                vals.update(ART_STOCK_VALUES)
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("is_artwork"):
            vals = dict(vals, **ART_STOCK_VALUES)
        res = super().write(vals)
        if set(vals) & {"type", "is_storable", "tracking"}:
            wrong = self.filtered(
                lambda t: (
                    t.is_artwork
                    and any(t[key] != value for key, value in ART_STOCK_VALUES.items())
                )
            )
            if wrong:
                raise UserError(
                    self.env._(
                        "An artwork is always a tracked goods product with one "
                        "serial number per work: %s.",
                        ", ".join(wrong.mapped("display_name")),
                    )
                )
        return res

    def action_view_art_lots(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "art_order_tracking.stock_lot_action_artwork"
        )
        action["domain"] = [("product_id.product_tmpl_id", "=", self.id)]
        action["context"] = {
            "default_product_id": self.product_variant_id.id,
            "display_complete": True,
            "default_company_id": (self.company_id or self.env.company).id,
        }
        return action
