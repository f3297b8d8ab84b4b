/* A session: one config with its plugins loaded and their instances created,
 * ready to turn articles into a document model and the model into a PDF. */
#pragma once

#include <stdbool.h>

#include <glib.h>

#include "host/config.h"
#include "host/plugin-loader.h"
#include "model/doc-host.h"

G_BEGIN_DECLS

typedef struct DossierSession DossierSession;

/**
 * DossierSessionOptions:
 * @config_path: (nullable): the config; NULL for the shipped config/briefing.cfg
 * @renderers: load the renderers too (false for `dossier extract`)
 * @log: (nullable): receives warnings and plugin log lines, fully formatted
 */
typedef struct DossierSessionOptions {
        const char *config_path;
        bool renderers;
        DossierLogFunc log;
        void *log_data;
} DossierSessionOptions;

/* Loads the config and the plugins it names, and creates their instances.
 * Returns: (transfer full): free with dossier_session_free(). */
DossierSession *dossier_session_new(const DossierSessionOptions *options, GError **error);
void dossier_session_free(DossierSession *session);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DossierSession, dossier_session_free)

const DossierConfig *dossier_session_get_config(const DossierSession *session);

/**
 * dossier_session_load_articles:
 * @date_option: (nullable): `--date`
 * @skip_invalid: skip an unreadable or malformed article with a warning instead of
 *   failing; it still fails when no article is left
 *
 * Loads the articles into @doc with the config's input settings. Without
 * @skip_invalid it stops at the first bad article; the error names it.
 */
bool dossier_session_load_articles(DossierSession *session, DossierDoc *doc,
                                   const char *const *paths, const char *date_option,
                                   bool skip_invalid, GError **error);

/* Runs every extractor in config order. */
bool dossier_session_extract(DossierSession *session, DossierDoc *doc, GError **error);

/**
 * dossier_session_render:
 * @output_path: where the PDF goes (written to a temporary file, then renamed)
 * @briefing_date: (nullable): the "as of" date; NULL for the newest article date
 * @ret_pages: (out) (optional): the page count
 *
 * Runs every renderer in config order and writes the PDF.
 */
bool dossier_session_render(DossierSession *session, const DossierDoc *doc,
                            const char *output_path, const char *briefing_date, int *ret_pages,
                            GError **error);

G_END_DECLS
