/* A broken time axis: segments around clusters of dates.
 * SPDX-License-Identifier: MIT */
#include "axis-break.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

/* A gap must take this share of the span of the cluster it lies in to break the
 * axis there: below it, one scale still shows every cluster at a readable size. */
#define BREAK_SHARE 0.5
/* Two gaps that break together must each take this share of the whole span. */
#define PAIR_SHARE 0.2
/* and at least this many days, so a week's gap in a month never breaks it */
#define BREAK_MIN_DAYS 60
/* A segment shorter than this is widened around its middle, so one day or one
 * week does not fill a whole axis. */
#define MIN_SEGMENT_DAYS 7

static int by_first(const void *a, const void *b)
{
        const AxisInterval *x = a, *y = b;
        return x->first < y->first ? -1 : x->first > y->first ? 1 : 0;
}

/* The widest gap inside sorted[start..end] and where it is; 0 when none. */
static guint32 widest_gap(const AxisInterval *sorted, size_t start, size_t end,
                          size_t *ret_after, guint32 *ret_span)
{
        guint32 reach = sorted[start].last, widest = 0;
        for (size_t i = start + 1; i <= end; i++) {
                if (sorted[i].first > reach && sorted[i].first - reach > widest) {
                        widest = sorted[i].first - reach;
                        *ret_after = i - 1;
                }
                reach = MAX(reach, sorted[i].last);
        }
        *ret_span = reach - sorted[start].first + 1;
        return widest;
}

/* Where the axis breaks, as segments of the sorted intervals. */
typedef struct Plan {
        size_t starts[AXIS_MAX_SEGMENTS];
        size_t ends[AXIS_MAX_SEGMENTS];
        size_t n;
} Plan;

static void plan_split(Plan *p, size_t seg, size_t after)
{
        for (size_t s = p->n; s > seg + 1; s--) {
                p->starts[s] = p->starts[s - 1];
                p->ends[s] = p->ends[s - 1];
        }
        p->starts[seg + 1] = after + 1;
        p->ends[seg + 1] = p->ends[seg];
        p->ends[seg] = after;
        p->n++;
}

static size_t plan_find(const Plan *p, size_t index)
{
        size_t s = 0;
        while (s + 1 < p->n && index > p->ends[s])
                s++;
        return s;
}

/* Breaks the two widest gaps together when each takes a fifth of the span and
 * together they take half: three clusters with two wide gaps between them (1976;
 * 1989-91; 2003-11) squash each other though neither gap alone would break. */
static void plan_pair(Plan *p, const AxisInterval *sorted, size_t n)
{
        guint32 reach = sorted[0].last, gaps[2] = { 0, 0 };
        size_t afters[2] = { 0, 0 };
        for (size_t i = 1; i < n; i++) {
                guint32 gap = sorted[i].first > reach ? sorted[i].first - reach : 0;
                if (gap > gaps[1]) {
                        size_t slot = gap > gaps[0] ? 0 : 1;
                        if (slot == 0) {
                                gaps[1] = gaps[0];
                                afters[1] = afters[0];
                        }
                        gaps[slot] = gap;
                        afters[slot] = i - 1;
                }
                reach = MAX(reach, sorted[i].last);
        }
        double span = reach - sorted[0].first + 1;
        if (gaps[1] < BREAK_MIN_DAYS || gaps[1] < PAIR_SHARE * span ||
            gaps[0] + gaps[1] < BREAK_SHARE * span)
                return;
        size_t lo = MIN(afters[0], afters[1]), hi = MAX(afters[0], afters[1]);
        /* three lone dates squash nothing */
        if (lo + 1 == 1 && hi - lo == 1 && n - 1 - hi == 1)
                return;
        plan_split(p, 0, lo);
        plan_split(p, plan_find(p, hi), hi);
}

/* Then splits clusters apart one break at a time, each time at the gap that takes
 * the largest share of its own cluster's span: a lone far date breaks off first,
 * and a second outlier on the other side still breaks off after it. */
static void plan_single(Plan *p, const AxisInterval *sorted)
{
        while (p->n < AXIS_MAX_SEGMENTS) {
                double best_share = 0;
                size_t best_seg = 0, best_after = 0;
                for (size_t s = 0; s < p->n; s++) {
                        size_t after = 0;
                        guint32 span = 1;
                        guint32 gap = widest_gap(sorted, p->starts[s], p->ends[s], &after, &span);
                        double share = (double) gap / span;
                        /* two lone dates far apart squash nothing: a break must give
                         * room to a side with more than one date */
                        bool crowded = after > p->starts[s] || p->ends[s] > after + 1;
                        if (gap >= BREAK_MIN_DAYS && share >= BREAK_SHARE && crowded &&
                            share > best_share) {
                                best_share = share;
                                best_seg = s;
                                best_after = after;
                        }
                }
                if (best_share == 0)
                        break;
                plan_split(p, best_seg, best_after);
        }
}

/* Fills @ret_after with the index after which each break falls, in order. */
static size_t find_breaks(const AxisInterval *sorted, size_t n,
                          size_t ret_after[AXIS_MAX_SEGMENTS - 1])
{
        Plan p = { .starts = { 0 }, .ends = { n - 1 }, .n = 1 };
        plan_pair(&p, sorted, n);
        plan_single(&p, sorted);
        for (size_t s = 0; s + 1 < p.n; s++)
                ret_after[s] = p.ends[s];
        return p.n - 1;
}

static void pad_segment(AxisSegment *s)
{
        guint32 span = s->last - s->first + 1;
        if (span < MIN_SEGMENT_DAYS) {
                guint32 extra = MIN_SEGMENT_DAYS - span;
                s->first = s->first > extra / 2 + 1 ? s->first - extra / 2 : 1;
                s->last = s->first + MIN_SEGMENT_DAYS - 1;
                span = MIN_SEGMENT_DAYS;
        }
        /* room for a marker's radius at either end */
        guint32 pad = (guint32) ceil(span * 0.04);
        s->first = s->first > pad + 1 ? s->first - pad : 1;
        s->last += pad;
}

/* Shares @width by span, with a floor per segment so a lone early date stays legible. */
static void share_width(AxisSegment *segs, size_t n, double width, double gap)
{
        double avail = width - gap * (double) (n - 1), floor_w = avail / 6.0;
        double spans[AXIS_MAX_SEGMENTS];
        for (size_t i = 0; i < n; i++)
                spans[i] = segs[i].last - segs[i].first + 1;
        double w[AXIS_MAX_SEGMENTS];
        /* two rounds settle it: at most two segments can fall under the floor */
        bool fixed[AXIS_MAX_SEGMENTS] = { false };
        for (int round = 0; round < AXIS_MAX_SEGMENTS; round++) {
                double free_w = avail, free_span = 0;
                for (size_t i = 0; i < n; i++) {
                        if (fixed[i])
                                free_w -= floor_w;
                        else
                                free_span += spans[i];
                }
                bool changed = false;
                for (size_t i = 0; i < n; i++) {
                        w[i] = fixed[i] ? floor_w : free_w * spans[i] / free_span;
                        if (!fixed[i] && w[i] < floor_w) {
                                fixed[i] = true;
                                changed = true;
                        }
                }
                if (!changed)
                        break;
        }
        double x = 0;
        for (size_t i = 0; i < n; i++) {
                segs[i].x0 = x;
                segs[i].x1 = x + w[i];
                x += w[i] + gap;
        }
}

size_t axis_break_plan(const AxisInterval *intervals, size_t n, double width, double gap,
                       AxisSegment ret_segments[AXIS_MAX_SEGMENTS])
{
        g_return_val_if_fail(intervals != NULL && n > 0, 0);
        g_autofree AxisInterval *sorted = g_memdup2(intervals, n * sizeof *intervals);
        qsort(sorted, n, sizeof *sorted, by_first);
        size_t after[AXIS_MAX_SEGMENTS - 1];
        size_t n_breaks = find_breaks(sorted, n, after);
        size_t n_segs = 0, start = 0;
        for (size_t b = 0; b <= n_breaks; b++) {
                size_t end = b < n_breaks ? after[b] : n - 1;
                AxisSegment *s = &ret_segments[n_segs++];
                s->first = sorted[start].first;
                s->last = sorted[start].last;
                for (size_t i = start; i <= end; i++)
                        s->last = MAX(s->last, sorted[i].last);
                pad_segment(s);
                start = end + 1;
        }
        /* padding must not carry a segment into the next one */
        for (size_t i = 0; i + 1 < n_segs; i++) {
                AxisSegment *a = &ret_segments[i], *b = &ret_segments[i + 1];
                if (a->last >= b->first) {
                        guint32 mid = a->last / 2 + b->first / 2;
                        a->last = mid;
                        b->first = mid + 1;
                }
        }
        share_width(ret_segments, n_segs, width, n_segs > 1 ? gap : 0);
        return n_segs;
}

double axis_break_x(const AxisSegment *segments, size_t n, double day)
{
        for (size_t i = 0; i < n; i++) {
                const AxisSegment *s = &segments[i];
                bool before_next = i + 1 == n || day < segments[i + 1].first;
                if (day <= s->last + 1.0 || before_next) {
                        double t = (day - s->first) / (double) (s->last + 1 - s->first);
                        return s->x0 + CLAMP(t, 0.0, 1.0) * (s->x1 - s->x0);
                }
        }
        return segments[n - 1].x1;
}
