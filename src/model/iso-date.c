/* YYYY-MM-DD checked digit by digit, then by GDate for the day of the month. */
#include "model/iso-date.h"

#include <string.h>

static bool digits(const char *s, size_t n, unsigned *ret)
{
        unsigned v = 0;
        for (size_t i = 0; i < n; i++) {
                if (!g_ascii_isdigit(s[i]))
                        return false;
                v = v * 10 + (unsigned) (s[i] - '0');
        }
        *ret = v;
        return true;
}

bool dossier_iso_date_is_valid(const char *s)
{
        unsigned y, m, d;

        if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
                return false;
        if (!digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d))
                return false;
        return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= 31 &&
               g_date_valid_dmy((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

char *dossier_iso_date_from_unix(int64_t unix_time)
{
        g_autoptr(GDateTime) t = g_date_time_new_from_unix_local(unix_time);

        if (t == NULL) /* out of GDateTime's range */
                t = g_date_time_new_from_unix_local(0);
        return g_date_time_format(t, "%Y-%m-%d");
}
