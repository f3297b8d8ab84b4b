/* Running a jobs file: each job in its own process, so that a crashing plugin or a
 * bad input costs only its own job. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "pipeline/jobs-file.h"

G_BEGIN_DECLS

/**
 * DossierJobResult:
 * @job: (transfer none): the job, owned by the jobs file
 * @inputs: the files the job's globs matched, sorted
 * @output: the output path with its date directives filled in
 * @pages: page count when @ok
 * @error: (nullable): why the job failed
 * @warnings: messages that did not stop the job, NULL-terminated
 */
typedef struct DossierJobResult {
        const DossierJob *job;
        bool ok;
        char **inputs;
        char *output;
        int pages;
        double seconds;
        char *error;
        char **warnings;
} DossierJobResult;

void dossier_job_result_free(DossierJobResult *result);

/**
 * DossierBatchProgressFunc:
 * @result: (nullable): NULL when job @index starts, its result when it ends
 */
typedef void (*DossierBatchProgressFunc)(void *user_data, size_t index, size_t total,
                                         const DossierJob *job, const DossierJobResult *result);

/**
 * dossier_batch_run:
 * @self_exe: the dossier binary, run once per job as `dossier run --status-json ...`
 * @now: the time that fills the output patterns' date directives
 *
 * Runs every job in order; a failing job never stops the others.
 * Returns: (transfer full): DossierJobResult *, one per job, in order.
 */
GPtrArray *dossier_batch_run(const DossierJobsFile *jobs, const char *self_exe, GDateTime *now,
                             DossierBatchProgressFunc progress, void *progress_data);

G_END_DECLS
