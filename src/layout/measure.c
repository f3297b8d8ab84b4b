/* Measuring blocks: Pango layouts, line boxes and row heights for the content
 * width, so the flow can place and split them without drawing.
 * SPDX-License-Identifier: MIT */
#include "layout/report-private.h"

static double from_pango(int units) {
        return (double) units / PANGO_SCALE;
}

static GArray *lines_collect(PangoLayout *layout) {
        GArray *lines = g_array_new(FALSE, FALSE, sizeof(LineBox));
        PangoLayoutIter *iter = pango_layout_get_iter(layout);
        do {
                int y0, y1;
                PangoRectangle logical;
                pango_layout_iter_get_line_yrange(iter, &y0, &y1);
                pango_layout_iter_get_line_extents(iter, NULL, &logical);
                LineBox line = {
                        .top = from_pango(y0),
                        .bottom = from_pango(y1),
                        .baseline = from_pango(pango_layout_iter_get_baseline(iter)),
                        .x = from_pango(logical.x),
                };
                g_array_append_val(lines, line);
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
        return lines;
}

static void measure_lines(Box *box, PangoContext *context, const DossierReportStyle *style,
                          double width, const char *text, bool is_markup) {
        box->layout = typography_layout_new(context, style, &box->look, width - box->look.indent);
        typography_layout_set_content(box->layout, &box->look, text, is_markup);
        box->lines = lines_collect(box->layout);
        box->height = box_lines_height(box, 0, box->lines->len);
}

static double cell_height(PangoLayout *layout) {
        int height;
        pango_layout_get_size(layout, NULL, &height);
        return from_pango(height) + 2 * CELL_PAD_Y;
}

static void measure_table(Box *box, PangoContext *context, const DossierReportStyle *style,
                          double width) {
        const Block *block = box->block;
        size_t n_cols = block->n_columns, n_rows = 1 + block->rows->len;
        box->col_x = g_new(double, n_cols + 1);
        box->col_x[0] = 0;
        for (size_t c = 0; c < n_cols; c++)
                box->col_x[c + 1] = box->col_x[c] + block->widths[c] * width;
        box->cells = g_new0(PangoLayout *, n_rows * n_cols);
        box->row_heights = g_new0(double, n_rows);
        TextLook head, body;
        typography_cell_look(style, true, &head);
        typography_cell_look(style, false, &body);
        for (size_t r = 0; r < n_rows; r++) {
                const TextLook *look = r == 0 ? &head : &body;
                char **texts = r == 0 ? block->headers : g_ptr_array_index(block->rows, r - 1);
                for (size_t c = 0; c < n_cols; c++) {
                        double w = box->col_x[c + 1] - box->col_x[c] - 2 * CELL_PAD_X;
                        PangoLayout *cell = typography_layout_new(context, style, look, MAX(w, 1));
                        typography_layout_set_content(cell, look, texts[c], r > 0);
                        box->row_heights[r] = MAX(box->row_heights[r], cell_height(cell));
                        box->cells[r * n_cols + c] = cell;
                }
        }
        box->look = body;
}

Box *box_measure(const Block *block, PangoContext *context, const DossierReportStyle *style,
                 double width, double height) {
        Box *box = g_new0(Box, 1);
        box->block = block;
        box->scale = 1.0;
        switch (block->kind) {
        case BLOCK_HEADING:
                typography_heading_look(style, block->level, &box->look);
                measure_lines(box, context, style, width, block->text, false);
                if (block->level == 1)
                        box->height += HEADING_RULE_GAP + HEADING_RULE_WIDTH;
                break;
        case BLOCK_TEXT:
                typography_text_look(style, block->style, &box->look);
                measure_lines(box, context, style, width, block->text, true);
                break;
        case BLOCK_TABLE:
                measure_table(box, context, style, width);
                break;
        case BLOCK_FIGURE:
                /* Too tall for any page: shrink it to fit rather than cut it. */
                box->scale = block->height > height ? height / block->height : 1.0;
                box->height = block->height * box->scale;
                box->look.before = 0.6 * style->font_size;
                box->look.after = 1.0 * style->font_size;
                break;
        case BLOCK_SPACE:
                box->height = block->space;
                break;
        case BLOCK_BREAK:
        default:
                break;
        }
        return box;
}

void box_free(Box *box) {
        if (!box)
                return;
        g_clear_object(&box->layout);
        g_clear_pointer(&box->lines, g_array_unref);
        if (box->cells) {
                size_t n = (1 + box->block->rows->len) * box->block->n_columns;
                for (size_t i = 0; i < n; i++)
                        g_clear_object(&box->cells[i]);
                g_free(box->cells);
        }
        g_free(box->row_heights);
        g_free(box->col_x);
        g_free(box);
}

double box_lines_height(const Box *box, unsigned first, unsigned last) {
        if (!box->lines || first >= last)
                return 0;
        return g_array_index(box->lines, LineBox, last - 1).bottom -
               g_array_index(box->lines, LineBox, first).top;
}

unsigned box_n_lines(const Box *box) {
        return box->lines ? box->lines->len : 0;
}

unsigned box_n_rows(const Box *box) {
        return box->block->rows ? box->block->rows->len : 0;
}
