#!/usr/bin/env bash
# Benchmark: push N orders (default 30) through order -> confirmation ->
# invoice -> payment -> delivery, once on plain Odoo and once with the art
# addons, in two throw-away databases, and print both times and the ratio.
#   BENCH_ORDERS   number of orders (default 30)
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

n="${BENCH_ORDERS:-30}"
art_setup
plain_db="art_bench_plain_$$"
art_db="art_bench_art_$$"
trap 'art_drop_db "$plain_db"; art_drop_db "$art_db"' EXIT

art_say "creating the plain Odoo database (sale, stock, invoicing, tier validation)"
art_odoo -d "$plain_db" -i sale_management,sale_stock,stock_delivery,account,sale_tier_validation \
    --without-demo=all --stop-after-init --no-http --logfile "$ART_LOCAL/bench.log" ||
    art_die "install failed (see .local/bench.log)"
art_say "creating the database with the art addons"
art_odoo -d "$art_db" -i "$ART_ADDONS" --without-demo=all --stop-after-init --no-http \
    --logfile "$ART_LOCAL/bench.log" || art_die "install failed (see .local/bench.log)"

run() {
    (cd / && "$PYTHON" "$ART_ROOT/scripts/bench_orders.py" "$ART_CONF" "$1" "$n" 2>>"$ART_LOCAL/bench.log")
}
plain_out="$(run "$plain_db")" || art_die "plain run failed (see .local/bench.log)"
art_out="$(run "$art_db")" || art_die "art run failed (see .local/bench.log)"
printf '%s\n' "$plain_out" "$art_out" | grep -v '^seconds='
plain_s=$(printf '%s\n' "$plain_out" | sed -n 's/^seconds=//p')
art_s=$(printf '%s\n' "$art_out" | sed -n 's/^seconds=//p')
"$PYTHON" -c "import sys; p, a = map(float, sys.argv[1:]); print(f'ratio art / plain: {a / p:.2f}')" "$plain_s" "$art_s"
