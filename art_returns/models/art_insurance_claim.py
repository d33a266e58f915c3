# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# Set by the claim's actions, which book the accounting entries with them.
ART_GUARDED_FIELDS = {"state", "recovered_amount", "move_ids"}


class ArtInsuranceClaim(models.Model):
    """Insurance claim for a work damaged in transit.

    Accepting the claim books what the insurer owes (insurer receivable
    against the insurance recovery account); recording the recovered amount
    books the insurer's payment."""

    _name = "art.insurance.claim"
    _description = "Artwork Insurance Claim"
    _inherit = ("mail.thread", "mail.activity.mixin", "art.guard.mixin")
    _art_guarded_fields = ART_GUARDED_FIELDS
    _order = "id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference",
        required=True,
        copy=False,
        readonly=True,
        default=lambda self: self.env._("New"),
    )
    rma_id = fields.Many2one(
        "rma", string="Return", index=True, check_company=True, tracking=True
    )
    lot_id = fields.Many2one(
        "stock.lot",
        string="Work",
        compute="_compute_lot_id",
        store=True,
        readonly=False,
        check_company=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    carrier_id = fields.Many2one("delivery.carrier", tracking=True)
    insurer_id = fields.Many2one("res.partner", tracking=True)
    policy_ref = fields.Char(string="Policy Reference", tracking=True)
    currency_id = fields.Many2one(
        "res.currency",
        required=True,
        default=lambda self: self.env.company.currency_id,
    )
    declared_value = fields.Monetary(tracking=True)
    claimed_amount = fields.Monetary(tracking=True)
    recovered_amount = fields.Monetary(tracking=True, readonly=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("accepted", "Accepted"),
            ("rejected", "Rejected"),
            ("paid", "Paid"),
        ],
        required=True,
        default="draft",
        tracking=True,
        copy=False,
    )
    move_ids = fields.Many2many(
        "account.move",
        "art_insurance_claim_move_rel",
        "claim_id",
        "move_id",
        string="Journal Entries",
        readonly=True,
        copy=False,
    )
    note = fields.Text()

    @api.depends("rma_id.art_lot_id")
    def _compute_lot_id(self):
        for claim in self:
            if claim.rma_id:
                claim.lot_id = claim.rma_id.art_lot_id

    @api.constrains("declared_value", "claimed_amount", "recovered_amount")
    def _check_amounts(self):
        for claim in self:
            if (
                min(claim.declared_value, claim.claimed_amount, claim.recovered_amount)
                < 0
            ):
                raise ValidationError(
                    self.env._("Claim %s: amounts cannot be negative.", claim.name)
                )
            if claim.declared_value and claim.claimed_amount > claim.declared_value:
                raise ValidationError(
                    self.env._(
                        "Claim %s: the claimed amount cannot exceed the declared"
                        " value.",
                        claim.name,
                    )
                )
            if claim.recovered_amount > claim.claimed_amount:
                raise ValidationError(
                    self.env._(
                        "Claim %s: the recovered amount cannot exceed the claimed"
                        " amount.",
                        claim.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("name") or vals["name"] == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code(
                    "art.insurance.claim"
                ) or self.env._("New")
        return super().create(vals_list)

    def _check_state(self, allowed, action):
        for claim in self:
            if claim.state not in allowed:
                raise UserError(
                    self.env._(
                        "Claim %(claim)s cannot be %(action)s in its current state.",
                        claim=claim.name,
                        action=action,
                    )
                )

    def action_submit(self):
        self._check_state(("draft",), self.env._("submitted"))
        for claim in self:
            if not (claim.insurer_id and claim.policy_ref and claim.claimed_amount):
                raise UserError(
                    self.env._(
                        "Claim %s: name the insurer, the policy reference and the"
                        " claimed amount before submitting.",
                        claim.name,
                    )
                )
        self.check_access("write")
        self.sudo().write({"state": "submitted"})
        return True

    def action_accept(self):
        self._check_state(("submitted",), self.env._("accepted"))
        self.check_access("write")
        for claim in self:
            claim.sudo().move_ids = [
                fields.Command.link(claim._create_receivable_entry().id)
            ]
        self.sudo().write({"state": "accepted"})
        return True

    def action_reject(self):
        self._check_state(("submitted",), self.env._("rejected"))
        self.check_access("write")
        self.sudo().write({"state": "rejected"})
        return True

    def action_register_recovery(self, amount):
        """The insurer paid ``amount``: book it and close the claim."""
        self.ensure_one()
        self._check_state(("accepted",), self.env._("paid"))
        if amount <= 0:
            raise UserError(self.env._("The recovered amount must be positive."))
        self.check_access("write")
        move = self._create_payment_entry(amount)
        self.sudo().write(
            {
                "recovered_amount": amount,
                "move_ids": [fields.Command.link(move.id)],
                "state": "paid",
            }
        )
        return True

    def _journal_and_accounts(self):
        self.ensure_one()
        company = self.company_id
        journal = company.art_insurance_journal_id or self.env[
            "account.journal"
        ].search([("type", "=", "general"), ("company_id", "=", company.id)], limit=1)
        income = company.art_insurance_income_account_id or self.env[
            "account.account"
        ].search(
            [
                ("account_type", "=", "income_other"),
                ("company_ids", "in", company.ids),
            ],
            limit=1,
        )
        receivable = self.insurer_id.with_company(
            company
        ).property_account_receivable_id
        if not (journal and income and receivable):
            raise UserError(
                self.env._(
                    "Configure the insurance claims journal and recovery account"
                    " in the Art Trade settings first."
                )
            )
        return journal, income, receivable

    def _create_receivable_entry(self):
        journal, income, receivable = self._journal_and_accounts()
        amount = self.claimed_amount
        move = self.env["account.move"].create(
            {
                "move_type": "entry",
                "journal_id": journal.id,
                "ref": self.env._("Insurance claim %s", self.name),
                "line_ids": [
                    fields.Command.create(
                        {
                            "account_id": receivable.id,
                            "partner_id": self.insurer_id.id,
                            "name": self.name,
                            "debit": amount,
                        }
                    ),
                    fields.Command.create(
                        {
                            "account_id": income.id,
                            "partner_id": self.insurer_id.id,
                            "name": self.name,
                            "credit": amount,
                        }
                    ),
                ],
            }
        )
        move.action_post()
        return move

    def _create_payment_entry(self, amount):
        _journal, income, receivable = self._journal_and_accounts()
        bank = self.env["account.journal"].search(
            [("type", "=", "bank"), ("company_id", "=", self.company_id.id)], limit=1
        )
        liquidity = bank.default_account_id
        if not liquidity:
            raise UserError(self.env._("Configure a bank journal first."))
        lines = [
            fields.Command.create(
                {
                    "account_id": liquidity.id,
                    "partner_id": self.insurer_id.id,
                    "name": self.name,
                    "debit": amount,
                }
            ),
            fields.Command.create(
                {
                    "account_id": receivable.id,
                    "partner_id": self.insurer_id.id,
                    "name": self.name,
                    "credit": amount,
                }
            ),
        ]
        shortfall = self.claimed_amount - amount
        if shortfall > 0:
            # What the insurer will not pay is no longer receivable.
            lines += [
                fields.Command.create(
                    {
                        "account_id": income.id,
                        "partner_id": self.insurer_id.id,
                        "name": self.env._("%s: not recovered", self.name),
                        "debit": shortfall,
                    }
                ),
                fields.Command.create(
                    {
                        "account_id": receivable.id,
                        "partner_id": self.insurer_id.id,
                        "name": self.env._("%s: not recovered", self.name),
                        "credit": shortfall,
                    }
                ),
            ]
        move = self.env["account.move"].create(
            {
                "move_type": "entry",
                "journal_id": bank.id,
                "ref": self.env._("Insurance recovery %s", self.name),
                "line_ids": lines,
            }
        )
        move.action_post()
        return move
