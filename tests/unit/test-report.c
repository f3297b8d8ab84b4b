/* The report as renderers see it: blocks, sticky errors, the written PDF's pages. */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include <dossier/error.h>

#include "layout/report-private.h"
#include "pdf-probe.h"
#include "sample-report.h"

typedef struct Fixture {
        DossierReportStyle style;
        char *dir;
        char *pdf;
} Fixture;

static void fixture_setup(Fixture *f, gconstpointer data) {
        dossier_report_style_init(&f->style);
        g_free(f->style.date);
        f->style.date = g_strdup("2024-11-25");
        f->dir = g_dir_make_tmp("dossier-report-XXXXXX", NULL);
        g_assert_nonnull(f->dir);
        f->pdf = g_build_filename(f->dir, "briefing.pdf", NULL);
}

static void fixture_teardown(Fixture *f, gconstpointer data) {
        (void) g_unlink(f->pdf);
        (void) g_rmdir(f->dir);
        g_free(f->pdf);
        g_free(f->dir);
        dossier_report_style_clear(&f->style);
}

/* DOSSIER_TEST_OUTPUT=folder keeps a copy of the sample, to look at it. */
static void keep_copy(const char *pdf, const char *name) {
        const char *dir = g_getenv("DOSSIER_TEST_OUTPUT");
        if (!dir)
                return;
        g_autofree char *data = NULL;
        size_t len;
        g_autofree char *dest = g_build_filename(dir, name, NULL);
        if (g_file_get_contents(pdf, &data, &len, NULL))
                g_assert_true(g_file_set_contents(dest, data, (gssize) len, NULL));
}

static void test_sample_pages(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = sample_report_new(&f->style, 1);
        g_autoptr(GError) error = NULL;
        g_assert_cmpint(dossier_report_get_n_pages(report), ==, 0);
        g_assert_true(dossier_report_write_pdf(report, f->pdf, &sample_metadata, &error));
        g_assert_no_error(error);
        keep_copy(f->pdf, "sample.pdf");
        int n = dossier_report_get_n_pages(report);
        g_assert_cmpint(n, >, 5);
        if (!pdf_probe_have("qpdf") || !pdf_probe_have("pdftotext") || !pdf_probe_have("pdfinfo"))
                return;
        g_assert_true(pdf_probe_check(f->pdf));
        g_autofree char *pages = pdf_probe_info(f->pdf, "Pages");
        g_assert_cmpint(atoi(pages), ==, n);
        g_autofree char *text = pdf_probe_text(f->pdf, 0);
        g_assert_nonnull(text);
        g_autofree char *first = g_strdup_printf("Page 1 of %d", n);
        g_autofree char *last = g_strdup_printf("Page %d of %d", n, n);
        g_assert_nonnull(strstr(text, first));
        g_assert_nonnull(strstr(text, last));
        g_assert_nonnull(strstr(text, "UNCLASSIFIED"));
        g_assert_nonnull(strstr(text, "25 November 2024"));
        g_assert_nonnull(strstr(text, "Actor 60"));
        g_assert_nonnull(strstr(text, "Reuters & AP <wire>")); /* textf escaped its arguments */
        for (const char *const *h = sample_headings; *h; h++)
                if (!strstr(text, *h)) {
                        g_test_message("heading '%s' missing", *h);
                        g_test_fail();
                }
}

/* Each row makes a section fail; the section is dropped and the message kept. */
typedef void (*BreakFunc)(DossierPage *page);

static void break_markup(DossierPage *page) {
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "<b>unclosed");
}
static void break_cell(DossierPage *page) {
        const char *headers[] = { "a", "b" };
        const char *cells[] = { "fine", "<i>bad</b>" };
        dossier_page_begin_table(page, 2, headers, NULL);
        dossier_page_add_table_row(page, cells);
}
static void break_fail(DossierPage *page) {
        dossier_page_fail(page, "no events to draw in %d articles", 3);
}
static void break_level(DossierPage *page) {
        dossier_page_add_heading(page, 3, "Deep");
}
static void break_row(DossierPage *page) {
        const char *cells[] = { "orphan" };
        dossier_page_add_table_row(page, cells);
}
static void break_figure(DossierPage *page) {
        cairo_t *cr = dossier_page_begin_figure(page, -5);
        g_assert_nonnull(cr);
        cairo_rectangle(cr, 0, 0, 10, 10);
        cairo_fill(cr);
        dossier_page_end_figure(page);
}
static void break_columns(DossierPage *page) {
        const char *headers[17] = { 0 };
        dossier_page_begin_table(page, 17, headers, NULL);
}
static void break_style(DossierPage *page) {
        dossier_page_add_text(page, 99, "text");
}
static void break_link(DossierPage *page) {
        dossier_page_add_link(page, DOSSIER_TEXT_BODY, "a <span foo='1'>b</span>", "https://x");
}

static const struct {
        BreakFunc func;
        const char *want;
} break_cases[] = {
        { break_markup, "invalid markup '<b>unclosed'" },
        { break_cell, "invalid markup '<i>bad</b>'" },
        { break_fail, "no events to draw in 3 articles" },
        { break_level, "heading level 3" },
        { break_row, "table row outside a table" },
        { break_figure, "figure height -5" },
        { break_columns, "table of 17 columns" },
        { break_style, "unknown text style 99" },
        { break_link, "invalid markup" },
};

static void test_sticky_error(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        for (size_t i = 0; i < G_N_ELEMENTS(break_cases); i++) {
                DossierPage *page = dossier_report_begin_section(report, "broken");
                dossier_page_add_heading(page, 1, "Dropped section");
                break_cases[i].func(page);
                /* Everything after the first error does nothing, and does not crash. */
                dossier_page_fail(page, "second error");
                dossier_page_add_text(page, DOSSIER_TEXT_BODY, "<bad");
                dossier_page_add_heading(page, 1, "After");
                cairo_t *cr = dossier_page_begin_figure(page, 20);
                g_assert_nonnull(cr);
                cairo_paint(cr);
                dossier_page_end_figure(page);
                g_autoptr(GError) error = NULL;
                bool ok = dossier_report_end_section(report, page, &error);
                if (ok || !g_error_matches(error, DOSSIER_ERROR, DOSSIER_ERROR_RENDER) ||
                    !strstr(error->message, break_cases[i].want)) {
                        g_test_message("case %zu: want '%s', got %s", i, break_cases[i].want,
                                       error ? error->message : "success");
                        g_test_fail();
                }
        }
        g_assert_cmpuint(report->sections->len, ==, 0);

        DossierPage *page = dossier_report_begin_section(report, "good");
        dossier_page_add_heading(page, 1, "Kept section");
        g_assert_true(dossier_report_end_section(report, page, NULL));
        g_assert_true(dossier_report_write_pdf(report, f->pdf, NULL, NULL));
        if (!pdf_probe_have("pdftotext"))
                return;
        g_autofree char *text = pdf_probe_text(f->pdf, 0);
        g_assert_nonnull(strstr(text, "Kept section"));
        g_assert_null(strstr(text, "Dropped section"));
}

static void test_page_values(Fixture *f, gconstpointer data) {
        g_free(f->style.subtitle);
        f->style.subtitle = g_strdup("");
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        DossierPage *page = dossier_report_begin_section(report, "values");
        static const struct {
                const char *key, *want;
        } values[] = {
                { "title", "Intelligence Briefing" },
                { "subtitle", NULL }, /* empty is unset */
                { "marking", "UNCLASSIFIED" },
                { "author", "dossier" },
                { "date", "2024-11-25" },
                { "colour", NULL },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(values); i++)
                g_assert_cmpstr(dossier_page_get_report_value(page, values[i].key), ==,
                                values[i].want);
        g_assert_cmpfloat_with_epsilon(dossier_page_get_content_width(page), 595.28 - 116, 1e-9);
        g_assert_cmpfloat_with_epsilon(dossier_page_get_content_height(page), 841.89 - 128, 1e-9);
        g_assert_cmpstr(dossier_page_get_font_family(page), ==, "Lato");
        double rgb[3];
        dossier_page_get_color(page, DOSSIER_COLOR_ACCENT, rgb);
        g_assert_cmpfloat_with_epsilon(rgb[0], 0x1f / 255.0, 1e-9);
        g_assert_cmpfloat_with_epsilon(rgb[2], 0x79 / 255.0, 1e-9);
        dossier_page_get_color(page, 1000, rgb); /* unknown role: the text colour */
        g_assert_cmpfloat_with_epsilon(rgb[0], 0x1b / 255.0, 1e-9);
        g_assert_true(dossier_report_end_section(report, page, NULL));
}

/* A marking too long for the middle of the header and footer lines is set
 * smaller or on a line of its own, but always whole: it used to end in "…". */
static void test_long_marking(Fixture *f, gconstpointer data) {
        static const char *const markings[] = {
                "SECRET//NOFORN//REL TO USA, FVEY ENDMARK",
                "TOP SECRET//SPECIAL INTELLIGENCE//NOFORN//ORCON//REL TO USA, FVEY ENDMARK",
                "TOP SECRET//SPECIAL INTELLIGENCE//TALENT KEYHOLE//NOFORN//ORCON//PROPIN//"
                "REL TO USA, AUS, CAN, GBR, NZL//FOR OFFICIAL USE ONLY BY NAMED READERS ENDMARK",
        };
        if (!pdf_probe_have("pdftotext"))
                return;
        for (size_t i = 0; i < G_N_ELEMENTS(markings); i++) {
                g_free(f->style.marking);
                f->style.marking = g_strdup(markings[i]);
                g_autoptr(DossierReport) report = sample_report_new(&f->style, 1);
                g_assert_true(dossier_report_write_pdf(report, f->pdf, NULL, NULL));
                for (int page = 1; page <= 2; page++) {
                        g_autofree char *text = pdf_probe_text(f->pdf, page);
                        /* spaced capitals come out of pdftotext with spaces between */
                        g_autofree char *squeezed = g_strdup(text);
                        char *out = squeezed;
                        for (const char *c = text; *c; c++)
                                if (!g_ascii_isspace(*c))
                                        *out++ = *c;
                        *out = '\0';
                        const char *at = strstr(squeezed, "ENDMARK");
                        /* header and footer each show it whole */
                        if (!at || !strstr(at + 1, "ENDMARK") || strstr(text, "…")) {
                                g_test_message("marking %zu, page %d: cut short:\n%s", i, page,
                                               text);
                                g_test_fail();
                        }
                }
        }
}

/* The report copies its style: the caller's may go away. */
static void test_style_copied(Fixture *f, gconstpointer data) {
        DossierReportStyle style;
        dossier_report_style_init(&style);
        g_autoptr(DossierReport) report = dossier_report_new(&style);
        dossier_report_style_clear(&style);
        DossierPage *page = dossier_report_begin_section(report, "x");
        g_assert_cmpstr(dossier_page_get_report_value(page, "title"), ==, "Intelligence Briefing");
        g_assert_true(dossier_report_end_section(report, page, NULL));
}

/* An open figure or table is closed by the section's end, and its figure kept. */
static void test_unclosed(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        DossierPage *page = dossier_report_begin_section(report, "open");
        const char *headers[] = { "only" };
        dossier_page_begin_table(page, 1, headers, NULL);
        cairo_t *cr = dossier_page_begin_figure(page, 40);
        cairo_paint(cr);
        g_assert_true(dossier_report_end_section(report, page, NULL));
        const DossierPage *kept = g_ptr_array_index(report->sections, 0);
        g_assert_cmpuint(kept->blocks->len, ==, 2);
        g_assert_true(dossier_report_write_pdf(report, f->pdf, NULL, NULL));
        g_assert_cmpint(dossier_report_get_n_pages(report), ==, 1);
}

static void test_empty_report(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        g_assert_true(dossier_report_write_pdf(report, f->pdf, NULL, NULL));
        g_assert_cmpint(dossier_report_get_n_pages(report), ==, 1);
        if (pdf_probe_have("qpdf"))
                g_assert_true(pdf_probe_check(f->pdf));
}

static void add_headings(DossierReport *report, const char *h1, const char *h2) {
        DossierPage *page = dossier_report_begin_section(report, "outline");
        if (h1)
                dossier_page_add_heading(page, 1, h1);
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "Text.");
        dossier_page_add_heading(page, 2, h2);
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "More text.");
        g_assert_true(dossier_report_end_section(report, page, NULL));
}

/* "title@page" for each outline entry, children in brackets, as qpdf reads them. */
static void outline_describe(JsonArray *entries, GString *out) {
        for (guint i = 0; i < json_array_get_length(entries); i++) {
                JsonObject *entry = json_array_get_object_element(entries, i);
                g_string_append_printf(out, "%s%s@%" G_GINT64_FORMAT, i ? ", " : "",
                                       json_object_get_string_member(entry, "title"),
                                       json_object_get_int_member(entry, "destpageposfrom1"));
                JsonArray *kids = json_object_get_array_member(entry, "kids");
                if (json_array_get_length(kids) == 0)
                        continue;
                g_string_append(out, " [");
                outline_describe(kids, out);
                g_string_append(out, "]");
        }
}

/* Level-1 headings are top-level bookmarks, level-2 ones nest under their own
 * section's heading, even when short sections share a page; titles keep
 * characters PDF strings must escape. */
static void test_outline(Fixture *f, gconstpointer data) {
        if (!pdf_probe_have("qpdf"))
                return;
        g_autoptr(DossierReport) report = dossier_report_new(&f->style);
        add_headings(report, "Alpha", "Alpha one");
        add_headings(report, NULL, "Orphan sub");
        add_headings(report, "Gamma (x \\ é", "Gamma one");
        g_assert_true(dossier_report_write_pdf(report, f->pdf, NULL, NULL));
        const char *argv[] = { "qpdf", "--json", "--json-key=outlines", f->pdf, NULL };
        g_autofree char *json = pdf_probe_run(argv);
        g_assert_nonnull(json);
        g_autoptr(JsonParser) parser = json_parser_new();
        g_assert_true(json_parser_load_from_data(parser, json, -1, NULL));
        JsonObject *root = json_node_get_object(json_parser_get_root(parser));
        GString *got = g_string_new(NULL);
        outline_describe(json_object_get_array_member(root, "outlines"), got);
        g_assert_cmpstr(got->str, ==,
                        "Alpha@1 [Alpha one@1], Orphan sub@1, Gamma (x \\ é@1 [Gamma one@1]");
        g_string_free(got, TRUE);
}

/* Only with -m perf: how long a 30-page briefing takes to lay out and write. */
static void test_perf_30_pages(Fixture *f, gconstpointer data) {
        if (!g_test_perf()) {
                g_test_skip("perf only (-m perf)");
                return;
        }
        g_autoptr(DossierReport) report = sample_report_new(&f->style, 3);
        g_test_timer_start();
        g_assert_true(dossier_report_write_pdf(report, f->pdf, &sample_metadata, NULL));
        double seconds = g_test_timer_elapsed();
        int n = dossier_report_get_n_pages(report);
        g_test_minimized_result(seconds, "%d pages in %.3f s (%.1f ms a page)", n, seconds,
                                1000 * seconds / n);
        keep_copy(f->pdf, "sample-30.pdf");
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
#define ADD(path, func) g_test_add(path, Fixture, NULL, fixture_setup, func, fixture_teardown)
        ADD("/report/sample-pages", test_sample_pages);
        ADD("/report/sticky-error", test_sticky_error);
        ADD("/report/page-values", test_page_values);
        ADD("/report/style-copied", test_style_copied);
        ADD("/report/unclosed", test_unclosed);
        ADD("/report/outline", test_outline);
        ADD("/report/long-marking", test_long_marking);
        ADD("/report/empty", test_empty_report);
        ADD("/report/perf-30-pages", test_perf_30_pages);
        return g_test_run();
}
