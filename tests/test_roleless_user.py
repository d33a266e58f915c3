# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An employee without an Art Trade role reads no art document at all.

Every model our addons create or extend is tried as such an employee, with
Odoo's base group only and with the RMA group OCA gives every new user:
the search is refused, or finds no art record. The models below are
readable on purpose.
"""

import base64

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user

from .common import ArtCrossModuleCase

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=="
)

# Readable by every employee on purpose, with the reason.
PUBLIC = {
    "art.return.reason": "configuration: the reasons a customer may give",
    "art.return.rule": "configuration: the return window of each category",
    "art.return.decision.wizard": "a wizard: the user's own refusal or "
    "override note, opened from a return they can read",
    "helpdesk.ticket.category": "helpdesk_mgmt configuration",
    "helpdesk.ticket.stage": "helpdesk_mgmt configuration",
    "product.template": "the catalogue: Odoo lets every employee read "
    "products; what the gallery paid and the appraisals are fields with groups",
    "res.company": "the companies of the user",
    "res.partner": "Odoo's address book is every employee's; what a "
    "partner bought, returned or consigned is in fields with groups",
    "stock.rule": "configuration: the routes of the warehouse",
    "tier.definition": "configuration: OCA base_tier_validation lets every "
    "employee read the tiers",
}
# Odoo models that hold art records among others: the art records.
ART_RECORDS = {
    "account.move": lambda case: [
        ("invoice_line_ids.product_id.is_artwork", "=", True)
    ],
    "account.move.line": lambda case: [("product_id.is_artwork", "=", True)],
    "ir.attachment": lambda case: [
        ("res_model", "in", case.art_models + ["rma", "stock.lot"])
    ],
    "rma": lambda case: [("art_is_art_rma", "=", True)],
    "stock.move.line": lambda case: [("product_id.is_artwork", "=", True)],
    "stock.quant": lambda case: [("product_id.is_artwork", "=", True)],
}
# Odoo models our addons do not extend that hold art records all the same.
EXTRA_MODELS = ("account.move.line", "stock.quant")


class TestRolelessUser(ArtCrossModuleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.bare = new_test_user(
            cls.env, login="art_roleless", groups="base.group_user"
        )
        cls.employee = new_test_user(
            cls.env,
            login="art_roleless_rma",
            groups="base.group_user,rma.rma_group_user_own",
        )
        models = cls.env["ir.model"].search([])
        cls.models = sorted(
            {
                model.model
                for model in models
                if any(
                    name.startswith("art_")
                    for name in (model.modules or "").split(", ")
                )
                and not cls.env[model.model]._abstract
            }
            | set(EXTRA_MODELS)
        )
        cls.art_models = [
            name
            for name in cls.models
            if cls.env[name]._original_module.startswith("art_")
        ]
        cls._art_records()

    @classmethod
    def _art_records(cls):
        """One art record of each kind an employee could otherwise read."""
        customer = cls.env["res.partner"].create({"name": "Roleless Test Collector"})
        work = cls.env["product.template"].create(
            {
                "name": "Roleless Test Study",
                "is_artwork": True,
                "list_price": 900.0,
                "art_height": 40.0,
                "art_width": 30.0,
                "is_storable": True,
            }
        )
        product = work.product_variant_id
        lot = cls.env["stock.lot"].create(
            {"name": "ROLELESS-1", "product_id": product.id}
        )
        warehouse = cls.env["stock.warehouse"].search(
            [("company_id", "=", cls.env.company.id)], limit=1
        )
        cls.env["stock.quant"]._update_available_quantity(
            product, warehouse.lot_stock_id, 1.0, lot_id=lot
        )
        move = cls.env["stock.move"].create(
            {
                "name": "Roleless test delivery",
                "product_id": product.id,
                "product_uom_qty": 1.0,
                "location_id": warehouse.lot_stock_id.id,
                "location_dest_id": cls.env.ref("stock.stock_location_customers").id,
                "partner_id": customer.id,
            }
        )
        move._action_confirm()
        move._action_assign()
        move.picked = True
        move._action_done()
        rma = cls.env["rma"].create(
            {
                "partner_id": customer.id,
                "product_id": product.id,
                "product_uom_qty": 1.0,
                "location_id": warehouse.rma_loc_id.id,
                "art_evidence_ids": [
                    Command.create(
                        {
                            "name": "scratch.png",
                            "datas": base64.b64encode(PNG_1PX),
                        }
                    )
                ],
            }
        )
        rma.art_evidence_ids.write({"res_model": "rma", "res_id": rma.id})
        # OCA rma lets its users read the credit notes nobody is assigned to.
        cls.env["account.move"].create(
            {
                "move_type": "out_refund",
                "partner_id": customer.id,
                "invoice_user_id": False,
                "invoice_line_ids": [
                    Command.create({"product_id": product.id, "price_unit": 900.0})
                ],
            }
        )
        cls.env["helpdesk.ticket"].create(
            {
                "name": "Roleless test ticket",
                "description": "Frame loose",
                "partner_id": customer.id,
            }
        )

    def test_reads_no_art_document(self):
        leaks = []
        for user in (self.bare, self.employee):
            self.env.invalidate_all()
            for name in self.models:
                Model = self.env[name].with_user(user)
                if not Model.has_access("read"):
                    with self.assertRaises(AccessError, msg=name):
                        Model.search([], limit=1)
                    continue
                if name in PUBLIC:
                    continue
                domain = ART_RECORDS[name](self) if name in ART_RECORDS else []
                self.assertTrue(
                    self.env[name].sudo().search_count(domain),
                    f"no {name} art record to hide: the test would prove nothing",
                )
                if Model.search_count(domain) or Model.search(domain):
                    leaks.append(f"{user.login}: {name}")
        self.assertFalse(leaks, "an employee without a role reads art records")

    def test_public_models_are_still_ours(self):
        """The list of deliberate exceptions names models that exist and
        that such an employee does read: an outdated entry is a hole."""
        for name in PUBLIC:
            with self.subTest(model=name):
                self.assertIn(name, self.models)
                self.assertTrue(
                    self.env[name].with_user(self.employee).has_access("read")
                )
