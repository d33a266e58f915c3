# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import binascii
import json
import logging
from datetime import datetime, timedelta, timezone

from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.mimetypes import guess_mimetype

_logger = logging.getLogger(__name__)

CARRIER_STATUSES = [
    ("picked_up", "Picked Up"),
    ("in_transit", "In Transit"),
    ("out_for_delivery", "Out for Delivery"),
    ("delivered", "Delivered"),
    ("exception", "Delivery Exception"),
    ("returned_to_sender", "Returned to Sender"),
]
FAILED_STATUSES = {"exception", "returned_to_sender"}
# The unique index that makes an event idempotent under concurrency.
UNIQUE_CONSTRAINT = "art_carrier_event_carrier_event_unique"
REQUIRED_FIELDS = ("tracking_ref", "event_id", "status", "occurred_at")
# Optional text fields of an event, with the length kept.
TEXT_FIELDS = {"location": 256, "description": 4000, "signed_by": 256}
PROOF_MIMETYPES = {"application/pdf", "image/jpeg", "image/png"}
# How far from the request's receipt an event may be dated (settings).
DEFAULT_FUTURE_TOLERANCE_HOURS = 24
DEFAULT_PAST_TOLERANCE_DAYS = 365


def art_parse_occurred_at(value):
    """ISO 8601 with an explicit offset -> naive UTC datetime (or None)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            return None
        # 0001-01-01T00:00:00+01:00 or 9999-12-31T23:59:59-01:00 have no
        # UTC equivalent: OverflowError.
        return moment.astimezone(timezone.utc).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None


def art_has_nul(value):
    """Whether a decoded JSON value holds a NUL character (PostgreSQL text
    cannot store one)."""
    return isinstance(value, str) and "\x00" in value


class _ExpectedDuplicateFilter(logging.Filter):
    """Drop the "bad query" error that ``odoo.sql_db`` logs when two requests
    race to record the same carrier event: the loser's unique violation is
    expected and handled (it answers as the winner did), not an error.

    A filter rather than ``mute_logger``: it only drops that one violation
    and is thread-safe (``mute_logger`` swaps the logger's handlers, which
    two threads of a threaded server can interleave).
    """

    def filter(self, record):
        args = record.args if isinstance(record.args, tuple) else ()
        error = args[-1] if args else None
        return not (
            isinstance(error, pg_errors.UniqueViolation)
            and getattr(error.diag, "constraint_name", None) == UNIQUE_CONSTRAINT
        )


_SQL_LOGGER = logging.getLogger("odoo.sql_db")
if not any(isinstance(f, _ExpectedDuplicateFilter) for f in _SQL_LOGGER.filters):
    _SQL_LOGGER.addFilter(_ExpectedDuplicateFilter())


class ArtCarrierEvent(models.Model):
    """One shipment event reported by a carrier (API) or by staff (phone).

    Append-only. Unique per (carrier, carrier event id): a replayed event is
    answered from ``response`` and changes nothing.
    """

    _name = "art.carrier.event"
    _description = "Carrier Shipment Event"
    _order = "occurred_at desc, id desc"
    _rec_name = "event_ref"

    carrier_id = fields.Many2one(
        "delivery.carrier",
        required=True,
        readonly=True,
        index=True,
        ondelete="restrict",
    )
    event_ref = fields.Char(
        string="Carrier Event ID",
        required=True,
        readonly=True,
        help="The carrier's unique id of the event.",
    )
    request_id = fields.Many2one(
        "art.carrier.request", readonly=True, index="btree_not_null"
    )
    picking_id = fields.Many2one(
        "stock.picking",
        string="Transfer",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
    )
    order_id = fields.Many2one(
        related="picking_id.sale_id", string="Sales Order", store=True, index=True
    )
    company_id = fields.Many2one(related="picking_id.company_id", store=True)
    tracking_ref = fields.Char(string="Tracking Reference", readonly=True)
    status = fields.Selection(CARRIER_STATUSES, required=True, readonly=True)
    occurred_at = fields.Datetime(required=True, readonly=True, index=True)
    location = fields.Char(readonly=True)
    description = fields.Text(readonly=True)
    signed_by = fields.Char(readonly=True)
    proof_attachment_id = fields.Many2one(
        "ir.attachment", string="Proof", readonly=True
    )
    source = fields.Selection(
        [("carrier", "Carrier API"), ("staff", "Staff")],
        required=True,
        default="carrier",
        readonly=True,
    )
    user_id = fields.Many2one(
        "res.users", readonly=True, default=lambda self: self.env.user
    )
    order_event_id = fields.Many2one(
        "art.order.event", string="Timeline Event", readonly=True
    )
    response = fields.Text(
        readonly=True, help="The answer given the first time (replays get it again)."
    )

    _sql_constraints = [
        (
            "carrier_event_unique",
            "UNIQUE(carrier_id, event_ref)",
            "This carrier already reported an event with this id.",
        ),
    ]

    def write(self, vals):
        if set(vals) - {"response", "order_event_id"}:
            raise UserError(
                self.env._(
                    "Carrier events cannot be changed: they record what happened."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("Carrier events cannot be deleted."))

    # ------------------------------------------------------------------
    # Validation and recording (shared by the API and the staff wizard)
    # ------------------------------------------------------------------

    @api.model
    def _art_validate_item(self, item):
        """Check one event payload. Return (values, None) or (None, error)."""
        if not isinstance(item, dict):
            return None, {
                "code": 400,
                "error": "malformed_event",
                "message": "Each event must be a JSON object.",
            }
        # A blank or whitespace-only value is missing too.
        missing = [
            name
            for name in REQUIRED_FIELDS
            if not isinstance(item.get(name), str) or not item[name].strip()
        ]
        if missing:
            return None, {
                "code": 400,
                "error": "missing_fields",
                "message": f"Missing, blank or non-text fields: {', '.join(missing)}.",
                "fields": missing,
            }
        bad_text = [
            name
            for name in (*REQUIRED_FIELDS, *TEXT_FIELDS)
            if art_has_nul(item.get(name))
            or (
                name in TEXT_FIELDS
                and item.get(name) is not None
                and (
                    isinstance(item[name], bool)
                    or not isinstance(item[name], str | int | float)
                )
            )
        ]
        if bad_text:
            return None, {
                "code": 422,
                "error": "bad_text",
                "message": "Text fields must be text without NUL characters: "
                f"{', '.join(bad_text)}.",
                "fields": bad_text,
            }
        status = item["status"]
        if status not in dict(CARRIER_STATUSES):
            return None, {
                "code": 422,
                "error": "unknown_status",
                "message": f"Unknown status {status!r}: expected one of "
                f"{', '.join(dict(CARRIER_STATUSES))}.",
                "fields": ["status"],
            }
        occurred_at = art_parse_occurred_at(item["occurred_at"])
        if not occurred_at:
            return None, {
                "code": 422,
                "error": "bad_timestamp",
                "message": "occurred_at must be ISO 8601 with an offset, "
                "e.g. 2026-03-01T14:05:00+08:00.",
                "fields": ["occurred_at"],
            }
        values = {
            "tracking_ref": item["tracking_ref"].strip(),
            "event_ref": item["event_id"].strip()[:128],
            "status": status,
            "occurred_at": occurred_at,
        }
        for name, size in TEXT_FIELDS.items():
            value = item.get(name)
            values[name] = str(value if value is not None else "")[:size] or False
        proof = item.get("proof")
        if proof not in (None, ""):
            proof_vals, error = self._art_validate_proof(proof)
            if error:
                return None, error
            values["proof"] = proof_vals
        return values, None

    @api.model
    def _art_occurred_at_window(self, reference=None):
        """The oldest and newest ``occurred_at`` accepted from a carrier for
        a request received at ``reference`` (default: now).

        An event far in the future would stay the latest for ever and pin
        the shipment's status; a very old one is a mistake or a replay.
        """
        reference = reference or fields.Datetime.now()
        params = self.env["ir.config_parameter"].sudo()

        def _param(key, default):
            try:
                return max(int(params.get_param(key) or default), 0)
            except ValueError:
                return default

        future = _param(
            "art_order_tracking.carrier_future_tolerance_hours",
            DEFAULT_FUTURE_TOLERANCE_HOURS,
        )
        past = _param(
            "art_order_tracking.carrier_past_tolerance_days",
            DEFAULT_PAST_TOLERANCE_DAYS,
        )
        return reference - timedelta(days=past), reference + timedelta(hours=future)

    @api.model
    def _art_check_occurred_at(self, values, window):
        """None, or the error of an event dated outside ``window``."""
        oldest, newest = window
        if oldest <= values["occurred_at"] <= newest:
            return None
        return {
            "code": 422,
            "error": "timestamp_out_of_range",
            "message": "occurred_at must be between "
            f"{oldest.isoformat(timespec='seconds')}Z and "
            f"{newest.isoformat(timespec='seconds')}Z.",
            "event_id": values["event_ref"],
            "fields": ["occurred_at"],
        }

    @api.model
    def _art_validate_proof(self, proof):
        bad = {
            "code": 422,
            "error": "bad_proof",
            "message": 'proof must be {"filename": ..., "content": <base64 of a '
            "PDF, JPEG or PNG>}.",
            "fields": ["proof"],
        }
        if (
            not isinstance(proof, dict)
            or not isinstance(proof.get("content"), str)
            or art_has_nul(proof.get("filename"))
            or not isinstance(proof.get("filename") or "", str)
        ):
            return None, bad
        try:
            raw = base64.b64decode(proof["content"], validate=True)
        except (binascii.Error, ValueError):
            return None, bad
        mimetype = guess_mimetype(raw, default="") if raw else ""
        if mimetype not in PROOF_MIMETYPES:
            return None, dict(
                bad,
                message="proof is %s: only PDF, JPEG or PNG documents are accepted."
                % (mimetype or "empty"),
            )
        name = str(proof.get("filename") or "proof")[:128]
        return {"name": name, "raw": raw, "mimetype": mimetype}, None

    @api.model
    def _art_record_items(self, carrier, items, request=None, source="carrier"):
        """Record a list of event payloads of ``carrier``.

        :return: one result dict per item, in order; each has a ``code``
            (the HTTP status the item would get alone).
        """
        results = [None] * len(items)
        valid = {}
        for index, item in enumerate(items):
            values, error = self._art_validate_item(item)
            if error:
                # Echo the carrier's id only when it is plain text.
                event_id = item.get("event_id") if isinstance(item, dict) else None
                error["event_id"] = (
                    event_id[:128]
                    if isinstance(event_id, str) and not art_has_nul(event_id)
                    else None
                )
                results[index] = error
            else:
                valid[index] = values
        if not valid:
            return results
        Event = self.sudo()
        refs = {values["event_ref"] for values in valid.values()}
        known = {
            event.event_ref: event
            for event in Event.search(
                [("carrier_id", "=", carrier.id), ("event_ref", "in", list(refs))]
            )
        }
        tracking_refs = {values["tracking_ref"] for values in valid.values()}
        pickings = {}
        for picking in (
            self.env["stock.picking"]
            .sudo()
            .search(
                [
                    ("carrier_tracking_ref", "in", list(tracking_refs)),
                    ("carrier_id", "=", carrier.id),
                    ("state", "!=", "cancel"),
                ],
                order="id desc",
            )
        ):
            pickings.setdefault(picking.carrier_tracking_ref, picking)
        # Dated against the request's receipt, so that processing it again
        # later judges the same dates the same way.
        window = self._art_occurred_at_window(request.date if request else None)
        # Place the new events by occurrence, whatever their order in the batch.
        for index in sorted(valid, key=lambda i: valid[i]["occurred_at"]):
            values = valid[index]
            ref = values["event_ref"]
            if ref in known:
                results[index] = json.loads(known[ref].response or "{}")
                continue
            error = self._art_check_occurred_at(values, window)
            if error:
                results[index] = error
                continue
            picking = pickings.get(values["tracking_ref"])
            if not picking:
                results[index] = {
                    "code": 404,
                    "error": "unknown_tracking_ref",
                    "message": "No shipment of this carrier has tracking "
                    f"reference {values['tracking_ref']}.",
                    "event_id": ref,
                    "fields": ["tracking_ref"],
                }
                continue
            event, result = self._art_create_event(
                carrier, picking, values, request=request, source=source
            )
            known[ref] = event
            results[index] = result
        return results

    @api.model
    def _art_create_event(
        self, carrier, picking, values, request=None, source="carrier"
    ):
        """Insert one event (idempotent under concurrency) and apply it."""
        values = dict(values)
        proof = values.pop("proof", None)
        vals = dict(
            values,
            carrier_id=carrier.id,
            picking_id=picking.id,
            request_id=request.id if request else False,
            source=source,
            user_id=self.env.uid,
        )
        try:
            with self.env.cr.savepoint():
                if proof:
                    vals["proof_attachment_id"] = (
                        self.env["ir.attachment"]
                        .sudo()
                        .create(
                            {
                                "name": proof["name"],
                                "raw": proof["raw"],
                                "mimetype": proof["mimetype"],
                                "res_model": "stock.picking",
                                "res_id": picking.id,
                            }
                        )
                        .id
                    )
                event = self.sudo().create(vals)
                self.env.flush_all()
        except pg_errors.UniqueViolation as exc:
            if exc.diag.constraint_name != UNIQUE_CONSTRAINT:
                raise
            # A concurrent request recorded the same event and committed
            # first (PostgreSQL made our insert wait for it): answer as it
            # did. The savepoint rolled our insert back and cleared the cache.
            return self.browse(), self._art_committed_result(
                carrier, values["event_ref"]
            )
        event._art_apply()
        order = picking.sale_id
        result = {
            "code": 200,
            "result": "recorded",
            "event_id": event.event_ref,
            "id": event.id,
            "tracking_ref": event.tracking_ref,
            "status": event.status,
            "order": order.name or None,
            "stage": order.art_stage or None,
        }
        event.response = json.dumps(result)
        return event, result

    @api.model
    def _art_committed_result(self, carrier, event_ref):
        """The answer recorded with an event another transaction committed.

        Our transaction's snapshot predates that commit and cannot see the
        row: read it through a new cursor.
        """
        with self.env.registry.cursor() as cr:
            event = (
                self.env(cr=cr)[self._name]
                .sudo()
                .search(
                    [("carrier_id", "=", carrier.id), ("event_ref", "=", event_ref)],
                    limit=1,
                )
            )
            response = event.response
        return json.loads(response or "{}") or {
            "code": 200,
            "result": "duplicate",
            "event_id": event_ref,
        }

    def _art_apply(self):
        """The effects of new events: timeline, picking status, delivery."""
        OrderEvent = self.env["art.order.event"].sudo()
        labels = dict(CARRIER_STATUSES)
        for event in self:
            order = event.picking_id.sale_id
            if order:
                name = self.env._("Carrier: %s", labels[event.status])
                if event.location:
                    name = f"{name} ({event.location})"
                event.order_event_id = OrderEvent.create(
                    {
                        "order_id": order.id,
                        "name": name,
                        "note": event.description,
                        "date": event.occurred_at,
                        "source": "carrier" if event.source == "carrier" else "staff",
                        "user_id": self.env.uid,
                        "customer_visible": True,
                    }
                )
        self.picking_id._art_on_carrier_events(self)
        self.picking_id.sale_id._art_notify_portal()
