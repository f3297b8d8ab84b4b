/* Places labels above and below a horizontal axis so that no label overlaps another
 * label, another label's leader line or the axis band.
 * SPDX-License-Identifier: MIT
 *
 * Pure: no SDK calls, so tests compile it straight in.
 *
 * Geometry: x runs along the axis from 0 to the figure's width; a label's depth is
 * its distance from the axis line to its nearer edge, on its side. A label hangs
 * from a leader line at its anchor x, which runs from the axis band to the label:
 * straight up or down when the box spans its anchor, else slanted to the box's
 * nearer corner, when a crowd of close dates leaves no room above them. Leaders
 * never cross each other or another label. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

typedef enum {
        LABEL_ABOVE = 1,
        LABEL_BELOW = 2,
} LabelSide;

typedef struct LabelBox {
        double anchor; /* x of the point the label belongs to */
        double width;
        double height;
} LabelBox;

typedef struct LabelLimits {
        double width;          /* the figure's width: boxes stay within [0, width] */
        double clear_above;    /* depth of the axis band above the line (markers) */
        double clear_below;    /* and below it (markers, tick labels) */
        double max_above;      /* the deepest a box's far edge may go, per side */
        double max_below;
        double gap;            /* the least room between two boxes (a leader may pass 1.5 pt
                                * from a box) */
        double gap_x;          /* the least room between two boxes side by side, when more
                                * than @gap: lines of neighbouring labels 4 pt apart read
                                * as one line */
} LabelLimits;

typedef struct LabelPlacement {
        bool placed;           /* false: no room; the caller lists it elsewhere */
        LabelSide side;
        double x;              /* the box's left edge */
        double depth;          /* distance from the axis line to the box's near edge */
} LabelPlacement;

/**
 * label_place:
 * @boxes: the labels in the order they should be tried, usually by anchor
 * @ret: @n placements, one per box
 *
 * Greedy: each label takes the cheapest position on either side, hanging left,
 * right or centred from its anchor, or beside it on a slanted leader (depth, plus
 * a price for standing aside and for covering anchors still to place), that
 * clears every label and leader placed
 * before it; a tie goes to the side the previous label did not take, so neighbours
 * alternate. A label that fits nowhere within the limits is not placed.
 * Returns: the number of labels placed.
 */
size_t label_place(const LabelBox *boxes, size_t n, const LabelLimits *limits,
                   LabelPlacement *ret);

/* Returns: the x where the leader from @b's anchor meets its box placed at @x: under
 * the anchor when the box spans it, else near the box's corner nearest the anchor
 * (the leader then slants from the axis band to the box). */
double label_leader_end(const LabelBox *b, double x);

/* Returns: how far the placed labels reach from the axis line on @side
 * (the side's clearance when none is there). */
double label_extent(const LabelBox *boxes, const LabelPlacement *placements, size_t n,
                    const LabelLimits *limits, LabelSide side);
