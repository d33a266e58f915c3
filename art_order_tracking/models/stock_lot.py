# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .art_dates import latest_today
from .product_template import ART_CONFIDENTIAL_GROUPS

# Computed from the appraisals, or set by the signed delivery (through sudo):
# never written directly by a user.
ART_GUARDED_FIELDS = {
    "art_insured_value",
    "art_insured_currency_id",
    "art_has_valid_appraisal",
    "art_appraisal_valid_until",
    "art_recipient_partner_ids",
}


class StockLot(models.Model):
    _name = "stock.lot"
    _inherit = ["stock.lot", "art.field.groups.mixin", "art.guard.mixin"]
    _art_guarded_fields = ART_GUARDED_FIELDS

    art_is_artwork = fields.Boolean(
        string="Is an Artwork", related="product_id.is_artwork", store=True
    )
    art_artist_id = fields.Many2one(
        related="product_id.art_artist_id", string="Artist", store=True
    )
    art_cost_hidden = fields.Boolean(related="product_id.art_cost_hidden")
    art_category = fields.Selection(
        related="product_id.art_category",
        store=True,
    )
    art_edition_type = fields.Selection(related="product_id.art_edition_type")
    art_edition_number = fields.Integer(
        string="Edition Number",
        copy=False,
        help="n in n/N; for an artist proof, its number among the proofs.",
    )
    art_is_artist_proof = fields.Boolean(string="Artist Proof", copy=False)
    art_edition_label = fields.Char(
        string="Edition", compute="_compute_art_edition_label"
    )
    art_provenance_ids = fields.One2many(
        "art.provenance", "lot_id", string="Provenance"
    )
    art_certificate_ids = fields.One2many(
        "art.certificate", "lot_id", string="Certificates"
    )
    art_certificate_count = fields.Integer(
        string="Certificate Count", compute="_compute_art_counts"
    )
    art_condition_report_ids = fields.One2many(
        "art.condition.report", "lot_id", string="Condition Reports"
    )
    art_condition_report_count = fields.Integer(
        string="Condition Report Count", compute="_compute_art_counts"
    )
    art_appraisal_ids = fields.One2many(
        "art.appraisal",
        "lot_id",
        string="Appraisals",
        groups=ART_CONFIDENTIAL_GROUPS,
    )
    art_insured_value = fields.Monetary(
        string="Insured Value",
        currency_field="art_insured_currency_id",
        compute="_compute_art_appraisal",
        store=True,
        groups=ART_CONFIDENTIAL_GROUPS,
        help="Value of the latest valid appraisal of this work.",
    )
    art_insured_currency_id = fields.Many2one(
        "res.currency",
        string="Insured Value Currency",
        compute="_compute_art_appraisal",
        store=True,
        groups=ART_CONFIDENTIAL_GROUPS,
    )
    art_has_valid_appraisal = fields.Boolean(
        string="Valid Appraisal",
        compute="_compute_art_appraisal",
        store=True,
        help="A completed appraisal of this work is still valid.",
    )
    art_appraisal_valid_until = fields.Date(
        string="Appraisal Valid Until",
        compute="_compute_art_appraisal",
        store=True,
    )
    # What the gallery paid for this physical work. Kept on the serial (each
    # work of an edition has its own price) and readable only by the
    # confidential roles: Odoo's product cost stays what valuation needs.
    art_purchase_price = fields.Monetary(
        string="Purchase Price",
        currency_field="art_purchase_currency_id",
        copy=False,
        groups=ART_CONFIDENTIAL_GROUPS,
        help="What the gallery paid to acquire this work. Visible only to the"
        " Manager, Finance and Appraisal Expert roles.",
    )
    art_purchase_currency_id = fields.Many2one(
        "res.currency",
        string="Purchase Currency",
        default=lambda self: self.env.company.currency_id,
        groups=ART_CONFIDENTIAL_GROUPS,
    )
    art_purchase_date = fields.Date(
        string="Purchase Date", copy=False, groups=ART_CONFIDENTIAL_GROUPS
    )
    art_recipient_partner_ids = fields.Many2many(
        "res.partner",
        "art_lot_recipient_partner_rel",
        "lot_id",
        "partner_id",
        string="Received By",
        copy=False,
        groups=ART_CONFIDENTIAL_GROUPS,
        help="Customers (commercial entities) to whom this work was delivered.",
    )

    @api.depends(
        "art_is_artwork",
        "art_edition_type",
        "art_edition_number",
        "art_is_artist_proof",
        "product_id.art_edition_size",
        "product_id.art_artist_proofs",
    )
    def _compute_art_edition_label(self):
        for lot in self:
            product = lot.product_id
            if not lot.art_is_artwork:
                lot.art_edition_label = False
            elif lot.art_edition_type != "edition":
                lot.art_edition_label = self.env._("Unique")
            elif lot.art_is_artist_proof:
                lot.art_edition_label = self.env._(
                    "AP %(number)s/%(total)s",
                    number=lot.art_edition_number,
                    total=product.art_artist_proofs,
                )
            else:
                lot.art_edition_label = (
                    f"{lot.art_edition_number}/{product.art_edition_size}"
                )

    def _compute_art_counts(self):
        data = {}
        for model in ("art.certificate", "art.condition.report"):
            # Users without an Art Trade role open serial numbers too.
            if not self.env[model].has_access("read"):
                data[model] = {}
                continue
            data[model] = dict(
                self.env[model]._read_group(
                    [("lot_id", "in", self.ids)], ["lot_id"], ["__count"]
                )
            )
        for lot in self:
            lot.art_certificate_count = data["art.certificate"].get(lot, 0)
            lot.art_condition_report_count = data["art.condition.report"].get(lot, 0)

    @api.depends(
        "art_appraisal_ids.state",
        "art_appraisal_ids.value",
        "art_appraisal_ids.currency_id",
        "art_appraisal_ids.date",
        "art_appraisal_ids.validity_date",
    )
    def _compute_art_appraisal(self):
        today = fields.Date.context_today(self)
        for lot in self:
            valid = lot.art_appraisal_ids.filtered(
                lambda a: (
                    a.state == "done"
                    and (not a.validity_date or a.validity_date >= today)
                )
            ).sorted(lambda a: (a.date, a.id), reverse=True)[:1]
            lot.art_insured_value = valid.value
            lot.art_insured_currency_id = valid.currency_id
            lot.art_has_valid_appraisal = bool(valid)
            lot.art_appraisal_valid_until = valid.validity_date

    @api.model
    def _cron_art_expire_appraisals(self):
        """Refresh the insured value of works whose appraisal just expired."""
        lots = self.search(
            [
                ("art_has_valid_appraisal", "=", True),
                ("art_appraisal_valid_until", "<", fields.Date.context_today(self)),
            ]
        )
        for fname in (
            "art_insured_value",
            "art_insured_currency_id",
            "art_has_valid_appraisal",
            "art_appraisal_valid_until",
        ):
            self.env.add_to_compute(self._fields[fname], lots)
        lots.flush_recordset()
        return lots

    @api.constrains(
        "art_purchase_price", "art_purchase_currency_id", "art_purchase_date"
    )
    def _check_art_purchase(self):
        today = latest_today()
        for lot in self.sudo():
            if lot.art_purchase_price < 0:
                raise ValidationError(
                    self.env._(
                        "The purchase price of %(serial)s cannot be negative.",
                        serial=lot.name,
                    )
                )
            if lot.art_purchase_price and not lot.art_purchase_currency_id:
                raise ValidationError(
                    self.env._(
                        "Give the currency of the purchase price of %(serial)s.",
                        serial=lot.name,
                    )
                )
            if lot.art_purchase_date and lot.art_purchase_date > today:
                raise ValidationError(
                    self.env._(
                        "The purchase date of %(serial)s is in the future: a"
                        " purchase is recorded once it has happened.",
                        serial=lot.name,
                    )
                )

    @api.constrains(
        "product_id", "art_edition_number", "art_is_artist_proof", "art_is_artwork"
    )
    def _check_art_edition_number(self):
        artwork_lots = self.filtered("art_is_artwork")
        if not artwork_lots:
            return
        Lot = self.sudo().with_context(active_test=False)
        for lot in artwork_lots:
            template = lot.product_id.product_tmpl_id
            siblings = Lot.search(
                [
                    ("product_id.product_tmpl_id", "=", template.id),
                    ("id", "!=", lot.id),
                ]
            )
            if template.art_edition_type != "edition":
                if siblings:
                    raise ValidationError(
                        self.env._(
                            "%(work)s is a unique work and already has its serial"
                            " number %(serial)s: a unique work has exactly one"
                            " serial number.",
                            work=template.display_name,
                            serial=siblings[0].name,
                        )
                    )
                if lot.art_edition_number or lot.art_is_artist_proof:
                    raise ValidationError(
                        self.env._(
                            "%s is a unique work: it has no edition number.",
                            template.display_name,
                        )
                    )
                continue
            limit = (
                template.art_artist_proofs
                if lot.art_is_artist_proof
                else template.art_edition_size
            )
            if lot.art_edition_number < 1 or lot.art_edition_number > limit:
                if lot.art_is_artist_proof:
                    message = self.env._(
                        "Serial %(serial)s: the artist proof number must be"
                        " between 1 and %(limit)s, the number of artist proofs"
                        " of %(work)s.",
                        serial=lot.name,
                        limit=limit,
                        work=template.display_name,
                    )
                else:
                    message = self.env._(
                        "Serial %(serial)s: the edition number must be between 1"
                        " and %(limit)s, the number of copies of %(work)s.",
                        serial=lot.name,
                        limit=limit,
                        work=template.display_name,
                    )
                raise ValidationError(message)
            twin = siblings.filtered(
                lambda s, lot=lot: (
                    s.art_edition_number == lot.art_edition_number
                    and s.art_is_artist_proof == lot.art_is_artist_proof
                )
            )
            if twin:
                raise ValidationError(
                    self.env._(
                        "Serial %(serial)s: number %(label)s of %(work)s is already"
                        " serial %(other)s.",
                        serial=lot.name,
                        label=lot.art_edition_label,
                        work=template.display_name,
                        other=twin[0].name,
                    )
                )

    def action_view_art_certificates(self):
        return self._art_open_related("art_order_tracking.art_certificate_action")

    def action_view_art_condition_reports(self):
        return self._art_open_related("art_order_tracking.art_condition_report_action")

    def _art_open_related(self, xmlid):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(xmlid)
        action["domain"] = [("lot_id", "=", self.id)]
        action["context"] = {"default_lot_id": self.id}
        return action
