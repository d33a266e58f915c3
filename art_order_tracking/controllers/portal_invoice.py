# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.addons.account_payment.controllers.portal import PortalAccount


class ArtPortalAccount(PortalAccount):
    def _invoice_get_page_view_values(self, invoice, access_token, **kwargs):
        # Odoo's payment form posts back the access token the page was opened
        # with: a customer who opened /my/invoices/<id> without it (bookmark,
        # typed address) got a server error on "Pay". The page's record was
        # already access-checked (_document_check_access): give the form the
        # invoice's own token. Art invoices only: others stay plain Odoo.
        if (
            not access_token
            and invoice._has_to_be_paid()
            and any(
                invoice.sudo().invoice_line_ids.sale_line_ids.order_id.mapped(
                    "art_is_art_order"
                )
            )
        ):
            access_token = invoice.sudo()._portal_ensure_token()
        return super()._invoice_get_page_view_values(invoice, access_token, **kwargs)
