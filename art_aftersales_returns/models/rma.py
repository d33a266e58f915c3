# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class Rma(models.Model):
    _inherit = "rma"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups="helpdesk_mgmt.group_helpdesk_user_own",
        help="The after-sales ticket that started this return.",
    )

    def action_art_view_ticket(self):
        self.ensure_one()
        return self.ticket_id.get_formview_action()
