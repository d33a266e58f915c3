/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("art_order_tracking_menu_tour", {
    url: "/odoo",
    steps: () => [
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "Open the Art Trade app",
            trigger: '.o_app[data-menu-xmlid="art_order_tracking.art_trade_menu_root"]',
            run: "click",
        },
        {
            content: "The Art Trade app is open",
            trigger: '.o_menu_brand:contains("Art Trade")',
        },
        {
            content: "It lands on the art orders",
            trigger: '.o_breadcrumb:contains("Art Orders")',
        },
    ],
});

registry.category("web_tour.tours").add("art_order_tracking_portal_orders_tour", {
    url: "/my",
    steps: () => [
        {
            content: "The portal home lists the customer's sales orders",
            trigger: 'a[href="/my/orders"]',
            run: "click",
        },
        {
            content: "The orders page shows the confirmed order",
            trigger: ".o_portal_my_doc_table a:contains('S0')",
            run: "click",
        },
        {
            content: "The order page opens",
            trigger: "#portal_sale_content, .o_portal_sale_sidebar",
        },
    ],
});
