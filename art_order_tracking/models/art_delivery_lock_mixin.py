# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)


class ArtDeliveryLockMixin(models.AbstractModel):
    """Records frozen by a signed delivery (arrival reports, proofs, photos,
    evidence): only an administrator may change or delete them, and each such
    change is logged on the record it concerns."""

    _name = "art.delivery.lock.mixin"
    _description = "Frozen by a Signed Delivery"

    # Fields that may still change on a locked record (housekeeping).
    _art_unlocked_fields = frozenset({"art_locked"})

    art_locked = fields.Boolean(
        string="Locked (Signed Delivery)", readonly=True, copy=False
    )

    def _art_check_locked(self, deleting=False):
        locked = self.sudo().filtered("art_locked")
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

    def _art_is_housekeeping(self, vals):
        return all(
            name in self._art_unlocked_fields
            or name.startswith(("message_", "activity_"))
            for name in vals
        )

    def write(self, vals):
        if not self._art_is_housekeeping(vals):
            self._art_check_locked()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_art_locked(self):
        self._art_check_locked(deleting=True)
