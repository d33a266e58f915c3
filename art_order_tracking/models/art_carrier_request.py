# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import json
import logging

from psycopg2 import OperationalError

from odoo import api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

DEFAULT_MAX_BODY_KB = 5120


class ArtCarrierRequest(models.Model):
    """A raw request of the carrier event API that passed authentication.

    Kept whatever its outcome, so nothing a carrier sent is ever lost; a
    failed one can be processed again by staff (e.g. once the tracking
    reference is set on the transfer).
    """

    _name = "art.carrier.request"
    _description = "Carrier API Request"
    _order = "id desc"

    carrier_id = fields.Many2one(
        "delivery.carrier",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    date = fields.Datetime(required=True, readonly=True, default=fields.Datetime.now)
    body = fields.Text(readonly=True, help="The raw JSON body, as received.")
    body_raw = fields.Binary(
        string="Raw Body",
        attachment=False,
        readonly=True,
        help="The exact bytes received, kept when the body is not text that "
        "can be stored as is (not UTF-8, or with NUL characters).",
    )
    headers = fields.Text(readonly=True, help="The request headers kept (no key).")
    remote_addr = fields.Char(string="Sender Address", readonly=True)
    http_status = fields.Integer(string="HTTP Status", readonly=True)
    state = fields.Selection(
        [
            ("done", "Processed"),
            ("partial", "Partly Failed"),
            ("failed", "Failed"),
        ],
        readonly=True,
        index=True,
    )
    response = fields.Text(readonly=True, help="The JSON answer given.")
    error = fields.Text(readonly=True)
    event_ids = fields.One2many("art.carrier.event", "request_id", string="Events")
    event_count = fields.Integer(compute="_compute_event_count")
    reprocess_count = fields.Integer(string="Times Re-processed", readonly=True)
    reprocess_user_id = fields.Many2one(
        "res.users", string="Last Re-processed By", readonly=True
    )
    reprocess_date = fields.Datetime(string="Last Re-processed On", readonly=True)

    @api.depends("event_ids")
    def _compute_event_count(self):
        for request in self:
            request.event_count = len(request.event_ids)

    @api.depends("carrier_id", "date")
    def _compute_display_name(self):
        for request in self:
            request.display_name = f"{request.carrier_id.name} #{request.id}"

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(
            self.env._("Carrier requests are kept: nothing a carrier sent is lost.")
        )

    @api.model
    def _art_max_body_bytes(self):
        param = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("art_order_tracking.carrier_max_body_kb")
        )
        try:
            kilobytes = int(param or DEFAULT_MAX_BODY_KB)
        except ValueError:
            kilobytes = DEFAULT_MAX_BODY_KB
        return max(kilobytes, 1) * 1024

    @api.model
    def _art_receive(self, carrier, raw_body, headers=None, remote_addr=None):
        """Keep an authenticated request, then process it.

        :return: (HTTP status, JSON-able answer)
        """
        # PostgreSQL text holds neither NUL nor invalid UTF-8: the body is
        # kept readable, and byte for byte when it differs.
        body = raw_body.decode("utf-8", errors="replace").replace("\x00", "\ufffd")
        request = self.sudo().create(
            {
                "carrier_id": carrier.id,
                "body": body,
                "body_raw": base64.b64encode(raw_body)
                if body.encode() != raw_body
                else False,
                "headers": json.dumps(headers or {}, indent=1),
                "remote_addr": remote_addr,
            }
        )
        return request._art_process()

    def _art_raw_body(self):
        """The body exactly as received (bytes)."""
        self.ensure_one()
        raw = self.with_context(bin_size=False).body_raw
        if raw:
            return base64.b64decode(raw)
        return (self.body or "").encode()

    def _art_process(self):
        """Process the kept body; store and return (status, answer)."""
        self.ensure_one()
        try:
            with self.env.cr.savepoint():
                status, answer = self._art_process_body()
        except OperationalError:
            raise  # concurrency errors: let Odoo retry the whole request
        except Exception as exc:  # pylint: disable=broad-except
            # Keep the request and say what went wrong: it can be replayed.
            _logger.exception("Carrier request %s could not be processed", self.id)
            status, answer = (
                500,
                {"error": "internal_error", "message": f"Internal error: {exc}"},
            )
        if status == 200:
            errors = [
                item for item in answer.get("results", [answer]) if item["code"] != 200
            ]
            state = "partial" if errors else "done"
        else:
            errors = [answer]
            state = "failed"
        self.sudo().write(
            {
                "http_status": status,
                "state": state,
                "response": json.dumps(answer),
                "error": "\n".join(
                    f"{item.get('event_id') or '-'}: {item.get('message')}"
                    for item in errors
                ).replace("\x00", "\ufffd")
                or False,
            }
        )
        return status, answer

    def _art_process_body(self):
        try:
            text = self._art_raw_body().decode("utf-8")
        except UnicodeDecodeError:
            return 400, {
                "error": "malformed_json",
                "message": "The body is not UTF-8 text.",
            }
        try:
            payload = json.loads(text)
        except RecursionError:
            return 400, {
                "error": "malformed_json",
                "message": "The body is nested too deeply.",
            }
        except ValueError as exc:
            # Also a raw NUL or other control character inside a string.
            return 400, {
                "error": "malformed_json",
                "message": f"The body is not valid JSON: {exc}",
            }
        single = isinstance(payload, dict)
        items = [payload] if single else payload
        if not isinstance(items, list) or not items:
            return 400, {
                "error": "malformed_json",
                "message": "The body must be one event object or a non-empty "
                "list of event objects.",
            }
        results = self.env["art.carrier.event"]._art_record_items(
            self.carrier_id, items, request=self, source="carrier"
        )
        if single:
            return results[0]["code"], results[0]
        return 200, {
            "results": results,
            "recorded": sum(1 for r in results if r["code"] == 200),
            "failed": sum(1 for r in results if r["code"] != 200),
        }

    def action_reprocess(self):
        """Staff: process a failed or partly failed request again. Events
        already recorded are replays and change nothing."""
        self.check_access("read")
        if not self.env.user.has_group("art_order_tracking.group_art_logistics"):
            raise UserError(
                self.env._("Only Logistics may re-process carrier requests.")
            )
        for request in self:
            if request.state == "done":
                raise UserError(
                    self.env._(
                        "Request %s was processed already.", request.display_name
                    )
                )
            request._art_process()
            request.sudo().write(
                {
                    "reprocess_count": request.reprocess_count + 1,
                    "reprocess_user_id": self.env.uid,
                    "reprocess_date": fields.Datetime.now(),
                }
            )
        return True
