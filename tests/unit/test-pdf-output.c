/* Writing the PDF: atomic replacement, metadata, determinism, paper sizes. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include <dossier/error.h>

#include "layout/report.h"
#include "pdf-probe.h"
#include "sample-report.h"

typedef struct Fixture {
        DossierReportStyle style;
        char *dir;
        char *pdf;
} Fixture;

static void fixture_setup(Fixture *f, gconstpointer data) {
        dossier_report_style_init(&f->style);
        f->style.date = g_strdup("2024-11-25");
        f->dir = g_dir_make_tmp("dossier-pdf-XXXXXX", NULL);
        g_assert_nonnull(f->dir);
        f->pdf = g_build_filename(f->dir, "briefing.pdf", NULL);
}

/* Removes everything the test left, and fails if that is more than @pdf. */
static void fixture_teardown(Fixture *f, gconstpointer data) {
        g_autoptr(GDir) dir = g_dir_open(f->dir, 0, NULL);
        const char *name;
        while (dir && (name = g_dir_read_name(dir))) {
                g_autofree char *path = g_build_filename(f->dir, name, NULL);
                if (!g_str_equal(name, "briefing.pdf") && !g_str_equal(name, "good.pdf")) {
                        g_test_message("left behind: %s", name);
                        g_test_fail();
                }
                (void) g_unlink(path);
        }
        (void) g_rmdir(f->dir);
        g_free(f->pdf);
        g_free(f->dir);
        dossier_report_style_clear(&f->style);
}

static DossierReport *small_report(const DossierReportStyle *style) {
        DossierReport *report = dossier_report_new(style);
        DossierPage *page = dossier_report_begin_section(report, "summary");
        dossier_page_add_heading(page, 1, "Summary");
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "Talks may <b>resume</b> next month.");
        dossier_page_add_link(page, DOSSIER_TEXT_SMALL, "example.org", "https://example.org/a");
        g_assert_true(dossier_report_end_section(report, page, NULL));
        return report;
}

static void test_determinism(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = sample_report_new(&f->style, 1);
        g_autofree char *other = g_build_filename(f->dir, "good.pdf", NULL);
        g_assert_true(dossier_report_write_pdf(report, f->pdf, &sample_metadata, NULL));
        /* A second report from the same input, written later, gives the same bytes. */
        g_autoptr(DossierReport) again = sample_report_new(&f->style, 1);
        g_usleep(1100 * 1000);
        g_assert_true(dossier_report_write_pdf(again, other, &sample_metadata, NULL));
        g_autofree char *a = NULL, *b = NULL;
        size_t na, nb;
        g_assert_true(g_file_get_contents(f->pdf, &a, &na, NULL));
        g_assert_true(g_file_get_contents(other, &b, &nb, NULL));
        g_assert_cmpuint(na, ==, nb);
        g_assert_true(memcmp(a, b, na) == 0);
}

static void test_metadata(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = small_report(&f->style);
        g_assert_true(dossier_report_write_pdf(report, f->pdf, &sample_metadata, NULL));
        if (!pdf_probe_have("pdfinfo"))
                return;
        static const struct {
                const char *key, *want;
        } fields[] = {
                { "Title", "Sample briefing" },
                { "Author", "dossier tests" },
                { "Subject", "Layout test" },
                { "Keywords", "layout, test" },
                { "Creator", "dossier test-suite" },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(fields); i++) {
                g_autofree char *got = pdf_probe_info(f->pdf, fields[i].key);
                if (g_strcmp0(got, fields[i].want) != 0) {
                        g_test_message("%s: got '%s', want '%s'", fields[i].key, got,
                                       fields[i].want);
                        g_test_fail();
                }
        }
        /* pdfinfo shows dates in local time: compare the raw PDF string instead.
         * cairo 1.16 leaves out the "D:" prefix (added in 1.17); readers accept both. */
        g_autofree char *data_pdf = NULL;
        size_t n;
        g_assert_true(g_file_get_contents(f->pdf, &data_pdf, &n, NULL));
        static const char *const dates[] = { "/CreationDate (", "/ModDate (" };
        for (size_t i = 0; i < G_N_ELEMENTS(dates); i++) {
                /* memmem: the file holds NUL bytes, where g_strstr_len() would stop. */
                const char *at = memmem(data_pdf, n, dates[i], strlen(dates[i]));
                g_assert_nonnull(at);
                at += strlen(dates[i]);
                if (g_str_has_prefix(at, "D:"))
                        at += 2;
                g_assert_true(g_str_has_prefix(at, "20241125000000"));
        }
}

static const struct {
        const char *paper;
        const char *want; /* pdfinfo's "Page size" */
} papers[] = {
        { "A4", "595.28 x 841.89 pts (A4)" },
        { "letter", "612 x 792 pts (letter)" },
};

static void test_paper(Fixture *f, gconstpointer data) {
        if (!pdf_probe_have("pdfinfo"))
                return;
        for (size_t i = 0; i < G_N_ELEMENTS(papers); i++) {
                g_assert_true(dossier_report_style_set_paper(&f->style, papers[i].paper));
                g_autoptr(DossierReport) report = small_report(&f->style);
                g_assert_true(dossier_report_write_pdf(report, f->pdf, NULL, NULL));
                g_autofree char *size = pdf_probe_info(f->pdf, "Page size");
                if (g_strcmp0(size, papers[i].want) != 0) {
                        g_test_message("case %zu %s: got '%s', want '%s'", i, papers[i].paper,
                                       size, papers[i].want);
                        g_test_fail();
                }
        }
}

static void test_missing_folder(Fixture *f, gconstpointer data) {
        g_autoptr(DossierReport) report = small_report(&f->style);
        g_autofree char *path = g_build_filename(f->dir, "no-such-folder", "out.pdf", NULL);
        g_autoptr(GError) error = NULL;
        g_assert_false(dossier_report_write_pdf(report, path, NULL, &error));
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
        g_assert_true(g_str_has_prefix(error->message, path));
        g_assert_false(g_file_test(path, G_FILE_TEST_EXISTS));
        g_assert_cmpint(dossier_report_get_n_pages(report), ==, 0);
}

/* Root writes anywhere: a folder without write permission only stops others. */
static void test_readonly_folder(Fixture *f, gconstpointer data) {
        if (geteuid() == 0) {
                g_test_skip("root ignores folder permissions");
                return;
        }
        g_autofree char *sub = g_build_filename(f->dir, "ro", NULL);
        g_autofree char *path = g_build_filename(sub, "out.pdf", NULL);
        g_assert_cmpint(g_mkdir(sub, 0555), ==, 0);
        g_autoptr(DossierReport) report = small_report(&f->style);
        g_autoptr(GError) error = NULL;
        g_assert_false(dossier_report_write_pdf(report, path, NULL, &error));
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
        g_assert_false(g_file_test(path, G_FILE_TEST_EXISTS));
        (void) g_rmdir(sub);
}

/* A target that cannot be replaced (a folder) fails after the temporary file was
 * written: that file must go too. */
static void test_rename_fails(Fixture *f, gconstpointer data) {
        g_autofree char *path = g_build_filename(f->dir, "briefing.pdf", NULL);
        g_autofree char *inside = g_build_filename(path, "keep", NULL);
        g_assert_cmpint(g_mkdir(path, 0755), ==, 0);
        g_assert_true(g_file_set_contents(inside, "x", 1, NULL));
        g_autoptr(DossierReport) report = small_report(&f->style);
        g_autoptr(GError) error = NULL;
        g_assert_false(dossier_report_write_pdf(report, path, NULL, &error));
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
        g_assert_true(g_file_test(inside, G_FILE_TEST_IS_REGULAR));
        (void) g_unlink(inside);
        (void) g_rmdir(path);
}

/* A write that fails halfway (here the file-size limit, as a full disk would)
 * keeps the earlier good PDF and leaves no temporary file. Run in a child so the
 * limit does not touch the other tests. */
static void test_write_fails_keeps_old(Fixture *f, gconstpointer data) {
        static const char old[] = "%PDF-1.5 an earlier good briefing";
        if (g_test_subprocess()) {
                g_assert_true(g_file_set_contents(f->pdf, old, sizeof old - 1, NULL));
                g_autoptr(DossierReport) report = sample_report_new(&f->style, 1);
                signal(SIGXFSZ, SIG_IGN);
                struct rlimit limit = { 4096, 4096 };
                g_assert_cmpint(setrlimit(RLIMIT_FSIZE, &limit), ==, 0);
                g_autoptr(GError) error = NULL;
                g_assert_false(dossier_report_write_pdf(report, f->pdf, NULL, &error));
                g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
                g_assert_true(g_str_has_prefix(error->message, f->pdf));
                g_assert_nonnull(strstr(error->message, g_strerror(EFBIG)));
                g_autofree char *now = NULL;
                g_assert_true(g_file_get_contents(f->pdf, &now, NULL, NULL));
                g_assert_cmpstr(now, ==, old);
                return;
        }
        /* The child's folder is its own fixture's; check nothing is left there. */
        g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
        g_test_trap_assert_passed();
}

static void test_replaces_old(Fixture *f, gconstpointer data) {
        g_assert_true(g_file_set_contents(f->pdf, "old", 3, NULL));
        g_autoptr(DossierReport) report = small_report(&f->style);
        g_assert_true(dossier_report_write_pdf(report, f->pdf, NULL, NULL));
        g_autofree char *now = NULL;
        g_assert_true(g_file_get_contents(f->pdf, &now, NULL, NULL));
        g_assert_true(g_str_has_prefix(now, "%PDF-"));
        GStatBuf st;
        g_assert_cmpint(g_stat(f->pdf, &st), ==, 0);
        g_assert_cmpint(st.st_mode & 0044, ==, 0044); /* readable like any new file */
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
#define ADD(path, func) g_test_add(path, Fixture, NULL, fixture_setup, func, fixture_teardown)
        ADD("/pdf-output/determinism", test_determinism);
        ADD("/pdf-output/metadata", test_metadata);
        ADD("/pdf-output/paper", test_paper);
        ADD("/pdf-output/missing-folder", test_missing_folder);
        ADD("/pdf-output/readonly-folder", test_readonly_folder);
        ADD("/pdf-output/rename-fails", test_rename_fails);
        ADD("/pdf-output/write-fails-keeps-old", test_write_fails_keeps_old);
        ADD("/pdf-output/replaces-old", test_replaces_old);
        return g_test_run();
}
