/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";
import {waitUntil} from "@odoo/hoot-dom";

/**
 * Pay in the open payment form with Odoo's demo provider (successful
 * payment), then wait for the status page to hand back to the document.
 */
function payWithDemo() {
    return [
        {
            content: "Choose the demo provider",
            trigger: 'input[name="o_payment_radio"][data-provider-code="demo"]:first',
            run: "click",
        },
        {
            content: "Enter the (test) card details",
            trigger: "#customer_input",
            run: "edit 4242424242424242",
        },
        {
            content: "The simulated result is a successful payment",
            trigger: "#simulated_payment_state",
            run: "select done",
        },
        {
            content: "Pay",
            trigger: 'button[name="o_payment_submit_button"]:enabled',
            run: "click",
            expectUnloadPage: true,
        },
    ];
}

registry.category("web_tour.tours").add("art_online_payment_invoice_tour", {
    steps: () => [
        {
            content: "The invoice is to be paid",
            trigger: "#invoice_content",
        },
        {
            content: "Open the payment dialog",
            trigger: 'a.btn-primary[data-bs-target="#pay_with"]',
            run: "click",
        },
        ...payWithDemo(),
        {
            content: "Back on the invoice, which is paid",
            trigger: ".o_portal_sidebar .text-bg-success:contains('Paid')",
        },
    ],
});

registry.category("web_tour.tours").add("art_online_payment_quotation_tour", {
    steps: () => [
        {
            content: "Open the signature and payment dialog",
            trigger: 'a[data-bs-target="#modalaccept"]:contains("Sign & Pay")',
            run: "click",
        },
        {
            content: "The signer's name is filled in",
            trigger: ".modal .o_web_sign_name_and_signature input:not(:value(''))",
        },
        {
            content: "The signature is drawn from the name",
            trigger: ".modal canvas.o_web_sign_signature",
            async run(helpers) {
                await waitUntil(() => {
                    const canvas = helpers.anchor;
                    const context = canvas.getContext("2d");
                    const data = context.getImageData(0, 0, canvas.width, canvas.height);
                    return new Uint32Array(data.data.buffer).some((pixel) => pixel !== 0);
                });
            },
        },
        {
            content: "Accept and sign",
            trigger: ".modal .o_portal_sign_submit:enabled",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "Signed: now pay",
            trigger: "#o_sale_portal_paynow",
            run: "click",
        },
        ...payWithDemo(),
        {
            content: "Back on the order, which is confirmed",
            trigger: "#portal_sale_content:contains('Sales Order')",
        },
    ],
});
