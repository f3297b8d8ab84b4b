/* TIMEX3 values as ranges of days (TimeML 1.2.1, TIMEX3 attribute value), and
 * their human names.
 * SPDX-License-Identifier: MIT */
#include "timex-value.h"

#include <string.h>

static const char *const month_names[] = {
        "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sep", "Oct", "Nov", "Dec",
};

/* Meteorological seasons: they start on the first of a month, so a season is a
 * whole number of months and sits on the axis next to month values. */
static const struct {
        const char *code;
        int first_month;
        const char *name;
} seasons[] = {
        { "SP", 3, "Spring" },
        { "SU", 6, "Summer" },
        { "FA", 9, "Autumn" },
        { "AU", 9, "Autumn" },
        { "WI", 12, "Winter" },
};

const char *timex_month_name(int month)
{
        g_return_val_if_fail(month >= 1 && month <= 12, "");
        return month_names[month - 1];
}

guint32 timex_julian(int year, int month, int day)
{
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
                return 0;
        if (!g_date_valid_dmy((GDateDay) day, (GDateMonth) month, (GDateYear) year))
                return 0;
        GDate d;
        g_date_clear(&d, 1);
        g_date_set_dmy(&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
        return g_date_get_julian(&d);
}

static int days_in_month(int year, int month)
{
        return g_date_get_days_in_month((GDateMonth) month, (GDateYear) year);
}

/* Reads exactly @n ASCII digits. */
static bool read_digits(const char **p, int n, int *ret)
{
        int v = 0;
        for (int i = 0; i < n; i++) {
                if (!g_ascii_isdigit((*p)[i]))
                        return false;
                v = v * 10 + ((*p)[i] - '0');
        }
        *p += n;
        *ret = v;
        return true;
}

static size_t count_digits(const char *p)
{
        size_t n = 0;
        while (g_ascii_isdigit(p[n]))
                n++;
        return n;
}

static bool set_months(TimexRange *r, int year, int month, int n_months, TimexGrain grain)
{
        int last_month = month + n_months - 1, last_year = year;
        if (last_month > 12) {
                last_month -= 12;
                last_year++;
        }
        r->first = timex_julian(year, month, 1);
        r->last = timex_julian(last_year, last_month, days_in_month(last_year, last_month));
        r->grain = grain;
        return r->first != 0 && r->last != 0;
}

static bool set_years(TimexRange *r, int first_year, int n_years, TimexGrain grain)
{
        /* Year 0 is not a year (TIMEX3 writes BC dates with a "BC" prefix). */
        if (first_year < 1)
                first_year = 1;
        r->first = timex_julian(first_year, 1, 1);
        r->last = timex_julian(first_year + n_years - 1, 12, 31);
        r->grain = grain;
        return r->first != 0 && r->last != 0;
}

/* ISO 8601 week @week of @year starts on the Monday of the week that holds 4 January. */
static guint32 iso_week_monday(int year, int week)
{
        guint32 jan4 = timex_julian(year, 1, 4);
        GDate d;
        g_date_clear(&d, 1);
        g_date_set_julian(&d, jan4);
        guint32 monday = jan4 - (g_date_get_weekday(&d) - G_DATE_MONDAY);
        return monday + (guint32) (week - 1) * 7;
}

static int iso_weeks_in_year(int year)
{
        GDate d;
        g_date_clear(&d, 1);
        g_date_set_dmy(&d, 28, G_DATE_DECEMBER, (GDateYear) year);
        return (int) g_date_get_iso8601_week_of_year(&d);
}

/* "W47", "W47-WE", "W47-3": after "YYYY-". */
static bool parse_week(const char *p, int year, TimexRange *r)
{
        int week;
        p++;
        if (!read_digits(&p, 2, &week) || week < 1 || week > iso_weeks_in_year(year))
                return false;
        guint32 monday = iso_week_monday(year, week);
        if (*p == '\0') {
                *r = (TimexRange) { monday, monday + 6, TIMEX_GRAIN_WEEK, week };
                return true;
        }
        if (strcmp(p, "-WE") == 0) {
                *r = (TimexRange) { monday + 5, monday + 6, TIMEX_GRAIN_WEEKEND, week };
                return true;
        }
        int weekday;
        if (*p++ != '-' || !read_digits(&p, 1, &weekday) || weekday < 1 || weekday > 7 || *p)
                return false;
        *r = (TimexRange) { monday + (guint32) weekday - 1, monday + (guint32) weekday - 1,
                            TIMEX_GRAIN_DAY, 0 };
        return true;
}

/* "Q3", "H1", "SU": after "YYYY-". */
static bool parse_part(const char *p, int year, TimexRange *r)
{
        if ((p[0] == 'Q' || p[0] == 'H') && g_ascii_isdigit(p[1]) && p[2] == '\0') {
                int n = p[1] - '0';
                bool quarter = p[0] == 'Q';
                if (n < 1 || n > (quarter ? 4 : 2))
                        return false;
                r->part = n;
                return quarter ? set_months(r, year, 3 * n - 2, 3, TIMEX_GRAIN_QUARTER)
                               : set_months(r, year, 6 * n - 5, 6, TIMEX_GRAIN_HALF);
        }
        for (size_t i = 0; i < G_N_ELEMENTS(seasons); i++) {
                if (strcmp(p, seasons[i].code) == 0) {
                        r->part = (int) i;
                        return set_months(r, year, seasons[i].first_month, 3, TIMEX_GRAIN_SEASON);
                }
        }
        return false;
}

/* "06", "06-04", "06-04T10:30": after "YYYY-". */
static bool parse_month_day(const char *p, int year, TimexRange *r)
{
        int month, day;
        if (!read_digits(&p, 2, &month) || month < 1 || month > 12)
                return false;
        if (*p == '\0')
                return set_months(r, year, month, 1, TIMEX_GRAIN_MONTH);
        if (*p++ != '-' || !read_digits(&p, 2, &day))
                return false;
        /* A time of day ("T10:30", "TMO") does not move the event off its day. */
        if (*p != '\0' && *p != 'T')
                return false;
        r->first = r->last = timex_julian(year, month, day);
        r->grain = TIMEX_GRAIN_DAY;
        return r->first != 0;
}

bool timex_value_parse(const char *value, TimexRange *ret_range)
{
        if (value == NULL)
                return false;
        TimexRange r = { 0 };
        const char *p = value;
        int year;
        bool ok;
        switch (count_digits(p)) {
        case 2: /* "19": the 1900s */
                ok = read_digits(&p, 2, &year) && *p == '\0' &&
                     set_years(&r, year * 100, 100, TIMEX_GRAIN_CENTURY);
                break;
        case 3: /* "199": the 1990s */
                ok = read_digits(&p, 3, &year) && *p == '\0' &&
                     set_years(&r, year * 10, 10, TIMEX_GRAIN_DECADE);
                break;
        case 4:
                ok = read_digits(&p, 4, &year) && year >= 1;
                if (!ok)
                        break;
                if (*p == '\0')
                        ok = set_years(&r, year, 1, TIMEX_GRAIN_YEAR);
                else if (*p++ != '-')
                        ok = false;
                else if (*p == 'W' && g_ascii_isdigit(p[1]))
                        ok = parse_week(p, year, &r);
                else if (g_ascii_isdigit(*p))
                        ok = parse_month_day(p, year, &r);
                else
                        ok = parse_part(p, year, &r);
                break;
        default: /* PRESENT_REF, P3Y, XXXX-06-04, BC0044, "" */
                ok = false;
                break;
        }
        if (!ok)
                return false;
        *ret_range = r;
        return true;
}

static void date_of(guint32 julian, int *ret_year, int *ret_month, int *ret_day)
{
        GDate d;
        g_date_clear(&d, 1);
        g_date_set_julian(&d, julian);
        *ret_year = g_date_get_year(&d);
        *ret_month = g_date_get_month(&d);
        *ret_day = g_date_get_day(&d);
}

static const char *ordinal_suffix(int n)
{
        if (n % 100 >= 11 && n % 100 <= 13)
                return "th";
        switch (n % 10) {
        case 1:
                return "st";
        case 2:
                return "nd";
        case 3:
                return "rd";
        default:
                return "th";
        }
}

char *timex_range_format(const TimexRange *range)
{
        int y, m, d, ly, lm, ld;
        date_of(range->first, &y, &m, &d);
        date_of(range->last, &ly, &lm, &ld);
        switch (range->grain) {
        case TIMEX_GRAIN_DAY:
                return g_strdup_printf("%d %s %d", d, timex_month_name(m), y);
        case TIMEX_GRAIN_WEEKEND:
                return g_strdup_printf("weekend of %d %s %d", d, timex_month_name(m), y);
        case TIMEX_GRAIN_WEEK:
                return g_strdup_printf("week of %d %s %d", d, timex_month_name(m), y);
        case TIMEX_GRAIN_MONTH:
                return g_strdup_printf("%s %d", timex_month_name(m), y);
        case TIMEX_GRAIN_SEASON:
                if (ly != y)
                        return g_strdup_printf("%s %d\u2013%02d", seasons[range->part].name, y,
                                               ly % 100);
                return g_strdup_printf("%s %d", seasons[range->part].name, y);
        case TIMEX_GRAIN_QUARTER:
                return g_strdup_printf("Q%d %d", range->part, y);
        case TIMEX_GRAIN_HALF:
                return g_strdup_printf("H%d %d", range->part, y);
        case TIMEX_GRAIN_YEAR:
                return g_strdup_printf("%d", y);
        case TIMEX_GRAIN_DECADE:
                return g_strdup_printf("%ds", y);
        case TIMEX_GRAIN_CENTURY:
                return g_strdup_printf("%d%s century", y / 100 + 1, ordinal_suffix(y / 100 + 1));
        default:
                return g_strdup_printf("%d-%02d-%02d", y, m, d);
        }
}
