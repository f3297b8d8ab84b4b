/* Tests for plugins/timeline/label-placement.c: labels never overlap each other,
 * a leader, the axis band or the figure's edges. */
#include "../../plugins/timeline/label-placement.h"

#include <stdlib.h>

#include <glib.h>

static const LabelLimits limits = {
        .width = 480, .clear_above = 10, .clear_below = 28,
        .max_above = 200, .max_below = 200, .gap = 4, .gap_x = 9,
};

typedef struct {
        const char *name;
        size_t n;
        guint32 seed;
        double spread;      /* anchors drawn from [center - spread/2, center + spread/2] */
        double center;
        double min_w, max_w, min_h, max_h;
        size_t min_placed;  /* at least this many must find room */
} PlaceCase;

static const PlaceCase place_cases[] = {
        { "30 events in the same month", 30, 1, 6, 240, 40, 120, 10, 30, 2 },
        { "30 events on one day", 30, 2, 0, 240, 60, 120, 20, 30, 2 },
        { "12 events spread over the axis", 12, 3, 460, 240, 50, 120, 10, 30, 12 },
        { "6 events far apart", 6, 4, 400, 240, 40, 100, 10, 20, 6 },
        { "100 random events", 100, 5, 480, 240, 20, 120, 8, 40, 12 },
        { "labels at the left edge", 10, 6, 20, 5, 60, 120, 10, 20, 2 },
        { "labels at the right edge", 10, 7, 20, 476, 60, 120, 10, 20, 2 },
        { "labels wider than the figure", 5, 8, 480, 240, 500, 600, 10, 20, 1 },
        /* issue 4: a crowd of close dates by the figure's edge (the Wikinews GM and
         * Apple sets' last months) all find room, some beside their date on a
         * slanted leader */
        { "seven close dates at the right edge", 7, 10, 70, 440, 110, 120, 20, 30, 7 },
        { "eight close dates near the right edge", 8, 23, 80, 420, 100, 120, 20, 30, 8 },
        { "eight other close dates near the right edge", 8, 29, 80, 420, 100, 120, 20, 30, 8 },
        { "labels taller than a side", 4, 9, 480, 240, 50, 60, 250, 300, 0 },
};

typedef struct {
        double x0, x1, y0, y1;
} Box;

/* how close a leader may pass a label (label-placement.c) */
#define LEADER_GAP 1.5

static bool overlap(Box a, Box b, double gap_x, double gap_y)
{
        return a.x0 < b.x1 + gap_x - 1e-6 && b.x0 < a.x1 + gap_x - 1e-6 &&
               a.y0 < b.y1 + gap_y - 1e-6 && b.y0 < a.y1 + gap_y - 1e-6;
}

/* Whether the leader from (@x0, @y0) to (@x1, @y1) passes within LEADER_GAP of @b:
 * sampled along its length, independently of the placement's own geometry. */
static bool leader_hits(double x0, double y0, double x1, double y1, Box b)
{
        for (int k = 0; k <= 200; k++) {
                double t = k / 200.0, x = x0 + t * (x1 - x0), y = y0 + t * (y1 - y0);
                if (x > b.x0 - LEADER_GAP + 1e-3 && x < b.x1 + LEADER_GAP - 1e-3 && y > b.y0 - LEADER_GAP + 1e-3 &&
                    y < b.y1 + LEADER_GAP - 1e-3)
                        return true;
        }
        return false;
}

/* Whether two leaders leaving the band at @clear cross: their order along the
 * axis changes between the band and the shallower box. */
static bool leaders_cross(double a0, double a1, double clear, double da, double b0, double b1, double db)
{
        double depth = MIN(da, db);
        double ta = (depth - clear) / MAX(da - clear, 1e-9), tb = (depth - clear) / MAX(db - clear, 1e-9);
        double xa = a0 + ta * (a1 - a0), xb = b0 + tb * (b1 - b0);
        return (a0 - b0) * (xa - xb) < -1e-6;
}

/* Checks every rule; returns a description of the first broken one, or NULL. */
static char *check(const LabelBox *boxes, const LabelPlacement *p, size_t n)
{
        for (size_t i = 0; i < n; i++) {
                if (!p[i].placed)
                        continue;
                bool above = p[i].side == LABEL_ABOVE;
                double clear = above ? limits.clear_above : limits.clear_below;
                double max = above ? limits.max_above : limits.max_below;
                Box bi = { p[i].x, p[i].x + boxes[i].width, p[i].depth, p[i].depth + boxes[i].height };
                double end = label_leader_end(&boxes[i], p[i].x);
                if (p[i].depth < clear - 1e-6 || bi.y1 > max + 1e-6)
                        return g_strdup_printf("label %zu outside its side's band", i);
                if (boxes[i].width <= limits.width && (bi.x0 < -1e-6 || bi.x1 > limits.width + 1e-6))
                        return g_strdup_printf("label %zu outside the figure", i);
                for (size_t j = 0; j < n; j++) {
                        if (j == i || !p[j].placed || p[j].side != p[i].side)
                                continue;
                        Box bj = { p[j].x, p[j].x + boxes[j].width, p[j].depth,
                                   p[j].depth + boxes[j].height };
                        /* side by side, labels keep gap_x apart so their lines do
                         * not read across (stock set: "...would not sustain its |
                         * unemployment numbers released by") */
                        if (j > i && overlap(bi, bj, limits.gap_x, limits.gap))
                                return g_strdup_printf("labels %zu and %zu overlap", i, j);
                        if (leader_hits(boxes[i].anchor, clear, end, p[i].depth, bj))
                                return g_strdup_printf("leader %zu crosses label %zu", i, j);
                        double end_j = label_leader_end(&boxes[j], p[j].x);
                        if (j > i && leaders_cross(boxes[i].anchor, end, clear, p[i].depth, boxes[j].anchor, end_j,
                                                   p[j].depth))
                                return g_strdup_printf("leaders %zu and %zu cross", i, j);
                }
        }
        return NULL;
}

static int by_anchor(const void *a, const void *b)
{
        const LabelBox *x = a, *y = b;
        return x->anchor < y->anchor ? -1 : x->anchor > y->anchor;
}

static void test_place(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(place_cases); i++) {
                const PlaceCase *c = &place_cases[i];
                g_autoptr(GRand) rand = g_rand_new_with_seed(c->seed);
                g_autofree LabelBox *boxes = g_new0(LabelBox, c->n);
                g_autofree LabelPlacement *p = g_new0(LabelPlacement, c->n);
                for (size_t k = 0; k < c->n; k++) {
                        boxes[k].anchor = c->center + g_rand_double_range(rand, -0.5, 0.5) * c->spread;
                        boxes[k].anchor = CLAMP(boxes[k].anchor, 0, limits.width);
                        boxes[k].width = g_rand_double_range(rand, c->min_w, c->max_w);
                        boxes[k].height = g_rand_double_range(rand, c->min_h, c->max_h);
                }
                /* the figure tries labels by anchor, left to right */
                qsort(boxes, c->n, sizeof *boxes, by_anchor);
                size_t placed = label_place(boxes, c->n, &limits, p);
                size_t counted = 0;
                for (size_t k = 0; k < c->n; k++)
                        counted += p[k].placed;
                g_autofree char *broken = check(boxes, p, c->n);
                if (broken != NULL || placed != counted || placed < c->min_placed) {
                        g_test_message("case %zu (%s): %zu of %zu placed (want >= %zu): %s", i,
                                       c->name, placed, c->n, c->min_placed,
                                       broken ? broken : "counts");
                        g_test_fail();
                }
        }
}

/* Two neighbours alternate sides, and a lone label sits right at the axis band. */
static void test_alternate(void)
{
        LabelBox boxes[] = { { 100, 80, 20 }, { 130, 80, 20 } };
        LabelPlacement p[2];
        g_assert_cmpuint(label_place(boxes, 2, &limits, p), ==, 2);
        g_assert_true(p[0].side != p[1].side);
        g_assert_cmpfloat(p[0].depth, ==, p[0].side == LABEL_ABOVE ? limits.clear_above
                                                                    : limits.clear_below);
        g_assert_cmpfloat(label_extent(boxes, p, 2, &limits, LABEL_ABOVE), ==,
                          limits.clear_above + 20);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/timeline/label-placement/place", test_place);
        g_test_add_func("/timeline/label-placement/alternate", test_alternate);
        return g_test_run();
}
