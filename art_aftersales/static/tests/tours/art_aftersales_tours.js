/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

// A 1x1 transparent PNG.
const PHOTO_PNG_BASE64 =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

registry.category("web_tour.tours").add("art_aftersales_portal_ticket_tour", {
    url: "/my/orders",
    steps: () => [
        {
            content: "Open the delivered order",
            trigger: ".o_portal_my_doc_table a:contains('S0')",
            run: "click",
        },
        {
            content: "Report an issue about this order",
            trigger: "a#art_report_issue",
            run: "click",
        },
        {
            content: "The order is preselected",
            trigger: "select[name='sale_order_id']:has(option:selected:contains('S0'))",
        },
        {
            content: "Choose the damaged work",
            trigger: "select[name='lot_id']",
            run: "selectByLabel H7-TOUR-001",
        },
        {
            content: "Choose the damage category",
            trigger: "select[name='category']",
            run: "selectByLabel Damage",
        },
        {
            content: "Write a subject",
            trigger: "input[name='subject']",
            run: "edit Dent in the stretcher bar",
        },
        {
            content: "Describe the problem",
            trigger: "textarea[name='description']",
            run: "edit The canvas arrived with a dent in the lower left corner.",
        },
        {
            content: "Attach a photo",
            trigger: "input[name='attachment']",
            run() {
                const bytes = Uint8Array.from(atob(PHOTO_PNG_BASE64), (c) =>
                    c.charCodeAt(0)
                );
                const transfer = new DataTransfer();
                transfer.items.add(
                    new File([bytes], "dent.png", {type: "image/png"})
                );
                this.anchor.files = transfer.files;
                this.anchor.dispatchEvent(new Event("change", {bubbles: true}));
            },
        },
        {
            content: "Submit the ticket",
            trigger: "form[action='/submitted/ticket'] button[type='submit']",
            run: "click",
        },
        {
            content: "The ticket page shows the order and the photo",
            trigger: ".oe_attachment_name:contains('dent.png')",
        },
        {
            content: "The work is shown on the ticket",
            trigger: "div[name='portal_my_task_second_column']:contains('H7-TOUR-001')",
        },
    ],
});
