/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";
import {CELL_ERRORS, activeDashboardModel} from "@art_aftersales/../tests/tours/art_dashboard_tour_utils";
import {rpc} from "@web/core/network/rpc";

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

registry.category("web_tour.tours").add("art_aftersales_operations_dashboard_tour", {
    steps: () => [
        {
            content: "The operations dashboard is open in the Art Trade group",
            trigger: ".o_spreadsheet_dashboard_action .o_search_panel_category_value.active:contains('Art Operations')",
        },
        {
            content: "Its headline figures are on the canvas",
            trigger: ".o_spreadsheet_dashboard_action .o-grid canvas",
        },
        {
            content: "The scorecard of the on-time rate is drawn",
            trigger: ".o-scorecard[title='On time (%)']",
        },
        {
            content: "The number of art orders is the one the server counts",
            trigger: ".o_spreadsheet_dashboard_action",
            run: async () => {
                const model = activeDashboardModel();
                if (!model) {
                    throw new Error("No dashboard model");
                }
                const expected = await rpc("/web/dataset/call_kw/art.order.kpi.report/search_count", {
                    model: "art.order.kpi.report",
                    method: "search_count",
                    args: [[]],
                    kwargs: {},
                });
                const sheetId = model.getters.getActiveSheetId();
                let cell = undefined;
                for (let attempt = 0; attempt < 100; attempt++) {
                    cell = model.getters.getEvaluatedCell({sheetId, col: 1, row: 3});
                    if (typeof cell.value === "number") {
                        break;
                    }
                    await new Promise((resolve) => setTimeout(resolve, 100));
                }
                const label = model.getters.getEvaluatedCell({sheetId, col: 0, row: 3});
                if (label.value !== "Art orders" || cell.value !== expected) {
                    throw new Error(
                        `Expected ${expected} art orders, the dashboard shows ${label.value}: ${cell.value}`
                    );
                }
                // Every pivot and figure of the sheet evaluates without error.
                let cells = [];
                for (let attempt = 0; attempt < 100; attempt++) {
                    cells = model.getters.getEvaluatedCells(sheetId);
                    if (!cells.some((evaluated) => evaluated.value === "Loading...")) {
                        break;
                    }
                    await new Promise((resolve) => setTimeout(resolve, 100));
                }
                const failed = cells.filter((evaluated) => CELL_ERRORS.includes(evaluated.value));
                if (failed.length) {
                    throw new Error(`Cells in error: ${failed.map((evaluated) => evaluated.message).join("; ")}`);
                }
                document.body.classList.add("o_art_dashboard_checked");
            },
        },
        {
            content: "The figure was checked",
            trigger: "body.o_art_dashboard_checked",
        },
    ],
});
