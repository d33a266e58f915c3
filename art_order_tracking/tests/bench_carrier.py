# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Load benchmark of the carrier event API (not a test: never imported).

Start Odoo in multi-worker mode on a database where a carrier has an API key
and a shipment carries the tracking reference, then drive the endpoint from
this second process over loopback::

    odoo -c .local/odoo.conf -d DB --workers 2 --http-port 8069 &
    python3 art_order_tracking/tests/bench_carrier.py \\
        --url http://127.0.0.1:8069 --db DB --key artc_... --ref FAC123 \\
        --events 500 --batch 1 --concurrency 4

(the ``odoo`` command pip installs, not ``python3 -m odoo``: with workers,
Odoo re-runs ``sys.argv[0]`` for its bus process, and ``odoo/__main__.py``
cannot run as a script).

Prints the events per second and the p50/p95 latency of the requests.
"""

import argparse
import hashlib
import hmac
import json
import statistics
import sys
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone


def _body(ref, batch):
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    events = [
        {
            "tracking_ref": ref,
            "event_id": f"bench-{uuid.uuid4().hex}",
            "status": "in_transit",
            "occurred_at": now,
            "location": "Benchmark hub",
        }
        for _i in range(batch)
    ]
    return json.dumps(events[0] if batch == 1 else events).encode()


def _post(args):
    url, db, key, ref, batch = args
    raw = _body(ref, batch)
    signature = hmac.new(key.encode(), raw, hashlib.sha256).hexdigest()
    request = urllib.request.Request(
        f"{url}/art/carrier/events?db={db}",
        data=raw,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-Art-Carrier-Key": key,
            "X-Art-Signature": f"sha256={signature}",
        },
    )
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status = response.status
            response.read()
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - start


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8069")
    parser.add_argument("--db", required=True)
    parser.add_argument("--key", required=True, help="the carrier's API key")
    parser.add_argument("--ref", required=True, help="a shipment's tracking ref")
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--batch", type=int, default=1, help="events per request")
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args(argv)
    requests_count = max(args.events // args.batch, 1)
    jobs = [(args.url, args.db, args.key, args.ref, args.batch)] * requests_count
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        results = list(pool.map(_post, jobs))
    elapsed = time.perf_counter() - start
    latencies = sorted(latency for _status, latency in results)
    failures = [status for status, _latency in results if status != 200]
    p95 = latencies[max(int(len(latencies) * 0.95) - 1, 0)]
    sys.stdout.write(
        f"requests: {len(results)} ({args.batch} event(s) each), "
        f"concurrency {args.concurrency}, failures: {len(failures)}\n"
        f"events/s: {requests_count * args.batch / elapsed:.1f}\n"
        f"latency p50: {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95: {p95 * 1000:.1f} ms\n"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
