# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    art_appraisal_threshold = fields.Monetary(
        related="company_id.art_appraisal_threshold",
        currency_field="currency_id",
        readonly=False,
    )
    art_photo_max_size_mb = fields.Integer(
        related="company_id.art_photo_max_size_mb", readonly=False
    )

    # Order lifecycle rules
    art_payment_rule = fields.Selection(
        related="company_id.art_payment_rule", readonly=False
    )
    art_deposit_percent = fields.Float(
        related="company_id.art_deposit_percent", readonly=False
    )
    art_manager_approval_amount = fields.Monetary(
        related="company_id.art_manager_approval_amount",
        currency_field="currency_id",
        readonly=False,
    )
    art_manager_user_id = fields.Many2one(
        related="company_id.art_manager_user_id", readonly=False
    )
    art_forbid_self_approval = fields.Boolean(
        related="company_id.art_forbid_self_approval", readonly=False
    )
    art_sms_enabled = fields.Boolean(
        related="company_id.art_sms_enabled", readonly=False
    )

    # Delivery, follow-up and the carrier API.

    art_followup_days = fields.Integer(
        related="company_id.art_followup_days", readonly=False
    )
    art_followup_window_days = fields.Integer(
        related="company_id.art_followup_window_days", readonly=False
    )
    art_damage_user_id = fields.Many2one(
        related="company_id.art_damage_user_id", readonly=False
    )
    art_carrier_max_body_kb = fields.Integer(
        string="Carrier API Body Limit (KB)",
        config_parameter="art_order_tracking.carrier_max_body_kb",
        default=5120,
    )
    art_carrier_future_tolerance_hours = fields.Integer(
        string="Carrier Events Ahead (hours)",
        config_parameter="art_order_tracking.carrier_future_tolerance_hours",
        default=24,
    )
    art_carrier_past_tolerance_days = fields.Integer(
        string="Carrier Events Behind (days)",
        config_parameter="art_order_tracking.carrier_past_tolerance_days",
        default=365,
    )
    art_carrier_require_timestamp = fields.Boolean(
        string="Require Signed Timestamp",
        config_parameter="art_order_tracking.carrier_require_timestamp",
    )
