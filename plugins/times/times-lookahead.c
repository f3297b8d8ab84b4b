/* The rules of the times extractor that look past one expression: at the
 * words around it, the match after it, the years written before it.
 * SPDX-License-Identifier: MIT */
#include "times-article.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "at 6:30 a.m. on March 19, 2002": a clock time takes the date after it, not
 * the day the story was telling. */
bool times_clock_before_date(const Article *a, const TimexMatch *m, const TimexMatch *next)
{
        static const char *const glue[] = { "on", "," };
        return next && m->expr.type == TIMEX_TIME && (m->expr.flags & TIMEX_FLAG_FROM_REF) &&
               next->expr.kind == TIMEX_KIND_CALENDAR && next->expr.day && next->first_word > m->first_word &&
               next->first_word - (m->first_word + m->n_words) <= 2 &&
               times_only_between(a, m, next, glue, G_N_ELEMENTS(glue));
}

/* Whether the dated @value lies after the anchor at its own precision. */
static bool after_anchor(const char *value, const GDate *anchor)
{
        char day[16];
        size_t len = strlen(value);
        if (!(len == 4 || len == 7 || len == 10) || !timex_value_is_dated(value) || (len > 4 && !g_ascii_isdigit(value[5])))
                return false;
        snprintf(day, sizeof(day), "%04d-%02d-%02d", g_date_get_year(anchor), g_date_get_month(anchor),
                 g_date_get_day(anchor));
        return strncmp(value, day, len) > 0;
}

/* "a decade later, HP remains ...", "a few months later" in a story told in the
 * past: "later" than an event the text did not date, which placed from the last
 * date would land after the article itself. It tells how long, as TimeBank
 * writes "three days later". */
bool times_later_is_span(const Article *a, const TimexMatch *m, TimexDirection dir, const char *value)
{
        const TimexExpr *e = &m->expr;
        Scan sc = times_article_scan(a);
        if (!(e->flags & TIMEX_FLAG_AGO) || e->type != TIMEX_DATE || dir == TIMEX_DIR_FUTURE ||
            !scan_word_is(&sc, m->first_word + m->n_words - 1, "later"))
                return false; /* "a few years from now" is FUTURE_REF */
        if (e->kind == TIMEX_KIND_REF)
                return e->ref == TIMEX_REF_FUTURE && e->unit != TIMEX_UNIT_NONE;
        return e->kind == TIMEX_KIND_RELATIVE && (e->flags & TIMEX_FLAG_FROM_REF) && e->offset > 0 &&
               after_anchor(value, &a->ctx.anchor);
}

/* A month or a day of one whose year the text left out. */
static bool year_left_out(const TimexMatch *m)
{
        return m->expr.kind == TIMEX_KIND_CALENDAR && m->expr.month && !m->expr.quarter &&
               !m->expr.season && !m->expr.holiday && (m->expr.flags & TIMEX_FLAG_NO_YEAR) &&
               m->expr.deixis == TIMEX_DEIXIS_NONE;
}

/* The year a month the text gave no year takes from the text around it, 0 for
 * none: "In 2008, the campaign began airing ads in mid-September" (a sentence
 * framed by its year), "a referendum in December of that year". Other years in
 * the sentence are no frame: "extradited in 2014 and pleaded guilty in May". */
int times_carried_year(Article *a, const TimexMatch *m)
{
        size_t s = times_sentence_at(a, m->start), end = m->first_word + m->n_words;
        const TimexWord *w = (const TimexWord *) a->words->data;
        if (m->expr.kind == TIMEX_KIND_CALENDAR && m->expr.year && !(m->expr.flags & TIMEX_FLAG_YEAR_OFFSET)) {
                a->year = m->expr.year;
                bool opens = m->first_word > 0 && w[m->first_word - 1].start <= a->sentences[s].start + 3 &&
                             end < a->words->len && w[end].shape == TIMEX_SHAPE_PUNCT && a->body[w[end].start] == ',';
                if (opens && !m->expr.month) {
                        a->frame_year = m->expr.year;
                        a->frame_sentence = s;
                }
                return 0;
        }
        if (!year_left_out(m))
                return 0;
        Scan sc = times_article_scan(a);
        if (a->year && scan_word_is(&sc, end, "of") && scan_word_is(&sc, end + 1, "that") &&
            scan_word_is(&sc, end + 2, "year"))
                return a->year;
        return a->frame_year && a->frame_sentence == s ? a->frame_year : 0;
}

/* Whether byte @at lies inside a markup tag the article kept from its source:
 * '<tweet author="x" datetime="2016-06-28">' dates no event of the story. */
bool times_inside_tag(const char *body, uint32_t at)
{
        for (uint32_t k = at; k > 0 && at - k < 400; k--) {
                char c = body[k - 1];
                if (c == '>' || c == '\n')
                        return false;
                if (c == '<')
                        return g_ascii_isalpha(body[k]) || body[k] == '/';
        }
        return false;
}

static bool month_value(const char *value)
{
        return strlen(value) >= 7 && value[4] == '-' && g_ascii_isdigit(value[5]);
}

/* "between September and October of 2007", "from January 1 to September 26": the
 * two ends of a range (times_range_years() checks their values name months or days). */
bool times_range_ends(const Article *a, const TimexMatch *m, const TimexMatch *next)
{
        static const char *const glue[] = { "and", "to", "through", "until", "till", "-", "\u2013" };
        Scan sc = times_article_scan(a);
        if (!next || m->first_word == 0 || m->expr.kind != TIMEX_KIND_CALENDAR ||
            next->expr.kind != TIMEX_KIND_CALENDAR || !m->expr.month || !next->expr.month ||
            next->first_word != m->first_word + m->n_words + 1 || !times_only_between(a, m, next, glue, G_N_ELEMENTS(glue)))
                return false;
        return scan_word_is(&sc, m->first_word - 1, "between") || scan_word_is(&sc, m->first_word - 1, "from");
}

static void set_year(char *value, int year)
{
        char y[5];
        snprintf(y, sizeof(y), "%04d", year);
        memcpy(value, y, 4);
}

/* Gives the end whose year the text left out the other end's year, so that the
 * range runs forward; when both were left out and came apart, the end nearer the
 * past (for a story told in the past) or the start (otherwise) decides. */
void times_range_years(const TimexMatch *m, const TimexMatch *next, TimexDirection dir, char *v1, char *v2)
{
        if (!month_value(v1) || !month_value(v2) || strchr(v1, 'T') || strchr(v2, 'T'))
                return;
        int y1 = atoi(v1), y2 = atoi(v2);
        bool after = strcmp(v1 + 4, v2 + 4) > 0; /* the start's month and day fall after the end's */
        bool open1 = year_left_out(m), open2 = year_left_out(next);
        if (open1 && (!open2 || (strcmp(v1, v2) > 0 && dir < 0)))
                set_year(v1, y2 - after);
        else if (open2)
                set_year(v2, y1 + after);
}
