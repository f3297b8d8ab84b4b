/* Loading articles from files: fixtures in tests/fixtures/articles, the size limit,
 * the order of date sources and the modification-time warning. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "dossier-build-config.h"
#include "model/doc-host.h"

#define FIXTURES DOSSIER_SOURCE_DIR "/tests/fixtures/articles/"

static char *fixture(const char *name)
{
        return g_strconcat(FIXTURES, name, NULL);
}

static void test_good(void)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autoptr(GError) error = NULL;
        g_autofree char *path = fixture("good.txt");

        g_assert_true(dossier_doc_load_article(doc, path, NULL, &error));
        g_assert_no_error(error);
        const DossierArticle *a = dossier_doc_get_article(doc, 0);
        g_assert_cmpstr(dossier_article_get_id(a), ==, "talks-2024");
        g_assert_cmpstr(dossier_article_get_title(a), ==, "Talks: a return");
        g_assert_cmpstr(dossier_article_get_date(a), ==, "2024-11-25");
        g_assert_cmpuint(dossier_article_get_date_origin(a), ==, DOSSIER_DATE_FRONT_MATTER);
        g_assert_cmpstr(dossier_article_get_source(a), ==, "Example Wire");
        g_assert_cmpstr(dossier_article_get_url(a), ==, "https://example.com/talks");
        g_assert_cmpstr(dossier_article_get_path(a), ==, path);

        size_t len = 0;
        const char *body = dossier_article_get_body(a, &len);
        g_assert_true(g_str_has_prefix(body, "President-elect Donald Trump met"));
        g_assert_cmpuint(len, ==, strlen(body));

        /* offsets are into the body: token 1 is "Donald" at byte 16 */
        size_t n_tokens = 0, n_sentences = 0;
        const DossierToken *tokens = dossier_article_get_tokens(a, &n_tokens);
        const DossierSpan *sentences = dossier_article_get_sentences(a, &n_sentences);
        g_assert_cmpuint(n_tokens, >, 10);
        g_assert_cmpuint(tokens[1].start, ==, 16);
        g_assert_cmpuint(tokens[1].end, ==, 22);
        g_assert_cmpuint(n_sentences, ==, 3);
        g_assert_cmpuint(sentences[2].article, ==, 0);
        g_autofree char *second = dossier_doc_dup_text(doc, sentences[1]);
        g_assert_cmpstr(second, ==, "Trump\xe2\x80\x99s team said so.");
        g_autofree char *third = dossier_doc_dup_text(doc, sentences[2]);
        g_assert_cmpstr(third, ==, "\"It went well,\" Kim said.");
}

static void test_default_id_and_index(void)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autoptr(GError) error = NULL;
        g_autofree char *good = fixture("good.txt");
        g_autofree char *plain = fixture("no-front-matter.txt");
        DossierLoadOptions options = { .date_option = "2024-01-02" };

        g_assert_true(dossier_doc_load_article(doc, good, &options, &error));
        g_assert_true(dossier_doc_load_article(doc, plain, &options, &error));
        g_assert_no_error(error);
        const DossierArticle *a = dossier_doc_get_article(doc, 1);
        g_assert_cmpstr(dossier_article_get_id(a), ==, "no-front-matter");
        g_assert_null(dossier_article_get_title(a));
        g_assert_cmpuint(dossier_article_get_index(a), ==, 1);
        size_t n = 0;
        const DossierSpan *s = dossier_article_get_sentences(a, &n);
        g_assert_cmpuint(n, ==, 2);
        g_assert_cmpuint(s[0].article, ==, 1); /* sentence spans name their article */
        g_assert_cmpuint(s[0].start, ==, 0);
}

/* Each bad fixture fails with its message, and the doc stays as it was. */
static void test_bad_files(void)
{
        static const struct {
                const char *file, *message;
                int code;
        } cases[] = {
                { "unterminated.txt", ":1: front matter is not closed: no '---' line after it",
                  DOSSIER_ERROR_INPUT },
                { "bad-date.txt", ":4: invalid date '2024-02-30', expected YYYY-MM-DD",
                  DOSSIER_ERROR_INPUT },
                { "bad-line.txt", ":3: expected 'key: value' in the front matter, got 'this line has no colon'",
                  DOSSIER_ERROR_INPUT },
                { "bad-utf8.txt", ": byte 14: invalid UTF-8", DOSSIER_ERROR_INPUT },
                { "nul.txt", ": byte 3: NUL byte", DOSSIER_ERROR_INPUT },
                { "missing.txt", ": no such file or directory", DOSSIER_ERROR_IO },
                { "", ": is a directory", DOSSIER_ERROR_IO },
        };
        g_autoptr(DossierDoc) doc = dossier_doc_new();

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *path = fixture(cases[i].file);
                g_autofree char *want = g_strconcat(path, cases[i].message, NULL);
                g_autoptr(GError) error = NULL;
                bool ok = dossier_doc_load_article(doc, path, NULL, &error);
                if (ok || !g_error_matches(error, DOSSIER_ERROR, cases[i].code) ||
                    g_strcmp0(error->message, want) != 0) {
                        g_test_message("case %zu %s: got '%s', want '%s'", i, cases[i].file,
                                       error != NULL ? error->message : "success", want);
                        g_test_fail();
                }
        }
        g_assert_cmpuint(dossier_doc_get_n_articles(doc), ==, 0);
}

static void test_crlf_and_bom(void)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autoptr(GError) error = NULL;
        g_autofree char *crlf = fixture("crlf.txt");
        g_autofree char *bom = fixture("bom.txt");

        g_assert_true(dossier_doc_load_article(doc, crlf, NULL, &error));
        g_assert_true(dossier_doc_load_article(doc, bom, NULL, &error));
        g_assert_no_error(error);
        const DossierArticle *a = dossier_doc_get_article(doc, 0);
        g_assert_cmpstr(dossier_article_get_body(a, NULL), ==, "Line one.\r\nLine two.\r\n");
        size_t n = 0;
        dossier_article_get_sentences(a, &n);
        g_assert_cmpuint(n, ==, 2);
        const DossierArticle *b = dossier_doc_get_article(doc, 1);
        g_assert_cmpstr(dossier_article_get_date(b), ==, "2024-11-25");
        g_assert_cmpstr(dossier_article_get_body(b, NULL), ==, "Body after a byte order mark.\n");
}

static char *write_temp(const char *contents, size_t len)
{
        g_autoptr(GError) error = NULL;
        char *path = NULL;
        int fd = g_file_open_tmp("dossier-test-XXXXXX.txt", &path, &error);
        g_assert_no_error(error);
        g_assert_cmpint(write(fd, contents, len), ==, (ssize_t) len);
        close(fd);
        return path;
}

/* A sparse 12 MB file: refused from its size alone, before it is read. */
static void test_size_limit(void)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autoptr(GError) error = NULL;
        g_autofree char *path = write_temp("x", 1);

        g_assert_cmpint(truncate(path, 12 * 1024 * 1024), ==, 0);
        g_assert_false(dossier_doc_load_article(doc, path, NULL, &error));
        g_autofree char *want = g_strdup_printf(
                "%s: article is 12 MB, above the limit of 10 MB (input.max_article_bytes)", path);
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT);
        g_assert_cmpstr(error->message, ==, want);
        g_clear_error(&error);

        /* a configured limit, one byte over and exactly at it */
        DossierLoadOptions options = { .max_bytes = 1000, .date_option = "2024-01-01" };
        g_assert_cmpint(truncate(path, 1001), ==, 0);
        g_assert_false(dossier_doc_load_article(doc, path, &options, &error));
        g_autofree char *want_small = g_strdup_printf(
                "%s: article is 1001 bytes, above the limit of 1000 bytes (input.max_article_bytes)",
                path);
        g_assert_cmpstr(error->message, ==, want_small);
        g_clear_error(&error);
        /* from memory the same limit holds */
        g_autofree char *data = g_strnfill(1001, 'a');
        g_assert_false(dossier_doc_add_article_from_data(doc, "mem.txt", data, 1001, 0, &options,
                                                         &error));
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT);
        g_clear_error(&error);
        g_assert_true(dossier_doc_add_article_from_data(doc, "mem.txt", data, 1000, 0, &options,
                                                        &error));
        g_assert_no_error(error);
        (void) g_unlink(path);
}

typedef struct {
        GPtrArray *messages;
} Warnings;

static void collect(void *user_data, const char *message)
{
        Warnings *w = user_data;
        g_ptr_array_add(w->messages, g_strdup(message));
}

/* Front matter, then --date, then input.default_date, then the mtime with a warning. */
static void test_date_order(void)
{
        g_autofree char *dated = fixture("good.txt");
        g_autofree char *undated = fixture("undated.txt");
        static const struct {
                bool use_dated;
                const char *option, *config, *want;
                uint32_t origin;
        } cases[] = {
                { true, "2020-01-01", "2021-01-01", "2024-11-25", DOSSIER_DATE_FRONT_MATTER },
                { false, "2020-01-01", "2021-01-01", "2020-01-01", DOSSIER_DATE_OPTION },
                { false, NULL, "2021-01-01", "2021-01-01", DOSSIER_DATE_CONFIG },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(DossierDoc) doc = dossier_doc_new();
                g_autoptr(GError) error = NULL;
                g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func(g_free);
                Warnings w = { messages };
                DossierLoadOptions options = { .date_option = cases[i].option,
                                               .date_config = cases[i].config,
                                               .warn = collect,
                                               .warn_data = &w };
                g_assert_true(dossier_doc_load_article(doc, cases[i].use_dated ? dated : undated,
                                                       &options, &error));
                g_assert_no_error(error);
                const DossierArticle *a = dossier_doc_get_article(doc, 0);
                g_assert_cmpstr(dossier_article_get_date(a), ==, cases[i].want);
                g_assert_cmpuint(dossier_article_get_date_origin(a), ==, cases[i].origin);
                g_assert_cmpuint(messages->len, ==, 0);
        }
}

static void test_date_mtime(void)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func(g_free);
        Warnings w = { messages };
        DossierLoadOptions options = { .warn = collect, .warn_data = &w };
        g_autofree char *path = write_temp("Undated text.\n", 14);
        /* noon, so the local date is the same in every time zone within 11 hours */
        struct timeval times[2] = { { 1719835200, 0 }, { 1719835200, 0 } }; /* 2024-07-01 12:00Z */
        g_assert_cmpint(utimes(path, times), ==, 0);

        g_assert_true(dossier_doc_load_article(doc, path, &options, &error));
        g_assert_no_error(error);
        const DossierArticle *a = dossier_doc_get_article(doc, 0);
        g_autoptr(GDateTime) t = g_date_time_new_from_unix_local(1719835200);
        g_autofree char *want = g_date_time_format(t, "%Y-%m-%d");
        g_assert_cmpstr(dossier_article_get_date(a), ==, want);
        g_assert_cmpuint(dossier_article_get_date_origin(a), ==, DOSSIER_DATE_MTIME);
        g_assert_cmpuint(messages->len, ==, 1);
        const char *msg = g_ptr_array_index(messages, 0);
        g_assert_true(g_str_has_prefix(msg, path));
        g_assert_nonnull(strstr(msg, want));

        /* without a sink the same load works and says nothing */
        DossierLoadOptions quiet = { 0 };
        g_assert_true(dossier_doc_load_article(doc, path, &quiet, &error));
        (void) g_unlink(path);
}

static void test_bad_date_option(void)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autoptr(GError) error = NULL;
        DossierLoadOptions options = { .date_option = "25/11/2024" };

        g_assert_false(dossier_doc_add_article_from_data(doc, "m.txt", "Text.", 5, 0, &options,
                                                         &error));
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT);
        g_assert_cmpstr(error->message, ==, "m.txt: invalid --date '25/11/2024', expected YYYY-MM-DD");
}

static void test_empty(void)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autoptr(GError) error = NULL;
        DossierLoadOptions options = { .date_config = "2024-01-01" };

        g_assert_true(dossier_doc_add_article_from_data(doc, "dir/empty.txt", NULL, 0, 0, &options,
                                                        &error));
        const DossierArticle *a = dossier_doc_get_article(doc, 0);
        size_t n = 1;
        g_assert_cmpstr(dossier_article_get_body(a, &n), ==, "");
        g_assert_cmpuint(n, ==, 0);
        g_assert_cmpstr(dossier_article_get_id(a), ==, "empty");
        dossier_article_get_sentences(a, &n);
        g_assert_cmpuint(n, ==, 0);
}

/* The reference article: its sentence count and a known sentence. */
static void test_reference(void)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autoptr(GError) error = NULL;

        g_assert_true(dossier_doc_load_article(
                doc, DOSSIER_SOURCE_DIR "/examples/articles/trump-kim-talks.txt", NULL, &error));
        g_assert_no_error(error);
        const DossierArticle *a = dossier_doc_get_article(doc, 0);
        size_t n = 0;
        const DossierSpan *s = dossier_article_get_sentences(a, &n);
        g_assert_cmpuint(n, ==, 29);
        g_autofree char *text = dossier_doc_dup_text(doc, (DossierSpan){ 0, 16, 28 });
        g_assert_cmpstr(text, ==, "Donald Trump"); /* the gold's first offsets */
        g_autofree char *eleven = dossier_doc_dup_text(doc, s[10]);
        g_assert_true(g_str_has_prefix(eleven, "U.S. and allied officials"));
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/article-load/good", test_good);
        g_test_add_func("/article-load/default-id", test_default_id_and_index);
        g_test_add_func("/article-load/bad-files", test_bad_files);
        g_test_add_func("/article-load/crlf-bom", test_crlf_and_bom);
        g_test_add_func("/article-load/size-limit", test_size_limit);
        g_test_add_func("/article-load/date-order", test_date_order);
        g_test_add_func("/article-load/date-mtime", test_date_mtime);
        g_test_add_func("/article-load/bad-date-option", test_bad_date_option);
        g_test_add_func("/article-load/empty", test_empty);
        g_test_add_func("/article-load/reference", test_reference);
        return g_test_run();
}
