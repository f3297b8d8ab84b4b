/* Tests for plugins/timeline/timeline-figure.c: on dense and sparse inputs, labels
 * stay inside the figure, clear of the axis band and of each other, and drawing
 * leaves cairo without error. */
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include "../../plugins/timeline/event-select.h"
#include "../../plugins/timeline/timeline-figure.h"

#define WIDTH 479.0
#define MAX_HEIGHT 500.0

typedef enum {
        SAME_MONTH,  /* every event "2024-06" */
        SAME_DAYS,   /* 2024-06-01, -02, ...: one label each, anchors a few points apart */
        REFERENCE,   /* the reference article's dates, one far in the past */
        DECADES,     /* spread over forty years, mixed precision */
} Spread;

typedef struct {
        const char *name;
        Spread spread;
        size_t n;
        size_t max_events;
        size_t want_labels;      /* groups expected */
        size_t max_unlabelled;
        gboolean want_broken;
} FigureCase;

static const FigureCase figure_cases[] = {
        { "30 events in one month", SAME_MONTH, 30, 30, 1, 0, FALSE },
        { "30 events on 30 days of one month", SAME_DAYS, 30, 30, 30, 15, FALSE },
        { "12 events on 12 days of one month", SAME_DAYS, 12, 12, 12, 0, FALSE },
        { "the reference article", REFERENCE, 6, 12, 6, 0, TRUE },
        { "40 events over forty years", DECADES, 40, 12, 12, 0, FALSE },
};

static const char *const reference_values[] = { "2024", "2024-06", "2024-10",
                                                "2024-11", "2025-01", "2022-01" };

static char *value_for(const FigureCase *c, size_t i, GRand *rand)
{
        switch (c->spread) {
        case SAME_MONTH:
                return g_strdup("2024-06");
        case SAME_DAYS:
                return g_strdup_printf("2024-06-%02zu", i + 1);
        case REFERENCE:
                return g_strdup(reference_values[i % G_N_ELEMENTS(reference_values)]);
        case DECADES:
        default: {
                int year = g_rand_int_range(rand, 1985, 2025);
                if (i % 3 == 0)
                        return g_strdup_printf("%d", year);
                return g_strdup_printf("%d-%02d", year, g_rand_int_range(rand, 1, 13));
        }
        }
}

static gboolean overlap(const double *a, const double *b)
{
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}

static char *check(const TimelineFigure *fig)
{
        double top, bottom, height = timeline_figure_get_height(fig);
        timeline_figure_get_axis_band(fig, &top, &bottom);
        size_t n = timeline_figure_get_n_labels(fig);
        for (size_t i = 0; i < n; i++) {
                double a[4], b[4];
                if (!timeline_figure_get_label_box(fig, i, a))
                        continue;
                if (a[0] < -0.01 || a[0] + a[2] > WIDTH + 0.01 || a[1] < -0.01 ||
                    a[1] + a[3] > height + 0.01)
                        return g_strdup_printf("label %zu outside the figure", i);
                if (a[1] < bottom && a[1] + a[3] > top)
                        return g_strdup_printf("label %zu on the axis band", i);
                for (size_t j = i + 1; j < n; j++) {
                        if (timeline_figure_get_label_box(fig, j, b) && overlap(a, b))
                                return g_strdup_printf("labels %zu and %zu overlap", i, j);
                }
        }
        return NULL;
}

static void test_figure(void)
{
        static const char *const actors[] = { "Donald Trump", "Kim Jong Un" };
        TimelineStyle style = { .font_family = "Lato", .text = { 0.1, 0.1, 0.1 },
                                .muted = { 0.4, 0.4, 0.4 }, .rule = { 0.8, 0.8, 0.8 },
                                .past = { 0.1, 0.3, 0.5 }, .future = { 0.8, 0.2, 0.2 } };
        for (size_t k = 0; k < G_N_ELEMENTS(figure_cases); k++) {
                const FigureCase *c = &figure_cases[k];
                g_autoptr(GRand) rand = g_rand_new_with_seed((guint32) k + 1);
                g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func(g_free);
                g_autofree TimelineEventIn *in = g_new0(TimelineEventIn, c->n);
                for (size_t i = 0; i < c->n; i++) {
                        g_ptr_array_add(values, value_for(c, i, rand));
                        in[i] = (TimelineEventIn) {
                                .value = g_ptr_array_index(values, i),
                                .label = "North Korea signed a landmark cooperation agreement with Russia",
                                .actors = actors + i % 2,
                                .n_actors = 1,
                                .article = (guint32) i,
                        };
                }
                g_autoptr(GPtrArray) events = timeline_events_select(in, c->n, c->max_events, NULL);
                g_autoptr(TimelineFigure) fig = timeline_figure_new(
                        &style, events, WIDTH, MAX_HEIGHT, timex_julian(2024, 11, 25));
                g_autofree char *broken = check(fig);
                size_t unlabelled = timeline_figure_get_n_unlabelled(fig);
                cairo_surface_t *surface =
                        cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
                cairo_t *cr = cairo_create(surface);
                timeline_figure_draw(fig, cr);
                cairo_status_t status = cairo_status(cr);
                cairo_destroy(cr);
                cairo_surface_destroy(surface);
                if (broken != NULL || timeline_figure_get_n_labels(fig) != c->want_labels ||
                    unlabelled > c->max_unlabelled || unlabelled >= c->n ||
                    timeline_figure_is_broken(fig) != c->want_broken ||
                    timeline_figure_get_height(fig) > MAX_HEIGHT || status != CAIRO_STATUS_SUCCESS) {
                        g_test_message("case %zu (%s): %s; %zu labels (want %zu), %zu unlabelled "
                                       "(at most %zu), broken %d, height %.1f, cairo %s", k, c->name,
                                       broken ? broken : "no overlap",
                                       timeline_figure_get_n_labels(fig), c->want_labels,
                                       unlabelled, c->max_unlabelled,
                                       timeline_figure_is_broken(fig),
                                       timeline_figure_get_height(fig),
                                       cairo_status_to_string(status));
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/timeline/figure/layout", test_figure);
        /* Fontconfig's process-long caches are left to the LSan suppressions
         * (tests/lsan.supp): tearing them down at exit races with Pango's
         * font-matching thread and aborts now and then. */
        return g_test_run();
}
