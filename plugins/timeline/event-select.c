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

/* Same place on the calendar and, by the actors, the same happening: two articles
 * reporting one summit. Without actors only an identical label says so. */
static bool same_event(const TimelineEvent *e, const TimexRange *r, const TimelineEventIn *in)
{
        if (e->range.first != r->first || e->range.last != r->last || e->range.grain != r->grain)
                return false;
        if (in->n_actors == 0 || e->actors->len == 0)
                return in->n_actors == 0 && e->actors->len == 0 && in->label != NULL &&
                       g_ascii_strcasecmp(e->label, in->label) == 0;
        for (size_t i = 0; i < in->n_actors; i++) {
                if (in->actors[i] != NULL && has_actor(e, in->actors[i]))
                        return true;
        }
        return false;
}

static TimelineEvent *event_new(const TimexRange *r, const TimelineEventIn *in, size_t order)
{
        TimelineEvent *e = g_new0(TimelineEvent, 1);
        e->range = *r;
        e->value = g_strdup(in->value);
        e->label = g_strdup(in->label != NULL ? in->label : "");
        e->actors = g_ptr_array_new_with_free_func(g_free);
        e->articles = g_array_new(FALSE, FALSE, sizeof(guint32));
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
        for (size_t i = 0; i < n; i++) {
                TimexRange r;
                if (!timex_value_parse(events[i].value, &r))
                        continue;
                TimelineEvent *e = NULL;
                for (guint j = 0; j < all->len && e == NULL; j++) {
                        if (same_event(g_ptr_array_index(all, j), &r, &events[i]))
                                e = g_ptr_array_index(all, j);
                }
                if (e == NULL) {
                        e = event_new(&r, &events[i], i);
                        g_ptr_array_add(all, e);
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
