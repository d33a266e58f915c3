# shellcheck shell=bash
# Shared set-up for scripts/run.sh and scripts/test.sh.
#
# Sourced, never executed. Every step either succeeds or stops with a message
# that says exactly what is missing. Settings (all optional):
#   PYTHON          Python interpreter to install into   (default: python3)
#   ODOO_SOURCE     Odoo 18 source directory or archive URL, used only when
#                   Odoo is not importable (default: Odoo's 18.0 archive)
#   PGHOST/PGPORT/PGUSER/PGPASSWORD
#                   an existing PostgreSQL server to use
#   ART_PGPORT      port of the project-local PostgreSQL  (default: 5433)
#   ART_CONF        where to write the generated Odoo configuration
#                   (default: .local/odoo.conf)

set -euo pipefail

ART_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ART_LOCAL="$ART_ROOT/.local"
ART_CONF="${ART_CONF:-$ART_LOCAL/odoo.conf}"
# Our addons: every top-level folder with a manifest. The one list that
# run.sh, test.sh, oca_suites.sh, i18n.sh, bench.sh and check_test_log.py use.
ART_ADDONS="$(cd "$ART_ROOT" && for m in */__manifest__.py; do printf '%s\n' "${m%%/*}"; done | paste -sd, -)"
# Odoo's demo payment provider: installed beside the addons in the demo and
# test databases only, so a customer can pay online from the portal (and the
# tours can do it); it is never a dependency of the addons.
ART_DEMO_MODULES="payment_demo"
PYTHON="${PYTHON:-python3}"
ODOO_SOURCE_DEFAULT="https://github.com/odoo/odoo/archive/refs/heads/18.0.tar.gz"

art_say() { printf '[art] %s\n' "$*" >&2; }
art_die() {
    printf '[art] ERROR: %s\n' "$*" >&2
    exit 2
}

# art_apt_install PACKAGE...: Debian packages, waiting for another apt to
# finish rather than failing on its lock; output in .local/apt.log.
art_apt_install() {
    {
        apt-get -o DPkg::Lock::Timeout=600 update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@"
    } >>"$ART_LOCAL/apt.log" 2>&1
}

art_pip() {
    "$PYTHON" -m pip install --disable-pip-version-check -q "$@" >"$ART_LOCAL/pip.log" 2>&1 ||
        {
            tail -n 20 "$ART_LOCAL/pip.log" >&2
            art_die "pip install $* failed (full log: .local/pip.log)"
        }
}

# --- Python and Odoo ---------------------------------------------------------

art_check_python() {
    command -v "$PYTHON" >/dev/null || art_die "no Python interpreter '$PYTHON'; set PYTHON=/path/to/python3.11 or newer"
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' ||
        art_die "Odoo 18 needs Python >= 3.10; '$PYTHON' is $("$PYTHON" -V 2>&1)"
    "$PYTHON" -m pip --version >/dev/null 2>&1 || art_die "'$PYTHON -m pip' is not available; install pip for $PYTHON"
}

# Prints the importable Odoo version ("18.0"), or nothing.
art_odoo_version() {
    (cd / && "$PYTHON" -c 'import odoo.cli, odoo.release as r; print("%s.%s" % r.version_info[:2])' 2>/dev/null) || true
}

art_install_odoo_from() {
    local src="$1" dir
    if [ -d "$src" ]; then
        dir="$(cd "$src" && pwd)"
    else
        dir="$ART_LOCAL/odoo-src"
        local archive="$ART_LOCAL/odoo-src.tar.gz"
        if [ -f "$src" ]; then
            archive="$src"
        else
            art_say "downloading Odoo 18 source from $src"
            command -v curl >/dev/null || art_die "curl is needed to download ODOO_SOURCE=$src"
            curl -fL --retry 2 --connect-timeout 20 -o "$archive" "$src" ||
                art_die "could not download Odoo from $src. Set ODOO_SOURCE to an Odoo 18 source directory or archive."
        fi
        rm -rf "$dir" && mkdir -p "$dir"
        tar -xzf "$archive" -C "$dir" --strip-components=1 ||
            art_die "ODOO_SOURCE=$src is not a readable .tar.gz archive of Odoo 18"
    fi
    [ -f "$dir/odoo/release.py" ] && [ -f "$dir/requirements.txt" ] ||
        art_die "ODOO_SOURCE=$src does not look like an Odoo source tree (no odoo/release.py or requirements.txt)"
    grep -qE '^version_info = \(18, 0,' "$dir/odoo/release.py" ||
        art_die "ODOO_SOURCE=$src is not Odoo 18.0 ($(grep -E '^version_info' "$dir/odoo/release.py"))"
    art_say "installing Odoo 18 and its Python requirements from $dir"
    "$PYTHON" "$ART_ROOT/scripts/odoo_requirements.py" "$dir/requirements.txt" >"$ART_LOCAL/odoo-requirements.txt"
    art_pip -r "$ART_LOCAL/odoo-requirements.txt"
    # compat mode: the default editable finder loses against the
    # site-packages/odoo/addons folder that OCA addon wheels create.
    art_pip --no-deps --config-settings editable_mode=compat -e "$dir"
}

art_ensure_odoo() {
    local version
    version="$(art_odoo_version)"
    if [ -z "$version" ]; then
        art_install_odoo_from "${ODOO_SOURCE:-$ODOO_SOURCE_DEFAULT}"
        version="$(art_odoo_version)"
        [ -n "$version" ] || art_die "Odoo was installed but 'import odoo.cli' still fails with $PYTHON"
    fi
    [ "$version" = "18.0" ] || art_die "this project needs Odoo 18.0, but $PYTHON imports Odoo $version"
}

art_ensure_python_deps() {
    local prefix stamp sum
    prefix="$("$PYTHON" -c 'import sys; print(sys.prefix)')"
    stamp="$ART_LOCAL/.requirements-$(printf '%s' "$prefix" | sha1sum | cut -c1-12).sha"
    sum="$(cat "$ART_ROOT/requirements.txt" "$ART_ROOT/requirements-test.txt" | sha1sum | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ] &&
        (cd / && "$PYTHON" -c 'import sys, importlib.util as u; sys.exit(not all(u.find_spec(m) for m in ("odoo.addons.rma_sale", "odoo.addons.helpdesk_mgmt", "odoo.addons.sale_tier_validation", "pytest_odoo", "websocket")))' 2>/dev/null); then
        return 0
    fi
    art_say "installing Python requirements into $prefix"
    art_pip -r "$ART_ROOT/requirements.txt" -r "$ART_ROOT/requirements-test.txt"
    echo "$sum" >"$stamp"
}

# Odoo's core addons folder for the importable Odoo: the source tree's
# addons/ next to the odoo package (editable installs), else odoo/addons.
art_addons_path() {
    (cd / && "$PYTHON" - "$ART_ROOT" <<'EOF'
import os, sys
import odoo
paths = []
for pkg in odoo.__path__:
    for candidate in (os.path.join(pkg, "..", "addons"), os.path.join(pkg, "addons")):
        candidate = os.path.realpath(candidate)
        if os.path.isdir(os.path.join(candidate, "web")) and candidate not in paths:
            paths.append(candidate)
paths.append(sys.argv[1])
print(",".join(paths))
EOF
    )
}

# --- PostgreSQL ------------------------------------------------------------------

# Reads one option of the committed odoo.conf; "False" and empty mean unset.
art_conf_get() {
    "$PYTHON" - "$ART_ROOT/odoo.conf" "$1" <<'EOF'
import configparser, sys
cp = configparser.ConfigParser()
cp.read(sys.argv[1])
value = cp.get("options", sys.argv[2], fallback="")
print("" if value in ("", "False", "None") else value)
EOF
}

# Sets ART_DB_ARGS (a bash array) to what the generated config needs.
art_ensure_postgres() {
    ART_DB_MODE=local
    if [ -n "$(art_conf_get db_host)$(art_conf_get db_port)" ]; then
        ART_DB_MODE=odoo.conf
    elif [ -n "${PGHOST:-}${PGPORT:-}${PGUSER:-}" ]; then
        ART_DB_MODE=env
    fi
    case "$ART_DB_MODE" in
    local) art_start_local_postgres ;;
    *) art_say "using the PostgreSQL server configured by $ART_DB_MODE" ;;
    esac
}

art_pg_bindir() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && echo "$d"
    done | sort -V | tail -n 1
}

art_start_local_postgres() {
    local port="${ART_PGPORT:-5433}" data="$ART_LOCAL/pgdata" bindir runas=()
    bindir="$(art_pg_bindir)"
    if [ -z "$bindir" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            art_say "installing the PostgreSQL server (apt-get install postgresql)"
            art_apt_install postgresql ||
                art_die "apt-get install postgresql failed (see .local/apt.log)"
            bindir="$(art_pg_bindir)"
        fi
        [ -n "$bindir" ] || art_die "no PostgreSQL server found: install PostgreSQL (e.g. 'apt-get install postgresql'), or point PGHOST/PGPORT/PGUSER/PGPASSWORD or odoo.conf's db_host at an existing server"
    fi
    # PostgreSQL refuses to run as root: run it as the 'postgres' system user.
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || art_die "running as root, but there is no 'postgres' system user to run the project-local PostgreSQL server"
        runas=(runuser -u postgres -- env -C /)
        if ! runuser -u postgres -- test -x "$ART_LOCAL"; then
            # A checkout under a private folder (e.g. /root): the server's
            # user cannot reach .local, so its data goes to its own home.
            data="/var/lib/postgresql/art-$(printf '%s' "$ART_ROOT" | sha1sum | cut -c1-12)"
            art_say "the 'postgres' user cannot reach $ART_LOCAL: the cluster lives in $data"
        fi
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        art_say "creating the project-local PostgreSQL cluster in $data (port $port)"
        mkdir -p "$data"
        [ "$(id -u)" = 0 ] && chown postgres: "$data"
        chmod 700 "$data"
        "${runas[@]}" "$bindir/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
            -E UTF8 --locale=C.UTF-8 >"$ART_LOCAL/initdb.log" 2>&1 ||
            art_die "initdb failed (see .local/initdb.log); is $data readable by the 'postgres' user?"
        cat >>"$data/postgresql.conf" <<EOF
# project-local server: loopback only
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
EOF
    fi
    if ! "${runas[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        art_say "starting the project-local PostgreSQL server on 127.0.0.1:$port"
        "${runas[@]}" "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null ||
            art_die "the project-local PostgreSQL did not start (see .local/pgdata/server.log; is port $port free? set ART_PGPORT)"
    fi
    # The role Odoo connects as (Odoo refuses the 'postgres' superuser).
    "${runas[@]}" "$bindir/psql" -h "$data" -p "$port" -U postgres -d postgres -qtAX -v ON_ERROR_STOP=1 -c \
        "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'odoo') THEN CREATE ROLE odoo LOGIN CREATEDB PASSWORD 'odoo'; END IF; END \$\$;" \
        >/dev/null || art_die "could not create the 'odoo' role in the project-local PostgreSQL"
    ART_LOCAL_PGPORT="$port"
}

# --- Configuration ------------------------------------------------------------

# art_write_config [HTTP_PORT]: writes $ART_CONF.
art_write_config() {
    local addons_path
    addons_path="$(art_addons_path)"
    "$PYTHON" - "$ART_ROOT/odoo.conf" "$ART_CONF" "$addons_path" "$ART_LOCAL/data" "$ART_DB_MODE" "${ART_LOCAL_PGPORT:-}" "${1:-}" <<'EOF'
import configparser, sys
src, dst, addons_path, data_dir, mode, port, http_port = sys.argv[1:]
cp = configparser.ConfigParser()
cp.read(src)
opts = cp["options"]
opts["addons_path"] = addons_path
opts["data_dir"] = data_dir
if http_port:
    opts["http_port"] = http_port
if mode == "local":
    opts.update(db_host="127.0.0.1", db_port=port, db_user="odoo", db_password="odoo")
with open(dst, "w", encoding="utf-8") as handle:
    handle.write("# Generated by scripts/lib.sh from odoo.conf: edit odoo.conf instead.\n")
    cp.write(handle)
EOF
}

# Checks the configured server answers, with Odoo's own connection settings.
art_check_db_connection() {
    local err
    err="$(cd / && "$PYTHON" - "$ART_CONF" <<'EOF' 2>&1
import sys
import odoo
from odoo.tools import config
config.parse_config(["-c", sys.argv[1]])
import odoo.sql_db
try:
    cr = odoo.sql_db.db_connect("postgres").cursor()
    cr.execute("SELECT 1")
    cr.close()
except Exception as exc:
    sys.exit(str(exc).strip())
EOF
    )" || art_die "PostgreSQL is unreachable ($ART_DB_MODE settings): $err"
}

art_odoo() {
    (cd "$ART_ROOT" && "$PYTHON" -m odoo -c "$ART_CONF" "$@")
}

# Prints "installed" when database $1 has our addons, "empty" when it exists
# without them, nothing when it does not exist.
art_db_state() {
    (cd / && "$PYTHON" - "$ART_CONF" "$1" <<'EOF'
import sys
from odoo.tools import config
config.parse_config(["-c", sys.argv[1]])
import odoo.sql_db
import psycopg2
try:
    cr = odoo.sql_db.db_connect(sys.argv[2]).cursor()
except psycopg2.OperationalError:
    sys.exit(0)
try:
    cr.execute("SELECT 1 FROM ir_module_module WHERE name = 'art_order_tracking' AND state = 'installed'")
    print("installed" if cr.fetchone() else "empty")
except psycopg2.Error:
    print("empty")
finally:
    cr.close()
EOF
    ) 2>/dev/null
}

# art_missing_langs DB LANGS: the languages of the comma-separated LANGS that
# are not active in database DB, comma-separated.
art_missing_langs() {
    [ -n "$2" ] || return 0
    (cd / && "$PYTHON" - "$ART_CONF" "$1" "$2" <<'EOF'
import sys
from odoo.tools import config
config.parse_config(["-c", sys.argv[1]])
import odoo.sql_db
wanted = [code for code in sys.argv[3].split(",") if code]
cr = odoo.sql_db.db_connect(sys.argv[2]).cursor()
try:
    cr.execute("SELECT code FROM res_lang WHERE active AND code = ANY(%s)", [wanted])
    active = {code for (code,) in cr.fetchall()}
finally:
    cr.close()
print(",".join(code for code in wanted if code not in active))
EOF
    )
}

# art_print_logins DB PORT: the demo logins, with each user's language as
# the database has it.
art_print_logins() {
    (cd / && "$PYTHON" - "$ART_CONF" "$1" "$2" <<'EOF'
import sys
from odoo.tools import config
config.parse_config(["-c", sys.argv[1]])
import odoo.sql_db
db, port = sys.argv[2], sys.argv[3]
logins = [
    ("admin", "Administrator"),
    ("art_sales", "Art Trade: Sales"),
    ("art_finance", "Art Trade: Finance"),
    ("art_warehouse", "Art Trade: Warehouse"),
    ("art_logistics", "Art Trade: Logistics"),
    ("art_expert", "Art Trade: Appraisal Expert"),
    ("art_aftersales", "Art Trade: After-sales"),
    ("art_manager", "Art Trade: Manager"),
    ("art_customer", "portal customer"),
    ("art_customer2", "portal customer"),
]
cr = odoo.sql_db.db_connect(db).cursor()
try:
    cr.execute(
        "SELECT u.login, p.name, COALESCE(p.lang, 'en_US') FROM res_users u"
        " JOIN res_partner p ON p.id = u.partner_id WHERE u.login = ANY(%s)",
        [[login for login, _role in logins]],
    )
    found = {login: (name, lang) for login, name, lang in cr.fetchall()}
finally:
    cr.close()
out = sys.stderr
out.write(f"\n  Odoo is serving database '{db}' on http://localhost:{port}\n\n")
out.write("  Demo logins (password = login):\n")
for login, role in logins:
    if login in found:
        name, lang = found[login]
        out.write(f"    {login:<15} {lang:<6} {role} ({name})\n")
out.write("\n  Stop with Ctrl+C; the data stays in the database for the next run.\n\n")
EOF
    )
}

art_drop_db() {
    (cd / && "$PYTHON" - "$ART_CONF" "$1" <<'EOF'
import sys
from odoo.tools import config
config.parse_config(["-c", sys.argv[1]])
config["list_db"] = True  # odoo.conf disables the database manager
import odoo.service.db
if odoo.service.db.exp_db_exist(sys.argv[2]):
    odoo.service.db.exp_drop(sys.argv[2])
EOF
    ) >/dev/null 2>&1 || art_say "could not drop database $1"
}

# art_setup [HTTP_PORT]
art_setup() {
    mkdir -p "$ART_LOCAL"
    art_check_python
    art_ensure_odoo
    art_ensure_python_deps
    art_ensure_postgres
    art_write_config "${1:-}"
    art_check_db_connection
}

art_free_port() {
    "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

art_require_chromium() {
    local c
    for c in chromium chromium-browser google-chrome; do
        command -v "$c" >/dev/null && return 0
    done
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        art_say "installing Chromium for the browser tours (apt-get install chromium)"
        art_apt_install chromium &&
            command -v chromium >/dev/null && return 0
    fi
    art_die "Chromium is needed for the browser tours and was not found: install it (e.g. 'apt-get install chromium')"
}

# --- PDF printing ----------------------------------------------------------------

# Odoo prints PDF reports with wkhtmltopdf; Chinese text needs a CJK font, or
# every Chinese character silently disappears from the page.
ART_PDF_PACKAGES="wkhtmltopdf fonts-noto-cjk"

# Prints the Debian packages of $ART_PDF_PACKAGES that are missing.
art_pdf_missing() {
    command -v wkhtmltopdf >/dev/null || printf 'wkhtmltopdf '
    command -v fc-list >/dev/null || printf 'fontconfig '
    if [ -z "$(fc-list :lang=zh-cn family 2>/dev/null)" ] ||
        [ -z "$(fc-list :lang=zh-tw family 2>/dev/null)" ]; then
        printf 'fonts-noto-cjk '
    fi
}

# art_ensure_pdf_tools required|optional: installs what PDF printing needs
# with apt-get when run as root. "required" (the tests) stops when it cannot;
# "optional" (make run) says in one line that PDF printing is unavailable.
art_ensure_pdf_tools() {
    local missing
    missing="$(art_pdf_missing)"
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        art_say "installing what PDF printing needs (apt-get install $missing)"
        # shellcheck disable=SC2086
        art_apt_install --no-install-recommends $missing || art_say "apt-get install ${missing}failed (see .local/apt.log)"
        missing="$(art_pdf_missing)"
        [ -n "$missing" ] || return 0
    fi
    if [ "$1" = required ]; then
        art_die "PDF reports need the Debian packages: $missing(install them with 'apt-get install $missing' as root)"
    fi
    art_say "PDF printing is unavailable: missing ${missing}(install with 'apt-get install ${missing% }'); print buttons show HTML previews and delivery evidence PDFs are generated later by a scheduled job"
}
