"""Print the installable runtime requirements of an Odoo 18 source tree.

Odoo's requirements.txt pins, for Python 3.11, versions that no longer
build from source (cbor2 5.4.2) or need LDAP headers (python-ldap). The pins
it gives for Python 3.12 install as wheels on 3.11 and run Odoo 18, so the
markers are evaluated as if on Python 3.12 at least, and python-ldap (only
used by auth_ldap) is left out.

Usage: python3 odoo_requirements.py ODOO_SOURCE/requirements.txt
"""

import sys

try:
    from packaging.requirements import Requirement
except ImportError:  # a fresh virtual environment: use the copy pip vendors
    from pip._vendor.packaging.requirements import Requirement

SKIPPED = {"python-ldap", "pypiwin32", "rl-renderpm"}


def main(path):
    major, minor = max(sys.version_info[:2], (3, 12))
    env = {
        "python_version": f"{major}.{minor}",
        "python_full_version": f"{major}.{minor}.0",
        "sys_platform": sys.platform,
    }
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            req = Requirement(line)
            if req.name.lower() in SKIPPED:
                continue
            if req.marker and not req.marker.evaluate(env):
                continue
            req.marker = None
            sys.stdout.write(f"{req}\n")


if __name__ == "__main__":
    main(sys.argv[1])
