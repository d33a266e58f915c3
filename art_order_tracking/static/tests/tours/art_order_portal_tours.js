/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";
import {waitUntil} from "@odoo/hoot-dom";

registry.category("web_tour.tours").add("art_order_tracking_portal_request_tour", {
    url: "/my/art/catalogue",
    steps: () => [
        {
            content: "Write a note on the work LC-P001",
            trigger: '.o_art_catalogue_card[data-lot="LC-P001"] textarea[name="note"]',
            run: "edit A quiet corner of the living room",
        },
        {
            content: "Ask to buy it",
            trigger: '.o_art_catalogue_card[data-lot="LC-P001"] .o_art_request_button',
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The quotation opens, with the work",
            trigger: "#portal_sale_content:contains('Test Mountain Study')",
        },
    ],
});

registry.category("web_tour.tours").add("art_order_tracking_portal_sign_tour", {
    steps: () => [
        {
            content: "Open the signature dialog",
            trigger: 'a:contains("Sign")',
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
            content: "The order is confirmed",
            trigger: "#quote_content:contains('Thank You')",
        },
    ],
});
