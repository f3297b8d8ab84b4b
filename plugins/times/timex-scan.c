/* Finding time expressions in a sentence's words: prefixes, shared parsers, the driver.
 * SPDX-License-Identifier: MIT */
#include "timex-scan.h"

#include <string.h>

void timex_expr_init(TimexExpr *expr)
{
        memset(expr, 0, sizeof *expr);
        expr->type = TIMEX_DATE;
        expr->hour = -1;
        expr->minute = -1;
}

bool scan_word_is(const Scan *s, size_t i, const char *lit)
{
        if (i >= s->n)
                return false;
        const TimexWord *w = &s->w[i];
        size_t len = strlen(lit);
        return w->end - w->start == len && g_ascii_strncasecmp(s->text + w->start, lit, len) == 0;
}

bool scan_word_in(const Scan *s, size_t i, const char *const *words, size_t n_words)
{
        for (size_t k = 0; k < n_words; k++)
                if (scan_word_is(s, i, words[k]))
                        return true;
        return false;
}

bool scan_punct_is(const Scan *s, size_t i, char c)
{
        return shape_at(s, i, TIMEX_SHAPE_PUNCT) && s->text[s->w[i].start] == c;
}

/* A hyphen joining two words: "mid-1996", "third-quarter", "two-year". */
bool scan_hyphen_at(const Scan *s, size_t i)
{
        return scan_punct_is(s, i, '-') && attached_at(s, i) && attached_at(s, i + 1);
}

bool scan_unit_at(const Scan *s, size_t i, TimexUnit *ret_unit, bool *ret_plural)
{
        if (cls_at(s, i) != TIMEX_CLASS_UNIT)
                return false;
        int v = s->w[i].val;
        *ret_unit = (TimexUnit) (v & ~TIMEX_UNIT_PLURAL);
        if (ret_plural)
                *ret_plural = (v & TIMEX_UNIT_PLURAL) != 0;
        return true;
}

int32_t scan_number_at(const Scan *s, size_t i)
{
        if (!shape_at(s, i, TIMEX_SHAPE_NUMBER))
                return -1;
        const TimexWord *w = &s->w[i];
        if (!(w->flags & TIMEX_WORD_GROUPED))
                return w->num;
        int32_t v = 0;
        for (uint32_t k = w->start; k < w->end && s->text[k] != '.'; k++) {
                if (s->text[k] == ',')
                        continue;
                if (v > 100000000)
                        return -1;
                v = v * 10 + (s->text[k] - '0');
        }
        return v;
}

int scan_ordinal_at(const Scan *s, size_t i)
{
        if (cls_at(s, i) == TIMEX_CLASS_ORDINAL)
                return s->w[i].val;
        if (shape_at(s, i, TIMEX_SHAPE_ORDINAL))
                return s->w[i].num;
        /* "second" is a unit first in the lexicon */
        if (scan_word_is(s, i, "second"))
                return 2;
        return 0;
}

/* Words before a four-digit number that make it a count, an amount or a label. */
static bool counts_before(const Scan *s, size_t i)
{
        static const char *const words[] = {
                "about", "some", "nearly", "approximately", "almost", "over", "than",
                "around", "roughly", "least", "another", "additional", "extra", "number",
                "route", "flight", "highway", "room", "page", "resolution", "chapter",
                "section", "article", "model", "boeing", "airbus", "windows", "no",
        };
        if (i == 0)
                return false;
        if (scan_punct_is(s, i - 1, '$') || scan_punct_is(s, i - 1, '#'))
                return true;
        if (shape_at(s, i - 1, TIMEX_SHAPE_PUNCT) && (unsigned char) s->text[s->w[i - 1].start] >= 0x80 &&
            attached_at(s, i))
                return true; /* "£2000", "€2000" */
        return scan_word_in(s, i - 1, words, G_N_ELEMENTS(words));
}

/* "2000 protesters" counts; "the 2024 elections" and "in 1998 prices" name years. */
static bool plural_noun_after(const Scan *s, size_t i)
{
        static const char *const year_words[] = {
                "the", "in", "since", "of", "by", "until", "for", "during", "its", "his",
                "their", "her", "our", "'s", "from", "through", "after", "before", "fiscal",
        };
        const TimexWord *next = i + 1 < s->n ? &s->w[i + 1] : NULL;
        if (!next || next->shape != TIMEX_SHAPE_WORD || (next->flags & TIMEX_WORD_CAPITAL) ||
            next->cls != TIMEX_CLASS_NONE || next->end - next->start < 4 ||
            s->text[next->end - 1] != 's' || s->text[next->end - 2] == 's')
                return false;
        return !(i > 0 && scan_word_in(s, i - 1, year_words, G_N_ELEMENTS(year_words)));
}

static bool counts_after(const Scan *s, size_t i)
{
        size_t k = i + 1;
        if (k >= s->n)
                return false;
        if (scan_punct_is(s, k, '%') || cls_at(s, k) == TIMEX_CLASS_COUNTED)
                return true;
        if (scan_punct_is(s, k, ':') && shape_at(s, k + 1, TIMEX_SHAPE_NUMBER))
                return true;
        return false;
}

/* Whether only spaces separate words @a and @b (no comma, no line break). */
static bool spaced(const Scan *s, size_t a, size_t b)
{
        for (uint32_t k = s->w[a].end; k < s->w[b].start; k++)
                if (s->text[k] != ' ')
                        return false;
        return true;
}

static bool year_like(const TimexWord *w)
{
        return w->width == 4 && !(w->flags & TIMEX_WORD_GROUPED) && w->num >= 1600 && w->num <= 2199;
}

/* A plain number that cannot be a year, and is no month's day ("June 30 1996"). */
static bool count_at(const Scan *s, size_t k)
{
        const TimexWord *w = &s->w[k];
        return !(w->flags & TIMEX_WORD_GROUPED) && !year_like(w) &&
               memchr(s->text + w->start, '.', w->end - w->start) == NULL &&
               !(k > 0 && cls_at(s, k - 1) == TIMEX_CLASS_MONTH);
}

/* Whether the number @i stands in a run of numbers with a count among them: a
 * row of a table ("Sydney 21 15 1 5 2067 1687 122.5") or a phone number ("212
 * 859 1646"). A run of years and amounts ("1996 45,000 1997 50,000", "1996
 * 1995") is a table's years. */
static bool in_number_run(const Scan *s, size_t i)
{
        size_t lo = i, hi = i;
        while (lo > 0 && shape_at(s, lo - 1, TIMEX_SHAPE_NUMBER) && spaced(s, lo - 1, lo))
                lo--;
        while (shape_at(s, hi + 1, TIMEX_SHAPE_NUMBER) && spaced(s, hi, hi + 1))
                hi++;
        for (size_t k = lo; k <= hi; k++)
                if (k != i && count_at(s, k))
                        return true;
        return false;
}

bool scan_year_at(const Scan *s, size_t i)
{
        if (!shape_at(s, i, TIMEX_SHAPE_NUMBER))
                return false;
        const TimexWord *w = &s->w[i];
        if (w->width != 4 || (w->flags & TIMEX_WORD_GROUPED) || w->num < 1000 || w->num > 2199)
                return false;
        if (w->num < 1600 && !(i > 0 && (scan_word_is(s, i - 1, "in") || scan_word_is(s, i - 1, "since") ||
                                        scan_word_is(s, i - 1, "year"))))
                return false;
        /* "1995-96" style ranges of other numbers, "12-2000" scores, "9373-1800" phones */
        if (i > 0 && scan_hyphen_at(s, i - 1) && shape_at(s, i - 2, TIMEX_SHAPE_NUMBER) &&
            (s->w[i - 2].width != 4 || s->w[i - 2].num < 1000 || s->w[i - 2].num > 2199))
                return false;
        /* a column of a table or a phone number: "Sydney 21 15 1 5 2067 1687", "212 859 1646"
         * (but "March 12 2009" is a date); "1700 GMT" is an hour */
        if (in_number_run(s, i) || (cls_at(s, i + 1) == TIMEX_CLASS_ZONE && capital_at(s, i + 1)))
                return false;
        return !counts_before(s, i) && !counts_after(s, i) && !plural_noun_after(s, i);
}

/* "will last 12 months", "could last years": "last" the verb. */
static bool last_verb(const Scan *s, size_t i)
{
        static const char *const before[] = {
                "will", "would", "could", "can", "may", "might", "should", "must", "to", "not", "'ll",
                "did", "does", "do", "ever",
        };
        if (i == 0 || !scan_word_is(s, i, "last"))
                return false;
        return scan_word_in(s, i - 1, before, G_N_ELEMENTS(before));
}

size_t scan_deixis(const Scan *s, size_t i, uint8_t *ret_deictic)
{
        /* "this past spring" looks back; "most recent" is "latest" */
        if (scan_word_is(s, i, "this") && scan_word_is(s, i + 1, "past")) {
                *ret_deictic = TIMEX_DEICTIC_LAST;
                return i + 2;
        }
        if (scan_word_is(s, i, "this") && scan_word_is(s, i + 1, "coming")) {
                *ret_deictic = TIMEX_DEICTIC_NEXT;
                return i + 2;
        }
        if (scan_word_is(s, i, "that") && scan_word_is(s, i + 1, "same")) {
                *ret_deictic = TIMEX_DEICTIC_SAME;
                return i + 2;
        }
        if (scan_word_is(s, i, "most") && scan_word_is(s, i + 1, "recent")) {
                *ret_deictic = TIMEX_DEICTIC_LATEST;
                return i + 2;
        }
        if (cls_at(s, i) == TIMEX_CLASS_DEICTIC && !last_verb(s, i)) {
                *ret_deictic = (uint8_t) s->w[i].val;
                return i + 1;
        }
        *ret_deictic = 0;
        return i;
}

/* "twenty four", "twenty-four", "two hundred", "a thousand" */
static size_t number_words(const Scan *s, size_t i, int32_t *ret)
{
        int32_t v = s->w[i].val;
        size_t j = i + 1;
        if (v >= 20 && v % 10 == 0) {
                size_t k = scan_hyphen_at(s, j) ? j + 1 : j;
                if (cls_at(s, k) == TIMEX_CLASS_NUMBER && s->w[k].val < 10) {
                        v += s->w[k].val;
                        j = k + 1;
                }
        }
        if (cls_at(s, j) == TIMEX_CLASS_MULTIPLIER && s->w[j].val >= 100) {
                v *= s->w[j].val;
                j++;
        }
        *ret = v * 1000;
        return j;
}

/* "2.5": the number in thousandths. */
static int32_t decimal_thousandths(const Scan *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        int32_t whole = 0, frac = 0, scale = 1000;
        uint32_t k = w->start;
        for (; k < w->end && s->text[k] != '.'; k++)
                if (s->text[k] != ',' && whole < 1000000)
                        whole = whole * 10 + (s->text[k] - '0');
        for (k++; k < w->end && scale > 1; k++) {
                scale /= 10;
                frac += (s->text[k] - '0') * scale;
        }
        return whole * 1000 + frac;
}

/* "2 1/2": the fraction after a whole number. */
static size_t fraction_after(const Scan *s, size_t i, int32_t *ret)
{
        if (!shape_at(s, i, TIMEX_SHAPE_NUMBER) || !scan_punct_is(s, i + 1, '/') || !attached_at(s, i + 1) ||
            !shape_at(s, i + 2, TIMEX_SHAPE_NUMBER) || !attached_at(s, i + 2))
                return i;
        int32_t a = s->w[i].num, b = s->w[i + 2].num;
        if (b <= 1 || b > 16 || a <= 0 || a >= b)
                return i;
        *ret += a * 1000 / b;
        return i + 3;
}

static size_t article_amount(const Scan *s, size_t i, int32_t *ret)
{
        size_t j = i + 1;
        if (cls_at(s, j) == TIMEX_CLASS_MULTIPLIER) {
                *ret = s->w[j].val * 1000;
                return j + 1;
        }
        if (scan_word_is(s, j, "couple") && scan_word_is(s, j + 1, "of")) {
                *ret = 2000;
                return j + 2;
        }
        if (scan_word_is(s, j, "few")) {
                *ret = TIMEX_AMOUNT_VAGUE;
                return j + 1;
        }
        *ret = 1000;
        return j;
}

size_t scan_amount(const Scan *s, size_t i, int32_t *ret)
{
        if (i >= s->n)
                return 0;
        if (shape_at(s, i, TIMEX_SHAPE_NUMBER)) {
                const TimexWord *w = &s->w[i];
                bool decimal = memchr(s->text + w->start, '.', w->end - w->start) != NULL;
                int32_t v = scan_number_at(s, i);
                if (v < 0 || v > 1000000)
                        return 0;
                *ret = decimal ? decimal_thousandths(s, i) : v * 1000;
                return fraction_after(s, i + 1, ret);
        }
        if (cls_at(s, i) == TIMEX_CLASS_NUMBER)
                return number_words(s, i, ret);
        if (scan_word_is(s, i, "a") || scan_word_is(s, i, "an"))
                return article_amount(s, i, ret);
        if (scan_word_is(s, i, "half") && (scan_word_is(s, i + 1, "a") || scan_word_is(s, i + 1, "an"))) {
                *ret = 500;
                return i + 2;
        }
        if (cls_at(s, i) == TIMEX_CLASS_VAGUE) {
                if (s->w[i].val == 2) {
                        if (!scan_word_is(s, i + 1, "of"))
                                return 0;
                        *ret = 2000;
                        return i + 2;
                }
                *ret = TIMEX_AMOUNT_VAGUE;
                return i + 1;
        }
        if (cls_at(s, i) == TIMEX_CLASS_MULTIPLIER && s->w[i].val == 12) {
                *ret = 12000;
                return i + 1;
        }
        return 0;
}

bool scan_position_is_edge(const Prefix *p)
{
        return p->position == TIMEX_POSITION_EARLY || p->position == TIMEX_POSITION_MID ||
               p->position == TIMEX_POSITION_LATE;
}

/* "about", "nearly", "more than", "at least", "no more than", "up to", "just over" */
static size_t parse_approx(const Scan *s, size_t i, Prefix *p)
{
        size_t j = i;
        for (int round = 0; round < 3; round++) {
                if (scan_word_is(s, j, "at") && scan_word_is(s, j + 1, "least")) {
                        j += 2;
                        p->approx_multi = true;
                } else if (scan_word_is(s, j, "up") && scan_word_is(s, j + 1, "to")) {
                        j += 2;
                        p->approx_multi = true;
                } else if (scan_word_is(s, j, "no") && cls_at(s, j + 1) == TIMEX_CLASS_APPROX &&
                           s->w[j + 1].val == 1 && scan_word_is(s, j + 2, "than")) {
                        j += 3;
                        p->approx_multi = true;
                } else if (cls_at(s, j) == TIMEX_CLASS_APPROX && s->w[j].val == 1 &&
                           scan_word_is(s, j + 1, "than")) {
                        j += 2;
                        p->approx_multi = true;
                } else if (cls_at(s, j) == TIMEX_CLASS_APPROX && s->w[j].val == 0) {
                        j++;
                } else {
                        break;
                }
        }
        p->approx = j > i;
        return j;
}

static size_t parse_position(const Scan *s, size_t j, Prefix *p)
{
        if (cls_at(s, j) != TIMEX_CLASS_POSITION)
                return j;
        uint8_t pos = (uint8_t) s->w[j].val;
        bool needs_of = scan_word_is(s, j, "beginning") || scan_word_is(s, j, "start") ||
                        scan_word_is(s, j, "middle") || scan_word_is(s, j, "end");
        if (needs_of) {
                if (!p->the || !scan_word_is(s, j + 1, "of"))
                        return j;
                p->position = pos;
                p->position_of = true;
                j += 2;
                if (scan_word_is(s, j, "the")) {
                        p->inner_the = true;
                        j++;
                }
                return j;
        }
        p->position = pos;
        j++;
        if (scan_hyphen_at(s, j))
                return j + 1;
        if ((pos == TIMEX_POSITION_EARLIER || pos == TIMEX_POSITION_LATER) && scan_word_is(s, j, "in") &&
            scan_word_is(s, j + 1, "the")) {
                p->in_the = true;
                p->inner_the = true;
                return j + 2;
        }
        return j;
}

static size_t parse_prefix(const Scan *s, size_t i, Prefix *p)
{
        memset(p, 0, sizeof *p);
        p->start = i;
        size_t j = parse_approx(s, i, p);
        if (scan_word_is(s, j, "the")) {
                if (p->approx && !p->approx_multi)
                        return j; /* "over the past year": "over" is a preposition here */
                p->the = true;
                j++;
        }
        j = parse_position(s, j, p);
        if (p->the && !p->position && (scan_word_is(s, j, "first") || scan_word_is(s, j, "final")) &&
            scan_amount(s, j + 1, &(int32_t) { 0 })) {
                p->first = true;
                j++;
        }
        return j;
}

static const TimexHead heads[] = {
        timex_head_numeric_date, timex_head_month,   timex_head_day_month, timex_head_weekday,
        timex_head_dayref,       timex_head_time,    timex_head_year,      timex_head_decade,
        timex_head_ordinal,      timex_head_quarter_abbr, timex_head_season, timex_head_unit,
        timex_head_amount,       timex_head_vague,   timex_head_set,       timex_head_ref,
        timex_head_year_ago,     timex_head_holiday,
};

/* Words that can begin an expression; everything else is skipped at once. */
static bool may_start(const Scan *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        switch (w->shape) {
        case TIMEX_SHAPE_PUNCT:
                return false;
        case TIMEX_SHAPE_WORD:
                if (w->cls != TIMEX_CLASS_NONE && w->cls != TIMEX_CLASS_OTHER &&
                    w->cls != TIMEX_CLASS_COUNTED)
                        return true;
                return scan_word_is(s, i, "the") || scan_word_is(s, i, "a") || scan_word_is(s, i, "an") ||
                       scan_word_is(s, i, "these") ||
                       scan_word_is(s, i, "at") || scan_word_is(s, i, "no") || scan_word_is(s, i, "up") ||
                       scan_word_is(s, i, "fiscal") || scan_word_is(s, i, "once") ||
                       scan_word_is(s, i, "twice") || scan_word_is(s, i, "half") || scan_word_is(s, i, "most") ||
                       scan_word_is(s, i, "then") || scan_word_is(s, i, "soon") ||
                       (w->flags & TIMEX_WORD_CAPITAL); /* holidays: "Thanksgiving", "New Year's Day" */
        default:
                return true;
        }
}

/* The longest expression starting at word @i; its end, or 0. */
static size_t match_at(const Scan *s, size_t i, TimexExpr *ret)
{
        Prefix p;
        size_t j = parse_prefix(s, i, &p), best = 0;
        if (j >= s->n)
                return 0;
        for (size_t h = 0; h < G_N_ELEMENTS(heads); h++) {
                TimexExpr e;
                timex_expr_init(&e);
                size_t end = heads[h](s, &p, j, &e);
                if (end > best) {
                        best = end;
                        *ret = e;
                }
        }
        return best;
}

/* "April 24 and 25": the second day of a date just matched, as its own date; its end or 0. */
static size_t second_day(const Scan *s, size_t end, const TimexExpr *e, TimexExpr *ret)
{
        if (e->kind != TIMEX_KIND_CALENDAR || !e->day || e->hour >= 0 ||
            !(scan_word_is(s, end, "and") || scan_word_is(s, end, "or")) || !shape_at(s, end + 1, TIMEX_SHAPE_NUMBER))
                return 0;
        const TimexWord *w = &s->w[end + 1];
        if (w->width > 2 || w->num <= e->day || w->num > 31 || (w->flags & TIMEX_WORD_GROUPED))
                return 0;
        uint8_t next = cls_at(s, end + 2);
        if (next == TIMEX_CLASS_UNIT || next == TIMEX_CLASS_MONTH || next == TIMEX_CLASS_COUNTED ||
            next == TIMEX_CLASS_MULTIPLIER || scan_punct_is(s, end + 2, '%'))
                return 0;
        *ret = *e;
        ret->day = (uint8_t) w->num;
        return end + 2;
}

void timex_scan(const TimexWord *words, size_t n_words, const char *text, GArray *matches)
{
        Scan s = { words, n_words, text };
        size_t i = 0;

        while (i < n_words) {
                TimexExpr e;
                size_t end = may_start(&s, i) ? match_at(&s, i, &e) : 0;
                if (end <= i) {
                        i++;
                        continue;
                }
                TimexMatch m = {
                        .start = words[i].start,
                        .end = words[end - 1].end,
                        .first_word = (uint32_t) i,
                        .n_words = (uint32_t) (end - i),
                        .expr = e,
                };
                g_array_append_val(matches, m);
                i = end;
                TimexExpr second;
                size_t second_end = second_day(&s, end, &e, &second);
                if (second_end) {
                        TimexMatch m2 = { words[end + 1].start, words[end + 1].end, (uint32_t) (end + 1), 1, second };
                        g_array_append_val(matches, m2);
                        i = second_end;
                }
        }
}
