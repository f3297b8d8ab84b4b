/* Named-entity tagger throughput: the articles given (default: the reference
 * article) loaded and tokenized once by the host's loader, then tagged (both
 * stages, candidates with roles) over and over for at least two seconds of CPU
 * time. Prints host tokens and words per CPU second of the tagging alone, and the
 * model's load time. */
#include <stdio.h>
#include <time.h>

#include <glib.h>

#include "dossier-build-config.h"
#include "gazetteer.h"
#include "model/doc-host.h"
#include "ner-tagger.h"

/* One article as the plugin sees it; the body belongs to the doc. */
typedef struct Article {
        const char *body;
        GArray *words;
        size_t n_tokens;
} Article;

static double cpu_seconds(void)
{
        struct timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Cut into words as actors.c cuts them: along the host's sentences. */
static Article article_of(const DossierArticle *article)
{
        size_t len = 0, n = 0;
        Article a = { .body = dossier_article_get_body(article, &len) };
        const DossierSpan *sentences = dossier_article_get_sentences(article, &n);
        (void) dossier_article_get_tokens(article, &a.n_tokens);
        a.words = words_of_sentences(a.body, len, sentences, n);
        return a;
}

int main(int argc, char **argv)
{
        static const char *reference[] = { DOSSIER_SOURCE_DIR "/examples/articles/trump-kim-talks.txt", NULL };
        const char *const *paths = argc > 1 ? (const char *const *) argv + 1 : reference;
        g_autoptr(GError) error = NULL;
        g_autoptr(Gazetteer) gz = gazetteer_new();
        if (!gazetteer_load_dir(gz, DOSSIER_SOURCE_DIR "/data/gazetteers", &error)) {
                fprintf(stderr, "bench-ner: %s\n", error->message);
                return 1;
        }
        gint64 t0 = g_get_monotonic_time();
        g_autoptr(NerModel) model = ner_model_load(DOSSIER_SOURCE_DIR "/data/ner/conll.model", &error);
        double load_ms = (double) (g_get_monotonic_time() - t0) / 1000.0;
        if (!model) {
                fprintf(stderr, "bench-ner: %s\n", error->message);
                return 1;
        }
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        for (const char *const *p = paths; *p; p++) {
                if (!dossier_doc_load_article(doc, *p, /* options= */ NULL, &error)) {
                        fprintf(stderr, "bench-ner: %s\n", error->message);
                        return 1;
                }
        }
        g_autoptr(GArray) articles = g_array_new(FALSE, FALSE, sizeof(Article));
        for (size_t i = 0; i < dossier_doc_get_n_articles(doc); i++) {
                Article a = article_of(dossier_doc_get_article(doc, i));
                g_array_append_val(articles, a);
        }
        g_autoptr(NerTagger) tagger = ner_tagger_new(model, gz);
        g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(Candidate));
        size_t tokens = 0, words = 0, names = 0;
        double start = cpu_seconds(), secs = 0.0;
        while (secs < 2.0) {
                for (guint i = 0; i < articles->len; i++) {
                        Article *a = &g_array_index(articles, Article, i);
                        g_array_set_size(found, 0);
                        ner_tagger_find(tagger, a->body, (const Word *) a->words->data, a->words->len, found);
                        tokens += a->n_tokens;
                        words += a->words->len;
                        names += found->len;
                }
                secs = cpu_seconds() - start;
        }
        printf("ner: %u articles; %zu host tokens, %zu words, %zu names in %.2f CPU s: "
               "%.0f tokens/s, %.0f words/s per core; model load %.2f ms\n",
               articles->len, tokens, words, names, secs, tokens / secs, words / secs, load_ms);
        for (guint i = 0; i < articles->len; i++)
                g_array_unref(g_array_index(articles, Article, i).words);
        return 0;
}
