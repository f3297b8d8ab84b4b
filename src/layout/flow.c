/* Paginating measured blocks onto sheets.
 *
 * Rules, in the order they bite:
 * - a section goes on below the one before when it fits whole in what is left of
 *   the sheet, or, when it has no figure, when a third of the sheet is free;
 *   otherwise it starts a new sheet. (A sheet per section left a three-line Sources
 *   list alone on a page; a section with a chart starts its own sheet so the chart
 *   and its table are not pulled apart.)
 * - space at the top of a sheet is dropped, unless the sheet was started by the
 *   section or a break (a cover's spacing);
 * - a heading moves to the next sheet unless the first part of what follows it
 *   fits below it (two lines of a paragraph, a table's header and first row);
 * - a paragraph splits between lines, leaving at least two lines on each side;
 * - a table splits between rows, repeating its header row, with at least two rows
 *   on each side (a header over one lone row reads as a stray); a row never splits;
 * - a figure never splits (it was scaled down at measuring if taller than a sheet);
 *   below a heading it may shrink a little more rather than leave the heading.
 * SPDX-License-Identifier: MIT */
#include "layout/report-private.h"

/* Lines kept together at either end of a split paragraph. */
#define MIN_LINES 2
/* Table rows kept together at either end of a split table. */
#define MIN_ROWS 2
/* The share of a sheet that must be free for a section without figures that does
 * not fit whole to begin below the one before. */
#define SECTION_SHARE_FREE 0.33
/* How far a figure may shrink to stay on the sheet of its heading. */
#define FIGURE_MIN_SCALE 0.8

typedef struct Cursor {
        Flow *flow;
        Sheet *sheet;
        double y;            /* from the content top */
        double after;        /* space the previous block wants below it */
        bool asked;          /* the sheet was started by a section or a break */
        const char *running_head;
} Cursor;

static void sheet_free(Sheet *sheet) {
        g_array_unref(sheet->placements);
        g_free(sheet);
}

static void cursor_new_sheet(Cursor *cur) {
        Sheet *sheet = g_new0(Sheet, 1);
        sheet->placements = g_array_new(FALSE, FALSE, sizeof(Placement));
        sheet->running_head = cur->running_head;
        g_ptr_array_add(cur->flow->sheets, sheet);
        cur->sheet = sheet;
        cur->y = 0;
        cur->after = 0;
        cur->asked = false;
}

static bool cursor_at_top(const Cursor *cur) {
        return cur->sheet->placements->len == 0 && cur->y <= 0;
}

static double cursor_gap(const Cursor *cur, double before) {
        return cursor_at_top(cur) ? 0 : MAX(cur->after, before);
}

static void cursor_place(Cursor *cur, const Box *box, PlaceKind kind, double y, unsigned first,
                         unsigned last) {
        Placement p = { .box = box, .kind = kind, .y = y, .first = first, .last = last,
                        .scale = box->scale };
        g_array_append_val(cur->sheet->placements, p);
        if (box->block->kind == BLOCK_TEXT && box->block->style == DOSSIER_TEXT_TITLE)
                cur->sheet->is_cover = true;
}

/* Lines of a paragraph that must go together at its start. */
static unsigned text_min_lines(const Box *box) {
        unsigned n = box_n_lines(box);
        return n >= 2 * MIN_LINES ? MIN_LINES : n;
}

/* Body rows of a table that must go together at its start (all of a short one). */
static unsigned table_min_rows(const Box *box) {
        unsigned n = box_n_rows(box);
        return n >= 2 * MIN_ROWS ? MIN_ROWS : n;
}

/* Height of body rows [first, last). */
static double rows_height(const Box *box, unsigned first, unsigned last) {
        double h = 0;
        for (unsigned r = first; r < last; r++)
                h += box->row_heights[r + 1];
        return h;
}

/* The height that must follow a heading on its sheet: the first unbreakable part
 * of the next blocks of the section (headings chain: h1 then h2 then text). */
static double lead_height(GPtrArray *boxes, guint from, guint end, double after) {
        double total = 0;
        for (guint i = from; i < end; i++) {
                const Box *box = g_ptr_array_index(boxes, i);
                double gap = MAX(after, box->look.before);
                switch (box->block->kind) {
                case BLOCK_SPACE:
                        total += box->height;
                        continue;
                case BLOCK_HEADING:
                        total += gap + box->height;
                        after = box->look.after;
                        continue;
                case BLOCK_TEXT:
                        return total + gap + box_lines_height(box, 0, text_min_lines(box));
                case BLOCK_TABLE:
                        return total + gap + box->row_heights[0] +
                               rows_height(box, 0, table_min_rows(box));
                case BLOCK_FIGURE:
                        return total + gap + FIGURE_MIN_SCALE * box->height;
                case BLOCK_BREAK:
                default:
                        return total;
                }
        }
        return total;
}

static void flow_heading(Cursor *cur, const Box *box, double lead) {
        double height = cur->flow->height;
        double gap = cursor_gap(cur, box->look.before);
        if (!cursor_at_top(cur) && cur->y + gap + box->height + lead > height) {
                cursor_new_sheet(cur);
                gap = 0;
        }
        cursor_place(cur, box, PLACE_WHOLE, cur->y + gap, 0, 0);
        cur->y += gap + box->height;
        cur->after = box->look.after;
}

/* How many lines from @first fit in @avail points. */
static unsigned lines_fitting(const Box *box, unsigned first, double avail) {
        unsigned n = box_n_lines(box), k = 0;
        while (first + k < n && box_lines_height(box, first, first + k + 1) <= avail + 0.01)
                k++;
        return k;
}

static void flow_text(Cursor *cur, const Box *box) {
        unsigned n = box_n_lines(box), first = 0;
        while (first < n) {
                double gap = first == 0 ? cursor_gap(cur, box->look.before) : 0;
                double avail = cur->flow->height - cur->y - gap;
                unsigned fit = lines_fitting(box, first, avail), rest = n - first;
                if (fit >= rest) {
                        cursor_place(cur, box, PLACE_LINES, cur->y + gap, first, n);
                        cur->y += gap + box_lines_height(box, first, n);
                        cur->after = box->look.after;
                        return;
                }
                unsigned k = MIN(fit, rest - MIN(rest, MIN_LINES));
                if (k < MIN_LINES)
                        k = 0;
                if (k == 0 && !cursor_at_top(cur)) {
                        cursor_new_sheet(cur);
                        continue;
                }
                if (k == 0)
                        k = MAX(fit, 1); /* taller than a sheet with no break allowed */
                cursor_place(cur, box, PLACE_LINES, cur->y + gap, first, first + k);
                first += k;
                cursor_new_sheet(cur);
        }
}

/* Where the body rows from @start end on a sheet whose rows may reach @limit
 * (points from the content top, rows starting at @y): at least one row, however
 * tall, so the table ends; never leaving fewer than MIN_ROWS for the next sheet
 * when that keeps MIN_ROWS here. */
static unsigned rows_end(const Box *box, unsigned start, double y, double limit) {
        unsigned n = box_n_rows(box), row = start;
        while (row < n && (row == start || y + box->row_heights[row + 1] <= limit + 0.01)) {
                y += box->row_heights[row + 1];
                row++;
        }
        if (row < n && n - row < MIN_ROWS && row - start > MIN_ROWS)
                row = MAX(start + MIN_ROWS, n - MIN_ROWS);
        return row;
}

static void flow_table(Cursor *cur, const Box *box) {
        double height = cur->flow->height, head = box->row_heights[0];
        unsigned n = box_n_rows(box), row = 0;
        double gap = cursor_gap(cur, box->look.before);
        double need = head + rows_height(box, 0, table_min_rows(box));
        if (!cursor_at_top(cur) && cur->y + gap + need > height) {
                cursor_new_sheet(cur);
                gap = 0;
        }
        for (;;) {
                double top = cur->y + gap;
                unsigned start = row;
                row = rows_end(box, start, top + head, height);
                cursor_place(cur, box, PLACE_ROWS, top, start, row);
                cur->y = top + head + rows_height(box, start, row);
                cur->after = box->look.after;
                if (row >= n)
                        return;
                cursor_new_sheet(cur);
                gap = 0;
        }
}

/* True when everything on the sheet so far is headings: moving them along with
 * the next block would gain nothing. */
static bool sheet_only_headings(const Sheet *sheet) {
        for (guint i = 0; i < sheet->placements->len; i++) {
                const Placement *p = &g_array_index(sheet->placements, Placement, i);
                if (p->box->block->kind != BLOCK_HEADING)
                        return false;
        }
        return true;
}

static bool after_heading(const Sheet *sheet) {
        guint n = sheet->placements->len;
        return n && g_array_index(sheet->placements, Placement, n - 1).box->block->kind ==
                            BLOCK_HEADING;
}

static void flow_figure(Cursor *cur, const Box *box) {
        double gap = cursor_gap(cur, box->look.before);
        double avail = cur->flow->height - cur->y - gap, factor = 1.0;
        if (box->height > avail + 0.01) {
                bool shrink = after_heading(cur->sheet) &&
                              (sheet_only_headings(cur->sheet) ||
                               avail >= FIGURE_MIN_SCALE * box->height);
                if (shrink) {
                        factor = MAX(avail, 1.0) / box->height;
                } else if (!cursor_at_top(cur)) {
                        cursor_new_sheet(cur);
                        gap = 0;
                }
        }
        cursor_place(cur, box, PLACE_WHOLE, cur->y + gap, 0, 0);
        Placement *p = &g_array_index(cur->sheet->placements, Placement,
                                      cur->sheet->placements->len - 1);
        p->scale *= factor;
        cur->y += gap + box->height * factor;
        cur->after = box->look.after;
}

/* Space that only pushes text off the top of a sheet the flow started is lost;
 * space at the top of a sheet the renderer asked for (a cover) is kept. */
static void flow_space(Cursor *cur, const Box *box) {
        if (cursor_at_top(cur) && !cur->asked)
                return;
        cur->y += box->height;
        if (cur->y >= cur->flow->height)
                cursor_new_sheet(cur);
}

/* The height of blocks [from, end) set one after another without a break, not
 * counting the space above the first; a section with a page break in it never
 * shares a sheet. */
static double section_height(GPtrArray *boxes, guint from, guint end, double after) {
        double total = 0;
        for (guint i = from; i < end; i++) {
                const Box *box = g_ptr_array_index(boxes, i);
                double gap = i == from ? 0 : MAX(after, box->look.before);
                switch (box->block->kind) {
                case BLOCK_SPACE:
                        total += box->height;
                        after = 0;
                        continue;
                case BLOCK_HEADING:
                case BLOCK_FIGURE:
                        total += gap + box->height;
                        break;
                case BLOCK_TEXT:
                        total += gap + box_lines_height(box, 0, box_n_lines(box));
                        break;
                case BLOCK_TABLE:
                        total += gap + box->row_heights[0] +
                                 rows_height(box, 0, box_n_rows(box));
                        break;
                case BLOCK_BREAK:
                default:
                        return G_MAXDOUBLE;
                }
                after = box->look.after;
        }
        return total;
}

static bool section_has_figure(GPtrArray *boxes, guint from, guint end) {
        for (guint i = from; i < end; i++) {
                const Box *box = g_ptr_array_index(boxes, i);
                if (box->block->kind == BLOCK_FIGURE)
                        return true;
        }
        return false;
}

/* Whether the section of boxes [from, end) begins below what the sheet holds. */
static bool section_shares_sheet(const Cursor *cur, guint from, guint end) {
        GPtrArray *boxes = cur->flow->boxes;
        if (from >= end)
                return false;
        const Box *first = g_ptr_array_index(boxes, from);
        double y = cur->y + MAX(cur->after, first->look.before);
        double free = cur->flow->height - y;
        if (section_height(boxes, from, end, cur->after) <= free + 0.01)
                return true;
        return free >= SECTION_SHARE_FREE * cur->flow->height &&
               !section_has_figure(boxes, from, end);
}

static const char *section_running_head(const DossierPage *section) {
        for (guint i = 0; i < section->blocks->len; i++) {
                const Block *block = g_ptr_array_index(section->blocks, i);
                if (block->kind == BLOCK_HEADING && block->level == 1)
                        return block->text;
        }
        return NULL;
}

static void flow_section(Cursor *cur, guint from, guint end) {
        GPtrArray *boxes = cur->flow->boxes;
        for (guint i = from; i < end; i++) {
                const Box *box = g_ptr_array_index(boxes, i);
                switch (box->block->kind) {
                case BLOCK_HEADING:
                        flow_heading(cur, box,
                                     lead_height(boxes, i + 1, end, box->look.after));
                        break;
                case BLOCK_TEXT:
                        flow_text(cur, box);
                        break;
                case BLOCK_TABLE:
                        flow_table(cur, box);
                        break;
                case BLOCK_FIGURE:
                        flow_figure(cur, box);
                        break;
                case BLOCK_SPACE:
                        flow_space(cur, box);
                        break;
                case BLOCK_BREAK:
                default:
                        if (!cursor_at_top(cur))
                                cursor_new_sheet(cur);
                        cur->asked = true;
                        break;
                }
        }
}

Flow *flow_new(const DossierReport *report, PangoContext *context) {
        const DossierReportStyle *style = &report->style;
        Flow *flow = g_new0(Flow, 1);
        flow->style = style;
        flow->width = style->paper_width - style->margin_left - style->margin_right;
        flow->height = style->paper_height - style->margin_top - style->margin_bottom;
        flow->boxes = g_ptr_array_new_with_free_func((GDestroyNotify) box_free);
        flow->sheets = g_ptr_array_new_with_free_func((GDestroyNotify) sheet_free);
        Cursor cur = { .flow = flow };
        cursor_new_sheet(&cur);
        for (guint s = 0; s < report->sections->len; s++) {
                const DossierPage *section = g_ptr_array_index(report->sections, s);
                guint from = flow->boxes->len;
                for (guint i = 0; i < section->blocks->len; i++) {
                        Box *box = box_measure(g_ptr_array_index(section->blocks, i), context,
                                               style, flow->width, flow->height);
                        box->section = s;
                        g_ptr_array_add(flow->boxes, box);
                }
                guint end = flow->boxes->len;
                cur.running_head = section_running_head(section);
                if (cursor_at_top(&cur)) {
                        cur.sheet->running_head = cur.running_head;
                        cur.asked = true;
                } else if (!section_shares_sheet(&cur, from, end)) {
                        cursor_new_sheet(&cur);
                        cur.asked = true;
                }
                flow_section(&cur, from, end);
        }
        /* A trailing empty sheet (a section ending in a break) is not a page. */
        if (flow->sheets->len > 1 && cursor_at_top(&cur))
                g_ptr_array_remove_index(flow->sheets, flow->sheets->len - 1);
        return flow;
}

void flow_free(Flow *flow) {
        if (!flow)
                return;
        g_ptr_array_unref(flow->sheets);
        g_ptr_array_unref(flow->boxes);
        g_free(flow);
}
