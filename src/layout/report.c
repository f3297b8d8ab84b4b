/* A report: the sections renderers fill, kept in order until the PDF is written.
 * SPDX-License-Identifier: MIT */
#include "layout/report-private.h"

DossierReport *dossier_report_new(const DossierReportStyle *style) {
        g_return_val_if_fail(style != NULL, NULL);
        DossierReport *report = g_new0(DossierReport, 1);
        dossier_report_style_copy(&report->style, style);
        report->sections = g_ptr_array_new_with_free_func((GDestroyNotify) page_free);
        return report;
}

void dossier_report_free(DossierReport *report) {
        if (!report)
                return;
        g_clear_pointer(&report->open, page_free);
        g_ptr_array_unref(report->sections);
        dossier_report_style_clear(&report->style);
        g_free(report);
}

DossierPage *dossier_report_begin_section(DossierReport *report, const char *name) {
        g_return_val_if_fail(report != NULL && name != NULL, NULL);
        g_return_val_if_fail(report->open == NULL, NULL);
        report->open = page_new(report, name);
        return report->open;
}

bool dossier_report_end_section(DossierReport *report, DossierPage *page, GError **error) {
        g_return_val_if_fail(report != NULL && page != NULL, false);
        g_return_val_if_fail(report->open == page, false);
        g_return_val_if_fail(error == NULL || *error == NULL, false);
        report->open = NULL;
        page_settle(page);
        if (page->error) {
                g_propagate_error(error, g_steal_pointer(&page->error));
                page_free(page);
                return false;
        }
        g_ptr_array_add(report->sections, page);
        return true;
}

int dossier_report_get_n_pages(const DossierReport *report) {
        g_return_val_if_fail(report != NULL, 0);
        return report->n_pages;
}
