# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

_logger = logging.getLogger(__name__)


class ArtDeliveryLockMixin(models.AbstractModel):
    """Records frozen by a signed delivery (arrival reports, proofs, photos,
    evidence): only an administrator may change or delete them, and each such
    change is logged on the record it concerns.

    The lock itself is set by the signed delivery and lifted by
    ``action_art_unlock`` only (administrators, logged): no user writes
    ``art_locked``."""

    _name = "art.delivery.lock.mixin"
    _description = "Frozen by a Signed Delivery"

    # Fields that may still change on a locked record (housekeeping).
    _art_unlocked_fields = frozenset({"art_locked"})

    art_locked = fields.Boolean(
        string="Locked (Signed Delivery)", readonly=True, copy=False
    )

    def _art_locked_records(self):
        """The records of self that are frozen (hook: other addons freeze
        more, e.g. the evidence of a submitted return)."""
        return self.sudo().filtered("art_locked")

    def _art_check_lock_field(self, vals):
        """Only the server's own paths (sudo) set or lift the lock."""
        if "art_locked" in vals and not self.env.su:
            raise AccessError(
                self.env._(
                    "The lock of a signed delivery is set by the delivery and "
                    "lifted only by an administrator's Unlock action."
                )
            )

    def _art_check_locked(self, deleting=False):
        locked = self._art_locked_records()
        if not locked:
            return
        names = ", ".join(locked.mapped("display_name"))
        if not self.env.user.has_group("base.group_system"):
            if deleting:
                message = self.env._(
                    "%(names)s belong to a signed delivery: only an administrator "
                    "may delete them.",
                    names=names,
                )
            else:
                message = self.env._(
                    "%(names)s belong to a signed delivery: only an administrator "
                    "may change them.",
                    names=names,
                )
            raise UserError(message)
        _logger.info(
            "%s %s locked by a signed delivery %s by administrator %s",
            self._name,
            locked.ids,
            "deleted" if deleting else "changed",
            self.env.uid,
        )
        locked._art_log_locked_change(deleting)

    def _art_log_locked_change(self, deleting):
        """Leave a trace of an administrator's change of locked records."""

    def _art_log_unlock(self):
        """Leave a trace of an administrator's unlock (hook)."""

    def _art_is_housekeeping(self, vals):
        return all(
            name in self._art_unlocked_fields
            or name.startswith(("message_", "activity_"))
            for name in vals
        )

    @api.model_create_multi
    def create(self, vals_list):
        locking = self.env.context.get("default_art_locked")
        for vals in vals_list:
            if vals.get("art_locked") or (locking and "art_locked" not in vals):
                self._art_check_lock_field({"art_locked": True})
        return super().create(vals_list)

    def write(self, vals):
        self._art_check_lock_field(vals)
        if not self._art_is_housekeeping(vals):
            self._art_check_locked()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_art_locked(self):
        self._art_check_locked(deleting=True)

    def action_art_unlock(self):
        """Administrators: lift the lock of a signed delivery, logged."""
        if not self.env.user.has_group("base.group_system"):
            raise AccessError(
                self.env._(
                    "Only an administrator may unlock the records of a signed delivery."
                )
            )
        locked = self.sudo().filtered("art_locked")
        if not locked:
            return True
        _logger.info(
            "%s %s unlocked by administrator %s", self._name, locked.ids, self.env.uid
        )
        locked._art_log_unlock()
        locked.write({"art_locked": False})
        return True
