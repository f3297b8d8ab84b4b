/* The timeline figure: a time axis (broken where dates lie far apart) with each
 * event at its date and its label placed clear of every other label.
 * SPDX-License-Identifier: MIT
 *
 * Cairo and Pango only, no SDK calls: the glue (timeline.c) hands it the palette. */
#pragma once

#include <stddef.h>

#include <cairo.h>
#include <glib.h>

typedef struct TimelineStyle {
        const char *font_family; /* borrowed for the figure's life */
        double text[3];
        double muted[3];
        double rule[3];
        double past[3];
        double future[3];
} TimelineStyle;

typedef struct TimelineFigure TimelineFigure;

/**
 * timeline_figure_new:
 * @events: TimelineEvent pointers in date order (timeline_events_select()); borrowed
 *   for the figure's life
 * @width: the figure's width in points
 * @max_height: the most the figure may take
 * @today: the julian day of the briefing: events after it are drawn as expected
 *
 * Lays the figure out: axis, ticks, markers and labels; what does not fit within
 * @max_height goes without a label (the table under the figure lists every event).
 * Returns: (transfer full): free with timeline_figure_free().
 */
TimelineFigure *timeline_figure_new(const TimelineStyle *style, const GPtrArray *events,
                                    double width, double max_height, guint32 today);
void timeline_figure_free(TimelineFigure *figure);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TimelineFigure, timeline_figure_free)

/* Returns: the height the figure needs, at most max_height. */
double timeline_figure_get_height(const TimelineFigure *figure);
/* Returns: how many events were left without a label for want of room. */
size_t timeline_figure_get_n_unlabelled(const TimelineFigure *figure);
/* Returns: whether the axis is broken (the caption explains the break marks). */
gboolean timeline_figure_is_broken(const TimelineFigure *figure);
/* Returns: whether any event is drawn as expected. */
gboolean timeline_figure_has_future(const TimelineFigure *figure);

/* For tests: the number of labels (one per group of same-day events), label @i's
 * box as x, y, width, height in figure coordinates (FALSE when it found no room),
 * and the band around the axis line that labels keep out of. */
size_t timeline_figure_get_n_labels(const TimelineFigure *figure);
gboolean timeline_figure_get_label_box(const TimelineFigure *figure, size_t i, double ret_box[4]);
void timeline_figure_get_axis_band(const TimelineFigure *figure, double *ret_top,
                                   double *ret_bottom);

/* Draws the figure with (0, 0) at its top-left corner. */
void timeline_figure_draw(const TimelineFigure *figure, cairo_t *cr);
