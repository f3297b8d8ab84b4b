/* Chooses the events a timeline shows: dated ones, duplicates merged, the most
 * important first, then in date order.
 * SPDX-License-Identifier: MIT
 *
 * Pure: no SDK calls, so tests compile it straight in. */
#pragma once

#include <stddef.h>

#include <glib.h>

#include "timex-value.h"

/* One event as the doc has it; the strings are borrowed for the call. */
typedef struct TimelineEventIn {
        const char *value;           /* TIMEX3 value */
        const char *label;
        const char *const *actors;   /* actor names */
        size_t n_actors;
        guint32 article;             /* the article it comes from */
} TimelineEventIn;

/* A dated event to show, owning its strings; free with timeline_event_free(). */
typedef struct TimelineEvent {
        TimexRange range;
        char *value;
        char *label;
        GPtrArray *actors;   /* char *, distinct, in order of appearance */
        GArray *articles;    /* guint32, distinct, in order of appearance */
        guint n_merged;      /* how many input events it stands for */
        size_t order;        /* index of its first input event */
        double score;
        GHashTable *words;   /* its label's content words, to compare labels when merging */
} TimelineEvent;

void timeline_event_free(TimelineEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TimelineEvent, timeline_event_free)

/**
 * timeline_events_select:
 * @max_events: how many to keep
 * @ret_n_dated: (out) (optional): how many dated events there were after merging
 *
 * Drops events whose value names no calendar place, merges events with the same
 * value that tell one happening (from two articles: half their actors in common,
 * or an actor and some label words; else nearly the same label), ranks them
 * by actors and sources, keeps the best @max_events and sorts those by date.
 * Returns: (transfer full): TimelineEvent pointers; the array frees them.
 */
GPtrArray *timeline_events_select(const TimelineEventIn *events, size_t n, size_t max_events,
                                  size_t *ret_n_dated);
