# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Shared fixtures: one user per role, two customers with delivered works."""

from odoo.tests import TransactionCase, new_test_user

from odoo.addons.base.tests.common import DISABLED_MAIL_CONTEXT

ROLES = {
    "sales": "art_order_tracking.group_art_sales",
    "finance": "art_order_tracking.group_art_finance",
    "warehouse": "art_order_tracking.group_art_warehouse",
    "logistics": "art_order_tracking.group_art_logistics",
    "expert": "art_order_tracking.group_art_appraisal",
    "aftersales": "art_order_tracking.group_art_aftersales",
    "manager": "art_order_tracking.group_art_manager",
}


class ArtAftersalesCase(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **DISABLED_MAIL_CONTEXT))
        cls.company = cls.env.company
        cls.users = {
            role: new_test_user(
                cls.env,
                login=f"h7_{role}",
                groups=group,
                name=f"Art {role.title()}",
                email=f"h7_{role}@example.com",
            )
            for role, group in ROLES.items()
        }
        cls.leader = new_test_user(
            cls.env,
            login="h7_leader",
            groups="art_order_tracking.group_art_aftersales",
            name="Conservation Leader",
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="h7_portal",
            groups="base.group_portal",
            name="Collector One",
            email="collector1@example.com",
        )
        cls.portal_user2 = new_test_user(
            cls.env,
            login="h7_portal2",
            groups="base.group_portal",
            name="Collector Two",
            email="collector2@example.com",
        )
        cls.customer = cls.portal_user.partner_id
        cls.customer2 = cls.portal_user2.partner_id
        ref = cls.env.ref
        cls.cat_conservation = ref(
            "art_aftersales.helpdesk_ticket_category_conservation"
        )
        cls.cat_framing = ref("art_aftersales.helpdesk_ticket_category_framing")
        cls.cat_documentation = ref(
            "art_aftersales.helpdesk_ticket_category_documentation"
        )
        cls.cat_damage = ref("art_aftersales.helpdesk_ticket_category_damage")
        cls.cat_logistics = ref("art_aftersales.helpdesk_ticket_category_logistics")
        cls.cat_enquiry = ref("art_aftersales.helpdesk_ticket_category_enquiry")
        cls.team_sales = ref("art_aftersales.helpdesk_ticket_team_sales")
        cls.team_warehouse = ref("art_aftersales.helpdesk_ticket_team_warehouse")
        cls.team_logistics = ref("art_aftersales.helpdesk_ticket_team_logistics")
        cls.team_conservation = ref("art_aftersales.helpdesk_ticket_team_conservation")
        cls.team_conservation.user_id = cls.leader
        cls.stage_new = ref("helpdesk_mgmt.helpdesk_ticket_stage_new")
        cls.stage_progress = ref("helpdesk_mgmt.helpdesk_ticket_stage_in_progress")
        cls.stage_done = ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        cls.stock_location = ref("stock.warehouse0").lot_stock_id
        cls.artwork = cls.env["product.product"].create(
            {
                "name": "Still Life with Lemons",
                "type": "consu",
                "is_storable": True,
                "tracking": "serial",
                "list_price": 12000.0,
            }
        )
        cls.order1, cls.lot1 = cls._sell_and_deliver(cls.customer, "H7-SN-001")
        cls.order2, cls.lot2 = cls._sell_and_deliver(cls.customer2, "H7-SN-002")

    @classmethod
    def _sell_and_deliver(cls, partner, serial, salesperson=None, price=None):
        """A confirmed order for one serial of the artwork, delivered."""
        lot = cls.env["stock.lot"].create(
            {"name": serial, "product_id": cls.artwork.id}
        )
        cls.env["stock.quant"]._update_available_quantity(
            cls.artwork, cls.stock_location, 1.0, lot_id=lot
        )
        order = cls.env["sale.order"].create(
            {
                "partner_id": partner.id,
                "user_id": (salesperson or cls.users["sales"]).id,
                "order_line": [
                    (
                        0,
                        0,
                        {
                            "product_id": cls.artwork.id,
                            "product_uom_qty": 1.0,
                            "price_unit": price or 12000.0,
                        },
                    )
                ],
            }
        )
        order.action_confirm()
        picking = order.picking_ids
        picking.action_assign()
        picking.move_line_ids.lot_id = lot
        picking.move_ids.quantity = 1.0
        picking.move_ids.picked = True
        picking.button_validate()
        assert picking.state == "done", picking.state
        return order, lot

    @classmethod
    def _ticket(cls, **vals):
        values = {
            "name": "Crack in the frame",
            "description": "<p>The frame cracked.</p>",
            "partner_id": cls.customer.id,
        }
        values.update(vals)
        return cls.env["helpdesk.ticket"].create(values)
