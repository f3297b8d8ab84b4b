/* Unit tests for the actors plugin's named-entity tagger: features
 * (ner-features.c), label spans, training on a tiny fixture (ner-train.c,
 * tools/train-ner/corpus.c), tagging with the result (ner-tagger.c) and the model
 * file (ner-model.c). */
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "dossier-build-config.h"
#include "../../plugins/actors/ner-tagger.h"
#include "../../plugins/actors/ner-train.h"
#include "../../tools/train-ner/corpus.h"

#define FIXTURE DOSSIER_SOURCE_DIR "/tests/fixtures/ner"
#define GAZETTEERS DOSSIER_SOURCE_DIR "/data/gazetteers"
#define SHIPPED_MODEL DOSSIER_SOURCE_DIR "/data/ner/conll.model"

/* ---- features ------------------------------------------------------------ */

/* Words of @text, one sentence per line. */
static GArray *words_of(const char *text)
{
        GArray *words = g_array_new(FALSE, FALSE, sizeof(Word));
        uint32_t start = 0, sentence = 0;
        for (const char *p = text;; p++) {
                if (*p == '\n' || *p == '\0') {
                        words_scan(text, start, (uint32_t) (p - text), sentence++, words);
                        start = (uint32_t) (p - text) + 1;
                }
                if (*p == '\0')
                        return words;
        }
}

/* The features of word @i of @text as a sorted list, for comparing. */
static GArray *features_of(const Gazetteer *gz, const char *text, size_t i)
{
        g_autoptr(GArray) words = words_of(text);
        g_autoptr(GString) buf = g_string_new(NULL);
        g_auto(NerFeatures) f;
        ner_features_init(&f);
        ner_features_local(gz, buf, text, (const Word *) words->data, words->len, &f);
        g_assert_cmpuint(f.offsets->len, ==, words->len + 1);
        size_t n;
        const uint64_t *h = ner_features_of(&f, i, &n);
        GArray *out = g_array_new(FALSE, FALSE, sizeof(uint64_t));
        g_array_append_vals(out, h, (guint) n);
        return out;
}

static bool same_features(GArray *a, GArray *b)
{
        return a->len == b->len && memcmp(a->data, b->data, a->len * sizeof(uint64_t)) == 0;
}

/* Each case: two texts and a word index; whether that word's features agree. */
static const struct {
        const char *a, *b;
        size_t word;
        bool same;
} feature_cases[] = {
        /* the word and its neighbours decide */
        { "the talks in Oslo ended", "the talks in Oslo ended", 3, true },
        { "the talks in Oslo ended", "the talks in Bergen ended", 3, false },
        { "the talks in Oslo ended", "the talks near Oslo ended", 3, false },
        { "the talks in Oslo ended", "the talks in OSLO ended", 3, false },
        /* two words away still counts, three do not */
        { "a b c Oslo", "x b c Oslo", 3, true },
        { "a b c Oslo", "a x c Oslo", 3, false },
        /* neighbours never cross the sentence */
        { "talks in Oslo\nMany left", "talks in Oslo\nFew left", 2, true },
        { "Oslo hosted\nthe talks", "Oslo hosted\nsome talks", 0, true },
        /* a possessive is a fact of the word */
        { "Oslo's talks", "Oslo talks", 0, false },
};

static void test_features(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(feature_cases); i++) {
                g_autoptr(GArray) a = features_of(NULL, feature_cases[i].a, feature_cases[i].word);
                g_autoptr(GArray) b = features_of(NULL, feature_cases[i].b, feature_cases[i].word);
                if (same_features(a, b) != feature_cases[i].same)
                        g_error("case %zu: '%s' vs '%s' word %zu: features %s", i, feature_cases[i].a,
                                feature_cases[i].b, feature_cases[i].word,
                                feature_cases[i].same ? "differ" : "agree");
        }
}

static void test_features_gazetteer(void)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(Gazetteer) gz = gazetteer_new();
        g_assert_true(gazetteer_load_dir(gz, GAZETTEERS, &error));
        /* a listed country adds features; so does a title before a name */
        const char *text = "talks with North Korea began\nsaid Senator Smith";
        g_autoptr(GArray) with = features_of(gz, text, 3);
        g_autoptr(GArray) without = features_of(NULL, text, 3);
        g_assert_cmpuint(with->len, >, without->len);
        g_autoptr(GArray) titled = features_of(gz, text, 7);
        g_autoptr(GArray) plain = features_of(gz, "talks with North Korea began\nsaid Smith", 6);
        g_assert_cmpuint(titled->len, >, plain->len);
}

/* ---- label spans --------------------------------------------------------- */

static void add_span(size_t a, size_t b, unsigned type, void *data)
{
        g_string_append_printf(data, "[%zu,%zu)%u ", a, b, type);
}

#define B(t) (1 + (t) * 4 + NER_B)
#define I(t) (1 + (t) * 4 + NER_I)
#define L(t) (1 + (t) * 4 + NER_L)
#define U(t) (1 + (t) * 4 + NER_U)

/* Labels of six words in one sentence, and the spans read from them. */
static const struct {
        uint8_t labels[6];
        const char *want;
} span_cases[] = {
        { { 0, B(0), L(0), 0, U(2), 0 }, "[1,3)0 [4,5)2 " },
        { { B(1), I(1), I(1), L(1), 0, 0 }, "[0,4)1 " },
        /* a wrong type inside keeps the name's first type */
        { { B(0), L(3), 0, 0, 0, 0 }, "[0,2)0 " },
        /* a B with no end ends at the next O */
        { { B(2), 0, U(0), U(0), 0, 0 }, "[0,1)2 [2,3)0 [3,4)0 " },
        /* a name open at the end of the sentence ends there */
        { { 0, 0, 0, 0, B(3), I(3) }, "[4,6)3 " },
        /* I without B starts a name */
        { { 0, I(1), L(1), 0, 0, 0 }, "[1,3)1 " },
        /* a B after a B goes on: the name is not closed yet */
        { { B(0), B(0), L(0), 0, 0, 0 }, "[0,3)0 " },
};

static void test_spans(void)
{
        Word words[6] = { 0 };
        for (size_t i = 0; i < G_N_ELEMENTS(span_cases); i++) {
                g_autoptr(GString) got = g_string_new(NULL);
                ner_labels_spans(span_cases[i].labels, words, 6, add_span, got);
                g_assert_cmpstr(got->str, ==, span_cases[i].want);
        }
        /* a new sentence closes a name */
        words[3].sentence = words[4].sentence = words[5].sentence = 1;
        uint8_t labels[6] = { 0, B(0), I(0), I(0), L(0), 0 };
        g_autoptr(GString) got = g_string_new(NULL);
        ner_labels_spans(labels, words, 6, add_span, got);
        g_assert_cmpstr(got->str, ==, "[1,3)0 [3,5)0 ");
}

/* ---- training and tagging ------------------------------------------------ */

static NerModel *train_fixture(const Gazetteer *gz, Corpus *c)
{
        g_autoptr(GError) error = NULL;
        g_assert_true(corpus_load(c, FIXTURE, &error));
        g_assert_cmpuint(c->docs->len, ==, 4);
        g_assert_cmpuint(c->n_misaligned, ==, 0);
        g_autoptr(GString) buf = g_string_new(NULL);
        for (guint d = 0; d < c->docs->len; d++) {
                NerTrainDoc *doc = g_ptr_array_index(c->docs, d);
                ner_features_local(gz, buf, doc->body, (const Word *) doc->words->data,
                                   doc->words->len, &doc->local);
        }
        NerTrainOptions o = { .epochs = 8, .min_count = 1, .seed = 7 };
        NerStage stage;
        ner_train_stage(c->docs, &o, &stage);
        return ner_model_new(&stage, 1);
}

typedef struct Collected {
        const NerTrainDoc *doc;
        GString *out;
} Collected;

static void add_name(size_t a, size_t b, unsigned type, void *data)
{
        Collected *c = data;
        const Word *w = (const Word *) c->doc->words->data;
        static const char *const types[] = { "PER", "ORG", "LOC", "MISC" };
        g_string_append_printf(c->out, "%s:%.*s|", types[type], (int) (w[b - 1].end - w[a].start),
                               c->doc->body + w[a].start);
}

static char *names_in(NerTagger *tagger, const NerTrainDoc *doc)
{
        const Word *w = (const Word *) doc->words->data;
        const uint8_t *labels = ner_tagger_label(tagger, doc->body, w, doc->words->len);
        Collected c = { doc, g_string_new(NULL) };
        ner_labels_spans(labels, w, doc->words->len, add_name, &c);
        return g_string_free(c.out, FALSE);
}

/* The tagger's candidates in @body as "TYPE:name|..." (TYPE a NameType number). */
static char *candidates_of(NerTagger *tagger, const char *body)
{
        g_autoptr(GArray) words = words_of(body);
        g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(Candidate));
        ner_tagger_find(tagger, body, (const Word *) words->data, words->len, found);
        GString *names = g_string_new(NULL);
        for (guint i = 0; i < found->len; i++) {
                const Candidate *c = &g_array_index(found, Candidate, i);
                g_string_append_printf(names, "%u:%.*s|", c->type, (int) (c->end - c->start), body + c->start);
        }
        return g_string_free(names, FALSE);
}

static void test_train_and_tag(void)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(Gazetteer) gz = gazetteer_new();
        g_assert_true(gazetteer_load_dir(gz, GAZETTEERS, &error));
        g_auto(Corpus) c = { 0 };
        g_autoptr(NerModel) m = train_fixture(gz, &c);
        g_autoptr(NerTagger) tagger = ner_tagger_new(m, gz);
        /* the model has learnt its training articles */
        g_autofree char *got = names_in(tagger, g_ptr_array_index(c.docs, 0));
        g_assert_cmpstr(got, ==, "LOC:Port Ellis|PER:Maria Lopez|ORG:Northwind Sailing Club|"
                                 "MISC:Coastal Cup|LOC:Port Ellis|PER:Lopez|MISC:Coastal Cup|"
                                 "PER:Tomas Berg|ORG:Harbour Rowing Union|PER:Berg|LOC:Valmora|");
        /* Candidates: the name without title, a person's role, the type */
        g_autofree char *found = candidates_of(tagger, "The minister Ana Petrov met Tomas Berg in Valmora.");
        g_assert_cmpstr(found, ==, "1:Ana Petrov|1:Tomas Berg|3:Valmora|");
}

/* With the shipped model: spans the model splits are mended by rule. */
static void test_shipped_joins(void)
{
        static const struct {
                const char *text, *names;
        } cases[] = {
                /* a legal form the model leaves alone ends the name before it */
                { "The regulator has forced Apple Inc. to lower its prices.", "2:Apple Inc.|" },
                { "Shares of Acme Corp. fell in early trading.", "2:Acme Corp.|" },
                /* a listed institution named by its building is an organisation */
                { "Officials at the White House declined to comment.", "2:White House|" },
        };
        g_autoptr(GError) error = NULL;
        g_autoptr(Gazetteer) gz = gazetteer_new();
        g_assert_true(gazetteer_load_dir(gz, GAZETTEERS, &error));
        g_autoptr(NerModel) m = ner_model_load(SHIPPED_MODEL, &error);
        g_assert_no_error(error);
        g_autoptr(NerTagger) tagger = ner_tagger_new(m, gz);
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *found = candidates_of(tagger, cases[i].text);
                g_assert_cmpstr(found, ==, cases[i].names);
        }
}

static void test_deterministic(void)
{
        g_autoptr(Gazetteer) gz = gazetteer_new();
        g_auto(Corpus) c1 = { 0 };
        g_auto(Corpus) c2 = { 0 };
        g_autoptr(NerModel) m1 = train_fixture(gz, &c1);
        g_autoptr(NerModel) m2 = train_fixture(gz, &c2);
        g_assert_cmpuint(ner_model_file_size(m1), ==, ner_model_file_size(m2));
        g_assert_cmpuint(m1->stages[0].n_slots, ==, m2->stages[0].n_slots);
        g_assert_cmpmem(m1->stages[0].slots, m1->stages[0].n_slots * sizeof(NerSlot),
                        m2->stages[0].slots, m2->stages[0].n_slots * sizeof(NerSlot));
}

/* ---- the model file ------------------------------------------------------ */

static char *saved_fixture_model(GBytes **ret_bytes)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(Gazetteer) gz = gazetteer_new();
        g_auto(Corpus) c = { 0 };
        g_autoptr(NerModel) m = train_fixture(gz, &c);
        char *dir = g_dir_make_tmp("test-actors-tagger-XXXXXX", &error);
        g_assert_no_error(error);
        char *path = g_build_filename(dir, "tiny.model", NULL);
        g_assert_true(ner_model_save(m, path, &error));
        g_autofree char *data = NULL;
        size_t len;
        g_assert_true(g_file_get_contents(path, &data, &len, &error));
        g_assert_cmpuint(len, ==, ner_model_file_size(m));
        *ret_bytes = g_bytes_new(data, len);
        g_free(dir);
        return path;
}

static void remove_model(const char *path)
{
        g_autofree char *dir = g_path_get_dirname(path);
        g_unlink(path);
        g_rmdir(dir);
}

static void test_model_file(void)
{
        GBytes *bytes;
        g_autofree char *path = saved_fixture_model(&bytes);
        size_t len;
        const char *data = g_bytes_get_data(bytes, &len);
        g_autoptr(GError) error = NULL;
        g_autoptr(NerModel) loaded = ner_model_load(path, &error);
        g_assert_no_error(error);
        g_assert_cmpuint(loaded->n_stages, ==, 1);

        /* Each case: the file changed so, and a word of the error. */
        static const struct {
                size_t keep;   /* bytes kept; 0: all */
                size_t offset; /* a byte set to 0xff; 0: none */
                const char *want;
        } cases[] = {
                { 16, 0, "truncated" },
                { 40, 0, "truncated" },
                { 1000, 0, "truncated" },
                { 0, 3, "not a dossier named-entity model" },
                { 0, 8, "version" },
                { 0, 12, "version" },
                { 0, 20, "corrupt" },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *copy = g_memdup2(data, len);
                if (cases[i].offset)
                        copy[cases[i].offset] = (char) 0xff;
                size_t n = cases[i].keep ? cases[i].keep : len;
                g_assert_true(g_file_set_contents(path, copy, (gssize) n, NULL));
                g_autoptr(GError) e = NULL;
                g_autoptr(NerModel) m = ner_model_load(path, &e);
                g_assert_null(m);
                g_assert_error(e, NER_MODEL_ERROR, NER_MODEL_ERROR_FORMAT);
                g_assert_nonnull(strstr(e->message, path));
                if (!strstr(e->message, cases[i].want))
                        g_error("case %zu: '%s' lacks '%s'", i, e->message, cases[i].want);
        }
        remove_model(path);
        g_autoptr(GError) missing = NULL;
        g_assert_null(ner_model_load(path, &missing));
        g_assert_error(missing, NER_MODEL_ERROR, NER_MODEL_ERROR_READ);
        g_assert_nonnull(strstr(missing->message, path));
        g_bytes_unref(bytes);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/actors/tagger/features", test_features);
        g_test_add_func("/actors/tagger/features-gazetteer", test_features_gazetteer);
        g_test_add_func("/actors/tagger/spans", test_spans);
        g_test_add_func("/actors/tagger/train-and-tag", test_train_and_tag);
        g_test_add_func("/actors/tagger/shipped-joins", test_shipped_joins);
        g_test_add_func("/actors/tagger/deterministic", test_deterministic);
        g_test_add_func("/actors/tagger/model-file", test_model_file);
        return g_test_run();
}
