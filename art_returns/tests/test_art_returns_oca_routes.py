# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""OCA rma / rma_sale portal routes with another customer's ids and tokens."""

from odoo import Command, http
from odoo.tests import HttpCase, tagged

from .common import ArtReturnCase


@tagged("post_install", "-at_install")
class TestArtReturnOcaRoutes(HttpCase, ArtReturnCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.kit = cls.env["product.product"].create(
            {"name": "Frame Cleaning Kit", "type": "consu", "list_price": 30.0}
        )
        cls.operation = cls.env["rma.operation"].search([], limit=1)

    def _plain_delivered_order(self, partner):
        order = self.env["sale.order"].create(
            {
                "partner_id": partner.id,
                "order_line": [Command.create({"product_id": self.kit.id})],
            }
        )
        order.action_confirm()
        picking = order.picking_ids
        picking.move_ids.quantity = 1.0
        picking.move_ids.picked = True
        picking.button_validate()
        self.assertEqual(picking.state, "done")
        return order

    def _row(self, order, line=None, picking=None, **values):
        line = line or order.order_line[:1]
        picking = picking if picking is not None else order.picking_ids[:1]
        data = {
            "csrf_token": http.Request.csrf_token(self),
            "0-product_id": line.product_id.id,
            "0-sale_line_id": line.id,
            "0-quantity": 1,
            "0-uom_id": line.product_uom.id,
            "0-picking_id": picking.id,
            "0-operation_id": self.operation.id,
            "0-description": "Please take it back",
        }
        data.update(values)
        return data

    def _request_rma(self, order, data):
        return self.url_open(
            f"/my/orders/{order.id}/requestrma", data=data, allow_redirects=False
        )

    def _rmas(self, *orders):
        return self.env["rma"].search([("order_id", "in", [o.id for o in orders])])

    # ------------------------------------------------------------------
    # /my/rma/picking/pdf/<rma>/<picking>
    # ------------------------------------------------------------------

    def test_picking_pdf_only_of_the_return(self):
        own_order = self._deliver(self.painting)
        rma = self._request(own_order)
        self._accept_and_approve(rma)
        reception = rma.reception_move_id.picking_id
        token = rma._portal_ensure_token()
        theirs = self._deliver(self.painting_b, partner=self.other_customer)
        their_delivery = theirs.picking_ids.filtered(lambda p: p.state == "done")
        own_delivery = own_order.picking_ids.filtered(lambda p: p.state == "done")
        url = "/my/rma/picking/pdf/{}/{}?access_token={}"
        # The return's own reception prints.
        response = self.url_open(url.format(rma.id, reception.id, token))
        self.assertEqual(response.status_code, 200)
        self.assertIn(reception.name, response.text)
        # Another customer's delivery slip does not, with the token or
        # logged in; nor a transfer the return's page does not link to.
        refused = [(their_delivery.id, token), (own_delivery.id, token)]
        for login, cases in (
            (None, [*refused, (reception.id, "not-the-token")]),
            ("art_h6_portal", refused),
        ):
            self.authenticate(login, login)
            for picking_id, access_token in cases:
                response = self.url_open(url.format(rma.id, picking_id, access_token))
                self.assertEqual(response.status_code, 404)
                self.assertNotIn("Collector Two", response.text)
        response = self.url_open(f"/my/rma/picking/pdf/{rma.id}/{their_delivery.id}")
        self.assertEqual(response.status_code, 404)
        self.assertNotIn(their_delivery.name, response.text)
        # Another customer with their own session cannot print ours.
        self.authenticate("art_h6_portal2", "art_h6_portal2")
        response = self.url_open(f"/my/rma/picking/pdf/{rma.id}/{reception.id}")
        self.assertEqual(response.status_code, 404)

    # ------------------------------------------------------------------
    # POST /my/orders/<order>/requestrma
    # ------------------------------------------------------------------

    def test_request_rma_refuses_other_customers_ids(self):
        own = self._plain_delivered_order(self.customer)
        theirs = self._plain_delivered_order(self.other_customer)
        self.authenticate("art_h6_portal", "art_h6_portal")
        their_line, their_picking = theirs.order_line, theirs.picking_ids
        for data, status in (
            # Their line (and product) through our own order.
            (self._row(own, line=their_line, picking=their_picking), 403),
            (self._row(own, line=their_line), 403),
            # Our line, their delivery.
            (self._row(own, picking=their_picking), 403),
            # Their address as the return address.
            (self._row(own, partner_shipping_id=self.other_customer.id), 403),
            # Fields the form does not have, values it does not send.
            (self._row(own, **{"0-order_id": theirs.id}), 400),
            (self._row(own, **{"0-quantity": "lots"}), 400),
            (self._row(own, **{"0-uom_id": "kg"}), 400),
        ):
            response = self._request_rma(own, data)
            self.assertEqual(response.status_code, status, data)
        self.assertFalse(self._rmas(own, theirs), "nothing created")
        # Their order with our session: rma_sale's redirection, nothing made.
        response = self._request_rma(theirs, self._row(theirs))
        self.assertEqual(response.status_code, 303)
        self.assertFalse(self._rmas(own, theirs))
        # The form as rma_sale fills it still works.
        response = self._request_rma(own, self._row(own))
        self.assertEqual(response.status_code, 303)
        rma = self._rmas(own)
        self.assertEqual(len(rma), 1)
        self.assertEqual(rma.partner_id, self.customer)
        self.assertEqual(rma.picking_id, own.picking_ids)

    def test_request_rma_of_a_work_goes_to_the_art_return(self):
        order = self._deliver(self.painting)
        self.authenticate("art_h6_portal", "art_h6_portal")
        line = order.order_line.filtered("art_lot_id")
        picking = order.picking_ids.filtered(lambda p: p.state == "done")
        response = self._request_rma(order, self._row(order, line, picking))
        self.assertEqual(response.status_code, 303)
        self.assertIn(f"/my/orders/{order.id}/art_return", response.headers["Location"])
        self.assertFalse(self._rmas(order), "no return without evidence and window")
        response = self.url_open(f"/my/requestrma/{order.id}", allow_redirects=False)
        self.assertEqual(response.status_code, 303)
        self.assertIn(f"/my/orders/{order.id}/art_return", response.headers["Location"])

    def test_rma_list_bad_parameters(self):
        self.authenticate("art_h6_portal", "art_h6_portal")
        for query in (
            "sale_id=abc",
            "sortby=nonsense",
            "date_begin=yesterday&date_end=0001-99-99",
            "date_begin=0001-01-01&date_end=9999-12-31",
        ):
            response = self.url_open(f"/my/rmas?{query}")
            self.assertEqual(response.status_code, 200, query)
