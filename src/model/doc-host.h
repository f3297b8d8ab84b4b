/* The host's side of the document model: creating, filling with articles, freeing.
 * Plugins see only include/dossier/doc.h. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include <dossier/doc.h>
#include <dossier/error.h>

G_BEGIN_DECLS

/** Hard ceiling for input.max_article_bytes: offsets are 32-bit. */
#define DOSSIER_MAX_ARTICLE_BYTES_CEILING (1024u * 1024u * 1024u)
#define DOSSIER_DEFAULT_MAX_ARTICLE_BYTES (10u * 1024u * 1024u)

/* Returns: (transfer full): an empty doc; free with dossier_doc_free(). */
DossierDoc *dossier_doc_new(void);
/* Frees the doc and everything in it. Accepts NULL. */
void dossier_doc_free(DossierDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DossierDoc, dossier_doc_free)

typedef void (*DossierWarnFunc)(void *user_data, const char *message);

/**
 * DossierLoadOptions:
 * @max_bytes: the largest article accepted; 0 means DOSSIER_DEFAULT_MAX_ARTICLE_BYTES
 * @date_option: (nullable): `--date`, used when the article has no date of its own
 * @date_config: (nullable): input.default_date, used after @date_option
 * @warn: (nullable): receives warnings that do not stop the load (a date taken from
 *   the file's modification time); the message names the file
 */
typedef struct DossierLoadOptions {
        uint64_t max_bytes;
        const char *date_option;
        const char *date_config;
        DossierWarnFunc warn;
        void *warn_data;
} DossierLoadOptions;

/**
 * dossier_doc_load_article:
 *
 * Reads @path, checks it (size limit, NUL bytes, UTF-8), parses the front matter,
 * resolves the anchor date, tokenizes and splits sentences, and appends the article.
 * Errors (DOSSIER_ERROR_IO, DOSSIER_ERROR_INPUT) start with the file name and, where
 * known, the line (front matter) or byte offset (encoding): `a.txt: byte 17: ...`.
 */
bool dossier_doc_load_article(DossierDoc *doc, const char *path, const DossierLoadOptions *options,
                              GError **error);

/**
 * dossier_doc_add_article_from_data:
 * @path: the name used in messages and as the default id
 * @mtime: the file's modification time (seconds since the epoch), for the last-resort date
 *
 * As dossier_doc_load_article(), from memory (tests, stdin).
 */
bool dossier_doc_add_article_from_data(DossierDoc *doc, const char *path, const char *data,
                                       size_t len, int64_t mtime,
                                       const DossierLoadOptions *options, GError **error);

/**
 * dossier_doc_article_to_json:
 * Returns: (transfer full): the `dossier extract` object of article @index (id, date,
 *   actors, times, events, quotes, key_sentences, annotations: only what lies in
 *   that article); free with json_node_unref().
 */
JsonNode *dossier_doc_article_to_json(const DossierDoc *doc, size_t index);

G_END_DECLS
