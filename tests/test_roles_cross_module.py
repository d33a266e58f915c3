# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""With the three addons installed, each role reaches returns and tickets as
the README's access matrix says."""

from odoo.exceptions import AccessError
from odoo.tests import Form, new_test_user

from .common import ArtCrossModuleCase


class _RoleUsersCase(ArtCrossModuleCase):
    """A user per Art Trade role."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user = {
            role: new_test_user(
                cls.env,
                login=f"art_x_{role}",
                groups=f"art_order_tracking.group_art_{role}",
            )
            for role in (
                "sales",
                "finance",
                "warehouse",
                "logistics",
                "appraisal",
                "aftersales",
                "manager",
            )
        }


class TestRolesAcrossAddons(_RoleUsersCase):
    def test_returns_access(self):
        for role in ("sales", "finance", "warehouse", "logistics", "aftersales"):
            self.assertTrue(self.user[role].has_group("rma.rma_group_user_all"), role)
            self.assertTrue(
                self.env["rma"].with_user(self.user[role]).has_access("create")
            )
        self.assertTrue(self.user["manager"].has_group("rma.rma_group_manager"))
        # The expert works at OCA's own-documents level (the art returns that
        # need an expert are opened to them by a record rule of art_returns).
        expert = self.user["appraisal"]
        self.assertTrue(expert.has_group("rma.rma_group_user_own"))
        self.assertFalse(expert.has_group("rma.rma_group_user_all"))

    def test_rma_users_read_invoices(self):
        # OCA rma grants every RMA user read access to invoices (refunds are
        # part of a return): the README's matrix says so for these roles.
        for role in ("warehouse", "logistics", "aftersales"):
            self.assertTrue(
                self.env["account.move"].with_user(self.user[role]).has_access("read")
            )
            with self.assertRaises(AccessError):
                self.env["account.move"].with_user(self.user[role]).check_access(
                    "write"
                )

    def test_ticket_access(self):
        self.assertTrue(
            self.user["aftersales"].has_group("helpdesk_mgmt.group_helpdesk_user")
        )
        self.assertTrue(
            self.user["sales"].has_group("helpdesk_mgmt.group_helpdesk_user_own")
        )
        self.assertFalse(
            self.user["sales"].has_group("helpdesk_mgmt.group_helpdesk_user")
        )
        self.assertTrue(
            self.user["manager"].has_group("helpdesk_mgmt.group_helpdesk_manager")
        )
        # helpdesk_mgmt lets every employee read the tickets they follow;
        # only helpdesk users create and work them.
        for role in ("finance", "warehouse", "logistics", "appraisal"):
            with self.assertRaises(AccessError, msg=role):
                self.env["helpdesk.ticket"].with_user(self.user[role]).check_access(
                    "create"
                )

    def test_menus(self):
        returns = self.env.ref("art_returns.rma_menu_art")
        tickets = self.env.ref("art_aftersales.helpdesk_ticket_menu_art")
        menus = self.env["ir.ui.menu"]
        for role in ("sales", "aftersales", "manager"):
            visible = menus.with_user(self.user[role])._visible_menu_ids()
            self.assertIn(returns.id, visible, role)
            self.assertIn(tickets.id, visible, role)
        visible = menus.with_user(self.user["appraisal"])._visible_menu_ids()
        self.assertIn(returns.id, visible, "the expert approves art returns")
        self.assertNotIn(tickets.id, visible)

    def test_plain_odoo_users_open_the_forms(self):
        """Users with Odoo's own groups only (no Art Trade role) open the
        forms the art addons extend: the art parts are left out, not
        refused (Odoo's own sale_stock tests drive these forms)."""
        plain = new_test_user(
            self.env,
            login="art_x_plain",
            groups="sales_team.group_sale_salesman,stock.group_stock_user",
        )
        partner = self.env["res.partner"].create({"name": "Plain customer"})
        product = self.env["product.product"].create(
            {"name": "Plain frame", "type": "consu", "is_storable": True}
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": partner.id,
                "user_id": plain.id,
                "order_line": [(0, 0, {"product_id": product.id})],
            }
        )
        order.action_confirm()
        lot = self.env["stock.lot"].create(
            {
                "name": "PLAIN-LOT",
                "product_id": self.env["product.product"]
                .create(
                    {
                        "name": "Plain lot product",
                        "type": "consu",
                        "is_storable": True,
                        "tracking": "lot",
                    }
                )
                .id,
            }
        )
        for record in (order, order.picking_ids, lot):
            form = Form(record.with_user(plain))
            self.assertEqual(form.id, record.id)


def _form_fields(arch):
    """The fields a form reads for its own record, as the web client does:
    each <field> node of the arch the user gets, not those inside the
    sub-views of its one2many/many2many fields (they read their comodel)."""
    from lxml import etree

    found = set()

    def walk(node):
        for child in node:
            if child.tag == "field":
                found.add(child.get("name"))
            else:
                walk(child)

    walk(etree.fromstring(arch))
    return found


class TestEveryFormOpensForItsRoles(_RoleUsersCase):
    """Each role opens the form of every Art Trade menu it sees, on a record
    it may read, exactly as the web client reads it (get_views as the user,
    then web_read of the fields of that form): no AccessError behind a stat
    button, a counter or a tab."""

    def _menu_actions(self, user):
        root = self.env.ref("art_order_tracking.art_trade_menu_root")
        menus = (
            self.env["ir.ui.menu"].with_user(user).search([("id", "child_of", root.id)])
        )
        for menu in menus:
            action = menu.sudo().action
            if (
                action
                and action._name == "ir.actions.act_window"
                and "form" in (action.view_mode or "")
            ):
                yield menu, action

    def test_forms_open(self):
        from odoo.tools.safe_eval import safe_eval

        opened, refused = 0, []
        for role, user in self.user.items():
            for menu, action in self._menu_actions(user):
                Model = self.env[action.res_model].with_user(user)
                try:
                    domain = safe_eval(action.domain or "[]", {"uid": user.id})
                except ValueError:  # domains that need the web client's context
                    domain = []
                record = Model.search(domain, limit=1)
                if not record:
                    continue
                form = action.view_ids.filtered(lambda v: v.view_mode == "form")
                views = Model.get_views([(form.view_id.id or False, "form")])
                for name in sorted(_form_fields(views["views"]["form"]["arch"])):
                    try:
                        record.web_read({name: {}})
                    except AccessError as error:
                        refused.append(
                            f"{role} opening {menu.complete_name}: {name}: "
                            f"{str(error).splitlines()[0]}"
                        )
                    self.env.invalidate_all()
                opened += 1
        self.assertFalse(refused, "\n".join(refused))
        # The demo data gives every menu something to open.
        self.assertGreater(opened, 40)
