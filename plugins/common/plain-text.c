/* Plain text from article spans, made ready for a paragraph. */
#include "plain-text.h"

#include <stdbool.h>
#include <string.h>

#define ELLIPSIS "…"

char *plain_text_collapse(const char *text) {
        g_autofree char *valid = g_utf8_make_valid(text ? text : "", -1);
        GString *out = g_string_sized_new(strlen(valid));
        bool pending_space = false;

        for (const char *p = valid; *p; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);

                /* U+00A0 and U+202F are not "space" to g_unichar_isspace() */
                if (g_unichar_isspace(c) || c == 0x00A0 || c == 0x202F) {
                        pending_space = out->len > 0;
                        continue;
                }
                if (pending_space)
                        g_string_append_c(out, ' ');
                pending_space = false;
                g_string_append_unichar(out, c);
        }
        return g_string_free(out, FALSE);
}

static bool is_sentence_end(gunichar c) {
        return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* Closing marks may follow the full stop: `... again."` ends a sentence too. */
static bool is_closer(gunichar c) {
        return c == '"' || c == '\'' || c == ')' || c == 0x201D || c == 0x2019;
}

/* Byte offset just past the last sentence that ends at or before @limit (a byte
 * offset at a space), or 0 when none does. */
static size_t last_sentence_end(const char *text, size_t limit) {
        size_t best = 0;

        for (const char *p = text; *p && (size_t) (p - text) < limit; p = g_utf8_next_char(p)) {
                if (*p != ' ')
                        continue;
                const char *q = g_utf8_find_prev_char(text, p);
                while (q && is_closer(g_utf8_get_char(q)))
                        q = g_utf8_find_prev_char(text, q);
                if (q && is_sentence_end(g_utf8_get_char(q)))
                        best = (size_t) (p - text);
        }
        return best;
}

char *plain_text_shorten(const char *text, size_t max_chars) {
        g_autofree char *flat = plain_text_collapse(text);

        if ((size_t) g_utf8_strlen(flat, -1) <= max_chars)
                return g_steal_pointer(&flat);

        /* the byte where the character budget runs out */
        size_t limit = (size_t) (g_utf8_offset_to_pointer(flat, (glong) max_chars) - flat);
        size_t cut = last_sentence_end(flat, limit + 1);

        /* a first sentence longer than a third of the budget would waste the rest */
        if (cut > 0 && cut >= limit / 3)
                return g_strdup_printf("%.*s " ELLIPSIS, (int) cut, flat);

        const char *space = g_utf8_strrchr(flat, (gssize) limit + 1, ' ');
        cut = space ? (size_t) (space - flat) : limit;
        while (cut > 0 && strchr(",;:-", flat[cut - 1]))
                cut--;
        return g_strdup_printf("%.*s" ELLIPSIS, (int) cut, flat);
}

char *plain_text_key(const char *text) {
        g_autofree char *valid = g_utf8_make_valid(text ? text : "", -1);
        g_autofree char *norm = g_utf8_normalize(valid, -1, G_NORMALIZE_ALL);
        g_autofree char *folded = g_utf8_casefold(norm ? norm : valid, -1);
        GString *out = g_string_new(NULL);
        bool pending_space = false;

        for (const char *p = folded; *p; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);

                /* apostrophes join ("it's" = "its"); other punctuation separates */
                if (c == '\'' || c == 0x2019)
                        continue;
                if (!g_unichar_isalnum(c)) {
                        pending_space = out->len > 0;
                        continue;
                }
                if (pending_space)
                        g_string_append_c(out, ' ');
                pending_space = false;
                g_string_append_unichar(out, c);
        }
        return g_string_free(out, FALSE);
}
