/* One config's plugins, loaded once and run over a document. */
#include "pipeline/session.h"

#include <string.h>

#include <dossier/error.h>

#include "dossier-build-config.h"
#include "host/paths.h"
#include "layout/report.h"
#include "pipeline/source-date.h"

struct DossierSession {
        DossierConfig *config;
        char **search_dirs;
        DossierHostContext host_ctx;
        GHashTable *plugins;    /* name -> DossierPlugin*, loaded once even if named twice */
        GPtrArray *extractors;  /* DossierPluginInstance* */
        GPtrArray *renderers;   /* DossierPluginInstance* */
        DossierLogFunc log;
        void *log_data;
};

static void session_warn(void *user_data, const char *message)
{
        DossierSession *session = user_data;

        if (session->log)
                session->log(session->log_data, DOSSIER_LOG_WARNING, message);
}

/* Fonts are registered with fontconfig once per process, before Pango first looks. */
static bool register_fonts_once(GError **error)
{
        static gsize done = 0;
        static bool ok = false;
        static GError *saved_error = NULL;

        if (g_once_init_enter(&done)) {
                g_autofree char *dir = dossier_paths_fonts_dir();
                ok = dossier_fonts_register(dir, &saved_error);
                g_once_init_leave(&done, 1);
        }
        if (!ok && error)
                *error = g_error_copy(saved_error);
        return ok;
}

static char **build_search_dirs(const DossierConfig *config)
{
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new();
        g_auto(GStrv) builtin = dossier_paths_builtin_plugin_dirs();

        if (config->plugin_path)
                g_strv_builder_addv(builder, (const char **) config->plugin_path);
        g_strv_builder_addv(builder, (const char **) builtin);
        return g_strv_builder_end(builder);
}

static DossierPlugin *session_get_plugin(DossierSession *session, const DossierPluginConfig *entry,
                                         GError **error)
{
        DossierPlugin *plugin = g_hash_table_lookup(session->plugins, entry->plugin);

        if (plugin)
                return plugin;
        plugin = dossier_plugin_load((const char *const *) session->search_dirs, entry->plugin,
                                     error);
        if (!plugin) {
                g_prefix_error(error, "%s:%d: ", entry->file, entry->line);
                return NULL;
        }
        g_hash_table_insert(session->plugins, g_strdup(entry->plugin), plugin);
        return plugin;
}

static bool session_add_instances(DossierSession *session, GPtrArray *entries, uint32_t kind,
                                  GPtrArray *instances, GError **error)
{
        for (guint i = 0; i < entries->len; i++) {
                const DossierPluginConfig *entry = g_ptr_array_index(entries, i);
                DossierPlugin *plugin = session_get_plugin(session, entry, error);
                DossierPluginInstance *instance;

                if (!plugin)
                        return false;
                instance = dossier_plugin_instance_new(plugin, entry, kind, &session->host_ctx,
                                                       error);
                if (!instance)
                        return false;
                g_ptr_array_add(instances, instance);
        }
        return true;
}

DossierSession *dossier_session_new(const DossierSessionOptions *options, GError **error)
{
        g_autoptr(DossierSession) session = g_new0(DossierSession, 1);
        g_autofree char *default_config = NULL;
        const char *config_path = options->config_path;

        session->log = options->log;
        session->log_data = options->log_data;
        session->plugins = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) dossier_plugin_free);
        session->extractors = g_ptr_array_new_with_free_func(
                (GDestroyNotify) dossier_plugin_instance_free);
        session->renderers = g_ptr_array_new_with_free_func(
                (GDestroyNotify) dossier_plugin_instance_free);

        if (!config_path)
                config_path = default_config = dossier_paths_default_config();
        session->config = dossier_config_load(config_path, session_warn, session, error);
        if (!session->config)
                return NULL;
        if (options->renderers && !register_fonts_once(error))
                return NULL;

        session->search_dirs = build_search_dirs(session->config);
        session->host_ctx.log = options->log;
        session->host_ctx.log_data = options->log_data;
        session->host_ctx.data_dirs = dossier_paths_data_dirs();

        if (!session_add_instances(session, session->config->extractors,
                                   DOSSIER_PLUGIN_EXTRACTOR, session->extractors, error))
                return NULL;
        if (options->renderers &&
            !session_add_instances(session, session->config->renderers, DOSSIER_PLUGIN_RENDERER,
                                   session->renderers, error))
                return NULL;
        return g_steal_pointer(&session);
}

void dossier_session_free(DossierSession *session)
{
        if (!session)
                return;
        /* Instances first: their destroy() runs code from the plugins' modules. */
        g_clear_pointer(&session->extractors, g_ptr_array_unref);
        g_clear_pointer(&session->renderers, g_ptr_array_unref);
        g_clear_pointer(&session->plugins, g_hash_table_unref);
        g_clear_pointer(&session->search_dirs, g_strfreev);
        g_clear_pointer(&session->host_ctx.data_dirs, g_strfreev);
        g_clear_pointer(&session->config, dossier_config_free);
        g_free(session);
}

const DossierConfig *dossier_session_get_config(const DossierSession *session)
{
        return session->config;
}

bool dossier_session_load_articles(DossierSession *session, DossierDoc *doc,
                                   const char *const *paths, const char *date_option,
                                   bool skip_invalid, GError **error)
{
        size_t skipped = 0;
        DossierLoadOptions options = {
                .max_bytes = session->config->max_article_bytes,
                .date_option = date_option,
                .date_config = session->config->default_date,
                .warn = session_warn,
                .warn_data = session,
        };

        size_t n_paths = g_strv_length((char **) paths);

        if (n_paths > session->config->max_articles) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT,
                            "%zu articles given, above the limit of %u (input.max_articles in %s)",
                            n_paths, session->config->max_articles, session->config->path);
                return false;
        }
        for (size_t i = 0; paths[i]; i++) {
                g_autoptr(GError) local = NULL;
                g_autofree char *message = NULL;

                if (dossier_doc_load_article(doc, paths[i], &options, &local))
                        continue;
                if (!skip_invalid) {
                        g_propagate_error(error, g_steal_pointer(&local));
                        return false;
                }
                message = g_strdup_printf("%s; article skipped", local->message);
                session_warn(session, message);
                skipped++;
        }
        if (dossier_doc_get_n_articles(doc) == 0 && skipped > 0) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT,
                            "all %zu articles were skipped as invalid", skipped);
                return false;
        }
        return true;
}

bool dossier_session_extract(DossierSession *session, DossierDoc *doc, GError **error)
{
        for (guint i = 0; i < session->extractors->len; i++)
                if (!dossier_plugin_instance_extract(g_ptr_array_index(session->extractors, i),
                                                     doc, error))
                        return false;
        return true;
}

static char *newest_article_date(const DossierDoc *doc)
{
        const char *newest = NULL;

        for (size_t i = 0; i < dossier_doc_get_n_articles(doc); i++) {
                const char *date = dossier_article_get_date(dossier_doc_get_article(doc, i));
                if (!newest || strcmp(date, newest) > 0)
                        newest = date;
        }
        return g_strdup(newest);
}

static int compare_by_mentions(gconstpointer a, gconstpointer b)
{
        const DossierActor *x = *(const DossierActor *const *) a;
        const DossierActor *y = *(const DossierActor *const *) b;
        size_t nx = dossier_actor_get_n_mentions(x), ny = dossier_actor_get_n_mentions(y);

        if (nx != ny)
                return nx > ny ? -1 : 1;
        return strcmp(dossier_actor_get_name(x), dossier_actor_get_name(y));
}

/* The PDF's keywords: the most mentioned actors, so a document index finds the briefing. */
static char *metadata_keywords(const DossierDoc *doc)
{
        g_autoptr(GPtrArray) actors = g_ptr_array_new();
        g_autoptr(GString) keywords = g_string_new(NULL);

        for (size_t i = 0; i < dossier_doc_get_n_actors(doc); i++)
                g_ptr_array_add(actors, (gpointer) dossier_doc_get_actor(doc, i));
        g_ptr_array_sort(actors, compare_by_mentions);
        for (guint i = 0; i < actors->len && i < 8; i++) {
                if (keywords->len)
                        g_string_append(keywords, ", ");
                g_string_append(keywords, dossier_actor_get_name(actors->pdata[i]));
        }
        return g_string_free(g_steal_pointer(&keywords), FALSE);
}

bool dossier_session_render(DossierSession *session, const DossierDoc *doc,
                            const char *output_path, const char *briefing_date, int *ret_pages,
                            GError **error)
{
        DossierReportStyle style = session->config->style;
        g_autoptr(DossierReport) report = NULL;
        g_autofree char *date = briefing_date ? g_strdup(briefing_date) : newest_article_date(doc);
        g_autofree char *subject = NULL;
        g_autofree char *keywords = metadata_keywords(doc);

        /* The style is copied by dossier_report_new(); only the date differs per run. */
        style.date = date;
        report = dossier_report_new(&style);

        for (guint i = 0; i < session->renderers->len; i++) {
                DossierPluginInstance *instance = g_ptr_array_index(session->renderers, i);
                const char *name = dossier_plugin_instance_get_name(instance);
                DossierPage *page = dossier_report_begin_section(report, name);

                dossier_plugin_instance_render(instance, doc, page);
                if (!dossier_report_end_section(report, page, error)) {
                        g_prefix_error(error, "plugin '%s': ", name);
                        return false;
                }
        }

        subject = g_strdup_printf("Briefing from %zu article%s", dossier_doc_get_n_articles(doc),
                                  dossier_doc_get_n_articles(doc) == 1 ? "" : "s");
        DossierPdfMetadata metadata = {
                .title = style.title,
                .author = style.author,
                .subject = subject,
                .keywords = keywords,
                .creator = "dossier " DOSSIER_VERSION,
                /* SOURCE_DATE_EPOCH fixes every timestamp in the PDF */
                .creation_time = dossier_source_date_get_unix(),
        };
        if (!dossier_report_write_pdf(report, output_path, &metadata, error))
                return false;
        if (ret_pages)
                *ret_pages = dossier_report_get_n_pages(report);
        return true;
}
