/* The key-sentences extractor: the most central sentences of the whole briefing,
 * near-duplicates removed, best first. The ranking is the SDK-free core in rank.c,
 * term-vectors.c and sentence-filter.c; this file reads the doc and writes back. */
#include <dossier/plugin.h>

#include "rank.h"
#include "sentence-filter.h"
#include "term-vectors.h"

typedef struct KeySentences {
        int count;
        double duplicate;
        int max_sentences;
} KeySentences;

static const DossierSettingSpec key_sentences_settings[] = {
        { "count", DOSSIER_SETTING_INT, "how many key sentences to add, best first (default 8)" },
        { "duplicate_similarity", DOSSIER_SETTING_DOUBLE,
          "cosine similarity above which two sentences count as one (default 0.7)" },
        { "max_sentences", DOSSIER_SETTING_INT,
          "at most this many sentences are compared, the earliest of each article (default 3000)" },
        { NULL, 0, NULL },
};

static bool key_sentences_create(DossierHost *host, const DossierSettings *settings,
                                 void **ret_state, GError **error)
{
        g_autofree KeySentences *k = g_new0(KeySentences, 1);
        k->count = 8;
        k->duplicate = 0.7;
        k->max_sentences = 3000;
        if (!dossier_settings_get_int(settings, "count", 1, 100, &k->count, error) ||
            !dossier_settings_get_double(settings, "duplicate_similarity", 0.1, 1.0,
                                         &k->duplicate, error) ||
            !dossier_settings_get_int(settings, "max_sentences", 10, 100000, &k->max_sentences,
                                      error))
                return false;
        *ret_state = g_steal_pointer(&k);
        return true;
}

/* A sentence that may be picked. */
typedef struct Candidate {
        DossierSpan span;
        const char *text;
        RankInput in;
} Candidate;

static int compare_u32(const void *a, const void *b)
{
        uint32_t x = *(const uint32_t *) a, y = *(const uint32_t *) b;
        return x < y ? -1 : x > y;
}

/* Start offsets of every actor mention, one sorted array per article. */
static GPtrArray *mention_starts(const DossierDoc *doc, size_t n_articles)
{
        GPtrArray *starts = g_ptr_array_new_with_free_func((GDestroyNotify) g_array_unref);
        for (size_t i = 0; i < n_articles; i++)
                g_ptr_array_add(starts, g_array_new(FALSE, FALSE, sizeof(uint32_t)));
        for (size_t a = 0; a < dossier_doc_get_n_actors(doc); a++) {
                const DossierActor *actor = dossier_doc_get_actor(doc, a);
                for (size_t m = 0; m < dossier_actor_get_n_mentions(actor); m++) {
                        DossierSpan s = dossier_actor_get_mention(actor, m);
                        if (s.article < n_articles)
                                g_array_append_val(g_ptr_array_index(starts, s.article), s.start);
                }
        }
        for (size_t i = 0; i < n_articles; i++)
                g_array_sort(g_ptr_array_index(starts, i), compare_u32);
        return starts;
}

/* How many of the sorted @starts lie in [@from, @to). */
static uint32_t count_between(const GArray *starts, uint32_t from, uint32_t to)
{
        const uint32_t *s = (const uint32_t *) starts->data;
        guint lo = 0, hi = starts->len;
        while (lo < hi) {
                guint mid = (lo + hi) / 2;
                if (s[mid] < from)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        uint32_t n = 0;
        for (guint i = lo; i < starts->len && s[i] < to; i++)
                n++;
        return n;
}

static void collect(const DossierDoc *doc, GArray *out)
{
        size_t n_articles = dossier_doc_get_n_articles(doc);
        g_autoptr(GPtrArray) starts = mention_starts(doc, n_articles);
        for (size_t i = 0; i < n_articles; i++) {
                const DossierArticle *article = dossier_doc_get_article(doc, i);
                const char *body = dossier_article_get_body(article, NULL);
                const char *title = dossier_article_get_title(article);
                size_t n = 0;
                const DossierSpan *sentences = dossier_article_get_sentences(article, &n);
                uint32_t position = 0;
                for (size_t s = 0; s < n; s++) {
                        const char *text = body + sentences[s].start;
                        size_t len = sentences[s].end - sentences[s].start;
                        if (!sentence_is_eligible(text, len, title))
                                continue;
                        Candidate c = { .span = sentences[s], .text = text };
                        c.span.article = (uint32_t) i;
                        c.in.position = position++;
                        c.in.n_actors = count_between(g_ptr_array_index(starts, i),
                                                      sentences[s].start, sentences[s].end);
                        c.in.quote_share = sentence_quote_share(text, len);
                        g_array_append_val(out, c);
                }
        }
}

/* Too many sentences to compare every pair: keep the earliest of each article. */
static void cap_pool(GArray *cands, size_t max)
{
        g_autoptr(GArray) in = g_array_sized_new(FALSE, FALSE, sizeof(RankInput), cands->len);
        for (guint i = 0; i < cands->len; i++)
                g_array_append_val(in, g_array_index(cands, Candidate, i).in);
        uint32_t cap = rank_position_cap((const RankInput *) in->data, in->len, max);
        guint keep = 0;
        for (guint i = 0; i < cands->len; i++) {
                Candidate c = g_array_index(cands, Candidate, i);
                if (c.in.position < cap)
                        g_array_index(cands, Candidate, keep++) = c;
        }
        g_array_set_size(cands, keep);
}

static bool key_sentences_extract(void *state, DossierDoc *doc, GError **error)
{
        KeySentences *k = state;
        g_autoptr(GArray) cands = g_array_new(FALSE, FALSE, sizeof(Candidate));
        collect(doc, cands);
        cap_pool(cands, (size_t) k->max_sentences);
        size_t n = cands->len;
        if (n == 0)
                return true;

        g_autofree const char **texts = g_new(const char *, n);
        g_autofree size_t *lens = g_new(size_t, n);
        g_autofree RankInput *in = g_new(RankInput, n);
        for (size_t i = 0; i < n; i++) {
                const Candidate *c = &g_array_index(cands, Candidate, i);
                texts[i] = c->text;
                lens[i] = c->span.end - c->span.start;
                in[i] = c->in;
        }
        g_autoptr(TermVectors) tv = term_vectors_new(texts, lens, n);
        RankOptions options = { .count = (size_t) k->count, .duplicate = k->duplicate };
        g_autoptr(GArray) picks = rank_sentences(tv, in, n, &options);
        for (guint i = 0; i < picks->len; i++) {
                const RankPick *p = &g_array_index(picks, RankPick, i);
                dossier_doc_add_key_sentence(doc, g_array_index(cands, Candidate, p->index).span,
                                             p->score);
        }
        return true;
}

static void key_sentences_destroy(void *state)
{
        g_free(state);
}

DOSSIER_PLUGIN_DEFINE("key-sentences",
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .version = "0.1",
        .license = "MIT",
        .description = "the most central sentences of the briefing (LexRank, position, actors), no near-duplicates",
        .settings = key_sentences_settings,
        .create = key_sentences_create,
        .extract = key_sentences_extract,
        .destroy = key_sentences_destroy);
