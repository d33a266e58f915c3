# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

# Housekeeping fields that may change on a locked report.
UNLOCKED_FIELDS = {"art_locked", "message_main_attachment_id"}


class ArtConditionReport(models.Model):
    """Arrival reports are frozen once the delivery is signed."""

    _inherit = "art.condition.report"

    art_locked = fields.Boolean(
        string="Locked (Signed Delivery)", readonly=True, copy=False
    )

    def _art_check_locked(self, action):
        locked = self.sudo().filtered("art_locked")
        if not locked:
            return
        if not self.env.user.has_group("base.group_system"):
            raise UserError(
                self.env._(
                    "%(reports)s belong to a signed delivery: only an "
                    "administrator may %(action)s them.",
                    reports=", ".join(locked.mapped("name")),
                    action=action,
                )
            )
        for report in locked:
            report.message_post(
                body=self.env._(
                    "Locked arrival report: %(action)s by administrator %(user)s.",
                    action=action,
                    user=self.env.user.name,
                )
            )

    def write(self, vals):
        protected = {
            name
            for name in vals
            if name not in UNLOCKED_FIELDS
            and not name.startswith(("message_", "activity_"))
        }
        if protected:
            self._art_check_locked(self.env._("change"))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_art_locked(self):
        self._art_check_locked(self.env._("delete"))
