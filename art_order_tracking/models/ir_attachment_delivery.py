# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import api, fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

# What may still change on a locked attachment (Odoo's own housekeeping).
UNLOCKED_FIELDS = {"access_token", "public", "index_content", "art_locked"}


class IrAttachment(models.Model):
    """Proofs of delivery, arrival photos and delivery evidence are locked
    once the delivery is signed: only an administrator may replace or delete
    them, and that is logged."""

    _inherit = "ir.attachment"

    art_locked = fields.Boolean(
        string="Delivery Evidence (Locked)", readonly=True, copy=False
    )

    def _art_check_locked(self, action):
        locked = self.sudo().filtered("art_locked")
        if not locked:
            return
        if not self.env.user.has_group("base.group_system"):
            raise UserError(
                self.env._(
                    "%(files)s belong to a signed delivery: only an administrator "
                    "may %(action)s them.",
                    files=", ".join(locked.mapped("name")),
                    action=action,
                )
            )
        for attachment in locked:
            _logger.info(
                "Locked delivery evidence %s (%s) %s by administrator %s",
                attachment.id,
                attachment.name,
                action,
                self.env.uid,
            )
            record = (
                self.env[attachment.res_model].browse(attachment.res_id).exists()
                if attachment.res_model in self.env and attachment.res_id
                else None
            )
            if record is not None and hasattr(record, "message_post"):
                record.sudo().message_post(
                    body=self.env._(
                        "Locked delivery evidence %(file)s: %(action)s by "
                        "administrator %(user)s.",
                        file=attachment.name,
                        action=action,
                        user=self.env.user.name,
                    )
                )

    def write(self, vals):
        if set(vals) - UNLOCKED_FIELDS:
            self._art_check_locked(self.env._("change"))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_art_locked(self):
        self._art_check_locked(self.env._("delete"))
