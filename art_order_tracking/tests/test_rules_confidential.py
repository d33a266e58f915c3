# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who received a work and who owned it before: not read, searched or
grouped by the roles that may not know, over the ORM calls RPC makes."""

from datetime import date

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .test_artwork_common import ArtworkCase

KEPT_OUT = ("sales", "warehouse", "logistics", "aftersales")
LET_IN = ("finance", "expert", "manager")


@tagged("post_install", "-at_install")
class TestRulesConfidential(ArtworkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._create_users()
        cls.previous_owner = cls.env["res.partner"].create(
            {"name": "Previous Owner Family"}
        )
        cls.lot = cls._create_lot(cls.painting, "CONF-1")
        cls.lot.art_recipient_partner_ids = [Command.link(cls.previous_owner.id)]
        cls.old_order = cls.env["sale.order"].create(
            {"partner_id": cls.previous_owner.id}
        )
        Provenance = cls.env["art.provenance"]
        cls.previous = Provenance._art_record_sale(
            cls.lot, cls.previous_owner, date(2020, 1, 1), order=cls.old_order
        )
        cls.current = Provenance._art_record_sale(
            cls.lot, cls.customer, date(2024, 1, 1)
        )
        cls.env["art.appraisal"].create(
            {"lot_id": cls.lot.id, "purpose": "insurance", "value": 90000.0}
        )

    def setUp(self):
        super().setUp()
        # As over RPC: nothing the superuser read is in the cache.
        self.env.invalidate_all()

    def _as(self, role, model):
        return self.env[model].with_user(self.users[role])

    def test_recipients_not_read_searched_or_grouped(self):
        owner = self.previous_owner
        searches = (
            [("art_recipient_partner_ids", "in", owner.ids)],
            [("art_recipient_partner_ids", "=", owner.name)],
            [("art_recipient_partner_ids.name", "ilike", "Previous")],
            [("art_recipient_partner_ids", "any", [("id", "=", owner.id)])],
            ["|", ("name", "=", "x"), ("art_recipient_partner_ids", "!=", False)],
            [("art_appraisal_ids.value", ">", 50000)],
        )
        for role in KEPT_OUT:
            Lot = self._as(role, "stock.lot")
            self.assertEqual(Lot.search([("id", "=", self.lot.id)]), self.lot, role)
            with self.assertRaises(AccessError):
                self.lot.with_user(self.users[role]).read(["art_recipient_partner_ids"])
            for domain in searches:
                with self.assertRaises(AccessError, msg=f"{role} {domain}"):
                    Lot.search(domain)
                with self.assertRaises(AccessError, msg=f"{role} {domain}"):
                    Lot.search_count(domain)
            with self.assertRaises(AccessError, msg=role):
                Lot.read_group([], ["name"], ["art_recipient_partner_ids"])
            with self.assertRaises(AccessError, msg=role):
                Lot.read_group([], ["art_recipient_partner_ids:count_distinct"], [])
            # Through a document that points to the work.
            with self.assertRaises(AccessError, msg=role):
                self._as(role, "stock.move.line").search(
                    [("lot_id.art_recipient_partner_ids", "in", owner.ids)]
                )
        for role in LET_IN:
            Lot = self._as(role, "stock.lot")
            for domain in searches[:4]:
                self.assertEqual(Lot.search(domain), self.lot, f"{role} {domain}")
            # Every work with a recipient (the demo data's too).
            self.assertIn(self.lot, Lot.search(searches[4]), role)
            groups = Lot.read_group(
                [("id", "=", self.lot.id)], ["name"], ["art_recipient_partner_ids"]
            )
            self.assertEqual(groups[0]["art_recipient_partner_ids"][0], owner.id)

    def test_previous_owner_not_named_through_the_provenance(self):
        owner = self.previous_owner
        for role in KEPT_OUT:
            Provenance = self._as(role, "art.provenance")
            chain = Provenance.search([("lot_id", "=", self.lot.id)])
            self.assertEqual(chain, self.previous | self.current, role)
            shown = chain.read(["owner_label", "date_from", "is_current"])
            self.assertEqual(shown[0]["owner_label"], "Private collection")
            self.assertEqual(shown[1]["owner_label"], self.customer.name)
            for fname in ("partner_id", "sale_order_id"):
                with self.assertRaises(AccessError, msg=f"{role} {fname}"):
                    chain.read([fname])
                with self.assertRaises(AccessError, msg=f"{role} {fname}"):
                    Provenance.read_group([], ["date_from:min"], [fname])
            for domain in (
                [("partner_id", "=", owner.id)],
                [("partner_id.name", "ilike", "Previous")],
                [("sale_order_id.partner_id", "=", owner.id)],
                [("sale_order_id", "=", self.old_order.id)],
                [("sale_order_id", "any", [("partner_id", "=", owner.id)])],
            ):
                with self.assertRaises(AccessError, msg=f"{role} {domain}"):
                    Provenance.search(domain)
            Lot = self._as(role, "stock.lot")
            for domain in (
                [("art_provenance_ids.partner_id", "=", owner.id)],
                [("art_provenance_ids.sale_order_id.partner_id", "=", owner.id)],
            ):
                with self.assertRaises(AccessError, msg=f"{role} {domain}"):
                    Lot.search(domain)
        for role in LET_IN:
            Provenance = self._as(role, "art.provenance")
            for domain in (
                [("partner_id", "=", owner.id)],
                [("sale_order_id", "=", self.old_order.id)],
            ):
                self.assertEqual(Provenance.search(domain), self.previous, role)
            groups = Provenance.read_group(
                [("lot_id", "=", self.lot.id)], ["date_from:min"], ["partner_id"]
            )
            self.assertIn(owner.id, [g["partner_id"][0] for g in groups])
            self.assertEqual(
                self.previous.with_user(self.users[role]).partner_id, owner
            )

    def test_move_lines_and_quants_of_artworks_for_stock_sales_invoicing(self):
        """Odoo lets every employee read move lines and quants: of an artwork
        they say where the work is, whose it is and to whom it went."""
        lot = self.lot
        self._put_in_stock(lot)
        move = self.env["stock.move"].create(
            {
                "name": "Confidential test delivery",
                "product_id": lot.product_id.id,
                "product_uom_qty": 1.0,
                "location_id": self.stock_location.id,
                "location_dest_id": self.env.ref("stock.stock_location_customers").id,
                "partner_id": self.customer.id,
            }
        )
        move._action_confirm()
        move._action_assign()
        move.picked = True
        move._action_done()
        line = move.move_line_ids
        self.assertEqual(line.lot_id, lot)
        quants = self.env["stock.quant"].search([("lot_id", "=", lot.id)])
        self.assertTrue(quants)
        self.env.invalidate_all()
        for role in ("expert", "aftersales"):
            user = self.users[role]
            self.assertFalse(
                self.env["stock.move.line"]
                .with_user(user)
                .search([("id", "=", line.id)])
            )
            with self.assertRaises(AccessError):
                line.with_user(user).read(["lot_id", "picking_partner_id"])
            self.assertFalse(
                self.env["stock.quant"]
                .with_user(user)
                .search([("id", "in", quants.ids)])
            )
        for role in ("sales", "finance", "warehouse", "logistics", "manager"):
            user = self.users[role]
            self.assertEqual(
                self.env["stock.move.line"]
                .with_user(user)
                .search([("id", "=", line.id)]),
                line,
                role,
            )
            self.assertEqual(
                self.env["stock.quant"]
                .with_user(user)
                .search([("id", "in", quants.ids)]),
                quants,
                role,
            )
