/* Drawing placed blocks: headings (with their outline entries), paragraphs line by
 * line, links, table rows, figures.
 * SPDX-License-Identifier: MIT */
#include <string.h>

#include <cairo-pdf.h>

#include "layout/report-private.h"

/* Rule widths, points. */
#define RULE_THIN 0.4
#define RULE_STRONG 0.8

void draw_set_color(const DossierReportStyle *style, cairo_t *cr, uint32_t role) {
        if (role == 0 || role >= DOSSIER_N_COLORS)
                role = DOSSIER_COLOR_TEXT;
        const double *rgb = style->colors[role];
        cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
}

static void draw_hline(cairo_t *cr, double x0, double x1, double y, double width) {
        cairo_set_line_width(cr, width);
        cairo_move_to(cr, x0, y);
        cairo_line_to(cr, x1, y);
        cairo_stroke(cr);
}

/* cairo 1.16 copies the URI into the PDF string as is, so a backslash or an
 * unbalanced parenthesis would break the file, and a quote would end cairo's
 * attribute early: percent-encode those (and anything not printable ASCII), which
 * leaves the URI's meaning unchanged. */
static char *link_attributes(const char *uri) {
        GString *s = g_string_new("uri='");
        for (const unsigned char *p = (const unsigned char *) uri; *p; p++) {
                if (*p <= 0x20 || *p >= 0x7f || strchr("\\()'\"<>{}|^`", *p))
                        g_string_append_printf(s, "%%%02X", *p);
                else
                        g_string_append_c(s, (char) *p);
        }
        g_string_append_c(s, '\'');
        return g_string_free(s, FALSE);
}

/* Draws lines [first, last) of @box with the first line's top at @y. */
static void draw_lines(DrawState *state, const Box *box, unsigned first, unsigned last, double x,
                       double y) {
        cairo_t *cr = state->cr;
        double top = g_array_index(box->lines, LineBox, first).top;
        draw_set_color(state->style, cr, box->look.color);
        for (unsigned i = first; i < last; i++) {
                const LineBox *line = &g_array_index(box->lines, LineBox, i);
                cairo_move_to(cr, x + box->look.indent + line->x, y + line->baseline - top);
                PangoLayoutLine *layout_line = pango_layout_get_line_readonly(box->layout, (int) i);
                pango_cairo_show_layout_line(cr, layout_line);
        }
}

static void draw_text(DrawState *state, const Placement *p, double x, double y) {
        const Box *box = p->box;
        cairo_t *cr = state->cr;
        if (box->block->style == DOSSIER_TEXT_QUOTE) {
                double h = box_lines_height(box, p->first, p->last);
                draw_set_color(state->style, cr, DOSSIER_COLOR_ACCENT);
                cairo_rectangle(cr, x + 2, y + 1, QUOTE_BAR_WIDTH, h - 2);
                cairo_fill(cr);
        }
        if (!box->block->uri) {
                draw_lines(state, box, p->first, p->last, x, y);
                return;
        }
        /* cairo 1.16 writes a Link whose parent is the structure root into the page's
         * parent tree but never writes the element itself, leaving a damaged file;
         * inside a paragraph element the tree comes out whole. */
        g_autofree char *link = link_attributes(box->block->uri);
        cairo_tag_begin(cr, "P", NULL);
        cairo_tag_begin(cr, CAIRO_TAG_LINK, link);
        draw_lines(state, box, p->first, p->last, x, y);
        cairo_tag_end(cr, CAIRO_TAG_LINK);
        cairo_tag_end(cr, "P");
}

static void draw_heading(DrawState *state, const Placement *p, double x, double y) {
        const Box *box = p->box;
        const DossierReportStyle *style = state->style;
        unsigned n = box_n_lines(box);
        draw_lines(state, box, 0, n, x, y);
        g_autofree char *dest = g_strdup_printf("page=%d pos=[%.2f %.2f]", state->page_number, x,
                                                MAX(y - 6, 0));
        /* A sub-heading nests under its own section's heading, else at the top. */
        bool nested = box->block->level != 1 && state->outline_section == box->section;
        int parent = nested ? state->outline_parent : CAIRO_PDF_OUTLINE_ROOT;
        int id = cairo_pdf_surface_add_outline(state->surface, parent, box->block->text, dest,
                                               CAIRO_PDF_OUTLINE_FLAG_OPEN);
        if (box->block->level != 1)
                return;
        state->outline_parent = id;
        state->outline_section = box->section;
        double rule_y = y + box_lines_height(box, 0, n) + HEADING_RULE_GAP + HEADING_RULE_WIDTH / 2;
        draw_set_color(style, state->cr, DOSSIER_COLOR_ACCENT);
        double width = style->paper_width - style->margin_left - style->margin_right;
        draw_hline(state->cr, x, x + width, rule_y, HEADING_RULE_WIDTH);
}

static void draw_row(DrawState *state, const Box *box, unsigned row, double x, double y) {
        cairo_t *cr = state->cr;
        size_t n_cols = box->block->n_columns;
        draw_set_color(state->style, cr, DOSSIER_COLOR_TEXT);
        for (size_t c = 0; c < n_cols; c++) {
                cairo_move_to(cr, x + box->col_x[c] + CELL_PAD_X, y + CELL_PAD_Y);
                pango_cairo_show_layout(cr, box->cells[row * n_cols + c]);
        }
}

static void draw_table(DrawState *state, const Placement *p, double x, double y) {
        const Box *box = p->box;
        cairo_t *cr = state->cr;
        const DossierReportStyle *style = state->style;
        double width = box->col_x[box->block->n_columns], head = box->row_heights[0];
        double top = y;
        draw_set_color(style, cr, DOSSIER_COLOR_BACKGROUND);
        cairo_rectangle(cr, x, y, width, head);
        cairo_fill(cr);
        draw_row(state, box, 0, x, y);
        y += head;
        for (unsigned r = p->first; r < p->last; r++) {
                draw_row(state, box, r + 1, x, y);
                y += box->row_heights[r + 1];
                if (r + 1 < p->last) {
                        draw_set_color(style, cr, DOSSIER_COLOR_RULE);
                        draw_hline(cr, x, x + width, y, RULE_THIN);
                }
        }
        /* Drawn last so the rows' rules never cover them. */
        draw_set_color(style, cr, DOSSIER_COLOR_ACCENT);
        draw_hline(cr, x, x + width, y - RULE_STRONG / 2, RULE_STRONG);
        draw_hline(cr, x, x + width, top + head, RULE_STRONG);
}

static void draw_figure(DrawState *state, const Placement *p, double x, double y) {
        const Box *box = p->box;
        cairo_t *cr = state->cr;
        double width = state->style->paper_width - state->style->margin_left -
                       state->style->margin_right;
        cairo_save(cr);
        /* A scaled-down figure is centred rather than left hanging. */
        cairo_translate(cr, x + width * (1 - p->scale) / 2, y);
        cairo_scale(cr, p->scale, p->scale);
        cairo_rectangle(cr, 0, 0, width, box->block->height);
        cairo_clip(cr);
        cairo_set_source_surface(cr, box->block->figure, 0, 0);
        cairo_paint(cr);
        cairo_restore(cr);
}

void draw_sheet(DrawState *state, const Sheet *sheet) {
        double x = state->style->margin_left;
        for (guint i = 0; i < sheet->placements->len; i++) {
                const Placement *p = &g_array_index(sheet->placements, Placement, i);
                double y = state->style->margin_top + p->y;
                switch (p->box->block->kind) {
                case BLOCK_HEADING:
                        draw_heading(state, p, x, y);
                        break;
                case BLOCK_TEXT:
                        draw_text(state, p, x, y);
                        break;
                case BLOCK_TABLE:
                        draw_table(state, p, x, y);
                        break;
                case BLOCK_FIGURE:
                        draw_figure(state, p, x, y);
                        break;
                case BLOCK_SPACE:
                case BLOCK_BREAK:
                default:
                        break;
                }
        }
}
