/* A report that uses every block type over many pages, for the layout tests. */
#pragma once

#include "layout/report.h"

G_BEGIN_DECLS

/* Returns: (transfer full): a report with a cover and sections that hold long
 * paragraphs, a 60-row table, figures, quotes, links and headings that fall near
 * a page's bottom; @scale repeats the body sections (1 gives about 8 pages). */
DossierReport *sample_report_new(const DossierReportStyle *style, int scale);

/* The fixed metadata the tests write with (creation time 2024-11-25). */
extern const DossierPdfMetadata sample_metadata;

/* The text of the section headings sample_report_new() adds. */
extern const char *const sample_headings[];

G_END_DECLS
