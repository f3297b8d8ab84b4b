/* dossier run: one briefing from all the given articles. */
#include <stdio.h>

#include <json-glib/json-glib.h>

#include <dossier/plugin.h>

#include "cli/cli.h"
#include "model/iso-date.h"
#include "pipeline/session.h"

typedef struct RunOptions {
        char *config;
        char *output;
        char *date;
        gboolean status_json;
        gboolean skip_invalid;
        gboolean verbose;
        char **articles;
} RunOptions;

/* In --status-json mode (how `dossier batch` runs each job) nothing is printed until
 * the end: warnings are collected and the outcome is one JSON object on stdout. */
typedef struct RunLog {
        bool collect;
        bool verbose;
        GPtrArray *warnings;
} RunLog;

static void run_log(void *user_data, uint32_t level, const char *message)
{
        RunLog *log = user_data;

        if (log->collect) {
                if (level >= DOSSIER_LOG_WARNING)
                        g_ptr_array_add(log->warnings, g_strdup(message));
                return;
        }
        cli_log_to_stderr(&log->verbose, level, message);
}

static void print_status_json(const RunLog *log, const char *output, int pages, double seconds,
                              const GError *error)
{
        g_autoptr(JsonBuilder) builder = json_builder_new();
        g_autoptr(JsonNode) root = NULL;
        g_autofree char *text = NULL;

        json_builder_begin_object(builder);
        json_builder_set_member_name(builder, "ok");
        json_builder_add_boolean_value(builder, error == NULL);
        json_builder_set_member_name(builder, "output");
        json_builder_add_string_value(builder, output);
        json_builder_set_member_name(builder, "pages");
        json_builder_add_int_value(builder, pages);
        json_builder_set_member_name(builder, "seconds");
        json_builder_add_double_value(builder, seconds);
        json_builder_set_member_name(builder, "error");
        if (error)
                json_builder_add_string_value(builder, error->message);
        else
                json_builder_add_null_value(builder);
        json_builder_set_member_name(builder, "warnings");
        json_builder_begin_array(builder);
        for (guint i = 0; i < log->warnings->len; i++)
                json_builder_add_string_value(builder, g_ptr_array_index(log->warnings, i));
        json_builder_end_array(builder);
        json_builder_end_object(builder);

        root = json_builder_get_root(builder);
        text = json_to_string(root, FALSE);
        printf("%s\n", text);
}

static bool ensure_parent_folder(const char *path, GError **error)
{
        g_autofree char *dir = g_path_get_dirname(path);

        if (g_mkdir_with_parents(dir, 0755) == 0)
                return true;
        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO, "%s: cannot create folder '%s': %s",
                    path, dir, g_strerror(errno));
        return false;
}

static bool run_briefing(const RunOptions *options, RunLog *log, char **ret_output,
                         int *ret_pages, GError **error)
{
        DossierSessionOptions session_options = {
                .config_path = options->config,
                .renderers = true,
                .log = run_log,
                .log_data = log,
        };
        g_autoptr(DossierSession) session = dossier_session_new(&session_options, error);
        g_autoptr(DossierDoc) doc = NULL;
        const DossierConfig *config;

        if (!session)
                return false;
        config = dossier_session_get_config(session);
        *ret_output = g_strdup(options->output      ? options->output
                               : config->output_path ? config->output_path
                                                     : "briefing.pdf");
        doc = dossier_doc_new();
        return dossier_session_load_articles(session, doc, (const char *const *) options->articles,
                                             options->date, options->skip_invalid, error) &&
               dossier_session_extract(session, doc, error) &&
               ensure_parent_folder(*ret_output, error) &&
               dossier_session_render(session, doc, *ret_output, options->date, ret_pages, error);
}

static void run_options_clear(RunOptions *options)
{
        g_free(options->config);
        g_free(options->output);
        g_free(options->date);
        g_strfreev(options->articles);
}

int cmd_run(int argc, char **argv)
{
        RunOptions options = {0};
        GOptionEntry entries[] = {
                {"config", 'c', 0, G_OPTION_ARG_FILENAME, &options.config,
                 "Config file (default: the shipped briefing.cfg)", "CONFIG"},
                {"output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
                 "Where the PDF goes (default: the config's output.path)", "OUT.pdf"},
                {"date", 0, 0, G_OPTION_ARG_STRING, &options.date,
                 "Anchor date for articles without one, and the briefing's date", "YYYY-MM-DD"},
                {"skip-invalid", 0, 0, G_OPTION_ARG_NONE, &options.skip_invalid,
                 "Skip unreadable or malformed articles with a warning instead of failing",
                 NULL},
                {"verbose", 'v', 0, G_OPTION_ARG_NONE, &options.verbose,
                 "Print what the plugins log, not only warnings", NULL},
                {"status-json", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE,
                 &options.status_json, "Print the outcome as JSON (for dossier batch)", NULL},
                {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.articles, NULL,
                 "ARTICLE..."},
                {0},
        };
        g_autoptr(GOptionContext) context = g_option_context_new("ARTICLE... - make a briefing");
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
        g_autofree char *output = NULL;
        RunLog log = {.warnings = warnings};
        gint64 started = g_get_monotonic_time();
        int pages = 0;
        int status;

        g_option_context_add_main_entries(context, entries, NULL);
        if (!g_option_context_parse(context, &argc, &argv, &error)) {
                run_options_clear(&options);
                return cli_usage_error("run: %s", error->message);
        }
        if (!options.articles || !options.articles[0]) {
                run_options_clear(&options);
                return cli_usage_error("run: no article given");
        }
        if (options.date && !dossier_iso_date_is_valid(options.date)) {
                status = cli_usage_error("run: --date must be YYYY-MM-DD, not '%s'", options.date);
                run_options_clear(&options);
                return status;
        }
        log.collect = options.status_json;
        log.verbose = options.verbose;

        status = EXIT_OK;
        if (!run_briefing(&options, &log, &output, &pages, &error))
                status = options.status_json ? EXIT_FAILED : cli_report_error(error);
        double seconds = (double) (g_get_monotonic_time() - started) / G_USEC_PER_SEC;
        if (options.status_json)
                print_status_json(&log, output ? output : "", pages, seconds, error);
        else if (status == EXIT_OK)
                fprintf(stderr, "dossier: wrote %s (%d page%s, %.2f s)\n", output, pages,
                        pages == 1 ? "" : "s", seconds);
        run_options_clear(&options);
        return status;
}
