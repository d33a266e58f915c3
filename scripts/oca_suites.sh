#!/usr/bin/env bash
# "What is not art stays plain Odoo": run the own test suites of the Odoo and
# OCA addons ours extend, with demo data as OCA CI runs them, once on a
# database without our addons and once with them, and fail when a test fails
# with our addons that passes without them. Prints both counts and the
# regressions; ends with "oca: N regressions".
#   ART_OCA_MODULES  the suites to run (default below)
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

modules="${ART_OCA_MODULES:-sale_stock,rma,rma_sale,base_tier_validation,sale_tier_validation,helpdesk_mgmt}"
http_port="$(art_free_port)"
art_setup "$http_port"

# The test folders of the suites, wherever the addons are installed.
mapfile -t test_dirs < <(cd / && "$PYTHON" - "$ART_CONF" "$modules" <<'PY'
import os
import sys

from odoo.tools import config

config.parse_config(["-c", sys.argv[1], "--no-http"])
import odoo.modules.module as module

for name in sys.argv[2].split(","):
    path = module.get_module_path(name)
    if not path:
        sys.exit(f"addon {name} is not installed in this Python")
    if os.path.isdir(os.path.join(path, "tests")):
        print(os.path.join(path, "tests"))
PY
) || art_die "could not find the suites' test folders"

stamp="$(date +%Y%m%d%H%M%S)_$$"
plain_db="art_oca_plain_$stamp"
art_db="art_oca_art_$stamp"
trap 'art_drop_db "$plain_db"; art_drop_db "$art_db"' EXIT

# run VARIANT DB MODULES: install with demo data, run the suites with
# pytest-odoo, write the failing test ids to .local/oca-VARIANT.failed
run() {
    local variant="$1" db="$2" install="$3" log="$ART_LOCAL/oca-$1.log"
    art_say "OCA suites $variant: installing $install into '$db'"
    art_odoo -d "$db" -i "$install" --stop-after-init --no-http --logfile "$ART_LOCAL/oca-$variant-install.log" ||
        art_die "installing into '$db' failed (see .local/oca-$variant-install.log)"
    art_say "OCA suites $variant: running $modules (log: .local/oca-$variant.log)"
    (cd "$ART_ROOT" && "$PYTHON" -m pytest "${test_dirs[@]}" -p no:cacheprovider -p no:logging -s -q -rfE \
        --odoo-config "$ART_CONF" --odoo-database "$db" --odoo-http --odoo-log-level=warn >"$log" 2>&1) || true
    { grep -E '^(FAILED|ERROR) ' "$log" || true; } | sed -E 's/^(FAILED|ERROR) ([^ ]+).*/\2/' | sort -u >"$ART_LOCAL/oca-$variant.failed"
    summary="$(grep -E '^=* ?[0-9]+ (passed|failed).* in [0-9.]+s' "$log" | tail -n 1 | tr -d '=')"
    [ -n "$summary" ] || art_die "the $variant run ended without a pytest summary (see .local/oca-$variant.log)"
    echo "oca $variant:$summary"
}

run plain "$plain_db" "$modules"
run art "$art_db" "$modules,$ART_ADDONS,$ART_DEMO_MODULES"

regressions="$(comm -13 "$ART_LOCAL/oca-plain.failed" "$ART_LOCAL/oca-art.failed")"
# Our addons must not log errors or warnings while the other suites run.
ours="$(grep -E '^[0-9-]+ [0-9:,]+ [0-9]+ (WARNING|ERROR|CRITICAL) [^ ]+ odoo\.addons\.art_' "$ART_LOCAL/oca-art.log" || true)"
if [ -n "$ours" ]; then
    echo "our addons logged warnings or errors during the other suites:"
    printf '%s\n' "$ours" | head -n 20
    regressions="$regressions log-lines-from-our-addons"
fi
if [ -n "$regressions" ]; then
    echo "failing only with our addons:"
    printf '  %s\n' $regressions
    echo "oca: $(printf '%s\n' "$regressions" | wc -l) regressions"
    exit 1
fi
echo "oca: 0 regressions"
