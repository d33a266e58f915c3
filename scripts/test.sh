#!/usr/bin/env bash
# Run every test: the addons' own tests (Odoo's runner, browser tours in
# headless Chromium included) on a fresh throw-away database, then the
# cross-module pytest-odoo tests in tests/, then the Odoo/OCA suites our
# addons extend, without and with them (scripts/oca_suites.sh). Ends with
# "N passed, N failed"
# and exits non-zero on any failure, error, skipped test, or ERROR/WARNING log
# line from our addons.
#   ART_KEEP_DB=1   keep the throw-away database for inspection
#   ART_TEST_TAGS   Odoo --test-tags (default: our addons)
#   PYTEST_ARGS     extra pytest arguments (e.g. "-k install")
#   ART_OCA=0       skip scripts/oca_suites.sh (the Odoo/OCA suites with and
#                   without our addons; CI always runs them)
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

started=$(date +%s)
mkdir -p "$ART_LOCAL"
http_port="$(art_free_port)"
art_setup "$http_port"
art_require_chromium
art_ensure_pdf_tools required

db="art_test_$(date +%Y%m%d%H%M%S)_$$"
if [ -z "${ART_KEEP_DB:-}" ]; then
    trap 'art_drop_db "$db"' EXIT
fi
log="$ART_LOCAL/test-odoo.log"
rm -f "$log"  # Odoo appends to its log file

art_say "module tests on fresh database '$db' (log: .local/test-odoo.log)"
set +e
art_odoo -d "$db" -i "$ART_ADDONS,$ART_DEMO_MODULES" --test-enable --stop-after-init \
    --test-tags "${ART_TEST_TAGS:-/${ART_ADDONS//,/,/}}" \
    --http-port "$http_port" --logfile "$log"
odoo_rc=$?
odoo_summary="$("$PYTHON" "$ART_ROOT/scripts/check_test_log.py" --addons "$ART_ADDONS" "$log")"
check_rc=$?
set -e
printf '%s\n' "$odoo_summary"
[ "$odoo_rc" = 0 ] || echo "odoo exited with status $odoo_rc"
read -r odoo_passed odoo_failed < <(printf '%s\n' "$odoo_summary" | tail -n 1 | sed -E 's/^odoo: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/')

art_say "cross-module tests (pytest-odoo) on '$db'"
set +e
# Odoo's log at WARNING goes to the output (pytest-odoo's default is CRITICAL,
# and pytest would keep log lines to itself): ours must stay clean.
(cd "$ART_ROOT" && "$PYTHON" -m pytest tests -p no:cacheprovider -p no:logging -s -q -rfEs \
    --odoo-config "$ART_CONF" --odoo-database "$db" --odoo-http --odoo-log-level=warn \
    ${PYTEST_ARGS:-} 2>&1 | tee "$ART_LOCAL/test-pytest.log")
pytest_rc=${PIPESTATUS[0]}
ours="$(grep -E '^[0-9-]+ [0-9:,]+ [0-9]+ (WARNING|ERROR|CRITICAL) [^ ]+ odoo\.addons\.art_' "$ART_LOCAL/test-pytest.log" || true)"
if [ -n "$ours" ]; then
    echo "our addons logged warnings or errors during the cross-module tests"
    [ "$pytest_rc" != 0 ] || pytest_rc=1
fi
set -e
pytest_line="$(grep -E '^=* ?([0-9]+ (passed|failed|errors?|skipped|deselected)|no tests ran).* in [0-9.]+s' "$ART_LOCAL/test-pytest.log" | tail -n 1 || true)"
# Counts from pytest's summary line ("1 failed, 11 passed, 2 errors in 3s");
# awk always succeeds, which matters under "set -e -o pipefail".
count() {
    printf '%s\n' "$pytest_line" |
        awk -v what="$1" '{ for (i = 1; i < NF; i++) if ($(i + 1) ~ "^" what) n += $i } END { print n + 0 }'
}
py_passed=$(count passed)
py_failed=$(( $(count failed) + $(count error) ))
if [ "$pytest_rc" = 5 ]; then
    echo "pytest collected no test"
fi
if [ "$(count skipped)" -gt 0 ]; then
    echo "pytest skipped tests: a skipped test is not a passed test"
    pytest_rc=1
fi

oca_rc=0
if [ "${ART_OCA:-1}" != 0 ]; then
    art_say "Odoo/OCA suites without and with our addons (scripts/oca_suites.sh)"
    set +e
    bash "$ART_ROOT/scripts/oca_suites.sh"
    oca_rc=$?
    set -e
fi

elapsed=$(( $(date +%s) - started ))
passed=$(( ${odoo_passed:-0} + ${py_passed:-0} ))
failed=$(( ${odoo_failed:-0} + ${py_failed:-0} ))
echo "suite time: $(( elapsed / 60 )) min $(( elapsed % 60 )) s"
if [ "$odoo_rc" != 0 ] || [ "$check_rc" != 0 ] || [ "$pytest_rc" != 0 ] || [ "$oca_rc" != 0 ]; then
    [ "$failed" -gt 0 ] || failed=1
    echo "total: $passed passed, $failed failed"
    exit 1
fi
echo "total: $passed passed, $failed failed"
