/* A broken time axis: when a few dates lie far from the rest, the axis gets up to
 * three segments with a break between them, so the rest is not squashed.
 * SPDX-License-Identifier: MIT
 *
 * Pure: no SDK calls, so tests compile it straight in. */
#pragma once

#include <stddef.h>

#include <glib.h>

#define AXIS_MAX_SEGMENTS 3

/* One piece of the axis: the julian days [first, last] drawn over [x0, x1] points. */
typedef struct AxisSegment {
        guint32 first;
        guint32 last;
        double x0;
        double x1;
} AxisSegment;

/* An interval of days to place (an event's range), last inclusive. */
typedef struct AxisInterval {
        guint32 first;
        guint32 last;
} AxisInterval;

/**
 * axis_break_plan:
 * @intervals: the days to show, in any order; at least one
 * @width: the axis's length in points
 * @gap: the room a break takes, in points
 *
 * Splits the axis at empty stretches of at least 60 days that take up half or
 * more of the cluster they lie in (at most AXIS_MAX_SEGMENTS segments), widest share
 * first; pads each segment (to a week at least: days of news get an axis of days), and shares
 * @width out by span, each segment getting at least a sixth of it.
 * Returns: the number of segments written to @ret_segments (1 .. AXIS_MAX_SEGMENTS).
 */
size_t axis_break_plan(const AxisInterval *intervals, size_t n, double width, double gap,
                       AxisSegment ret_segments[AXIS_MAX_SEGMENTS]);

/* Returns: the x of @day (which may be fractional, for a middle) on the segment that
 * holds it; days between segments go to the nearer edge. */
double axis_break_x(const AxisSegment *segments, size_t n, double day);
