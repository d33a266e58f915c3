# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import uuid

from reportlab.graphics import renderSVG
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.renderPM import RenderPMError

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .art_dates import latest_today

# Set by the Void and Reissue actions (and the defaults), never by hand: a
# voided certificate does not come back to life, a verification link does
# not move.
ART_GUARDED_FIELDS = {"state", "replacement_id", "access_token"}


class ArtCertificate(models.Model):
    _name = "art.certificate"
    _description = "Certificate of Authenticity"
    _inherit = ("mail.thread", "art.guard.mixin")
    _art_guarded_fields = ART_GUARDED_FIELDS
    _order = "issue_date desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Certificate Number",
        required=True,
        copy=False,
        readonly=True,
        default=lambda self: self.env._("New"),
        tracking=True,
    )
    lot_id = fields.Many2one(
        "stock.lot",
        string="Work",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        domain="[('art_is_artwork', '=', True)]",
    )
    product_id = fields.Many2one(related="lot_id.product_id", store=True)
    company_id = fields.Many2one(related="lot_id.company_id", store=True)
    artist_id = fields.Many2one(related="lot_id.art_artist_id", string="Artist")
    issuer_id = fields.Many2one(
        "res.partner",
        required=True,
        default=lambda self: self.env.company.partner_id,
        help="Who certifies the work: the artist, their estate, an expert or "
        "the gallery.",
    )
    issue_date = fields.Date(
        required=True, default=fields.Date.context_today, tracking=True
    )
    document = fields.Binary(attachment=True, copy=False)
    document_filename = fields.Char()
    state = fields.Selection(
        [("valid", "Valid"), ("void", "Void"), ("reissued", "Reissued")],
        required=True,
        default="valid",
        tracking=True,
        copy=False,
    )
    replacement_id = fields.Many2one(
        "art.certificate",
        string="Replaced By",
        readonly=True,
        copy=False,
        index="btree_not_null",
    )
    note = fields.Text()
    access_token = fields.Char(
        string="Verification Token",
        required=True,
        readonly=True,
        copy=False,
        index=True,
        default=lambda self: str(uuid.uuid4()),
    )
    verification_url = fields.Char(
        string="Verification URL", compute="_compute_verification_url"
    )

    _sql_constraints = (
        (
            "name_unique",
            "UNIQUE(name)",
            "This certificate number is already used by another certificate.",
        ),
        (
            "access_token_unique",
            "UNIQUE(access_token)",
            "The verification token must be unique.",
        ),
    )

    def _compute_verification_url(self):
        for certificate in self:
            certificate.verification_url = (
                f"{certificate.get_base_url()}/art/certificate/"
                f"{certificate.access_token}"
            )

    @api.constrains("issue_date")
    def _check_issue_date(self):
        today = latest_today()
        for certificate in self:
            if certificate.issue_date and certificate.issue_date > today:
                raise ValidationError(
                    self.env._(
                        "Certificate %s: the issue date cannot be in the future.",
                        certificate.name,
                    )
                )

    @api.constrains("state", "lot_id")
    def _check_one_valid(self):
        for certificate in self.filtered(lambda c: c.state == "valid"):
            other = self.search(
                [
                    ("lot_id", "=", certificate.lot_id.id),
                    ("state", "=", "valid"),
                    ("id", "!=", certificate.id),
                ],
                limit=1,
            )
            if other:
                raise ValidationError(
                    self.env._(
                        "%(work)s already has a valid certificate (%(number)s): "
                        "void or reissue it first.",
                        work=certificate.lot_id.display_name,
                        number=other.name,
                    )
                )

    def _check_number_free(self, number):
        """Refuse a certificate number already used, with a message a clerk
        understands, before the database's unique constraint does."""
        if number and self.sudo().search_count(
            [("name", "=", number), ("id", "not in", self.ids)], limit=1
        ):
            raise ValidationError(
                self.env._(
                    "Certificate number %s is already used by another certificate.",
                    number,
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("name") or vals["name"] == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code(
                    "art.certificate"
                ) or self.env._("New")
            else:
                self._check_number_free(vals["name"])
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("name"):
            if len(self) > 1:
                raise ValidationError(
                    self.env._("Two certificates cannot share one number.")
                )
            self._check_number_free(vals["name"])
        return super().write(vals)

    def action_void(self):
        for certificate in self:
            if certificate.state != "valid":
                raise UserError(
                    self.env._(
                        "Only a valid certificate can be voided (%s).", certificate.name
                    )
                )
        self.check_access("write")
        self.sudo().write({"state": "void"})
        return True

    def action_reissue(self):
        self.ensure_one()
        if self.state != "valid":
            raise UserError(
                self.env._("Only a valid certificate can be reissued (%s).", self.name)
            )
        self.check_access("write")
        self.sudo().state = "reissued"
        replacement = self.copy({"issue_date": fields.Date.context_today(self)})
        self.sudo().replacement_id = replacement
        self.message_post(
            body=self.env._("Reissued as %s.", replacement.name),
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": replacement.id,
            "view_mode": "form",
        }

    def _art_qr_code_src(self, size=150):
        """Data URI of the QR code of the verification URL, for the PDF.

        Uses core's barcode renderer (a PNG); where ReportLab has no bitmap
        backend (reportlab 4 without rl_renderPM or rlPyCairo), draws the same
        QR code as SVG, which needs no backend.
        """
        self.ensure_one()
        url = self.verification_url
        try:
            png = self.env["ir.actions.report"].barcode(
                "QR", url, width=size, height=size, quiet=0
            )
            return "data:image/png;base64," + base64.b64encode(png).decode()
        except RenderPMError:
            drawing = createBarcodeDrawing(
                "QR", value=url, width=size, height=size, quiet=0
            )
            svg = renderSVG.drawToString(drawing)
            if isinstance(svg, str):
                svg = svg.encode()
            return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()

    def action_print(self):
        self.ensure_one()
        return self.env.ref("art_order_tracking.art_certificate_report").report_action(
            self
        )
