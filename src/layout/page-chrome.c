/* The header and footer of every sheet: report title, marking and section in the
 * header; briefing date, marking and "Page N of M" in the footer. The cover keeps
 * only the markings and the page number. A marking is shown whole: set smaller
 * when long, on a line of its own when longer still.
 * SPDX-License-Identifier: MIT */
#include <stdio.h>

#include "layout/report-private.h"
#include "model/iso-date.h"

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
        if (!iso || !dossier_iso_date_is_valid(iso) || sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3)
                return g_strdup(iso);
        return g_strdup_printf("%d %s %d", d, month_names[m - 1], y);
}

/* The side slots of a header or footer line take at most this share of its width
 * each; a longer title is shortened with an ellipsis. */
#define SIDE_SHARE 0.25
/* Room kept between the marking and a side slot, points. */
#define SLOT_GAP 12.0
/* A marking too long for the middle of the line is set smaller, down to this size
 * (times the body size), then on a line of its own: a classification marking is
 * never cut short. */
#define MARKING_MIN_SIZE 0.6
/* Letter spacing of the marking, times its size (1 pt at the usual 7.5 pt). */
#define MARKING_SPACING 0.133
/* A marking's own line: its baseline this far above the header line, or below the
 * footer line, points. */
#define MARKING_LINE_STEP 10.0

/* A chrome layout of @text at @size points; @strong sets the marking's spaced bold
 * capitals. @width < 0: one unbounded line. */
static PangoLayout *chrome_layout(DrawState *state, const char *text, bool strong, double size,
                                  double width) {
        const DossierReportStyle *style = state->style;
        TextLook look = {
                .size = size,
                .weight = strong ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                .slant = PANGO_STYLE_NORMAL,
                .leading = 1.2,
        };
        PangoLayout *layout = typography_layout_new(state->context, style, &look, width);
        typography_layout_set_content(layout, &look, text, false);
        if (strong) {
                /* Markings are spaced capitals, as on printed classified pages; the
                 * spacing shrinks with a long marking's smaller type. */
                PangoAttrList *attrs = pango_attr_list_copy(pango_layout_get_attributes(layout));
                pango_attr_list_insert(attrs, pango_attr_letter_spacing_new(
                                                      (int) (MARKING_SPACING * size * PANGO_SCALE)));
                pango_layout_set_attributes(layout, attrs);
                pango_attr_list_unref(attrs);
        }
        return layout;
}

static double layout_width(PangoLayout *layout) {
        PangoRectangle logical;
        pango_layout_get_extents(layout, NULL, &logical);
        return (double) logical.width / PANGO_SCALE;
}

/* Draws @layout with its first baseline at @baseline, aligned at @x. */
static void chrome_show(DrawState *state, PangoLayout *layout, bool strong, Align align, double x,
                        double baseline) {
        double w = layout_width(layout);
        double left = align == ALIGN_LEFT ? x : align == ALIGN_CENTER ? x - w / 2 : x - w;
        draw_set_color(state->style, state->cr, strong ? DOSSIER_COLOR_TEXT : DOSSIER_COLOR_MUTED);
        cairo_move_to(state->cr, left,
                      baseline - (double) pango_layout_get_baseline(layout) / PANGO_SCALE);
        pango_cairo_show_layout(state->cr, layout);
}

/* A side slot's text, ellipsized to its share. Returns: the width it took. */
static double chrome_side(DrawState *state, const char *text, Align align, double x,
                          double baseline, double max_width) {
        if (!text || !*text)
                return 0;
        g_autoptr(PangoLayout) layout = chrome_layout(
                state, text, false, CHROME_SIZE * state->style->font_size, -1);
        pango_layout_set_width(layout, (int) (max_width * PANGO_SCALE));
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
        chrome_show(state, layout, false, align, x, baseline);
        return layout_width(layout);
}

static double side_width(DrawState *state, const char *text, double max_width) {
        if (!text || !*text)
                return 0;
        g_autoptr(PangoLayout) layout = chrome_layout(
                state, text, false, CHROME_SIZE * state->style->font_size, -1);
        return MIN(layout_width(layout), max_width);
}

/* The marking centred on the line between side texts @side wide: at the usual
 * size, or smaller; when even the smallest does not fit, on a line of its own
 * @step points further out (negative: up), the whole width, wrapped if it must. */
static void chrome_marking(DrawState *state, double baseline, double side, double step) {
        const DossierReportStyle *s = state->style;
        if (!s->marking || !*s->marking)
                return;
        double left = s->margin_left, right = s->paper_width - s->margin_right;
        double width = right - left, center = (left + right) / 2;
        double room = side > 0 ? width - 2 * (side + SLOT_GAP) : width;
        double size = CHROME_SIZE * s->font_size, min = MARKING_MIN_SIZE * s->font_size;
        for (; size >= min - 0.01; size -= 0.25) {
                g_autoptr(PangoLayout) layout = chrome_layout(state, s->marking, true, size, -1);
                if (layout_width(layout) <= room) {
                        chrome_show(state, layout, true, ALIGN_CENTER, center, baseline);
                        return;
                }
        }
        g_autoptr(PangoLayout) layout = chrome_layout(state, s->marking, true, min, width);
        pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
        int lines = pango_layout_get_line_count(layout);
        double line = min * 1.2;
        /* wrapped lines grow away from the content: upwards in the header */
        double first = step < 0 ? baseline + step - (lines - 1) * line : baseline + step;
        cairo_move_to(state->cr, left,
                      first - (double) pango_layout_get_baseline(layout) / PANGO_SCALE);
        draw_set_color(s, state->cr, DOSSIER_COLOR_TEXT);
        pango_cairo_show_layout(state->cr, layout);
}

static void chrome_header(DrawState *state, const Sheet *sheet) {
        const DossierReportStyle *s = state->style;
        double left = s->margin_left, right = s->paper_width - s->margin_right;
        double baseline = s->margin_top - HEADER_TEXT_UP, width = right - left;
        if (sheet->is_cover) {
                chrome_marking(state, baseline, 0, -MARKING_LINE_STEP);
                return;
        }
        double max_side = width * SIDE_SHARE;
        double side = MAX(side_width(state, s->title, max_side),
                          side_width(state, sheet->running_head, max_side));
        chrome_marking(state, baseline, side, -MARKING_LINE_STEP);
        chrome_side(state, s->title, ALIGN_LEFT, left, baseline, max_side);
        chrome_side(state, sheet->running_head, ALIGN_RIGHT, right, baseline, max_side);
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
        double max_side = (right - left) * SIDE_SHARE;
        double side = MAX(side_width(state, date, max_side), side_width(state, number, max_side));
        chrome_marking(state, baseline, side, MARKING_LINE_STEP);
        chrome_side(state, date, ALIGN_LEFT, left, baseline, max_side);
        chrome_side(state, number, ALIGN_RIGHT, right, baseline, max_side);
}

void chrome_draw(DrawState *state, const Sheet *sheet, int n_pages) {
        chrome_header(state, sheet);
        chrome_footer(state, n_pages);
}
