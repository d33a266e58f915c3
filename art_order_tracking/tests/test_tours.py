# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What a person clicks: the back office and the portal, in headless Chromium."""

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestArtTours(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.salesperson = new_test_user(
            cls.env,
            login="art_tour_sales",
            password="art_tour_sales",
            groups="art_order_tracking.group_art_sales",
        )
        cls.customer = new_test_user(
            cls.env,
            login="art_tour_customer",
            password="art_tour_customer",
            groups="base.group_portal",
            name="Tour Customer",
        )
        product = cls.env["product.product"].create(
            {"name": "Tour print", "type": "consu", "list_price": 1200.0}
        )
        cls.order = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.partner_id.id,
                "order_line": [(0, 0, {"product_id": product.id})],
            }
        )
        cls.order.action_confirm()

    def test_salesperson_opens_art_trade_menu(self):
        self.start_tour("/odoo", "art_order_tracking_menu_tour", login="art_tour_sales")

    def test_portal_customer_sees_orders(self):
        self.start_tour(
            "/my",
            "art_order_tracking_portal_orders_tour",
            login="art_tour_customer",
            step_delay=0,
        )
        # The order the tour clicked is the customer's own.
        self.assertEqual(self.order.partner_id, self.customer.partner_id)
