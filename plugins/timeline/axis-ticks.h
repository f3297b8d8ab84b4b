/* Ticks of a time axis: a step that suits the span and the room, and labels.
 * SPDX-License-Identifier: MIT
 *
 * Pure: no SDK calls, so tests compile it straight in. */
#pragma once

#include <stddef.h>

#include <glib.h>

typedef enum {
        AXIS_UNIT_DAY = 1,
        AXIS_UNIT_WEEK,
        AXIS_UNIT_MONTH,
        AXIS_UNIT_YEAR,
} AxisUnit;

typedef struct AxisStep {
        AxisUnit unit;
        int count; /* ticks every @count units: 1 day, 2 weeks, 3 months, 10 years */
} AxisStep;

/* A tick at a julian day. label is what stands under it ("25 Nov", "Jun", "2024");
 * context, when not empty, is a second line giving the year where it changes. */
typedef struct AxisTick {
        guint32 day;
        char label[16];
        char context[16];
} AxisTick;

#define AXIS_MAX_TICKS 12

/**
 * axis_ticks_choose:
 * @first, @last: the julian days at the axis's ends (inclusive)
 * @width: the axis's length in points
 *
 * Chooses the finest step whose ticks have room for their labels (and are at most
 * AXIS_MAX_TICKS) and fills @ret_ticks with the ticks inside [@first, @last].
 * Returns: the number of ticks written (0 .. AXIS_MAX_TICKS).
 */
size_t axis_ticks_choose(guint32 first, guint32 last, double width, AxisStep *ret_step,
                         AxisTick ret_ticks[AXIS_MAX_TICKS]);
