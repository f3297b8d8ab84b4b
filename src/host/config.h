/* The briefing config: one libconfig file, checked once, with file:line in every error. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>
#include <libconfig.h>

#include "layout/report.h"
#include "model/doc-host.h"

G_BEGIN_DECLS

/* Every size a user controls has a limit (STYLE.md §3): g_malloc aborts rather than
 * fail, so a briefing of a million files must be refused, not attempted. */
#define DOSSIER_DEFAULT_MAX_ARTICLES 5000
#define DOSSIER_MAX_ARTICLES_CEILING 1000000

/**
 * DossierPluginConfig:
 * @plugin: the plugin's name ("times")
 * @settings: (nullable): its `settings` group, owned by the DossierConfig
 * @file, @line: where the entry stands, for messages
 */
typedef struct DossierPluginConfig {
        char *plugin;
        const config_setting_t *settings;
        char *file;
        int line;
} DossierPluginConfig;

/**
 * DossierConfig:
 *
 * A loaded config. Everything is owned by it and freed by dossier_config_free().
 * @plugin_path: absolute folders from `plugin_path`, NULL-terminated (may be empty)
 * @extractors, @renderers: DossierPluginConfig *, in config order
 * @style: the report's look, defaults filled for absent keys; style.date stays NULL
 *   (the pipeline sets the briefing date)
 * @default_date: (nullable): input.default_date, validated YYYY-MM-DD
 * @max_articles: input.max_articles: the most articles one briefing takes
 * @output_path: (nullable): output.path as written (relative to the current directory)
 */
typedef struct DossierConfig {
        char *path;
        char *dir;
        char **plugin_path;
        GPtrArray *extractors;
        GPtrArray *renderers;
        DossierReportStyle style;
        char *default_date;
        uint64_t max_article_bytes;
        uint32_t max_articles;
        char *output_path;
        config_t cfg;
} DossierConfig;

/**
 * dossier_config_load:
 * @warn: (nullable): receives warnings that do not stop the load, as
 *   `FILE:LINE: unknown key 'colour' in 'report', ignoring`
 *
 * Errors are DOSSIER_ERROR_CONFIG (or _IO) and start with `FILE:LINE: `.
 * Returns: (transfer full): the config, free with dossier_config_free(); NULL on error.
 */
DossierConfig *dossier_config_load(const char *path, DossierWarnFunc warn, void *warn_data,
                                   GError **error);
void dossier_config_free(DossierConfig *config);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DossierConfig, dossier_config_free)

G_END_DECLS
