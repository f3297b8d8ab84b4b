/* Loading an article from memory: size limit, UTF-8 check, front matter, anchor
 * date, tokenizer and sentence splitter, then the `dossier extract` JSON. */
#include "fuzz.h"

#include <string.h>

#include "model/doc-host.h"

#define PATH "fuzz.txt"

static void check_warning(void *user_data, const char *message)
{
        FUZZ_CHECK(g_str_has_prefix(message, PATH ": "), "warning without the file name: %s",
                   message);
        FUZZ_CHECK(g_utf8_validate(message, -1, NULL), "warning not UTF-8");
}

/* `fuzz.txt: byte N: ...` where the bytes before N are valid and byte N is not,
 * or `fuzz.txt:LINE: ...` with a line the input has. */
static void check_error(const GError *error, const char *data, size_t size)
{
        const char *m = error->message;
        unsigned long line;

        FUZZ_CHECK(error->domain == DOSSIER_ERROR && error->code == DOSSIER_ERROR_INPUT,
                   "error %s/%d: %s", g_quark_to_string(error->domain), error->code, m);
        FUZZ_CHECK(g_utf8_validate(m, -1, NULL), "error message not UTF-8");
        if (g_str_has_prefix(m, PATH ": byte ")) {
                char *end = NULL;
                size_t at = strtoull(m + strlen(PATH ": byte "), &end, 10);
                FUZZ_CHECK(end[0] == ':' && at < size, "bad byte offset: %s", m);
                FUZZ_CHECK(g_utf8_validate_len(data, at, NULL) &&
                                   !g_utf8_validate_len(data, at + 1, NULL),
                           "byte %zu is not where the input stops being UTF-8: %s", at, m);
                return;
        }
        FUZZ_CHECK(fuzz_message_has_line(m, PATH, &line), "error without FILE:LINE: %s", m);
        size_t lines = 1;
        for (size_t i = 0; i + 1 < size; i++)
                lines += data[i] == '\n';
        FUZZ_CHECK(line <= lines, "line %lu of %zu: %s", line, lines, m);
}

static void check_optional_text(const char *what, const char *value)
{
        FUZZ_CHECK(value == NULL || (value[0] != '\0' && g_utf8_validate(value, -1, NULL)),
                   "%s is empty or not UTF-8", what);
}

static void check_fields(const DossierArticle *a)
{
        const char *date = dossier_article_get_date(a);
        uint32_t origin = dossier_article_get_date_origin(a);

        FUZZ_CHECK(dossier_article_get_id(a)[0] != '\0', "empty id");
        FUZZ_CHECK(g_utf8_validate(dossier_article_get_id(a), -1, NULL), "id not UTF-8");
        FUZZ_CHECK(strlen(date) == 10 && date[4] == '-' && date[7] == '-', "date '%s'", date);
        FUZZ_CHECK(origin == DOSSIER_DATE_FRONT_MATTER || origin == DOSSIER_DATE_MTIME,
                   "date origin %u", origin);
        check_optional_text("title", dossier_article_get_title(a));
        check_optional_text("source", dossier_article_get_source(a));
        check_optional_text("url", dossier_article_get_url(a));
        FUZZ_CHECK(g_str_equal(dossier_article_get_path(a), PATH), "path '%s'",
                   dossier_article_get_path(a));
}

/* The body is the input's tail, NUL-terminated, valid UTF-8, and tokenized within. */
static void check_body(const DossierDoc *doc, const DossierArticle *a, const char *data,
                       size_t size)
{
        size_t len = 0, n_tokens = 0, n_sentences = 0;
        const char *body = dossier_article_get_body(a, &len);
        const DossierToken *tokens = dossier_article_get_tokens(a, &n_tokens);
        const DossierSpan *sentences = dossier_article_get_sentences(a, &n_sentences);

        FUZZ_CHECK(len <= size && memcmp(body, data + size - len, len) == 0,
                   "body (%zu bytes) is not the input's tail", len);
        FUZZ_CHECK(body[len] == '\0' && strlen(body) == len, "body not NUL-terminated at %zu",
                   len);
        FUZZ_CHECK(g_utf8_validate_len(body, len, NULL), "body not UTF-8");
        fuzz_check_tokens(body, len, 0, tokens, n_tokens, sentences, n_sentences);
        for (size_t i = 0; i < n_sentences; i++)
                g_free(dossier_doc_dup_text(doc, sentences[i]));
}

static void check_json(const DossierDoc *doc)
{
        g_autoptr(JsonNode) node = dossier_doc_article_to_json(doc, 0);
        g_autoptr(GError) error = NULL;

        FUZZ_CHECK(node != NULL && JSON_NODE_HOLDS_OBJECT(node), "no JSON object");
        g_autofree char *text = json_to_string(node, FALSE);
        FUZZ_CHECK(text != NULL && g_utf8_validate(text, -1, NULL), "JSON text not UTF-8");
        g_autoptr(JsonNode) again = json_from_string(text, &error);
        FUZZ_CHECK(again != NULL && json_node_equal(node, again), "JSON does not read back: %s",
                   error != NULL ? error->message : text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autoptr(GError) error = NULL;
        DossierLoadOptions options = { .warn = check_warning };
        const char *text = (const char *) data;

        if (!dossier_doc_add_article_from_data(doc, PATH, text, size, /* mtime= */ 0, &options,
                                               &error)) {
                FUZZ_CHECK(error != NULL, "failed without an error");
                FUZZ_CHECK(dossier_doc_get_n_articles(doc) == 0, "a failed load left an article");
                check_error(error, text, size);
                return 0;
        }
        FUZZ_CHECK(error == NULL, "succeeded with an error");
        FUZZ_CHECK(dossier_doc_get_n_articles(doc) == 1, "%zu articles",
                   dossier_doc_get_n_articles(doc));
        const DossierArticle *a = dossier_doc_get_article(doc, 0);
        check_fields(a);
        check_body(doc, a, text, size);
        check_json(doc);
        return 0;
}
