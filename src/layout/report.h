/* A report: the sections renderers fill, paginated and written as one PDF.
 * The host makes one per briefing; renderers see only include/dossier/page.h. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include <dossier/page.h>

G_BEGIN_DECLS

#define DOSSIER_N_COLORS 12 /* indexed by DOSSIER_COLOR_*; slot 0 unused */

/**
 * DossierReportStyle:
 *
 * Everything about the look of a report that the config sets. Strings are owned
 * by the struct: dossier_report_style_init() fills defaults (A4, Lato, the default
 * palette), dossier_report_style_clear() frees them.
 */
typedef struct DossierReportStyle {
        char *title;
        char *subtitle;
        char *marking;     /* "UNCLASSIFIED"; shown in header and footer; may be NULL */
        char *author;      /* author or organisation; may be NULL */
        char *date;        /* the briefing date, YYYY-MM-DD */
        double paper_width, paper_height; /* points */
        double margin_top, margin_right, margin_bottom, margin_left; /* points */
        char *font_family;
        double font_size;  /* body text, points */
        double colors[DOSSIER_N_COLORS][3];
} DossierReportStyle;

void dossier_report_style_init(DossierReportStyle *style);
void dossier_report_style_clear(DossierReportStyle *style);
/* Sets paper_width/height from "A4" or "Letter" (case-insensitive). */
bool dossier_report_style_set_paper(DossierReportStyle *style, const char *name);
/* Parses "#rrggbb" into colour @role. */
bool dossier_report_style_set_color(DossierReportStyle *style, uint32_t role, const char *hex);
/* Fills @dest with a deep copy of @src (clear @dest with dossier_report_style_clear()). */
void dossier_report_style_copy(DossierReportStyle *dest, const DossierReportStyle *src);

typedef struct DossierReport DossierReport;

/* Returns: (transfer full): an empty report that copies @style; free with dossier_report_free(). */
DossierReport *dossier_report_new(const DossierReportStyle *style);
void dossier_report_free(DossierReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DossierReport, dossier_report_free)

/* Returns: (transfer none): a page for the next section, valid until dossier_report_end_section(). */
DossierPage *dossier_report_begin_section(DossierReport *report, const char *name);
/* Closes the section. Returns false with the page's sticky error (the section is dropped). */
bool dossier_report_end_section(DossierReport *report, DossierPage *page, GError **error);

typedef struct DossierPdfMetadata {
        const char *title;
        const char *author;
        const char *subject;
        const char *keywords;
        const char *creator;       /* "dossier 0.1.0" */
        int64_t creation_time;     /* seconds since the epoch (SOURCE_DATE_EPOCH when set) */
} DossierPdfMetadata;

/**
 * dossier_report_write_pdf:
 *
 * Lays out every section (header, footer with "page N of M", outline) and writes
 * the PDF to a temporary file beside @path, renamed over @path only when complete:
 * a failed or interrupted run leaves no partial file under @path and keeps an
 * earlier good one.
 */
bool dossier_report_write_pdf(DossierReport *report, const char *path,
                              const DossierPdfMetadata *metadata, GError **error);
/* Returns: the page count of the last dossier_report_write_pdf(), 0 before. */
int dossier_report_get_n_pages(const DossierReport *report);

/* Registers every font file in @dir with fontconfig for this process. */
bool dossier_fonts_register(const char *dir, GError **error);

G_END_DECLS
