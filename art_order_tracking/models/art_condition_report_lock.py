# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class ArtConditionReport(models.Model):
    """Arrival reports are frozen once the delivery is signed."""

    _name = "art.condition.report"
    _inherit = ["art.condition.report", "art.delivery.lock.mixin"]

    def _art_log_locked_change(self, deleting):
        for report in self:
            if deleting:
                body = self.env._(
                    "Locked arrival report deleted by administrator %(user)s.",
                    user=self.env.user.name,
                )
            else:
                body = self.env._(
                    "Locked arrival report changed by administrator %(user)s.",
                    user=self.env.user.name,
                )
            report.message_post(body=body)

    def _art_log_unlock(self):
        for report in self:
            report.message_post(
                body=self.env._(
                    "Lock of the signed delivery lifted by administrator %(user)s.",
                    user=self.env.user.name,
                )
            )
