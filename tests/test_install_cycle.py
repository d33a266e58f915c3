# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each addon installs on a fresh database, uninstalls and reinstalls cleanly."""

import time

from .common import ADDONS, drop_database, odoo_cli, odoo_script

STATES = (
    "print(dict(env['ir.module.module'].search([('name', 'in', %r)])"
    ".mapped(lambda m: (m.name, m.state))))"
)
LEFTOVERS = (
    "print(env['ir.model.data'].search_count([('module', 'in', %r)]),"
    " env['res.groups'].search_count([('category_id.name', '=', 'Art Trade')]),"
    " env['ir.ui.menu'].search_count([('name', '=', 'Art Trade')]))"
)


def test_install_uninstall_reinstall():
    db = f"art_cycle_{int(time.time())}"
    drop_database(db)
    try:
        # Each addon on its own, in the order of its dependencies.
        for addon in ADDONS:
            odoo_cli(
                "-d",
                db,
                "-i",
                addon,
                "--without-demo=all",
                "--stop-after-init",
                "--no-http",
            )
            states = eval(odoo_script(db, STATES % [addon]))
            assert states == {addon: "installed"}, states

        # Uninstall them all: the base addon takes the others with it.
        odoo_script(
            db,
            "env['ir.module.module'].search([('name', 'in', %r)])"
            ".button_immediate_uninstall()" % [ADDONS[0]],
        )
        states = eval(odoo_script(db, STATES % list(ADDONS)))
        assert set(states.values()) == {"uninstalled"}, states
        left = odoo_script(db, LEFTOVERS % list(ADDONS)).split()
        assert left == ["0", "0", "0"], f"uninstall left data behind: {left}"

        # And back.
        odoo_cli("-d", db, "-i", ",".join(ADDONS), "--stop-after-init", "--no-http")
        states = eval(odoo_script(db, STATES % list(ADDONS)))
        assert set(states.values()) == {"installed"}, states
        left = odoo_script(db, LEFTOVERS % list(ADDONS)).split()
        assert left[1:] == ["7", "1"], left
    finally:
        drop_database(db)
