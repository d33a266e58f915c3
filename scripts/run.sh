#!/usr/bin/env bash
# Start the product: set up what is missing, create (first run) or upgrade
# (later runs) the database with the addons and demo data, print the
# logins, then serve Odoo. Never drops data.
#   ART_DB         database name            (default: art)
#   ART_HTTP_PORT  port to serve on          (default: odoo.conf's http_port)
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

db="${ART_DB:-art}"
art_setup
art_ensure_pdf_tools optional

port="${ART_HTTP_PORT:-$(art_conf_get http_port)}"
port="${port:-8069}"
state="$(art_db_state "$db")"
if [ "$state" = "installed" ]; then
    art_say "upgrading the addons in database '$db'"
    art_odoo -d "$db" -u "$ART_ADDONS" --stop-after-init --no-http --logfile "$ART_LOCAL/run-upgrade.log" ||
        art_die "upgrading '$db' failed (see .local/run-upgrade.log)"
else
    art_say "creating database '$db' with the addons and demo data (takes a few minutes)"
    art_odoo -d "$db" -i "$ART_ADDONS,$ART_DEMO_MODULES" --stop-after-init --no-http --logfile "$ART_LOCAL/run-install.log" ||
        art_die "installing the addons into '$db' failed (see .local/run-install.log)"
    if [ "$(art_db_state "$db")" != "installed" ]; then
        art_die "installing the addons into '$db' failed (see .local/run-install.log)"
    fi
fi

cat >&2 <<MSG

  Odoo is serving database '$db' on http://localhost:$port

  Demo logins (login / password):
    admin        / admin          Administrator
    art_sales    / art_sales      Art Trade: Sales
    art_finance  / art_finance    Art Trade: Finance
    art_warehouse/ art_warehouse  Art Trade: Warehouse
    art_logistics/ art_logistics  Art Trade: Logistics
    art_expert   / art_expert     Art Trade: Appraisal Expert
    art_aftersales/art_aftersales Art Trade: After-sales
    art_manager  / art_manager    Art Trade: Manager
    art_customer / art_customer   portal customer (Lin Mei)
    art_customer2/ art_customer2  portal customer (Chen Wei)

  Stop with Ctrl+C; the data stays in the database for the next run.

MSG
cd "$ART_ROOT"
exec "$PYTHON" -m odoo -c "$ART_CONF" -d "$db" --db-filter "^${db}\$" --http-port "$port"
