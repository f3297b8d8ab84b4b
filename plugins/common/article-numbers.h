/* The number each article goes by in a briefing: "[3]" in the timeline, the key
 * points and the quotes is entry [3] of the Sources list. Articles are numbered
 * by date, oldest first, so the list reads as a chronology; articles without a
 * date come last, and ties keep the order they were given in.
 * Pure (GLib only, no SDK calls) so unit tests compile it directly. */
#pragma once

#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

/**
 * article_numbers_new:
 * @dates: @n article dates, YYYY-MM-DD; NULL or anything else counts as undated
 *
 * Returns: (transfer full): @n numbers from 1 to @n, element i for article i.
 * Free with g_free().
 */
guint *article_numbers_new(const char *const *dates, size_t n);

/* Returns: (transfer full): "[3]", or "[3, 7, 12]" for several articles given as
 * 1-based @numbers (sorted and deduplicated here). Free with g_free(). */
char *article_numbers_cite(const guint *numbers, size_t n);

G_END_DECLS
