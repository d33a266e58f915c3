/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";
import {PNG_B64, base64Bytes} from "@art_order_tracking/../tests/tours/art_tour_utils";

registry.category("web_tour.tours").add("art_order_backoffice_review_tour", {
    url: "/odoo",
    steps: () => [
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
            content: "Open the Orders menu",
            trigger:
                ".o_menu_sections [data-menu-xmlid='art_order_tracking.art_trade_menu_orders']",
            run: "click",
        },
        {
            content: "Open Art Orders",
            trigger:
                ".dropdown-item[data-menu-xmlid='art_order_tracking.sale_order_menu_art_orders']",
            run: "click",
        },
        {
            // With orders in every stage the board has more columns than it
            // opens (the last ones are folded): find the customer's orders
            // instead of browsing the columns.
            content: "Stop grouping the orders by stage",
            trigger: ".o_searchview_facet:contains(Tracking Stage) .o_facet_remove",
            run: "click",
        },
        {
            content: "Look for the orders of the tour's customer",
            trigger: ".o_searchview:not(:has(.o_searchview_facet)) .o_searchview_input",
            run: "edit Tour Review Collector",
        },
        {
            content: "Search them by customer",
            trigger: ".o_searchview_autocomplete .o_menu_item:contains(Customer)",
            run: "click",
        },
        {
            content: "Open the order in review of the tour's customer",
            trigger: ".o_kanban_record:contains(Tour Review Collector)",
            run: "click",
        },
        {
            content: "The order is in review",
            trigger: ".o_field_widget[name=art_stage] .o_arrow_button_current:contains(In Review)",
        },
        {
            content: "Validate the review",
            trigger: "button[name=validate_tier]",
            run: "click",
        },
        {
            content: "Write the review comment",
            trigger: ".modal .o_field_widget[name=comment] input",
            run: "edit Identity, payment method and price checked",
        },
        {
            content: "Confirm the review",
            trigger: ".modal button[name=add_comment]",
            run: "click",
        },
        {
            content: "The order is confirmed and waits for its payment",
            trigger:
                ".o_field_widget[name=art_stage] .o_arrow_button_current:contains(Awaiting Payment)",
        },
    ],
});

registry.category("web_tour.tours").add("art_order_backoffice_packing_tour", {
    url: "/odoo",
    steps: () => [
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
            content: "Open the Operations menu",
            trigger:
                ".o_menu_sections [data-menu-xmlid='art_order_tracking.art_trade_menu_operations']",
            run: "click",
        },
        {
            content: "Open Deliveries",
            trigger:
                ".dropdown-item[data-menu-xmlid='art_order_tracking.stock_picking_menu_art_deliveries']",
            run: "click",
        },
        {
            content: "Open the delivery of the tour's customer",
            trigger: ".o_data_row:contains(Tour Packing Collector) td.o_data_cell",
            run: "click",
        },
        {
            content: "Write the packing condition report",
            trigger: "button[name=action_art_packing_report]",
            run: "click",
        },
        {
            content: "The report is a packing check",
            trigger: ".o_field_widget[name=context] select",
            run() {
                const label = this.anchor.selectedOptions[0]?.textContent.trim();
                if (label !== "Packing") {
                    throw new Error(`Expected a packing report, got ${label}`);
                }
            },
        },
        {
            content: "The report is about the order's work",
            trigger: ".o_field_widget[name=lot_id] input:value(LC-PACK1)",
        },
        {
            content: "Overall grade",
            trigger: ".o_field_widget[name=grade] select",
            run: "selectByLabel Excellent",
        },
        {
            content: "Open the photos page",
            trigger: ".o_notebook .nav-link:contains(Photos)",
            run: "click",
        },
        {
            content: "Upload the packing photo",
            trigger: ".o_field_widget[name=photo_ids]",
            run() {
                // The file input is hidden behind the widget's upload button.
                const input = this.anchor.querySelector("input.o_input_file");
                const bytes = base64Bytes(PNG_B64);
                const file = new File([bytes], "packed.png", {type: "image/png"});
                const transfer = new DataTransfer();
                transfer.items.add(file);
                input.files = transfer.files;
                input.dispatchEvent(new Event("change", {bubbles: true}));
            },
        },
        {
            content: "The photo is attached",
            trigger: ".o_field_widget[name=photo_ids] .o_attachment:contains(packed.png)",
        },
        {
            content: "Save the packing report",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Packing report saved",
            trigger: ".o_form_saved",
        },
        {
            content: "Back to the delivery",
            trigger: ".o_breadcrumb .breadcrumb-item:not(.active) a:last",
            run: "click",
        },
        {
            content: "Open the additional information",
            trigger: ".o_notebook .nav-link[name=extra]",
            run: "click",
        },
        {
            content: "Carrier",
            trigger: ".o_field_widget[name=carrier_id] input",
            run: "edit Tour Fine Art Couriers",
        },
        {
            content: "Pick the carrier",
            trigger: ".o-autocomplete--dropdown-item a:contains(Tour Fine Art Couriers)",
            run: "click",
        },
        {
            content: "Tracking reference",
            trigger: ".o_field_widget[name=carrier_tracking_ref] input",
            run: "edit TOUR-TRACK-1",
        },
        {
            content: "Validate the delivery",
            trigger: ".o_statusbar_buttons button[name=button_validate]",
            run: "click",
        },
        {
            content: "The delivery is done",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Done)",
        },
    ],
});
