/* Greedy, collision-checked label placement along a time axis.
 * SPDX-License-Identifier: MIT */
#include "label-placement.h"

#include <math.h>
#include <string.h>

#include <glib.h>

/* How far a label's edge stands back from its anchor when it hangs left or right
 * of it, so the leader does not run along the text. */
#define HANG_INSET 3.0
/* The least room between a leader and another label: a thin line may pass closer
 * to text than text may come to text, and clusters of close dates need it. */
#define LEADER_GAP 1.5
/* Where a slanted leader meets its box: this far in from the box's corner. */
#define LEADER_INSET 2.0
/* A box that cannot span its anchor may stand beside it on a slanted leader, as far
 * aside as this many times its depth past the band (steeper reads as "this one"),
 * at this price per point aside, in points of depth. */
#define SLANT_MAX 1.2
#define SLANT_COST 0.6
/* How far aside a box is tried: beyond its anchor by these many points. */
static const double slant_offsets[] = { 8, 24, 48, 80, 120, 170 };
/* What covering a later label's anchor costs, in points of depth. */
#define COVER_COST 30.0
/* Passes that try the labels left without room first. */
#define RETRY_ROUNDS 6

typedef struct Rect {
        double x0, x1, y0, y1; /* y: depth on one side */
} Rect;

/* A leader's slanted part, from its anchor at the axis band to the box. */
typedef struct Segment {
        double x0, y0, x1, y1;
} Segment;

static bool rects_overlap(Rect a, Rect b, double gap_x, double gap_y)
{
        return a.x0 < b.x1 + gap_x && b.x0 < a.x1 + gap_x && a.y0 < b.y1 + gap_y &&
               b.y0 < a.y1 + gap_y;
}

static Rect box_rect(const LabelBox *b, double x, double depth)
{
        return (Rect) { x, x + b->width, depth, depth + b->height };
}

double label_leader_end(const LabelBox *b, double x)
{
        if (b->anchor >= x && b->anchor <= x + b->width)
                return b->anchor;
        if (b->width <= 2 * LEADER_INSET)
                return x + b->width / 2;
        return CLAMP(b->anchor, x + LEADER_INSET, x + b->width - LEADER_INSET);
}

static Segment leader_of(const LabelBox *b, double x, double clear, double depth)
{
        return (Segment) { b->anchor, clear, label_leader_end(b, x), depth };
}

/* Whether @s passes within @gap of @r (Liang-Barsky clipping against the grown box). */
static bool segment_hits(Segment s, Rect r, double gap)
{
        double t0 = 0, t1 = 1, dx = s.x1 - s.x0, dy = s.y1 - s.y0;
        const double p[] = { -dx, dx, -dy, dy };
        const double q[] = { s.x0 - (r.x0 - gap), (r.x1 + gap) - s.x0, s.y0 - (r.y0 - gap), (r.y1 + gap) - s.y0 };
        for (int k = 0; k < 4; k++) {
                if (p[k] == 0) {
                        if (q[k] <= 0)
                                return false;
                        continue;
                }
                double t = q[k] / p[k];
                if (p[k] < 0)
                        t0 = MAX(t0, t);
                else
                        t1 = MIN(t1, t);
                if (t0 >= t1)
                        return false;
        }
        return true;
}

static double cross(double ax, double ay, double bx, double by, double cx, double cy)
{
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/* Whether two leaders cross (both start on the band's edge; touching is no crossing). */
static bool segments_cross(Segment a, Segment b)
{
        double d1 = cross(a.x0, a.y0, a.x1, a.y1, b.x0, b.y0), d2 = cross(a.x0, a.y0, a.x1, a.y1, b.x1, b.y1);
        double d3 = cross(b.x0, b.y0, b.x1, b.y1, a.x0, a.y0), d4 = cross(b.x0, b.y0, b.x1, b.y1, a.x1, a.y1);
        return ((d1 > 1e-9 && d2 < -1e-9) || (d1 < -1e-9 && d2 > 1e-9)) &&
               ((d3 > 1e-9 && d4 < -1e-9) || (d3 < -1e-9 && d4 > 1e-9));
}

/* True when a new label at (@x, @depth) clears every label and leader placed on @side. */
static bool fits(const LabelBox *boxes, const LabelPlacement *ret, size_t n, const LabelBox *b,
                 LabelSide side, double x, double depth, double clear, const LabelLimits *limits)
{
        double gap_x = MAX(limits->gap, limits->gap_x);
        Rect box = box_rect(b, x, depth);
        Segment leader = leader_of(b, x, clear, depth);
        for (size_t i = 0; i < n; i++) {
                const LabelPlacement *p = &ret[i];
                if (!p->placed || p->side != side)
                        continue;
                Rect other = box_rect(&boxes[i], p->x, p->depth);
                Segment other_leader = leader_of(&boxes[i], p->x, clear, p->depth);
                if (rects_overlap(box, other, gap_x, limits->gap) || segment_hits(leader, other, LEADER_GAP) ||
                    segment_hits(other_leader, box, LEADER_GAP) || segments_cross(leader, other_leader))
                        return false;
        }
        return true;
}

static double clamp_x(const LabelBox *b, double x, double width)
{
        double lo = MAX(0.0, b->anchor - b->width), hi = MIN(width - b->width, b->anchor);
        /* the box must span its anchor and stay in the figure; when it cannot do both,
         * staying in the figure wins */
        if (lo > hi)
                return CLAMP(x, 0.0, MAX(0.0, width - b->width));
        return CLAMP(x, lo, hi);
}

/* The shallowest depth on @side where @b fits at @x, or -1. Candidate depths are
 * the clearance and just past each box already there. */
static double shallowest(const LabelBox *boxes, const LabelPlacement *ret, size_t n,
                         const LabelBox *b, LabelSide side, double x, double clear,
                         double max_depth, const LabelLimits *limits)
{
        double best = -1;
        for (size_t i = 0; i <= n; i++) {
                double depth = clear;
                if (i < n) {
                        if (!ret[i].placed || ret[i].side != side)
                                continue;
                        depth = ret[i].depth + boxes[i].height + limits->gap + 0.001;
                }
                if (depth + b->height > max_depth || (best >= 0 && depth >= best))
                        continue;
                double aside = fabs(label_leader_end(b, x) - b->anchor);
                if (aside > 0.5 && aside > SLANT_MAX * (depth - clear))
                        continue;
                if (fits(boxes, ret, n, b, side, x, depth, clear, limits))
                        best = depth;
        }
        return best;
}

/* How many labels still to place (@todo) have their anchor under a box at @x:
 * each of them could then no longer hang deeper on that side, since its leader
 * would cross the box. */
static size_t anchors_covered(const LabelBox *boxes, const size_t *todo, size_t n_todo,
                              const LabelBox *b, double x, double gap)
{
        size_t covered = 0;
        for (size_t k = 0; k < n_todo; k++) {
                double a = boxes[todo[k]].anchor;
                if (a >= x - gap && a <= x + b->width + gap)
                        covered++;
        }
        return covered;
}

static void place_one(const LabelBox *boxes, size_t n, size_t i, const size_t *todo,
                      size_t n_todo, const LabelLimits *limits, LabelSide prefer, bool slant,
                      LabelPlacement *ret)
{
        const LabelBox *b = &boxes[i];
        /* hanging right of the anchor first: labels are placed right to left, so a
         * box that hangs right covers only anchors that are placed already */
        double hangs[3 + 2 * G_N_ELEMENTS(slant_offsets)] = {
                b->anchor - HANG_INSET,
                b->anchor - b->width / 2,
                b->anchor + HANG_INSET - b->width,
        };
        size_t n_hangs = 3;
        for (size_t k = 0; slant && k < G_N_ELEMENTS(slant_offsets); k++) {
                hangs[n_hangs++] = b->anchor + slant_offsets[k];
                hangs[n_hangs++] = b->anchor - slant_offsets[k] - b->width;
        }
        const LabelSide sides[] = { prefer, prefer == LABEL_ABOVE ? LABEL_BELOW : LABEL_ABOVE };
        LabelPlacement best = { .placed = false };
        double best_cost = G_MAXDOUBLE;
        for (size_t s = 0; s < G_N_ELEMENTS(sides); s++) {
                bool above = sides[s] == LABEL_ABOVE;
                double clear = above ? limits->clear_above : limits->clear_below;
                double max_depth = above ? limits->max_above : limits->max_below;
                for (size_t h = 0; h < n_hangs; h++) {
                        double x = h < 3 ? clamp_x(b, hangs[h], limits->width)
                                         : CLAMP(hangs[h], 0.0, MAX(0.0, limits->width - b->width));
                        double depth = shallowest(boxes, ret, n, b, sides[s], x, clear, max_depth,
                                                  limits);
                        if (depth < 0)
                                continue;
                        /* the depth past the clearance, so a side with a deep band (tick
                         * labels) is not punished for it, plus a price for each anchor
                         * still to place that the box would cover */
                        double cost = depth - clear +
                                      COVER_COST * (double) anchors_covered(boxes, todo, n_todo, b,
                                                                            x, LEADER_GAP) +
                                      SLANT_COST * fabs(label_leader_end(b, x) - b->anchor);
                        if (cost < best_cost - 0.01) {
                                best = (LabelPlacement) { true, sides[s], x, depth };
                                best_cost = cost;
                        }
                }
        }
        ret[i] = best;
}

static int by_anchor_desc(const void *pa, const void *pb, void *data)
{
        const LabelBox *boxes = data;
        size_t a = *(const size_t *) pa, b = *(const size_t *) pb;
        if (boxes[a].anchor != boxes[b].anchor)
                return boxes[a].anchor > boxes[b].anchor ? -1 : 1;
        return a < b ? -1 : a > b;
}

/* One greedy pass in the given order; returns how many found room. */
static size_t place_in_order(const LabelBox *boxes, size_t n, const size_t *order,
                             const LabelLimits *limits, bool slant, LabelPlacement *ret)
{
        for (size_t i = 0; i < n; i++)
                ret[i] = (LabelPlacement) { .placed = false };
        size_t n_placed = 0;
        LabelSide last_side = LABEL_BELOW;
        for (size_t k = 0; k < n; k++) {
                size_t i = order[k];
                LabelSide prefer = last_side == LABEL_ABOVE ? LABEL_BELOW : LABEL_ABOVE;
                place_one(boxes, n, i, order + k + 1, n - k - 1, limits, prefer, slant, ret);
                if (ret[i].placed) {
                        n_placed++;
                        last_side = ret[i].side;
                }
        }
        return n_placed;
}

static double total_extent(const LabelBox *boxes, const LabelPlacement *ret, size_t n,
                           const LabelLimits *limits)
{
        return label_extent(boxes, ret, n, limits, LABEL_ABOVE) +
               label_extent(boxes, ret, n, limits, LABEL_BELOW);
}

/* Whether placements @a beat @b: more labels placed, else less room taken. */
static bool better(const LabelBox *boxes, size_t n, const LabelLimits *limits, size_t got_a,
                   const LabelPlacement *a, size_t got_b, const LabelPlacement *b)
{
        return got_a > got_b ||
               (got_a == got_b && total_extent(boxes, a, n, limits) < total_extent(boxes, b, n, limits));
}

/* Greedy passes in anchor order, then with the labels left without room first. */
static size_t place_rounds(const LabelBox *boxes, size_t n, const LabelLimits *limits, bool slant,
                           LabelPlacement *ret)
{
        g_autofree size_t *order = g_new(size_t, n);
        g_autofree size_t *next = g_new(size_t, n);
        g_autofree LabelPlacement *trial = g_new(LabelPlacement, n);
        for (size_t i = 0; i < n; i++)
                order[i] = i;
        g_qsort_with_data(order, (gint) n, sizeof *order, by_anchor_desc, (void *) boxes);
        size_t best = place_in_order(boxes, n, order, limits, slant, ret);
        /* A label that found no room was boxed in by labels placed before it; placing
         * it first lets them step around it. A few rounds settle dense clusters. */
        const LabelPlacement *last = ret; /* the outcome of @order */
        for (int round = 0; round < RETRY_ROUNDS && best < n; round++) {
                size_t m = 0;
                for (size_t k = 0; k < n; k++) {
                        if (!last[order[k]].placed)
                                next[m++] = order[k];
                }
                for (size_t k = 0; k < n; k++) {
                        if (last[order[k]].placed)
                                next[m++] = order[k];
                }
                memcpy(order, next, n * sizeof *order);
                size_t got = place_in_order(boxes, n, order, limits, slant, trial);
                if (better(boxes, n, limits, got, trial, best, ret)) {
                        best = got;
                        memcpy(ret, trial, n * sizeof *ret);
                }
                last = trial;
        }
        return best;
}

size_t label_place(const LabelBox *boxes, size_t n, const LabelLimits *limits,
                   LabelPlacement *ret)
{
        /* straight leaders when they place as many: a slanted one only where a crowd
         * of close dates needs it, and its greedy choices can box others in */
        size_t best = place_rounds(boxes, n, limits, false, ret);
        if (best == n)
                return best;
        g_autofree LabelPlacement *slanted = g_new(LabelPlacement, n);
        size_t got = place_rounds(boxes, n, limits, true, slanted);
        if (got > best) {
                memcpy(ret, slanted, n * sizeof *ret);
                best = got;
        }
        return best;
}

double label_extent(const LabelBox *boxes, const LabelPlacement *placements, size_t n,
                    const LabelLimits *limits, LabelSide side)
{
        double extent = side == LABEL_ABOVE ? limits->clear_above : limits->clear_below;
        for (size_t i = 0; i < n; i++) {
                if (placements[i].placed && placements[i].side == side)
                        extent = MAX(extent, placements[i].depth + boxes[i].height);
        }
        return extent;
}
