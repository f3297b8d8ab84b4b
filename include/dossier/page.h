/* dossier SDK: what a renderer draws with.
 * SPDX-License-Identifier: MIT
 *
 * The host owns the page flow: paper, margins, header and footer, pagination,
 * "page N of M", keeping a heading with what follows it, and repeating a table's
 * header row on each page. A renderer only adds blocks to its section, in order:
 * headings, text (Pango markup), links, tables and figures. Figures are drawn with
 * Cairo into a rectangle of the content width and the height the renderer asks for;
 * the host places them later.
 *
 * Errors stick to the page: the first one is kept and every later call does nothing,
 * so renderer code stays a plain list of calls. The host checks the page once after
 * render() returns.
 *
 * A DossierPage is lent to render() and is valid only during that call.
 *
 * Everything declared here is Since: 0.1 unless its own doc says otherwise. */
#pragma once

#include <stdarg.h>
#include <stdint.h>

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/**
 * DossierPage:
 *
 * A renderer's section of the report. Owned by the host and lent to render(): valid
 * only during that call; never keep it, nor a pointer it returned.
 * Since: 0.1
 */
typedef struct DossierPage DossierPage;

/** Text styles for dossier_page_add_text(). Since: 0.1 */
enum {
        DOSSIER_TEXT_BODY = 1,   /* running text */
        DOSSIER_TEXT_LEAD = 2,   /* larger, for an opening paragraph */
        DOSSIER_TEXT_SMALL = 3,  /* notes, source references */
        DOSSIER_TEXT_QUOTE = 4,  /* an indented quotation */
        DOSSIER_TEXT_MUTED = 5,  /* small and grey: captions, attributions */
        DOSSIER_TEXT_TITLE = 6,  /* the cover's title */
        DOSSIER_TEXT_SUBTITLE = 7,
};

/** Colour roles of the report's palette (set in the config). Since: 0.1 */
enum {
        DOSSIER_COLOR_TEXT = 1,
        DOSSIER_COLOR_MUTED = 2,
        DOSSIER_COLOR_ACCENT = 3,
        DOSSIER_COLOR_RULE = 4,
        DOSSIER_COLOR_PERSON = 5,
        DOSSIER_COLOR_ORG = 6,
        DOSSIER_COLOR_PLACE = 7,
        DOSSIER_COLOR_OTHER = 8,
        DOSSIER_COLOR_PAST = 9,
        DOSSIER_COLOR_FUTURE = 10,
        DOSSIER_COLOR_BACKGROUND = 11, /* light fill for table stripes and panels */
};

/**
 * dossier_page_add_heading:
 * @level: 1 for the section's heading (also a PDF bookmark), 2 for a sub-heading
 *         (a bookmark nested under it)
 * @text: plain text, not markup
 *
 * A heading is never left alone at the bottom of a page.
 */
void dossier_page_add_heading(DossierPage *page, int level, const char *text);

/**
 * dossier_page_add_text:
 * @style: one of DOSSIER_TEXT_*
 * @markup: Pango markup; escape user text with g_markup_escape_text()
 *
 * Adds a paragraph. Invalid markup sets the page's error.
 */
void dossier_page_add_text(DossierPage *page, uint32_t style, const char *markup);

/** Like dossier_page_add_text(), with a printf-style format whose arguments are escaped. */
void dossier_page_add_textf(DossierPage *page, uint32_t style, const char *format, ...)
        G_GNUC_PRINTF(3, 4);

/**
 * dossier_page_add_link:
 * @markup: the paragraph, Pango markup
 * @uri: where a click on the paragraph goes
 *
 * Adds a paragraph that is a clickable link in the PDF.
 */
void dossier_page_add_link(DossierPage *page, uint32_t style, const char *markup, const char *uri);

/** Adds vertical space, in points. */
void dossier_page_add_space(DossierPage *page, double points);

/** Starts a new page (the cover ends with one). */
void dossier_page_break(DossierPage *page);

/**
 * dossier_page_begin_table:
 * @n_columns: 1 to 16
 * @headers: @n_columns plain-text column titles
 * @widths: (nullable): @n_columns relative widths (any positive scale); NULL for equal widths
 *
 * Starts a table; add rows, then call dossier_page_end_table(). Rows are never split
 * across pages; the header row repeats on each page.
 */
void dossier_page_begin_table(DossierPage *page, size_t n_columns, const char *const *headers,
                              const double *widths);
/** Adds a row of @n_columns cells, each Pango markup. */
void dossier_page_add_table_row(DossierPage *page, const char *const *cells);
/** Ends the table begun by dossier_page_begin_table(). */
void dossier_page_end_table(DossierPage *page);

/**
 * dossier_page_begin_figure:
 * @height: the figure's height in points (at most the content height)
 *
 * Starts a figure as wide as the content area (dossier_page_get_content_width()).
 * Draw into the returned context with (0, 0) at the figure's top-left corner and
 * units in points, then call dossier_page_end_figure(). Text in figures should use
 * pango_cairo_create_layout() on this context and the report's font family.
 * Returns: (transfer none): a cairo context valid until dossier_page_end_figure().
 *   It is never NULL, even after an error (a context that draws nowhere).
 */
cairo_t *dossier_page_begin_figure(DossierPage *page, double height);
/** Ends the figure; its cairo context is then gone. */
void dossier_page_end_figure(DossierPage *page);

/** Returns: the width of the content area in points. */
double dossier_page_get_content_width(const DossierPage *page);
/** Returns: the height of the content area in points (the most a figure can take). */
double dossier_page_get_content_height(const DossierPage *page);
/** Returns: (transfer none): the report's font family, for figures. */
const char *dossier_page_get_font_family(const DossierPage *page);
/** Stores colour @role of the report's palette as red, green, blue in [0, 1]; an unknown
 *  role gives the text colour. */
void dossier_page_get_color(const DossierPage *page, uint32_t role, double ret_rgb[3]);
/**
 * dossier_page_get_color_hex:
 * Returns: (transfer none): colour @role as "#rrggbb", for Pango markup
 *   (`<span foreground="%s">`); valid while the page is. An unknown role gives the
 *   text colour.
 */
const char *dossier_page_get_color_hex(const DossierPage *page, uint32_t role);
/** Convenience: cairo_set_source_rgb() with colour @role. */
void dossier_page_set_source_color(const DossierPage *page, cairo_t *cr, uint32_t role);

/** Returns: (transfer none): a report setting ("title", "subtitle", "marking", "author",
 *  "date"), or NULL when unset or empty; valid while the page is. "date" is the briefing
 *  date as YYYY-MM-DD. */
const char *dossier_page_get_report_value(const DossierPage *page, const char *key);

/**
 * dossier_page_fail:
 *
 * Records a renderer's error (the first one wins); the section is then dropped and
 * the run fails with this message.
 */
void dossier_page_fail(DossierPage *page, const char *format, ...) G_GNUC_PRINTF(2, 3);

G_END_DECLS
