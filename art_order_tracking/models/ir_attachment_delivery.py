# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class IrAttachment(models.Model):
    """Proofs of delivery, arrival photos and delivery evidence are locked
    once the delivery is signed: only an administrator may replace or delete
    them, and that is logged on the document they belong to."""

    _name = "ir.attachment"
    _inherit = ["ir.attachment", "art.delivery.lock.mixin"]

    # What may still change on a locked attachment (Odoo's own housekeeping).
    _art_unlocked_fields = frozenset(
        {"access_token", "public", "index_content", "art_locked"}
    )

    def _art_is_housekeeping(self, vals):
        # Attachments have no chatter fields of their own to exempt.
        return set(vals) <= self._art_unlocked_fields

    def _art_log_locked_change(self, deleting):
        for attachment in self:
            model, res_id = attachment.res_model, attachment.res_id
            if model not in self.env or not res_id:
                continue
            record = self.env[model].browse(res_id).exists()
            if not record or not hasattr(record, "message_post"):
                continue
            if deleting:
                body = self.env._(
                    "Locked delivery evidence %(file)s deleted by administrator "
                    "%(user)s.",
                    file=attachment.name,
                    user=self.env.user.name,
                )
            else:
                body = self.env._(
                    "Locked delivery evidence %(file)s changed by administrator "
                    "%(user)s.",
                    file=attachment.name,
                    user=self.env.user.name,
                )
            record.sudo().message_post(body=body)
