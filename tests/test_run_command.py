# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The README's run command, started twice, keeps the data created in between."""

import os
import signal
import socket
import subprocess
import time
import xmlrpc.client

from .common import ROOT, drop_database


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RunCommand:
    def __init__(self, db, port, log):
        self.db, self.port, self.log = db, port, log

    def __enter__(self):
        env = {**os.environ, "ART_DB": self.db, "ART_HTTP_PORT": str(self.port)}
        self.out = open(self.log, "w", encoding="utf-8")
        self.proc = subprocess.Popen(
            ["bash", "scripts/run.sh"],
            cwd=ROOT,
            env=env,
            stdout=self.out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.time() + 900
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"run command exited early, see {self.log}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=2):
                    return self
            except OSError:
                time.sleep(2)
        raise AssertionError(f"Odoo did not start serving, see {self.log}")

    def rpc(self):
        common = xmlrpc.client.ServerProxy(
            f"http://127.0.0.1:{self.port}/xmlrpc/2/common"
        )
        uid = common.authenticate(self.db, "admin", "admin", {})
        assert uid, "the printed admin login must work"
        models = xmlrpc.client.ServerProxy(
            f"http://127.0.0.1:{self.port}/xmlrpc/2/object"
        )
        return lambda *args: models.execute_kw(self.db, uid, "admin", *args)

    def __exit__(self, *exc):
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self.out.close()


def test_run_twice_keeps_data():
    db = f"art_run_{int(time.time())}"
    port = _free_port()
    log = ROOT / ".local" / "test-run-command.log"
    drop_database(db)
    try:
        with RunCommand(db, port, log) as run:
            call = run.rpc()
            partner_id = call("res.partner", "create", [{"name": "Kept between runs"}])
            # English stays the default language of new contacts.
            new_partner = call(
                "res.partner", "read", [[partner_id]], {"fields": ["lang"]}
            )
            assert new_partner[0]["lang"] == "en_US", new_partner
            logins = call(
                "res.users",
                "search_read",
                [[("login", "like", "art_")]],
                {"fields": ["login"]},
            )
            assert {u["login"] for u in logins} >= {
                "art_sales",
                "art_finance",
                "art_warehouse",
                "art_logistics",
                "art_expert",
                "art_aftersales",
                "art_manager",
                "art_customer",
            }
            common = xmlrpc.client.ServerProxy(
                f"http://127.0.0.1:{port}/xmlrpc/2/common"
            )
            for login in ("art_sales", "art_manager", "art_customer"):
                assert common.authenticate(db, login, login, {}), (
                    f"{login} cannot log in"
                )
            # The languages are loaded (ART_LANGS defaults to both) before
            # the demo data: the demo users work in a mix of them.
            langs = call(
                "res.lang",
                "search_read",
                [[("code", "in", ["zh_CN", "zh_TW"])]],
                {"fields": ["code"]},
            )
            assert {lang["code"] for lang in langs} == {"zh_CN", "zh_TW"}
            users = call(
                "res.users",
                "search_read",
                [[("login", "in", ["admin", "art_sales", "art_finance"])]],
                {"fields": ["login", "lang"]},
            )
            assert {u["login"]: u["lang"] for u in users} == {
                "admin": "en_US",
                "art_sales": "zh_CN",
                "art_finance": "zh_TW",
            }
        first_log = log.read_text(encoding="utf-8")
        assert "creating database" in first_log
        assert "with the languages zh_CN,zh_TW" in first_log
        assert "art_sales" in first_log, "the run command prints the demo logins"
        assert "art_finance     zh_TW" in first_log, "each login's language is printed"

        with RunCommand(db, port, log) as run:
            call = run.rpc()
            names = call("res.partner", "read", [[partner_id]], {"fields": ["name"]})
            assert names == [{"id": partner_id, "name": "Kept between runs"}]
        assert "upgrading the addons" in log.read_text(encoding="utf-8")
    finally:
        drop_database(db)
