/* Finding, loading and checking plugins, and running their instances. */
#pragma once

#include <stdbool.h>

#include <glib.h>

#include <dossier/plugin.h>

#include "host/config.h"

G_BEGIN_DECLS

typedef void (*DossierLogFunc)(void *user_data, uint32_t level, const char *message);

/**
 * DossierHostContext:
 * @log: (nullable): where dossier_host_log() messages go, already prefixed
 *   `plugin 'NAME': `
 * @data_dirs: NULL-terminated folders searched by dossier_host_find_data_file()
 *
 * Borrowed by every instance made with it: it must outlive them.
 */
typedef struct DossierHostContext {
        DossierLogFunc log;
        void *log_data;
        char **data_dirs;
} DossierHostContext;

typedef struct DossierPlugin DossierPlugin;

/**
 * dossier_plugin_load:
 * @search_dirs: NULL-terminated folders, searched in order for dossier-@name.so
 *
 * Refuses (DOSSIER_ERROR_PLUGIN, message naming the file): a file or folder writable
 * by group or others, a missing entry point, another ABI major or a newer minor
 * ("dossier-x.so: built for plugin ABI 2.0; this dossier loads 1.0 to 1.1"), a kind
 * without its callback, a name that differs from the file's.
 * Returns: (transfer full): free with dossier_plugin_free().
 */
DossierPlugin *dossier_plugin_load(const char *const *search_dirs, const char *name,
                                   GError **error);
/* As dossier_plugin_load(), for one file. */
DossierPlugin *dossier_plugin_load_file(const char *path, GError **error);
const DossierPluginInfo *dossier_plugin_get_info(const DossierPlugin *plugin);
const char *dossier_plugin_get_path(const DossierPlugin *plugin);
void dossier_plugin_free(DossierPlugin *plugin);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DossierPlugin, dossier_plugin_free)

/**
 * DossierPluginScanFunc:
 * @info: (nullable): the descriptor, NULL when the file failed to load
 * @error: (nullable): why it failed
 */
typedef void (*DossierPluginScanFunc)(const char *path, const DossierPluginInfo *info,
                                      const GError *error, void *user_data);
/* Calls @func for every dossier-*.so in @dirs, in name order (for `dossier plugins`).
 * @info and @error are valid only during the call; relative folders are skipped. */
void dossier_plugin_scan(const char *const *dirs, DossierPluginScanFunc func, void *user_data);

/* True when @name can name a plugin file: letters, digits, '-' and '_' only. */
bool dossier_plugin_name_is_valid(const char *name);

typedef struct DossierPluginInstance DossierPluginInstance;

/**
 * dossier_plugin_instance_new:
 * @plugin: (transfer none): must outlive the instance
 * @entry: the config entry; its settings are checked against the plugin's key list
 *   (unknown keys are warned about through @ctx->log) and passed to create()
 * @kind: the kind the config asks for (an extractor listed under renderers is refused)
 *
 * Errors are prefixed `FILE:LINE: plugin 'NAME': `.
 * Returns: (transfer full): free with dossier_plugin_instance_free() (calls destroy()).
 */
DossierPluginInstance *dossier_plugin_instance_new(DossierPlugin *plugin,
                                                   const DossierPluginConfig *entry,
                                                   uint32_t kind,
                                                   const DossierHostContext *ctx,
                                                   GError **error);
/* Runs extract(); errors are prefixed `plugin 'NAME': `. */
bool dossier_plugin_instance_extract(DossierPluginInstance *instance, DossierDoc *doc,
                                     GError **error);
void dossier_plugin_instance_render(DossierPluginInstance *instance, const DossierDoc *doc,
                                    DossierPage *page);
const char *dossier_plugin_instance_get_name(const DossierPluginInstance *instance);
void dossier_plugin_instance_free(DossierPluginInstance *instance);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DossierPluginInstance, dossier_plugin_instance_free)

/* Returns: (transfer none): the host's function table, the same for every plugin. */
const DossierApi *dossier_api_table_get(void);

G_END_DECLS
