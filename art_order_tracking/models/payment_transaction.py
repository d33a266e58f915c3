# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models


class PaymentTransaction(models.Model):
    _inherit = "payment.transaction"

    def _post_process(self):
        """Online payments of art orders: a customer-visible timeline event.

        The stage itself follows the documents (``sale.order.art_is_paid``
        reads the confirmed transactions and the reconciled invoices).
        """
        res = super()._post_process()
        self.filtered(
            lambda tx: (
                tx.state == "done"
                and tx.operation not in ("validation", "refund")
                and tx.amount > 0
            )
        )._art_log_online_payment()
        return res

    def _check_amount_and_confirm_order(self):
        # An art quotation is confirmed once its review approved it: paid
        # before that, it waits for the approval, which then confirms it
        # (``sale.order._art_paid_before_approval``). Confirming it here
        # would fail the whole post-processing of the payment.
        in_review = self.filtered(
            lambda tx: any(
                not order._art_review_approved()
                for order in tx.sale_order_ids.filtered(
                    lambda o: o.state in ("draft", "sent")
                )
            )
        )
        return super(
            PaymentTransaction, self - in_review
        )._check_amount_and_confirm_order()

    def _invoice_sale_orders(self):
        # An art order issues its invoice (or deposit request) when it is
        # confirmed and the transaction is linked to it: with Odoo's automatic
        # invoicing on, a second invoice would be created for the same amount.
        invoiced = self.filtered(
            lambda tx: (
                tx.sale_order_ids
                and all(
                    order.art_is_art_order
                    and order.invoice_ids.filtered(lambda m: m.state == "posted")
                    for order in tx.sale_order_ids
                )
            )
        )
        return super(PaymentTransaction, self - invoiced)._invoice_sale_orders()

    def _art_orders(self):
        """The art orders a transaction pays: directly, or through invoices."""
        orders = self.sale_order_ids | (
            self.invoice_ids.invoice_line_ids.sale_line_ids.order_id
        )
        return orders.filtered("art_is_art_order")

    def _art_log_online_payment(self):
        vals_list = []
        for tx in self:
            for order in tx._art_orders():
                vals_list.append(
                    {
                        "order_id": order.id,
                        "name": self.env._("Online payment received"),
                        "note": self.env._(
                            "%(amount)s paid online with %(provider)s "
                            "(reference %(reference)s).",
                            amount=tx.currency_id.format(tx.amount),
                            provider=tx.provider_id.name,
                            reference=tx.reference,
                        ),
                        "source": "customer",
                        "customer_visible": True,
                        "user_id": self.env.uid,
                    }
                )
        if vals_list:
            self.env["art.order.event"].sudo().create(vals_list)
