/* Splitting a sentence into the words time expressions are built from.
 * SPDX-License-Identifier: MIT
 *
 * The host's tokens follow general rules; time expressions need their own:
 * "p.m." and "Sept." keep their periods, "2024-06-04" and "10:30" stay whole,
 * "mid-1996" and "third-quarter" split at the hyphen, "1990s" is a decade and
 * "1,000" a grouped number that is never a year. */
#include "timex.h"

#include <string.h>

typedef struct {
        const char *text;
        uint32_t end;
} Cursor;

static bool is_digit(const Cursor *c, uint32_t i)
{
        return i < c->end && g_ascii_isdigit(c->text[i]);
}

static bool is_alpha(const Cursor *c, uint32_t i)
{
        return i < c->end && g_ascii_isalpha(c->text[i]);
}

/* UTF-8 characters outside ASCII count as letters, except general punctuation
 * (U+2000..U+206F: dashes, curly quotes) and Latin-1 punctuation. */
static bool is_letter(const Cursor *c, uint32_t i)
{
        if (i >= c->end)
                return false;
        unsigned char b = (unsigned char) c->text[i];
        if (b < 0x80)
                return g_ascii_isalpha(b);
        if (b == 0xe2 && i + 1 < c->end && ((unsigned char) c->text[i + 1] & 0xfe) == 0x80)
                return false;
        if (b == 0xc2)
                return false;
        return b >= 0xc3;
}

/* ' or U+2019; returns its length in bytes, 0 when there is none at @i. */
static uint32_t apostrophe_len(const Cursor *c, uint32_t i)
{
        if (i < c->end && c->text[i] == '\'')
                return 1;
        if (i + 2 < c->end && memcmp(c->text + i, "\xe2\x80\x99", 3) == 0)
                return 3;
        return 0;
}

static uint32_t utf8_len(unsigned char b)
{
        if (b >= 0xf0)
                return 4;
        if (b >= 0xe0)
                return 3;
        if (b >= 0xc0)
                return 2;
        return 1;
}

static uint32_t skip_digits(const Cursor *c, uint32_t i)
{
        while (is_digit(c, i))
                i++;
        return i;
}

static int32_t parse_int(const char *s, uint32_t len)
{
        int32_t v = 0;
        for (uint32_t k = 0; k < len && k < 9; k++)
                v = v * 10 + (s[k] - '0');
        return v;
}

/* "1,000,000" and "2.5": numbers that never name a year. */
static uint32_t lex_grouped(const Cursor *c, uint32_t i, TimexWord *w)
{
        bool grouped = false;
        while (i + 3 < c->end + 0u && c->text[i] == ',' && is_digit(c, i + 1) && is_digit(c, i + 2) &&
               is_digit(c, i + 3) && !is_digit(c, i + 4)) {
                i += 4;
                grouped = true;
        }
        if (i < c->end && c->text[i] == '.' && is_digit(c, i + 1)) {
                i = skip_digits(c, i + 1);
                grouped = true;
        }
        if (grouped)
                w->flags |= TIMEX_WORD_GROUPED;
        return i;
}

static uint32_t lex_date_forms(const Cursor *c, uint32_t d0, uint32_t i, TimexWord *w)
{
        uint32_t width = i - d0;
        if (width == 4 && i + 5 < c->end + 0u && c->text[i] == '-' && is_digit(c, i + 1) &&
            is_digit(c, i + 2) && c->text[i + 3] == '-' && is_digit(c, i + 4) &&
            is_digit(c, i + 5) && !is_digit(c, i + 6)) {
                w->shape = TIMEX_SHAPE_ISO_DATE;
                return i + 6;
        }
        if (width <= 2 && i < c->end && c->text[i] == '/' && is_digit(c, i + 1)) {
                uint32_t j = skip_digits(c, i + 1);
                if (j - i - 1 <= 2 && j < c->end && c->text[j] == '/' && is_digit(c, j + 1)) {
                        uint32_t k = skip_digits(c, j + 1);
                        if (k - j - 1 == 2 || k - j - 1 == 4) {
                                w->shape = TIMEX_SHAPE_SLASH_DATE;
                                return k;
                        }
                }
        }
        if (width <= 2 && i + 2 < c->end + 0u && c->text[i] == ':' && is_digit(c, i + 1) &&
            is_digit(c, i + 2) && !is_digit(c, i + 3)) {
                w->shape = TIMEX_SHAPE_CLOCK;
                w->num = parse_int(c->text + d0, width) * 100 + parse_int(c->text + i + 1, 2);
                i += 3;
                if (i + 2 < c->end && c->text[i] == ':' && is_digit(c, i + 1) && is_digit(c, i + 2))
                        i += 3;
                return i;
        }
        return 0;
}

static uint32_t lex_number(const Cursor *c, uint32_t i, TimexWord *w)
{
        uint32_t d0 = i;
        i = skip_digits(c, i);
        w->shape = TIMEX_SHAPE_NUMBER;
        w->width = (uint8_t) MIN(i - d0, 255u);
        w->num = parse_int(c->text + d0, i - d0);
        if (i - d0 > 9)
                w->num = G_MAXINT32;

        uint32_t j = lex_date_forms(c, d0, i, w);
        if (j)
                return j;
        j = lex_grouped(c, i, w);
        if (j != i)
                return j;
        /* "1990s", "90s" */
        if ((w->width == 4 || w->width == 2) && w->num % 10 == 0 && i < c->end &&
            c->text[i] == 's' && !is_letter(c, i + 1)) {
                w->shape = TIMEX_SHAPE_DECADE;
                return i + 1;
        }
        /* "4th", "21st" */
        if (is_alpha(c, i) && is_alpha(c, i + 1) && !is_letter(c, i + 2)) {
                char a = g_ascii_tolower(c->text[i]), b = g_ascii_tolower(c->text[i + 1]);
                if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                    (a == 't' && b == 'h')) {
                        w->shape = TIMEX_SHAPE_ORDINAL;
                        return i + 2;
                }
        }
        return i;
}

/* "a.m.", "U.S.": single letters joined by periods. */
static uint32_t lex_initialism(const Cursor *c, uint32_t i)
{
        uint32_t j = i;
        while (is_alpha(c, j) && !is_letter(c, j + 1) && j + 1 < c->end && c->text[j + 1] == '.')
                j += 2;
        return j - i >= 4 ? j : 0;
}

static uint32_t lex_letters(const Cursor *c, uint32_t i, TimexWord *w)
{
        uint32_t j = lex_initialism(c, i);
        if (j)
                return j;
        while (is_letter(c, i))
                i += utf8_len((unsigned char) c->text[i]);
        /* "won't", "didn't" stay whole; "year's" and "we'll" split before the apostrophe */
        uint32_t a = apostrophe_len(c, i);
        if (a && i + a < c->end && g_ascii_tolower(c->text[i + a]) == 't' &&
            !is_letter(c, i + a + 1) && i > w->start && g_ascii_tolower(c->text[i - 1]) == 'n')
                return i + a + 1;
        /* "Q3", "FY2024", "H1" */
        if (i - w->start <= 2 && is_digit(c, i)) {
                uint32_t k = skip_digits(c, i);
                if (!is_letter(c, k)) {
                        w->shape = TIMEX_SHAPE_ALNUM;
                        w->width = (uint8_t) MIN(k - i, 255u);
                        w->num = parse_int(c->text + i, k - i);
                        return k;
                }
        }
        return i;
}

/* "'s", "'ll", "'90s" */
static uint32_t lex_apostrophe(const Cursor *c, uint32_t i, uint32_t a, TimexWord *w)
{
        if (is_digit(c, i + a) && is_digit(c, i + a + 1) && i + a + 2 < c->end &&
            c->text[i + a + 2] == 's' && !is_letter(c, i + a + 3)) {
                w->shape = TIMEX_SHAPE_DECADE;
                w->width = 2;
                w->num = parse_int(c->text + i + a, 2);
                return i + a + 3;
        }
        if (is_letter(c, i + a)) {
                uint32_t j = i + a;
                while (is_letter(c, j))
                        j += utf8_len((unsigned char) c->text[j]);
                return j;
        }
        return i + a;
}

/* Lower-case ASCII key with U+2019 folded to '; false for other non-ASCII words. */
static bool make_key(const char *s, uint32_t len, char *key, size_t *ret_len)
{
        size_t n = 0;
        for (uint32_t k = 0; k < len; k++) {
                unsigned char b = (unsigned char) s[k];
                if (n + 1 >= 24)
                        return false;
                if (b == 0xe2 && k + 2 < len && (unsigned char) s[k + 1] == 0x80 &&
                    (unsigned char) s[k + 2] == 0x99) {
                        key[n++] = '\'';
                        k += 2;
                } else if (b >= 0x80) {
                        return false;
                } else {
                        key[n++] = g_ascii_tolower(b);
                }
        }
        *ret_len = n;
        return true;
}

static void look_up(const TimexLexicon *lexicon, const char *text, TimexWord *w)
{
        char key[24];
        size_t len;
        uint32_t n = w->end - w->start;

        if (w->flags & TIMEX_WORD_DOTTED)
                n--;
        if (!make_key(text + w->start, n, key, &len))
                return;
        const TimexLexEntry *e = timex_lexicon_find(lexicon, key, len);
        if (!e)
                return;
        w->cls = e->cls;
        w->val = e->val;
        w->tense = e->tense;
}

/* "Sept." keeps its period: the extent of "Sept. 30" includes it. */
static void absorb_period(const Cursor *c, TimexWord *w)
{
        uint32_t n = w->end - w->start;
        if (w->cls != TIMEX_CLASS_MONTH || n > 4 || w->end >= c->end || c->text[w->end] != '.')
                return;
        if (n == 3 && g_ascii_strncasecmp(c->text + w->start, "may", 3) == 0)
                return;
        if (n == 4 && g_ascii_strncasecmp(c->text + w->start, "sept", 4) != 0)
                return;
        w->end++;
        w->flags |= TIMEX_WORD_DOTTED;
}

static uint32_t lex_one(const Cursor *c, uint32_t i, TimexWord *w)
{
        unsigned char b = (unsigned char) c->text[i];
        uint32_t a;

        if (g_ascii_isdigit(b))
                return lex_number(c, i, w);
        if (is_letter(c, i)) {
                w->shape = TIMEX_SHAPE_WORD;
                if (g_ascii_isupper(b))
                        w->flags |= TIMEX_WORD_CAPITAL;
                return lex_letters(c, i, w);
        }
        if ((a = apostrophe_len(c, i)) != 0) {
                w->shape = TIMEX_SHAPE_WORD;
                uint32_t j = lex_apostrophe(c, i, a, w);
                if (j > i + a)
                        return j;
        }
        w->shape = TIMEX_SHAPE_PUNCT;
        return MIN(i + utf8_len(b), c->end);
}

static bool is_space_at(const Cursor *c, uint32_t i, uint32_t *ret_len)
{
        unsigned char b = (unsigned char) c->text[i];
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
                *ret_len = 1;
                return true;
        }
        if (b == 0xc2 && i + 1 < c->end && (unsigned char) c->text[i + 1] == 0xa0) {
                *ret_len = 2; /* no-break space */
                return true;
        }
        return false;
}

void timex_words_split(const TimexLexicon *lexicon, const char *text, uint32_t start,
                       uint32_t end, GArray *words)
{
        Cursor c = { text, end };
        bool space = true;
        uint32_t i = start, skip;

        while (i < end) {
                if (is_space_at(&c, i, &skip)) {
                        i += skip;
                        space = true;
                        continue;
                }
                TimexWord w = { .start = i };
                if (space)
                        w.flags |= TIMEX_WORD_SPACE_BEFORE;
                w.end = lex_one(&c, i, &w);
                if (lexicon && (w.shape == TIMEX_SHAPE_WORD || w.shape == TIMEX_SHAPE_ALNUM)) {
                        look_up(lexicon, text, &w);
                        absorb_period(&c, &w);
                }
                g_array_append_val(words, w);
                i = w.end;
                space = false;
        }
}
