# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Bad set-up input gets a clear message and a non-zero exit."""

import os
import shutil
import subprocess
import sys

from .common import ROOT


def _lib(script, env=None, tmp_conf=None):
    """Run bash with scripts/lib.sh sourced, in a clean copy of the env."""
    full_env = {**os.environ, **(env or {})}
    if tmp_conf:
        full_env["ART_CONF"] = str(tmp_conf)
    return subprocess.run(
        [shutil.which("bash"), "-c", f". scripts/lib.sh; {script}"],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_unreachable_postgresql(tmp_path):
    # A server that the PG* variables point to but that does not answer.
    proc = _lib(
        "art_setup",
        env={"PGHOST": "127.0.0.1", "PGPORT": "1", "PGUSER": "nobody"},
        tmp_conf=tmp_path / "odoo.conf",
    )
    assert proc.returncode == 2, proc.stderr
    assert "PostgreSQL is unreachable" in proc.stderr
    assert "127.0.0.1" in proc.stderr


def test_wrong_odoo_version(tmp_path):
    # An importable Odoo that is not 18.0.
    fake = tmp_path / "fake" / "odoo"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "cli.py").write_text("")
    (fake / "release.py").write_text("version_info = (17, 0, 0, 'final', 0, '')\n")
    proc = _lib(
        "art_ensure_odoo",
        env={"PYTHONPATH": str(tmp_path / "fake"), "PYTHON": sys.executable},
    )
    assert proc.returncode == 2, proc.stderr
    assert "needs Odoo 18.0" in proc.stderr
    assert "Odoo 17.0" in proc.stderr


def test_odoo_source_that_is_not_odoo(tmp_path):
    # What the set-up says when Odoo must be installed from ODOO_SOURCE and
    # that names something else (called directly: Odoo is importable here).
    (tmp_path / "empty").mkdir()
    proc = _lib(
        f"art_install_odoo_from {tmp_path / 'empty'}",
        env={"PYTHON": sys.executable},
    )
    assert proc.returncode == 2, proc.stderr
    assert "does not look like an Odoo source tree" in proc.stderr


def _path_without_pdf_tools(tmp_path):
    """A PATH with what lib.sh needs, but no wkhtmltopdf, fc-list or apt-get."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    for tool in ("dirname", "paste", "id", "sha1sum", "cut"):
        found = subprocess.run(
            ["bash", "-c", f"command -v {tool}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        (bindir / tool).symlink_to(found)
    return str(bindir)


def test_pdf_tools_missing_stop_the_tests(tmp_path):
    proc = _lib(
        "art_ensure_pdf_tools required",
        env={"PATH": _path_without_pdf_tools(tmp_path)},
    )
    assert proc.returncode == 2, proc.stderr
    assert "PDF reports need the Debian packages" in proc.stderr
    assert "wkhtmltopdf" in proc.stderr and "fonts-noto-cjk" in proc.stderr


def test_pdf_tools_missing_make_run_says_so(tmp_path):
    proc = _lib(
        "art_ensure_pdf_tools optional && echo served",
        env={"PATH": _path_without_pdf_tools(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "served"
    lines = [line for line in proc.stderr.splitlines() if "PDF printing" in line]
    assert len(lines) == 1, proc.stderr
    assert "unavailable" in lines[0] and "wkhtmltopdf" in lines[0]


def test_pdf_tools_present_pass_quietly():
    # The set-up installed them on this machine (make test needs them).
    proc = _lib("art_ensure_pdf_tools required && art_pdf_missing")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
