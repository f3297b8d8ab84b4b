/* A plugin at work: its settings checked, its state made by create(), its
 * extract() or render() called, its state freed by destroy() exactly once. */
#include "host/plugin-loader.h"

#include <string.h>

#include "host/host-handle.h"
#include "host/settings-host.h"

struct DossierPluginInstance {
        const DossierPluginInfo *info; /* owned by the plugin, which outlives us */
        DossierHost host;
        void *state;
        bool owes_destroy;
};

static const char *kind_name(uint32_t kind)
{
        switch (kind) {
        case DOSSIER_PLUGIN_EXTRACTOR:
                return "an extractor";
        case DOSSIER_PLUGIN_RENDERER:
                return "a renderer";
        default:
                return "of an unknown kind";
        }
}

static char *entry_prefix(const DossierPluginConfig *entry, const char *name)
{
        if (!entry)
                return g_strdup_printf("plugin '%s': ", name);
        return g_strdup_printf("%s:%d: plugin '%s': ", entry->file, entry->line, name);
}

static void warn_to_log(void *user_data, const char *message)
{
        const DossierHostContext *ctx = user_data;

        if (ctx && ctx->log)
                ctx->log(ctx->log_data, DOSSIER_LOG_WARNING, message);
}

/* Errors from the settings accessors already carry FILE:LINE and the plugin's
 * name (the exact line of the bad value); anything else gets the entry's place. */
static void place_create_error(GError **error, GError *local, const DossierPluginConfig *entry,
                               const char *name)
{
        g_autofree char *prefix = entry_prefix(entry, name);

        if (!local) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN,
                            "%screate() failed without saying why", prefix);
                return;
        }
        size_t file_len = entry ? strlen(entry->file) : 0;
        if (entry && strncmp(local->message, entry->file, file_len) == 0 &&
            local->message[file_len] == ':') {
                g_propagate_error(error, local);
                return;
        }
        g_propagate_prefixed_error(error, local, "%s", prefix);
}

static bool check_kind(const DossierPluginInfo *info, const DossierPluginConfig *entry,
                       uint32_t kind, GError **error)
{
        if (info->kind == kind)
                return true;

        g_autofree char *prefix = entry_prefix(entry, info->name);
        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN,
                    "%sis %s, so it cannot be listed as %s", prefix, kind_name(info->kind),
                    kind_name(kind));
        return false;
}

DossierPluginInstance *dossier_plugin_instance_new(DossierPlugin *plugin,
                                                   const DossierPluginConfig *entry,
                                                   uint32_t kind,
                                                   const DossierHostContext *ctx,
                                                   GError **error)
{
        g_return_val_if_fail(plugin != NULL, NULL);
        g_return_val_if_fail(error == NULL || *error == NULL, NULL);

        const DossierPluginInfo *info = dossier_plugin_get_info(plugin);
        if (!check_kind(info, entry, kind, error))
                return NULL;

        g_autoptr(DossierSettings) settings =
                dossier_settings_new(entry ? entry->settings : NULL, entry ? entry->file : NULL,
                                     entry ? entry->line : 0, info->name);
        dossier_settings_check_keys(settings, info->settings, warn_to_log, (void *) ctx);

        DossierPluginInstance *instance = g_new0(DossierPluginInstance, 1);
        instance->info = info;
        instance->host.ctx = ctx;
        instance->host.plugin_name = info->name;
        if (info->create) {
                GError *local = NULL;
                void *state = NULL;

                /* A failed create() frees its own partial state: no destroy() then. */
                if (!info->create(&instance->host, settings, &state, &local)) {
                        place_create_error(error, local, entry, info->name);
                        g_free(instance);
                        return NULL;
                }
                /* A plugin that succeeds must not set the error; if one does, its
                 * GError would leak: drop it. */
                g_clear_error(&local);
                instance->state = state;
        }
        instance->owes_destroy = true;
        return instance;
}

bool dossier_plugin_instance_extract(DossierPluginInstance *instance, DossierDoc *doc,
                                     GError **error)
{
        g_return_val_if_fail(instance != NULL && doc != NULL, false);
        g_return_val_if_fail(error == NULL || *error == NULL, false);

        const DossierPluginInfo *info = instance->info;
        if (info->kind != DOSSIER_PLUGIN_EXTRACTOR) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN,
                            "plugin '%s': is not an extractor", info->name);
                return false;
        }

        GError *local = NULL;
        if (info->extract(instance->state, doc, &local)) {
                g_clear_error(&local); /* set despite success: drop it, don't leak it */
                return true;
        }
        if (!local)
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN,
                            "plugin '%s': extract() failed without saying why", info->name);
        else
                g_propagate_prefixed_error(error, local, "plugin '%s': ", info->name);
        return false;
}

void dossier_plugin_instance_render(DossierPluginInstance *instance, const DossierDoc *doc,
                                    DossierPage *page)
{
        g_return_if_fail(instance != NULL && doc != NULL && page != NULL);
        g_return_if_fail(instance->info->kind == DOSSIER_PLUGIN_RENDERER);

        /* Errors stick to the page; the caller checks it once. */
        instance->info->render(instance->state, doc, page);
}

const char *dossier_plugin_instance_get_name(const DossierPluginInstance *instance)
{
        g_return_val_if_fail(instance != NULL, NULL);
        return instance->info->name;
}

void dossier_plugin_instance_free(DossierPluginInstance *instance)
{
        if (!instance)
                return;
        if (instance->owes_destroy && instance->info->destroy)
                instance->info->destroy(instance->state);
        g_free(instance);
}
