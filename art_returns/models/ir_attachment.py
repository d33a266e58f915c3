# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import api, models
from odoo.exceptions import AccessError

_logger = logging.getLogger(__name__)


class IrAttachment(models.Model):
    """The evidence of a submitted art return is kept as the customer sent
    it: the file itself is frozen (content, name, publication, link), not
    only the return's list of files. Only an administrator may change or
    delete it, and that is logged on the return."""

    _inherit = "ir.attachment"

    def _art_submitted_returns(self):
        """Submitted art returns that hold some of these files as evidence."""
        ids = [att_id for att_id in self.ids if isinstance(att_id, int)]
        if not ids:
            return self.env["rma"]
        return (
            self.env["rma"]
            .sudo()
            .search(
                [
                    ("art_evidence_ids", "in", ids),
                    ("art_is_art_rma", "=", True),
                    "|",
                    ("state", "!=", "draft"),
                    ("art_acceptance", "!=", "pending"),
                ]
            )
        )

    def _art_check_return_evidence(self, deleting=False):
        returns = self._art_submitted_returns()
        if not returns:
            return
        evidence = returns.art_evidence_ids & self.sudo()
        names = ", ".join(evidence.mapped("name"))
        if not self.env.user.has_group("base.group_system"):
            raise AccessError(
                self.env._(
                    "%(files)s are the evidence of a submitted return: only an "
                    "administrator may change or delete them.",
                    files=names,
                )
            )
        _logger.info(
            "return evidence %s %s by administrator %s",
            evidence.ids,
            "deleted" if deleting else "changed",
            self.env.uid,
        )
        for rma in returns:
            files = ", ".join((rma.art_evidence_ids & evidence).mapped("name"))
            if deleting:
                body = self.env._(
                    "Return evidence %(files)s deleted by administrator %(user)s.",
                    files=files,
                    user=self.env.user.name,
                )
            else:
                body = self.env._(
                    "Return evidence %(files)s changed by administrator %(user)s.",
                    files=files,
                    user=self.env.user.name,
                )
            rma.message_post(body=body)

    def write(self, vals):
        if not self._art_is_housekeeping(vals):
            self._art_check_return_evidence()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_art_return_evidence(self):
        self._art_check_return_evidence(deleting=True)
