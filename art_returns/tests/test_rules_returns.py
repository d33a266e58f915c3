# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Record rules of art returns, over the ORM calls RPC makes.

OCA's own-documents rule opens the unassigned returns (every portal request)
to every internal user: art returns are the Art Trade roles' business, the
Appraisal Expert reads only those that need an expert, and the returns that
are not art returns keep OCA's rules.
"""

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from ..hooks import RMA_RULE_DOMAINS, uninstall_hook
from .common import ArtReturnCase

HANDLERS = ("sales", "finance", "warehouse", "logistics", "aftersales", "manager")


@tagged("post_install", "-at_install")
class TestRulesReturns(ArtReturnCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # What an employee without an Art Trade role has: OCA makes the
        # RMA own-documents group a default group of new users.
        cls.employee = new_test_user(
            cls.env, login="art_rules_employee", groups="base.group_user"
        )
        cls.employee.groups_id = [
            Command.link(cls.env.ref("rma.rma_group_user_own").id)
        ]
        cls.rma_user = new_test_user(
            cls.env,
            login="art_rules_rma_user",
            groups="base.group_user,rma.rma_group_user_all",
        )
        cls.plain_product = cls.env["product.product"].create(
            {"name": "Packing crate", "is_storable": True}
        )

    def _unassigned(self, lot):
        """A delivered work's return as the portal creates it: nobody's."""
        rma = self._request(self._deliver(lot))
        rma.user_id = False
        return rma

    def _plain_rma(self, **values):
        return self.env["rma"].create(
            dict(
                {
                    "partner_id": self.customer.id,
                    "product_id": self.plain_product.id,
                    "product_uom_qty": 1.0,
                    "location_id": self.warehouse.rma_loc_id.id,
                },
                **values,
            )
        )

    def _assert_hidden(self, rma, user):
        # As over RPC: nothing the superuser read is in the cache.
        self.env.invalidate_all()
        as_user = rma.with_user(user)
        Rma = self.env["rma"].with_user(user)
        self.assertFalse(Rma.search([("id", "=", rma.id)]))
        self.assertFalse(Rma.search_count([("name", "=", rma.name)]))
        self.assertFalse(
            Rma.read_group([("id", "=", rma.id)], ["partner_id"], ["partner_id"])
        )
        with self.assertRaises(AccessError):
            as_user.read(["partner_id"])
        with self.assertRaises(AccessError):
            as_user.write({"description": "Seen"})
        with self.assertRaises(AccessError):
            rma.art_evidence_ids.with_user(user).read(["datas"])

    def test_art_returns_are_flagged_by_their_product(self):
        rma = self._unassigned(self.painting)
        self.assertTrue(rma.art_is_art_rma)
        self.assertFalse(self._plain_rma().art_is_art_rma)

    def test_employee_without_role_sees_no_art_return(self):
        rma = self._unassigned(self.painting)
        self._assert_hidden(rma, self.employee)
        Rma = self.env["rma"].with_user(self.employee)
        self.assertFalse(Rma.search_count([("art_is_art_rma", "=", True)]))
        # Assigned to them by mistake: still not theirs to read.
        rma.user_id = self.employee
        self._assert_hidden(rma, self.employee)

    def test_rma_user_without_role_sees_no_art_return(self):
        rma = self._unassigned(self.painting)
        self._assert_hidden(rma, self.rma_user)
        Rma = self.env["rma"].with_user(self.rma_user)
        self.assertFalse(Rma.search_count([("art_is_art_rma", "=", True)]))

    def test_returns_that_are_not_art_keep_oca_rules(self):
        unassigned = self._plain_rma()
        mine = self._plain_rma(user_id=self.employee.id)
        others = self._plain_rma(user_id=self.users["sales"].id)
        Rma = self.env["rma"].with_user(self.employee)
        self.assertEqual(Rma.search([]), unassigned | mine)
        unassigned.with_user(self.employee).write({"description": "Mine now"})
        with self.assertRaises(AccessError):
            others.with_user(self.employee).read(["name"])
        self.assertEqual(
            self.env["rma"].with_user(self.rma_user).search([]),
            unassigned | mine | others,
        )

    def test_handling_roles_work_on_every_art_return(self):
        rma = self._unassigned(self.painting)
        for role in HANDLERS:
            user = self.users[role]
            Rma = self.env["rma"].with_user(user)
            self.assertEqual(Rma.search([("id", "=", rma.id)]), rma, role)
            rma.with_user(user).check_access("write")
            self.assertTrue(
                rma.art_evidence_ids.with_user(user).read(["datas"])[0]["datas"]
            )

    def test_expert_reads_only_art_returns_needing_an_expert(self):
        antique = self._unassigned(self.antique)
        painting = self._unassigned(self.painting)
        expert = self.users["expert"]
        # Not accepted yet: nothing says an expert is needed.
        self._assert_hidden(antique, expert)
        for rma in antique | painting:
            rma.with_user(self.users["aftersales"]).action_art_accept()
        self.assertTrue(antique.art_expert_required)
        self.assertFalse(painting.art_expert_required)
        Rma = self.env["rma"].with_user(expert)
        self.assertEqual(Rma.search([("art_is_art_rma", "=", True)]), antique)
        groups = Rma.read_group([], ["art_lot_id"], ["art_lot_id"])
        self.assertEqual([g["art_lot_id"][0] for g in groups], [self.antique.id])
        self.assertEqual(antique.with_user(expert).art_lot_id, self.antique)
        self.assertTrue(
            antique.art_evidence_ids.with_user(expert).read(["datas"])[0]["datas"]
        )
        # Under validation OCA refuses every write anyway: the rule is what
        # refuses it once the return is validated.
        with self.assertRaises(AccessError):
            antique.with_user(expert).check_access("write")
        with self.assertRaises(AccessError):
            antique.art_evidence_ids.with_user(expert).write({"name": "x.png"})
        self._assert_hidden(painting, expert)

    def test_expert_approves_and_inspects_unassigned_return(self):
        """Read-only on the return, the Expert still approves its tier and
        inspects the returned work: both are actions that check the role."""
        rma = self._unassigned(self.antique)
        self._accept_and_approve(rma)
        self.assertTrue(
            rma.review_ids.filtered(
                lambda r: r.done_by == self.users["expert"] and r.status == "approved"
            )
        )
        self._receive(rma)
        self._inspect(rma, user=self.users["expert"])
        self.assertEqual(rma.art_inspection_result, "passed")
        self.assertEqual(rma.art_inspection_id.inspector_id, self.users["expert"])

    def test_expert_cannot_inspect_returns_not_needing_an_expert(self):
        rma = self._unassigned(self.painting)
        self._accept_and_approve(rma)
        self._receive(rma)
        self.env.invalidate_all()
        with self.assertRaises(AccessError):
            self._inspect(rma, user=self.users["expert"])
        self.assertFalse(rma.art_inspection_id)

    def test_credit_notes_of_art_returns_follow_the_returns(self):
        """OCA lets every RMA user read the credit notes nobody is assigned
        to: those of artworks are for the roles that handle returns."""

        def refund(product):
            return self.env["account.move"].create(
                {
                    "move_type": "out_refund",
                    "partner_id": self.customer.id,
                    "invoice_user_id": False,
                    "invoice_line_ids": [
                        Command.create({"product_id": product.id, "price_unit": 10.0})
                    ],
                }
            )

        art = refund(self.painting.product_id)
        plain = refund(self.plain_product)
        self.env.invalidate_all()
        Move = self.env["account.move"].with_user(self.employee)
        self.assertEqual(Move.search([("id", "in", (art | plain).ids)]), plain)
        with self.assertRaises(AccessError):
            art.with_user(self.employee).read(["amount_total"])
        with self.assertRaises(AccessError):
            art.line_ids.with_user(self.employee).read(["price_unit"])
        plain.line_ids.with_user(self.employee).read(["price_unit"])
        for role in ("warehouse", "logistics", "aftersales"):
            self.assertEqual(
                art.with_user(self.users[role]).read(["amount_total"])[0][
                    "amount_total"
                ],
                10.0,
            )
            self.assertTrue(
                art.line_ids.with_user(self.users[role]).read(["price_unit"])
            )
        with self.assertRaises(AccessError):
            art.with_user(self.users["expert"]).read(["amount_total"])

    def test_uninstall_gives_oca_its_rules_back(self):
        uninstall_hook(self.env)
        for xmlid, domain in RMA_RULE_DOMAINS.items():
            rule = self.env.ref(xmlid)
            self.assertEqual(rule.domain_force, domain)
            self.assertNotIn("art", rule.domain_force)
        # As OCA has it: every unassigned return again.
        rma = self._unassigned(self.painting)
        self.env.invalidate_all()
        self.assertEqual(
            self.env["rma"].with_user(self.employee).search([("id", "=", rma.id)]),
            rma,
        )
