#!/usr/bin/env bash
# Start the product: set up what is missing, create (first run) or upgrade
# (later runs) the database with the addons and demo data, print the
# logins, then serve Odoo. Never drops data.
#   ART_DB         database name            (default: art)
#   ART_HTTP_PORT  port to serve on          (default: odoo.conf's http_port)
#   ART_LANGS      languages to load before the demo data, comma-separated
#                  (default: zh_CN,zh_TW; ART_LANGS= for none)
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

db="${ART_DB:-art}"
art_setup
art_ensure_pdf_tools optional

port="${ART_HTTP_PORT:-$(art_conf_get http_port)}"
port="${port:-8069}"
langs="${ART_LANGS-zh_CN,zh_TW}"
langs="${langs// /}"
state="$(art_db_state "$db")"
if [ "$state" = "installed" ]; then
    missing_langs="$(art_missing_langs "$db" "$langs")"
    art_say "upgrading the addons in database '$db'${missing_langs:+ and loading $missing_langs}"
    art_odoo -d "$db" -u "$ART_ADDONS" ${missing_langs:+--load-language="$missing_langs"} \
        --stop-after-init --no-http --logfile "$ART_LOCAL/run-upgrade.log" ||
        art_die "upgrading '$db' failed (see .local/run-upgrade.log)"
else
    # The database first, in English: the first language given to
    # --load-language at the creation would become every new contact's
    # default language.
    art_say "creating database '$db'"
    art_odoo -d "$db" -i base --stop-after-init --no-http --logfile "$ART_LOCAL/run-install.log" ||
        art_die "creating '$db' failed (see .local/run-install.log)"
    # Then the languages, loaded before the addons: their translations and
    # the demo users' languages load with them.
    art_say "installing the addons and demo data into '$db'${langs:+ with the languages $langs} (takes a few minutes)"
    art_odoo -d "$db" -i "$ART_ADDONS,$ART_DEMO_MODULES" ${langs:+--load-language="$langs"} \
        --stop-after-init --no-http --logfile "$ART_LOCAL/run-install.log" ||
        art_die "installing the addons into '$db' failed (see .local/run-install.log)"
    if [ "$(art_db_state "$db")" != "installed" ]; then
        art_die "installing the addons into '$db' failed (see .local/run-install.log)"
    fi
fi

art_print_logins "$db" "$port"
cd "$ART_ROOT"
exec "$PYTHON" -m odoo -c "$ART_CONF" -d "$db" --db-filter "^${db}\$" --http-port "$port"
