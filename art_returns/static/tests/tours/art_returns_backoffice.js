/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";
import {PNG_B64, base64Bytes, uploadFile} from "@art_order_tracking/../tests/tours/art_tour_utils";

const WORK = "Backoffice Tour Seascape";

/** From the home screen to the returned work's RMA form. */
function openReturn() {
    return [
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "Open Art Trade",
            trigger: ".o_app[data-menu-xmlid='art_order_tracking.art_trade_menu_root']",
            run: "click",
        },
        {
            content: "Open Returns",
            trigger: ".o_menu_sections [data-menu-xmlid='art_returns.rma_menu_art']",
            run: "click",
        },
        {
            content: "Open the return of the work",
            trigger: `.o_data_row:contains(${WORK}) td.o_data_cell`,
            run: "click",
        },
        {
            content: "The return form is open",
            trigger: `.o_form_view .o_field_widget[name=product_id]:contains(${WORK})`,
        },
        artworkTab(),
    ];
}

/** The Artwork Return page of the form. */
function artworkTab() {
    return {
        content: "Open the Artwork Return page",
        trigger: ".o_form_view .o_notebook .nav-link:contains(Artwork Return)",
        run: "click",
    };
}

registry.category("web_tour.tours").add("art_returns_backoffice_inspection", {
    url: "/odoo",
    steps: () => [
        ...openReturn(),
        {
            content: "The work was received",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Received)",
        },
        {
            content: "Inspect the returned work",
            trigger: ".o_statusbar_buttons button[name=action_art_open_inspection]",
            run: "click",
        },
        {
            content: "It is compared with the packing report",
            trigger: ".modal .o_field_widget[name=comparison]:contains(Packing)",
        },
        {
            content: "Overall condition",
            trigger: ".modal .o_field_widget[name=grade] select",
            run: "selectByLabel Excellent",
        },
        {
            content: "Checklist: the certificate is in the crate",
            trigger: ".modal .o_field_widget[name=certificate_present] input:checked",
        },
        {
            content: "Notes",
            trigger: ".modal .o_field_widget[name=notes] textarea",
            run: "edit Crate intact, work as packed.",
        },
        {
            content: "Photo of the returned work",
            trigger: ".modal .o_field_widget[name=photo_ids]",
            run() {
                const bytes = base64Bytes(PNG_B64);
                uploadFile(this.anchor, "returned_work.png", "image/png", bytes);
            },
        },
        {
            content: "The photo is uploaded",
            trigger: ".modal .o_field_widget[name=photo_ids]:contains(returned_work.png)",
        },
        {
            content: "Record the inspection",
            trigger: ".modal footer button[name=action_apply]",
            run: "click",
        },
        artworkTab(),
        {
            content: "The inspection passed",
            trigger: ".o_field_widget[name=art_inspection_result]:contains(Passed)",
        },
    ],
});

registry.category("web_tour.tours").add("art_returns_backoffice_refund", {
    url: "/odoo",
    steps: () => [
        ...openReturn(),
        {
            content: "The inspection passed",
            trigger: ".o_field_widget[name=art_inspection_result]:contains(Passed)",
        },
        {
            content: "Refund the work",
            trigger: ".o_statusbar_buttons button[name=action_art_refund]",
            run: "click",
        },
        {
            content: "Confirm: credit the customer and pay the refund back",
            trigger: ".modal:contains(Credit the customer) footer .btn-primary",
            run: "click",
        },
        {
            content: "The return is refunded",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Refunded)",
        },
        artworkTab(),
        {
            content: "Resolution: full refund",
            trigger: ".o_field_widget[name=art_resolution]:contains(Full Refund)",
        },
    ],
});
