/* Pagination rules, checked on the flow's placements rather than on the PDF. */
#include <cairo-pdf.h>

#include "layout/report-private.h"
#include "sample-report.h"

/* Slack for floating-point sums of line heights. */
#define EPS 0.02

static cairo_status_t discard(void *closure, const unsigned char *data, unsigned int length) {
        return CAIRO_STATUS_SUCCESS;
}

typedef struct Fixture {
        DossierReportStyle style;
        cairo_surface_t *surface;
        cairo_t *cr;
        PangoContext *context;
} Fixture;

static void fixture_setup(Fixture *f, gconstpointer data) {
        dossier_report_style_init(&f->style);
        f->surface = cairo_pdf_surface_create_for_stream(discard, NULL, f->style.paper_width,
                                                         f->style.paper_height);
        f->cr = cairo_create(f->surface);
        f->context = typography_context_new(f->cr);
}

static void fixture_teardown(Fixture *f, gconstpointer data) {
        g_object_unref(f->context);
        cairo_destroy(f->cr);
        cairo_surface_destroy(f->surface);
        dossier_report_style_clear(&f->style);
}

static double placement_height(const Placement *p) {
        const Box *box = p->box;
        switch (p->kind) {
        case PLACE_LINES:
                return box_lines_height(box, p->first, p->last);
        case PLACE_ROWS: {
                double h = box->row_heights[0];
                for (unsigned r = p->first; r < p->last; r++)
                        h += box->row_heights[r + 1];
                return h;
        }
        case PLACE_WHOLE:
        default:
                return box->block->kind == BLOCK_FIGURE ? box->block->height * p->scale
                                                        : box->height;
        }
}

/* Checks every rule of flow.c on every sheet; returns false after reporting. */
static bool flow_check(const Flow *flow, const char *label) {
        bool ok = true;
        for (guint s = 0; s < flow->sheets->len; s++) {
                const Sheet *sheet = g_ptr_array_index(flow->sheets, s);
                GArray *ps = sheet->placements;
                double bottom = 0;
                for (guint i = 0; i < ps->len; i++) {
                        const Placement *p = &g_array_index(ps, Placement, i);
                        const Block *block = p->box->block;
                        double end = p->y + placement_height(p);
                        if (p->y < bottom - EPS || end > flow->height + EPS) {
                                g_test_message("%s: sheet %u item %u: %.1f..%.1f outside or "
                                               "overlapping (%.1f, %.1f)",
                                               label, s, i, p->y, end, bottom, flow->height);
                                ok = false;
                        }
                        bottom = end;
                        unsigned n = box_n_lines(p->box);
                        if (p->kind == PLACE_LINES && n >= 4 && p->last - p->first < 2) {
                                g_test_message("%s: sheet %u: a widow or orphan line", label, s);
                                ok = false;
                        }
                        if (p->kind == PLACE_LINES && n < 4 && p->last - p->first != n) {
                                g_test_message("%s: sheet %u: a short paragraph split", label, s);
                                ok = false;
                        }
                        unsigned rows = box_n_rows(p->box);
                        if (p->kind == PLACE_ROWS && p->last - p->first < MIN(rows, 2) &&
                            p->box->row_heights[p->first + 1] < flow->height / 2) {
                                g_test_message("%s: sheet %u: a table header over fewer than "
                                               "two rows", label, s);
                                ok = false;
                        }
                        if (i + 1 == ps->len && block->kind == BLOCK_HEADING &&
                            s + 1 < flow->sheets->len) {
                                g_test_message("%s: sheet %u ends with heading '%s'", label, s,
                                               block->text);
                                ok = false;
                        }
                }
        }
        return ok;
}

static void test_sample_rules(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = sample_report_new(&f->style, 2);
        g_autoptr(Flow) flow = flow_new(report, f->context);
        g_assert_cmpuint(flow->sheets->len, >, 10);
        g_assert_true(flow_check(flow, "sample"));
        const Sheet *cover = g_ptr_array_index(flow->sheets, 0);
        g_assert_true(cover->is_cover);
        g_assert_null(cover->running_head);
        const Sheet *second = g_ptr_array_index(flow->sheets, 1);
        g_assert_false(second->is_cover);
        g_assert_cmpstr(second->running_head, ==, "Summary");
}

static bool section_has_figure(const Flow *flow, guint section) {
        for (guint i = 0; i < flow->boxes->len; i++) {
                const Box *box = g_ptr_array_index(flow->boxes, i);
                if (box->section == section && box->block->kind == BLOCK_FIGURE)
                        return true;
        }
        return false;
}

static bool section_on_one_sheet(const Flow *flow, guint section, const Sheet *sheet) {
        for (guint s = 0; s < flow->sheets->len; s++) {
                const Sheet *other = g_ptr_array_index(flow->sheets, s);
                for (guint i = 0; other != sheet && i < other->placements->len; i++) {
                        if (g_array_index(other->placements, Placement, i).box->section == section)
                                return false;
                }
        }
        return true;
}

/* A section starts a sheet, unless it fits whole below the one before, or has no
 * figure and finds a third of the sheet free. */
static void test_sections_share_sheets(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = sample_report_new(&f->style, 1);
        g_autoptr(Flow) flow = flow_new(report, f->context);
        guint found = 0, shared = 0;
        for (guint s = 0; s < flow->sheets->len; s++) {
                const Sheet *sheet = g_ptr_array_index(flow->sheets, s);
                for (guint i = 0; i < sheet->placements->len; i++) {
                        const Placement *p = &g_array_index(sheet->placements, Placement, i);
                        if (p->box->block->kind != BLOCK_HEADING || p->box->block->level != 1)
                                continue;
                        found++;
                        if (i == 0) {
                                g_assert_cmpfloat(p->y, ==, 0);
                                continue;
                        }
                        shared++;
                        guint section = p->box->section;
                        g_assert_true(section_on_one_sheet(flow, section, sheet) ||
                                      (!section_has_figure(flow, section) &&
                                       p->y <= flow->height * 0.67 + EPS));
                }
        }
        g_assert_cmpuint(found, ==, 5);
        g_assert_cmpuint(shared, >, 0);
}

/* Short sections share a sheet; a section with a figure that does not fit in
 * what is left starts its own, even with more than half the sheet free. */
static void test_short_sections(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        for (int k = 0; k < 3; k++) {
                DossierPage *page = dossier_report_begin_section(report, "short");
                dossier_page_add_heading(page, 1, "Short");
                dossier_page_add_text(page, DOSSIER_TEXT_BODY, "One line.\nTwo lines.");
                g_assert_true(dossier_report_end_section(report, page, NULL));
        }
        DossierPage *page = dossier_report_begin_section(report, "figure");
        dossier_page_add_heading(page, 1, "Figure");
        cairo_t *cr = dossier_page_begin_figure(page, dossier_page_get_content_height(page) * 0.9);
        cairo_paint(cr);
        dossier_page_end_figure(page);
        g_assert_true(dossier_report_end_section(report, page, NULL));
        g_autoptr(Flow) flow = flow_new(report, f->context);
        g_assert_cmpuint(flow->sheets->len, ==, 2);
        const Sheet *first = g_ptr_array_index(flow->sheets, 0);
        g_assert_cmpuint(first->placements->len, ==, 6);
        g_assert_true(flow_check(flow, "short"));
}

/* A heading pushed down the page by @space, then a six-line paragraph. */
static DossierReport *heading_after_space(const DossierReportStyle *style, double space,
                                          int level) {
        DossierReport *report = dossier_report_new(style);
        DossierPage *page = dossier_report_begin_section(report, "s");
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "Opening line.");
        dossier_page_add_space(page, space);
        dossier_page_add_heading(page, level, "Pushed heading");
        dossier_page_add_text(page, DOSSIER_TEXT_BODY,
                              "One.\nTwo.\nThree.\nFour.\nFive.\nSix.");
        const char *headers[] = { "a", "b" };
        const char *cells[] = { "1", "2" };
        dossier_page_add_heading(page, 2, "Table heading");
        dossier_page_begin_table(page, 2, headers, NULL);
        for (int i = 0; i < 40; i++)
                dossier_page_add_table_row(page, cells);
        dossier_page_end_table(page);
        g_assert_true(dossier_report_end_section(report, page, NULL));
        return report;
}

/* Sweeps the heading down the whole page, a few points at a time: wherever it
 * lands, the rules hold. */
static void test_heading_sweep(Fixture *f, gconstpointer data) {
        double height = f->style.paper_height - f->style.margin_top - f->style.margin_bottom;
        for (int level = 1; level <= 2; level++) {
                for (double space = 0; space < height + 40; space += 3) {
                        g_autoptr(DossierReport) report = heading_after_space(&f->style, space,
                                                                              level);
                        g_autoptr(Flow) flow = flow_new(report, f->context);
                        g_autofree char *label = g_strdup_printf("level %d space %.0f", level,
                                                                 space);
                        if (!flow_check(flow, label))
                                g_test_fail();
                }
        }
}

/* A paragraph longer than a page splits at lines, two or more on each side. */
static void test_long_paragraph(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        DossierPage *page = dossier_report_begin_section(report, "long");
        GString *text = g_string_new(NULL);
        for (int i = 0; i < 160; i++)
                g_string_append_printf(text, "Line %d of a very long paragraph.\n", i);
        g_string_truncate(text, text->len - 1);
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, text->str);
        g_string_free(text, TRUE);
        g_assert_true(dossier_report_end_section(report, page, NULL));
        g_autoptr(Flow) flow = flow_new(report, f->context);
        g_assert_cmpuint(flow->sheets->len, >=, 3);
        g_assert_true(flow_check(flow, "long"));
        unsigned total = 0;
        for (guint s = 0; s < flow->sheets->len; s++) {
                const Sheet *sheet = g_ptr_array_index(flow->sheets, s);
                g_assert_cmpuint(sheet->placements->len, ==, 1);
                const Placement *p = &g_array_index(sheet->placements, Placement, 0);
                g_assert_cmpuint(p->first, ==, total);
                total = p->last;
        }
        g_assert_cmpuint(total, ==, 160);
}

/* A table's header row repeats on each sheet; each body row appears once. */
static void test_table_split(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        DossierPage *page = dossier_report_begin_section(report, "t");
        const char *headers[] = { "Name", "Count" };
        dossier_page_begin_table(page, 2, headers, (const double[]) { 3, 1 });
        for (int i = 0; i < 150; i++) {
                g_autofree char *n = g_strdup_printf("%d", i);
                const char *cells[] = { i % 10 == 0 ? "first line\nsecond line" : "row", n };
                dossier_page_add_table_row(page, cells);
        }
        g_assert_true(dossier_report_end_section(report, page, NULL));
        g_autoptr(Flow) flow = flow_new(report, f->context);
        g_assert_cmpuint(flow->sheets->len, >, 2);
        g_assert_true(flow_check(flow, "table"));
        unsigned next = 0;
        for (guint s = 0; s < flow->sheets->len; s++) {
                const Sheet *sheet = g_ptr_array_index(flow->sheets, s);
                const Placement *p = &g_array_index(sheet->placements, Placement, 0);
                g_assert_cmpint(p->kind, ==, PLACE_ROWS);
                g_assert_cmpuint(p->first, ==, next);
                next = p->last;
        }
        g_assert_cmpuint(next, ==, 150);
}

/* A figure taller than the content area is scaled to fit it. */
static void test_tall_figure(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        DossierPage *page = dossier_report_begin_section(report, "fig");
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "Before.");
        double h = dossier_page_get_content_height(page);
        cairo_t *cr = dossier_page_begin_figure(page, 2 * h);
        cairo_paint(cr);
        dossier_page_end_figure(page);
        g_assert_true(dossier_report_end_section(report, page, NULL));
        g_autoptr(Flow) flow = flow_new(report, f->context);
        g_assert_cmpuint(flow->sheets->len, ==, 2);
        const Sheet *sheet = g_ptr_array_index(flow->sheets, 1);
        const Placement *p = &g_array_index(sheet->placements, Placement, 0);
        g_assert_cmpfloat_with_epsilon(p->box->scale, 0.5, 1e-9);
        g_assert_cmpfloat_with_epsilon(p->scale, 0.5, 1e-9);
        g_assert_cmpfloat_with_epsilon(p->box->height, h, 1e-9);
        g_assert_true(flow_check(flow, "figure"));
}

/* Breaks never make empty pages. Space at the top of a sheet the renderer asked
 * for (section start, break) is kept, as a cover needs it; at the top of a sheet
 * the flow started it is dropped. */
static void test_breaks_and_space(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        DossierPage *page = dossier_report_begin_section(report, "a");
        dossier_page_break(page);
        dossier_page_add_space(page, 50);
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "First.");
        dossier_page_break(page);
        dossier_page_break(page);
        dossier_page_add_space(page, 20);
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "Second.");
        dossier_page_add_space(page, dossier_page_get_content_height(page));
        dossier_page_add_space(page, 30);
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "Third.");
        dossier_page_break(page);
        g_assert_true(dossier_report_end_section(report, page, NULL));
        page = dossier_report_begin_section(report, "b");
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "Fourth.");
        g_assert_true(dossier_report_end_section(report, page, NULL));
        g_autoptr(Flow) flow = flow_new(report, f->context);
        static const double want_y[] = { 50, 20, 0, 0 };
        g_assert_cmpuint(flow->sheets->len, ==, G_N_ELEMENTS(want_y));
        for (guint s = 0; s < flow->sheets->len; s++) {
                const Sheet *sheet = g_ptr_array_index(flow->sheets, s);
                g_assert_cmpuint(sheet->placements->len, ==, 1);
                g_assert_cmpfloat(g_array_index(sheet->placements, Placement, 0).y, ==, want_y[s]);
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
#define ADD(path, func) g_test_add(path, Fixture, NULL, fixture_setup, func, fixture_teardown)
        ADD("/flow/sample-rules", test_sample_rules);
        ADD("/flow/sections-share-sheets", test_sections_share_sheets);
        ADD("/flow/short-sections", test_short_sections);
        ADD("/flow/heading-sweep", test_heading_sweep);
        ADD("/flow/long-paragraph", test_long_paragraph);
        ADD("/flow/table-split", test_table_split);
        ADD("/flow/tall-figure", test_tall_figure);
        ADD("/flow/breaks-and-space", test_breaks_and_space);
        return g_test_run();
}
