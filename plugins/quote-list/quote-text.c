/* A quote's words made ready to print. */
#include "quote-text.h"

#include <string.h>

#include "common/plain-text.h"

#define ELLIPSIS "…"

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

/* A quote that opens inside the writer's square brackets sometimes loses the
 * opening one to the quotation mark ("GM's] behaviour"): give it back. */
static void balance_bracket(GString *s) {
        const char *close = strchr(s->str, ']');
        const char *open = strchr(s->str, '[');

        if (close && (!open || open > close))
                g_string_prepend_c(s, '[');
}

/* Before an opening mark: the start, a space, an opening bracket or dash. */
static bool opens_after(gunichar prev) {
        return prev == 0 || g_unichar_isspace(prev) || prev == '(' || prev == '[' ||
               prev == 0x2014 || prev == 0x2013 || prev == 0x201C || prev == 0x2018;
}

/* The curly mark for a straight one between @prev and @next: an opening one after a
 * space or an opening bracket and before a word; a closing one otherwise
 * ("Christianity, ' well" closes). */
static gunichar curl(char mark, gunichar prev, char next) {
        bool opens = opens_after(prev) && next != '\0' && !g_ascii_isspace(next);

        if (mark == '"')
                return opens ? 0x201C : 0x201D;
        /* before a digit it stands for the century: "the ’90s" */
        return opens && !g_ascii_isdigit(next) ? 0x2018 : 0x2019;
}

char *quote_text_typeset(const char *text) {
        GString *out = g_string_sized_new(strlen(text) + 16);
        gunichar prev = 0;

        for (const char *p = text; *p; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);
                if (c == '`') {
                        /* LaTeX-style marks in some sources: ``x'' and `x' */
                        c = p[1] == '`' ? 0x201C : 0x2018;
                        p += p[1] == '`';
                        p += p[1] == ' ';
                } else if (c == '\'' && p[1] == '\'' && !opens_after(prev)) {
                        c = 0x201D;
                        p++;
                } else if (c == '\'' || c == '"') {
                        c = curl((char) c, prev, p[1]);
                } else if (g_str_has_prefix(p, "...")) {
                        c = 0x2026;
                        p += 2;
                } else if (c == '-' && prev == ' ' && p[1] == ' ') {
                        c = 0x2013;
                } else if (c == '-' && prev == ' ' && g_str_has_prefix(p, "-- ")) {
                        c = 0x2014;
                        p++;
                }
                g_string_append_unichar(out, c);
                prev = c;
        }
        return g_string_free(out, FALSE);
}

/* Printed inside “…”, a quotation's own double marks become single ones, as nested
 * quotations alternate: “he asked: ‘Why?’” */
static char *nest(const char *text) {
        GString *out = g_string_sized_new(strlen(text));

        for (const char *p = text; *p; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);
                g_string_append_unichar(out, c == 0x201C ? 0x2018 : c == 0x201D ? 0x2019 : c);
        }
        return g_string_free(out, FALSE);
}

/* A quotation over several paragraphs opens each one again ("A.\n"B."): those
 * marks are no quotations of their own. */
static char *drop_reopening_marks(const char *raw) {
        GString *out = g_string_sized_new(strlen(raw));
        bool line_start = false;

        for (const char *p = raw; *p; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);
                if (c == '\n')
                        line_start = true;
                else if (line_start && (c == '"' || c == 0x201C || c == 0x00AB))
                        continue;
                else if (!g_unichar_isspace(c))
                        line_start = false;
                g_string_append_unichar(out, c);
        }
        return g_string_free(out, FALSE);
}

char *quote_text_clean(const char *raw, bool direct) {
        g_autofree char *paragraphs = direct ? drop_reopening_marks(raw) : g_strdup(raw);
        g_autofree char *flat = plain_text_collapse(paragraphs);
        g_autoptr(GString) s = g_string_new(flat);

        unwrap(s);
        /* a reported statement is the clause after "said that ..." */
        if (!direct && g_ascii_strncasecmp(s->str, "that ", 5) == 0)
                g_string_erase(s, 0, 5);
        if (s->len == 0)
                return g_strdup("");
        balance_bracket(s);
        /* a direct quote that starts mid-sentence says so, rather than being recapitalized */
        if (direct && g_unichar_islower(g_utf8_get_char(s->str)))
                g_string_prepend(s, ELLIPSIS);
        /* set apart from its "he said", a quote ends as a sentence does */
        if (g_unichar_isalnum(g_utf8_get_char(g_utf8_find_prev_char(s->str, s->str + s->len))))
                g_string_append_c(s, '.');
        g_autofree char *typeset = quote_text_typeset(s->str);
        return direct ? nest(typeset) : g_steal_pointer(&typeset);
}

/* @raw's words inside its outer quotation marks, the hand-over comma kept. */
static GString *inner(const char *raw) {
        g_autofree char *flat = plain_text_collapse(raw);
        GString *s = g_string_new(flat);

        if (s->len > 0 && is_quote_mark(g_utf8_get_char(s->str)))
                g_string_erase(s, 0, g_utf8_next_char(s->str) - s->str);
        const char *last = s->len ? g_utf8_find_prev_char(s->str, s->str + s->len) : NULL;
        if (last && is_quote_mark(g_utf8_get_char(last)))
                g_string_truncate(s, (gsize) (last - s->str));
        while (s->len > 0 && s->str[s->len - 1] == ' ')
                g_string_truncate(s, s->len - 1);
        while (s->len > 0 && s->str[0] == ' ')
                g_string_erase(s, 0, 1);
        return s;
}

bool quote_text_is_split_gap(const char *gap) {
        return strlen(gap) <= 120 && !strpbrk(gap, "\n.!?");
}

char *quote_text_reported_cue(const char *gap) {
        g_autofree char *flat = plain_text_collapse(gap);
        bool has_letter = false;

        for (const char *p = flat; *p; p = g_utf8_next_char(p))
                has_letter = has_letter || g_unichar_isalpha(g_utf8_get_char(p));
        if (!has_letter || strlen(flat) > 60 || strpbrk(gap, "\n.!?:\"") ||
            g_utf8_strchr(flat, -1, 0x201C) || g_utf8_strchr(flat, -1, 0x201D))
                return NULL;
        return quote_text_typeset(flat);
}

char *quote_text_join(const char *first, const char *second) {
        g_autoptr(GString) a = inner(first);
        g_autoptr(GString) b = inner(second);

        /* a new sentence after the hand-over: "A," she said. "B." reads "A. B." */
        if (a->len > 0 && b->len > 0 && !g_unichar_islower(g_utf8_get_char(b->str))) {
                if (is_handover(a->str[a->len - 1]))
                        g_string_truncate(a, a->len - 1);
                if (g_unichar_isalnum(g_utf8_get_char(g_utf8_find_prev_char(a->str, a->str + a->len))))
                        g_string_append_c(a, '.');
        }
        return g_strdup_printf("\"%s%s%s\"", a->str, a->len && b->len ? " " : "", b->str);
}

/* ---- shortening ---------------------------------------------------------- */

/* Words after which a full stop ends no sentence ("Sen. Warren", "Apple Inc. said"). */
static const char *const abbreviations[] = {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "sen", "rep", "gov", "gen", "col", "lt",
        "sgt", "capt", "prof", "rev", "hon", "inc", "corp", "co", "ltd", "no", "vs", "mt",
        "ft", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "etc",
};

/* @dot is a full stop after an abbreviation or an initial ("U.S.", "J. Smith"). */
static bool is_abbreviation(const char *text, const char *dot) {
        const char *start = dot;

        while (start > text && !g_ascii_isspace(start[-1]) && start[-1] != '(')
                start--;
        size_t len = (size_t) (dot - start);
        if (len == 0 || memchr(start, '.', len) || (len == 1 && g_ascii_isupper(*start)))
                return true;
        for (size_t i = 0; i < G_N_ELEMENTS(abbreviations); i++) {
                if (strlen(abbreviations[i]) == len && g_ascii_strncasecmp(start, abbreviations[i], len) == 0)
                        return true;
        }
        return false;
}

static bool is_closer(gunichar c) {
        return c == '"' || c == '\'' || c == ')' || c == 0x201D || c == 0x2019;
}

/* What may open the next sentence: a capital, a digit or an opening mark. */
static bool starts_sentence(gunichar c) {
        return g_unichar_isupper(c) || g_unichar_isdigit(c) || c == 0x201C || c == 0x2018 ||
               c == '"' || c == '\'';
}

/* The space at @p ends a sentence: a full stop (not an abbreviation's), "!", "?"
 * or "…", maybe closing marks, then a word that may open a sentence. */
static bool ends_sentence(const char *text, const char *p) {
        const char *q = g_utf8_find_prev_char(text, p);

        while (q && is_closer(g_utf8_get_char(q)))
                q = g_utf8_find_prev_char(text, q);
        if (!q || !starts_sentence(g_utf8_get_char(p + 1)))
                return false;
        gunichar c = g_utf8_get_char(q);
        if (c == '.')
                return !is_abbreviation(text, q);
        return c == '!' || c == '?' || c == 0x2026;
}

char *quote_text_shorten(const char *text, size_t max_chars) {
        if ((size_t) g_utf8_strlen(text, -1) <= max_chars)
                return g_strdup(text);

        /* the byte where the character budget runs out */
        size_t limit = (size_t) (g_utf8_offset_to_pointer(text, (glong) max_chars) - text);
        size_t cut = 0;
        for (const char *p = text; *p && (size_t) (p - text) <= limit; p++) {
                if (*p == ' ' && ends_sentence(text, p))
                        cut = (size_t) (p - text);
        }
        /* a first sentence shorter than a third of the budget would waste the rest */
        if (cut > 0 && cut >= limit / 3)
                return g_strdup_printf("%.*s " ELLIPSIS, (int) cut, text);

        const char *space = g_utf8_strrchr(text, (gssize) limit + 1, ' ');
        cut = space ? (size_t) (space - text) : limit;
        while (cut > 0 && strchr(",;:-", text[cut - 1]))
                cut--;
        return g_strdup_printf("%.*s" ELLIPSIS, (int) cut, text);
}

char *quote_text_capitalize(const char *text) {
        if (!text || !*text)
                return g_strdup(text ? text : "");

        gunichar first = g_utf8_get_char(text);
        char buf[8] = { 0 };
        g_unichar_to_utf8(g_unichar_toupper(first), buf);
        return g_strconcat(buf, g_utf8_next_char(text), NULL);
}

bool quote_text_is_pronoun(const char *text) {
        static const char *const pronouns[] = {
                "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us",
        };

        for (size_t i = 0; text && i < G_N_ELEMENTS(pronouns); i++) {
                if (g_ascii_strcasecmp(text, pronouns[i]) == 0)
                        return true;
        }
        return false;
}

/* Words that end a description's noun phrase: "a source familiar with the talks". */
static const char *const phrase_ends[] = {
        "familiar", "close", "with", "who", "which", "that", "at", "in", "of", "from",
        "for", "on", "to", "by", "and", "said", "says", "told", "speaking", "involved",
};

static bool ends_phrase(const char *word) {
        for (size_t i = 0; i < G_N_ELEMENTS(phrase_ends); i++) {
                if (g_ascii_strcasecmp(word, phrase_ends[i]) == 0)
                        return true;
        }
        return false;
}

char *quote_text_description_head(const char *text, bool *ret_definite) {
        g_auto(GStrv) words = g_strsplit(text ? text : "", " ", -1);
        size_t n = g_strv_length(words);

        if (n < 2 || (g_ascii_strcasecmp(words[0], "a") != 0 &&
                      g_ascii_strcasecmp(words[0], "an") != 0 &&
                      g_ascii_strcasecmp(words[0], "the") != 0))
                return NULL;
        size_t head = 0;
        for (size_t i = 1; i < n && !ends_phrase(words[i]); i++) {
                head = i;
                if (strpbrk(words[i], ",;:"))
                        break;
        }
        if (head == 0)
                return NULL;
        if (ret_definite)
                *ret_definite = g_ascii_strcasecmp(words[0], "the") == 0;
        g_strdelimit(words[head], ",;:.", ' ');
        g_strstrip(words[head]);
        return g_utf8_casefold(words[head], -1);
}
