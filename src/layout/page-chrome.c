/* The header and footer of every sheet: report title, marking and section in the
 * header; briefing date, marking and "Page N of M" in the footer. The cover keeps
 * only the markings and the page number.
 * SPDX-License-Identifier: MIT */
#include <stdio.h>

#include "layout/report-private.h"

#define CHROME_SIZE 0.75   /* times the body size */
#define HEADER_TEXT_UP 30  /* header baseline, points above the content area */
#define HEADER_RULE_UP 22  /* header rule, points above the content area */
#define FOOTER_TEXT_DOWN 34 /* footer baseline, points below the content area */

typedef enum { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT } Align;

static const char *const month_names[] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December",
};

/* "2024-11-25" -> "25 November 2024"; written out by hand so the footer does not
 * depend on the process locale. Anything else is shown as given. */
static char *date_format(const char *iso) {
        int y, m, d;
        char rest;
        if (!iso || sscanf(iso, "%4d-%2d-%2d%c", &y, &m, &d, &rest) != 3 || m < 1 || m > 12 ||
            !g_date_valid_dmy((GDateDay) d, (GDateMonth) m, (GDateYear) y))
                return g_strdup(iso);
        return g_strdup_printf("%d %s %d", d, month_names[m - 1], y);
}

/* The three slots of a header or footer line share its width, so a long title or
 * marking is shortened with an ellipsis instead of running into its neighbours. */
#define SIDE_SHARE 0.25
#define CENTER_SHARE 0.46

static void chrome_text(DrawState *state, const char *text, bool strong, Align align, double x,
                        double baseline, double max_width) {
        if (!text || !*text)
                return;
        const DossierReportStyle *style = state->style;
        TextLook look = {
                .size = CHROME_SIZE * style->font_size,
                .weight = strong ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                .slant = PANGO_STYLE_NORMAL,
                .leading = 1.2,
        };
        g_autoptr(PangoLayout) layout = typography_layout_new(state->context, style, &look, -1);
        typography_layout_set_content(layout, &look, text, false);
        pango_layout_set_width(layout, (int) (max_width * PANGO_SCALE));
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
        if (strong) {
                /* Markings are spaced capitals, as on printed classified pages. */
                PangoAttrList *attrs = pango_attr_list_copy(pango_layout_get_attributes(layout));
                pango_attr_list_insert(attrs, pango_attr_letter_spacing_new(PANGO_SCALE));
                pango_layout_set_attributes(layout, attrs);
                pango_attr_list_unref(attrs);
        }
        PangoRectangle logical;
        pango_layout_get_extents(layout, NULL, &logical);
        double w = (double) logical.width / PANGO_SCALE;
        double left = align == ALIGN_LEFT ? x : align == ALIGN_CENTER ? x - w / 2 : x - w;
        draw_set_color(style, state->cr, strong ? DOSSIER_COLOR_TEXT : DOSSIER_COLOR_MUTED);
        cairo_move_to(state->cr, left,
                      baseline - (double) pango_layout_get_baseline(layout) / PANGO_SCALE);
        pango_cairo_show_layout(state->cr, layout);
}

static void chrome_header(DrawState *state, const Sheet *sheet) {
        const DossierReportStyle *s = state->style;
        double left = s->margin_left, right = s->paper_width - s->margin_right;
        double baseline = s->margin_top - HEADER_TEXT_UP, width = right - left;
        chrome_text(state, s->marking, true, ALIGN_CENTER, (left + right) / 2, baseline,
                    width * CENTER_SHARE);
        if (sheet->is_cover)
                return;
        chrome_text(state, s->title, false, ALIGN_LEFT, left, baseline, width * SIDE_SHARE);
        chrome_text(state, sheet->running_head, false, ALIGN_RIGHT, right, baseline,
                    width * SIDE_SHARE);
        draw_set_color(s, state->cr, DOSSIER_COLOR_RULE);
        cairo_set_line_width(state->cr, 0.5);
        cairo_move_to(state->cr, left, s->margin_top - HEADER_RULE_UP);
        cairo_line_to(state->cr, right, s->margin_top - HEADER_RULE_UP);
        cairo_stroke(state->cr);
}

static void chrome_footer(DrawState *state, int n_pages) {
        const DossierReportStyle *s = state->style;
        double left = s->margin_left, right = s->paper_width - s->margin_right;
        double baseline = s->paper_height - s->margin_bottom + FOOTER_TEXT_DOWN;
        g_autofree char *date = date_format(s->date);
        g_autofree char *number = g_strdup_printf("Page %d of %d", state->page_number, n_pages);
        double width = right - left;
        chrome_text(state, date, false, ALIGN_LEFT, left, baseline, width * SIDE_SHARE);
        chrome_text(state, s->marking, true, ALIGN_CENTER, (left + right) / 2, baseline,
                    width * CENTER_SHARE);
        chrome_text(state, number, false, ALIGN_RIGHT, right, baseline, width * SIDE_SHARE);
}

void chrome_draw(DrawState *state, const Sheet *sheet, int n_pages) {
        chrome_header(state, sheet);
        chrome_footer(state, n_pages);
}
