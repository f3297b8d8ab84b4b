/* watchlist: an example dossier extractor, built out of tree against the installed SDK.
 *
 * It tags every occurrence of the configured terms as an annotation of type
 * "watchlist.term" (attributes: term, category), which the built-in "annotations"
 * renderer lists in a section of the briefing. Settings:
 *
 *     { plugin = "watchlist";
 *       settings = { terms = [ "nuclear", "sanctions" ]; category = "weapons";
 *                    case_sensitive = false; max_hits = 200; }; }
 *
 * SPDX-License-Identifier: MIT */
#include <string.h>

#include <dossier/plugin.h>

typedef struct Watchlist {
        char **terms;
        char *category;
        bool case_sensitive;
        int max_hits;
} Watchlist;

static void watchlist_free(Watchlist *w)
{
        if (!w)
                return;
        g_strfreev(w->terms);
        g_free(w->category);
        g_free(w);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Watchlist, watchlist_free)

static bool watchlist_create(DossierHost *host, const DossierSettings *settings,
                             void **ret_state, GError **error)
{
        g_autoptr(Watchlist) w = g_new0(Watchlist, 1);
        const char *category = "watchlist";

        w->max_hits = 200; /* defaults, visible where they are used */
        if (!dossier_settings_get_strv(settings, "terms", &w->terms, error) ||
            !dossier_settings_get_string(settings, "category", &category, error) ||
            !dossier_settings_get_bool(settings, "case_sensitive", &w->case_sensitive, error) ||
            !dossier_settings_get_int(settings, "max_hits", 1, 100000, &w->max_hits, error))
                return false;
        if (!w->terms || !w->terms[0]) {
                dossier_settings_set_error(settings, "terms", error,
                                           "'terms' must list at least one term");
                return false;
        }
        w->category = g_strdup(category); /* the settings' strings die after create() */
        dossier_host_log(host, DOSSIER_LOG_DEBUG, "watching %u terms", g_strv_length(w->terms));
        *ret_state = g_steal_pointer(&w);
        return true;
}

static bool is_word_byte(char c)
{
        return g_ascii_isalnum(c) || (c & 0x80);
}

/* A match counts only as a whole word: "Iran" must not fire inside "Iranian". */
static bool whole_word_at(const char *body, size_t len, size_t start, size_t n)
{
        return (start == 0 || !is_word_byte(body[start - 1])) &&
               (start + n == len || !is_word_byte(body[start + n]));
}

static bool matches_at(const Watchlist *w, const char *body, size_t pos, const char *term,
                       size_t n)
{
        return w->case_sensitive ? strncmp(body + pos, term, n) == 0
                                 : g_ascii_strncasecmp(body + pos, term, n) == 0;
}

static int tag_article(const Watchlist *w, DossierDoc *doc, uint32_t index, int budget)
{
        size_t len;
        const char *body = dossier_article_get_body(dossier_doc_get_article(doc, index), &len);
        int hits = 0;

        for (size_t t = 0; w->terms[t] && hits < budget; t++) {
                size_t n = strlen(w->terms[t]);
                for (size_t pos = 0; n && pos + n <= len && hits < budget; pos++) {
                        if (!matches_at(w, body, pos, w->terms[t], n) ||
                            !whole_word_at(body, len, pos, n))
                                continue;
                        DossierSpan span = {index, (uint32_t) pos, (uint32_t) (pos + n)};
                        DossierAnnotation *a = dossier_doc_add_annotation(doc, "watchlist.term", span);
                        dossier_annotation_set_attr(doc, a, "term", w->terms[t]);
                        dossier_annotation_set_attr(doc, a, "category", w->category);
                        hits++;
                        pos += n - 1;
                }
        }
        return hits;
}

static bool watchlist_extract(void *state, DossierDoc *doc, G_GNUC_UNUSED GError **error)
{
        const Watchlist *w = state;
        int budget = w->max_hits;

        for (size_t i = 0; i < dossier_doc_get_n_articles(doc) && budget > 0; i++)
                budget -= tag_article(w, doc, (uint32_t) i, budget);
        return true;
}

static void watchlist_destroy(void *state)
{
        watchlist_free(state);
}

static const DossierSettingSpec watchlist_settings[] = {
        {"terms", DOSSIER_SETTING_STRV, "the terms to tag (required)"},
        {"category", DOSSIER_SETTING_STRING, "a label stored with each hit (default \"watchlist\")"},
        {"case_sensitive", DOSSIER_SETTING_BOOL, "match case exactly (default false)"},
        {"max_hits", DOSSIER_SETTING_INT, "stop after this many hits in all (default 200)"},
        {NULL, 0, NULL},
};

DOSSIER_PLUGIN_DEFINE("watchlist",
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .version = "1.0",
        .license = "MIT",
        .description = "tags the configured terms as watchlist.term annotations",
        .settings = watchlist_settings,
        .create = watchlist_create,
        .extract = watchlist_extract,
        .destroy = watchlist_destroy)
