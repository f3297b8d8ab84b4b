/* The DossierPage block builder: what a renderer calls to fill its section.
 * Nothing is measured here; markup is checked as it comes so that the error
 * names the call that caused it.
 * SPDX-License-Identifier: MIT */
#include <math.h>
#include <stdarg.h>

#include <dossier/error.h>

#include "layout/report-private.h"

#define MAX_COLUMNS 16
/* How much of a bad markup string an error quotes. */
#define MARKUP_EXCERPT 60

void block_free(Block *block) {
        if (!block)
                return;
        g_free(block->text);
        g_free(block->uri);
        g_strfreev(block->headers);
        g_free(block->widths);
        g_clear_pointer(&block->rows, g_ptr_array_unref);
        g_clear_pointer(&block->figure, cairo_surface_destroy);
        g_free(block);
}

DossierPage *page_new(DossierReport *report, const char *name) {
        DossierPage *page = g_new0(DossierPage, 1);
        page->report = report;
        page->name = g_strdup(name);
        page->blocks = g_ptr_array_new_with_free_func((GDestroyNotify) block_free);
        for (int role = 0; role < DOSSIER_N_COLORS; role++) {
                const double *rgb = report->style.colors[role];
                g_snprintf(page->color_hex[role], sizeof page->color_hex[role], "#%02x%02x%02x",
                           (unsigned) (CLAMP(rgb[0], 0, 1) * 255 + 0.5),
                           (unsigned) (CLAMP(rgb[1], 0, 1) * 255 + 0.5),
                           (unsigned) (CLAMP(rgb[2], 0, 1) * 255 + 0.5));
        }
        return page;
}

void page_free(DossierPage *page) {
        if (!page)
                return;
        g_clear_pointer(&page->figure_cr, cairo_destroy);
        g_clear_pointer(&page->figure_surface, cairo_surface_destroy);
        g_ptr_array_unref(page->blocks);
        g_clear_error(&page->error);
        g_free(page->name);
        g_free(page);
}

static void page_set_error(DossierPage *page, const char *format, ...) G_GNUC_PRINTF(2, 3);

static void page_set_error(DossierPage *page, const char *format, ...) {
        if (page->error)
                return;
        va_list args;
        va_start(args, format);
        g_autofree char *message = g_strdup_vprintf(format, args);
        va_end(args);
        page->error = g_error_new_literal(DOSSIER_ERROR, DOSSIER_ERROR_RENDER, message);
}

/* The start of @markup for a message; the text may be invalid UTF-8, which is
 * one of the reasons markup fails. */
static char *markup_excerpt(const char *markup) {
        g_autofree char *valid = g_utf8_make_valid(markup, -1);
        glong n = g_utf8_strlen(valid, -1);
        g_autofree char *start = g_utf8_substring(valid, 0, MIN(n, MARKUP_EXCERPT));
        return g_strconcat(start, n > MARKUP_EXCERPT ? "..." : "", NULL);
}

static bool markup_check(DossierPage *page, const char *markup) {
        g_autoptr(GError) error = NULL;
        if (pango_parse_markup(markup, -1, 0, NULL, NULL, NULL, &error))
                return true;
        g_autofree char *excerpt = markup_excerpt(markup);
        page_set_error(page, "invalid markup '%s': %s", excerpt, error->message);
        return false;
}

static void figure_close(DossierPage *page, bool keep) {
        if (!page->figure_cr)
                return;
        cairo_status_t status = cairo_status(page->figure_cr);
        g_clear_pointer(&page->figure_cr, cairo_destroy);
        if (status != CAIRO_STATUS_SUCCESS)
                page_set_error(page, "figure: %s", cairo_status_to_string(status));
        if (keep && !page->error) {
                Block *block = g_new0(Block, 1);
                block->kind = BLOCK_FIGURE;
                block->figure = g_steal_pointer(&page->figure_surface);
                block->height = page->figure_height;
                g_ptr_array_add(page->blocks, block);
        }
        g_clear_pointer(&page->figure_surface, cairo_surface_destroy);
}

void page_settle(DossierPage *page) {
        figure_close(page, true);
        page->table = NULL;
}

/* Common entry for every block: closes what is open; false when the page has failed. */
static bool page_ready(DossierPage *page) {
        page_settle(page);
        return page->error == NULL;
}

static Block *page_append(DossierPage *page, BlockKind kind) {
        Block *block = g_new0(Block, 1);
        block->kind = kind;
        g_ptr_array_add(page->blocks, block);
        return block;
}

void dossier_page_add_heading(DossierPage *page, int level, const char *text) {
        g_return_if_fail(page != NULL && text != NULL);
        if (!page_ready(page))
                return;
        if (level != 1 && level != 2) {
                page_set_error(page, "heading level %d: must be 1 or 2", level);
                return;
        }
        Block *block = page_append(page, BLOCK_HEADING);
        block->level = level;
        block->text = g_strdup(text);
}

static bool text_style_valid(uint32_t style) {
        return style >= DOSSIER_TEXT_BODY && style <= DOSSIER_TEXT_SUBTITLE;
}

static void page_add_paragraph(DossierPage *page, uint32_t style, const char *markup,
                               const char *uri) {
        if (!page_ready(page))
                return;
        if (!text_style_valid(style)) {
                page_set_error(page, "unknown text style %u", style);
                return;
        }
        if (!markup_check(page, markup))
                return;
        Block *block = page_append(page, BLOCK_TEXT);
        block->style = style;
        block->text = g_strdup(markup);
        block->uri = g_strdup(uri);
}

void dossier_page_add_text(DossierPage *page, uint32_t style, const char *markup) {
        g_return_if_fail(page != NULL && markup != NULL);
        page_add_paragraph(page, style, markup, /* uri= */ NULL);
}

void dossier_page_add_textf(DossierPage *page, uint32_t style, const char *format, ...) {
        g_return_if_fail(page != NULL && format != NULL);
        if (page->error)
                return;
        va_list args;
        va_start(args, format);
        g_autofree char *markup = g_markup_vprintf_escaped(format, args);
        va_end(args);
        page_add_paragraph(page, style, markup, /* uri= */ NULL);
}

void dossier_page_add_link(DossierPage *page, uint32_t style, const char *markup, const char *uri) {
        g_return_if_fail(page != NULL && markup != NULL && uri != NULL);
        page_add_paragraph(page, style, markup, uri);
}

void dossier_page_add_space(DossierPage *page, double points) {
        g_return_if_fail(page != NULL);
        if (!page_ready(page))
                return;
        if (!isfinite(points) || points < 0) {
                page_set_error(page, "space of %g points: must be zero or more", points);
                return;
        }
        page_append(page, BLOCK_SPACE)->space = points;
}

void dossier_page_break(DossierPage *page) {
        g_return_if_fail(page != NULL);
        if (page_ready(page))
                page_append(page, BLOCK_BREAK);
}

static bool widths_valid(size_t n, const double *widths) {
        for (size_t i = 0; widths && i < n; i++)
                if (!isfinite(widths[i]) || widths[i] <= 0)
                        return false;
        return true;
}

void dossier_page_begin_table(DossierPage *page, size_t n_columns, const char *const *headers,
                              const double *widths) {
        g_return_if_fail(page != NULL && headers != NULL);
        if (!page_ready(page))
                return;
        if (n_columns < 1 || n_columns > MAX_COLUMNS) {
                page_set_error(page, "table of %zu columns: must have 1 to %d", n_columns,
                               MAX_COLUMNS);
                return;
        }
        if (!widths_valid(n_columns, widths)) {
                page_set_error(page, "table column widths must be positive");
                return;
        }
        Block *block = page_append(page, BLOCK_TABLE);
        block->n_columns = n_columns;
        block->headers = g_new0(char *, n_columns + 1);
        block->widths = g_new(double, n_columns);
        double total = 0;
        for (size_t i = 0; i < n_columns; i++)
                total += widths ? widths[i] : 1.0;
        for (size_t i = 0; i < n_columns; i++) {
                block->headers[i] = g_strdup(headers[i] ? headers[i] : "");
                block->widths[i] = (widths ? widths[i] : 1.0) / total;
        }
        block->rows = g_ptr_array_new_with_free_func((GDestroyNotify) g_strfreev);
        page->table = block;
}

void dossier_page_add_table_row(DossierPage *page, const char *const *cells) {
        g_return_if_fail(page != NULL && cells != NULL);
        figure_close(page, true);
        if (page->error)
                return;
        Block *table = page->table;
        if (!table) {
                page_set_error(page, "table row outside a table");
                return;
        }
        for (size_t i = 0; i < table->n_columns; i++)
                if (cells[i] && !markup_check(page, cells[i]))
                        return;
        char **row = g_new0(char *, table->n_columns + 1);
        for (size_t i = 0; i < table->n_columns; i++)
                row[i] = g_strdup(cells[i] ? cells[i] : "");
        g_ptr_array_add(table->rows, row);
}

void dossier_page_end_table(DossierPage *page) {
        g_return_if_fail(page != NULL);
        page->table = NULL;
}

cairo_t *dossier_page_begin_figure(DossierPage *page, double height) {
        g_return_val_if_fail(page != NULL, NULL);
        page_ready(page);
        double width = dossier_page_get_content_width(page);
        if (!page->error && (!isfinite(height) || height <= 0))
                page_set_error(page, "figure height %g: must be positive", height);
        /* After an error the renderer still gets a working context; what it draws
         * is thrown away at dossier_page_end_figure(). */
        double h = page->error ? 1.0 : height;
        cairo_rectangle_t extents = { 0, 0, width, h };
        page->figure_surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
        page->figure_cr = cairo_create(page->figure_surface);
        page->figure_height = h;
        return page->figure_cr;
}

void dossier_page_end_figure(DossierPage *page) {
        g_return_if_fail(page != NULL);
        figure_close(page, true);
}

double dossier_page_get_content_width(const DossierPage *page) {
        g_return_val_if_fail(page != NULL, 0);
        const DossierReportStyle *s = &page->report->style;
        return s->paper_width - s->margin_left - s->margin_right;
}

double dossier_page_get_content_height(const DossierPage *page) {
        g_return_val_if_fail(page != NULL, 0);
        const DossierReportStyle *s = &page->report->style;
        return s->paper_height - s->margin_top - s->margin_bottom;
}

const char *dossier_page_get_font_family(const DossierPage *page) {
        g_return_val_if_fail(page != NULL, NULL);
        return page->report->style.font_family;
}

void dossier_page_get_color(const DossierPage *page, uint32_t role, double ret_rgb[3]) {
        g_return_if_fail(page != NULL && ret_rgb != NULL);
        if (role == 0 || role >= DOSSIER_N_COLORS)
                role = DOSSIER_COLOR_TEXT; /* colours may be added: fall back, don't fail */
        for (int i = 0; i < 3; i++)
                ret_rgb[i] = page->report->style.colors[role][i];
}

const char *dossier_page_get_color_hex(const DossierPage *page, uint32_t role) {
        g_return_val_if_fail(page != NULL, "#000000");
        if (role == 0 || role >= DOSSIER_N_COLORS)
                role = DOSSIER_COLOR_TEXT;
        return page->color_hex[role];
}

void dossier_page_set_source_color(const DossierPage *page, cairo_t *cr, uint32_t role) {
        g_return_if_fail(page != NULL && cr != NULL);
        double rgb[3];
        dossier_page_get_color(page, role, rgb);
        cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
}

const char *dossier_page_get_report_value(const DossierPage *page, const char *key) {
        g_return_val_if_fail(page != NULL && key != NULL, NULL);
        const DossierReportStyle *s = &page->report->style;
        const char *value = NULL;
        if (g_str_equal(key, "title"))
                value = s->title;
        else if (g_str_equal(key, "subtitle"))
                value = s->subtitle;
        else if (g_str_equal(key, "marking"))
                value = s->marking;
        else if (g_str_equal(key, "author"))
                value = s->author;
        else if (g_str_equal(key, "date"))
                value = s->date;
        return value && *value ? value : NULL;
}

void dossier_page_fail(DossierPage *page, const char *format, ...) {
        g_return_if_fail(page != NULL && format != NULL);
        if (page->error)
                return;
        va_list args;
        va_start(args, format);
        g_autofree char *message = g_strdup_vprintf(format, args);
        va_end(args);
        page_set_error(page, "%s", message);
}
