/* SOURCE_DATE_EPOCH (reproducible-builds.org): when set, the one clock of a run, so the
 * same input gives the same PDF bytes and the same batch output names. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* True, with *ret_seconds set, when @text (nullable) is a whole number of seconds from
 * 0 to the end of year 9999 (what GDateTime holds in any time zone); false for NULL,
 * "", signs, blanks, trailing text and larger numbers. */
bool dossier_source_date_parse(const char *text, int64_t *ret_seconds);

/* Returns: SOURCE_DATE_EPOCH when it is set and valid, else the current time, in
 * seconds since 1970. */
int64_t dossier_source_date_get_unix(void);

/* Returns: (transfer full): dossier_source_date_get_unix() as a local time; free with
 * g_date_time_unref(). */
GDateTime *dossier_source_date_get_local(void);

G_END_DECLS
