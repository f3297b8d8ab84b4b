/* The batch jobs file: several briefings, each with its config, inputs and output. */
#pragma once

#include <stdbool.h>

#include <glib.h>

#include "model/doc-host.h"

G_BEGIN_DECLS

/**
 * DossierJob:
 * @name: the job's name, unique in the file
 * @config: (nullable): absolute path of its config; NULL for the shipped one
 * @inputs: absolute glob patterns, NULL-terminated
 * @output_pattern: absolute output path with strftime directives ("%Y-%m-%d")
 * @date: (nullable): `--date` for the job's articles
 * @timeout_seconds: the job is killed after this long
 * @skip_invalid: skip malformed articles with a warning (`dossier run --skip-invalid`)
 * @line: where the job stands in the jobs file
 */
typedef struct DossierJob {
        char *name;
        char *config;
        char **inputs;
        char *output_pattern;
        char *date;
        int timeout_seconds;
        bool skip_invalid;
        int line;
} DossierJob;

/**
 * DossierJobsFile:
 * @manifest_path: (nullable): absolute path of the JSON manifest
 * @jobs: DossierJob *, in file order
 *
 * Relative paths in the file are resolved against the file's folder, so a cron
 * job or systemd unit can run it from anywhere.
 */
typedef struct DossierJobsFile {
        char *path;
        char *manifest_path;
        GPtrArray *jobs;
} DossierJobsFile;

/* Returns: (transfer full): free with dossier_jobs_file_free(); NULL with an error
 * naming FILE:LINE. Unknown keys are warned about through @warn. */
DossierJobsFile *dossier_jobs_file_load(const char *path, DossierWarnFunc warn, void *warn_data,
                                        GError **error);
void dossier_jobs_file_free(DossierJobsFile *jobs);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DossierJobsFile, dossier_jobs_file_free)

G_END_DECLS
