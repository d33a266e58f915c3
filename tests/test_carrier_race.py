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

import hashlib
import hmac
import json
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import closing
from pathlib import Path

import requests

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL, config

from odoo.addons.art_order_tracking.models.delivery_carrier import art_hash_api_key

from .common import ROOT, ArtCrossModuleCase

TIMEOUT = 60
# Server log lines that would mean the race was not handled cleanly.
BAD_LOG_LINE = re.compile(
    r" (ERROR|CRITICAL) | WARNING \S+ (odoo\.sql_db|odoo\.http|odoo\.addons\.art_)"
)


def _free_port():
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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

    def _overlap(self, monitor, locker_pid, pids=None):
        """Whether two backends of this database are blocked the way a race
        on one event blocks them: one by the row lock of ``locker_pid``, the
        other by the first one's transaction. Returns {pid: blockers}."""
        monitor.rollback()  # pg_stat_* data is snapshotted per transaction
        monitor.execute(
            SQL(
                "SELECT pid, pg_blocking_pids(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND cardinality(pg_blocking_pids(pid)) > 0"
            )
        )
        blocked = {
            pid: set(blockers)
            for pid, blockers in monitor.fetchall()
            if pids is None or pid in pids
        }
        first = [pid for pid, blockers in blocked.items() if blockers == {locker_pid}]
        second = [pid for pid, blockers in blocked.items() if blockers == set(first)]
        return blocked if len(first) == 1 and len(second) == 1 else None

    def _race(self, fire, done):
        """Lock the transfer, ``fire()`` the two requests, wait until both
        are provably inside the database together, release the transfer.

        :param done: callable telling whether the requests already ended
            (then the overlap can no longer happen)
        :return: {pid: blockers} seen at the overlap (None if never seen)
        """
        locker = self.registry.cursor()
        monitor = self.registry.cursor()
        with closing(locker), closing(monitor):
            # The first insert's foreign-key check on the transfer waits for
            # this lock; the second insert waits for the first on the unique
            # index. Nothing else of the API locks the transfer.
            locker.execute(
                SQL(
                    "SELECT id FROM stock_picking WHERE id = %s FOR UPDATE",
                    self.ids["picking"],
                )
            )
            locker.execute(SQL("SELECT pg_backend_pid()"))
            locker_pid = locker.fetchone()[0]
            fire()
            overlap = None
            deadline = time.monotonic() + TIMEOUT
            while overlap is None and time.monotonic() < deadline and not done():
                time.sleep(0.05)
                overlap = self._overlap(monitor, locker_pid)
            locker.rollback()  # release the transfer
        return overlap

    def _capture_logs(self):
        capture = _Capture()
        root = logging.getLogger()
        root.addHandler(capture)
        self.addCleanup(root.removeHandler, capture)
        # pytest-odoo may run with Odoo's loggers raised to CRITICAL: let
        # warnings and errors through while the race runs.
        odoo_logger = logging.getLogger("odoo")
        self.addCleanup(odoo_logger.setLevel, odoo_logger.level)
        odoo_logger.setLevel(logging.WARNING)
        return capture

    def _state(self):
        """Committed events, requests and carrier timeline of this test."""

        def read(env):
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

        return self._commit(read)

    def _assert_one_event(self, answers):
        """Exactly one event; every answer and kept request is its first."""
        events, requests, timeline = self._state()
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
        self.assertEqual(answers, [(200, expected), (200, expected)])
        self.assertEqual(json.loads(response), expected)
        self.assertEqual(timeline, ["Carrier: In Transit (Hub)"], "applied once")
        # Both requests are kept, processed, with the same answer; the event
        # belongs to the one that recorded it.
        self.assertEqual(len(requests), 2)
        self.assertIn(request_id, [r[0] for r in requests])
        for _id, req_state, http_status, req_response, error in requests:
            self.assertEqual((req_state, http_status, error), ("done", 200, False))
            self.assertEqual(json.loads(req_response), expected)
        return expected

    # in-process: two threads, two transactions -------------------------

    def test_same_event_twice_at_once(self):
        raw = self._body()
        out = {key: [None, None] for key in ("pid", "started", "answer", "committed")}
        out["error"] = [None, None]
        barrier = threading.Barrier(3)
        capture = self._capture_logs()
        threads = [
            threading.Thread(
                target=self._request_in_thread, args=(index, raw, barrier, out)
            )
            for index in (0, 1)
        ]

        def fire():
            for thread in threads:
                thread.start()
            barrier.wait(TIMEOUT)

        overlap = self._race(fire, lambda: any(out["error"]) or any(out["committed"]))
        for thread in threads:
            thread.join(TIMEOUT)
        self.assertFalse(any(thread.is_alive() for thread in threads))
        self.assertEqual(out["error"], [None, None])
        # The overlap really happened, between these two transactions.
        self.assertTrue(overlap, "both requests were inside the database together")
        self.assertEqual(set(overlap), set(out["pid"]))
        self.assertLess(max(out["started"]), min(out["committed"]))

        expected = self._assert_one_event(out["answer"])
        self.assertEqual(
            [record.getMessage()[:300] for record in capture.records],
            [],
            "nothing logged at WARNING or above",
        )
        # A later replay, alone, answers the same.
        answer = self._commit(lambda env: self._receive(env, raw))
        self.assertEqual(answer, (200, expected))
        events, requests, _timeline = self._state()
        self.assertEqual(len(events), 1)
        self.assertEqual(len(requests), 3)

    # a real server: Odoo with two workers, two HTTP requests -----------

    def _start_server(self, log):
        port = _free_port()
        # A launcher script rather than "python -m odoo": with workers, Odoo
        # re-runs sys.argv[0] for its bus (gevent) process, which fails when
        # that is odoo/__main__.py.
        launcher = log.parent / "odoo_launcher.py"
        launcher.write_text("from odoo.cli import main\n\nmain()\n")
        cmd = [
            sys.executable,
            str(launcher),
            "-c",
            config.rcfile,
            "-d",
            self.env.cr.dbname,
            "--db-filter",
            f"^{re.escape(self.env.cr.dbname)}$",
            "--workers",
            "2",
            "--max-cron-threads",
            "0",
            "--http-interface",
            "127.0.0.1",
            "--http-port",
            str(port),
            "--gevent-port",
            str(_free_port()),
            "--logfile",
            str(log),
        ]
        server = subprocess.Popen(  # pylint: disable=consider-using-with
            cmd, cwd=ROOT, start_new_session=True, env={**os.environ}
        )

        def stop():
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGTERM)
                try:
                    server.wait(30)
                except subprocess.TimeoutExpired:
                    os.killpg(server.pid, signal.SIGKILL)
                    server.wait(10)

        self.addCleanup(stop)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                tail = log.read_text()[-4000:] if log.exists() else ""
                self.fail(f"the server stopped:\n{tail}")
            if time.monotonic() > deadline:
                self.fail("the server did not answer within 120 s")
            try:
                # Unsigned: 401, but each answer loads the registry in a worker.
                requests.post(f"{url}/art/carrier/events", timeout=30)
                break
            except requests.ConnectionError:
                time.sleep(0.5)
        return url

    def test_same_event_twice_at_once_over_http(self):
        raw = self._body()
        signature = hmac.new(self.key.encode(), raw, hashlib.sha256).hexdigest()
        headers = {
            "Content-Type": "application/json",
            "X-Art-Carrier-Key": self.key,
            "X-Art-Signature": f"sha256={signature}",
        }
        tmp = Path(tempfile.mkdtemp(prefix="art_race_"))
        self.addCleanup(shutil.rmtree, tmp, ignore_errors=True)  # after stop()
        log = tmp / "server.log"
        url = self._start_server(log)
        for _warm_up in range(4):  # both workers have their registry loaded
            requests.post(f"{url}/art/carrier/events", timeout=60)
        answers = [None, None]
        errors = [None, None]

        def post(index):
            try:
                response = requests.post(
                    f"{url}/art/carrier/events",
                    data=raw,
                    headers=headers,
                    timeout=TIMEOUT * 2,
                )
                answers[index] = (response.status_code, response.json())
            except Exception as exc:  # noqa: BLE001 - reported by the test
                errors[index] = exc

        threads = [threading.Thread(target=post, args=(index,)) for index in (0, 1)]

        def fire():
            for thread in threads:
                thread.start()

        overlap = self._race(fire, lambda: any(answers) or any(errors))
        for thread in threads:
            thread.join(TIMEOUT * 2)
        self.assertEqual(errors, [None, None])
        self.assertTrue(overlap, "both requests were inside the database together")
        self._assert_one_event(answers)
        bad = [
            line for line in log.read_text().splitlines() if BAD_LOG_LINE.search(line)
        ]
        self.assertEqual(bad, [], "nothing logged at WARNING or above")
