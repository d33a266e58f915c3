/** @odoo-module **/
// Copyright 2026 Art Trade Suite contributors
// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import {registry} from "@web/core/registry";

// A 1x1 PNG.
const PNG_B64 =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4DwABAQEABRjYTgAAAABJRU5ErkJggg==";

registry.category("web_tour.tours").add("art_returns_portal_request", {
    steps: () => [
        {
            content: "Choose the reason: damaged in transit",
            trigger: "select[name='reason_id']",
            run: "selectByLabel Damaged in transit",
        },
        {
            content: "Describe the problem",
            trigger: "textarea[name='description']",
            run: "edit The frame arrived cracked.",
        },
        {
            content: "Attach a photo",
            trigger: "input[name='evidence']",
            run() {
                const bytes = Uint8Array.from(atob(PNG_B64), (c) => c.charCodeAt(0));
                const file = new File([bytes], "damage.png", {type: "image/png"});
                const transfer = new DataTransfer();
                transfer.items.add(file);
                this.anchor.files = transfer.files;
            },
        },
        {
            content: "Send the request",
            trigger: "button.o_art_return_submit",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The return page shows the request accepted",
            trigger: "#art_return_status .o_art_acceptance:contains('Accepted')",
        },
        {
            content: "The evidence is listed",
            trigger: "#art_return_status:contains('Evidence sent: 1 file(s)')",
        },
    ],
});
