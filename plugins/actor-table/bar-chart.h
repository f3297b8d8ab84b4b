/* The actor table's figure: a horizontal bar per actor, its length the mentions,
 * its colour the actor's type, with a legend and a grid.
 * SPDX-License-Identifier: MIT
 *
 * Cairo and Pango only, no SDK calls: the glue (actor-table.c) hands it the palette. */
#pragma once

#include <stddef.h>

#include <cairo.h>

#include "ranking.h"

typedef struct BarChartStyle {
        const char *font_family;   /* borrowed for the call */
        double text[3];
        double muted[3];
        double rule[3];
        double types[5][3];        /* indexed by DOSSIER_ACTOR_*; slot 0 unused */
} BarChartStyle;

/* Returns: the height in points a chart of @n_rows bars needs. */
double bar_chart_get_height(size_t n_rows);

/* Draws the chart of @rows (in order, top to bottom) @width points wide, with (0, 0)
 * at its top-left corner. */
void bar_chart_draw(cairo_t *cr, double width, const ActorRow *rows, size_t n_rows,
                    const BarChartStyle *style);

/* Returns: (transfer none): the type's name for people: "Person", "Organisation"... */
const char *bar_chart_type_name(uint32_t type);
