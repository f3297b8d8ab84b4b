/* What the scanner's parts share: the word cursor, the prefix, small predicates.
 * SPDX-License-Identifier: MIT
 *
 * An expression is an optional prefix (approximator, "the", a position such as
 * "early" or "the end of") followed by a head (a month, a duration, "now" ...).
 * The driver (timex-scan.c) parses the prefix once at each word and tries every
 * head there; each head decides which prefixes it takes, so an extent never
 * starts with a word the head does not own ("the June meeting" starts at June). */
#pragma once

#include "timex.h"

typedef struct Scan {
        const TimexWord *w;
        size_t n;
        const char *text;
} Scan;

typedef struct Prefix {
        size_t start;      /* the first word of the expression */
        bool approx;       /* "about", "nearly", "more than" ... */
        bool approx_multi; /* a multi-word approximator ("at least"): may precede "the" */
        bool the;
        uint8_t position;  /* TimexPosition, 0 when none */
        bool position_of;  /* "the end of", "the beginning of" */
        bool inner_the;    /* "the end of the ...", "earlier in the ..." */
        bool in_the;       /* "earlier in the ..." */
        bool first;        /* "the first nine months" */
} Prefix;

/* A head: parses from word @j on and returns its end (> j), or 0 when no match. */
typedef size_t (*TimexHead)(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);

static inline uint8_t cls_at(const Scan *s, size_t i)
{
        return i < s->n ? s->w[i].cls : TIMEX_CLASS_NONE;
}

static inline bool shape_at(const Scan *s, size_t i, TimexShape shape)
{
        return i < s->n && s->w[i].shape == shape;
}

static inline bool capital_at(const Scan *s, size_t i)
{
        return i < s->n && (s->w[i].flags & TIMEX_WORD_CAPITAL);
}

/* "This Week", "High Noon": a capital inside a name or title, not a sentence's
 * first word and not a word in capitals ("WEEK"). */
static inline bool title_at(const Scan *s, size_t i)
{
        return capital_at(s, i) && s->w[i].end - s->w[i].start > 1 &&
               !g_ascii_isupper(s->text[s->w[i].start + 1]) && i > 0 && capital_at(s, i - 1) &&
               s->w[i - 1].shape == TIMEX_SHAPE_WORD;
}

/* Whether no whitespace separates word @i from the word before it. */
static inline bool attached_at(const Scan *s, size_t i)
{
        return i < s->n && !(s->w[i].flags & TIMEX_WORD_SPACE_BEFORE);
}

/* Whether @p has none of the prefixes. */
static inline bool prefix_empty(const Prefix *p)
{
        return !p->approx && !p->the && !p->position && !p->first;
}

bool scan_word_is(const Scan *s, size_t i, const char *lit);
/* Whether word @i is one of the @n_words words of @words (case-insensitive);
 * false past either end. */
bool scan_word_in(const Scan *s, size_t i, const char *const *words, size_t n_words);
bool scan_punct_is(const Scan *s, size_t i, char c);
bool scan_hyphen_at(const Scan *s, size_t i);
/* A singular or plural unit word at @i; @ret_plural may be NULL. */
bool scan_unit_at(const Scan *s, size_t i, TimexUnit *ret_unit, bool *ret_plural);
/* The value of a plain number at @i (grouped ones included), -1 if none. */
int32_t scan_number_at(const Scan *s, size_t i);
/* An ordinal ("third", "3rd", "second") at @i, 0 if none. */
int scan_ordinal_at(const Scan *s, size_t i);
/* Whether word @i is a four-digit number that names a year (not "2024 people"). */
bool scan_year_at(const Scan *s, size_t i);
/* A deictic word at @i ("last", "this past", "the coming"); returns the index after it. */
size_t scan_deixis(const Scan *s, size_t i, uint8_t *ret_deictic);
/* An amount ("three", "twenty-four", "a few", "2.5"); returns the end, 0 if none. */
size_t scan_amount(const Scan *s, size_t i, int32_t *ret_thousandths);
/* The position prefix as a TimexPosition-independent check: early/mid/late only. */
bool scan_position_is_edge(const Prefix *p);

/* Heads, calendar (timex-scan-calendar.c). */
size_t timex_head_numeric_date(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_month(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_day_month(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_year(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_decade(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_ordinal(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_quarter_abbr(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_season(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_holiday(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);

/* Heads, days and clock times (timex-scan-day.c). */
size_t timex_head_weekday(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_dayref(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_time(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
/* "Nov. 9", "June 4, 2024" after a clock time or weekday; returns the end, 0 if none. */
size_t timex_month_day_at(const Scan *s, size_t j, TimexExpr *e);

/* Heads, relative expressions, durations, sets, references (timex-scan-relative.c). */
size_t timex_head_unit(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_amount(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_vague(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_set(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_ref(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
size_t timex_head_year_ago(const Scan *s, const Prefix *p, size_t j, TimexExpr *e);
