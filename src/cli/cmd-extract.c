/* dossier extract: the extractors' results as JSON lines, one per article. */
#include <stdio.h>

#include <json-glib/json-glib.h>

#include <dossier/plugin.h>

#include "cli/cli.h"
#include "model/iso-date.h"
#include "pipeline/session.h"

typedef struct ExtractOptions {
        char *config;
        char *date;
        gboolean separate;
        gboolean skip_invalid;
        gboolean verbose;
        char **articles;
} ExtractOptions;

static void print_articles(const DossierDoc *doc)
{
        for (size_t i = 0; i < dossier_doc_get_n_articles(doc); i++) {
                g_autoptr(JsonNode) node = dossier_doc_article_to_json(doc, i);
                g_autofree char *line = json_to_string(node, FALSE);
                fputs(line, stdout);
                fputc('\n', stdout);
        }
        fflush(stdout);
}

/* One doc for all articles (as `dossier run` sees them: actors merge across articles),
 * or, with --separate, one doc per article (evaluation sets of unrelated articles). */
static bool extract_articles(DossierSession *session, const ExtractOptions *options,
                             GError **error)
{
        char **articles = options->articles;

        if (!options->separate) {
                g_autoptr(DossierDoc) doc = dossier_doc_new();
                if (!dossier_session_load_articles(session, doc, (const char *const *) articles,
                                                   options->date, options->skip_invalid, error) ||
                    !dossier_session_extract(session, doc, error))
                        return false;
                print_articles(doc);
                return true;
        }
        for (size_t i = 0; articles[i]; i++) {
                const char *one[] = {articles[i], NULL};
                g_autoptr(DossierDoc) doc = dossier_doc_new();
                if (!dossier_session_load_articles(session, doc, one, options->date,
                                                   options->skip_invalid, error)) {
                        if (!options->skip_invalid)
                                return false;
                        g_clear_error(error); /* warned about already: go on */
                        continue;
                }
                if (!dossier_session_extract(session, doc, error))
                        return false;
                print_articles(doc);
        }
        return true;
}

static void extract_options_clear(ExtractOptions *options)
{
        g_free(options->config);
        g_free(options->date);
        g_strfreev(options->articles);
}

int cmd_extract(int argc, char **argv)
{
        ExtractOptions options = {0};
        GOptionEntry entries[] = {
                {"config", 'c', 0, G_OPTION_ARG_FILENAME, &options.config,
                 "Config file (default: the shipped briefing.cfg)", "CONFIG"},
                {"date", 0, 0, G_OPTION_ARG_STRING, &options.date,
                 "Anchor date for articles without one", "YYYY-MM-DD"},
                {"separate", 0, 0, G_OPTION_ARG_NONE, &options.separate,
                 "Treat each article on its own (no merging of actors across articles)", NULL},
                {"skip-invalid", 0, 0, G_OPTION_ARG_NONE, &options.skip_invalid,
                 "Skip unreadable or malformed articles with a warning instead of failing",
                 NULL},
                {"verbose", 'v', 0, G_OPTION_ARG_NONE, &options.verbose,
                 "Print what the plugins log, not only warnings", NULL},
                {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.articles, NULL,
                 "ARTICLE..."},
                {0},
        };
        g_autoptr(GOptionContext) context =
                g_option_context_new("ARTICLE... - print what the extractors find, as JSON lines");
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierSession) session = NULL;
        int status = EXIT_OK;

        g_option_context_add_main_entries(context, entries, NULL);
        if (!g_option_context_parse(context, &argc, &argv, &error)) {
                extract_options_clear(&options);
                return cli_usage_error("extract: %s", error->message);
        }
        if (!options.articles || !options.articles[0]) {
                extract_options_clear(&options);
                return cli_usage_error("extract: no article given");
        }
        if (options.date && !dossier_iso_date_is_valid(options.date)) {
                status = cli_usage_error("extract: --date must be YYYY-MM-DD, not '%s'",
                                         options.date);
                extract_options_clear(&options);
                return status;
        }

        DossierSessionOptions session_options = {
                .config_path = options.config,
                .renderers = false,
                .log = cli_log_to_stderr,
                .log_data = &options.verbose,
        };
        session = dossier_session_new(&session_options, &error);
        if (!session || !extract_articles(session, &options, &error))
                status = cli_report_error(error);
        extract_options_clear(&options);
        return status;
}
