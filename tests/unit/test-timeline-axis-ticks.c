/* Tests for plugins/timeline/axis-ticks.c: the tick step and labels for a span. */
#include "../../plugins/timeline/axis-ticks.h"
#include "../../plugins/timeline/timex-value.h"

typedef struct {
        const char *first, *last; /* YYYY-MM-DD */
        double width;
        AxisUnit unit;
        int count;
        const char *first_label;
        const char *first_context;
} TickCase;

static const TickCase tick_cases[] = {
        { "2024-11-22", "2024-11-24", 480, AXIS_UNIT_DAY, 1, "22 Nov", "2024" },   /* 3 days */
        { "2024-11-01", "2024-11-10", 480, AXIS_UNIT_DAY, 2, "2 Nov", "2024" },
        { "2024-11-01", "2024-11-20", 480, AXIS_UNIT_DAY, 2, "2 Nov", "2024" },
        { "2024-10-01", "2024-11-30", 480, AXIS_UNIT_WEEK, 1, "7 Oct", "2024" },   /* 2 months */
        { "2024-06-01", "2025-01-31", 480, AXIS_UNIT_MONTH, 1, "Jun", "2024" },    /* 8 months */
        { "2023-12-20", "2025-01-31", 480, AXIS_UNIT_MONTH, 2, "Jan", "2024" },    /* 13 months */
        { "2022-01-01", "2025-01-31", 480, AXIS_UNIT_MONTH, 6, "Jan", "2022" },    /* 3 years */
        { "2005-05-07", "2011-10-06", 480, AXIS_UNIT_YEAR, 1, "2006", "" },        /* 6 years */
        { "1990-01-01", "2005-12-31", 480, AXIS_UNIT_YEAR, 2, "1990", "" },        /* 16 years */
        { "1984-03-01", "2024-11-25", 480, AXIS_UNIT_YEAR, 5, "1985", "" },        /* 40 years */
        { "1900-01-01", "2024-12-31", 480, AXIS_UNIT_YEAR, 20, "1900", "" },
        /* a narrow segment of a broken axis */
        { "2021-12-28", "2022-02-03", 80, AXIS_UNIT_MONTH, 1, "Jan", "2022" },
        { "2024-06-01", "2025-01-31", 120, AXIS_UNIT_MONTH, 6, "Jul", "2024" },
};

static guint32 day_of(const char *ymd)
{
        TimexRange r;
        g_assert_true(timex_value_parse(ymd, &r));
        return r.first;
}

static void test_choose(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(tick_cases); i++) {
                const TickCase *c = &tick_cases[i];
                guint32 first = day_of(c->first), last = day_of(c->last);
                AxisTick ticks[AXIS_MAX_TICKS];
                AxisStep step = { 0 };
                size_t n = axis_ticks_choose(first, last, c->width, &step, ticks);
                bool ok = step.unit == c->unit && step.count == c->count && n >= 1 &&
                          g_strcmp0(ticks[0].label, c->first_label) == 0 &&
                          g_strcmp0(ticks[0].context, c->first_context) == 0;
                /* every tick inside the span, in order, and labels with room between */
                for (size_t k = 0; k < n; k++) {
                        ok = ok && ticks[k].day >= first && ticks[k].day <= last;
                        if (k > 0)
                                ok = ok && ticks[k].day > ticks[k - 1].day &&
                                     c->width * (ticks[k].day - ticks[k - 1].day) /
                                                     (double) (last - first + 1) >= 24.0;
                }
                if (!ok || n < 2 || n > AXIS_MAX_TICKS) {
                        g_test_message("case %zu %s..%s at %.0f pt: got unit %d x%d, %zu ticks, "
                                       "first '%s'/'%s'; want unit %d x%d, '%s'/'%s'", i,
                                       c->first, c->last, c->width, step.unit, step.count, n,
                                       n ? ticks[0].label : "", n ? ticks[0].context : "",
                                       c->unit, c->count, c->first_label, c->first_context);
                        g_test_fail();
                }
        }
}

/* The year appears under the first tick and where it changes, and nowhere else. */
static void test_context(void)
{
        AxisTick ticks[AXIS_MAX_TICKS];
        AxisStep step;
        size_t n = axis_ticks_choose(day_of("2024-06-01"), day_of("2025-01-31"), 480, &step,
                                     ticks);
        g_assert_cmpuint(n, ==, 8);
        for (size_t k = 0; k < n; k++) {
                const char *want = k == 0 ? "2024" : k == 7 ? "2025" : "";
                g_assert_cmpstr(ticks[k].context, ==, want);
        }
        g_assert_cmpstr(ticks[7].label, ==, "Jan");
        g_assert_cmpstr(ticks[1].label, ==, "Jul");
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/timeline/axis-ticks/choose", test_choose);
        g_test_add_func("/timeline/axis-ticks/context", test_context);
        return g_test_run();
}
