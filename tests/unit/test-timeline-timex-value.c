/* Tests for plugins/timeline/timex-value.c: TIMEX3 values to day ranges and names. */
#include "../../plugins/timeline/timex-value.h"

typedef struct {
        const char *value;
        const char *first; /* YYYY-MM-DD, or NULL: unplaceable */
        const char *last;
        TimexGrain grain;
        const char *name;
} ParseCase;

static const ParseCase parse_cases[] = {
        { "2024-11-25", "2024-11-25", "2024-11-25", TIMEX_GRAIN_DAY, "25 Nov 2024" },
        { "2024-06", "2024-06-01", "2024-06-30", TIMEX_GRAIN_MONTH, "June 2024" },
        { "2022-01", "2022-01-01", "2022-01-31", TIMEX_GRAIN_MONTH, "Jan 2022" },
        { "2024-02", "2024-02-01", "2024-02-29", TIMEX_GRAIN_MONTH, "Feb 2024" }, /* leap */
        { "2024", "2024-01-01", "2024-12-31", TIMEX_GRAIN_YEAR, "2024" },
        { "199", "1990-01-01", "1999-12-31", TIMEX_GRAIN_DECADE, "1990s" },
        { "19", "1900-01-01", "1999-12-31", TIMEX_GRAIN_CENTURY, "20th century" },
        { "20", "2000-01-01", "2099-12-31", TIMEX_GRAIN_CENTURY, "21st century" },
        /* ISO week 47 of 2024 runs Monday 18 to Sunday 24 November */
        { "2024-W47", "2024-11-18", "2024-11-24", TIMEX_GRAIN_WEEK, "week of 18 Nov 2024" },
        { "2024-W47-WE", "2024-11-23", "2024-11-24", TIMEX_GRAIN_WEEKEND,
          "weekend of 23 Nov 2024" },
        { "2024-W47-3", "2024-11-20", "2024-11-20", TIMEX_GRAIN_DAY, "20 Nov 2024" },
        /* week 1 of 2025 starts in 2024 (the week holding 4 January) */
        { "2025-W01", "2024-12-30", "2025-01-05", TIMEX_GRAIN_WEEK, "week of 30 Dec 2024" },
        { "2020-W53", "2020-12-28", "2021-01-03", TIMEX_GRAIN_WEEK, "week of 28 Dec 2020" },
        { "2024-W53", NULL, NULL, 0, NULL }, /* 2024 has 52 ISO weeks */
        { "2024-Q3", "2024-07-01", "2024-09-30", TIMEX_GRAIN_QUARTER, "Q3 2024" },
        { "2024-Q1", "2024-01-01", "2024-03-31", TIMEX_GRAIN_QUARTER, "Q1 2024" },
        { "2024-H2", "2024-07-01", "2024-12-31", TIMEX_GRAIN_HALF, "H2 2024" },
        { "2024-SU", "2024-06-01", "2024-08-31", TIMEX_GRAIN_SEASON, "Summer 2024" },
        { "2024-SP", "2024-03-01", "2024-05-31", TIMEX_GRAIN_SEASON, "Spring 2024" },
        { "2024-FA", "2024-09-01", "2024-11-30", TIMEX_GRAIN_SEASON, "Autumn 2024" },
        { "2024-WI", "2024-12-01", "2025-02-28", TIMEX_GRAIN_SEASON, "Winter 2024\u201325" },
        { "2024-11-25T14:30", "2024-11-25", "2024-11-25", TIMEX_GRAIN_DAY, "25 Nov 2024" },
        { "2024-11-25TMO", "2024-11-25", "2024-11-25", TIMEX_GRAIN_DAY, "25 Nov 2024" },
        { "2024-05-04", "2024-05-04", "2024-05-04", TIMEX_GRAIN_DAY, "4 May 2024" },
        { "2024-03-09", "2024-03-09", "2024-03-09", TIMEX_GRAIN_DAY, "9 Mar 2024" },
        { "2024-07", "2024-07-01", "2024-07-31", TIMEX_GRAIN_MONTH, "July 2024" },
        { "2024-09", "2024-09-01", "2024-09-30", TIMEX_GRAIN_MONTH, "Sep 2024" },
        /* no place on a calendar */
        { "XXXX-06-04", NULL, NULL, 0, NULL },
        { "2024-XX", NULL, NULL, 0, NULL },
        { "PRESENT_REF", NULL, NULL, 0, NULL },
        { "PAST_REF", NULL, NULL, 0, NULL },
        { "FUTURE_REF", NULL, NULL, 0, NULL },
        { "P3Y", NULL, NULL, 0, NULL },
        { "BC0044", NULL, NULL, 0, NULL },
        { "", NULL, NULL, 0, NULL },
        { "2", NULL, NULL, 0, NULL },
        { "20245", NULL, NULL, 0, NULL },
        { "0000", NULL, NULL, 0, NULL },
        { "2024-13", NULL, NULL, 0, NULL },
        { "2024-00", NULL, NULL, 0, NULL },
        { "2023-02-29", NULL, NULL, 0, NULL },
        { "2024-06-31", NULL, NULL, 0, NULL },
        { "2024-Q5", NULL, NULL, 0, NULL },
        { "2024-H3", NULL, NULL, 0, NULL },
        { "2024-6", NULL, NULL, 0, NULL },
        { "2024-06-", NULL, NULL, 0, NULL },
        { "2024-06-04x", NULL, NULL, 0, NULL },
        { "2024 ", NULL, NULL, 0, NULL },
        { "2024-SUMMER", NULL, NULL, 0, NULL },
};

static char *format_day(guint32 julian)
{
        GDate d;
        g_date_clear(&d, 1);
        g_date_set_julian(&d, julian);
        return g_strdup_printf("%04d-%02d-%02d", g_date_get_year(&d), g_date_get_month(&d),
                               g_date_get_day(&d));
}

static void test_parse(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(parse_cases); i++) {
                const ParseCase *c = &parse_cases[i];
                TimexRange r = { 0 };
                bool ok = timex_value_parse(c->value, &r);
                if (ok != (c->first != NULL)) {
                        g_test_message("case %zu '%s': parsed %d, want %d", i, c->value, ok,
                                       c->first != NULL);
                        g_test_fail();
                        continue;
                }
                if (!ok)
                        continue;
                g_autofree char *first = format_day(r.first);
                g_autofree char *last = format_day(r.last);
                g_autofree char *name = timex_range_format(&r);
                if (g_strcmp0(first, c->first) != 0 || g_strcmp0(last, c->last) != 0 ||
                    r.grain != c->grain || g_strcmp0(name, c->name) != 0) {
                        g_test_message("case %zu '%s': got %s..%s grain %d '%s', want %s..%s "
                                       "grain %d '%s'", i, c->value, first, last, r.grain, name,
                                       c->first, c->last, c->grain, c->name);
                        g_test_fail();
                }
        }
}

static void test_null(void)
{
        TimexRange r = { 0 };
        g_assert_false(timex_value_parse(NULL, &r));
        g_assert_cmpuint(r.first, ==, 0);
}

static void test_months(void)
{
        static const char *const want[] = { "Jan", "Feb", "Mar", "Apr", "May", "June",
                                            "July", "Aug", "Sep", "Oct", "Nov", "Dec" };
        for (int m = 1; m <= 12; m++)
                g_assert_cmpstr(timex_month_name(m), ==, want[m - 1]);
        g_assert_cmpuint(timex_julian(2023, 2, 29), ==, 0);
        g_assert_cmpuint(timex_julian(2024, 2, 29), ==, timex_julian(2024, 3, 1) - 1);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/timeline/timex-value/parse", test_parse);
        g_test_add_func("/timeline/timex-value/null", test_null);
        g_test_add_func("/timeline/timex-value/months", test_months);
        return g_test_run();
}
