/* Loading an article: read within the size limit, check the encoding, parse the
 * front matter, resolve the anchor date, tokenize, and only then append it, so a
 * failed load leaves the doc as it was. */
#include "model/doc-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "model/front-matter.h"
#include "model/iso-date.h"
#include "model/utf8-check.h"
#include "text/tokenize.h"

#define MIB (1024.0 * 1024.0)

static uint64_t max_bytes(const DossierLoadOptions *options)
{
        uint64_t max = options != NULL && options->max_bytes != 0
                               ? options->max_bytes
                               : DOSSIER_DEFAULT_MAX_ARTICLE_BYTES;
        return MIN(max, (uint64_t) DOSSIER_MAX_ARTICLE_BYTES_CEILING);
}

/* "12 MB", "10.5 MB", "512 bytes": whole megabytes read best in the message. */
static char *size_text(uint64_t bytes)
{
        if (bytes < 1024 * 1024)
                return g_strdup_printf("%" G_GUINT64_FORMAT " bytes", bytes);
        if (bytes % (1024 * 1024) == 0)
                return g_strdup_printf("%" G_GUINT64_FORMAT " MB", bytes / (1024 * 1024));
        return g_strdup_printf("%.1f MB", (double) bytes / MIB);
}

static bool check_size(const char *path, uint64_t size, uint64_t max, GError **error)
{
        if (size <= max)
                return true;
        g_autofree char *have = size_text(size);
        g_autofree char *limit = size_text(max);
        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT,
                    "%s: article is %s, above the limit of %s (input.max_article_bytes)", path,
                    have, limit);
        return false;
}

static void set_io_error(GError **error, const char *path, int errsv)
{
        g_autofree char *reason = g_strdup(g_strerror(errsv));
        reason[0] = g_ascii_tolower(reason[0]); /* messages start in lower case */
        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO, "%s: %s", path, reason);
}

static bool read_all(int fd, const char *path, uint64_t max, GByteArray *buf, GError **error)
{
        uint8_t chunk[64 * 1024];

        for (;;) {
                ssize_t n = read(fd, chunk, sizeof chunk);
                if (n < 0 && errno == EINTR)
                        continue;
                if (n < 0) {
                        set_io_error(error, path, errno);
                        return false;
                }
                if (n == 0)
                        return true;
                g_byte_array_append(buf, chunk, (guint) n);
                /* the file grew after fstat: still never hold more than the limit */
                if (!check_size(path, buf->len, max, error))
                        return false;
        }
}

/* Reads @path after checking its size with fstat, so a huge file is refused before
 * a byte of it is read. */
static GByteArray *read_file(const char *path, uint64_t max, int64_t *ret_mtime, GError **error)
{
        int fd = g_open(path, O_RDONLY | O_CLOEXEC, 0);
        struct stat st;

        if (fd < 0) {
                set_io_error(error, path, errno);
                return NULL;
        }
        if (fstat(fd, &st) < 0) {
                set_io_error(error, path, errno);
                (void) close(fd);
                return NULL;
        }
        if (S_ISDIR(st.st_mode)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO, "%s: is a directory", path);
                (void) close(fd);
                return NULL;
        }
        if (S_ISREG(st.st_mode) && !check_size(path, (uint64_t) st.st_size, max, error)) {
                (void) close(fd);
                return NULL;
        }
        g_autoptr(GByteArray) buf = g_byte_array_sized_new(S_ISREG(st.st_mode) ? st.st_size : 0);
        bool ok = read_all(fd, path, max, buf, error);
        (void) close(fd);
        if (!ok)
                return NULL;
        *ret_mtime = (int64_t) st.st_mtime;
        return g_steal_pointer(&buf);
}

bool dossier_doc_load_article(DossierDoc *doc, const char *path, const DossierLoadOptions *options,
                              GError **error)
{
        g_return_val_if_fail(doc != NULL && path != NULL, false);
        g_return_val_if_fail(error == NULL || *error == NULL, false);

        int64_t mtime = 0;
        g_autoptr(GByteArray) buf = read_file(path, max_bytes(options), &mtime, error);
        if (buf == NULL)
                return false;
        return dossier_doc_add_article_from_data(doc, path, (const char *) buf->data, buf->len,
                                                 mtime, options, error);
}

/* Issue 2 §2: the article's own date, else --date, else input.default_date, else
 * the file's modification time, with a warning since that is rarely the right day. */
static bool resolve_date(const char *path, const DossierFrontMatter *fm, int64_t mtime,
                         const DossierLoadOptions *options, char **ret_date,
                         uint32_t *ret_origin, GError **error)
{
        const char *option = options != NULL ? options->date_option : NULL;
        const char *config = options != NULL ? options->date_config : NULL;

        if (fm->date != NULL) {
                *ret_date = g_strdup(fm->date);
                *ret_origin = DOSSIER_DATE_FRONT_MATTER;
        } else if (option != NULL || config != NULL) {
                const char *date = option != NULL ? option : config;
                if (!dossier_iso_date_is_valid(date)) {
                        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT,
                                    "%s: invalid %s '%s', expected YYYY-MM-DD", path,
                                    option != NULL ? "--date" : "input.default_date", date);
                        return false;
                }
                *ret_date = g_strdup(date);
                *ret_origin = option != NULL ? DOSSIER_DATE_OPTION : DOSSIER_DATE_CONFIG;
        } else {
                *ret_date = dossier_iso_date_from_unix(mtime);
                *ret_origin = DOSSIER_DATE_MTIME;
                if (options != NULL && options->warn != NULL) {
                        g_autofree char *msg = g_strdup_printf(
                                "%s: no date in the front matter, --date or input.default_date; "
                                "using the file's modification date %s",
                                path, *ret_date);
                        options->warn(options->warn_data, msg);
                }
        }
        return true;
}

static char *default_id(const char *path)
{
        g_autofree char *base = g_path_get_basename(path);
        size_t n = strlen(base);

        if (n > 4 && g_str_has_suffix(base, ".txt"))
                base[n - 4] = '\0';
        return g_steal_pointer(&base);
}

/* Tokens and sentences go to the arena in one copy each. */
static void tokenize_into(DossierDoc *doc, DossierArticle *article)
{
        g_autoptr(GArray) tokens = g_array_new(FALSE, FALSE, sizeof(DossierToken));
        g_autoptr(GArray) sentences = g_array_new(FALSE, FALSE, sizeof(DossierSpan));
        size_t token_bytes, sentence_bytes;

        dossier_text_tokenize(article->body, article->body_len, article->index, tokens, sentences);
        token_bytes = tokens->len * sizeof(DossierToken);
        sentence_bytes = sentences->len * sizeof(DossierSpan);
        DossierToken *t = dossier_arena_alloc(doc->arena, token_bytes);
        DossierSpan *s = dossier_arena_alloc(doc->arena, sentence_bytes);
        if (token_bytes > 0)
                memcpy(t, tokens->data, token_bytes);
        if (sentence_bytes > 0)
                memcpy(s, sentences->data, sentence_bytes);
        article->tokens = t;
        article->n_tokens = tokens->len;
        article->sentences = s;
        article->n_sentences = sentences->len;
}

static void fill_article(DossierDoc *doc, DossierArticle *a, const char *path,
                         const DossierFrontMatter *fm, const char *date, uint32_t origin)
{
        DossierArena *arena = doc->arena;
        g_autofree char *id = fm->id == NULL ? default_id(path) : NULL;

        a->path = dossier_arena_strdup(arena, path);
        a->id = dossier_arena_strdup(arena, fm->id != NULL ? fm->id : id);
        a->title = dossier_arena_strdup(arena, fm->title);
        a->source = dossier_arena_strdup(arena, fm->source);
        a->url = dossier_arena_strdup(arena, fm->url);
        a->date = dossier_arena_strdup(arena, date);
        a->date_origin = origin;
}

bool dossier_doc_add_article_from_data(DossierDoc *doc, const char *path, const char *data,
                                       size_t len, int64_t mtime,
                                       const DossierLoadOptions *options, GError **error)
{
        g_return_val_if_fail(doc != NULL && path != NULL, false);
        g_return_val_if_fail(data != NULL || len == 0, false);
        g_return_val_if_fail(error == NULL || *error == NULL, false);

        g_auto(DossierFrontMatter) fm = { 0 };
        g_autofree char *date = NULL;
        uint32_t origin = 0;

        if (data == NULL)
                data = "";
        if (!check_size(path, len, max_bytes(options), error) ||
            !dossier_utf8_check(path, data, len, error) ||
            !dossier_front_matter_parse(path, data, len, &fm, error) ||
            !resolve_date(path, &fm, mtime, options, &date, &origin, error))
                return false;

        DossierArticle *article = dossier_doc_append_article(doc);
        fill_article(doc, article, path, &fm, date, origin);
        article->body_len = len - fm.body_offset;
        article->body = dossier_arena_strndup(doc->arena, data + fm.body_offset, article->body_len);
        tokenize_into(doc, article);
        return true;
}
