/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";
import {rpc} from "@web/core/network/rpc";
import {CELL_ERRORS, activeDashboardModel} from "@art_aftersales/../tests/tours/art_dashboard_tour_utils";

registry.category("web_tour.tours").add("art_aftersales_returns_dashboard_tour", {
    steps: () => [
        {
            content: "Open the returns dashboard of the Art Trade group",
            trigger: ".o_search_panel_category_value:contains('Art Returns')",
            run: "click",
        },
        {
            content: "It is the active dashboard",
            trigger: ".o_search_panel_category_value.active:contains('Art Returns')",
        },
        {
            content: "Its return rate is shown and every cell evaluates",
            trigger: ".o_spreadsheet_dashboard_action .o-grid canvas",
            run: async () => {
                const model = activeDashboardModel();
                const sheetId = model.getters.getActiveSheetId();
                if (model.getters.getSheetName(sheetId) !== "Returns") {
                    throw new Error("The returns dashboard is not open");
                }
                let cells = [];
                for (let attempt = 0; attempt < 100; attempt++) {
                    cells = model.getters.getEvaluatedCells(sheetId);
                    if (!cells.some((cell) => cell.value === "Loading...")) {
                        break;
                    }
                    await new Promise((resolve) => setTimeout(resolve, 100));
                }
                const failed = cells.filter((cell) => CELL_ERRORS.includes(cell.value));
                if (failed.length) {
                    throw new Error(`Cells in error: ${failed.map((cell) => cell.message).join("; ")}`);
                }
                // The return rate is the one the server computes.
                const [total] = await rpc("/web/dataset/call_kw/art.order.kpi.report/read_group", {
                    model: "art.order.kpi.report",
                    method: "read_group",
                    args: [[["is_delivered", "=", true]], ["return_rate:avg"], []],
                    kwargs: {lazy: false},
                });
                const label = model.getters.getEvaluatedCell({sheetId, col: 0, row: 4});
                const rate = model.getters.getEvaluatedCell({sheetId, col: 1, row: 4});
                if (
                    label.value !== "Return rate (%)" ||
                    !total.return_rate ||
                    rate.formattedValue !== total.return_rate.toFixed(1)
                ) {
                    throw new Error(
                        `Return rate: ${label.value} ${rate.formattedValue}, expected ${total.return_rate}`
                    );
                }
                document.body.classList.add("o_art_returns_dashboard_checked");
            },
        },
        {
            content: "The figures were checked",
            trigger: "body.o_art_returns_dashboard_checked",
        },
    ],
});
