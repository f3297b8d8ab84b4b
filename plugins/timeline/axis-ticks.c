/* Ticks of a time axis: a step that suits the span and the room, and labels.
 * SPDX-License-Identifier: MIT */
#include "axis-ticks.h"

#include <math.h>

#include "timex-value.h"

/* The tick spacing that reads best: dense enough to read a date off, sparse
 * enough to stay quiet behind the events. */
#define IDEAL_SPACING 65.0

/* From fine to coarse; room is the width a label needs in points, at the 7 pt
 * the figure uses ("25 Nov" is wider than "Jun" or "2024"). */
static const struct {
        AxisStep step;
        double room;
} steps[] = {
        { { AXIS_UNIT_DAY, 1 }, 34 },     { { AXIS_UNIT_DAY, 2 }, 34 },
        { { AXIS_UNIT_WEEK, 1 }, 34 },    { { AXIS_UNIT_WEEK, 2 }, 34 },
        { { AXIS_UNIT_MONTH, 1 }, 24 },   { { AXIS_UNIT_MONTH, 2 }, 24 },
        { { AXIS_UNIT_MONTH, 3 }, 24 },   { { AXIS_UNIT_MONTH, 6 }, 24 },
        { { AXIS_UNIT_YEAR, 1 }, 28 },    { { AXIS_UNIT_YEAR, 2 }, 28 },
        { { AXIS_UNIT_YEAR, 5 }, 28 },    { { AXIS_UNIT_YEAR, 10 }, 28 },
        { { AXIS_UNIT_YEAR, 20 }, 28 },   { { AXIS_UNIT_YEAR, 50 }, 28 },
        { { AXIS_UNIT_YEAR, 100 }, 28 },  { { AXIS_UNIT_YEAR, 250 }, 28 },
        { { AXIS_UNIT_YEAR, 500 }, 28 },  { { AXIS_UNIT_YEAR, 1000 }, 28 },
};

static void ymd(guint32 day, int *ret_y, int *ret_m, int *ret_d)
{
        GDate d;
        g_date_clear(&d, 1);
        g_date_set_julian(&d, day);
        *ret_y = g_date_get_year(&d);
        *ret_m = g_date_get_month(&d);
        *ret_d = g_date_get_day(&d);
}

/* The first tick day at or after @first: ticks sit on round dates (every other
 * day counted from day 1, Mondays, months divisible by the step, round years) so
 * they do not move when the data moves a little. */
static guint32 first_tick(AxisStep s, guint32 first)
{
        int y, m, d;
        ymd(first, &y, &m, &d);
        switch (s.unit) {
        case AXIS_UNIT_DAY:
                return first + (guint32) ((s.count - (int) (first % (guint32) s.count)) % s.count);
        case AXIS_UNIT_WEEK: {
                /* julian day 1 (1 January of year 1) is a Monday */
                guint32 monday = first + (7 - (first - 1) % 7) % 7;
                guint32 weeks = (monday - 1) / 7;
                return monday + 7 * (guint32) ((s.count - (int) (weeks % (guint32) s.count)) %
                                               s.count);
        }
        case AXIS_UNIT_MONTH: {
                int index = y * 12 + (m - 1) + (d > 1 ? 1 : 0);
                index += (s.count - index % s.count) % s.count;
                return timex_julian(index / 12, index % 12 + 1, 1);
        }
        case AXIS_UNIT_YEAR:
        default: {
                int year = y + ((m > 1 || d > 1) ? 1 : 0);
                year += (s.count - year % s.count) % s.count;
                return year > 9999 ? G_MAXUINT32 : timex_julian(year, 1, 1);
        }
        }
}

static guint32 next_tick(AxisStep s, guint32 day)
{
        int y, m, d;
        ymd(day, &y, &m, &d);
        switch (s.unit) {
        case AXIS_UNIT_DAY:
                return day + (guint32) s.count;
        case AXIS_UNIT_WEEK:
                return day + 7 * (guint32) s.count;
        case AXIS_UNIT_MONTH: {
                int index = y * 12 + (m - 1) + s.count;
                return timex_julian(index / 12, index % 12 + 1, 1);
        }
        case AXIS_UNIT_YEAR:
        default:
                return y + s.count > 9999 ? G_MAXUINT32 : timex_julian(y + s.count, 1, 1);
        }
}

static size_t count_ticks(AxisStep s, guint32 first, guint32 last, size_t limit)
{
        size_t n = 0;
        for (guint32 day = first_tick(s, first); day != 0 && day <= last && n <= limit;
             day = next_tick(s, day))
                n++;
        return n;
}

/* The year goes on a second line under the first tick and where it changes, so
 * a label stays short ("Jun") and still says which year. */
static void label_tick(AxisStep s, AxisTick *t, int prev_year)
{
        int y, m, d;
        ymd(t->day, &y, &m, &d);
        t->context[0] = '\0';
        switch (s.unit) {
        case AXIS_UNIT_DAY:
        case AXIS_UNIT_WEEK:
                g_snprintf(t->label, sizeof t->label, "%d %s", d, timex_month_name(m));
                break;
        case AXIS_UNIT_MONTH:
                /* three letters everywhere on the axis: "June" would crowd "Jul" */
                g_snprintf(t->label, sizeof t->label, "%.3s", timex_month_name(m));
                break;
        case AXIS_UNIT_YEAR:
        default:
                g_snprintf(t->label, sizeof t->label, "%d", y);
                return;
        }
        if (y != prev_year)
                g_snprintf(t->context, sizeof t->context, "%d", y);
}

size_t axis_ticks_choose(guint32 first, guint32 last, double width, AxisStep *ret_step,
                         AxisTick ret_ticks[AXIS_MAX_TICKS])
{
        g_return_val_if_fail(first >= 1 && first <= last, 0);
        /* Of the steps whose labels have room, the one closest to a tick every
         * IDEAL_SPACING points; a tie goes to the coarser, rounder step. */
        double ideal = MAX(2.0, width / IDEAL_SPACING);
        size_t chosen = G_N_ELEMENTS(steps) - 1;
        double best = G_MAXDOUBLE;
        for (size_t i = 0; i < G_N_ELEMENTS(steps); i++) {
                double fit = width / steps[i].room;
                size_t limit = fit < AXIS_MAX_TICKS ? (size_t) fit : AXIS_MAX_TICKS;
                size_t count = count_ticks(steps[i].step, first, last, limit);
                if (count > limit || count == 0)
                        continue;
                double miss = fabs((double) count - ideal);
                if (miss <= best) {
                        best = miss;
                        chosen = i;
                }
        }
        AxisStep s = steps[chosen].step;
        size_t n = 0;
        int prev_year = 0;
        for (guint32 day = first_tick(s, first); day != 0 && day <= last && n < AXIS_MAX_TICKS;
             day = next_tick(s, day)) {
                ret_ticks[n].day = day;
                label_tick(s, &ret_ticks[n], prev_year);
                int y, m, d;
                ymd(day, &y, &m, &d);
                prev_year = y;
                n++;
        }
        *ret_step = s;
        return n;
}
