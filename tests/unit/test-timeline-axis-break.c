/* Tests for plugins/timeline/axis-break.c: where the time axis breaks. */
#include "../../plugins/timeline/axis-break.h"
#include "../../plugins/timeline/timex-value.h"

static AxisInterval iv(const char *value)
{
        TimexRange r;
        g_assert_true(timex_value_parse(value, &r));
        return (AxisInterval) { r.first, r.last };
}

typedef struct {
        const char *values[10]; /* NULL-terminated */
        size_t want_segments;
} BreakCase;

static const BreakCase break_cases[] = {
        /* the reference article: January 2022 lies far before the rest */
        { { "2024-06", "2024-10", "2024-11", "2025-01", "2022-01", NULL }, 2 },
        { { "2024-06", "2024-10", "2024", "2025-01", "2022-01", NULL }, 2 },
        /* evenly spread: one scale */
        { { "2024-06", "2024-08", "2024-10", "2024-12", NULL }, 1 },
        { { "2005", "2006", "2008", "2009", "2011", NULL }, 1 },
        /* a week's gap never breaks a month */
        { { "2024-11-01", "2024-11-25", NULL }, 1 },
        { { "2024-11-25", NULL }, 1 },
        /* far on both sides */
        { { "1990", "2024-06", "2024-07", "2024-08", "2040", NULL }, 3 },
        /* no gap over half the span, but the two widest together are */
        { { "1950", "1980", "2024-06", "2024-07", "2060", NULL }, 3 },
        /* three clusters (the Wikinews Apple set): 1976; 1989-91; 2003-11 */
        { { "1976", "1989", "1991", "2003-04-28", "2004-09-21", "2007", "2008-01", "2010-06-24", NULL }, 3 },
        /* three lone dates squash nothing */
        { { "1950", "2000", "2050", NULL }, 1 },
        /* a three-month gap inside eight months is normal news rhythm, no break */
        { { "2024-06", "2024-10", "2024-11", "2025-01", NULL }, 1 },
        /* two lone dates: nothing to give room to */
        { { "2024-06", "2025-01", NULL }, 1 },
        { { "2022-01", "2025-01", NULL }, 1 },
        /* a second outlier breaks off once the first is gone */
        { { "1990", "2024-06", "2024-07", "2024-08", "2030", NULL }, 3 },
};

static void test_plan(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(break_cases); i++) {
                const BreakCase *c = &break_cases[i];
                AxisInterval in[10];
                size_t n = 0;
                while (c->values[n] != NULL) {
                        in[n] = iv(c->values[n]);
                        n++;
                }
                AxisSegment segs[AXIS_MAX_SEGMENTS];
                size_t got = axis_break_plan(in, n, 460, 18, segs);
                bool ok = got == c->want_segments;
                /* every interval inside a segment, segments in order, widths sensible */
                for (size_t k = 0; k < n; k++) {
                        bool inside = false;
                        for (size_t s = 0; s < got; s++)
                                inside = inside ||
                                         (in[k].first >= segs[s].first && in[k].last <= segs[s].last);
                        ok = ok && inside;
                }
                for (size_t s = 0; s < got; s++) {
                        ok = ok && segs[s].x1 - segs[s].x0 >= (460 - 36) / 6.0 - 0.01;
                        if (s > 0)
                                ok = ok && segs[s].first > segs[s - 1].last &&
                                     segs[s].x0 >= segs[s - 1].x1 + 17.99;
                }
                ok = ok && segs[0].x0 >= 0 && segs[got - 1].x1 <= 460.01;
                if (!ok) {
                        g_test_message("case %zu: %zu segments, want %zu (or bad geometry)", i,
                                       got, c->want_segments);
                        g_test_fail();
                }
        }
}

static void test_x(void)
{
        AxisInterval in[] = { iv("2022-01"), iv("2024-06"), iv("2024-09"), iv("2025-01") };
        AxisSegment segs[AXIS_MAX_SEGMENTS];
        size_t n = axis_break_plan(in, G_N_ELEMENTS(in), 460, 18, segs);
        g_assert_cmpuint(n, ==, 2);
        double prev = -1;
        for (size_t k = 0; k < G_N_ELEMENTS(in); k++) {
                double x = axis_break_x(segs, n, in[k].first);
                g_assert_cmpfloat(x, >, prev);
                prev = x;
        }
        /* the main cluster gets most of the room */
        g_assert_cmpfloat(segs[1].x1 - segs[1].x0, >, 2 * (segs[0].x1 - segs[0].x0));
}

/* Issue 4: the scale fits the span: three days of news get an axis of days, not of
 * weeks, and the dates take up most of it. */
static void test_span(void)
{
        static const struct {
                const char *values[4];
                guint32 max_days;
        } cases[] = {
                { { "2008-09-15", "2008-09-16", "2008-09-17", NULL }, 10 },
                { { "2008-10-06", NULL }, 9 },
                { { "2009-06-01", "2009-06-04", NULL }, 10 },
                { { "2024-W47", "2024-11-25", NULL }, 12 },
                { { "2024-06", "2024-08", NULL }, 100 },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                AxisInterval in[4];
                size_t n = 0;
                guint32 lo = G_MAXUINT32, hi = 0;
                while (cases[i].values[n] != NULL) {
                        in[n] = iv(cases[i].values[n]);
                        lo = MIN(lo, in[n].first);
                        hi = MAX(hi, in[n].last);
                        n++;
                }
                AxisSegment segs[AXIS_MAX_SEGMENTS];
                size_t got = axis_break_plan(in, n, 460, 18, segs);
                guint32 days = segs[0].last - segs[0].first + 1;
                if (got != 1 || days > cases[i].max_days || segs[0].first > lo || segs[0].last < hi) {
                        g_test_message("case %zu: %zu segments of %u days, want 1 of at most %u holding all", i,
                                       got, days, cases[i].max_days);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/timeline/axis-break/plan", test_plan);
        g_test_add_func("/timeline/axis-break/x", test_x);
        g_test_add_func("/timeline/axis-break/span", test_span);
        return g_test_run();
}
