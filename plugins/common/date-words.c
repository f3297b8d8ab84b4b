/* English date wording for the section renderers. */
#include "date-words.h"

#include <stdio.h>

static const char *const month_short[12] = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

static const char *const month_long[12] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December",
};

bool date_words_parse(const char *iso, GDate *ret_date) {
        unsigned y, m, d;
        int used = 0;

        if (!iso || sscanf(iso, "%4u-%2u-%2u%n", &y, &m, &d, &used) != 3 || used != 10 ||
            iso[used] != '\0')
                return false;
        if (!g_date_valid_dmy((GDateDay) d, (GDateMonth) m, (GDateYear) y))
                return false;
        g_date_clear(ret_date, 1);
        g_date_set_dmy(ret_date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
        return true;
}

static char *format_date(const char *iso, const char *const *months) {
        GDate date;

        if (!iso)
                return NULL;
        if (!date_words_parse(iso, &date))
                return g_strdup(iso);
        return g_strdup_printf("%u %s %u", g_date_get_day(&date),
                               months[g_date_get_month(&date) - 1], g_date_get_year(&date));
}

char *date_words_short(const char *iso) {
        return format_date(iso, month_short);
}

char *date_words_long(const char *iso) {
        return format_date(iso, month_long);
}

/* The first date drops what it shares with the last: the year, then the month. */
static char *format_range(const GDate *first, const GDate *last) {
        unsigned d1 = g_date_get_day(first), d2 = g_date_get_day(last);
        const char *m1 = month_short[g_date_get_month(first) - 1];
        const char *m2 = month_short[g_date_get_month(last) - 1];
        unsigned y1 = g_date_get_year(first), y2 = g_date_get_year(last);

        if (g_date_compare(first, last) == 0)
                return g_strdup_printf("%u %s %u", d1, m1, y1);
        if (y1 != y2)
                return g_strdup_printf("%u %s %u – %u %s %u", d1, m1, y1, d2, m2, y2);
        if (m1 != m2)
                return g_strdup_printf("%u %s – %u %s %u", d1, m1, d2, m2, y2);
        return g_strdup_printf("%u – %u %s %u", d1, d2, m2, y2);
}

char *date_words_range(const char *const *isos, size_t n) {
        GDate first, last, date;
        bool any = false;

        for (size_t i = 0; i < n; i++) {
                if (!date_words_parse(isos[i], &date))
                        continue;
                if (!any || g_date_compare(&date, &first) < 0)
                        first = date;
                if (!any || g_date_compare(&date, &last) > 0)
                        last = date;
                any = true;
        }
        return any ? format_range(&first, &last) : NULL;
}
