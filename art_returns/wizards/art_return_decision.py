# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ArtReturnDecisionWizard(models.TransientModel):
    _name = "art.return.decision.wizard"
    _description = "Return Decision with a Reason"

    rma_id = fields.Many2one("rma", string="Return", required=True)
    decision = fields.Selection(
        [
            ("override", "Accept despite the Refusal (Manager)"),
            ("reject", "Reject the Return"),
            ("dispute_customer", "Settle the Dispute for the Customer"),
            ("dispute_company", "Settle the Dispute for the Gallery"),
        ],
        required=True,
    )
    reason = fields.Text(required=True)

    def action_apply(self):
        self.ensure_one()
        rma = self.rma_id
        if self.decision == "override":
            rma.action_art_override(self.reason)
        elif self.decision == "reject":
            rma.action_art_reject(self.reason)
        else:
            rma.action_art_settle_dispute(
                "customer" if self.decision == "dispute_customer" else "company",
                self.reason,
            )
        return {"type": "ir.actions.act_window_close"}
