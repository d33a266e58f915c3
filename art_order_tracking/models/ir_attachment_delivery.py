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
    # Not ``public`` nor ``access_token``: either would publish the proof.
    _art_unlocked_fields = frozenset({"index_content", "art_locked"})

    def _art_is_housekeeping(self, vals):
        # Attachments have no chatter fields of their own to exempt.
        names = set(vals)
        if names <= self._art_unlocked_fields:
            return True
        if not self.env.su:
            return False
        # The server's own paths: the first access token of a file shown on
        # the portal, and the link of a file not yet attached to a document.
        attachments = self.sudo()
        if names <= {"access_token"}:
            return not any(attachments.mapped("access_token"))
        if names <= {"res_model", "res_id"}:
            return not any(attachments.mapped("res_id"))
        return False

    def _art_log_unlock(self):
        for attachment in self:
            record = attachment._art_document()
            if record:
                record.sudo().message_post(
                    body=self.env._(
                        "Lock of delivery evidence %(file)s lifted by "
                        "administrator %(user)s.",
                        file=attachment.name,
                        user=self.env.user.name,
                    )
                )

    def _art_document(self):
        """The document the attachment belongs to, if it has a chatter."""
        self.ensure_one()
        model, res_id = self.res_model, self.res_id
        if model not in self.env or not res_id:
            return None
        record = self.env[model].sudo().browse(res_id).exists()
        if not record or not hasattr(record, "message_post"):
            return None
        return record

    def _art_log_locked_change(self, deleting):
        for attachment in self:
            record = attachment._art_document()
            if not record:
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
