/* Front matter as issue 2 §2 defines it: a first line `---`, then `key: value`
 * lines (id, title, date, source, url), then `---`. Not YAML: no nesting, no
 * multi-line values; a colon inside a value is part of it ("title: A: B"). */
#include "model/front-matter.h"

#include <string.h>

#include <dossier/error.h>

#include "model/iso-date.h"

#define BOM "\xef\xbb\xbf"

typedef struct {
        const char *path;
        const char *data;
        size_t len;
        size_t pos;   /* start of the next line */
        unsigned line; /* number of the line last read, from 1 */
} LineReader;

/* The next line without its newline (and without a CR before it). */
static bool next_line(LineReader *r, const char **ret_start, size_t *ret_len)
{
        if (r->pos >= r->len)
                return false;
        const char *start = r->data + r->pos;
        const char *nl = memchr(start, '\n', r->len - r->pos);
        size_t n = nl != NULL ? (size_t) (nl - start) : r->len - r->pos;
        r->pos += n + (nl != NULL ? 1 : 0);
        r->line++;
        if (n > 0 && start[n - 1] == '\r')
                n--;
        *ret_start = start;
        *ret_len = n;
        return true;
}

static bool is_fence(const char *s, size_t n)
{
        while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
                n--;
        return n == 3 && memcmp(s, "---", 3) == 0;
}

static bool is_blank(const char *s, size_t n)
{
        for (size_t i = 0; i < n; i++)
                if (!g_ascii_isspace(s[i]))
                        return false;
        return true;
}

static bool is_key_char(char c)
{
        return g_ascii_isalnum(c) || c == '_' || c == '-';
}

/* A value in matching quotes loses them: `title: "A: B"`. */
static char *value_copy(const char *s, size_t n)
{
        g_autofree char *v = g_strstrip(g_strndup(s, n));
        size_t len = strlen(v);

        if (len >= 2 && (v[0] == '"' || v[0] == '\'') && v[len - 1] == v[0]) {
                v[len - 1] = '\0';
                memmove(v, v + 1, len - 1);
        }
        return v[0] != '\0' ? g_steal_pointer(&v) : NULL;
}

static bool set_field(const LineReader *r, DossierFrontMatter *fm, const char *key, char *value,
                      GError **error)
{
        char **slot = g_str_equal(key, "id")       ? &fm->id
                      : g_str_equal(key, "title")  ? &fm->title
                      : g_str_equal(key, "date")   ? &fm->date
                      : g_str_equal(key, "source") ? &fm->source
                      : g_str_equal(key, "url")    ? &fm->url
                                                   : NULL;
        if (slot == NULL) { /* other keys are for other tools */
                g_free(value);
                return true;
        }
        if (slot == &fm->date && value != NULL && !dossier_iso_date_is_valid(value)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT,
                            "%s:%u: invalid date '%s', expected YYYY-MM-DD", r->path, r->line,
                            value);
                g_free(value);
                return false;
        }
        g_free(*slot); /* a repeated key: the last one wins */
        *slot = value;
        return true;
}

static bool parse_pair(const LineReader *r, DossierFrontMatter *fm, const char *s, size_t n,
                       GError **error)
{
        const char *colon = memchr(s, ':', n);
        size_t k = 0;

        while (colon != NULL && k < (size_t) (colon - s) && is_key_char(s[k]))
                k++;
        if (colon == NULL || k == 0 || k != (size_t) (colon - s)) {
                /* Cut the quoted line on a character boundary: the message must stay
                 * UTF-8 (found by tests/fuzz, bug-front-matter-error-cuts-character). */
                size_t cut = MIN(n, 40);
                while (cut > 0 && cut < n && ((unsigned char) s[cut] & 0xC0) == 0x80)
                        cut--;
                g_autofree char *shown = g_strndup(s, cut);
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT,
                            "%s:%u: expected 'key: value' in the front matter, got '%s'", r->path,
                            r->line, shown);
                return false;
        }
        g_autofree char *key = g_ascii_strdown(s, (gssize) k);
        return set_field(r, fm, key, value_copy(colon + 1, n - k - 1), error);
}

/* Whether a closing `---` follows: without one, a body line would otherwise be
 * reported as a bad `key: value` line, which hides the real mistake. */
static bool has_closing_fence(LineReader r)
{
        const char *s;
        size_t n;

        while (next_line(&r, &s, &n))
                if (is_fence(s, n))
                        return true;
        return false;
}

static bool parse_lines(LineReader *r, DossierFrontMatter *fm, GError **error)
{
        const char *s;
        size_t n;

        if (!has_closing_fence(*r)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT,
                            "%s:1: front matter is not closed: no '---' line after it", r->path);
                return false;
        }
        while (next_line(r, &s, &n)) {
                if (is_fence(s, n))
                        break;
                if (is_blank(s, n) || s[0] == '#')
                        continue;
                if (!parse_pair(r, fm, s, n, error))
                        return false;
        }
        fm->body_offset = r->pos;
        return true;
}

bool dossier_front_matter_parse(const char *path, const char *data, size_t len,
                                DossierFrontMatter *ret, GError **error)
{
        g_return_val_if_fail(path != NULL && (data != NULL || len == 0) && ret != NULL, false);

        DossierFrontMatter fm = { 0 };
        LineReader r = { path, data, len, 0, 0 };
        const char *s;
        size_t n;

        if (len >= 3 && memcmp(data, BOM, 3) == 0)
                r.pos = fm.body_offset = 3; /* an editor's byte order mark is not text */
        size_t after_bom = r.pos;
        if (!next_line(&r, &s, &n) || !is_fence(s, n)) {
                ret->body_offset = after_bom;
                return true;
        }
        if (!parse_lines(&r, &fm, error)) {
                dossier_front_matter_clear(&fm);
                return false;
        }
        *ret = fm;
        return true;
}

void dossier_front_matter_clear(DossierFrontMatter *fm)
{
        if (fm == NULL)
                return;
        g_clear_pointer(&fm->id, g_free);
        g_clear_pointer(&fm->title, g_free);
        g_clear_pointer(&fm->date, g_free);
        g_clear_pointer(&fm->source, g_free);
        g_clear_pointer(&fm->url, g_free);
}
