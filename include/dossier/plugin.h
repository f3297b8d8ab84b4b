/* dossier SDK: the only header a plugin includes.
 * SPDX-License-Identifier: MIT
 *
 * A plugin is a shared object that exports one symbol, dossier_plugin_entry(),
 * written for you by DOSSIER_PLUGIN_DEFINE():
 *
 *     #include <dossier/plugin.h>
 *
 *     static bool hello_extract(void *state, DossierDoc *doc, GError **error) { ... }
 *
 *     DOSSIER_PLUGIN_DEFINE("hello",
 *             .kind = DOSSIER_PLUGIN_EXTRACTOR,
 *             .version = "1.0",
 *             .license = "MIT",
 *             .extract = hello_extract);
 *
 * The host hands the entry point a table of its functions (DossierApi). This
 * header maps the usual names (dossier_doc_add_actor() ...) onto that table, so
 * plugin code reads like host code and a plugin links no dossier library:
 * only GLib, cairo and Pango, through `pkg-config --cflags --libs dossier`.
 *
 * Compatibility: within ABI major 1, DossierPluginInfo and DossierApi only grow at
 * the end (each addition tagged with the minor version that added it). The host
 * loads plugins of its own major version whose minor is not newer than its own.
 * See docs/plugins.md.
 *
 * Everything declared here is Since: 0.1 unless its own doc says otherwise. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cairo.h>
#include <glib.h>

#include <dossier/doc.h>
#include <dossier/error.h>
#include <dossier/page.h>
#include <dossier/settings.h>

G_BEGIN_DECLS

#define DOSSIER_ABI_MAJOR 1
#define DOSSIER_ABI_MINOR 1

/**
 * DossierHost:
 *
 * The host's handle for one instance of a plugin, given to create(). Owned by the
 * host and valid from create() until destroy() returns: a plugin may keep it in its
 * state, for dossier_host_log().
 * Since: 0.1
 */
typedef struct DossierHost DossierHost;

/** Plugin kinds. Since: 0.1 */
enum {
        DOSSIER_PLUGIN_EXTRACTOR = 1, /* fills the doc: needs .extract */
        DOSSIER_PLUGIN_RENDERER = 2,  /* draws a section: needs .render */
};

/** Log levels for dossier_host_log(). Since: 0.1 */
enum {
        DOSSIER_LOG_DEBUG = 1,
        DOSSIER_LOG_INFO = 2,
        DOSSIER_LOG_WARNING = 3,
};

/**
 * DossierPluginInfo:
 * @abi_major, @abi_minor: filled by DOSSIER_PLUGIN_DEFINE()
 * @kind: DOSSIER_PLUGIN_EXTRACTOR or DOSSIER_PLUGIN_RENDERER
 * @name: the plugin's name: its folder plugins/<name>/ and file dossier-<name>.so
 * @version: the plugin's own version string
 * @license: an SPDX identifier
 * @description: one line for `dossier plugins`
 * @settings: (nullable): the keys of its settings group, ended by a {NULL} entry
 * @create: (nullable): makes the plugin's state from its settings; on failure returns
 *   false, sets @error and frees what it made. Without it, the state is NULL.
 * @extract: an extractor's work: reads and adds to @doc. The host prefixes errors
 *   with the plugin's name.
 * @render: a renderer's work: adds its section's blocks to @page. Errors stick to
 *   the page (dossier_page_fail()).
 * @destroy: (nullable): frees the state; called once for every successful create(),
 *   even after a failed extract(). Must accept NULL.
 *
 * Fields are fixed-width so the layout does not depend on the compiler. The
 * descriptor is the plugin's constant (DOSSIER_PLUGIN_DEFINE() makes it static const):
 * the host reads it while the plugin is loaded and never frees it.
 * Since: 0.1
 */
typedef struct DossierPluginInfo {
        uint32_t abi_major;
        uint32_t abi_minor;
        uint32_t kind;
        uint32_t reserved_flags;
        const char *name;
        const char *version;
        const char *license;
        const char *description;
        const DossierSettingSpec *settings;
        bool (*create)(DossierHost *host, const DossierSettings *settings, void **ret_state,
                       GError **error);
        bool (*extract)(void *state, DossierDoc *doc, GError **error);
        void (*render)(void *state, const DossierDoc *doc, DossierPage *page);
        void (*destroy)(void *state);
        void *reserved[8]; /* later fields take these; nothing ever moves */
} DossierPluginInfo;

/**
 * dossier_host_log:
 * @level: one of DOSSIER_LOG_*
 *
 * Sends a message to the host's log (stderr for `dossier run`, the manifest for
 * batches), prefixed with the plugin's name by the host. Plugins never print: stdout
 * carries `dossier extract`'s JSON.
 */
void dossier_host_log(DossierHost *host, uint32_t level, const char *format, ...)
        G_GNUC_PRINTF(3, 4);

/**
 * dossier_host_find_data_file:
 * @name: a path relative to dossier's data folder ("models/ner.bin")
 * Returns: (transfer full) (nullable): the file's path in the installed data folder
 *   (or the source tree, when run from a build), or NULL if absent; free with g_free().
 */
char *dossier_host_find_data_file(DossierHost *host, const char *name);

/**
 * DossierApi:
 * @size: sizeof(DossierApi) in the host: a plugin that wants a function added in a
 *   later minor version checks `offsetof(DossierApi, fn) < dossier_api_->size` first.
 *
 * The host's functions, as handed to dossier_plugin_entry(). Append only. The
 * table is the host's constant: valid while the plugin is loaded, never freed by it.
 * Since: 0.1
 */
typedef struct DossierApi {
        size_t size;
        uint32_t abi_major;
        uint32_t abi_minor;

        /* ABI 1.0: host */
        void (*host_log)(DossierHost *host, uint32_t level, const char *format, ...);
        char *(*host_find_data_file)(DossierHost *host, const char *name);

        /* ABI 1.0: settings */
        bool (*settings_get_string)(const DossierSettings *, const char *, const char **, GError **);
        bool (*settings_get_int)(const DossierSettings *, const char *, int, int, int *, GError **);
        bool (*settings_get_double)(const DossierSettings *, const char *, double, double, double *,
                                    GError **);
        bool (*settings_get_bool)(const DossierSettings *, const char *, bool *, GError **);
        bool (*settings_get_strv)(const DossierSettings *, const char *, char ***, GError **);
        bool (*settings_get_path)(const DossierSettings *, const char *, char **, GError **);
        void (*settings_set_error)(const DossierSettings *, const char *, GError **, const char *,
                                   ...);

        /* ABI 1.0: articles */
        size_t (*doc_get_n_articles)(const DossierDoc *);
        const DossierArticle *(*doc_get_article)(const DossierDoc *, size_t);
        const char *(*article_get_id)(const DossierArticle *);
        const char *(*article_get_title)(const DossierArticle *);
        const char *(*article_get_source)(const DossierArticle *);
        const char *(*article_get_url)(const DossierArticle *);
        const char *(*article_get_path)(const DossierArticle *);
        const char *(*article_get_date)(const DossierArticle *);
        uint32_t (*article_get_date_origin)(const DossierArticle *);
        const char *(*article_get_body)(const DossierArticle *, size_t *);
        const DossierToken *(*article_get_tokens)(const DossierArticle *, size_t *);
        const DossierSpan *(*article_get_sentences)(const DossierArticle *, size_t *);
        uint32_t (*article_get_index)(const DossierArticle *);

        /* ABI 1.0: actors */
        DossierActor *(*doc_add_actor)(DossierDoc *, const char *, uint32_t, const char *);
        void (*doc_add_mention)(DossierDoc *, DossierActor *, DossierSpan);
        void (*actor_set_role)(DossierDoc *, DossierActor *, const char *);
        size_t (*doc_get_n_actors)(const DossierDoc *);
        const DossierActor *(*doc_get_actor)(const DossierDoc *, size_t);
        const DossierActor *(*doc_find_actor)(const DossierDoc *, const char *);
        const DossierActor *(*doc_find_actor_at)(const DossierDoc *, DossierSpan);
        const char *(*actor_get_name)(const DossierActor *);
        uint32_t (*actor_get_type)(const DossierActor *);
        const char *(*actor_get_role)(const DossierActor *);
        size_t (*actor_get_n_mentions)(const DossierActor *);
        DossierSpan (*actor_get_mention)(const DossierActor *, size_t);
        size_t (*actor_get_n_articles)(const DossierActor *);

        /* ABI 1.0: times */
        DossierTime *(*doc_add_time)(DossierDoc *, DossierSpan, uint32_t, const char *);
        size_t (*doc_get_n_times)(const DossierDoc *);
        const DossierTime *(*doc_get_time)(const DossierDoc *, size_t);
        DossierSpan (*time_get_span)(const DossierTime *);
        uint32_t (*time_get_type)(const DossierTime *);
        const char *(*time_get_value)(const DossierTime *);

        /* ABI 1.0: events */
        DossierEvent *(*doc_add_event)(DossierDoc *, const char *, DossierSpan, const char *,
                                       const DossierTime *);
        void (*event_add_actor)(DossierDoc *, DossierEvent *, const DossierActor *);
        size_t (*doc_get_n_events)(const DossierDoc *);
        const DossierEvent *(*doc_get_event)(const DossierDoc *, size_t);
        const char *(*event_get_value)(const DossierEvent *);
        DossierSpan (*event_get_sentence)(const DossierEvent *);
        const char *(*event_get_label)(const DossierEvent *);
        const DossierTime *(*event_get_time)(const DossierEvent *);
        size_t (*event_get_n_actors)(const DossierEvent *);
        const DossierActor *(*event_get_actor)(const DossierEvent *, size_t);

        /* ABI 1.0: quotes */
        DossierQuote *(*doc_add_quote)(DossierDoc *, DossierSpan, bool);
        void (*quote_add_speaker)(DossierDoc *, DossierQuote *, const DossierActor *, const char *,
                                  DossierSpan);
        size_t (*doc_get_n_quotes)(const DossierDoc *);
        const DossierQuote *(*doc_get_quote)(const DossierDoc *, size_t);
        DossierSpan (*quote_get_span)(const DossierQuote *);
        bool (*quote_is_direct)(const DossierQuote *);
        size_t (*quote_get_n_speakers)(const DossierQuote *);
        const DossierActor *(*quote_get_speaker_actor)(const DossierQuote *, size_t);
        const char *(*quote_get_speaker_text)(const DossierQuote *, size_t);
        DossierSpan (*quote_get_speaker_mention)(const DossierQuote *, size_t);

        /* ABI 1.0: key sentences */
        void (*doc_add_key_sentence)(DossierDoc *, DossierSpan, double);
        size_t (*doc_get_n_key_sentences)(const DossierDoc *);
        DossierSpan (*doc_get_key_sentence)(const DossierDoc *, size_t, double *);

        /* ABI 1.0: annotations */
        DossierAnnotation *(*doc_add_annotation)(DossierDoc *, const char *, DossierSpan);
        void (*annotation_set_attr)(DossierDoc *, DossierAnnotation *, const char *, const char *);
        size_t (*doc_get_n_annotations)(const DossierDoc *);
        const DossierAnnotation *(*doc_get_annotation)(const DossierDoc *, size_t);
        const char *(*annotation_get_type)(const DossierAnnotation *);
        DossierSpan (*annotation_get_span)(const DossierAnnotation *);
        const char *(*annotation_get_attr)(const DossierAnnotation *, const char *);
        size_t (*annotation_get_n_attrs)(const DossierAnnotation *);
        void (*annotation_get_attr_at)(const DossierAnnotation *, size_t, const char **,
                                       const char **);

        /* ABI 1.0: helpers */
        const char *(*actor_type_to_string)(uint32_t);
        const char *(*time_type_to_string)(uint32_t);
        char *(*doc_dup_text)(const DossierDoc *, DossierSpan);
        GQuark (*error_quark)(void);

        /* ABI 1.0: page */
        void (*page_add_heading)(DossierPage *, int, const char *);
        void (*page_add_text)(DossierPage *, uint32_t, const char *);
        void (*page_add_textf)(DossierPage *, uint32_t, const char *, ...);
        void (*page_add_link)(DossierPage *, uint32_t, const char *, const char *);
        void (*page_add_space)(DossierPage *, double);
        void (*page_break)(DossierPage *);
        void (*page_begin_table)(DossierPage *, size_t, const char *const *, const double *);
        void (*page_add_table_row)(DossierPage *, const char *const *);
        void (*page_end_table)(DossierPage *);
        cairo_t *(*page_begin_figure)(DossierPage *, double);
        void (*page_end_figure)(DossierPage *);
        double (*page_get_content_width)(const DossierPage *);
        double (*page_get_content_height)(const DossierPage *);
        const char *(*page_get_font_family)(const DossierPage *);
        void (*page_get_color)(const DossierPage *, uint32_t, double[3]);
        void (*page_set_source_color)(const DossierPage *, cairo_t *, uint32_t);
        const char *(*page_get_report_value)(const DossierPage *, const char *);
        void (*page_fail)(DossierPage *, const char *, ...);
        const char *(*page_get_color_hex)(const DossierPage *, uint32_t);

        /* ABI 1.1: quotes */
        void (*quote_set_unnamed_speaker)(DossierDoc *, DossierQuote *, DossierSpan);
        DossierSpan (*quote_get_unnamed_speaker)(const DossierQuote *);

        /* Later minor versions append here. */
} DossierApi;

/**
 * DossierPluginEntryFunc:
 * @api: (transfer none): the host's function table, valid while the plugin is loaded
 *
 * The type of dossier_plugin_entry(), the one symbol a plugin exports; written by
 * DOSSIER_PLUGIN_DEFINE().
 * Returns: (transfer none): the plugin's constant descriptor, owned by the plugin and
 *   valid while it is loaded.
 * Since: 0.1
 */
typedef const DossierPluginInfo *(*DossierPluginEntryFunc)(const DossierApi *api);
#define DOSSIER_PLUGIN_ENTRY_SYMBOL "dossier_plugin_entry"

#if defined(__GNUC__)
#define DOSSIER_PLUGIN_EXPORT __attribute__((visibility("default")))
#define DOSSIER_PLUGIN_HIDDEN __attribute__((visibility("hidden")))
#else
#define DOSSIER_PLUGIN_EXPORT
#define DOSSIER_PLUGIN_HIDDEN
#endif

/**
 * DOSSIER_PLUGIN_DEFINE:
 * @plugin_name: a string literal, the plugin's name
 * @...: designated initializers for the other DossierPluginInfo fields
 *
 * Defines the descriptor and the exported entry point. Use it once per plugin, in
 * one of its source files.
 */
#define DOSSIER_PLUGIN_DEFINE(plugin_name, ...)                                              \
        const DossierApi *dossier_api_ DOSSIER_PLUGIN_HIDDEN = NULL;                         \
        static const DossierPluginInfo dossier_plugin_info_ = {                              \
                .abi_major = DOSSIER_ABI_MAJOR,                                              \
                .abi_minor = DOSSIER_ABI_MINOR,                                              \
                .name = plugin_name,                                                         \
                __VA_ARGS__};                                                                \
        DOSSIER_PLUGIN_EXPORT const DossierPluginInfo *dossier_plugin_entry(                 \
                const DossierApi *api);                                                      \
        DOSSIER_PLUGIN_EXPORT const DossierPluginInfo *dossier_plugin_entry(                 \
                const DossierApi *api)                                                       \
        {                                                                                    \
                dossier_api_ = api;                                                          \
                return &dossier_plugin_info_;                                                \
        }

/* The host defines DOSSIER_HOST_COMPILATION and implements the functions above;
 * everywhere else (plugins, in tree or out) the names go through the table, which
 * the entry point stored in the plugin's one allowed global. */
#ifndef DOSSIER_HOST_COMPILATION
extern const DossierApi *dossier_api_ DOSSIER_PLUGIN_HIDDEN;

#define dossier_host_log dossier_api_->host_log
#define dossier_host_find_data_file dossier_api_->host_find_data_file
#define dossier_settings_get_string dossier_api_->settings_get_string
#define dossier_settings_get_int dossier_api_->settings_get_int
#define dossier_settings_get_double dossier_api_->settings_get_double
#define dossier_settings_get_bool dossier_api_->settings_get_bool
#define dossier_settings_get_strv dossier_api_->settings_get_strv
#define dossier_settings_get_path dossier_api_->settings_get_path
#define dossier_settings_set_error dossier_api_->settings_set_error
#define dossier_doc_get_n_articles dossier_api_->doc_get_n_articles
#define dossier_doc_get_article dossier_api_->doc_get_article
#define dossier_article_get_id dossier_api_->article_get_id
#define dossier_article_get_title dossier_api_->article_get_title
#define dossier_article_get_source dossier_api_->article_get_source
#define dossier_article_get_url dossier_api_->article_get_url
#define dossier_article_get_path dossier_api_->article_get_path
#define dossier_article_get_date dossier_api_->article_get_date
#define dossier_article_get_date_origin dossier_api_->article_get_date_origin
#define dossier_article_get_body dossier_api_->article_get_body
#define dossier_article_get_tokens dossier_api_->article_get_tokens
#define dossier_article_get_sentences dossier_api_->article_get_sentences
#define dossier_article_get_index dossier_api_->article_get_index
#define dossier_doc_add_actor dossier_api_->doc_add_actor
#define dossier_doc_add_mention dossier_api_->doc_add_mention
#define dossier_actor_set_role dossier_api_->actor_set_role
#define dossier_doc_get_n_actors dossier_api_->doc_get_n_actors
#define dossier_doc_get_actor dossier_api_->doc_get_actor
#define dossier_doc_find_actor dossier_api_->doc_find_actor
#define dossier_doc_find_actor_at dossier_api_->doc_find_actor_at
#define dossier_actor_get_name dossier_api_->actor_get_name
#define dossier_actor_get_type dossier_api_->actor_get_type
#define dossier_actor_get_role dossier_api_->actor_get_role
#define dossier_actor_get_n_mentions dossier_api_->actor_get_n_mentions
#define dossier_actor_get_mention dossier_api_->actor_get_mention
#define dossier_actor_get_n_articles dossier_api_->actor_get_n_articles
#define dossier_doc_add_time dossier_api_->doc_add_time
#define dossier_doc_get_n_times dossier_api_->doc_get_n_times
#define dossier_doc_get_time dossier_api_->doc_get_time
#define dossier_time_get_span dossier_api_->time_get_span
#define dossier_time_get_type dossier_api_->time_get_type
#define dossier_time_get_value dossier_api_->time_get_value
#define dossier_doc_add_event dossier_api_->doc_add_event
#define dossier_event_add_actor dossier_api_->event_add_actor
#define dossier_doc_get_n_events dossier_api_->doc_get_n_events
#define dossier_doc_get_event dossier_api_->doc_get_event
#define dossier_event_get_value dossier_api_->event_get_value
#define dossier_event_get_sentence dossier_api_->event_get_sentence
#define dossier_event_get_label dossier_api_->event_get_label
#define dossier_event_get_time dossier_api_->event_get_time
#define dossier_event_get_n_actors dossier_api_->event_get_n_actors
#define dossier_event_get_actor dossier_api_->event_get_actor
#define dossier_doc_add_quote dossier_api_->doc_add_quote
#define dossier_quote_add_speaker dossier_api_->quote_add_speaker
#define dossier_doc_get_n_quotes dossier_api_->doc_get_n_quotes
#define dossier_doc_get_quote dossier_api_->doc_get_quote
#define dossier_quote_get_span dossier_api_->quote_get_span
#define dossier_quote_is_direct dossier_api_->quote_is_direct
#define dossier_quote_get_n_speakers dossier_api_->quote_get_n_speakers
#define dossier_quote_get_speaker_actor dossier_api_->quote_get_speaker_actor
#define dossier_quote_get_speaker_text dossier_api_->quote_get_speaker_text
#define dossier_quote_get_speaker_mention dossier_api_->quote_get_speaker_mention
#define dossier_doc_add_key_sentence dossier_api_->doc_add_key_sentence
#define dossier_doc_get_n_key_sentences dossier_api_->doc_get_n_key_sentences
#define dossier_doc_get_key_sentence dossier_api_->doc_get_key_sentence
#define dossier_doc_add_annotation dossier_api_->doc_add_annotation
#define dossier_annotation_set_attr dossier_api_->annotation_set_attr
#define dossier_doc_get_n_annotations dossier_api_->doc_get_n_annotations
#define dossier_doc_get_annotation dossier_api_->doc_get_annotation
#define dossier_annotation_get_type dossier_api_->annotation_get_type
#define dossier_annotation_get_span dossier_api_->annotation_get_span
#define dossier_annotation_get_attr dossier_api_->annotation_get_attr
#define dossier_annotation_get_n_attrs dossier_api_->annotation_get_n_attrs
#define dossier_annotation_get_attr_at dossier_api_->annotation_get_attr_at
#define dossier_actor_type_to_string dossier_api_->actor_type_to_string
#define dossier_time_type_to_string dossier_api_->time_type_to_string
#define dossier_doc_dup_text dossier_api_->doc_dup_text
#define dossier_error_quark dossier_api_->error_quark
#define dossier_page_add_heading dossier_api_->page_add_heading
#define dossier_page_add_text dossier_api_->page_add_text
#define dossier_page_add_textf dossier_api_->page_add_textf
#define dossier_page_add_link dossier_api_->page_add_link
#define dossier_page_add_space dossier_api_->page_add_space
#define dossier_page_break dossier_api_->page_break
#define dossier_page_begin_table dossier_api_->page_begin_table
#define dossier_page_add_table_row dossier_api_->page_add_table_row
#define dossier_page_end_table dossier_api_->page_end_table
#define dossier_page_begin_figure dossier_api_->page_begin_figure
#define dossier_page_end_figure dossier_api_->page_end_figure
#define dossier_page_get_content_width dossier_api_->page_get_content_width
#define dossier_page_get_content_height dossier_api_->page_get_content_height
#define dossier_page_get_font_family dossier_api_->page_get_font_family
#define dossier_page_get_color dossier_api_->page_get_color
#define dossier_page_set_source_color dossier_api_->page_set_source_color
#define dossier_page_get_report_value dossier_api_->page_get_report_value
#define dossier_page_fail dossier_api_->page_fail
#define dossier_page_get_color_hex dossier_api_->page_get_color_hex
#define dossier_quote_set_unnamed_speaker dossier_api_->quote_set_unnamed_speaker
#define dossier_quote_get_unnamed_speaker dossier_api_->quote_get_unnamed_speaker
#endif /* !DOSSIER_HOST_COMPILATION */

G_END_DECLS
