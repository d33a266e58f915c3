# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Artwork records: every constraint refuses bad input and writes nothing."""

import base64
from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .test_artwork_common import PNG_1PX, ArtworkCase


@tagged("post_install", "-at_install")
class TestArtworkCatalogue(ArtworkCase):
    def test_artwork_is_a_serial_tracked_storable_product(self):
        self.assertEqual(self.painting.type, "consu")
        self.assertTrue(self.painting.is_storable)
        self.assertEqual(self.painting.tracking, "serial")
        # Flagging an existing product forces the same.
        product = self.env["product.template"].create(
            {"name": "Plain frame", "list_price": 10.0}
        )
        self.assertEqual(product.tracking, "none")
        product.write(
            {
                "is_artwork": True,
                "art_category": "craft",
                "art_height": 10,
                "art_width": 10,
            }
        )
        self.assertEqual(product.tracking, "serial")
        self.assertTrue(product.is_storable)
        with self.assertRefused(UserError, "one\\s+serial number per work"):
            self.painting.tracking = "lot"
        self.assertEqual(self.painting.tracking, "serial")

    def test_plain_products_are_untouched(self):
        product = self.env["product.template"].create(
            {"name": "Gift card", "type": "service", "list_price": 0}
        )
        self.assertFalse(product.is_artwork)
        self.assertEqual(product.type, "service")

    def test_dimensions_must_be_positive(self):
        for values in (
            {"art_height": 0},
            {"art_width": -5},
            {"art_depth": -1},
            {"weight": -2},
        ):
            with self.subTest(values=values), self.assertRaises(ValidationError):
                self._create_artwork("Bad size", "painting", **values)
        self.assertFalse(
            self.env["product.template"].search([("name", "=", "Bad size")])
        )
        with self.assertRefused(ValidationError, "height and width"):
            self.painting.art_height = 0
        self.assertEqual(self.painting.art_height, 60.0)

    def test_year_not_in_future_and_range_ordered(self):
        next_year = fields.Date.today().year + 2
        with self.assertRefused(ValidationError, "future"):
            self._create_artwork("Future work", "painting", art_year=next_year)
        with self.assertRefused(ValidationError, "ends before it starts"):
            self._create_artwork(
                "Backwards", "painting", art_year=2000, art_year_end=1990
            )
        work = self._create_artwork(
            "Range", "painting", art_year=1990, art_year_end=1995, art_year_circa=True
        )
        self.assertEqual(work.art_year_display, "c. 1990–1995")
        self.assertEqual(work.art_dimensions, "60 × 45 cm")

    def test_edition_needs_a_size(self):
        with self.assertRefused(ValidationError, "give the number of copies"):
            self._create_artwork("Edition", "print", art_edition_type="edition")
        with self.assertRaises(ValidationError):
            self._create_artwork(
                "Edition",
                "print",
                art_edition_type="edition",
                art_edition_size=5,
                art_artist_proofs=-1,
            )

    def test_appraisal_required_defaults(self):
        self.company.art_appraisal_threshold = 100000
        antique = self._create_artwork("Vase", "antique", list_price=100)
        self.assertTrue(antique.art_appraisal_required)
        self.assertFalse(self.painting.art_appraisal_required)
        self.painting.list_price = 150000
        self.assertTrue(self.painting.art_appraisal_required)
        self.assertEqual(self.painting.art_value_band, "100k_1m")
        # Can still be overridden by hand.
        self.painting.art_appraisal_required = False
        self.assertFalse(self.painting.art_appraisal_required)
        # Zero threshold: only antiques.
        self.company.art_appraisal_threshold = 0
        work = self._create_artwork("Cheap", "painting", list_price=1e7)
        self.assertFalse(work.art_appraisal_required)
        with self.assertRaises(ValidationError):
            self.company.art_appraisal_threshold = -1

    def test_artist_years(self):
        with self.assertRefused(ValidationError, "before being born"):
            self.artist.art_death_year = 1940
        with self.assertRefused(ValidationError, "future"):
            self.artist.art_birth_year = fields.Date.today().year + 3
        self.assertEqual(self.artist.art_birth_year, 1950)

    def test_availability_and_artist_counts(self):
        lot = self._create_lot(self.painting, "AV-1")
        self.assertEqual(self.painting.art_availability, "unavailable")
        self._put_in_stock(lot)
        self.env.invalidate_all()
        self.assertEqual(self.painting.art_availability, "available")
        templates = self.env["product.template"].search(
            [
                ("art_availability", "=", "available"),
                ("art_artist_id", "=", self.artist.id),
            ]
        )
        self.assertEqual(templates, self.painting)
        self.artist.invalidate_recordset()
        self.assertEqual(self.artist.art_artwork_count, 2)
        self.assertEqual(self.artist.art_artwork_available_count, 1)
        self.assertEqual(self.artist.art_artwork_sold_count, 0)


@tagged("post_install", "-at_install")
class TestArtworkSerials(ArtworkCase):
    def test_unique_work_has_exactly_one_serial(self):
        lot = self._create_lot(self.painting, "U-1")
        self.assertEqual(lot.art_edition_label, "Unique")
        with self.assertRefused(ValidationError, "unique work"):
            self._create_lot(self.painting, "U-2")
        self.assertEqual(self.painting.art_lot_count, 1)
        with self.assertRefused(ValidationError, "no edition number"):
            lot.art_edition_number = 3

    def test_edition_numbers(self):
        first = self._create_lot(self.edition, "E-1", art_edition_number=1)
        self.assertEqual(first.art_edition_label, "1/10")
        proof = self._create_lot(
            self.edition, "E-AP1", art_edition_number=1, art_is_artist_proof=True
        )
        self.assertEqual(proof.art_edition_label, "AP 1/2")
        with self.assertRefused(ValidationError, "between 1 and 10"):
            self._create_lot(self.edition, "E-11", art_edition_number=11)
        with self.assertRefused(ValidationError, "between 1 and 10"):
            self._create_lot(self.edition, "E-0")
        with self.assertRefused(ValidationError, "between 1 and 2"):
            self._create_lot(
                self.edition, "E-AP3", art_edition_number=3, art_is_artist_proof=True
            )
        with self.assertRefused(ValidationError, "already\\s+serial E-1"):
            self._create_lot(self.edition, "E-1bis", art_edition_number=1)
        self.assertEqual(self.edition.art_lot_count, 2)
        # Shrinking the edition below an existing number is refused too.
        self._create_lot(self.edition, "E-7", art_edition_number=7)
        with self.assertRefused(ValidationError, "between 1 and 5"):
            self.edition.art_edition_size = 5
        self.assertEqual(self.edition.art_edition_size, 10)


@tagged("post_install", "-at_install")
class TestArtworkLife(ArtworkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lot = cls._create_lot(cls.painting, "LIFE-1")
        # Today as the test user's time zone sees it, and a date that is in
        # the future in every time zone.
        cls.today = fields.Date.context_today(cls.lot)
        cls.future = fields.Date.today() + timedelta(days=3)

    def test_purchase_price_and_date(self):
        lot = self.lot
        with self.assertRefused(ValidationError, "cannot be negative"):
            lot.art_purchase_price = -1.0
        self.assertEqual(lot.art_purchase_price, 0.0)
        future = fields.Date.add(fields.Date.today(), days=3)
        with self.assertRefused(ValidationError, "in the future"):
            lot.art_purchase_date = future
        self.assertFalse(lot.art_purchase_date)
        lot.write({"art_purchase_price": 800.0, "art_purchase_date": "2019-03-02"})
        self.assertEqual(lot.art_purchase_currency_id, self.env.company.currency_id)

    def test_provenance_dates(self):
        Provenance = self.env["art.provenance"]
        vals = {"lot_id": self.lot.id, "partner_id": self.customer.id}
        with self.assertRefused(ValidationError, "future"):
            Provenance.create(dict(vals, date_from=self.future))
        with self.assertRefused(ValidationError, "end before it starts"):
            Provenance.create(dict(vals, date_from="2020-01-01", date_to="2019-01-01"))
        self.assertFalse(self.lot.art_provenance_ids)
        first = Provenance.create(
            dict(vals, date_from="2001-01-01", acquisition_method="commission")
        )
        second = Provenance.create(
            dict(vals, partner_id=self.artist.id, date_from="2010-01-01", sequence=20)
        )
        self.assertEqual(self.lot.art_provenance_ids, first | second)
        self.assertTrue(second.is_current)
        self.assertEqual(second.owner_label, self.artist.name)
        self.assertEqual(first.owner_label, "Private collection")

    def test_certificate_number_state_and_reissue(self):
        Certificate = self.env["art.certificate"]
        certificate = Certificate.create({"lot_id": self.lot.id})
        self.assertTrue(certificate.name.startswith("COA/"))
        self.assertEqual(certificate.state, "valid")
        self.assertEqual(len(certificate.access_token), 36)
        self.assertIn(
            f"/art/certificate/{certificate.access_token}",
            certificate.verification_url,
        )
        other_lot = self._create_lot(self.edition, "LIFE-E1", art_edition_number=1)
        with self.assertRefused(ValidationError, "already used"):
            Certificate.create({"lot_id": other_lot.id, "name": certificate.name})
        self.assertFalse(Certificate.search([("lot_id", "=", other_lot.id)]))
        with self.assertRefused(ValidationError, "already has a valid"):
            Certificate.create({"lot_id": self.lot.id})
        with self.assertRefused(ValidationError, "future"):
            Certificate.create({"lot_id": other_lot.id, "issue_date": self.future})
        action = certificate.action_reissue()
        replacement = Certificate.browse(action["res_id"])
        self.assertEqual(certificate.state, "reissued")
        self.assertEqual(certificate.replacement_id, replacement)
        self.assertEqual(replacement.state, "valid")
        self.assertNotEqual(replacement.name, certificate.name)
        self.assertNotEqual(replacement.access_token, certificate.access_token)
        replacement.action_void()
        self.assertEqual(replacement.state, "void")
        with self.assertRefused(UserError, "Only a valid certificate"):
            replacement.action_void()
        self.assertEqual(self.lot.art_certificate_count, 2)

    def test_condition_report_date_and_checklist(self):
        Report = self.env["art.condition.report"]
        with self.assertRefused(ValidationError, "future"):
            Report.create({"lot_id": self.lot.id, "grade": "good", "date": self.future})
        report = Report.create({"lot_id": self.lot.id, "grade": "good"})
        self.assertTrue(report.name.startswith("CR/"))
        self.assertEqual(
            report.line_ids.mapped("area"), ["surface", "frame", "support", "glazing"]
        )
        self.assertEqual(report.inspector_id, self.env.user)
        self.assertEqual(report.context, "intake")

    def _attachment(self, name, raw):
        return self.env["ir.attachment"].create(
            {"name": name, "datas": base64.b64encode(raw)}
        )

    def test_condition_report_photos(self):
        Report = self.env["art.condition.report"]
        photo = self._attachment("front.png", PNG_1PX)
        report = Report.create(
            {"lot_id": self.lot.id, "grade": "good", "photo_ids": [(6, 0, photo.ids)]}
        )
        self.assertEqual(report.photo_ids, photo)
        document = self._attachment("notes.pdf", b"%PDF-1.4 not a photo")
        with self.assertRefused(ValidationError, "not a photo"):
            report.photo_ids = [(4, document.id)]
        self.assertEqual(report.photo_ids, photo)
        with self.assertRefused(ValidationError, "not a photo"):
            Report.create(
                {
                    "lot_id": self.lot.id,
                    "grade": "fair",
                    "photo_ids": [(6, 0, document.ids)],
                }
            )
        self.assertEqual(Report.search_count([("lot_id", "=", self.lot.id)]), 1)
        self.company.art_photo_max_size_mb = 1
        big = self._attachment("big.png", PNG_1PX + b"\0" * (1024 * 1024 + 10))
        with self.assertRefused(ValidationError, "too large.*1 MB"):
            report.photo_ids = [(4, big.id)]
        with self.assertRaises(ValidationError):
            self.company.art_photo_max_size_mb = 0

    def test_compare_two_reports(self):
        Report = self.env["art.condition.report"]
        before = Report.create(
            {"lot_id": self.lot.id, "grade": "excellent", "date": "2024-01-01"}
        )
        after = Report.create(
            {"lot_id": self.lot.id, "grade": "fair", "context": "return"}
        )
        after.line_ids.filtered(lambda line: line.area == "frame").write(
            {"status": "issue", "note": "Corner chipped"}
        )
        action = after.action_compare()
        self.assertEqual(action["context"]["default_report_a_id"], before.id)
        wizard = (
            self.env[action["res_model"]].with_context(**action["context"]).create({})
        )
        self.assertTrue(wizard.grade_changed)
        changed = wizard.difference_ids.filtered("changed")
        self.assertEqual(changed.mapped("area"), ["frame"])
        self.assertEqual(changed.b_note, "Corner chipped")
        # The comparison form, as the web client opens it.
        form = Form(self.env[action["res_model"]].with_context(**action["context"]))
        self.assertEqual(form.a_grade, "excellent")
        self.assertEqual(form.b_grade, "fair")
        self.assertTrue(form.grade_changed)
        self.assertEqual(len(form.difference_ids), 4)
        other = Report.create(
            {
                "lot_id": self._create_lot(
                    self.edition, "CMP-1", art_edition_number=2
                ).id,
                "grade": "good",
            }
        )
        with self.assertRefused(ValidationError, "same work"):
            self.env[action["res_model"]].create(
                {"report_a_id": before.id, "report_b_id": other.id}
            )

    def test_appraisal_constraints(self):
        Appraisal = self.env["art.appraisal"]
        vals = {"lot_id": self.lot.id, "value": 1000.0}
        with self.assertRefused(ValidationError, "greater than\\s+zero"):
            Appraisal.create(dict(vals, value=0))
        with self.assertRefused(ValidationError, "greater than\\s+zero"):
            Appraisal.create(dict(vals, value=-10))
        with self.assertRefused(ValidationError, "currency"):
            Appraisal.create(dict(vals, currency_id=False))
        with self.assertRefused(ValidationError, "future"):
            Appraisal.create(dict(vals, date=self.future))
        with self.assertRefused(ValidationError, "expire before"):
            Appraisal.create(dict(vals, validity_date="2000-01-01"))
        with self.assertRefused(ValidationError, "name the appraiser"):
            Appraisal.create(dict(vals, appraiser_user_id=False))
        self.assertFalse(Appraisal.search([("lot_id", "=", self.lot.id)]))
        appraisal = Appraisal.create(vals)
        with self.assertRefused(ValidationError, "currency"):
            appraisal.currency_id = False
        self.assertEqual(appraisal.currency_id, self.company.currency_id)

    def test_insured_value_from_latest_valid_appraisal(self):
        Appraisal = self.env["art.appraisal"]
        self.assertFalse(self.lot.art_has_valid_appraisal)
        old = Appraisal.create(
            {"lot_id": self.lot.id, "value": 1000.0, "date": "2020-01-01"}
        )
        old.action_done()
        self.assertTrue(self.lot.art_has_valid_appraisal)
        self.assertEqual(self.lot.art_insured_value, 1000.0)
        newer = Appraisal.create(
            {"lot_id": self.lot.id, "value": 3000.0, "date": "2023-01-01"}
        )
        self.assertEqual(self.lot.art_insured_value, 1000.0, "drafts do not count")
        newer.action_done()
        self.assertEqual(self.lot.art_insured_value, 3000.0)
        newer.action_cancel()
        self.assertEqual(self.lot.art_insured_value, 1000.0)
        old.validity_date = "2021-01-01"
        self.assertFalse(self.lot.art_has_valid_appraisal)
        self.assertEqual(self.lot.art_insured_value, 0.0)

    def test_cron_expires_appraisals(self):
        appraisal = self.env["art.appraisal"].create(
            {
                "lot_id": self.lot.id,
                "value": 500.0,
                "date": self.today,
                "validity_date": self.today,
            }
        )
        appraisal.action_done()
        self.assertTrue(self.lot.art_has_valid_appraisal)
        expired = self.env["stock.lot"]._cron_art_expire_appraisals()
        self.assertFalse(expired, "still valid today")
        with freeze_time(self.today + timedelta(days=1)):
            expired = self.env["stock.lot"]._cron_art_expire_appraisals()
            self.assertEqual(expired, self.lot)
            self.assertFalse(self.lot.art_has_valid_appraisal)
            self.assertEqual(self.lot.art_insured_value, 0.0)
