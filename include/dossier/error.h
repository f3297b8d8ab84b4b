/* dossier SDK: the one error domain.
 * SPDX-License-Identifier: MIT
 *
 * Everything declared here is Since: 0.1 unless its own doc says otherwise. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DOSSIER_ERROR:
 *
 * The GError domain of every error the host or a plugin reports.
 * Since: 0.1
 */
#define DOSSIER_ERROR (dossier_error_quark())

/**
 * DossierErrorCode:
 * @DOSSIER_ERROR_IO: a file could not be read or written
 * @DOSSIER_ERROR_INPUT: an article is malformed (bad UTF-8, NUL byte, too large, bad front matter)
 * @DOSSIER_ERROR_CONFIG: a configuration value is missing, of the wrong type or out of range
 * @DOSSIER_ERROR_PLUGIN: a plugin could not be found, loaded or accepted
 * @DOSSIER_ERROR_RENDER: drawing or writing the PDF failed
 * @DOSSIER_ERROR_FAILED: anything else
 *
 * Codes may be added in later minor versions: every switch over them needs a default.
 * Since: 0.1
 */
typedef enum {
        DOSSIER_ERROR_IO = 1,
        DOSSIER_ERROR_INPUT,
        DOSSIER_ERROR_CONFIG,
        DOSSIER_ERROR_PLUGIN,
        DOSSIER_ERROR_RENDER,
        DOSSIER_ERROR_FAILED,
} DossierErrorCode;

/** Returns: the quark of DOSSIER_ERROR; use the macro instead. */
GQuark dossier_error_quark(void);

G_END_DECLS
