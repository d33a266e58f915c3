# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Shared bases for the cross-module tests run with pytest-odoo.

Test classes outside an addon get no test_tags/test_module from Odoo's
metaclass; these bases set them so Odoo's test machinery accepts them.
"""

import ast
import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from odoo.tests import HttpCase, TransactionCase
from odoo.tools import config

ROOT = Path(__file__).resolve().parent.parent


def _our_addons():
    """The repository's folders with a manifest (as scripts/lib.sh), each
    after the addons of ours it depends on: the base addon first."""
    depends = {
        path.parent.name: set(ast.literal_eval(path.read_text()).get("depends", []))
        for path in sorted(ROOT.glob("*/__manifest__.py"))
    }
    ordered = []
    while len(ordered) < len(depends):
        ready = sorted(
            name
            for name, needs in depends.items()
            if name not in ordered and needs & set(depends) <= set(ordered)
        )
        if not ready:
            raise AssertionError(f"dependency cycle among {sorted(depends)}")
        ordered.extend(ready)
    return tuple(ordered)


ADDONS = _our_addons()


class _CrossModuleMixin:
    test_tags = {"standard", "post_install", "art_cross_module"}
    test_module = "art_cross_module"
    test_class = None
    test_sequence = 0


class ArtCrossModuleCase(_CrossModuleMixin, TransactionCase):
    pass


class ArtCrossModuleHttpCase(_CrossModuleMixin, HttpCase):
    pass


def odoo_cli(*args, timeout=900, check=True):
    """Run Odoo's command line with the project configuration."""
    cmd = [sys.executable, "-m", "odoo", "-c", config.rcfile, *args]
    proc = subprocess.run(
        cmd,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check and proc.returncode:
        raise AssertionError(
            f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-4000:]}"
        )
    return proc


def odoo_script(db, code, timeout=900):
    """Run Python code against database `db` in a separate Odoo process.

    The code sees `env` (superuser environment) and prints its result; the
    transaction is committed when the code returns.
    """
    runner = (
        "import sys\n"
        "import odoo\n"
        "from odoo.tools import config\n"
        "config.parse_config(['-c', sys.argv[1], '--no-http'])\n"
        "odoo.service.server.load_server_wide_modules()\n"
        "registry = odoo.modules.registry.Registry(sys.argv[2])\n"
        "with registry.cursor() as cr:\n"
        "    env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})\n"
        "    exec(compile(sys.argv[3], 'script', 'exec'))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", runner, config.rcfile, db, code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ},
        check=False,
    )
    if proc.returncode:
        raise AssertionError(f"script failed on {db}:\n{proc.stderr[-4000:]}")
    return proc.stdout


def drop_database(name):
    """Drop a throw-away database and its filestore.

    Not through odoo.service.db.exp_drop: it only drops the databases that
    list_dbs() lists, and under pytest-odoo that is the test database alone.
    """
    import shutil

    import odoo.sql_db
    from odoo.tools import SQL

    odoo.sql_db.close_db(name)
    with closing(odoo.sql_db.db_connect("postgres").cursor()) as cr:
        cr._cnx.autocommit = True
        cr.execute(SQL("DROP DATABASE IF EXISTS %s WITH (FORCE)", SQL.identifier(name)))
        cr.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cr.fetchone():
            raise AssertionError(f"database {name} is still there")
    shutil.rmtree(config.filestore(name), ignore_errors=True)
