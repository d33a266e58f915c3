/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

// The key the test gives the carrier (tests/test_delivery_common.py).
const TEST_API_KEY = "artc_test_key_0123456789abcdef0123456789abcdef";

async function hmacHex(key, body) {
    const encoder = new TextEncoder();
    const cryptoKey = await crypto.subtle.importKey(
        "raw",
        encoder.encode(key),
        {name: "HMAC", hash: "SHA-256"},
        false,
        ["sign"]
    );
    const signature = await crypto.subtle.sign("HMAC", cryptoKey, encoder.encode(body));
    return Array.from(new Uint8Array(signature))
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}

registry.category("web_tour.tours").add("art_delivery_portal_follow_tour", {
    steps: () => [
        {
            content: "The order page shows the tracking block, in transit",
            trigger: ".o_art_order_tracking .o_art_current_stage[data-stage='in_transit']",
        },
        {
            content: "The carrier and its tracking number are shown",
            trigger: ".o_art_order_tracking .o_art_shipment:contains('TOUR-1')",
        },
        {
            content: "The carrier reports the signed delivery (from outside)",
            trigger: ".o_art_order_tracking",
            run: async () => {
                const body = JSON.stringify({
                    tracking_ref: "TOUR-1",
                    event_id: "TOUR-EV-1",
                    status: "delivered",
                    occurred_at: new Date().toISOString().replace("Z", "+00:00"),
                    location: "Collector's home",
                    signed_by: "Ms Collector",
                    proof: {
                        filename: "pod.pdf",
                        content: btoa("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
                    },
                });
                const response = await fetch("/art/carrier/events", {
                    method: "POST",
                    headers: {
                        "Content-Type": "application/json",
                        "X-Art-Carrier-Key": TEST_API_KEY,
                        "X-Art-Signature": "sha256=" + (await hmacHex(TEST_API_KEY, body)),
                    },
                    body,
                });
                if (response.status !== 200) {
                    throw new Error(`carrier API answered ${response.status}`);
                }
            },
        },
        {
            content: "The new event appears without reloading the page",
            trigger: ".o_art_timeline .o_art_event_name:contains('Collector\\'s home')",
            timeout: 30000,
        },
        {
            content: "The order is delivered",
            trigger: ".o_art_order_tracking .o_art_current_stage[data-stage='delivered']",
        },
        {
            content: "Download the delivery evidence",
            trigger: ".o_art_order_tracking a.o_art_evidence_link",
            run: async function () {
                const link = document.querySelector(".o_art_order_tracking a.o_art_evidence_link");
                const response = await fetch(link.href);
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
    ],
});
