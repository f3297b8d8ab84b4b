/* TIMEX3 values of time expressions against an anchor date (plugins/times/timex-normalize.c).
 * SPDX-License-Identifier: MIT
 *
 * Rows follow the TimeML 1.2 TIMEX3 guidelines and everyday news phrasing; the
 * direction column is what the verbs would say (tested in test-timex-scan.c). */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "../../plugins/times/timex.h"

#define P TIMEX_DIR_PAST
#define N TIMEX_DIR_NONE
#define F TIMEX_DIR_FUTURE

typedef struct {
        const char *text;
        const char *anchor;
        int direction;
        const char *want; /* NULL: no value (an impossible date) */
} Case;

/* The value of the one expression in @text; "<n expressions>" when there is not
 * exactly one, NULL when it has no value. */
static char *normalize_text(const TimexLexicon *lexicon, const char *text, const char *anchor,
                            int direction)
{
        g_autoptr(GArray) words = g_array_new(FALSE, FALSE, sizeof(TimexWord));
        g_autoptr(GArray) matches = g_array_new(FALSE, FALSE, sizeof(TimexMatch));
        timex_words_split(lexicon, text, 0, (uint32_t) strlen(text), words);
        timex_scan((const TimexWord *) words->data, words->len, text, matches);
        if (matches->len != 1)
                return g_strdup_printf("<%u expressions>", matches->len);

        int y, m, d;
        g_assert_cmpint(sscanf(anchor, "%d-%d-%d", &y, &m, &d), ==, 3);
        GDate date;
        g_date_clear(&date, 1);
        g_date_set_dmy(&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
        TimexContext ctx;
        timex_context_init(&ctx, &date);
        char value[TIMEX_VALUE_MAX];
        const TimexMatch *match = &g_array_index(matches, TimexMatch, 0);
        if (!timex_normalize(&match->expr, &ctx, (TimexDirection) direction, value))
                return NULL;
        return g_strdup(value);
}

static void run_cases(const Case *cases, size_t n)
{
        g_autoptr(TimexLexicon) lexicon = timex_lexicon_new();
        for (size_t i = 0; i < n; i++) {
                const Case *c = &cases[i];
                g_autofree char *got = normalize_text(lexicon, c->text, c->anchor, c->direction);
                if (g_strcmp0(got, c->want) != 0) {
                        g_test_message("case %zu '%s' (anchor %s, direction %d): got %s, want %s", i,
                                       c->text, c->anchor, c->direction, got ? got : "(none)",
                                       c->want ? c->want : "(none)");
                        g_test_fail();
                }
        }
}

/* Anchored on Monday 2024-11-25, the reference article's date. */
static const Case news_cases[] = {
        /* relative to the anchor */
        { "last month", "2024-11-25", P, "2024-10" },
        { "earlier this month", "2024-11-25", P, "2024-11" },
        { "earlier this year", "2024-11-25", P, "2024" },
        { "later this year", "2024-11-25", F, "2024" },
        { "late last year", "2024-11-25", N, "2023" },
        { "early next year", "2024-11-25", N, "2025" },
        { "next month", "2024-11-25", N, "2024-12" },
        { "this week", "2024-11-25", N, "2024-W48" },
        { "last week", "2024-11-25", N, "2024-W47" },
        { "next week", "2024-11-25", N, "2024-W49" },
        { "early this week", "2024-11-25", N, "2024-W48" },
        { "the following week", "2024-11-25", N, "2024-W49" },
        { "this weekend", "2024-11-25", N, "2024-W48-WE" },
        { "the weekend", "2024-11-25", P, "2024-W47-WE" },
        { "today", "2024-11-25", N, "2024-11-25" },
        { "yesterday", "2024-11-25", N, "2024-11-24" },
        { "tomorrow", "2024-11-25", N, "2024-11-26" },
        { "this century", "2024-11-25", N, "20" },
        /* parts of the day and clock times */
        { "tonight", "2024-11-25", N, "2024-11-25TNI" },
        { "this morning", "2024-11-25", N, "2024-11-25TMO" },
        { "last night", "2024-11-25", N, "2024-11-24TNI" },
        { "yesterday afternoon", "2024-11-25", N, "2024-11-24TAF" },
        { "10 p.m.", "2024-11-25", N, "2024-11-25T22:00" },
        { "noon", "2024-11-25", N, "2024-11-25T12:00" },
        { "10:30 a.m. Friday", "2024-11-25", P, "2024-11-22T10:30" },
        { "Friday morning", "2024-11-25", P, "2024-11-22" },
        /* weekdays: the nearest one in the verbs' direction, the past by default */
        { "Friday", "2024-11-25", P, "2024-11-22" },
        { "Friday", "2024-11-25", N, "2024-11-22" },
        { "Friday", "2024-11-25", F, "2024-11-29" },
        { "Monday", "2024-11-25", P, "2024-11-25" },
        { "last Friday", "2024-11-25", N, "2024-11-22" },
        { "next Tuesday", "2024-11-25", N, "2024-11-26" },
        /* months without a year: the verbs' direction, else the nearest */
        { "June", "2024-11-25", P, "2024-06" },
        { "January", "2024-11-25", F, "2025-01" },
        { "January", "2024-11-25", P, "2024-01" },
        { "January", "2024-11-25", N, "2025-01" },
        { "October", "1998-01-08", N, "1997-10" },
        { "last June", "2024-11-25", N, "2024-06" },
        { "last November", "2024-11-25", N, "2023-11" },
        { "next March", "2024-11-25", N, "2025-03" },
        { "late November", "2024-11-25", N, "2024-11" },
        { "mid-December", "2024-11-25", F, "2024-12" },
        /* a past verb does not pull a close deadline back a year */
        { "Dec. 7", "2024-11-25", P, "2024-12-07" },
        /* absolute dates */
        { "January 2022", "2024-11-25", N, "2022-01" },
        { "January of 2022", "2024-11-25", N, "2022-01" },
        { "June 4", "2024-11-25", P, "2024-06-04" },
        { "June 4, 2024", "2024-11-25", N, "2024-06-04" },
        { "4 June 2024", "2024-11-25", N, "2024-06-04" },
        { "the 4th of July", "2024-11-25", P, "2024-07-04" },
        { "2024-06-04", "2024-11-25", N, "2024-06-04" },
        { "06/04/2024", "2024-11-25", N, "2024-06-04" },
        { "Sept. 30", "2024-11-25", P, "2024-09-30" },
        { "Tuesday, June 4, 2024", "2024-11-25", N, "2024-06-04" },
        { "July last year", "2024-11-25", N, "2023-07" },
        /* years, decades, centuries */
        { "1998", "2024-11-25", N, "1998" },
        { "mid-1996", "2024-11-25", N, "1996" },
        { "fiscal 2025", "2024-11-25", N, "2025" },
        { "nineteen ninety-six", "2024-11-25", N, "1996" },
        { "the 1990s", "2024-11-25", N, "199" },
        { "the late 1970s", "2024-11-25", N, "197" },
        { "the '90s", "2024-11-25", N, "199" },
        { "the 20th century", "2024-11-25", N, "19" },
        /* quarters, halves, seasons */
        { "the third quarter", "2024-11-25", F, "2024-Q3" },
        { "third-quarter", "2024-11-25", N, "2024-Q3" },
        { "the first quarter of 2023", "2024-11-25", N, "2023-Q1" },
        { "last quarter", "2024-11-25", N, "2024-Q3" },
        { "Q2 2025", "2024-11-25", N, "2025-Q2" },
        { "the first half of 2025", "2024-11-25", N, "2025-H1" },
        { "last spring", "2024-11-25", N, "2024-SP" },
        { "last fall", "2024-11-25", N, "2023-FA" },
        { "this summer", "2024-11-25", N, "2024-SU" },
        { "the summer of 2019", "2024-11-25", N, "2019-SU" },
        /* counted back from the anchor */
        { "two years ago", "2024-11-25", N, "2022" },
        { "three months ago", "2024-11-25", N, "2024-08" },
        { "ten days ago", "2024-11-25", N, "2024-11-15" },
        { "a decade ago", "2024-11-25", N, "2014" },
        { "nearly four years ago", "2024-11-25", N, "2020" },
        { "several years ago", "2024-11-25", N, "PAST_REF" },
        /* durations */
        { "three years", "2024-11-25", N, "P3Y" },
        { "the past three months", "2024-11-25", N, "P3M" },
        { "the past decade", "2024-11-25", N, "P10Y" },
        { "the previous thirty years", "2024-11-25", N, "P30Y" },
        { "half an hour", "2024-11-25", N, "PT30M" },
        { "2 1/2 years", "2024-11-25", N, "P2Y6M" },
        { "two-year", "2024-11-25", N, "P2Y" },
        { "at least 72 hours", "2024-11-25", N, "PT72H" },
        { "recent years", "2024-11-25", N, "PXY" },
        { "a few days", "2024-11-25", N, "PXD" },
        /* sets */
        { "every Tuesday", "2024-11-25", N, "XXXX-WXX-2" },
        { "each July", "2024-11-25", N, "XXXX-07" },
        { "annually", "2024-11-25", N, "P1Y" },
        { "weekly", "2024-11-25", N, "P1W" },
        { "every two weeks", "2024-11-25", N, "P2W" },
        /* holidays */
        { "Thanksgiving", "2024-11-25", N, "2024-11-28" },
        { "last Christmas", "2024-11-25", N, "2023-12-25" },
        { "Easter 2025", "2024-11-25", N, "2025-04-20" },
        { "Election Day", "2024-11-25", P, "2024-11-05" },
        { "Labor Day", "2024-11-25", P, "2024-09-02" },
        { "Memorial Day", "2024-11-25", P, "2024-05-27" },
        { "New Year's Eve", "2024-11-25", F, "2024-12-31" },
        /* references */
        { "now", "2024-11-25", N, "PRESENT_REF" },
        { "currently", "2024-11-25", N, "PRESENT_REF" },
        { "recently", "2024-11-25", N, "PAST_REF" },
        { "the future", "2024-11-25", N, "FUTURE_REF" },
        { "the past", "2024-11-25", N, "PAST_REF" },
};

/* Leap years, month ends, ISO 8601 weeks across a new year. */
static const Case edge_cases[] = {
        { "yesterday", "2024-03-01", N, "2024-02-29" },
        { "yesterday", "2023-03-01", N, "2023-02-28" },
        { "tomorrow", "2024-11-30", N, "2024-12-01" },
        { "last month", "2024-03-31", N, "2024-02" },
        { "last month", "2024-01-15", N, "2023-12" },
        { "next year", "2024-02-29", N, "2025" },
        { "Feb. 29", "2024-06-01", P, "2024-02-29" },
        { "Feb. 29", "2023-06-01", P, NULL },
        { "this week", "2021-01-01", N, "2020-W53" },
        { "this week", "2024-12-30", N, "2025-W01" },
        { "this week", "2027-01-01", N, "2026-W53" },
        { "last week", "2025-01-02", N, "2024-W52" },
        { "December", "2024-01-01", P, "2023-12" },
        { "Jan. 3", "2024-12-31", N, "2025-01-03" },
        { "Dec. 30", "2025-01-02", N, "2024-12-30" },
        { "last quarter", "2025-01-15", N, "2024-Q4" },
        { "last winter", "2025-01-15", N, "2023-WI" },
        { "Sunday", "2025-01-01", P, "2024-12-29" },
        { "Thursday", "2024-12-30", F, "2025-01-02" },
};

static void test_news(void)
{
        run_cases(news_cases, G_N_ELEMENTS(news_cases));
}

static void test_edges(void)
{
        run_cases(edge_cases, G_N_ELEMENTS(edge_cases));
}

/* "the next day" follows the last date mentioned, not the article's date. */
static void test_reference_time(void)
{
        g_autoptr(TimexLexicon) lexicon = timex_lexicon_new();
        const char *text = "The summit opened on March 3, 2023 and the leaders met again the next day.";
        g_autoptr(GArray) words = g_array_new(FALSE, FALSE, sizeof(TimexWord));
        g_autoptr(GArray) matches = g_array_new(FALSE, FALSE, sizeof(TimexMatch));
        timex_words_split(lexicon, text, 0, (uint32_t) strlen(text), words);
        timex_scan((const TimexWord *) words->data, words->len, text, matches);
        g_assert_cmpuint(matches->len, ==, 2);

        GDate anchor;
        g_date_clear(&anchor, 1);
        g_date_set_dmy(&anchor, 25, 11, 2024);
        TimexContext ctx;
        timex_context_init(&ctx, &anchor);
        const char *want[] = { "2023-03-03", "2023-03-04" };
        for (guint i = 0; i < matches->len; i++) {
                const TimexMatch *m = &g_array_index(matches, TimexMatch, i);
                char value[TIMEX_VALUE_MAX];
                g_assert_true(timex_normalize(&m->expr, &ctx, TIMEX_DIR_NONE, value));
                g_assert_cmpstr(value, ==, want[i]);
                timex_context_advance(&ctx, &m->expr, value);
        }
}

static void test_value_is_dated(void)
{
        static const struct {
                const char *value;
                gboolean dated;
        } cases[] = {
                { "2024", TRUE },       { "2024-06", TRUE },      { "2024-06-04T22:00", TRUE },
                { "2024-W48", TRUE },   { "2024-Q3", TRUE },      { "199", FALSE },
                { "P3Y", FALSE },       { "PRESENT_REF", FALSE }, { "XXXX-WXX-2", FALSE },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                if (timex_value_is_dated(cases[i].value) != cases[i].dated) {
                        g_test_message("case %zu '%s': want %d", i, cases[i].value, cases[i].dated);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/timex-normalize/news", test_news);
        g_test_add_func("/timex-normalize/edges", test_edges);
        g_test_add_func("/timex-normalize/reference-time", test_reference_time);
        g_test_add_func("/timex-normalize/value-is-dated", test_value_is_dated);
        return g_test_run();
}
