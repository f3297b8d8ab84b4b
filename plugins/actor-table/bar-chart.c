/* The actor table's bar chart.
 * SPDX-License-Identifier: MIT */
#include "bar-chart.h"

#include <math.h>

#include <dossier/plugin.h>
#include <pango/pangocairo.h>

#define NAME_SIZE 8.0
#define SMALL_SIZE 7.0
#define LEGEND_H 14.0      /* the legend's row */
#define TOP_GAP 8.0        /* between the legend and the first bar */
#define ROW_H 15.0         /* one bar's row */
#define BAR_H 10.0
#define AXIS_H 14.0        /* the scale's labels under the bars */
#define NAME_GAP 8.0       /* between a name and its bar */
#define GRID_ROOM 42.0     /* the least room between two grid lines */
#define SWATCH 8.0

static const uint32_t type_order[] = {
        DOSSIER_ACTOR_PERSON, DOSSIER_ACTOR_ORG, DOSSIER_ACTOR_PLACE, DOSSIER_ACTOR_OTHER,
};

const char *bar_chart_type_name(uint32_t type)
{
        switch (type) {
        case DOSSIER_ACTOR_PERSON:
                return "Person";
        case DOSSIER_ACTOR_ORG:
                return "Organisation";
        case DOSSIER_ACTOR_PLACE:
                return "Place";
        case DOSSIER_ACTOR_OTHER:
                return "Other";
        default:
                return "Unknown";
        }
}

double bar_chart_get_height(size_t n_rows)
{
        return LEGEND_H + TOP_GAP + ROW_H * (double) n_rows + 4 + AXIS_H;
}

static PangoLayout *text_layout(cairo_t *cr, const BarChartStyle *style, double size,
                                gboolean bold, const char *text)
{
        PangoLayout *layout = pango_cairo_create_layout(cr);
        PangoFontDescription *font = pango_font_description_new();
        pango_font_description_set_family(font, style->font_family);
        pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
        if (bold)
                pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
        pango_layout_set_font_description(layout, font);
        pango_font_description_free(font);
        pango_layout_set_text(layout, text, -1);
        return layout;
}

static double text_width(PangoLayout *layout)
{
        PangoRectangle logical;
        pango_layout_get_extents(layout, NULL, &logical);
        return (double) logical.width / PANGO_SCALE;
}

static double text_height(PangoLayout *layout)
{
        PangoRectangle logical;
        pango_layout_get_extents(layout, NULL, &logical);
        return (double) logical.height / PANGO_SCALE;
}

/* Shows @layout with its vertical middle at @y. */
static void show_centred_v(cairo_t *cr, PangoLayout *layout, double x, double y)
{
        cairo_move_to(cr, x, y - text_height(layout) / 2);
        pango_cairo_show_layout(cr, layout);
}

static void set_rgb(cairo_t *cr, const double rgb[3])
{
        cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
}

static const double *type_rgb(const BarChartStyle *style, uint32_t type)
{
        return style->types[type >= 1 && type <= 4 ? type : DOSSIER_ACTOR_OTHER];
}

/* Organisations get light diagonal hatching on top of their colour: the default
 * amber and the light grey of OTHER come out close in greyscale print. */
static void fill_typed_rect(cairo_t *cr, const BarChartStyle *style, uint32_t type, double x,
                            double y, double w, double h)
{
        set_rgb(cr, type_rgb(style, type));
        cairo_rectangle(cr, x, y, w, h);
        cairo_fill(cr);
        if (type != DOSSIER_ACTOR_ORG)
                return;
        cairo_save(cr);
        cairo_rectangle(cr, x, y, w, h);
        cairo_clip(cr);
        cairo_set_source_rgba(cr, 1, 1, 1, 0.6);
        cairo_set_line_width(cr, 1.0);
        for (double k = x - h; k < x + w; k += 3.5) {
                cairo_move_to(cr, k, y + h);
                cairo_line_to(cr, k + h, y);
        }
        cairo_stroke(cr);
        cairo_restore(cr);
}

static void draw_legend(cairo_t *cr, double width, const ActorRow *rows, size_t n,
                        const BarChartStyle *style)
{
        gboolean present[5] = { FALSE };
        for (size_t i = 0; i < n; i++)
                present[rows[i].type >= 1 && rows[i].type <= 4 ? rows[i].type : 4] = TRUE;
        double x = 0, y = LEGEND_H / 2;
        for (size_t t = 0; t < G_N_ELEMENTS(type_order); t++) {
                uint32_t type = type_order[t];
                if (!present[type])
                        continue;
                fill_typed_rect(cr, style, type, x, y - SWATCH / 2, SWATCH, SWATCH);
                PangoLayout *layout = text_layout(cr, style, SMALL_SIZE, FALSE,
                                                  bar_chart_type_name(type));
                set_rgb(cr, style->text);
                show_centred_v(cr, layout, x + SWATCH + 4, y);
                x += SWATCH + 4 + text_width(layout) + 14;
                g_object_unref(layout);
        }
        (void) width;
}

/* The name column: as wide as the widest name, but at most a third of the chart,
 * and longer names are cut with an ellipsis. */
static double name_column(cairo_t *cr, double width, const ActorRow *rows, size_t n,
                          const BarChartStyle *style)
{
        double widest = 40;
        for (size_t i = 0; i < n; i++) {
                PangoLayout *layout = text_layout(cr, style, NAME_SIZE, FALSE, rows[i].name);
                widest = MAX(widest, text_width(layout));
                g_object_unref(layout);
        }
        return MIN(ceil(widest) + 1, width / 3);
}

static void draw_grid(cairo_t *cr, double x0, double bar_w, size_t axis_max, size_t step,
                      double top, double bottom, const BarChartStyle *style)
{
        cairo_set_line_width(cr, 0.5);
        for (size_t v = 0; v <= axis_max; v += step) {
                double x = x0 + bar_w * (double) v / (double) axis_max;
                set_rgb(cr, v == 0 ? style->muted : style->rule);
                cairo_move_to(cr, x, top);
                cairo_line_to(cr, x, bottom);
                cairo_stroke(cr);
                g_autofree char *label = g_strdup_printf("%zu", v);
                PangoLayout *layout = text_layout(cr, style, SMALL_SIZE, FALSE, label);
                set_rgb(cr, style->muted);
                cairo_move_to(cr, x - text_width(layout) / 2, bottom + 2);
                pango_cairo_show_layout(cr, layout);
                g_object_unref(layout);
        }
}

static void draw_row(cairo_t *cr, const ActorRow *row, double y, double name_w, double x0,
                     double bar_w, size_t axis_max, const BarChartStyle *style)
{
        double mid = y + ROW_H / 2;
        PangoLayout *name = text_layout(cr, style, NAME_SIZE, FALSE, row->name);
        pango_layout_set_width(name, (int) (name_w * PANGO_SCALE));
        pango_layout_set_ellipsize(name, PANGO_ELLIPSIZE_END);
        pango_layout_set_alignment(name, PANGO_ALIGN_RIGHT);
        set_rgb(cr, style->text);
        show_centred_v(cr, name, 0, mid);
        g_object_unref(name);

        double len = MAX(1.0, bar_w * (double) row->mentions / (double) axis_max);
        fill_typed_rect(cr, style, row->type, x0, mid - BAR_H / 2, len, BAR_H);

        g_autofree char *count = g_strdup_printf("%zu", row->mentions);
        PangoLayout *layout = text_layout(cr, style, SMALL_SIZE, TRUE, count);
        set_rgb(cr, style->text);
        show_centred_v(cr, layout, x0 + len + 3, mid);
        g_object_unref(layout);
}

void bar_chart_draw(cairo_t *cr, double width, const ActorRow *rows, size_t n_rows,
                    const BarChartStyle *style)
{
        if (n_rows == 0)
                return;
        cairo_save(cr);
        draw_legend(cr, width, rows, n_rows, style);
        double name_w = name_column(cr, width, rows, n_rows, style);
        double x0 = name_w + NAME_GAP;
        /* room at the end of the longest bar for its count */
        double bar_w = width - x0 - 22;
        size_t max = rows[0].mentions;
        for (size_t i = 1; i < n_rows; i++)
                max = MAX(max, rows[i].mentions);
        size_t step = count_scale_step(max, (size_t) MAX(1.0, floor(bar_w / GRID_ROOM)));
        size_t axis_max = (MAX(max, 1) + step - 1) / step * step;
        double top = LEGEND_H + TOP_GAP, bottom = top + ROW_H * (double) n_rows + 2;
        draw_grid(cr, x0, bar_w, axis_max, step, top - 2, bottom, style);
        for (size_t i = 0; i < n_rows; i++)
                draw_row(cr, &rows[i], top + ROW_H * (double) i, name_w, x0, bar_w, axis_max,
                         style);
        PangoLayout *title = text_layout(cr, style, SMALL_SIZE, FALSE, "Mentions");
        set_rgb(cr, style->muted);
        cairo_move_to(cr, name_w - text_width(title), bottom + 2);
        pango_cairo_show_layout(cr, title);
        g_object_unref(title);
        cairo_restore(cr);
}
