/* Each job runs as a child `dossier run`: a crash, a hang or a leak in one job
 * cannot touch the others or the batch itself. */
#include "pipeline/batch.h"

#include <glob.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include <dossier/error.h>

void dossier_job_result_free(DossierJobResult *result)
{
        if (!result)
                return;
        g_strfreev(result->inputs);
        g_free(result->output);
        g_free(result->error);
        g_strfreev(result->warnings);
        g_free(result);
}

/* Expands the job's globs; a pattern that matches nothing is an error, since a
 * briefing silently missing its articles is worse than a failed job. */
static char **expand_inputs(const DossierJob *job, GError **error)
{
        g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
        g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);

        for (size_t i = 0; job->inputs[i]; i++) {
                glob_t matches = {0};
                int status = glob(job->inputs[i], GLOB_ERR, NULL, &matches);

                if (status != 0 || matches.gl_pathc == 0) {
                        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                                    "no file matches '%s'", job->inputs[i]);
                        globfree(&matches);
                        return NULL;
                }
                for (size_t j = 0; j < matches.gl_pathc; j++) {
                        if (g_hash_table_contains(seen, matches.gl_pathv[j]))
                                continue;
                        char *copy = g_strdup(matches.gl_pathv[j]);
                        g_ptr_array_add(files, copy);
                        g_hash_table_add(seen, copy);
                }
                globfree(&matches);
        }
        g_ptr_array_add(files, NULL);
        return (char **) g_ptr_array_steal(files, NULL);
}

typedef struct ChildWait {
        GMainLoop *loop;
        GSubprocess *process;
        char *out;
        char *err;
        GError *error;
        bool timed_out;
} ChildWait;

static void child_done(GObject *source, GAsyncResult *result, gpointer user_data)
{
        ChildWait *wait = user_data;

        g_subprocess_communicate_utf8_finish(G_SUBPROCESS(source), result, &wait->out, &wait->err,
                                             &wait->error);
        g_main_loop_quit(wait->loop);
}

static gboolean child_timeout(gpointer user_data)
{
        ChildWait *wait = user_data;

        wait->timed_out = true;
        g_subprocess_force_exit(wait->process);
        return G_SOURCE_REMOVE;
}

static GPtrArray *child_argv(const DossierJob *job, const char *self_exe, const char *output,
                             char **inputs)
{
        GPtrArray *argv = g_ptr_array_new();

        g_ptr_array_add(argv, (char *) self_exe);
        g_ptr_array_add(argv, "run");
        g_ptr_array_add(argv, "--status-json");
        if (job->config) {
                g_ptr_array_add(argv, "--config");
                g_ptr_array_add(argv, job->config);
        }
        if (job->skip_invalid)
                g_ptr_array_add(argv, "--skip-invalid");
        if (job->date && *job->date) {
                g_ptr_array_add(argv, "--date");
                g_ptr_array_add(argv, job->date);
        }
        g_ptr_array_add(argv, "--output");
        g_ptr_array_add(argv, (char *) output);
        g_ptr_array_add(argv, "--");
        for (size_t i = 0; inputs[i]; i++)
                g_ptr_array_add(argv, inputs[i]);
        g_ptr_array_add(argv, NULL);
        return argv;
}

/* Runs the child on a private main context, so the batch needs no loop of its own. */
static bool run_child(const char *const *argv, int timeout_seconds, ChildWait *wait)
{
        g_autoptr(GMainContext) context = g_main_context_new();
        g_autoptr(GSource) timeout = NULL;

        g_main_context_push_thread_default(context);
        wait->process = g_subprocess_newv(argv,
                                          G_SUBPROCESS_FLAGS_STDIN_INHERIT |
                                                  G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                  G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                          &wait->error);
        if (wait->process) {
                wait->loop = g_main_loop_new(context, FALSE);
                timeout = g_timeout_source_new_seconds(timeout_seconds);
                g_source_set_callback(timeout, child_timeout, wait, NULL);
                g_source_attach(timeout, context);
                g_subprocess_communicate_utf8_async(wait->process, NULL, NULL, child_done, wait);
                g_main_loop_run(wait->loop);
                g_source_destroy(timeout);
                g_clear_pointer(&wait->loop, g_main_loop_unref);
        }
        g_main_context_pop_thread_default(context);
        return wait->process != NULL;
}

static char **json_strv(JsonObject *object, const char *member)
{
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new();
        JsonArray *array = json_object_has_member(object, member)
                                   ? json_object_get_array_member(object, member)
                                   : NULL;

        for (guint i = 0; array && i < json_array_get_length(array); i++)
                g_strv_builder_add(builder, json_array_get_string_element(array, i));
        return g_strv_builder_end(builder);
}

/* The child's last word: its JSON status line. */
static bool read_status(const char *out, DossierJobResult *result)
{
        g_autoptr(JsonParser) parser = json_parser_new();
        JsonObject *status;

        if (!out || !*out || !json_parser_load_from_data(parser, out, -1, NULL))
                return false;
        if (!JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser)))
                return false;
        status = json_node_get_object(json_parser_get_root(parser));
        result->ok = json_object_get_boolean_member_with_default(status, "ok", FALSE);
        result->pages = (int) json_object_get_int_member_with_default(status, "pages", 0);
        if (!result->ok)
                result->error = g_strdup(json_object_get_string_member_with_default(
                        status, "error", "failed without a message"));
        result->warnings = json_strv(status, "warnings");
        return true;
}

/* The line of a failed child's stderr that says most: its own last message, else a
 * sanitizer's or the runtime's error line (a crash under ASan exits with 1), else the
 * last line. */
static char *telling_line(const char *text)
{
        g_auto(GStrv) lines = g_strsplit(text ? text : "", "\n", -1);
        const char *own = NULL, *runtime = NULL, *last = NULL;

        for (size_t i = 0; lines[i]; i++) {
                const char *line = g_strstrip(lines[i]);
                if (!*line)
                        continue;
                last = line;
                if (g_str_has_prefix(line, "dossier: ") && !strstr(line, "warning:"))
                        own = line;
                else if (!runtime && strstr(line, "ERROR: "))
                        runtime = line;
        }
        return g_strdup(own ? own : runtime ? runtime : last ? last : "no message");
}

static void judge_child(const ChildWait *wait, const DossierJob *job, DossierJobResult *result)
{
        if (wait->error) {
                result->error = g_strdup_printf("could not start: %s", wait->error->message);
        } else if (wait->timed_out) {
                result->error = g_strdup_printf("killed after the job's timeout of %d s",
                                                job->timeout_seconds);
        } else if (g_subprocess_get_if_signaled(wait->process)) {
                int sig = g_subprocess_get_term_sig(wait->process);
                result->error = g_strdup_printf("crashed: killed by signal %d (%s)", sig,
                                                g_strsignal(sig));
        } else if (!read_status(wait->out, result)) {
                g_autofree char *line = telling_line(wait->err);
                result->error = g_strdup_printf("failed with exit status %d: %s",
                                                g_subprocess_get_exit_status(wait->process),
                                                line);
        }
        if (!result->warnings)
                result->warnings = g_new0(char *, 1);
}

static DossierJobResult *run_job(const DossierJob *job, const char *self_exe, GDateTime *now)
{
        DossierJobResult *result = g_new0(DossierJobResult, 1);
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) argv = NULL;
        ChildWait wait = {0};
        gint64 started = g_get_monotonic_time();

        result->job = job;
        result->output = g_date_time_format(now, job->output_pattern);
        if (!result->output)
                result->output = g_strdup(job->output_pattern);
        result->inputs = expand_inputs(job, &error);
        if (!result->inputs) {
                result->inputs = g_new0(char *, 1);
                result->warnings = g_new0(char *, 1);
                result->error = g_strdup(error->message);
                return result;
        }

        argv = child_argv(job, self_exe, result->output, result->inputs);
        run_child((const char *const *) argv->pdata, job->timeout_seconds, &wait);
        judge_child(&wait, job, result);
        result->seconds = (double) (g_get_monotonic_time() - started) / G_USEC_PER_SEC;

        g_clear_object(&wait.process);
        g_clear_error(&wait.error);
        g_free(wait.out);
        g_free(wait.err);
        return result;
}

GPtrArray *dossier_batch_run(const DossierJobsFile *jobs, const char *self_exe, GDateTime *now,
                             DossierBatchProgressFunc progress, void *progress_data)
{
        GPtrArray *results = g_ptr_array_new_with_free_func(
                (GDestroyNotify) dossier_job_result_free);
        size_t total = jobs->jobs->len;

        for (size_t i = 0; i < total; i++) {
                const DossierJob *job = g_ptr_array_index(jobs->jobs, i);
                DossierJobResult *result;

                if (progress)
                        progress(progress_data, i, total, job, NULL);
                result = run_job(job, self_exe, now);
                g_ptr_array_add(results, result);
                if (progress)
                        progress(progress_data, i, total, job, result);
        }
        return results;
}
