/* TIMEX3 values as ranges of days, and their human names.
 * SPDX-License-Identifier: MIT
 *
 * Pure: no SDK calls, so tests compile it straight in. */
#pragma once

#include <stdbool.h>

#include <glib.h>

/* How precise a value is; the order is from fine to coarse. */
typedef enum {
        TIMEX_GRAIN_DAY = 1,
        TIMEX_GRAIN_WEEKEND,
        TIMEX_GRAIN_WEEK,
        TIMEX_GRAIN_MONTH,
        TIMEX_GRAIN_SEASON,
        TIMEX_GRAIN_QUARTER,
        TIMEX_GRAIN_HALF,
        TIMEX_GRAIN_YEAR,
        TIMEX_GRAIN_DECADE,
        TIMEX_GRAIN_CENTURY,
} TimexGrain;

/* A value's days. first and last are GDate julian days (last inclusive); part is
 * the season (0 spring .. 3 winter), quarter (1-4) or half (1-2) for naming. */
typedef struct TimexRange {
        guint32 first;
        guint32 last;
        TimexGrain grain;
        int part;
} TimexRange;

/* Parses a TIMEX3 DATE value ("2024-06", "2024-11-25", "2024-W47", "2024-Q3",
 * "2024-SU", "199"). Returns false for values that name no place on a calendar:
 * PRESENT_REF, durations, sets, "XXXX-06-04", BC years, invalid dates. */
bool timex_value_parse(const char *value, TimexRange *ret_range);

/* Returns: (transfer full): a name for people: "25 Nov 2024", "June 2024", "Q3 2024",
 * "2024", "1990s". Months of up to four letters are written out, others cut to three. */
char *timex_range_format(const TimexRange *range);

/* Returns: (transfer none): the month's name as timex_range_format() writes it. */
const char *timex_month_name(int month);

/* Returns: the julian day of @year-@month-@day, or 0 when that is no valid date. */
guint32 timex_julian(int year, int month, int day);
