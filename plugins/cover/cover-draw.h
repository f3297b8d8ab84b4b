/* The cover's drawn parts: the marking band, the briefing's particulars and the
 * "At a glance" box. Cairo and Pango only (no SDK calls): the glue measures and
 * places them in figures. Text is plain text, never markup. */
#pragma once

#include <stddef.h>

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The report's font family and palette, as the glue read them from the page. */
typedef struct CoverInk {
        const char *family;
        double text[3];
        double muted[3];
        double accent[3];
        double rule[3];
        double background[3];
} CoverInk;

/* One labelled line of the particulars: "BRIEFING DATE   25 November 2024". */
typedef struct CoverField {
        const char *label;
        const char *value;
} CoverField;

/* One figure of the "At a glance" box: a number, its noun, an optional detail line. */
typedef struct CoverCount {
        size_t value;
        const char *label;
        const char *detail;
} CoverCount;

#define COVER_BAND_HEIGHT 28.0
#define COVER_RULE_HEIGHT 16.0
#define COVER_GLANCE_HEIGHT 104.0

/* A filled band across @width with @marking centred in capitals. */
void cover_draw_band(cairo_t *cr, const CoverInk *ink, double width, const char *marking);

/* A short thick accent bar over a hairline: ends the title block. */
void cover_draw_rule(cairo_t *cr, const CoverInk *ink, double width);

/* Returns: the height cover_draw_fields() takes for @fields at @width. */
double cover_fields_height(const CoverInk *ink, double width, const CoverField *fields, size_t n);
void cover_draw_fields(cairo_t *cr, const CoverInk *ink, double width, const CoverField *fields,
                       size_t n);

/* A shaded box titled "At a glance" with @n counts side by side. */
void cover_draw_glance(cairo_t *cr, const CoverInk *ink, double width, const CoverCount *counts,
                       size_t n);

G_END_DECLS
