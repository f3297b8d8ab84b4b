/* What libconfig 1.5 does not check before it parses: that the text is UTF-8 (it
 * copies any bytes into strings that end up in Pango and the PDF), and that every
 * @include names a regular file (a folder makes its scanner call exit()). */
#pragma once

#include <stdbool.h>

#include <glib.h>

G_BEGIN_DECLS

/**
 * dossier_config_precheck:
 * @include_dir: the folder relative @include paths are resolved against
 *
 * Checks @path and, recursively, the files it includes. Errors are
 * DOSSIER_ERROR_CONFIG (or _IO) and start with `FILE:LINE: `.
 */
bool dossier_config_precheck(const char *path, const char *include_dir, GError **error);

G_END_DECLS
