/* A quote's words made ready to print. */
#include "quote-text.h"

#include <string.h>

#include "common/plain-text.h"

static bool is_quote_mark(gunichar c) {
        return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB ||
               c == 0x00BB || c == 0x2018 || c == 0x2019 || c == '\'';
}

/* Punctuation that joins the quote to its attribution ("...weapons," Trump said). */
static bool is_handover(char c) {
        return c == ',' || c == ';' || c == ':' || c == ' ';
}

/* Drops one pair of quotation marks (inner ones stay: "called it 'fake'") and
 * the hand-over punctuation inside them. */
static void unwrap(GString *s) {
        if (s->len > 0 && is_quote_mark(g_utf8_get_char(s->str))) {
                g_string_erase(s, 0, g_utf8_next_char(s->str) - s->str);
                const char *last = s->len ? g_utf8_find_prev_char(s->str, s->str + s->len) : NULL;
                if (last && is_quote_mark(g_utf8_get_char(last)))
                        g_string_truncate(s, (gsize) (last - s->str));
        }
        while (s->len > 0 && is_handover(s->str[s->len - 1]))
                g_string_truncate(s, s->len - 1);
        while (s->len > 0 && s->str[0] == ' ')
                g_string_erase(s, 0, 1);
}

char *quote_text_clean(const char *raw, bool direct, size_t max_chars) {
        g_autofree char *flat = plain_text_collapse(raw);
        g_autoptr(GString) s = g_string_new(flat);

        unwrap(s);
        /* a reported statement is the clause after "said that ..." */
        if (!direct && g_ascii_strncasecmp(s->str, "that ", 5) == 0)
                g_string_erase(s, 0, 5);
        /* a direct quote that starts mid-sentence says so, rather than being recapitalized */
        if (direct && g_unichar_islower(g_utf8_get_char(s->str)))
                g_string_prepend(s, "…");
        /* set apart from its "he said", a quote ends as a sentence does */
        if (s->len > 0 && g_unichar_isalnum(g_utf8_get_char(
                                  g_utf8_find_prev_char(s->str, s->str + s->len))))
                g_string_append_c(s, '.');
        return plain_text_shorten(s->str, max_chars);
}

char *quote_text_capitalize(const char *text) {
        if (!text || !*text)
                return g_strdup(text ? text : "");

        gunichar first = g_utf8_get_char(text);
        char buf[8] = { 0 };
        g_unichar_to_utf8(g_unichar_toupper(first), buf);
        return g_strconcat(buf, g_utf8_next_char(text), NULL);
}
