/* Calendar dates as YYYY-MM-DD: the only date form articles and options use. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* True when @s is exactly YYYY-MM-DD and a real day (no 2024-02-30). */
bool dossier_iso_date_is_valid(const char *s);

/* Returns: (transfer full): the local calendar date of @unix_time as YYYY-MM-DD. */
char *dossier_iso_date_from_unix(int64_t unix_time);

G_END_DECLS
