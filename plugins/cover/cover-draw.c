/* The cover's drawn parts. */
#include "cover-draw.h"

#include <stdbool.h>

#include <pango/pangocairo.h>

#define LABEL_WIDTH 118.0 /* the particulars' label column */
#define FIELD_PAD 7.0     /* above and below each particular */

static void set_rgb(cairo_t *cr, const double rgb[3]) {
        cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
}

/* A layout in points (absolute sizes), so figures match the page's text. */
static PangoLayout *new_layout(cairo_t *cr, const CoverInk *ink, double size, PangoWeight weight,
                               double width) {
        PangoLayout *layout = pango_cairo_create_layout(cr);
        PangoFontDescription *font = pango_font_description_new();

        pango_font_description_set_family(font, ink->family);
        pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
        pango_font_description_set_weight(font, weight);
        pango_layout_set_font_description(layout, font);
        pango_font_description_free(font);
        if (width > 0)
                pango_layout_set_width(layout, (int) (width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        return layout;
}

/* Small capitals for labels: upper case, spaced out. */
static void set_label_text(PangoLayout *layout, const char *text, double spacing) {
        g_autofree char *upper = g_utf8_strup(text, -1);
        PangoAttrList *attrs = pango_attr_list_new();

        pango_attr_list_insert(attrs, pango_attr_letter_spacing_new((int) (spacing * PANGO_SCALE)));
        pango_layout_set_text(layout, upper, -1);
        pango_layout_set_attributes(layout, attrs);
        pango_attr_list_unref(attrs);
}

static double layout_height(PangoLayout *layout) {
        int w, h;

        pango_layout_get_size(layout, &w, &h);
        return (double) h / PANGO_SCALE;
}

static double layout_width(PangoLayout *layout) {
        int w, h;

        pango_layout_get_size(layout, &w, &h);
        return (double) w / PANGO_SCALE;
}

static void show_at(cairo_t *cr, PangoLayout *layout, double x, double y) {
        cairo_move_to(cr, x, y);
        pango_cairo_show_layout(cr, layout);
}

/* A marking is shown whole: a long one gets tighter and smaller rather than cut;
 * only one too long even at the smallest size is ellipsized. */
static PangoLayout *band_layout(cairo_t *cr, const CoverInk *ink, double room, const char *marking) {
        static const struct {
                double size, spacing;
        } fits[] = { { 11, 3 }, { 11, 1.5 }, { 10, 1 }, { 9, 0.5 }, { 8, 0 } };
        PangoLayout *layout = NULL;

        for (size_t i = 0; i < G_N_ELEMENTS(fits); i++) {
                g_clear_object(&layout);
                layout = new_layout(cr, ink, fits[i].size, PANGO_WEIGHT_BOLD, 0);
                set_label_text(layout, marking, fits[i].spacing);
                if (layout_width(layout) <= room)
                        return layout;
        }
        pango_layout_set_width(layout, (int) (room * PANGO_SCALE));
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
        return layout;
}

void cover_draw_band(cairo_t *cr, const CoverInk *ink, double width, const char *marking) {
        g_autoptr(PangoLayout) layout = band_layout(cr, ink, width - 24, marking);

        set_rgb(cr, ink->accent);
        cairo_rectangle(cr, 0, 0, width, COVER_BAND_HEIGHT);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 1, 1, 1);
        show_at(cr, layout, (width - layout_width(layout)) / 2,
                (COVER_BAND_HEIGHT - layout_height(layout)) / 2);
}

void cover_draw_rule(cairo_t *cr, const CoverInk *ink, double width) {
        set_rgb(cr, ink->rule);
        cairo_rectangle(cr, 0, COVER_RULE_HEIGHT / 2, width, 0.75);
        cairo_fill(cr);
        set_rgb(cr, ink->accent);
        cairo_rectangle(cr, 0, COVER_RULE_HEIGHT / 2 - 1.5, 64, 3.5);
        cairo_fill(cr);
}

/* Lays out one particular's value; its height sets the row's. */
static PangoLayout *field_value(cairo_t *cr, const CoverInk *ink, double width,
                                const CoverField *field) {
        PangoLayout *layout = new_layout(cr, ink, 10.5, PANGO_WEIGHT_NORMAL, width - LABEL_WIDTH);

        pango_layout_set_text(layout, field->value, -1);
        return layout;
}

static double fields_walk(cairo_t *cr, const CoverInk *ink, double width, const CoverField *fields,
                          size_t n, bool draw) {
        double y = 0;

        for (size_t i = 0; i < n; i++) {
                g_autoptr(PangoLayout) value = field_value(cr, ink, width, &fields[i]);
                double row = layout_height(value) + 2 * FIELD_PAD;

                if (draw) {
                        g_autoptr(PangoLayout) label = new_layout(cr, ink, 7.5, PANGO_WEIGHT_BOLD,
                                                                  LABEL_WIDTH - 8);
                        set_label_text(label, fields[i].label, 1.2);
                        set_rgb(cr, ink->muted);
                        show_at(cr, label, 0, y + FIELD_PAD + 2.2);
                        set_rgb(cr, ink->text);
                        show_at(cr, value, LABEL_WIDTH, y + FIELD_PAD);
                        set_rgb(cr, ink->rule);
                        cairo_rectangle(cr, 0, y + row - 0.5, width, 0.5);
                        cairo_fill(cr);
                }
                y += row;
        }
        return y;
}

double cover_fields_height(const CoverInk *ink, double width, const CoverField *fields, size_t n) {
        /* a recording surface measures text as the PDF surface will: unhinted */
        cairo_surface_t *surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
        cairo_t *cr = cairo_create(surface);
        double height = fields_walk(cr, ink, width, fields, n, false);

        cairo_destroy(cr);
        cairo_surface_destroy(surface);
        return height;
}

void cover_draw_fields(cairo_t *cr, const CoverInk *ink, double width, const CoverField *fields,
                       size_t n) {
        (void) fields_walk(cr, ink, width, fields, n, true);
}

static void draw_count(cairo_t *cr, const CoverInk *ink, double x, double cell,
                       const CoverCount *count) {
        g_autofree char *number = g_strdup_printf("%zu", count->value);
        g_autoptr(PangoLayout) big = new_layout(cr, ink, 26.0, PANGO_WEIGHT_BOLD, cell - 24);
        g_autoptr(PangoLayout) noun = new_layout(cr, ink, 10.0, PANGO_WEIGHT_BOLD, cell - 24);
        g_autoptr(PangoLayout) detail = new_layout(cr, ink, 8.0, PANGO_WEIGHT_NORMAL, cell - 24);

        pango_layout_set_text(big, number, -1);
        pango_layout_set_text(noun, count->label, -1);
        pango_layout_set_text(detail, count->detail ? count->detail : "", -1);
        pango_layout_set_ellipsize(detail, PANGO_ELLIPSIZE_END);
        set_rgb(cr, ink->accent);
        show_at(cr, big, x + 16, 30);
        set_rgb(cr, ink->text);
        show_at(cr, noun, x + 16, 64);
        set_rgb(cr, ink->muted);
        show_at(cr, detail, x + 16, 79);
}

void cover_draw_glance(cairo_t *cr, const CoverInk *ink, double width, const CoverCount *counts,
                       size_t n) {
        g_autoptr(PangoLayout) title = new_layout(cr, ink, 7.5, PANGO_WEIGHT_BOLD, 0);
        double cell = n > 0 ? width / (double) n : width;

        set_rgb(cr, ink->background);
        cairo_rectangle(cr, 0, 0, width, COVER_GLANCE_HEIGHT);
        cairo_fill(cr);
        set_rgb(cr, ink->accent);
        cairo_rectangle(cr, 0, 0, 3, COVER_GLANCE_HEIGHT);
        cairo_fill(cr);
        set_label_text(title, "At a glance", 1.2);
        set_rgb(cr, ink->muted);
        show_at(cr, title, 16, 12);
        for (size_t i = 0; i < n; i++) {
                if (i > 0) {
                        set_rgb(cr, ink->rule);
                        cairo_rectangle(cr, (double) i * cell, 34, 0.75, COVER_GLANCE_HEIGHT - 46);
                        cairo_fill(cr);
                }
                draw_count(cr, ink, (double) i * cell, cell, &counts[i]);
        }
}
