# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Fields that only an action may set.

The actions that decide these fields check the user's role, then write them
through ``sudo()``: a call over RPC cannot add ``sudo``, and a context key
sent by a client proves nothing, so ``env.su`` is the one mark of the
server's own path.
"""

from odoo.exceptions import AccessError


def art_guarded_in(records, vals, guarded, creating=False):
    """Names of ``guarded`` fields that ``vals`` would set.

    On create, a guarded field left empty (or at its default) sets nothing.
    """
    names = guarded & set(vals)
    if creating and names:
        defaults = records.default_get(list(names))
        names = {
            name
            for name in names
            if vals[name] and vals[name] != defaults.get(name, False)
        }
    return names


def art_check_guarded_fields(records, vals, guarded, creating=False):
    """Refuse a write (or create) of decision fields outside their action."""
    if records.env.su:
        return
    names = art_guarded_in(records, vals, guarded, creating=creating)
    if not names:
        return
    labels = ", ".join(
        sorted(records._fields[name]._description_string(records.env) for name in names)
    )
    raise AccessError(
        records.env._(
            "%(fields)s of %(model)s can only be changed by the action that "
            "decides them, not edited directly.",
            fields=labels,
            model=records._description,
        )
    )
