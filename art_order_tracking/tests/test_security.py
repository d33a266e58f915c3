# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The Art Trade roles grant what the README's access matrix says, no more."""

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged

ROLES = {
    "sales": "art_order_tracking.group_art_sales",
    "finance": "art_order_tracking.group_art_finance",
    "warehouse": "art_order_tracking.group_art_warehouse",
    "logistics": "art_order_tracking.group_art_logistics",
    "expert": "art_order_tracking.group_art_appraisal",
    "aftersales": "art_order_tracking.group_art_aftersales",
    "manager": "art_order_tracking.group_art_manager",
}


# at_install on purpose: this checks what art_order_tracking alone grants,
# before art_returns / art_aftersales add their groups (the top-level tests
# check the combined matrix).
@tagged("at_install", "-post_install")
class TestArtRoles(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.users = {
            role: new_test_user(cls.env, login=f"art_test_{role}", groups=group)
            for role, group in ROLES.items()
        }
        cls.portal = new_test_user(
            cls.env, login="art_test_portal", groups="base.group_portal"
        )

    def assertCan(self, role, model, operation):
        user = self.users[role]
        self.assertTrue(
            self.env[model].with_user(user).has_access(operation),
            f"{role} should be allowed to {operation} {model}",
        )

    def assertCannot(self, role, model, operation):
        user = self.users[role]
        with self.assertRaises(AccessError, msg=f"{role} must not {operation} {model}"):
            self.env[model].with_user(user).check_access(operation)

    def test_implied_odoo_groups(self):
        expected = {
            "sales": [
                "sales_team.group_sale_salesman_all_leads",
                "base.group_partner_manager",
            ],
            "finance": ["account.group_account_invoice"],
            "warehouse": ["stock.group_stock_user"],
            "logistics": ["stock.group_stock_user"],
            "expert": ["base.group_user", "base.group_partner_manager"],
            "aftersales": ["base.group_user", "base.group_partner_manager"],
            "manager": [
                "sales_team.group_sale_manager",
                "account.group_account_manager",
                "stock.group_stock_manager",
                *ROLES.values(),
            ],
        }
        for role, groups in expected.items():
            for group in groups:
                self.assertTrue(
                    self.users[role].has_group(group), f"{role} should imply {group}"
                )
        not_expected = {
            "sales": ["account.group_account_invoice", "stock.group_stock_user"],
            "finance": ["sales_team.group_sale_salesman", "stock.group_stock_user"],
            "warehouse": [
                "sales_team.group_sale_salesman",
                "account.group_account_invoice",
            ],
            "logistics": [
                "sales_team.group_sale_salesman",
                "account.group_account_invoice",
            ],
            "expert": ["sales_team.group_sale_salesman", "stock.group_stock_user"],
            "aftersales": ["account.group_account_invoice", "stock.group_stock_user"],
        }
        for role, groups in not_expected.items():
            for group in groups:
                self.assertFalse(
                    self.users[role].has_group(group), f"{role} must not imply {group}"
                )

    def test_contacts(self):
        """The roles that meet new people create them: Sales a walk-in
        customer or an artist, the Expert a previous owner or an external
        appraiser, After-sales a customer who calls in. Over the ORM, as RPC
        would."""
        for role in ("sales", "expert", "aftersales", "manager"):
            partner = (
                self.env["res.partner"]
                .with_user(self.users[role])
                .create({"name": f"Walk-in collector of {role}"})
            )
            partner.with_user(self.users[role]).write({"phone": "+886 2 1234 5678"})
            self.assertEqual(partner.phone, "+886 2 1234 5678")
        with self.assertRaises(AccessError):
            self.env["res.partner"].with_user(self.portal).create({"name": "Intruder"})

    def test_sales_orders(self):
        for role in ("sales", "manager"):
            for operation in ("read", "write", "create"):
                self.assertCan(role, "sale.order", operation)
        # Odoo's Invoicing group reads and writes orders (to invoice them);
        # it never creates or deletes them.
        self.assertCan("finance", "sale.order", "write")
        for operation in ("create", "unlink"):
            self.assertCannot("finance", "sale.order", operation)
        # Warehouse users update orders from pickings (Odoo's stock user).
        self.assertCan("warehouse", "sale.order", "read")
        self.assertCannot("warehouse", "sale.order", "create")
        for role in ("expert", "aftersales"):
            self.assertCannot(role, "sale.order", "read")

    def test_invoices(self):
        for role in ("finance", "manager"):
            for operation in ("read", "write", "create"):
                self.assertCan(role, "account.move", operation)
        for role in ("warehouse", "logistics", "expert", "aftersales"):
            self.assertCannot(role, "account.move", "read")
        self.assertCannot("sales", "account.move", "create")

    def test_pickings(self):
        for role in ("warehouse", "logistics", "manager"):
            for operation in ("read", "write", "create"):
                self.assertCan(role, "stock.picking", operation)
        for role in ("expert", "aftersales"):
            self.assertCannot(role, "stock.picking", "read")
        # Odoo's Invoicing group works on pickings (stock_account).
        self.assertCan("finance", "stock.picking", "write")
        self.assertCannot("finance", "stock.picking", "unlink")

    def _visible_menus(self, user):
        # ir.ui.menu's search hides the menus the user's groups do not reach.
        return set(self.env["ir.ui.menu"].with_user(user).search([]).ids)

    def test_menus(self):
        root = self.env.ref("art_order_tracking.art_trade_menu_root")
        orders = self.env.ref("art_order_tracking.art_trade_menu_orders")
        operations = self.env.ref("art_order_tracking.art_trade_menu_operations")
        for role in ("sales", "finance", "warehouse", "logistics", "manager"):
            self.assertIn(root.id, self._visible_menus(self.users[role]), role)
        self.assertIn(orders.id, self._visible_menus(self.users["sales"]))
        self.assertNotIn(operations.id, self._visible_menus(self.users["sales"]))
        self.assertIn(operations.id, self._visible_menus(self.users["warehouse"]))
        self.assertNotIn(orders.id, self._visible_menus(self.users["warehouse"]))
        self.assertIn(orders.id, self._visible_menus(self.users["finance"]))

    def test_portal_has_no_back_office(self):
        self.assertFalse(self.portal.has_group("base.group_user"))
        # Portal users cannot even read the menu tree of the back office.
        with self.assertRaises(AccessError):
            self._visible_menus(self.portal)
        with self.assertRaises(AccessError):
            self.env["sale.order"].with_user(self.portal).check_access("create")

    def test_plain_employee_sees_no_art_menu(self):
        employee = new_test_user(
            self.env, login="art_test_employee", groups="base.group_user"
        )
        root = self.env.ref("art_order_tracking.art_trade_menu_root")
        self.assertNotIn(root.id, self._visible_menus(employee))
