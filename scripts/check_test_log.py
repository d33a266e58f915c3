"""Judge an Odoo test run from its log.

Reads the log of ``odoo --test-enable --stop-after-init`` and prints one
closing line ``odoo: N passed, N failed``. Exits 1 when any test failed or
errored, when no test ran, when a test of ours was skipped (a skipped tour is
not a passed tour), or when the log holds an ERROR/CRITICAL line, or a WARNING
line emitted by or about our addons.

Usage: python3 check_test_log.py [--addons a,b,c] LOGFILE

Our addons are those named by ``--addons`` (scripts/lib.sh passes its
``ART_ADDONS``), by default every folder of the repository with a manifest.
"""

import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# 2026-11-24 21:50:01,123 4242 WARNING dbname odoo.addons.x: message
LINE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ "
    r"(?P<level>[A-Z]+) \S+ (?P<logger>[\w.]+): ?(?P<msg>.*)$"
)
SUMMARY = re.compile(
    r"(?P<failed>\d+) failed, (?P<errors>\d+) error\(s\) "
    r"of (?P<run>\d+) tests when loading database"
)


def our_addons():
    return sorted(p.parent.name for p in ROOT.glob("*/__manifest__.py"))


def main(path, addons):
    our = r"\b(" + "|".join(map(re.escape, addons)) + r")\b"
    ours_re = re.compile(our + r"|\bart\.[a-z_.]+")
    problems = []
    summary = None
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            match = LINE.match(line)
            if not match:
                continue
            level, logger, msg = match["level"], match["logger"], match["msg"]
            found = SUMMARY.search(msg)
            if found:
                summary = found
                continue
            ours = ours_re.search(logger) or ours_re.search(msg)
            if level in ("ERROR", "CRITICAL") or (level == "WARNING" and ours):
                problems.append(line)
            elif (
                level == "INFO"
                and re.match(our, logger.replace("odoo.addons.", ""))
                and msg.startswith("skipped ")
            ):
                problems.append(line + "   <- a skipped test is not a passed test")
    if summary is None:
        problems.append("no test summary in the log: the run did not finish")
        run = failed = 0
    else:
        run = int(summary["run"])
        failed = int(summary["failed"]) + int(summary["errors"])
        if run == 0:
            problems.append("no test ran")
    if problems:
        sys.stdout.write("Problems found in the Odoo test log:\n")
        for line in problems[:50]:
            sys.stdout.write(f"  {line}\n")
        if len(problems) > 50:
            sys.stdout.write(f"  ... and {len(problems) - 50} more\n")
    sys.stdout.write(f"odoo: {run - failed} passed, {failed} failed\n")
    return 1 if problems or failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--addons", help="comma-separated names of our addons")
    parser.add_argument("logfile")
    args = parser.parse_args()
    names = args.addons.split(",") if args.addons else our_addons()
    sys.exit(main(args.logfile, [n for n in names if n]))
