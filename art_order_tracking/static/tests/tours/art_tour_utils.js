/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */

// Helpers shared by the tours of the Art Trade addons.

// A 1x1 PNG: the photo a tour uploads.
export const PNG_B64 =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

/** The bytes of a base64 string. */
export function base64Bytes(b64) {
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** Put a file in the hidden file input of a binary/many2many_binary field. */
export function uploadFile(field, name, type, bytes) {
    const input = field.querySelector("input.o_input_file");
    if (!input) {
        throw new Error("The field has no file input");
    }
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name, {type}));
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", {bubbles: true}));
}
