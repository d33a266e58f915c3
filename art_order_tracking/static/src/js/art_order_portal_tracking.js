/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
   License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import publicWidget from "@web/legacy/js/public/public_widget";

/**
 * Keeps the tracking block of an art order's portal page current: the server
 * sends a bus notice on the order's secret channel when an event arrives;
 * the block is then fetched again (through the same portal access checks).
 * A slow poll covers browsers without a bus connection.
 */
publicWidget.registry.ArtOrderPortalTracking = publicWidget.Widget.extend({
    selector: ".o_art_order_tracking",

    start() {
        this._onUpdate = this._refresh.bind(this);
        try {
            this.busService = this.bindService("bus_service");
            this.busService.addChannel(this.el.dataset.channel);
            this.busService.subscribe("art_order_tracking/updated", this._onUpdate);
        } catch {
            this.busService = null;
        }
        this._poll = setInterval(this._onUpdate, 10000);
        return this._super(...arguments);
    },

    destroy() {
        clearInterval(this._poll);
        if (this.busService) {
            this.busService.unsubscribe("art_order_tracking/updated", this._onUpdate);
            this.busService.deleteChannel(this.el.dataset.channel);
        }
        this._super(...arguments);
    },

    async _refresh() {
        let response;
        try {
            response = await fetch(this.el.dataset.url, {credentials: "same-origin"});
        } catch {
            return;
        }
        if (!response.ok) {
            return;
        }
        const holder = document.createElement("div");
        holder.innerHTML = await response.text();
        const fresh = holder.querySelector(".o_art_order_tracking");
        if (fresh && fresh.dataset.version !== this.el.dataset.version) {
            this.el.innerHTML = fresh.innerHTML;
            this.el.dataset.version = fresh.dataset.version;
        }
    },
});

export default publicWidget.registry.ArtOrderPortalTracking;
