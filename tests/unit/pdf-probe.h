/* Looking into PDFs the layout tests wrote, with qpdf and poppler-utils. */
#pragma once

#include <stdbool.h>

#include <glib.h>

G_BEGIN_DECLS

/* Runs @argv (NULL-terminated, found on PATH). Returns: (transfer full) (nullable):
 * its stdout, or NULL when it could not run or exited non-zero. */
char *pdf_probe_run(const char *const *argv);
/* Skips the running test (and returns false) when @tool is not installed. */
bool pdf_probe_have(const char *tool);
/* Returns: (transfer full): `pdftotext -layout` of page @page (0: all pages). */
char *pdf_probe_text(const char *path, int page);
/* Returns: the value of @key in `pdfinfo` (e.g. "Pages"), or NULL. */
char *pdf_probe_info(const char *path, const char *key);
/* Returns: true when `qpdf --check` accepts the file. */
bool pdf_probe_check(const char *path);

G_END_DECLS
