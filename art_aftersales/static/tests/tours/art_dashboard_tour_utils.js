/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */

// Helpers shared by the spreadsheet dashboard tours.

/** What an evaluated cell holds when its formula failed. */
export const CELL_ERRORS = ["#N/A", "#REF", "#BAD_EXPR", "#CYCLE", "#NAME?", "#SPILL!", "#ERROR", "#NULL!"];

/**
 * The spreadsheet model of the open dashboard, found in the component tree
 * (the grid is drawn on a canvas: its figures are read from the model the
 * canvas renders).
 */
export function activeDashboardModel() {
    const nodes = [odoo.__WOWL_DEBUG__.root.__owl__];
    while (nodes.length) {
        const node = nodes.shift();
        const dashboard = node.component.state && node.component.state.activeDashboard;
        if (dashboard && dashboard.model) {
            return dashboard.model;
        }
        nodes.push(...Object.values(node.children));
    }
    return undefined;
}
