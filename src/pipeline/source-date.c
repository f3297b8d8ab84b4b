/* SOURCE_DATE_EPOCH read once, the same way for the PDF's timestamps (session.c) and
 * the batch's output names and manifest (cmd-batch.c). An invalid value is ignored
 * rather than read as far as it parses: "abc" must not date a briefing 1970-01-01. */
#include "pipeline/source-date.h"

/* 9999-12-31T00:00:00Z: later times overflow GDateTime in time zones east of UTC. */
#define MAX_EPOCH_SECONDS INT64_C(253402214400)

bool dossier_source_date_parse(const char *text, int64_t *ret_seconds)
{
        int64_t value = 0;

        if (text == NULL || text[0] == '\0')
                return false;
        for (const char *p = text; *p; p++) {
                if (!g_ascii_isdigit(*p))
                        return false;
                value = value * 10 + (*p - '0');
                if (value > MAX_EPOCH_SECONDS)
                        return false;
        }
        *ret_seconds = value;
        return true;
}

int64_t dossier_source_date_get_unix(void)
{
        int64_t seconds;

        if (dossier_source_date_parse(g_getenv("SOURCE_DATE_EPOCH"), &seconds))
                return seconds;
        return g_get_real_time() / G_USEC_PER_SEC;
}

GDateTime *dossier_source_date_get_local(void)
{
        GDateTime *time = g_date_time_new_from_unix_local(dossier_source_date_get_unix());

        return time != NULL ? time : g_date_time_new_now_local();
}
