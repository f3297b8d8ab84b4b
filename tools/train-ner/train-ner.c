/* train-ner: trains the actors plugin's named-entity model.
 *
 *   train-ner [--dev DEV_DIR] [--epochs N] [--seed N] [--min-count N] [--folds K]
 *             [--gazetteers DIR] TRAIN_DIR MODEL
 *
 * TRAIN_DIR and DEV_DIR hold articles/ and gold.jsonl (../shared/eval/dev/conll-*).
 * The first stage is trained K times on K-1 folds to label the held-out fold:
 * those labels give the second stage its article-level features as they will
 * look on new text. Then both stages are trained on everything. */
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

#include "corpus.h"
#include "dossier-build-config.h"
#include "gazetteer.h"
#include "ner-tagger.h"

typedef struct Options {
        NerTrainOptions train;
        int folds;
        char *dev;
        char *gazetteers;
        gboolean show;
} Options;

static double seconds_since(gint64 t0)
{
        return (double) (g_get_monotonic_time() - t0) / G_USEC_PER_SEC;
}

static void compute_local(Corpus *c, const Gazetteer *gz)
{
        g_autoptr(GString) buf = g_string_new(NULL);
        for (guint d = 0; d < c->docs->len; d++) {
                NerTrainDoc *doc = g_ptr_array_index(c->docs, d);
                ner_features_local(gz, buf, doc->body, (const Word *) doc->words->data,
                                   doc->words->len, &doc->local);
        }
}

static void label_global(NerTrainDoc *doc, const NerStage *first)
{
        g_autofree uint8_t *labels = g_new(uint8_t, doc->words->len + 1);
        const NerFeatures *sets[1] = { &doc->local };
        const Word *w = (const Word *) doc->words->data;
        ner_stage_tag(first, sets, 1, w, doc->words->len, NULL, labels);
        ner_features_global(doc->body, w, doc->words->len, labels, &doc->global);
}

/* The second stage's features of every training article, from a first stage
 * that never saw the article. */
static void jackknife(Corpus *c, const Options *o)
{
        for (int k = 0; k < o->folds; k++) {
                g_autoptr(GPtrArray) rest = g_ptr_array_new();
                for (guint d = 0; d < c->docs->len; d++)
                        if ((int) (d % (guint) o->folds) != k)
                                g_ptr_array_add(rest, g_ptr_array_index(c->docs, d));
                NerStage st;
                ner_train_stage(rest, &o->train, &st);
                for (guint d = (guint) k; d < c->docs->len; d += (guint) o->folds)
                        label_global(g_ptr_array_index(c->docs, d), &st);
                ner_stage_clear(&st);
                fprintf(stderr, "train-ner: fold %d/%d\n", k + 1, o->folds);
        }
}

typedef struct Score {
        unsigned tp[4], fp[4], fn[4];
} Score;

typedef struct Found {
        const Word *w;
        GArray *spans; /* GoldSpan */
} Found;

static void collect(size_t a, size_t b, unsigned type, void *data)
{
        Found *f = data;
        GoldSpan s = { f->w[a].start, f->w[b - 1].end, (uint8_t) type };
        g_array_append_val(f->spans, s);
}

static bool same(const GoldSpan *x, const GoldSpan *y)
{
        return x->start == y->start && x->end == y->end && x->type == y->type;
}

static void score_doc(Score *s, GArray *sys, GArray *gold)
{
        for (guint i = 0; i < sys->len; i++) {
                const GoldSpan *p = &g_array_index(sys, GoldSpan, i);
                bool hit = false;
                for (guint j = 0; j < gold->len && !hit; j++)
                        hit = same(p, &g_array_index(gold, GoldSpan, j));
                hit ? s->tp[p->type]++ : s->fp[p->type]++;
        }
        for (guint j = 0; j < gold->len; j++) {
                const GoldSpan *g = &g_array_index(gold, GoldSpan, j);
                bool hit = false;
                for (guint i = 0; i < sys->len && !hit; i++)
                        hit = same(g, &g_array_index(sys, GoldSpan, i));
                if (!hit)
                        s->fn[g->type]++;
        }
}

static double f1(unsigned tp, unsigned fp, unsigned fn)
{
        return tp ? 200.0 * tp / (2.0 * tp + fp + fn) : 0.0;
}

static void print_score(const char *what, const Score *s)
{
        static const char *const names[] = { "PER", "ORG", "LOC", "MISC" };
        unsigned tp = 0, fp = 0, fn = 0;
        printf("%s:", what);
        for (int t = 0; t < 4; t++) {
                printf(" %s %.2f", names[t], f1(s->tp[t], s->fp[t], s->fn[t]));
                tp += s->tp[t];
                fp += s->fp[t];
                fn += s->fn[t];
        }
        printf("  overall F1 %.2f (P %.2f R %.2f)\n", f1(tp, fp, fn),
               tp ? 100.0 * tp / (tp + fp) : 0.0, tp ? 100.0 * tp / (tp + fn) : 0.0);
}

static void show_labels(const NerTrainDoc *doc, const uint8_t *labels)
{
        static const char parts[] = "BILU";
        static const char *const types[] = { "PER", "ORG", "LOC", "MISC" };
        const Word *w = (const Word *) doc->words->data;
        for (guint i = 0; i < doc->words->len; i++) {
                if (i > 0 && w[i].sentence != w[i - 1].sentence)
                        printf("\n");
                printf("%.*s", (int) (w[i].end - w[i].start), doc->body + w[i].start);
                if (labels[i] != NER_O)
                        printf("/%c-%s", parts[ner_label_part(labels[i])], types[ner_label_type(labels[i])]);
                printf(" ");
        }
        printf("\n");
}

static void evaluate(const char *what, const NerModel *m, const Gazetteer *gz, Corpus *dev,
                     bool show)
{
        g_autoptr(NerTagger) tagger = ner_tagger_new(m, gz);
        Score s = { 0 };
        gint64 t0 = g_get_monotonic_time();
        size_t n_words = 0;
        for (guint d = 0; d < dev->docs->len; d++) {
                NerTrainDoc *doc = g_ptr_array_index(dev->docs, d);
                const Word *w = (const Word *) doc->words->data;
                const uint8_t *labels = ner_tagger_label(tagger, doc->body, w, doc->words->len);
                if (show)
                        show_labels(doc, labels);
                g_autoptr(GArray) sys = g_array_new(FALSE, FALSE, sizeof(GoldSpan));
                Found f = { w, sys };
                ner_labels_spans(labels, w, doc->words->len, collect, &f);
                score_doc(&s, sys, g_ptr_array_index(dev->spans, d));
                n_words += doc->words->len;
        }
        double secs = seconds_since(t0);
        print_score(what, &s);
        printf("  (%zu words in %.3f s: %.0f words/s)\n", n_words, secs, n_words / secs);
}

static bool run(const Options *o, const char *train_dir, const char *out, GError **error)
{
        gint64 t0 = g_get_monotonic_time();
        g_autoptr(Gazetteer) gz = gazetteer_new();
        if (!gazetteer_load_dir(gz, o->gazetteers, error))
                return false;
        g_auto(Corpus) train = { 0 };
        if (!corpus_load(&train, train_dir, error))
                return false;
        fprintf(stderr, "train-ner: %u articles, %u names (%u not on word edges)\n",
                train.docs->len, train.n_gold, train.n_misaligned);
        compute_local(&train, gz);
        NerStage stages[2];
        unsigned n_stages = o->folds > 1 ? 2 : 1;
        if (n_stages == 2)
                jackknife(&train, o);
        NerTrainOptions first = o->train;
        first.global = false;
        ner_train_stage(train.docs, &first, &stages[0]);
        if (n_stages == 2) {
                NerTrainOptions second = o->train;
                second.global = true;
                ner_train_stage(train.docs, &second, &stages[1]);
        }
        g_autoptr(NerModel) m = ner_model_new(stages, n_stages);
        if (!ner_model_save(m, out, error))
                return false;
        fprintf(stderr, "train-ner: wrote %s (%zu bytes, slots %u + %u) in %.1f s\n", out,
                ner_model_file_size(m), m->stages[0].n_slots, n_stages > 1 ? m->stages[1].n_slots : 0,
                seconds_since(t0));
        if (o->dev) {
                g_auto(Corpus) dev = { 0 };
                if (!corpus_load(&dev, o->dev, error))
                        return false;
                NerModel one = *m;
                one.n_stages = 1;
                one.file = NULL;
                evaluate("dev, first stage", &one, gz, &dev, o->show && n_stages == 1);
                if (n_stages == 2)
                        evaluate("dev, both stages", m, gz, &dev, o->show);
        }
        return true;
}

int main(int argc, char **argv)
{
        Options o = { .train = { .epochs = 12, .min_count = 2, .seed = 1 }, .folds = 5 };
        int epochs = 12, min_count = 2, seed = 1;
        GOptionEntry entries[] = {
                { "dev", 0, 0, G_OPTION_ARG_FILENAME, &o.dev, "report F1 on this data set", "DIR" },
                { "epochs", 0, 0, G_OPTION_ARG_INT, &epochs, "passes over the data (12)", "N" },
                { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "seed of the article order (1)", "N" },
                { "min-count", 0, 0, G_OPTION_ARG_INT, &min_count, "drop rarer features (2)", "N" },
                { "folds", 0, 0, G_OPTION_ARG_INT, &o.folds, "folds for the second stage; 1: one stage (5)", "K" },
                { "show", 0, 0, G_OPTION_ARG_NONE, &o.show, "print the dev set's words with their labels", NULL },
                { "gazetteers", 0, 0, G_OPTION_ARG_FILENAME, &o.gazetteers, "gazetteer folder (the source's data/gazetteers)", "DIR" },
                { NULL },
        };
        g_autoptr(GOptionContext) ctx = g_option_context_new("TRAIN_DIR MODEL");
        g_option_context_set_summary(ctx, "Trains the actors plugin's named-entity model.");
        g_option_context_add_main_entries(ctx, entries, NULL);
        g_autoptr(GError) error = NULL;
        if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc != 3 || epochs < 1 ||
            min_count < 1 || o.folds < 1) {
                fprintf(stderr, "train-ner: %s\n", error ? error->message : "usage: train-ner [OPTION...] TRAIN_DIR MODEL");
                return 2;
        }
        o.train.epochs = (unsigned) epochs;
        o.train.min_count = (unsigned) min_count;
        o.train.seed = (uint32_t) seed;
        if (!o.gazetteers)
                o.gazetteers = g_strdup(DOSSIER_SOURCE_DIR "/data/gazetteers");
        bool ok = run(&o, argv[1], argv[2], &error);
        g_free(o.dev);
        g_free(o.gazetteers);
        if (!ok) {
                fprintf(stderr, "train-ner: %s\n", error->message);
                return 1;
        }
        return 0;
}
