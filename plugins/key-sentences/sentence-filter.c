/* Eligibility tests for key sentences. Cheap byte scans: every sentence of every
 * article goes through them once. */
#include "sentence-filter.h"

#include <string.h>

typedef struct Shape {
        size_t words;
        size_t numbers; /* words that start with a digit */
        size_t letters;
        size_t upper;
        gunichar first; /* first letter or digit */
        gunichar last; /* last non-space character */
} Shape;

static Shape shape_of(const char *text, size_t len)
{
        Shape s = { 0 };
        bool in_word = false;
        for (const char *p = text, *end = text + len; p < end; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);
                bool alnum = g_unichar_isalnum(c);
                if (alnum && !s.first)
                        s.first = c;
                if (alnum && !in_word) {
                        s.words++;
                        s.numbers += g_unichar_isdigit(c) != 0;
                }
                in_word = alnum || (in_word && (c == '\'' || c == 0x2019 || c == '-'));
                if (g_unichar_isalpha(c)) {
                        s.letters++;
                        s.upper += g_unichar_isupper(c) != 0;
                }
                if (!g_unichar_isspace(c))
                        s.last = c;
        }
        return s;
}

static bool ends_like_sentence(gunichar c)
{
        return c == '.' || c == '!' || c == '?' || c == '"' || c == 0x201D || c == '\'' ||
               c == 0x2019 || c == ')';
}

/* Compares ignoring case, spaces and punctuation, so "Trump weighs talks." matches
 * the title "Trump weighs talks". */
static bool same_letters(const char *a, size_t alen, const char *b)
{
        const char *pa = a, *ea = a + alen, *pb = b;
        for (;;) {
                while (pa < ea && !g_unichar_isalnum(g_utf8_get_char(pa)))
                        pa = g_utf8_next_char(pa);
                while (*pb && !g_unichar_isalnum(g_utf8_get_char(pb)))
                        pb = g_utf8_next_char(pb);
                if (pa >= ea || !*pb)
                        return pa >= ea && !*pb;
                if (g_unichar_tolower(g_utf8_get_char(pa)) != g_unichar_tolower(g_utf8_get_char(pb)))
                        return false;
                pa = g_utf8_next_char(pa);
                pb = g_utf8_next_char(pb);
        }
}

bool sentence_is_eligible(const char *text, size_t len, const char *title)
{
        Shape s = shape_of(text, len);
        if (s.words < SENTENCE_MIN_WORDS || s.words > SENTENCE_MAX_WORDS)
                return false;
        if (!ends_like_sentence(s.last))
                return false; /* headlines and datelines have no final stop */
        if (s.letters == 0 || s.upper * 10 > s.letters * 6)
                return false; /* a headline in capitals */
        if (s.numbers * 10 > s.words * 3)
                return false; /* a results table */
        if (g_unichar_islower(s.first))
                return false; /* a fragment from a split inside a sentence */
        if (title && same_letters(text, len, title))
                return false;
        return true;
}

static bool is_double_quote(gunichar c)
{
        return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB ||
               c == 0x00BB;
}

double sentence_quote_share(const char *text, size_t len)
{
        size_t inside = 0, letters = 0;
        bool open = false;
        for (const char *p = text, *end = text + len; p < end; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);
                if (is_double_quote(c)) {
                        open = !open;
                        continue;
                }
                if (g_unichar_isalpha(c)) {
                        letters++;
                        inside += open;
                }
        }
        return letters ? (double) inside / (double) letters : 0.0;
}
