# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Fields that only an action may set.

The actions that decide these fields check the user's role, then write them
through ``sudo()``: a call over RPC cannot add ``sudo``, and a context key
sent by a client proves nothing, so ``env.su`` is the one mark of the
server's own path.
"""

from odoo import api, models
from odoo.exceptions import AccessError


def _field_default(records, name):
    """The field's own default (not the context's nor ir.default's)."""
    field = records._fields[name]
    value = field.default(records) if field.default else False
    if isinstance(value, models.BaseModel):
        value = value.id
    return value


def art_guarded_in(records, vals, guarded, creating=False):
    """Names of ``guarded`` fields that ``vals`` would set.

    On create, the ``default_<field>`` keys of the context (which a client
    sends at will) count as values too; a guarded field left empty or at its
    own default sets nothing.
    """
    names = guarded & set(vals)
    if not creating:
        return names
    context = records.env.context
    values = {
        name: context[f"default_{name}"]
        for name in guarded
        if f"default_{name}" in context
    }
    values.update((name, vals[name]) for name in names)
    if not values:
        return set()
    defaults = {name: _field_default(records, name) for name in values}
    return {
        name
        for name, value in values.items()
        if value and value != defaults.get(name, False)
    }


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


class ArtGuardMixin(models.AbstractModel):
    """Refuses, in ``create`` and ``write``, the fields of
    ``_art_guarded_fields`` outside the server's own path (``env.su``)."""

    _name = "art.guard.mixin"
    _description = "Fields Only an Action May Set"
    _art_guarded_fields = frozenset()

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            art_check_guarded_fields(
                self, vals, self._art_guarded_fields, creating=True
            )
        return super().create(vals_list)

    def write(self, vals):
        art_check_guarded_fields(self, vals, self._art_guarded_fields)
        return super().write(vals)
