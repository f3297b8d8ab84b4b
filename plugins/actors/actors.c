/* The actors extractor: people, organisations and places of every article, with
 * their roles, one actor per person across the whole briefing. The work is done by
 * the SDK-free core (words, ner-tagger, role, alias, gazetteer); this file reads
 * the doc and writes the actors back. Names are found by the trained tagger
 * (ner-tagger.c) with the model of data/ner/. */
#include <time.h>

#include <dossier/plugin.h>

#include "alias.h"
#include "candidate.h"
#include "gazetteer.h"
#include "ner-tagger.h"
#include "words.h"

typedef struct Actors {
        DossierHost *host;
        Gazetteer *gz;
        NerModel *model;
        int min_mentions;
        bool other;
} Actors;

static void actors_free(Actors *a)
{
        if (!a)
                return;
        gazetteer_free(a->gz);
        ner_model_free(a->model);
        g_free(a);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Actors, actors_free)

static const DossierSettingSpec actors_settings[] = {
        { "min_mentions", DOSSIER_SETTING_INT,
          "actors mentioned fewer times across the briefing are left out (default 1)" },
        { "other", DOSSIER_SETTING_BOOL,
          "also add OTHER actors: demonyms ('Chinese'), events ('World Cup') (default true)" },
        { "model", DOSSIER_SETTING_PATH,
          "the named-entity model to use instead of the shipped data/ner/conll.model" },
        { "gazetteer_dir", DOSSIER_SETTING_PATH,
          "a folder with the gazetteer lists to use instead of the shipped data/gazetteers" },
        { NULL, 0, NULL },
};

static bool load_shipped(Actors *a, GError **error)
{
        for (size_t i = 0; i < gazetteer_n_files; i++) {
                g_autofree char *name = g_strconcat("gazetteers/", gazetteer_files[i].name, NULL);
                g_autofree char *path = dossier_host_find_data_file(a->host, name);
                if (!path) {
                        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG,
                                    "gazetteer '%s' not found in the data folder", name);
                        return false;
                }
                if (!gazetteer_load_file(a->gz, path, gazetteer_files[i].list, error))
                        return false;
        }
        return true;
}

static bool load_gazetteer(Actors *a, const char *dir, GError **error)
{
        g_autoptr(GError) local = NULL;
        bool ok = dir ? gazetteer_load_dir(a->gz, dir, &local) : load_shipped(a, &local);
        if (!ok) {
                /* the core has its own error domain; the host expects DOSSIER_ERROR */
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG, "%s", local->message);
                return false;
        }
        return true;
}

static bool load_model(Actors *a, const char *path, GError **error)
{
        g_autofree char *shipped = path ? NULL : dossier_host_find_data_file(a->host, "ner/conll.model");
        if (!path && !shipped) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG,
                            "model 'ner/conll.model' not found in the data folder");
                return false;
        }
        g_autoptr(GError) local = NULL;
        a->model = ner_model_load(path ? path : shipped, &local);
        if (!a->model) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG, "%s", local->message);
                return false;
        }
        return true;
}

static bool actors_create(DossierHost *host, const DossierSettings *settings, void **ret_state,
                          GError **error)
{
        g_autoptr(Actors) a = g_new0(Actors, 1);
        g_autofree char *dir = NULL, *model = NULL;
        a->host = host;
        a->min_mentions = 1;
        a->other = true;
        if (!dossier_settings_get_int(settings, "min_mentions", 1, 100000, &a->min_mentions,
                                      error) ||
            !dossier_settings_get_bool(settings, "other", &a->other, error) ||
            !dossier_settings_get_path(settings, "gazetteer_dir", &dir, error) ||
            !dossier_settings_get_path(settings, "model", &model, error))
                return false;
        a->gz = gazetteer_new();
        if (!load_gazetteer(a, dir, error) || !load_model(a, model, error))
                return false;
        *ret_state = g_steal_pointer(&a);
        return true;
}

/* The words of one article, cut sentence by sentence along the host's sentences. */
static GArray *article_words(const DossierArticle *article, const char **ret_body)
{
        size_t len = 0, n = 0;
        const char *body = dossier_article_get_body(article, &len);
        const DossierSpan *sentences = dossier_article_get_sentences(article, &n);
        *ret_body = body;
        return words_of_sentences(body, len, sentences, n);
}

static void add_actor(Actors *a, DossierDoc *doc, const Actor *actor)
{
        if (actor->mentions->len < (guint) a->min_mentions)
                return;
        if (actor->type == NAME_OTHER && !a->other)
                return;
        DossierActor *da = dossier_doc_add_actor(doc, actor->name, actor->type, actor->role);
        for (guint k = 0; k < actor->mentions->len; k++) {
                const Mention *m = &g_array_index(actor->mentions, Mention, k);
                dossier_doc_add_mention(doc, da, (DossierSpan) { m->article, m->start, m->end });
        }
}

/* The thread's CPU time: on a shared machine the wall clock says little. */
static double cpu_seconds(void)
{
        struct timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static bool actors_extract(void *state, DossierDoc *doc, GError **error)
{
        Actors *a = state;
        size_t n = dossier_doc_get_n_articles(doc);
        gint64 t0 = g_get_monotonic_time();
        double cpu0 = cpu_seconds();
        g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func((GDestroyNotify) g_array_unref);
        g_autofree const char **bodies = g_new0(const char *, n + 1);
        g_autoptr(NerTagger) tagger = ner_tagger_new(a->model, a->gz);
        size_t n_tokens = 0;

        for (size_t i = 0; i < n; i++) {
                GArray *w = article_words(dossier_doc_get_article(doc, i), &bodies[i]);
                g_ptr_array_add(words, w);
                size_t nt = 0;
                (void) dossier_article_get_tokens(dossier_doc_get_article(doc, i), &nt);
                n_tokens += nt;
        }
        g_autoptr(AliasTable) aliases = alias_table_new(a->gz);
        g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(Candidate));
        for (size_t i = 0; i < n; i++) {
                GArray *w = g_ptr_array_index(words, i);
                g_array_set_size(found, 0);
                ner_tagger_find(tagger, bodies[i], (const Word *) w->data, w->len, found);
                alias_table_add(aliases, (uint32_t) i, bodies[i], (const Candidate *) found->data,
                                found->len);
        }
        g_autoptr(GPtrArray) actors = alias_table_resolve(aliases);
        for (guint i = 0; i < actors->len; i++)
                add_actor(a, doc, g_ptr_array_index(actors, i));
        double ms = (double) (g_get_monotonic_time() - t0) / 1000.0;
        double cpu = cpu_seconds() - cpu0;
        dossier_host_log(a->host, DOSSIER_LOG_DEBUG,
                         "%zu tokens, %u actors in %.1f ms (%.0f tokens/s; %.2f CPU s, %.0f tokens/s per core)",
                         n_tokens, actors->len, ms, ms > 0.0 ? (double) n_tokens / ms * 1000.0 : 0.0,
                         cpu, cpu > 0.0 ? (double) n_tokens / cpu : 0.0);
        return true;
}

static void actors_destroy(void *state)
{
        actors_free(state);
}

DOSSIER_PLUGIN_DEFINE("actors",
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .version = "0.1",
        .license = "MIT",
        .description = "people, organisations, places and other names, with their roles (a trained tagger)",
        .settings = actors_settings,
        .create = actors_create,
        .extract = actors_extract,
        .destroy = actors_destroy);
