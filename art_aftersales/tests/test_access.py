# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who may see and do what with tickets, service levels, visits, ratings."""

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import ArtAftersalesCase


@tagged("post_install", "-at_install")
class TestAftersalesAccess(ArtAftersalesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other_sales = cls.users["manager"]
        # A ticket about an order of the salesperson, one about nobody's.
        cls.ticket_sales = cls._ticket(
            category_id=cls.cat_framing.id, sale_order_id=cls.order1.id
        )
        cls.ticket_sales.user_id = cls.users["aftersales"]
        cls.ticket_other = cls._ticket(
            partner_id=cls.customer2.id, category_id=cls.cat_damage.id
        )
        cls.ticket_other.user_id = cls.leader
        cls.order2.user_id = cls.other_sales
        cls.visit = cls.env["art.care.visit"].create(
            {
                "partner_id": cls.customer.id,
                "lot_id": cls.lot1.id,
                "scheduled_date": "2026-05-01",
            }
        )

    def _visible_tickets(self, user):
        return (
            self.env["helpdesk.ticket"]
            .with_user(user)
            .search([("id", "in", (self.ticket_sales | self.ticket_other).ids)])
        )

    def test_aftersales_works_all_tickets(self):
        user = self.users["aftersales"]
        self.assertEqual(
            self._visible_tickets(user), self.ticket_sales | self.ticket_other
        )
        ticket = self.ticket_other.with_user(user)
        ticket.write({"priority": "3", "lot_id": self.lot2.id})
        self.assertEqual(ticket.lot_id.name, "H7-SN-002")
        # The order shows by name even without sales rights.
        self.assertEqual(
            self.ticket_sales.with_user(user).web_read(
                {"sale_order_id": {"fields": {"display_name": {}}}}
            )[0]["sale_order_id"]["display_name"],
            self.order1.name,
        )
        new = (
            self.env["helpdesk.ticket"]
            .with_user(user)
            .create(
                {
                    "name": "Phone call",
                    "description": "<p>Called about varnish.</p>",
                    "partner_id": self.customer.id,
                    "lot_id": self.lot1.id,
                    "category_id": self.cat_conservation.id,
                }
            )
        )
        self.assertEqual(new.team_id, self.team_conservation)
        with self.assertRaises(AccessError):
            new.unlink()

    def test_sales_sees_tickets_of_its_orders_only(self):
        user = self.users["sales"]
        self.assertEqual(self._visible_tickets(user), self.ticket_sales)
        with self.assertRaises(AccessError):
            self.ticket_other.with_user(user).read(["name"])
        self.ticket_sales.with_user(user).write({"priority": "2"})
        # The customer's salesperson sees it too.
        self.customer2.user_id = user
        self.assertEqual(
            self._visible_tickets(user), self.ticket_sales | self.ticket_other
        )

    def test_other_roles_see_no_customer_ticket(self):
        for role in ("finance", "warehouse", "logistics", "expert"):
            user = self.users[role]
            self.assertFalse(self._visible_tickets(user), role)
            with self.assertRaises(AccessError, msg=role):
                self.env["helpdesk.ticket"].with_user(user).create(
                    {"name": "x", "description": "<p>x</p>"}
                )

    def test_manager(self):
        user = self.users["manager"]
        self.assertEqual(
            self._visible_tickets(user), self.ticket_sales | self.ticket_other
        )
        sla = self.env.ref("art_aftersales.art_ticket_sla_damage_any").with_user(user)
        sla.response_hours = 3
        self.assertEqual(sla.response_hours, 3)
        self.ticket_other.with_user(user).unlink()

    def test_service_levels(self):
        sla = self.env.ref("art_aftersales.art_ticket_sla_damage_any")
        for role in ("aftersales", "sales"):
            self.assertEqual(sla.with_user(self.users[role]).response_hours, 4)
            with self.assertRaises(AccessError, msg=role):
                sla.with_user(self.users[role]).response_hours = 1
        with self.assertRaises(AccessError):
            sla.with_user(self.users["warehouse"]).read(["response_hours"])

    def test_care_visits(self):
        aftersales = self.users["aftersales"]
        visit = (
            self.env["art.care.visit"]
            .with_user(aftersales)
            .create(
                {
                    "partner_id": self.customer.id,
                    "lot_id": self.lot1.id,
                    "scheduled_date": "2026-06-01",
                    "user_id": aftersales.id,
                }
            )
        )
        visit.action_done()
        self.visit.with_user(aftersales).unlink()
        sales_visit = visit.with_user(self.users["sales"])
        self.assertEqual(sales_visit.state, "done")
        with self.assertRaises(AccessError):
            sales_visit.write({"report": "<p>x</p>"})
        for role in ("warehouse", "finance", "expert"):
            with self.assertRaises(AccessError, msg=role):
                visit.with_user(self.users[role]).read(["state"])
        with self.assertRaises(AccessError):
            visit.with_user(self.portal_user).read(["state"])

    def test_satisfaction_report(self):
        Report = self.env["art.ticket.rating.report"]
        self.assertTrue(Report.with_user(self.users["aftersales"]).has_access("read"))
        self.assertTrue(Report.with_user(self.users["manager"]).has_access("read"))
        for role in ("sales", "warehouse", "finance"):
            with self.assertRaises(AccessError, msg=role):
                Report.with_user(self.users[role]).check_access("read")

    def test_aftersales_reads_works_not_orders(self):
        user = self.users["aftersales"]
        self.assertEqual(self.lot1.with_user(user).product_id, self.artwork)
        with self.assertRaises(AccessError):
            self.lot1.with_user(user).write({"name": "renamed"})
        with self.assertRaises(AccessError):
            self.order1.with_user(user).read(["name"])

    def test_portal_sees_own_tickets_only(self):
        own = self._ticket(name="Mine")
        theirs = self._ticket(name="Theirs", partner_id=self.customer2.id)
        Ticket = self.env["helpdesk.ticket"].with_user(self.portal_user)
        visible = Ticket.search([("id", "in", (own | theirs).ids)])
        self.assertEqual(visible, own)
        with self.assertRaises(AccessError):
            theirs.with_user(self.portal_user).read(["name"])
        with self.assertRaises(AccessError):
            own.with_user(self.portal_user).write({"lot_id": self.lot2.id})
        with self.assertRaises(AccessError):
            Ticket.create(
                {
                    "name": "direct",
                    "description": "<p>x</p>",
                    "partner_id": self.customer.id,
                    "sale_order_id": self.order2.id,
                }
            )

    def test_customer_360_visible_to_roles(self):
        # A ticket the salesperson cannot see still counts in the figures.
        self._ticket(user_id=self.leader.id)
        for role in ("sales", "aftersales", "finance", "manager"):
            partner = self.customer.with_user(self.users[role])
            self.assertEqual(partner.art_ticket_count, 2, role)
        self.assertEqual(
            self.env["helpdesk.ticket"]
            .with_user(self.users["sales"])
            .search_count([("partner_id", "=", self.customer.id)]),
            1,
        )
        for role in ("warehouse", "logistics", "expert"):
            with self.assertRaises(AccessError, msg=role):
                self.customer.with_user(self.users[role]).read(["art_ticket_count"])

    def test_views_load_for_each_role(self):
        """The extended views render for every role that opens them."""
        views = {
            "helpdesk.ticket": ["form", "list", "search", "kanban"],
            "res.partner": ["form"],
        }
        for role in ("sales", "aftersales", "manager"):
            for model, types in views.items():
                arch = (
                    self.env[model]
                    .with_user(self.users[role])
                    .get_views([(False, view_type) for view_type in types])
                )
                self.assertTrue(arch["views"], (role, model))
            form = (
                self.env["helpdesk.ticket"]
                .with_user(self.users[role])
                .get_views([(False, "form")])["views"]["form"]["arch"]
            )
            self.assertEqual(form.count('name="sale_order_id"'), 1, role)
            partner_form = (
                self.env["res.partner"]
                .with_user(self.users[role])
                .get_views([(False, "form")])["views"]["form"]["arch"]
            )
            self.assertIn("art_lifetime_value", partner_form, role)
        partner_form = (
            self.env["res.partner"]
            .with_user(self.users["warehouse"])
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertNotIn("art_lifetime_value", partner_form)
        for role in ("aftersales", "manager"):
            for model in ("art.care.visit", "art.ticket.rating.report"):
                self.assertTrue(
                    self.env[model]
                    .with_user(self.users[role])
                    .get_views([(False, "list"), (False, "search")])["views"]
                )
