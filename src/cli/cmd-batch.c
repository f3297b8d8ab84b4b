/* dossier batch: the jobs of a jobs file, each in its own process, with a manifest. */
#include <stdio.h>
#include <unistd.h>

#include <dossier/plugin.h>

#include "cli/cli.h"
#include "pipeline/batch.h"
#include "pipeline/manifest.h"
#include "pipeline/source-date.h"

typedef struct BatchProgress {
        bool terminal;
} BatchProgress;

/* On a terminal: one line rewritten in place, then a line per failure; elsewhere
 * (cron, systemd, CI logs): one plain line per finished job. */
static void show_progress(void *user_data, size_t index, size_t total, const DossierJob *job,
                          const DossierJobResult *result)
{
        const BatchProgress *progress = user_data;

        if (progress->terminal) {
                if (!result) {
                        fprintf(stderr, "\r\033[K[%zu/%zu] %s ...", index, total, job->name);
                } else if (!result->ok) {
                        fprintf(stderr, "\r\033[KFAILED %s: %s\n", job->name, result->error);
                } else if (index + 1 == total) {
                        fprintf(stderr, "\r\033[K[%zu/%zu] done\n", total, total);
                }
                fflush(stderr);
                return;
        }
        if (!result)
                return;
        if (result->ok)
                printf("ok %s %s (%d pages, %.2f s)\n", job->name, result->output, result->pages,
                       result->seconds);
        else
                printf("FAILED %s: %s\n", job->name, result->error);
        for (size_t i = 0; result->warnings && result->warnings[i]; i++)
                printf("  warning: %s\n", result->warnings[i]);
        fflush(stdout);
}

static size_t count_failed(GPtrArray *results)
{
        size_t failed = 0;

        for (guint i = 0; i < results->len; i++)
                failed += !((DossierJobResult *) g_ptr_array_index(results, i))->ok;
        return failed;
}

int cmd_batch(int argc, char **argv)
{
        GOptionEntry entries[] = {{0}};
        g_autoptr(GOptionContext) context = g_option_context_new(
                "JOBS.cfg - run several briefings; a failing job does not stop the others");
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierJobsFile) jobs = NULL;
        g_autoptr(GPtrArray) results = NULL;
        g_autoptr(GDateTime) started = NULL;
        g_autoptr(GDateTime) finished = NULL;
        g_autofree char *self = NULL;
        BatchProgress progress = {.terminal = isatty(STDERR_FILENO)};
        size_t failed;

        g_option_context_add_main_entries(context, entries, NULL);
        if (!g_option_context_parse(context, &argc, &argv, &error))
                return cli_usage_error("batch: %s", error->message);
        if (argc != 2)
                return cli_usage_error("batch: give exactly one jobs file");

        jobs = dossier_jobs_file_load(argv[1], cli_warn_to_stderr, NULL, &error);
        if (!jobs)
                return cli_report_error(error);
        self = g_file_read_link("/proc/self/exe", &error);
        if (!self)
                return cli_report_error(error);

        /* SOURCE_DATE_EPOCH pins the output names' dates for reproducible runs and tests;
         * 'finished' keeps to the same clock, so the manifest never spans years. */
        started = dossier_source_date_get_local();
        gint64 started_us = g_get_monotonic_time();
        results = dossier_batch_run(jobs, self, started, show_progress, &progress);
        finished = g_date_time_add(started, g_get_monotonic_time() - started_us);
        failed = count_failed(results);

        if (jobs->manifest_path &&
            !dossier_manifest_write(jobs->manifest_path, jobs, results, started, finished,
                                    &error)) {
                cli_report_error(error);
                return EXIT_FAILED;
        }
        fprintf(stderr, "dossier: %zu of %u jobs ok, %zu failed%s%s\n", results->len - failed,
                results->len, failed, jobs->manifest_path ? "; manifest: " : "",
                jobs->manifest_path ? jobs->manifest_path : "");
        return failed ? EXIT_FAILED : EXIT_OK;
}
