# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Two concurrent carrier API requests with the same event id, in two real
transactions, leave exactly one event and both get the first answer.

Odoo's test cases share one cursor, so this test commits its data through
its own cursors and cleans it up afterwards. The two requests run in two
threads, each with its own database transaction, through the code the
controller of POST /art/carrier/events calls once the request is
authenticated. A third connection holds a row lock on the transfer, which
the first insert's foreign-key check needs: both transactions are then
provably inside the database together (one waiting for the lock, the other
waiting for the first one's transaction) before the lock is released.
"""

import json
import logging
import threading
import time
import uuid
from contextlib import closing

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL

from odoo.addons.art_order_tracking.models.delivery_carrier import art_hash_api_key

from .common import ArtCrossModuleCase

TIMEOUT = 60


class _Capture(logging.Handler):
    """Keep every WARNING or worse logged anywhere while the race runs."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record)


class TestCarrierRace(ArtCrossModuleCase):
    def setUp(self):
        super().setUp()
        self.tag = uuid.uuid4().hex[:10]
        self.key = f"artc_race_{self.tag}_0123456789abcdef0123456789"
        self.ids = self._commit(self._prepare)
        self.public_uid = self.env.ref("base.public_user").id
        self.addCleanup(self._cleanup)

    # helpers -----------------------------------------------------------

    def _commit(self, function):
        """Run ``function(env)`` in a real transaction and commit it."""
        with self.registry.cursor() as cr:
            return function(api.Environment(cr, SUPERUSER_ID, {}))

    def _prepare(self, env):
        fee = env["product.product"].create(
            {"name": f"Race shipping {self.tag}", "type": "service"}
        )
        carrier = env["delivery.carrier"].create(
            {
                "name": f"Race Couriers {self.tag}",
                "product_id": fee.id,
                "art_api_key_hash": art_hash_api_key(self.key),
            }
        )
        partner = env["res.partner"].create({"name": f"Race Collector {self.tag}"})
        frame = env["product.product"].create(
            {"name": f"Race frame {self.tag}", "type": "consu"}
        )
        order = env["sale.order"].create(
            {
                "partner_id": partner.id,
                "order_line": [(0, 0, {"product_id": frame.id})],
            }
        )
        order.action_confirm()
        picking = order.picking_ids
        picking.write(
            {"carrier_id": carrier.id, "carrier_tracking_ref": f"RACE-{self.tag}"}
        )
        return {
            "fee": fee.id,
            "carrier": carrier.id,
            "partner": partner.id,
            "frame": frame.id,
            "order": order.id,
            "order_name": order.name,
            "picking": picking.id,
        }

    def _cleanup(self):
        ids = self.ids

        def clean(env):
            # Carrier events and requests refuse deletion through the ORM
            # (they are the API's permanent record): remove this test's rows.
            env.cr.execute(
                SQL(
                    "DELETE FROM art_carrier_event WHERE carrier_id = %s",
                    ids["carrier"],
                )
            )
            env.cr.execute(
                SQL(
                    "DELETE FROM art_carrier_request WHERE carrier_id = %s",
                    ids["carrier"],
                )
            )
            env.invalidate_all()
            picking = env["stock.picking"].browse(ids["picking"])
            picking.action_cancel()
            picking.unlink()
            order = env["sale.order"].browse(ids["order"])
            order._action_cancel()
            order.unlink()  # its timeline events go with it (cascade)
            env["delivery.carrier"].browse(ids["carrier"]).unlink()
            env["product.product"].browse([ids["fee"], ids["frame"]]).unlink()
            env["res.partner"].browse(ids["partner"]).unlink()

        self._commit(clean)

    def _body(self):
        return json.dumps(
            {
                "tracking_ref": f"RACE-{self.tag}",
                "event_id": f"RACE-EV-{self.tag}",
                "status": "in_transit",
                "occurred_at": "2026-03-01T14:05:00+08:00",
                "location": "Hub",
            }
        ).encode()

    def _receive(self, env, raw):
        """What the controller does once the request passed its size check:
        authenticate the key as the public user, keep and process the body."""
        env = env(user=self.public_uid)
        carrier = env["delivery.carrier"]._art_authenticate(self.key)
        self.assertEqual(carrier.id, self.ids["carrier"])
        return (
            env["art.carrier.request"]
            .sudo()
            ._art_receive(carrier, raw, headers={}, remote_addr="127.0.0.1")
        )

    def _request_in_thread(self, index, raw, barrier, out):
        try:
            barrier.wait(TIMEOUT)
            with self.registry.cursor() as cr:
                cr.execute(SQL("SELECT pg_backend_pid()"))
                out["pid"][index] = cr.fetchone()[0]
                out["started"][index] = time.monotonic()
                env = api.Environment(cr, self.public_uid, {})
                out["answer"][index] = self._receive(env, raw)
                # leaving the block commits the transaction
            out["committed"][index] = time.monotonic()
        except Exception as exc:  # noqa: BLE001 - reported by the test
            out["error"][index] = exc

    def _blocking(self, monitor, pids):
        """{pid: [pids it waits for]} of the given backends, fresh."""
        monitor.rollback()  # pg_stat_* data is snapshotted per transaction
        monitor.execute(
            SQL(
                "SELECT pid, pg_blocking_pids(pid) FROM pg_stat_activity "
                "WHERE pid = ANY(%s)",
                list(pids),
            )
        )
        return dict(monitor.fetchall())

    # the test ----------------------------------------------------------

    def test_same_event_twice_at_once(self):
        raw = self._body()
        out = {key: [None, None] for key in ("pid", "started", "answer", "committed")}
        out["error"] = [None, None]
        barrier = threading.Barrier(3)
        capture = _Capture()
        root = logging.getLogger()
        root.addHandler(capture)
        self.addCleanup(root.removeHandler, capture)
        # pytest-odoo may run with Odoo's loggers raised to CRITICAL: let
        # warnings and errors through while the race runs.
        odoo_logger = logging.getLogger("odoo")
        self.addCleanup(odoo_logger.setLevel, odoo_logger.level)
        odoo_logger.setLevel(logging.WARNING)
        locker = self.registry.cursor()
        monitor = self.registry.cursor()
        threads = [
            threading.Thread(
                target=self._request_in_thread, args=(index, raw, barrier, out)
            )
            for index in (0, 1)
        ]
        with closing(locker), closing(monitor):
            locker.execute(
                SQL(
                    "SELECT id FROM stock_picking WHERE id = %s FOR UPDATE",
                    self.ids["picking"],
                )
            )
            locker.execute(SQL("SELECT pg_backend_pid()"))
            locker_pid = locker.fetchone()[0]
            for thread in threads:
                thread.start()
            barrier.wait(TIMEOUT)
            # Both requests must be inside their transactions together: one
            # waits for the lock on the transfer (its event's foreign key),
            # the other for the first one's transaction (the unique index).
            deadline = time.monotonic() + TIMEOUT
            waits = {}
            while time.monotonic() < deadline:
                pids = [pid for pid in out["pid"] if pid]
                waits = self._blocking(monitor, pids) if len(pids) == 2 else {}
                blocked = {pid: set(blockers) for pid, blockers in waits.items()}
                if len(blocked) == 2 and all(blocked.values()):
                    break
                if any(out["error"]) or any(out["committed"]):
                    break
                time.sleep(0.05)
            locker.rollback()  # release the transfer
        for thread in threads:
            thread.join(TIMEOUT)
        self.assertFalse(any(thread.is_alive() for thread in threads))
        self.assertEqual(out["error"], [None, None])

        # The overlap really happened.
        blocked = {pid: set(blockers) for pid, blockers in waits.items()}
        on_lock = [pid for pid, blockers in blocked.items() if blockers == {locker_pid}]
        self.assertEqual(len(on_lock), 1, f"one request waits for the lock: {blocked}")
        (other,) = set(out["pid"]) - set(on_lock)
        self.assertEqual(
            blocked[other], set(on_lock), "the other waits for the first one"
        )
        self.assertLess(max(out["started"]), min(out["committed"]))

        # Exactly one event, and both answered as the first request did.
        def state(env):
            events = env["art.carrier.event"].search(
                [("carrier_id", "=", self.ids["carrier"])]
            )
            requests = env["art.carrier.request"].search(
                [("carrier_id", "=", self.ids["carrier"])], order="id"
            )
            timeline = env["art.order.event"].search(
                [("order_id", "=", self.ids["order"]), ("source", "=", "carrier")]
            )
            return (
                [
                    (e.id, e.event_ref, e.status, e.request_id.id, e.response)
                    for e in events
                ],
                [(r.id, r.state, r.http_status, r.response, r.error) for r in requests],
                timeline.mapped("name"),
            )

        events, requests, timeline = self._commit(state)
        self.assertEqual(len(events), 1, "exactly one event")
        event_id, event_ref, status, request_id, response = events[0]
        self.assertEqual((event_ref, status), (f"RACE-EV-{self.tag}", "in_transit"))
        expected = {
            "code": 200,
            "result": "recorded",
            "event_id": f"RACE-EV-{self.tag}",
            "id": event_id,
            "tracking_ref": f"RACE-{self.tag}",
            "status": "in_transit",
            "order": self.ids["order_name"],
            "stage": None,
        }
        self.assertEqual(out["answer"], [(200, expected), (200, expected)])
        self.assertEqual(json.loads(response), expected)
        self.assertEqual(timeline, ["Carrier: In Transit (Hub)"], "applied once")
        # Both requests are kept, processed, with the same answer; the event
        # belongs to the one that recorded it.
        self.assertEqual(len(requests), 2)
        self.assertIn(request_id, [r[0] for r in requests])
        for _id, req_state, http_status, req_response, error in requests:
            self.assertEqual((req_state, http_status, error), ("done", 200, False))
            self.assertEqual(json.loads(req_response), expected)
        self.assertEqual(
            [record.getMessage()[:300] for record in capture.records],
            [],
            "nothing logged at WARNING or above",
        )

        # A later replay, alone, answers the same.
        answer = self._commit(lambda env: self._receive(env, raw))
        self.assertEqual(answer, (200, expected))
        events, requests, _timeline = self._commit(state)
        self.assertEqual(len(events), 1)
        self.assertEqual(len(requests), 3)
