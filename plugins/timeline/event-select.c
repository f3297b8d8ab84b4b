/* Chooses the events a timeline shows.
 * SPDX-License-Identifier: MIT */
#include "event-select.h"

#include <string.h>

void timeline_event_free(TimelineEvent *event)
{
        if (event == NULL)
                return;
        g_free(event->value);
        g_free(event->label);
        g_clear_pointer(&event->actors, g_ptr_array_unref);
        g_clear_pointer(&event->articles, g_array_unref);
        g_clear_pointer(&event->words, g_hash_table_unref);
        g_free(event);
}

static bool has_actor(const TimelineEvent *e, const char *name)
{
        for (guint i = 0; i < e->actors->len; i++) {
                if (strcmp(g_ptr_array_index(e->actors, i), name) == 0)
                        return true;
        }
        return false;
}

static void add_article(TimelineEvent *e, guint32 article)
{
        for (guint i = 0; i < e->articles->len; i++) {
                if (g_array_index(e->articles, guint32, i) == article)
                        return;
        }
        g_array_append_val(e->articles, article);
}

static void add_actors(TimelineEvent *e, const TimelineEventIn *in)
{
        for (size_t i = 0; i < in->n_actors; i++) {
                if (in->actors[i] != NULL && !has_actor(e, in->actors[i]))
                        g_ptr_array_add(e->actors, g_strdup(in->actors[i]));
        }
}

/* The words of @label that carry meaning: four letters or more, lower case, stemmed. */
static GHashTable *content_words(const char *label)
{
        static const char *const skip[] = { "that", "with", "from", "have", "been", "were", "will", "said",
                                            "this", "their", "they", "which", "would", "also" };
        GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        g_autofree char *lower = g_utf8_strdown(label != NULL ? label : "", -1);
        g_auto(GStrv) words = g_strsplit_set(lower, " ,.;:!?\"()\u201c\u201d", -1);
        for (char **w = words; *w; w++) {
                bool stop = strlen(*w) < 4;
                for (size_t k = 0; k < G_N_ELEMENTS(skip) && !stop; k++)
                        stop = strcmp(*w, skip[k]) == 0;
                if (stop)
                        continue;
                /* "posts", "posted", "GM's" -> "post", "gm": a crude stem is enough to compare */
                size_t len = strlen(*w);
                if (len > 2 && strcmp(*w + len - 2, "'s") == 0)
                        len -= 2;
                else if (len > 5 && strcmp(*w + len - 2, "ed") == 0)
                        len -= 2;
                else if (len > 4 && (*w)[len - 1] == 's' && (*w)[len - 2] != 's')
                        len -= 1;
                g_hash_table_add(set, g_strndup(*w, len));
        }
        return set;
}

/* Dice coefficient of two labels' content words: 1 for the same words. */
static double label_likeness(GHashTable *x, GHashTable *y)
{
        guint nx = g_hash_table_size(x), ny = g_hash_table_size(y), shared = 0;
        if (nx == 0 || ny == 0)
                return 0.0;
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, x);
        while (g_hash_table_iter_next(&it, &key, NULL))
                shared += g_hash_table_contains(y, key);
        return 2.0 * shared / (double) (nx + ny);
}

static bool from_article(const TimelineEvent *e, guint32 article)
{
        for (guint i = 0; i < e->articles->len; i++)
                if (g_array_index(e->articles, guint32, i) == article)
                        return true;
        return false;
}

/* Same place on the calendar and the same happening: two articles reporting one
 * summit share its actors ("North Korea, Russia" and "Russia"), or some actor
 * and some words. One actor in common is not enough by itself ("US" is in half
 * the events of a year), and two events of one article are one only when they
 * say the same ("GM posts first annual loss" in the headline and the text). */
static bool same_event(const TimelineEvent *e, const TimexRange *r, const TimelineEventIn *in, GHashTable *words)
{
        if (e->range.first != r->first || e->range.last != r->last || e->range.grain != r->grain)
                return false;
        if (in->label != NULL && g_ascii_strcasecmp(e->label, in->label) == 0)
                return true;
        double likeness = label_likeness(e->words, words);
        if (from_article(e, in->article) || in->n_actors == 0 || e->actors->len == 0)
                return likeness >= 0.6;
        size_t shared = 0;
        for (size_t i = 0; i < in->n_actors; i++)
                shared += in->actors[i] != NULL && has_actor(e, in->actors[i]);
        size_t all = e->actors->len + in->n_actors - shared;
        return shared > 0 && (2 * shared >= all || likeness >= 0.3);
}

static TimelineEvent *event_new(const TimexRange *r, const TimelineEventIn *in, size_t order)
{
        TimelineEvent *e = g_new0(TimelineEvent, 1);
        e->range = *r;
        e->value = g_strdup(in->value);
        e->label = g_strdup(in->label != NULL ? in->label : "");
        e->actors = g_ptr_array_new_with_free_func(g_free);
        e->articles = g_array_new(FALSE, FALSE, sizeof(guint32));
        e->words = content_words(e->label);
        e->order = order;
        return e;
}

/* More actors and more sources make an event matter more; a precise date a little
 * more, since it places the event better than "2024" does. */
static double score_of(const TimelineEvent *e)
{
        double s = (double) e->actors->len + 1.5 * (double) e->articles->len +
                   0.25 * (double) (e->n_merged - 1);
        if (e->range.grain <= TIMEX_GRAIN_MONTH)
                s += 0.5;
        return s;
}

static int by_score(gconstpointer a, gconstpointer b)
{
        const TimelineEvent *x = *(TimelineEvent *const *) a, *y = *(TimelineEvent *const *) b;
        if (x->score != y->score)
                return x->score > y->score ? -1 : 1;
        return x->order < y->order ? -1 : x->order > y->order ? 1 : 0;
}

static int by_date(gconstpointer a, gconstpointer b)
{
        const TimelineEvent *x = *(TimelineEvent *const *) a, *y = *(TimelineEvent *const *) b;
        if (x->range.first != y->range.first)
                return x->range.first < y->range.first ? -1 : 1;
        if (x->range.last != y->range.last)
                return x->range.last < y->range.last ? -1 : 1;
        return x->order < y->order ? -1 : x->order > y->order ? 1 : 0;
}

GPtrArray *timeline_events_select(const TimelineEventIn *events, size_t n, size_t max_events,
                                  size_t *ret_n_dated)
{
        GPtrArray *all = g_ptr_array_new_with_free_func((GDestroyNotify) timeline_event_free);
        /* events by their first day: only those can merge, so thousands of events
         * cost thousands of comparisons, not millions */
        g_autoptr(GHashTable) by_day = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
                                                             (GDestroyNotify) g_ptr_array_unref);
        for (size_t i = 0; i < n; i++) {
                TimexRange r;
                if (!timex_value_parse(events[i].value, &r))
                        continue;
                g_autoptr(GHashTable) words = content_words(events[i].label);
                GPtrArray *same_day = g_hash_table_lookup(by_day, GUINT_TO_POINTER(r.first));
                if (same_day == NULL) {
                        same_day = g_ptr_array_new();
                        g_hash_table_insert(by_day, GUINT_TO_POINTER(r.first), same_day);
                }
                TimelineEvent *e = NULL;
                for (guint j = 0; j < same_day->len && e == NULL; j++) {
                        if (same_event(g_ptr_array_index(same_day, j), &r, &events[i], words))
                                e = g_ptr_array_index(same_day, j);
                }
                if (e == NULL) {
                        e = event_new(&r, &events[i], i);
                        g_ptr_array_add(all, e);
                        g_ptr_array_add(same_day, e);
                }
                e->n_merged++;
                add_actors(e, &events[i]);
                add_article(e, events[i].article);
        }
        for (guint j = 0; j < all->len; j++) {
                TimelineEvent *e = g_ptr_array_index(all, j);
                e->score = score_of(e);
        }
        if (ret_n_dated != NULL)
                *ret_n_dated = all->len;
        g_ptr_array_sort(all, by_score);
        if (all->len > max_events)
                g_ptr_array_set_size(all, (guint) max_events);
        g_ptr_array_sort(all, by_date);
        return all;
}
