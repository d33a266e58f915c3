# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class PaymentTransaction(models.Model):
    _inherit = "payment.transaction"

    def _post_process(self):
        """A provider refund of an art return confirmed later (by the
        provider's notification): its payment is the return's refund
        payment."""
        res = super()._post_process()
        refunds = self.filtered(
            lambda tx: tx.operation == "refund" and tx.state == "done" and tx.payment_id
        )
        if refunds:
            rmas = (
                self.env["rma"]
                .sudo()
                .search(
                    [
                        ("art_refund_transaction_id", "in", refunds.ids),
                        ("art_refund_payment_id", "=", False),
                    ]
                )
            )
            for rma in rmas:
                rma.sudo().with_context(
                    skip_validation_check=True
                ).art_refund_payment_id = rma.art_refund_transaction_id.payment_id
        return res
