/* The times extractor's private view of one article, and the rules that look
 * past one expression.
 * SPDX-License-Identifier: MIT
 *
 * times.c walks the scanner's matches in text order; most take their value
 * alone (timex_normalize), but some need the words or matches around them: a
 * range's two ends, a clock time before its date, "N years later", a year that
 * frames its sentence. Those rules live in times-lookahead.c, the sentence and
 * word lookups they share in times-article.c. */
#pragma once

#include <dossier/plugin.h>

#include "timex-scan.h"

/* The words of one article and where each sentence's words begin and end. */
typedef struct {
        const char *body;
        GArray *words;         /* TimexWord, the whole body */
        const DossierSpan *sentences;
        size_t n_sentences;
        DossierSpan whole;     /* the one sentence when the host gave none */
        GArray *mentions;
        GArray *pending;       /* Dated, the dated expressions of sentence `pending_sentence` */
        size_t pending_sentence;
        int year;              /* the last year the text wrote out */
        int frame_year;        /* "In 2008, ...": the year sentence `frame_sentence` opens with */
        size_t frame_sentence;
        uint32_t index;
        TimexContext ctx;
} Article;

/* The sentence holding byte @offset (the last one starting at or before it). */
size_t times_sentence_at(const Article *a, uint32_t offset);
/* The words [ret_first, ret_first + ret_n) of sentence @s. */
void times_sentence_words(const Article *a, size_t s, size_t *ret_first, size_t *ret_n);
/* The direction of @m's verbs, and whether @m lies inside one sentence. */
TimexDirection times_match_direction(const Article *a, const TimexMatch *m, bool *ret_inside);
/* @m's value against @ctx, in the direction of its verbs; false when it has none. */
bool times_match_value(const Article *a, const TimexMatch *m, const TimexContext *ctx,
                       char value[TIMEX_VALUE_MAX]);
/* The article's words as the scanner sees them, for scan_word_is() and kin. */
Scan times_article_scan(const Article *a);
/* Whether only the words @words[0..n) stand between matches @m and @next. */
bool times_only_between(const Article *a, const TimexMatch *m, const TimexMatch *next,
                        const char *const *words, size_t n);

/* ---- times-lookahead.c ---------------------------------------------------- */

/* "at 6:30 a.m. on March 19, 2002": whether clock time @m takes the date @next. */
bool times_clock_before_date(const Article *a, const TimexMatch *m, const TimexMatch *next);
/* Whether "N years later" @m, valued @value in direction @dir, tells a span rather than a date. */
bool times_later_is_span(const Article *a, const TimexMatch *m, TimexDirection dir, const char *value);
/* The year month @m takes from the text around it, 0 for none; notes the years
 * the text writes out, so call it for every match in text order. */
int times_carried_year(Article *a, const TimexMatch *m);
/* Whether byte @at lies inside a markup tag the article kept from its source. */
bool times_inside_tag(const char *body, uint32_t at);
/* Whether @m and @next are the two ends of a range ("between May and June"). */
bool times_range_ends(const Article *a, const TimexMatch *m, const TimexMatch *next);
/* Gives the range's ends @v1 and @v2 (values of @m and @next) one year. */
void times_range_years(const TimexMatch *m, const TimexMatch *next, TimexDirection dir, char *v1, char *v2);
