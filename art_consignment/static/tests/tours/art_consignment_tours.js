/** @odoo-module **/
// Copyright 2026 Art Trade Suite contributors
// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import {registry} from "@web/core/registry";

// A consignor opens the portal, reads their works and their statement.
registry.category("web_tour.tours").add("art_consignment_portal_statement", {
    url: "/my",
    steps: () => [
        {
            content: "Open the consignment page from the portal home",
            trigger: "a[href='/my/consignment']",
            run: "click",
        },
        {
            content: "The consigned work is listed",
            trigger: ".o_art_consignment_works td:contains('TOUR-CONSIGNED')",
        },
        {
            content: "Choose the statement period",
            trigger: ".o_art_consignment_period input[name='date_from']",
            run: "edit 2026-01-01",
        },
        {
            trigger: ".o_art_consignment_period input[name='date_to']",
            run: "edit 2026-12-31",
        },
        {
            content: "Show the statement",
            trigger: ".o_art_consignment_period button[type='submit']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The net due of the period",
            trigger: ".o_art_net_due:contains('7,000.00')",
        },
        {
            content: "Nothing paid yet: all outstanding",
            trigger: ".o_art_outstanding:contains('7,000.00')",
        },
        {
            content: "The PDF is offered",
            trigger: "a.o_art_consignment_pdf",
        },
    ],
});
