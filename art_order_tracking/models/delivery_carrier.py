# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import hashlib
import logging
import secrets
from datetime import timedelta

from odoo import fields, models
from odoo.exceptions import UserError
from odoo.tools import consteq

_logger = logging.getLogger(__name__)


def art_hash_api_key(key):
    """The stored form of a carrier API key. The keys are 256-bit random
    tokens: a plain SHA-256 is enough and lets the key be found by index."""
    return hashlib.sha256((key or "").encode()).hexdigest()


class DeliveryCarrier(models.Model):
    """Credentials of the carrier event API (POST /art/carrier/events)."""

    _inherit = "delivery.carrier"

    art_api_key_hash = fields.Char(
        string="API Key Hash",
        copy=False,
        readonly=True,
        index="btree_not_null",
        groups="base.group_system",
        help="SHA-256 of the carrier's API key: the key itself is never stored.",
    )
    art_api_key_hint = fields.Char(
        string="API Key Starts With",
        copy=False,
        readonly=True,
        help="The first characters of the current key, to recognise it.",
    )
    art_api_key_date = fields.Datetime(
        string="API Key Issued", copy=False, readonly=True
    )
    art_api_key_expiry = fields.Datetime(
        string="API Key Expires",
        copy=False,
        help="After this time the key is refused (401). Empty: no expiry.",
    )
    art_api_key_validity_days = fields.Integer(
        string="Key Validity (days)",
        default=365,
        help="Validity of the keys generated from now on. Zero: no expiry.",
    )
    art_carrier_request_count = fields.Integer(compute="_compute_art_carrier_counts")
    art_carrier_event_count = fields.Integer(compute="_compute_art_carrier_counts")

    def _compute_art_carrier_counts(self):
        request_counts = dict(
            self.env["art.carrier.request"]._read_group(
                [("carrier_id", "in", self.ids)], ["carrier_id"], ["__count"]
            )
        )
        events = dict(
            self.env["art.carrier.event"]._read_group(
                [("carrier_id", "in", self.ids)], ["carrier_id"], ["__count"]
            )
        )
        for carrier in self:
            carrier.art_carrier_request_count = request_counts.get(carrier, 0)
            carrier.art_carrier_event_count = events.get(carrier, 0)

    def _art_generate_api_key(self):
        """Issue a new key (the previous one stops working at once) and
        return it in clear: it is shown once and never again."""
        self.ensure_one()
        if not self.env.user.has_group("base.group_system"):
            raise UserError(
                self.env._("Only an administrator may issue carrier API keys.")
            )
        key = "artc_" + secrets.token_urlsafe(32)
        now = fields.Datetime.now()
        days = self.art_api_key_validity_days
        self.sudo().write(
            {
                "art_api_key_hash": art_hash_api_key(key),
                "art_api_key_hint": key[:9],
                "art_api_key_date": now,
                "art_api_key_expiry": now + timedelta(days=days) if days else False,
            }
        )
        _logger.info(
            "Carrier %s: new API key %s... issued by user %s",
            self.id,
            key[:9],
            self.env.uid,
        )
        return key

    def action_art_rotate_api_key(self):
        self.ensure_one()
        key = self._art_generate_api_key()
        wizard = self.env["art.carrier.key.wizard"].create(
            {"carrier_id": self.id, "api_key": key}
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("New API Key"),
            "res_model": "art.carrier.key.wizard",
            "res_id": wizard.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_art_revoke_api_key(self):
        self.ensure_one()
        if not self.env.user.has_group("base.group_system"):
            raise UserError(
                self.env._("Only an administrator may revoke carrier API keys.")
            )
        self.sudo().write({"art_api_key_hash": False, "art_api_key_hint": False})
        _logger.info("Carrier %s: API key revoked by user %s", self.id, self.env.uid)

    def _art_authenticate(self, key):
        """The active carrier whose current, unexpired key is ``key``."""
        if not key:
            return self.browse()
        digest = art_hash_api_key(key)
        carrier = (
            self.sudo()
            .with_context(active_test=True)
            .search([("art_api_key_hash", "=", digest)], limit=1)
        )
        if not carrier or not consteq(carrier.art_api_key_hash, digest):
            return self.browse()
        if (
            carrier.art_api_key_expiry
            and carrier.art_api_key_expiry < fields.Datetime.now()
        ):
            return self.browse()
        return carrier

    def action_art_view_carrier_requests(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "art_order_tracking.art_carrier_request_action"
        )
        action["domain"] = [("carrier_id", "=", self.id)]
        return action

    def action_art_view_carrier_events(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "art_order_tracking.art_carrier_event_action"
        )
        action["domain"] = [("carrier_id", "=", self.id)]
        return action
