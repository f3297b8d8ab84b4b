/* English date wording for the section renderers: "25 Nov 2024", "12 Jan – 4 Mar 2024".
 * Pure (GLib only, no SDK calls) so unit tests compile it directly; the summary,
 * quote-list and sources plugins compile this file too. Month names are fixed
 * English rather than the locale's, so a briefing reads the same everywhere. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

/* Parses a calendar date `YYYY-MM-DD`; false for anything else. */
bool date_words_parse(const char *iso, GDate *ret_date);

/* Returns: (transfer full): "25 Nov 2024", or a copy of @iso when it is not a
 * YYYY-MM-DD date; NULL for NULL. Free with g_free(). */
char *date_words_short(const char *iso);

/* Returns: (transfer full): "25 November 2024", as date_words_short() otherwise. */
char *date_words_long(const char *iso);

/* Returns: (transfer full) (nullable): the span of the valid dates among @isos:
 * "25 Nov 2024", "12 – 20 Jan 2024", "12 Jan – 4 Mar 2024" or
 * "12 Dec 2023 – 4 Mar 2024"; NULL when none is valid. Free with g_free(). */
char *date_words_range(const char *const *isos, size_t n);

G_END_DECLS
