# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResPartner(models.Model):
    _inherit = "res.partner"

    is_artist = fields.Boolean(string="Artist", index=True)
    art_name_original = fields.Char(
        string="Name in Original Script",
        help="The artist's name as written in their own script, e.g. 齐白石.",
    )
    art_name_romanized = fields.Char(
        string="Romanised Name", help="The artist's name in Latin letters."
    )
    art_nationality_id = fields.Many2one("res.country", string="Nationality")
    art_birth_year = fields.Integer(string="Year of Birth")
    art_death_year = fields.Integer(string="Year of Death")
    art_biography = fields.Html(string="Biography", sanitize=True)
    art_artwork_ids = fields.One2many(
        "product.template", "art_artist_id", string="Works"
    )
    art_artwork_count = fields.Integer(
        string="Works Count", compute="_compute_art_artwork_count"
    )
    art_artwork_available_count = fields.Integer(
        string="Available Works", compute="_compute_art_artwork_count"
    )
    art_artwork_sold_count = fields.Integer(
        string="Sold Works", compute="_compute_art_artwork_count"
    )

    def _compute_art_artwork_count(self):
        artists = self.filtered("is_artist")
        (self - artists).update(
            {
                "art_artwork_count": 0,
                "art_artwork_available_count": 0,
                "art_artwork_sold_count": 0,
            }
        )
        if not artists:
            return
        Template = self.env["product.template"]
        domain = [("art_artist_id", "in", artists.ids), ("is_artwork", "=", True)]
        counts = {}
        for key, extra in (
            ("art_artwork_count", []),
            ("art_artwork_available_count", [("art_availability", "=", "available")]),
            ("art_artwork_sold_count", [("art_availability", "=", "sold")]),
        ):
            counts[key] = dict(
                Template._read_group(domain + extra, ["art_artist_id"], ["__count"])
            )
        for artist in artists:
            artist.update({key: counts[key].get(artist, 0) for key in counts})

    @api.constrains("art_birth_year", "art_death_year")
    def _check_art_years(self):
        this_year = fields.Date.context_today(self).year
        for partner in self:
            birth, death = partner.art_birth_year, partner.art_death_year
            if birth < 0 or death < 0:
                raise ValidationError(
                    self.env._("A year of birth or death cannot be negative.")
                )
            if birth > this_year or death > this_year:
                raise ValidationError(
                    self.env._("The years of birth and death cannot be in the future.")
                )
            if birth and death and death < birth:
                raise ValidationError(
                    self.env._(
                        "%(artist)s cannot have died (%(death)s) before being born"
                        " (%(birth)s).",
                        artist=partner.display_name,
                        death=death,
                        birth=birth,
                    )
                )

    def _art_open_artworks(self, availability=None):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "art_order_tracking.product_template_action_artwork"
        )
        domain = [("art_artist_id", "=", self.id)]
        if availability:
            domain.append(("art_availability", "=", availability))
        action["domain"] = domain
        action["context"] = {
            "default_is_artwork": True,
            "default_art_artist_id": self.id,
        }
        return action

    def action_view_art_artworks(self):
        return self._art_open_artworks()

    def action_view_art_artworks_available(self):
        return self._art_open_artworks("available")

    def action_view_art_artworks_sold(self):
        return self._art_open_artworks("sold")
