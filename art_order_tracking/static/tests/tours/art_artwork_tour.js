/** @odoo-module **/
/* Copyright 2026 Art Trade Suite contributors
 * License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl). */
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("art_artwork_tour", {
    url: "/odoo/artworks",
    steps: () => [
        {
            content: "Create a new artwork from the catalogue",
            trigger: ".o-kanban-button-new",
            run: "click",
        },
        {
            content: "The artwork page is shown for a new artwork",
            trigger: ".o_notebook .nav-link.active:contains(Artwork)",
        },
        {
            content: "Title",
            trigger: ".o_field_widget[name=name] textarea",
            run: "edit Tour Ink Landscape",
        },
        {
            content: "Artist",
            trigger: ".o_field_widget[name=art_artist_id] input",
            run: "edit Tour Painter",
        },
        {
            content: "Pick the artist",
            trigger: ".o-autocomplete--dropdown-item a:contains(Tour Painter)",
            run: "click",
        },
        {
            content: "Category",
            trigger: ".o_field_widget[name=art_category] select",
            run: "selectByLabel Painting",
        },
        {
            content: "Year",
            trigger: ".o_field_widget[name=art_year] input",
            run: "edit 2019",
        },
        {
            content: "Height",
            trigger: ".o_field_widget[name=art_height] input",
            run: "edit 90",
        },
        {
            content: "Width",
            trigger: ".o_field_widget[name=art_width] input",
            run: "edit 60",
        },
        {
            content: "Medium",
            trigger: ".o_field_widget[name=art_medium] input",
            run: "edit Ink on paper",
        },
        {
            content: "Save the artwork",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Saved",
            trigger: ".o_form_saved",
        },
        {
            content: "Open its physical works (serial numbers)",
            trigger: "button[name=action_view_art_lots]",
            run: "click",
        },
        {
            content: "Add the first serial number",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "Serial number",
            trigger: ".o_field_widget[name=name] input",
            run: "edit TOUR-0001",
        },
        {
            content: "The serial belongs to the new artwork",
            trigger: ".o_field_widget[name=product_id] input:value(Tour Ink Landscape)",
        },
        {
            content: "Save the serial",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Serial saved",
            trigger: ".o_form_saved",
        },
        {
            content: "Open its condition reports",
            trigger: "button[name=action_view_art_condition_reports]",
            run: "click",
        },
        {
            content: "New condition report",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "The report is about the new serial",
            trigger: ".o_field_widget[name=lot_id] input:value(TOUR-0001)",
        },
        {
            content: "Overall grade",
            trigger: ".o_field_widget[name=grade] select",
            run: "selectByLabel Excellent",
        },
        {
            content: "Save the condition report",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Condition report saved",
            trigger: ".o_form_saved",
        },
    ],
});
