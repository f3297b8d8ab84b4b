/* The timeline figure: layout (groups, axis, labels) and drawing.
 * SPDX-License-Identifier: MIT */
#include "timeline-figure.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "axis-break.h"
#include "axis-ticks.h"
#include "event-select.h"
#include "label-placement.h"
#include "label-text.h"

#define LABEL_FONT_SIZE 7.5
#define TICK_FONT_SIZE 7.0
#define LABEL_MAX_WIDTH 120.0
#define LABEL_GAP 4.0       /* between labels, one above the other */
#define LABEL_GAP_X 9.0     /* between labels side by side: closer, lines read across */
#define MARKER_R 3.4        /* a day's dot */
#define BAR_H 6.0           /* a month's or year's bar */
#define BAR_MIN_WIDTH 5.0   /* narrower ranges get a thin bar or a diamond instead */
#define SPAN_H 12.0         /* a longer span's band */
#define BREAK_GAP 18.0      /* the axis break's width */
#define EDGE 8.0            /* the axis stops short of the figure's sides */
#define TICK_BAND 24.0      /* below the line: tick, label and year */
#define GROUP_MAX_SHOWN 3   /* events listed in one label; the rest as "+N more" */
#define PAD 3.0             /* above the highest and below the lowest label */

/* Events on the very same days share a marker and a label. */
typedef struct Group {
        TimexRange range;
        guint first; /* index of its first event */
        guint n;
        gboolean future;
        double x0, x1, anchor;
        PangoLayout *layout;
} Group;

struct TimelineFigure {
        TimelineStyle style;
        const GPtrArray *events;
        double width, height, axis_y;
        guint32 today;
        AxisSegment segments[AXIS_MAX_SEGMENTS];
        size_t n_segments;
        GArray *groups;
        LabelBox *boxes;
        LabelPlacement *placements;
        LabelLimits limits;
        size_t n_unlabelled;
};

static const TimelineEvent *event_at(const TimelineFigure *f, guint i)
{
        return g_ptr_array_index((GPtrArray *) f->events, i);
}

static void group_events(TimelineFigure *f)
{
        for (guint i = 0; i < f->events->len; i++) {
                const TimelineEvent *e = event_at(f, i);
                Group *last = f->groups->len ? &g_array_index(f->groups, Group, f->groups->len - 1)
                                             : NULL;
                if (last != NULL && last->range.first == e->range.first &&
                    last->range.last == e->range.last) {
                        last->n++;
                        continue;
                }
                Group g = { .range = e->range, .first = i, .n = 1,
                            .future = e->range.first > f->today };
                g_array_append_val(f->groups, g);
        }
}

static void plan_axis(TimelineFigure *f)
{
        g_autofree AxisInterval *iv = g_new(AxisInterval, f->groups->len);
        for (guint i = 0; i < f->groups->len; i++) {
                const Group *g = &g_array_index(f->groups, Group, i);
                iv[i] = (AxisInterval) { g->range.first, g->range.last };
        }
        f->n_segments = axis_break_plan(iv, f->groups->len, f->width - 2 * EDGE, BREAK_GAP,
                                        f->segments);
        for (size_t s = 0; s < f->n_segments; s++) {
                f->segments[s].x0 += EDGE;
                f->segments[s].x1 += EDGE;
        }
        for (guint i = 0; i < f->groups->len; i++) {
                Group *g = &g_array_index(f->groups, Group, i);
                g->x0 = axis_break_x(f->segments, f->n_segments, g->range.first);
                g->x1 = axis_break_x(f->segments, f->n_segments, g->range.last + 1.0);
                g->anchor = (g->x0 + g->x1) / 2;
        }
}

static void color_hex(const double rgb[3], char out[8])
{
        g_snprintf(out, 8, "#%02x%02x%02x", (int) lround(CLAMP(rgb[0], 0, 1) * 255),
                   (int) lround(CLAMP(rgb[1], 0, 1) * 255), (int) lround(CLAMP(rgb[2], 0, 1) * 255));
}

/* Lines an event's text may take: three, or two in a label shared by several. */
static int event_max_lines(const Group *g)
{
        return g->n > 1 ? 2 : 3;
}

/* The label's markup: the date in bold (with "expected" for a future date), then
 * each event's label, shortened at a word's end (@measure has the label's font
 * and width). */
static char *group_markup(const TimelineFigure *f, const Group *g, PangoLayout *measure)
{
        g_autofree char *date = timex_range_format(&g->range);
        g_autoptr(GString) s = g_string_new(NULL);
        g_autofree char *date_esc = g_markup_escape_text(date, -1);
        g_string_append_printf(s, "<b>%s</b>", date_esc);
        if (g->future) {
                char hex[8];
                color_hex(f->style.future, hex);
                g_string_append_printf(s, " <span foreground=\"%s\"><i>expected</i></span>", hex);
        }
        guint shown = MIN(g->n, GROUP_MAX_SHOWN);
        for (guint k = 0; k < shown; k++) {
                const TimelineEvent *e = event_at(f, g->first + k);
                const char *bullet = g->n > 1 ? "\u2022 " : "";
                g_autofree char *fitted = label_text_fit(measure, bullet, e->label,
                                                         event_max_lines(g));
                g_autofree char *label = g_markup_escape_text(fitted, -1);
                g_string_append_printf(s, "\n%s%s", bullet, label);
        }
        if (g->n > shown)
                g_string_append_printf(s, "\n<i>+%u more (see table)</i>", g->n - shown);
        return g_string_free(g_steal_pointer(&s), FALSE);
}

static PangoLayout *make_layout(PangoContext *context, const char *family, double size,
                                const char *markup, double max_width)
{
        PangoLayout *layout = pango_layout_new(context);
        PangoFontDescription *font = pango_font_description_new();
        pango_font_description_set_family(font, family);
        pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
        pango_layout_set_font_description(layout, font);
        pango_font_description_free(font);
        if (max_width > 0) {
                pango_layout_set_width(layout, (int) (max_width * PANGO_SCALE));
                pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
        }
        pango_layout_set_markup(layout, markup, -1);
        return layout;
}

static void layout_size(PangoLayout *layout, double *ret_w, double *ret_h)
{
        PangoRectangle ink, logical;
        pango_layout_get_extents(layout, &ink, &logical);
        *ret_w = (double) (logical.x + logical.width) / PANGO_SCALE;
        *ret_h = (double) logical.height / PANGO_SCALE;
}

/* Measures every label on a recording surface: like the PDF it is vector output
 * without hinted metrics, so sizes match what the page draws. */
static void build_labels(TimelineFigure *f)
{
        cairo_surface_t *surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
        cairo_t *cr = cairo_create(surface);
        PangoContext *context = pango_cairo_create_context(cr);
        PangoLayout *measure = make_layout(context, f->style.font_family, LABEL_FONT_SIZE, "",
                                           LABEL_MAX_WIDTH);
        for (guint i = 0; i < f->groups->len; i++) {
                Group *g = &g_array_index(f->groups, Group, i);
                g_autofree char *markup = group_markup(f, g, measure);
                g->layout = make_layout(context, f->style.font_family, LABEL_FONT_SIZE, markup,
                                        LABEL_MAX_WIDTH);
                /* a word longer than the lines allowed is still cut by Pango */
                pango_layout_set_height(g->layout, -event_max_lines(g));
                LabelBox *b = &f->boxes[i];
                b->anchor = g->anchor;
                layout_size(g->layout, &b->width, &b->height);
        }
        g_object_unref(measure);
        g_object_unref(context);
        cairo_destroy(cr);
        cairo_surface_destroy(surface);
}

static void place_labels(TimelineFigure *f, double max_height)
{
        double side = MIN(200.0, (max_height - 2 * PAD) / 2);
        f->limits = (LabelLimits) {
                .width = f->width,
                .clear_above = MARKER_R + 6,
                .clear_below = TICK_BAND + 4,
                .max_above = side,
                .max_below = side,
                .gap = LABEL_GAP,
                .gap_x = LABEL_GAP_X,
        };
        size_t n = f->groups->len;
        size_t placed = label_place(f->boxes, n, &f->limits, f->placements);
        for (guint i = 0; i < n; i++) {
                if (!f->placements[i].placed)
                        f->n_unlabelled += g_array_index(f->groups, Group, i).n;
        }
        (void) placed;
        double above = label_extent(f->boxes, f->placements, n, &f->limits, LABEL_ABOVE);
        double below = label_extent(f->boxes, f->placements, n, &f->limits, LABEL_BELOW);
        f->axis_y = PAD + above;
        f->height = MIN(max_height, PAD + above + below + PAD);
}

TimelineFigure *timeline_figure_new(const TimelineStyle *style, const GPtrArray *events,
                                    double width, double max_height, guint32 today)
{
        g_return_val_if_fail(style != NULL && events != NULL && events->len > 0, NULL);
        TimelineFigure *f = g_new0(TimelineFigure, 1);
        f->style = *style;
        f->events = events;
        f->width = width;
        f->today = today;
        f->groups = g_array_new(FALSE, TRUE, sizeof(Group));
        group_events(f);
        plan_axis(f);
        f->boxes = g_new0(LabelBox, f->groups->len);
        f->placements = g_new0(LabelPlacement, f->groups->len);
        build_labels(f);
        place_labels(f, max_height);
        return f;
}

void timeline_figure_free(TimelineFigure *f)
{
        if (f == NULL)
                return;
        for (guint i = 0; f->groups != NULL && i < f->groups->len; i++)
                g_clear_object(&g_array_index(f->groups, Group, i).layout);
        g_clear_pointer(&f->groups, g_array_unref);
        g_free(f->boxes);
        g_free(f->placements);
        g_free(f);
}

double timeline_figure_get_height(const TimelineFigure *f)
{
        return f->height;
}

size_t timeline_figure_get_n_unlabelled(const TimelineFigure *f)
{
        return f->n_unlabelled;
}

gboolean timeline_figure_is_broken(const TimelineFigure *f)
{
        return f->n_segments > 1;
}

gboolean timeline_figure_has_future(const TimelineFigure *f)
{
        for (guint i = 0; i < f->groups->len; i++) {
                if (g_array_index(f->groups, Group, i).future)
                        return TRUE;
        }
        return FALSE;
}

size_t timeline_figure_get_n_labels(const TimelineFigure *f)
{
        return f->groups->len;
}

gboolean timeline_figure_get_label_box(const TimelineFigure *f, size_t i, double ret_box[4])
{
        g_return_val_if_fail(i < f->groups->len, FALSE);
        const LabelPlacement *p = &f->placements[i];
        const LabelBox *b = &f->boxes[i];
        if (!p->placed)
                return FALSE;
        ret_box[0] = p->x;
        ret_box[1] = p->side == LABEL_ABOVE ? f->axis_y - p->depth - b->height : f->axis_y + p->depth;
        ret_box[2] = b->width;
        ret_box[3] = b->height;
        return TRUE;
}

void timeline_figure_get_axis_band(const TimelineFigure *f, double *ret_top, double *ret_bottom)
{
        *ret_top = f->axis_y - f->limits.clear_above;
        *ret_bottom = f->axis_y + f->limits.clear_below;
}

/* ---- drawing ------------------------------------------------------------ */

static void set_rgb(cairo_t *cr, const double rgb[3])
{
        cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
}

static void draw_axis(const TimelineFigure *f, cairo_t *cr)
{
        double y = f->axis_y;
        cairo_set_line_width(cr, 1.0);
        set_rgb(cr, f->style.muted);
        for (size_t s = 0; s < f->n_segments; s++) {
                cairo_move_to(cr, f->segments[s].x0, y);
                cairo_line_to(cr, f->segments[s].x1, y);
        }
        cairo_stroke(cr);
        /* the break: two slanted strokes in the gap, as on a broken chart axis */
        for (size_t s = 0; s + 1 < f->n_segments; s++) {
                double mid = (f->segments[s].x1 + f->segments[s + 1].x0) / 2;
                for (int k = -1; k <= 1; k += 2) {
                        cairo_move_to(cr, mid + k * 2.5 - 2.5, y + 5);
                        cairo_line_to(cr, mid + k * 2.5 + 2.5, y - 5);
                }
        }
        cairo_stroke(cr);
}

/* Where a segment's tick labels may go: not into a break's gap, where they would
 * run into the break mark or the next segment's labels. */
typedef struct TickRoom {
        double lo, hi;  /* the label must lie within */
        double min_x;   /* and start right of the last label on its line */
} TickRoom;

/* Draws @markup centred at @x (kept inside the figure) on a knock-out, so a
 * leader passing behind it never runs through the letters; skips it when it has
 * no room. Returns: the right edge the next label must stay clear of. */
static double draw_tick_text(const TimelineFigure *f, cairo_t *cr, PangoContext *context,
                             const char *markup, double x, double y, const TickRoom *room,
                             const double rgb[3])
{
        PangoLayout *layout = make_layout(context, f->style.font_family, TICK_FONT_SIZE, markup, 0);
        double w, h;
        layout_size(layout, &w, &h);
        /* centred under the tick, or slid along so it stays within its room as long
         * as it still stands under the tick (a year tick at a segment's start) */
        double left = CLAMP(x - w / 2, MAX(0.0, room->lo), MIN(f->width, room->hi) - w);
        if (left < room->min_x || left > x || left + w < x) {
                g_object_unref(layout);
                return room->min_x;
        }
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_rectangle(cr, left - 1, y, w + 2, h);
        cairo_fill(cr);
        set_rgb(cr, rgb);
        cairo_move_to(cr, left, y);
        pango_cairo_show_layout(cr, layout);
        g_object_unref(layout);
        return left + w + 4;
}

static void draw_tick_mark(const TimelineFigure *f, cairo_t *cr, double x)
{
        set_rgb(cr, f->style.muted);
        cairo_set_line_width(cr, 0.8);
        cairo_move_to(cr, x, f->axis_y);
        cairo_line_to(cr, x, f->axis_y + 3);
        cairo_stroke(cr);
}

static void draw_ticks(const TimelineFigure *f, cairo_t *cr, PangoContext *context)
{
        double y = f->axis_y;
        TickRoom label_room = { 0, f->width, 0 }, year_room = { 0, f->width, 0 };
        for (size_t s = 0; s < f->n_segments; s++) {
                const AxisSegment *seg = &f->segments[s];
                AxisTick ticks[AXIS_MAX_TICKS];
                AxisStep step;
                size_t n = axis_ticks_choose(seg->first, seg->last, seg->x1 - seg->x0, &step, ticks);
                label_room.lo = year_room.lo = s > 0 ? seg->x0 - 2 : 0;
                label_room.hi = year_room.hi = s + 1 < f->n_segments ? seg->x1 + 2 : f->width;
                for (size_t i = 0; i < n; i++) {
                        /* a day tick stands at noon, where that day's dot is drawn;
                         * month and year ticks mark where the period starts */
                        double noon = step.unit <= AXIS_UNIT_WEEK ? 0.5 : 0.0;
                        double x = axis_break_x(f->segments, f->n_segments, ticks[i].day + noon);
                        draw_tick_mark(f, cr, x);
                        label_room.min_x = draw_tick_text(f, cr, context, ticks[i].label, x,
                                                          y + 4.5, &label_room, f->style.muted);
                        if (ticks[i].context[0] == '\0')
                                continue;
                        g_autofree char *m = g_strdup_printf("<b>%s</b>", ticks[i].context);
                        year_room.min_x = draw_tick_text(f, cr, context, m, x, y + 13.5, &year_room,
                                                         f->style.text);
                }
        }
}

/* The briefing date, as a short dashed stroke across the line: what lies right of
 * it is expected. */
static void draw_today(const TimelineFigure *f, cairo_t *cr)
{
        const AxisSegment *first = &f->segments[0], *last = &f->segments[f->n_segments - 1];
        if (f->today < first->first || f->today > last->last)
                return;
        double x = axis_break_x(f->segments, f->n_segments, f->today + 0.5);
        static const double dash[] = { 1.5, 1.5 };
        cairo_save(cr);
        cairo_set_dash(cr, dash, G_N_ELEMENTS(dash), 0);
        cairo_set_line_width(cr, 0.9);
        set_rgb(cr, f->style.future);
        cairo_move_to(cr, x, f->axis_y - f->limits.clear_above + 2);
        cairo_line_to(cr, x, f->axis_y + 3);
        cairo_stroke(cr);
        cairo_restore(cr);
}

static void diamond(cairo_t *cr, double x, double y, double r)
{
        cairo_move_to(cr, x, y - r);
        cairo_line_to(cr, x + r, y);
        cairo_line_to(cr, x, y + r);
        cairo_line_to(cr, x - r, y);
        cairo_close_path(cr);
}

static gboolean is_span(const Group *g)
{
        return g->range.grain > TIMEX_GRAIN_MONTH && g->x1 - g->x0 >= BAR_MIN_WIDTH;
}

/* Fills the current path solid (past) or white with a dashed outline (expected). */
static void finish_shape(cairo_t *cr, const double rgb[3], gboolean future)
{
        static const double dash[] = { 2.0, 1.2 };
        if (future) {
                cairo_set_source_rgb(cr, 1, 1, 1);
                cairo_fill_preserve(cr);
                cairo_set_dash(cr, dash, G_N_ELEMENTS(dash), 0);
                set_rgb(cr, rgb);
        } else {
                /* a white edge keeps touching shapes (October, November) apart */
                set_rgb(cr, rgb);
                cairo_fill_preserve(cr);
                cairo_set_source_rgb(cr, 1, 1, 1);
        }
        cairo_set_line_width(cr, 1.0);
        cairo_stroke(cr);
}

/* A season, quarter or year: a light band between brackets, so month bars and
 * days inside it stay visible; its diamond (draw_span_middle()) goes on top. */
static void draw_span(const TimelineFigure *f, cairo_t *cr, const Group *g)
{
        const double *rgb = g->future ? f->style.future : f->style.past;
        double y = f->axis_y, h = SPAN_H;
        cairo_save(cr);
        cairo_set_source_rgba(cr, rgb[0], rgb[1], rgb[2], g->future ? 0.08 : 0.16);
        cairo_rectangle(cr, g->x0, y - h / 2, g->x1 - g->x0, h);
        cairo_fill(cr);
        set_rgb(cr, rgb);
        cairo_set_line_width(cr, 0.9);
        for (int k = 0; k < 2; k++) {
                double x = k ? g->x1 - 0.45 : g->x0 + 0.45;
                cairo_move_to(cr, x, y - h / 2);
                cairo_line_to(cr, x, y + h / 2);
        }
        cairo_stroke(cr);
        cairo_restore(cr);
}

static void draw_span_middle(const TimelineFigure *f, cairo_t *cr, const Group *g)
{
        cairo_save(cr);
        diamond(cr, g->anchor, f->axis_y, MARKER_R + 0.6);
        finish_shape(cr, g->future ? f->style.future : f->style.past, g->future);
        cairo_restore(cr);
}

/* Past events are filled, expected ones hollow and dashed, so the difference
 * survives greyscale print; the shape says the precision: a dot for a day, a bar
 * as long as the week or month (a thin upright one when that is too short to see),
 * a band with a diamond for anything longer (just the diamond when too short). */
static void draw_marker(const TimelineFigure *f, cairo_t *cr, const Group *g)
{
        const double *rgb = g->future ? f->style.future : f->style.past;
        double y = f->axis_y;
        cairo_save(cr);
        if (g->range.grain == TIMEX_GRAIN_DAY)
                cairo_arc(cr, g->anchor, y, MARKER_R, 0, 2 * G_PI);
        else if (g->range.grain > TIMEX_GRAIN_MONTH)
                diamond(cr, g->anchor, y, MARKER_R + 0.6);
        else if (g->x1 - g->x0 >= BAR_MIN_WIDTH)
                cairo_rectangle(cr, g->x0, y - BAR_H / 2, g->x1 - g->x0, BAR_H);
        else /* a month too short to see: a thin upright bar, narrower than its neighbours' gap */
                cairo_rectangle(cr, g->anchor - 1.5, y - BAR_H / 2 - 1, 3, BAR_H + 2);
        finish_shape(cr, rgb, g->future);
        cairo_restore(cr);
}

static void draw_leader(const TimelineFigure *f, cairo_t *cr, const Group *g,
                        const LabelPlacement *p, const LabelBox *b)
{
        double dir = p->side == LABEL_ABOVE ? -1 : 1;
        double from = f->axis_y + dir * (MARKER_R + 1.5);
        double to = f->axis_y + dir * p->depth;
        /* straight out of the axis band, then slanted to a box that stands aside */
        double knee = f->axis_y + dir * (p->side == LABEL_ABOVE ? f->limits.clear_above : f->limits.clear_below);
        double end = label_leader_end(b, p->x);
        cairo_save(cr);
        if (g->future) {
                static const double dash[] = { 2.0, 1.5 };
                cairo_set_dash(cr, dash, G_N_ELEMENTS(dash), 0);
                set_rgb(cr, f->style.future);
        } else {
                set_rgb(cr, f->style.muted);
        }
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, b->anchor, from);
        if (fabs(end - b->anchor) > 0.01)
                cairo_line_to(cr, b->anchor, knee);
        cairo_line_to(cr, end, to);
        cairo_stroke(cr);
        cairo_restore(cr);
}

static void draw_label(const TimelineFigure *f, cairo_t *cr, const Group *g,
                       const LabelPlacement *p, const LabelBox *b)
{
        double top = p->side == LABEL_ABOVE ? f->axis_y - p->depth - b->height
                                            : f->axis_y + p->depth;
        pango_cairo_update_layout(cr, g->layout);
        set_rgb(cr, f->style.text);
        cairo_move_to(cr, p->x, top);
        pango_cairo_show_layout(cr, g->layout);
}

void timeline_figure_draw(const TimelineFigure *f, cairo_t *cr)
{
        g_return_if_fail(f != NULL && cr != NULL);
        PangoContext *context = pango_cairo_create_context(cr);
        cairo_save(cr);
        for (guint i = 0; i < f->groups->len; i++) {
                if (f->placements[i].placed)
                        draw_leader(f, cr, &g_array_index(f->groups, Group, i),
                                    &f->placements[i], &f->boxes[i]);
        }
        draw_axis(f, cr);
        draw_ticks(f, cr, context);
        draw_today(f, cr);
        /* long spans first, underneath the bars and dots inside them */
        for (guint i = 0; i < f->groups->len; i++) {
                const Group *g = &g_array_index(f->groups, Group, i);
                if (is_span(g))
                        draw_span(f, cr, g);
        }
        for (guint i = 0; i < f->groups->len; i++) {
                const Group *g = &g_array_index(f->groups, Group, i);
                if (!is_span(g))
                        draw_marker(f, cr, g);
        }
        for (guint i = 0; i < f->groups->len; i++) {
                const Group *g = &g_array_index(f->groups, Group, i);
                if (is_span(g))
                        draw_span_middle(f, cr, g);
        }
        for (guint i = 0; i < f->groups->len; i++) {
                if (f->placements[i].placed)
                        draw_label(f, cr, &g_array_index(f->groups, Group, i),
                                   &f->placements[i], &f->boxes[i]);
        }
        cairo_restore(cr);
        g_object_unref(context);
}
