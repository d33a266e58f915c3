# Copyright 2026 Art Trade Suite contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Art After-sales",
    "summary": "After-sales tickets, follow-ups, satisfaction and KPIs for "
    "art dealers, on OCA Helpdesk",
    "version": "18.0.1.0.0",
    "category": "Sales/Art Trade",
    "website": "https://github.com/art-trade-suite/art-trade-suite",
    "author": "Art Trade Suite contributors",
    "license": "AGPL-3",
    "depends": [
        "art_order_tracking",
        "helpdesk_mgmt",
        "rating",
        "sale_stock",
        "account",
        "spreadsheet_dashboard",
    ],
    "data": [
        "security/art_aftersales_security.xml",
        "security/ir.model.access.csv",
        "security/art_aftersales_rules.xml",
        "data/helpdesk_ticket_team_data.xml",
        "data/helpdesk_ticket_category_data.xml",
        "data/art_ticket_sla_data.xml",
        "data/mail_template_data.xml",
        "data/helpdesk_ticket_stage_data.xml",
        "data/ir_cron_data.xml",
        "data/ir_sequence_data.xml",
        "views/helpdesk_ticket_views.xml",
        "views/helpdesk_ticket_category_views.xml",
        "views/helpdesk_ticket_stage_views.xml",
        "views/art_ticket_sla_views.xml",
        "views/art_care_visit_views.xml",
        "views/res_partner_views.xml",
        "views/res_config_settings_views.xml",
        "views/helpdesk_ticket_templates.xml",
        "report/art_ticket_rating_report_views.xml",
        "report/art_order_kpi_report_views.xml",
        "data/spreadsheet_dashboard_data.xml",
        "views/art_operations_dashboard_views.xml",
        "views/art_menus.xml",
    ],
    "demo": [
        "demo/art_aftersales_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "art_aftersales/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
