/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";
import {PNG_B64, base64Bytes, uploadFile} from "@art_order_tracking/../tests/tours/art_tour_utils";

// A minimal PDF: the scanned proof of delivery the customer signed.
const PDF_TEXT = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

/** Draw a stroke on the signature pad as a pen would. */
function drawStroke(canvas) {
    const rect = canvas.getBoundingClientRect();
    const pointer = (type, x, y) =>
        new PointerEvent(type, {
            bubbles: true,
            cancelable: true,
            pointerId: 1,
            pointerType: "pen",
            isPrimary: true,
            buttons: type === "pointerup" ? 0 : 1,
            pressure: type === "pointerup" ? 0 : 0.5,
            clientX: rect.left + x * rect.width,
            clientY: rect.top + y * rect.height,
        });
    canvas.dispatchEvent(pointer("pointerdown", 0.1, 0.6));
    canvas.dispatchEvent(pointer("pointermove", 0.3, 0.3));
    canvas.dispatchEvent(pointer("pointermove", 0.5, 0.7));
    canvas.dispatchEvent(pointer("pointermove", 0.7, 0.3));
    canvas.ownerDocument.dispatchEvent(pointer("pointerup", 0.9, 0.6));
}

registry.category("web_tour.tours").add("art_delivery_backoffice_sign_tour", {
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
            // The previous screen's search box is gone only once the
            // deliveries list (and its default filter) is shown.
            content: "Wait for the deliveries list",
            trigger: ".o_breadcrumb:contains(Deliveries)",
        },
        {
            content: "Look for the collector's shipment",
            trigger: ".o_searchview_facet:contains(Deliveries) ~ .o_searchview_input",
            run: "edit Tour Signed Collector",
        },
        {
            content: "Search it by contact",
            trigger: ".o_searchview_autocomplete .o_menu_item:contains(Contact)",
            run: "click",
        },
        {
            content: "Open the shipment in transit",
            trigger: ".o_data_row:contains(Tour Signed Collector) td.o_data_cell",
            run: "click",
        },
        {
            content: "It was handed to the carrier",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains(Done)",
        },
        // Arrival condition report of the work: checklist and photo.
        {
            content: "Write the arrival condition report",
            trigger: ".o_statusbar_buttons button[name=action_art_add_arrival_report]",
            run: "click",
        },
        {
            content: "The report is an arrival check",
            trigger: ".o_field_widget[name=context] select",
            run() {
                const label = this.anchor.selectedOptions[0]?.textContent.trim();
                if (label !== "Arrival") {
                    throw new Error(`Expected an arrival report, got ${label}`);
                }
            },
        },
        {
            content: "The report is about the shipped work",
            trigger: ".o_field_widget[name=lot_id] input:value(/^DL-TOUR-SIGN-1-/)",
        },
        {
            content: "Overall grade",
            trigger: ".o_field_widget[name=grade] select",
            run: "selectByLabel Excellent",
        },
        {
            content: "Checklist: open the surface line",
            trigger:
                ".o_field_widget[name=line_ids] .o_data_row:contains(Surface) td[name=note]",
            run: "click",
        },
        {
            content: "Checklist: note on the surface",
            trigger: ".o_field_widget[name=line_ids] .o_selected_row td[name=note] input",
            run: "edit Unchanged since packing",
        },
        {
            content: "Checklist: the surface is OK",
            trigger: ".o_field_widget[name=line_ids] .o_selected_row td[name=status] select",
            run: "selectByLabel OK",
        },
        {
            content: "Open the photos page",
            trigger: ".o_notebook .nav-link:contains(Photos)",
            run: "click",
        },
        {
            content: "Upload the arrival photo",
            trigger: ".o_field_widget[name=photo_ids]",
            run() {
                const bytes = base64Bytes(PNG_B64);
                uploadFile(this.anchor, "arrived.png", "image/png", bytes);
            },
        },
        {
            content: "The photo is attached",
            trigger: ".o_field_widget[name=photo_ids] .o_attachment:contains(arrived.png)",
        },
        {
            content: "Save the arrival report",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Arrival report saved",
            trigger: ".o_form_saved",
        },
        {
            content: "Back to the shipment",
            trigger: ".o_breadcrumb .breadcrumb-item:not(.active) a:last",
            run: "click",
        },
        // The signed delivery.
        {
            content: "Record the signed delivery",
            trigger: ".o_statusbar_buttons button[name=action_art_record_delivery]",
            run: "click",
        },
        {
            content: "The wizard lists the arrival report",
            trigger:
                ".modal .o_field_widget[name=arrival_report_ids] .o_data_row:contains(DL-TOUR-SIGN-1-)",
        },
        {
            content: "Signer",
            trigger: ".modal .o_field_widget[name=signed_by] input",
            run: "edit Ms Collector",
        },
        {
            content: "Delivery time: now",
            trigger: ".modal .o_field_widget[name=signed_date] input",
            run() {
                if (!this.anchor.value) {
                    throw new Error("The delivery time should default to now");
                }
            },
        },
        {
            content: "Open the signature pad",
            trigger: ".modal .o_field_widget[name=signature] .o_signature",
            run: "click",
        },
        {
            content: "Draw the signature",
            trigger: ".modal .o_web_sign_draw_button",
            run: "click",
        },
        {
            content: "The signer signs",
            trigger: ".modal canvas.o_web_sign_signature",
            run() {
                drawStroke(this.anchor);
            },
        },
        {
            content: "Adopt the signature",
            trigger: ".modal .modal-footer button.btn-primary:enabled:contains(Adopt)",
            run: "click",
        },
        {
            content: "The signature is set",
            trigger: ".modal .o_field_widget[name=signature] img.o_signature",
        },
        {
            content: "Attach the signed proof of delivery",
            trigger: ".modal .o_field_widget[name=pod_file]",
            run() {
                const bytes = new TextEncoder().encode(PDF_TEXT);
                uploadFile(this.anchor, "signed_pod.pdf", "application/pdf", bytes);
            },
        },
        {
            content: "The proof is attached",
            trigger: ".modal .o_field_widget[name=pod_file] input.o_input:value(signed_pod.pdf)",
        },
        {
            content: "Record the delivery",
            trigger: ".modal button[name=action_confirm]",
            run: "click",
        },
        {
            content: "Logistics are told the order is delivered",
            trigger: ".o_notification.o_art_delivery_recorded:contains(is delivered)",
        },
        {
            content: "Download the delivery evidence PDF from the notification",
            trigger: ".o_notification.o_art_delivery_recorded a:contains(Delivery evidence)",
            async run() {
                const response = await fetch(this.anchor.href);
                const type = response.headers.get("Content-Type");
                if (response.status !== 200 || type !== "application/pdf") {
                    throw new Error(`evidence download failed: ${response.status} ${type}`);
                }
                document.body.classList.add("o_art_evidence_downloaded");
            },
        },
        {
            content: "The evidence was downloaded",
            trigger: "body.o_art_evidence_downloaded",
        },
        {
            content: "The shipment is signed for",
            trigger: ".o_form_view .ribbon:contains(Signed)",
        },
        {
            content: "Open the tracking and delivery page",
            trigger: ".o_notebook .nav-link[name=art_delivery]",
            run: "click",
        },
        {
            content: "The signer is on the shipment",
            trigger: ".o_field_widget[name=art_signed_by]:contains(Ms Collector)",
        },
        {
            content: "The signed proof is on the shipment",
            trigger: ".o_field_widget[name=art_pod_attachment_id]:contains(signed_pod.pdf)",
        },
    ],
});
