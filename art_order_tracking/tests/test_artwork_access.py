# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who may see and do what on the artwork records; confidential fields."""

from ast import literal_eval

from odoo.exceptions import AccessError
from odoo.tests import Form, tagged

from .test_artwork_common import ArtworkCase

CONFIDENTIAL_ROLES = ("manager", "finance", "expert")
OTHER_ROLES = ("sales", "warehouse", "logistics", "aftersales")


@tagged("post_install", "-at_install")
class TestArtworkAccess(ArtworkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._create_users()
        cls.lot = cls._create_lot(cls.painting, "ACC-1")
        cls.painting.standard_price = 1234.0
        cls.provenance = cls.env["art.provenance"].create(
            {
                "lot_id": cls.lot.id,
                "partner_id": cls.customer.id,
                "date_from": "2001-01-01",
            }
        )
        cls.certificate = cls.env["art.certificate"].create({"lot_id": cls.lot.id})
        cls.report = cls.env["art.condition.report"].create(
            {"lot_id": cls.lot.id, "grade": "good"}
        )
        cls.appraisal = cls.env["art.appraisal"].create(
            {"lot_id": cls.lot.id, "value": 9000.0}
        )
        cls.appraisal.action_done()

    def _env(self, role):
        user = self.portal_user if role == "portal" else self.users[role]
        return self.env(user=user)

    def assertAccess(self, role, model, operations, allowed=True):
        for operation in operations:
            with self.subTest(role=role, model=model, operation=operation):
                records = self._env(role)[model]
                if allowed:
                    self.assertTrue(records.has_access(operation))
                else:
                    with self.assertRaises(AccessError):
                        records.check_access(operation)

    def test_model_access_matrix(self):
        expected = {
            # model: {role: allowed operations}
            "art.provenance": {
                "sales": "r",
                "warehouse": "r",
                "logistics": "r",
                "aftersales": "r",
                "finance": "rwc",
                "expert": "rwc",
                "manager": "rwcu",
                "portal": "",
            },
            "art.certificate": {
                "sales": "rwc",
                "warehouse": "r",
                "logistics": "r",
                "aftersales": "r",
                "finance": "r",
                "expert": "rwc",
                "manager": "rwcu",
                "portal": "r",
            },
            "art.condition.report": {
                "sales": "rwc",
                "warehouse": "rwc",
                "logistics": "rwc",
                "aftersales": "rwc",
                "finance": "r",
                "expert": "rwc",
                "manager": "rwcu",
                "portal": "r",
            },
            "art.condition.report.line": {
                "sales": "rwcu",
                "warehouse": "rwcu",
                "finance": "r",
                "manager": "rwcu",
                "portal": "r",
            },
            "art.appraisal": {
                "sales": "",
                "warehouse": "",
                "logistics": "",
                "aftersales": "",
                "finance": "r",
                "expert": "rwc",
                "manager": "rwcu",
                "portal": "",
            },
            "art.condition.report.compare": {
                "sales": "rwcu",
                "warehouse": "rwcu",
                "portal": "",
            },
        }
        names = {"r": "read", "w": "write", "c": "create", "u": "unlink"}
        for model, roles in expected.items():
            for role, allowed in roles.items():
                self.assertAccess(role, model, [names[c] for c in allowed])
                self.assertAccess(
                    role,
                    model,
                    [names[c] for c in "rwcu" if c not in allowed],
                    allowed=False,
                )

    def test_confidential_values(self):
        for role in CONFIDENTIAL_ROLES:
            env = self._env(role)
            with self.subTest(role=role):
                lot = env["stock.lot"].browse(self.lot.id)
                values = lot.read(["art_insured_value", "art_has_valid_appraisal"])[0]
                self.assertEqual(values["art_insured_value"], 9000.0)
                line = env["art.provenance"].browse(self.provenance.id)
                self.assertEqual(
                    line.read(["partner_id"])[0]["partner_id"][0], self.customer.id
                )
        for role in OTHER_ROLES:
            env = self._env(role)
            with self.subTest(role=role):
                lot = env["stock.lot"].browse(self.lot.id)
                # Sales and the others see that a valid appraisal exists...
                self.assertTrue(
                    lot.read(["art_has_valid_appraisal"])[0]["art_has_valid_appraisal"]
                )
                # ... but never its value, nor the appraisals themselves.
                with self.assertRaises(AccessError):
                    lot.read(["art_insured_value"])
                with self.assertRaises(AccessError):
                    lot.read(["art_appraisal_ids"])
                with self.assertRaises(AccessError):
                    env["art.appraisal"].browse(self.appraisal.id).read(["value"])
                # Previous owners are hidden; the chain itself is visible.
                line = env["art.provenance"].browse(self.provenance.id)
                with self.assertRaises(AccessError):
                    line.read(["partner_id"])
                self.assertEqual(
                    line.read(["owner_label"])[0]["owner_label"], self.customer.name
                )

    def test_purchase_price_is_confidential(self):
        self.lot.write(
            {"art_purchase_price": 5000.0, "art_purchase_date": "2020-05-01"}
        )
        for role in CONFIDENTIAL_ROLES:
            with self.subTest(role=role):
                lot = self._env(role)["stock.lot"].browse(self.lot.id)
                values = lot.read(["art_purchase_price", "art_purchase_date"])[0]
                self.assertEqual(values["art_purchase_price"], 5000.0)
        # The Manager records it; Finance corrects it.
        self._env("manager")["stock.lot"].browse(self.lot.id).art_purchase_price = 5100
        self.assertEqual(self.lot.art_purchase_price, 5100.0)
        for role in (*OTHER_ROLES, "portal"):
            with self.subTest(role=role):
                lot = self._env(role)["stock.lot"].browse(self.lot.id)
                with self.assertRaises(AccessError):
                    lot.read(["art_purchase_price"])
                with self.assertRaises(AccessError):
                    lot.search_read([("art_purchase_price", ">", 0)], ["name"], limit=1)
        self.assertEqual(self.lot.art_purchase_price, 5100.0)

    def test_artwork_cost_hidden_from_other_roles(self):
        """Odoo's product cost of an artwork is what the gallery paid: the
        product form and list hide it from the roles that may not know it,
        while plain products keep their cost column as in plain Odoo."""
        plain = self.env["product.template"].create(
            {"name": "Frame wire", "standard_price": 3.0}
        )
        for role in OTHER_ROLES:
            with self.subTest(role=role):
                env = self._env(role)
                self.assertTrue(
                    env["product.template"].browse(self.painting.id).art_cost_hidden
                )
                self.assertFalse(
                    env["product.template"].browse(plain.id).art_cost_hidden
                )
                self.assertTrue(env["stock.lot"].browse(self.lot.id).art_cost_hidden)
        for role in CONFIDENTIAL_ROLES:
            with self.subTest(role=role):
                self.assertFalse(
                    self._env(role)["product.template"]
                    .browse(self.painting.id)
                    .art_cost_hidden
                )
        # The form's cost is invisible for Sales on an artwork (Form refuses
        # to write an invisible field), visible for the Manager.
        form = Form(self.painting.with_user(self.users["sales"]))
        with self.assertRaises(AssertionError):
            form.standard_price = 1.0
        form = Form(self.painting.with_user(self.users["manager"]))
        form.standard_price = 1300.0
        form.save()
        self.assertEqual(self.painting.standard_price, 1300.0)

    def test_restricted_fields_drop_out_of_the_views(self):
        """The product and serial forms still open for Sales, without the
        confidential fields."""
        sales_env = self._env("sales")
        for model, view in (
            ("product.template", "product.product_template_only_form_view"),
            ("stock.lot", "stock.view_production_lot_form"),
        ):
            arch = sales_env[model].get_views([(self.env.ref(view).id, "form")])[
                "views"
            ]["form"]["arch"]
            self.assertNotIn('name="art_insured_value"', arch)
        arch = self.env["stock.lot"].get_views(
            [(self.env.ref("stock.view_production_lot_form").id, "form")]
        )["views"]["form"]["arch"]
        self.assertIn('name="art_insured_value"', arch)

    def test_sales_catalogues_a_work(self):
        env = self._env("sales")
        artist = self.artist
        work = env["product.template"].create(
            {
                "name": "New Work",
                "is_artwork": True,
                "art_artist_id": artist.id,
                "art_category": "painting",
                "art_height": 10,
                "art_width": 10,
            }
        )
        lot = env["stock.lot"].create(
            {"name": "NEW-1", "product_id": work.product_variant_id.id}
        )
        report = env["art.condition.report"].create(
            {"lot_id": lot.id, "grade": "excellent"}
        )
        self.assertEqual(report.inspector_id, self.users["sales"])
        with self.assertRaises(AccessError):
            env["art.appraisal"].create({"lot_id": lot.id, "value": 10.0})
        with self.assertRaises(AccessError):
            work.unlink()

    def test_expert_appraises(self):
        env = self._env("expert")
        appraisal = env["art.appraisal"].create(
            {"lot_id": self.lot.id, "value": 12000.0}
        )
        appraisal.action_done()
        self.assertEqual(
            env["stock.lot"].browse(self.lot.id).art_insured_value, 12000.0
        )
        with self.assertRaises(AccessError):
            env["art.appraisal"].create({"lot_id": self.lot.id, "value": 1.0}).unlink()

    def test_portal_sees_only_works_received(self):
        env = self._env("portal")
        Certificate = env["art.certificate"]
        Report = env["art.condition.report"]
        self.assertFalse(Certificate.search([]))
        self.assertFalse(Report.search([]))
        with self.assertRaises(AccessError):
            Certificate.browse(self.certificate.id).read(["name"])
        # Delivered to the portal user's company: now visible, read-only.
        self.lot.art_recipient_partner_ids = self.portal_user.commercial_partner_id
        self.assertEqual(Certificate.search([]), self.certificate)
        self.assertEqual(Report.search([]), self.report)
        self.assertEqual(
            env["art.condition.report.line"].search([]), self.report.line_ids
        )
        self.assertEqual(
            Certificate.browse(self.certificate.id).read(["name"])[0]["name"],
            self.certificate.name,
        )
        with self.assertRaises(AccessError):
            Certificate.browse(self.certificate.id).write({"note": "mine"})
        # Another customer's work stays hidden.
        other_lot = self._create_lot(self.edition, "ACC-E1", art_edition_number=1)
        self.env["art.certificate"].create({"lot_id": other_lot.id})
        self.assertEqual(Certificate.search([]), self.certificate)
        with self.assertRaises(AccessError):
            env["art.appraisal"].search([])
        with self.assertRaises(AccessError):
            env["art.provenance"].search([])

    def test_catalogue_views_load_for_each_role(self):
        """Every catalogue action opens for the roles that see its menu."""
        actions = {
            "art_order_tracking.product_template_action_artwork": OTHER_ROLES
            + CONFIDENTIAL_ROLES,
            "art_order_tracking.res_partner_action_artist": OTHER_ROLES
            + CONFIDENTIAL_ROLES,
            "art_order_tracking.stock_lot_action_artwork": OTHER_ROLES
            + CONFIDENTIAL_ROLES,
            "art_order_tracking.art_certificate_action": OTHER_ROLES
            + CONFIDENTIAL_ROLES,
            "art_order_tracking.art_condition_report_action": OTHER_ROLES
            + CONFIDENTIAL_ROLES,
            "art_order_tracking.art_appraisal_action": CONFIDENTIAL_ROLES,
        }
        for xmlid, roles in actions.items():
            action = self.env.ref(xmlid)
            views = [(view.id, view.view_mode) for view in action.view_ids] or [
                (False, mode) for mode in action.view_mode.split(",")
            ]
            views.append((action.search_view_id.id, "search"))
            for role in roles:
                with self.subTest(action=xmlid, role=role):
                    env = self._env(role)
                    result = env[action.res_model].get_views(views)
                    self.assertTrue(result["views"])
                    records = env[action.res_model].web_search_read(
                        literal_eval(action.domain or "[]"),
                        {"display_name": {}},
                        limit=5,
                    )
                    self.assertTrue(records["length"], "the set-up made one")
        menu = self.env.ref("art_order_tracking.art_appraisal_menu")
        self.assertIn(
            menu.id,
            self.env["ir.ui.menu"].with_user(self.users["expert"])._visible_menu_ids(),
        )
        self.assertNotIn(
            menu.id,
            self.env["ir.ui.menu"].with_user(self.users["sales"])._visible_menu_ids(),
        )
