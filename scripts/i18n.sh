#!/usr/bin/env bash
# Regenerate each addon's i18n/<addon>.pot from the code, and merge it into
# i18n/zh_CN.po and i18n/zh_TW.po (new strings arrive untranslated; the
# i18n test fails until they are translated).
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

art_setup
db="art_i18n_$$"
trap 'art_drop_db "$db"' EXIT
art_say "installing the addons into '$db' to read their terms"
art_odoo -d "$db" -i "$ART_ADDONS" --without-demo=all --stop-after-init --no-http \
    --logfile "$ART_LOCAL/i18n.log" || art_die "install failed (see .local/i18n.log)"
(cd / && "$PYTHON" - "$ART_CONF" "$db" "$ART_ROOT" "$ART_ADDONS" <<'PY'
import io
import os
import sys

import polib

import odoo
from odoo.tools import config
from odoo.tools.translate import trans_export

conf, db, root, addons = sys.argv[1:]
config.parse_config(["-c", conf, "--no-http"])
registry = odoo.modules.registry.Registry(db)
with registry.cursor() as cr:
    for addon in addons.split(","):
        folder = os.path.join(root, addon, "i18n")
        os.makedirs(folder, exist_ok=True)
        buffer = io.BytesIO()
        trans_export(None, [addon], buffer, "po", cr)
        pot_path = os.path.join(folder, f"{addon}.pot")
        with open(pot_path, "wb") as handle:
            handle.write(buffer.getvalue())
        pot = polib.pofile(pot_path)
        for lang in ("zh_CN", "zh_TW"):
            path = os.path.join(folder, f"{lang}.po")
            if os.path.exists(path):
                po = polib.pofile(path, wrapwidth=78)
            else:
                po = polib.POFile(wrapwidth=78)
                po.metadata = dict(pot.metadata)
                po.metadata["Language"] = lang
                po.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
            po.merge(pot)
            # Terms gone from the code: Odoo never reads them.
            for entry in po.obsolete_entries():
                po.remove(entry)
            po.save(path)
        print(f"{addon}: {len(pot)} terms")
PY
)
