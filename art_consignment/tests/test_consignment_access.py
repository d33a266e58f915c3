# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Access rules, bad input, expiry reminders, return to the consignor."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import ConsignmentCase


@tagged("post_install", "-at_install")
class TestConsignmentAccess(ConsignmentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lot, cls.agreement = cls._consigned_lot(
            terms="net", net_amount=2500.0, min_price=3000.0
        )
        cls.other_lot, cls.other_agreement = cls._consigned_lot(cls.other_consignor)
        cls.portal_consignor = new_test_user(
            cls.env,
            login="art_cs_portal",
            groups="base.group_portal",
            partner_id=cls.consignor.id,
        )

    def test_sales_reads_the_agreement_but_not_the_consignor_amounts(self):
        line = self.agreement.line_ids.with_user(self.sales_user)
        self.assertEqual(line.read(["lot_id", "min_price"])[0]["min_price"], 3000.0)
        with self.assertRaises(AccessError):
            line.read(["net_amount"])
        with self.assertRaises(AccessError):
            line.read(["commission_percent"])
        with self.assertRaises(AccessError):
            self.lot.with_user(self.sales_user).read(["art_studio_price"])
        self.assertEqual(
            self.agreement.line_ids.with_user(self.finance).read(["net_amount"])[0][
                "net_amount"
            ],
            2500.0,
        )
        with self.assertRaises(AccessError):
            self.env["art.consignment.agreement"].with_user(self.sales_user).create(
                {
                    "partner_id": self.consignor.id,
                    "date_end": fields.Date.today(),
                }
            )
        agreement = (
            self.env["art.consignment.agreement"]
            .with_user(self.finance)
            .create({"partner_id": self.consignor.id, "date_end": fields.Date.today()})
        )
        self.assertEqual(agreement.state, "draft")
        with self.assertRaises(AccessError):
            self.env["art.consignment.statement.wizard"].with_user(
                self.sales_user
            ).create({})

    def test_portal_consignor_sees_only_their_own(self):
        Agreement = self.env["art.consignment.agreement"].with_user(
            self.portal_consignor
        )
        self.assertEqual(Agreement.search([]), self.agreement)
        with self.assertRaises(AccessError):
            self.other_agreement.with_user(self.portal_consignor).read(["name"])
        Line = self.env["art.consignment.line"].with_user(self.portal_consignor)
        self.assertEqual(Line.search([]).lot_id, self.lot)
        with self.assertRaises(AccessError):
            self.other_agreement.line_ids.with_user(self.portal_consignor).read(
                ["lot_id"]
            )
        with self.assertRaises(AccessError):
            Agreement.create(
                {"partner_id": self.consignor.id, "date_end": fields.Date.today()}
            )


@tagged("post_install", "-at_install")
class TestConsignmentBadInput(ConsignmentCase):
    def _count(self):
        return self.env["art.consignment.agreement"].search_count([])

    def test_end_before_start(self):
        before = self._count()
        today = fields.Date.today()
        with self.assertRaises(ValidationError) as error:
            self._agreement(
                date_start=today,
                date_end=today - timedelta(days=1),
                activate=False,
            )
        self.assertIn("ends before it starts", str(error.exception))
        self.assertEqual(self._count(), before)

    def test_commission_and_amounts_out_of_range(self):
        lot = self._new_lot("BAD")
        cases = [
            ({"commission_percent": 120.0}, "between 0 and 100"),
            ({"commission_percent": -5.0}, "between 0 and 100"),
            ({"terms": "net", "net_amount": -10.0}, "agreed net cannot be negative"),
            ({"min_price": -1.0}, "minimum price cannot be negative"),
        ]
        before = self._count()
        for values, message in cases:
            with self.subTest(values=values):
                with self.assertRaises(ValidationError) as error:
                    self._agreement(lines=[dict({"lot_id": lot.id}, **values)])
                self.assertIn(message, str(error.exception))
                self.assertEqual(self._count(), before)

    def test_one_work_on_two_running_agreements(self):
        lot, first = self._consigned_lot()
        second = self._agreement(lines=[{"lot_id": lot.id}], activate=False)
        with self.assertRaises(ValidationError) as error:
            second.action_activate()
        self.assertIn("already consigned", str(error.exception))
        self.assertEqual(second.state, "draft")
        self.assertEqual(lot.art_owner_id, self.consignor)
        # Once the first agreement's work went back, the second may start.
        first.line_ids.state = "returned"
        second.action_activate()
        self.assertEqual(second.state, "active")

    def test_an_agreement_needs_works_to_start(self):
        agreement = self._agreement(activate=False)
        with self.assertRaisesRegex(UserError, "has no works"):
            agreement.action_activate()
        self.assertEqual(agreement.state, "draft")


@tagged("post_install", "-at_install")
class TestConsignmentLifecycle(ConsignmentCase):
    def test_expiry_reminder_once_for_agreements_close_to_their_end(self):
        self.company.art_consignment_reminder_days = 30
        today = fields.Date.today()
        soon = self._agreement(
            lines=[{"lot_id": self._new_lot("EXP").id}],
            date_end=today + timedelta(days=10),
            user_id=self.finance.id,
        )
        later = self._agreement(
            lines=[{"lot_id": self._new_lot("EXP").id}],
            date_end=today + timedelta(days=90),
            user_id=self.finance.id,
        )
        Agreement = self.env["art.consignment.agreement"]
        Agreement._cron_art_expiry_reminders()
        Agreement._cron_art_expiry_reminders()
        self.assertEqual(len(soon.activity_ids), 1)
        self.assertEqual(soon.activity_ids.user_id, self.finance)
        self.assertEqual(soon.activity_ids.date_deadline, soon.date_end)
        self.assertFalse(later.activity_ids)
        # Turned off: no reminder.
        self.company.art_consignment_reminder_days = 0
        later.date_end = today + timedelta(days=1)
        Agreement._cron_art_expiry_reminders()
        self.assertFalse(later.activity_ids)
        with self.assertRaises(ValidationError):
            self.company.art_consignment_reminder_days = -1

    def test_receive_then_return_unsold_work_to_consignor(self):
        lot, agreement = self._consigned_lot(in_stock=False)
        action = agreement.with_user(self.warehouse_user).action_receive_works()
        receipt = self.env["stock.picking"].browse(action["res_id"])
        self.assertEqual(receipt.owner_id, self.consignor)
        self.assertEqual(receipt.move_line_ids.lot_id, lot)
        receipt.move_ids.picked = True
        receipt.button_validate()
        quant = self.env["stock.quant"].search(
            [("lot_id", "=", lot.id), ("location_id", "=", self.stock_location.id)]
        )
        self.assertEqual(quant.quantity, 1.0)
        self.assertEqual(quant.owner_id, self.consignor, "Odoo's stock ownership")
        with self.assertRaisesRegex(UserError, "in stock"):
            agreement.action_receive_works()
        # Unsold: back to the consignor, which ends the line and the agreement.
        line = agreement.line_ids
        picking = line.with_user(self.warehouse_user).action_return_to_consignor()
        self.assertEqual(picking.partner_id, self.consignor)
        self.assertEqual(picking.state, "assigned")
        self.assertEqual(picking.move_line_ids.owner_id, self.consignor)
        with self.assertRaisesRegex(UserError, "already on its way back"):
            line.action_return_to_consignor()
        picking.move_ids.picked = True
        picking.button_validate()
        self.assertEqual(line.state, "returned")
        self.assertEqual(agreement.state, "closed")
        self.assertFalse(
            self.env["stock.quant"].search(
                [
                    ("lot_id", "=", lot.id),
                    ("location_id.usage", "=", "internal"),
                    ("quantity", ">", 0),
                ]
            )
        )
        with self.assertRaisesRegex(UserError, "still on consignment"):
            line.action_return_to_consignor()
