/* The report's look: defaults, paper sizes, the palette.
 * SPDX-License-Identifier: MIT */
#include <string.h>

#include "layout/report.h"

/* The default palette; config/briefing.cfg spells out the same values. Chosen to
 * stay apart in greyscale: person and accent print dark, place mid-dark, org mid,
 * other light. */
static const struct {
        uint32_t role;
        const char *hex;
} default_palette[] = {
        { DOSSIER_COLOR_TEXT, "#1b1f24" },
        { DOSSIER_COLOR_MUTED, "#5f6b76" },
        { DOSSIER_COLOR_ACCENT, "#1f4e79" },
        { DOSSIER_COLOR_RULE, "#c5ccd3" },
        { DOSSIER_COLOR_BACKGROUND, "#eef2f6" },
        { DOSSIER_COLOR_PERSON, "#1f4e79" },
        { DOSSIER_COLOR_ORG, "#d08a2c" },
        { DOSSIER_COLOR_PLACE, "#3f8f5a" },
        { DOSSIER_COLOR_OTHER, "#c3cad2" },
        { DOSSIER_COLOR_PAST, "#1f4e79" },
        { DOSSIER_COLOR_FUTURE, "#c2402b" },
};

static const struct {
        const char *name;
        double width, height;
} papers[] = {
        { "A4", 595.28, 841.89 },
        { "Letter", 612.0, 792.0 },
};

void dossier_report_style_init(DossierReportStyle *style) {
        g_return_if_fail(style != NULL);
        *style = (DossierReportStyle) {
                .title = g_strdup("Intelligence Briefing"),
                .marking = g_strdup("UNCLASSIFIED"),
                .author = g_strdup("dossier"),
                .margin_top = 64.0,
                .margin_right = 58.0,
                .margin_bottom = 64.0,
                .margin_left = 58.0,
                .font_family = g_strdup("Lato"),
                .font_size = 10.0,
        };
        (void) dossier_report_style_set_paper(style, "A4");
        for (size_t i = 0; i < G_N_ELEMENTS(default_palette); i++)
                (void) dossier_report_style_set_color(style, default_palette[i].role,
                                                      default_palette[i].hex);
}

void dossier_report_style_clear(DossierReportStyle *style) {
        if (!style)
                return;
        g_clear_pointer(&style->title, g_free);
        g_clear_pointer(&style->subtitle, g_free);
        g_clear_pointer(&style->marking, g_free);
        g_clear_pointer(&style->author, g_free);
        g_clear_pointer(&style->date, g_free);
        g_clear_pointer(&style->font_family, g_free);
}

void dossier_report_style_copy(DossierReportStyle *dest, const DossierReportStyle *src) {
        g_return_if_fail(dest != NULL && src != NULL);
        *dest = *src;
        dest->title = g_strdup(src->title);
        dest->subtitle = g_strdup(src->subtitle);
        dest->marking = g_strdup(src->marking);
        dest->author = g_strdup(src->author);
        dest->date = g_strdup(src->date);
        dest->font_family = g_strdup(src->font_family);
}

bool dossier_report_style_set_paper(DossierReportStyle *style, const char *name) {
        g_return_val_if_fail(style != NULL, false);
        if (!name)
                return false;
        for (size_t i = 0; i < G_N_ELEMENTS(papers); i++) {
                if (g_ascii_strcasecmp(name, papers[i].name) == 0) {
                        style->paper_width = papers[i].width;
                        style->paper_height = papers[i].height;
                        return true;
                }
        }
        return false;
}

bool dossier_report_style_set_color(DossierReportStyle *style, uint32_t role, const char *hex) {
        g_return_val_if_fail(style != NULL, false);
        if (role == 0 || role >= DOSSIER_N_COLORS || !hex || strlen(hex) != 7 || hex[0] != '#')
                return false;
        double rgb[3];
        for (int i = 0; i < 3; i++) {
                int hi = g_ascii_xdigit_value(hex[1 + 2 * i]);
                int lo = g_ascii_xdigit_value(hex[2 + 2 * i]);
                if (hi < 0 || lo < 0)
                        return false;
                rgb[i] = (hi * 16 + lo) / 255.0;
        }
        memcpy(style->colors[role], rgb, sizeof rgb);
        return true;
}
