/* The batch manifest: one JSON file saying what each job did. */
#pragma once

#include <stdbool.h>

#include <glib.h>

#include "pipeline/batch.h"

G_BEGIN_DECLS

/* Writes the manifest atomically (temporary file, then rename). */
bool dossier_manifest_write(const char *path, const DossierJobsFile *jobs, GPtrArray *results,
                            GDateTime *started, GDateTime *finished, GError **error);

G_END_DECLS
