/* The layout layer's own types: the blocks a renderer adds, the report that holds
 * them, and the boxes the flow measures and places on sheets (physical pages).
 * Nothing outside src/layout/ includes this. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "layout/report.h"

G_BEGIN_DECLS

typedef enum {
        BLOCK_HEADING,
        BLOCK_TEXT,
        BLOCK_SPACE,
        BLOCK_BREAK,
        BLOCK_TABLE,
        BLOCK_FIGURE,
} BlockKind;

/* One thing a renderer added, as it asked for it; measuring happens later. */
typedef struct Block {
        BlockKind kind;
        int level;          /* heading: 1 or 2 */
        uint32_t style;     /* text: DOSSIER_TEXT_* */
        char *text;         /* heading: plain text; text: validated markup */
        char *uri;          /* text: (nullable) link target */
        double space;       /* space: points */
        size_t n_columns;   /* table */
        char **headers;     /* table: n_columns plain-text titles */
        double *widths;     /* table: n_columns fractions summing to 1 */
        GPtrArray *rows;    /* table: char ** of n_columns validated markup cells */
        cairo_surface_t *figure; /* figure: recording surface, content width x height */
        double height;      /* figure: points */
} Block;

void block_free(Block *block);

/* A section as a renderer builds it. */
struct DossierPage {
        DossierReport *report;
        char *name;
        GPtrArray *blocks;   /* Block *, owned */
        Block *table;        /* the open table, in blocks, or NULL */
        cairo_surface_t *figure_surface; /* the open figure, or NULL */
        cairo_t *figure_cr;
        double figure_height;
        GError *error;       /* the first error; later calls do nothing */
        char color_hex[DOSSIER_N_COLORS][8]; /* "#rrggbb" for markup, from the style */
};

DossierPage *page_new(DossierReport *report, const char *name);
void page_free(DossierPage *page);
/* Ends an open table or figure: the next block, or the section's end, closes them. */
void page_settle(DossierPage *page);

struct DossierReport {
        DossierReportStyle style;
        GPtrArray *sections; /* DossierPage *, closed without error, in order */
        DossierPage *open;
        int n_pages;
};

/* -- typography: what each text style looks like */

typedef struct TextLook {
        double size;         /* points */
        PangoWeight weight;
        PangoStyle slant;
        uint32_t color;      /* DOSSIER_COLOR_* */
        double leading;      /* baseline to baseline, in multiples of size */
        double indent;       /* left indent, points */
        double before, after; /* space around the paragraph, points */
        PangoAlignment align;
        bool justify;
} TextLook;

/* Returns: (transfer full): a Pango context drawing on @cr, one point per unit. */
PangoContext *typography_context_new(cairo_t *cr);
void typography_text_look(const DossierReportStyle *style, uint32_t text_style, TextLook *ret);
void typography_heading_look(const DossierReportStyle *style, int level, TextLook *ret);
void typography_cell_look(const DossierReportStyle *style, bool header, TextLook *ret);
PangoLayout *typography_layout_new(PangoContext *context, const DossierReportStyle *style,
                                   const TextLook *look, double width);
void typography_layout_set_content(PangoLayout *layout, const TextLook *look, const char *text,
                                   bool is_markup);

/* Gap between a quotation's accent bar and its text. */
#define QUOTE_BAR_WIDTH 2.5
/* Space between a level-1 heading's last line and its rule, and the rule's width. */
#define HEADING_RULE_GAP 4.0
#define HEADING_RULE_WIDTH 0.8
/* Table cell padding, points. */
#define CELL_PAD_X 5.0
#define CELL_PAD_Y 3.5

/* -- flow: measuring and paginating */

/* One line of a measured paragraph, in points from the layout's top. */
typedef struct LineBox {
        double top, bottom, baseline, x;
} LineBox;

/* A block measured for the content width. */
typedef struct Box {
        const Block *block;
        guint section;         /* index of its section in the report */
        TextLook look;
        PangoLayout *layout;   /* heading, text */
        GArray *lines;         /* LineBox, heading and text */
        double height;         /* heading, figure (scaled): the whole block */
        double scale;          /* figure: 1, or less to fit the content height */
        PangoLayout **cells;   /* table: (1 + rows) * n_columns layouts, header first */
        double *row_heights;   /* table: 1 + rows, header first */
        double *col_x;         /* table: n_columns + 1 edges, points from the left margin */
} Box;

typedef enum {
        PLACE_WHOLE,
        PLACE_LINES,  /* text: lines [first, last) */
        PLACE_ROWS,   /* table: header, then body rows [first, last) */
} PlaceKind;

typedef struct Placement {
        const Box *box;
        PlaceKind kind;
        double y;        /* points from the content area's top */
        unsigned first, last;
        double scale;    /* figure: drawn at this scale (box->scale or less) */
} Placement;

/* A physical page. */
typedef struct Sheet {
        GArray *placements;  /* Placement */
        const char *running_head; /* (nullable) the section heading in force */
        bool is_cover;       /* holds a DOSSIER_TEXT_TITLE: header kept to the marking */
} Sheet;

typedef struct Flow {
        const DossierReportStyle *style;
        double width, height; /* content area */
        GPtrArray *boxes;     /* Box *, owned */
        GPtrArray *sheets;    /* Sheet *, owned */
} Flow;

/* Measures and paginates every section of @report with @context's font setup. */
Flow *flow_new(const DossierReport *report, PangoContext *context);
void flow_free(Flow *flow);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Flow, flow_free)

/* -- measuring (measure.c) */

/* Returns: (transfer full): @block measured for a content area of @width x @height. */
Box *box_measure(const Block *block, PangoContext *context, const DossierReportStyle *style,
                 double width, double height);
void box_free(Box *box);
/* Height of lines [first, last) of a heading or text box. */
double box_lines_height(const Box *box, unsigned first, unsigned last);
unsigned box_n_lines(const Box *box);
unsigned box_n_rows(const Box *box);

/* -- drawing */

typedef struct DrawState {
        cairo_t *cr;
        cairo_surface_t *surface;
        const DossierReportStyle *style;
        PangoContext *context;
        int outline_parent;  /* outline id of the last level-1 heading, or the root */
        guint outline_section; /* the section outline_parent belongs to */
        int page_number;     /* 1-based */
} DrawState;

void draw_sheet(DrawState *state, const Sheet *sheet);
void chrome_draw(DrawState *state, const Sheet *sheet, int n_pages);
void draw_set_color(const DossierReportStyle *style, cairo_t *cr, uint32_t role);

G_END_DECLS
