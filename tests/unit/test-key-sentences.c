/* Unit tests for the key-sentences core: which sentences may be picked, TF-IDF
 * similarity, ranking and near-duplicate removal. */
#include <string.h>

#include <glib.h>

#include "../../plugins/key-sentences/rank.h"
#include "../../plugins/key-sentences/sentence-filter.h"
#include "../../plugins/key-sentences/term-vectors.h"

static const struct {
        const char *text;
        const char *title;
        bool want;
} eligibility[] = {
        { "North Korea has strengthened its nuclear arsenal and deepened ties with Russia.", NULL,
          true },
        { "\"We will never lower the weight of military balance,\" Kim declared.", NULL, true },
        { "12 people were killed when the bridge collapsed on Friday.", NULL, true },
        { "Trump weighs return to direct talks with Kim Jong Un", NULL, false }, /* headline */
        { "Trump weighs return to direct talks with Kim Jong Un.",
          "Trump weighs return to direct talks with Kim Jong Un", false }, /* repeats title */
        { "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY.", NULL, false },
        { "LONDON 1996-08-30", NULL, false },                   /* dateline */
        { "He left.", NULL, false },                            /* too short */
        { "Sandrine Testud (France) beat Ines Gorrochategui 4-6 6-2 6-1 7-5 6-3.", NULL,
          false },                                              /* a results table */
        { "and then the talks went on for another six long hours.", NULL, false }, /* fragment */
};

static void test_eligible(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(eligibility); i++) {
                const char *t = eligibility[i].text;
                bool got = sentence_is_eligible(t, strlen(t), eligibility[i].title);
                if (got != eligibility[i].want) {
                        g_test_message("case %zu '%s': got %d, want %d", i, t, got,
                                       eligibility[i].want);
                        g_test_fail();
                }
        }
        g_autoptr(GString) s = g_string_new(NULL);
        for (int i = 0; i < SENTENCE_MAX_WORDS + 1; i++)
                g_string_append(s, "word ");
        g_string_append(s, "end.");
        g_assert_false(sentence_is_eligible(s->str, s->len, NULL)); /* too long */
}

static void test_quote_share(void)
{
        const char *q = "\"It will be a very different dynamic,\" he said.";
        g_assert_cmpfloat(sentence_quote_share(q, strlen(q)), >, 0.7);
        const char *n = "The talks resumed on Friday.";
        g_assert_cmpfloat(sentence_quote_share(n, strlen(n)), ==, 0.0);
}

static TermVectors *vectors(const char *const *texts, size_t n)
{
        g_autofree size_t *lens = g_new(size_t, n);
        for (size_t i = 0; i < n; i++)
                lens[i] = strlen(texts[i]);
        return term_vectors_new(texts, lens, n);
}

static void test_similarity(void)
{
        const char *const texts[] = {
                "North Korea's leader Kim met envoys in Pyongyang.",
                "North Korean leader Kim met the envoys in Pyongyang on Friday.",
                "Apple sold more phones than expected this quarter.",
                "The and of to in.",
        };
        g_autoptr(TermVectors) tv = vectors(texts, G_N_ELEMENTS(texts));
        g_assert_cmpfloat(term_vectors_cosine(tv, 0, 0), >, 0.999);
        g_assert_cmpfloat(term_vectors_cosine(tv, 0, 1), >, 0.5);
        g_assert_cmpfloat(term_vectors_cosine(tv, 0, 2), ==, 0.0);
        g_assert_cmpfloat(term_vectors_overlap(tv, 0, 1), >, 0.8);
        g_assert_cmpuint(term_vectors_n_terms(tv, 3), ==, 0); /* stop words only */
        g_assert_cmpfloat(term_vectors_cosine(tv, 3, 0), ==, 0.0);
}

/* Two articles tell the same story: one of the two lead sentences is enough. */
static void test_duplicates_removed(void)
{
        const char *const texts[] = {
                "Apple unveiled the new iPhone at its developers conference in San Francisco.",
                "The company also cut prices of its older music players.",
                "At its developers conference in San Francisco, Apple unveiled the new iPhone.",
                "Analysts said the new iPhone would sell well in Europe and Asia.",
        };
        RankInput in[] = { { 0, 1, 0 }, { 1, 0, 0 }, { 0, 1, 0 }, { 1, 0, 0 } };
        g_autoptr(TermVectors) tv = vectors(texts, G_N_ELEMENTS(texts));
        RankOptions options = { .count = 3, .duplicate = 0.7 };
        g_autoptr(GArray) picks = rank_sentences(tv, in, G_N_ELEMENTS(texts), &options);
        g_assert_cmpuint(picks->len, ==, 3);
        bool first = false, third = false;
        for (guint i = 0; i < picks->len; i++) {
                size_t k = g_array_index(picks, RankPick, i).index;
                first = first || k == 0;
                third = third || k == 2;
        }
        g_assert_true(first != third); /* exactly one of the twins */
        for (guint i = 1; i < picks->len; i++)
                g_assert_cmpfloat(g_array_index(picks, RankPick, i - 1).score, >=,
                                  g_array_index(picks, RankPick, i).score);
}

/* A sentence that says what the others are about outranks an earlier aside: the
 * ranking is not simply the first sentences. */
static void test_not_positional(void)
{
        const char *const texts[] = {
                "The weather in the capital was mild for the season.",
                "Officials arrived by train from the north.",
                "Talks on the nuclear programme resumed between the two envoys.",
                "The nuclear programme talks focused on sanctions relief for the envoys.",
                "Both envoys said the nuclear talks on sanctions would continue.",
                "Nuclear sanctions talks between envoys are expected to continue next week.",
        };
        RankInput in[G_N_ELEMENTS(texts)];
        for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
                in[i] = (RankInput) { .position = (uint32_t) i };
        g_autoptr(TermVectors) tv = vectors(texts, G_N_ELEMENTS(texts));
        RankOptions options = { .count = 2, .duplicate = 0.95 };
        g_autoptr(GArray) picks = rank_sentences(tv, in, G_N_ELEMENTS(texts), &options);
        g_assert_cmpuint(picks->len, ==, 2);
        for (guint i = 0; i < picks->len; i++) {
                size_t k = g_array_index(picks, RankPick, i).index;
                if (k == 0 || k == 1) {
                        g_test_message("pick %u is the aside at position %zu", i, k);
                        g_test_fail();
                }
        }
        g_autoptr(GArray) central = rank_centrality(tv, G_N_ELEMENTS(texts));
        double sum = 0.0;
        for (guint i = 0; i < central->len; i++)
                sum += g_array_index(central, double, i);
        g_assert_cmpfloat_with_epsilon(sum, 1.0, 1e-6);
}

static void test_position_cap(void)
{
        RankInput in[] = { { 0, 0, 0 }, { 1, 0, 0 }, { 2, 0, 0 }, { 0, 0, 0 }, { 1, 0, 0 } };
        g_assert_cmpuint(rank_position_cap(in, 5, 10), ==, UINT32_MAX);
        g_assert_cmpuint(rank_position_cap(in, 5, 4), ==, 2); /* positions 0 and 1: 4 */
        g_assert_cmpuint(rank_position_cap(in, 5, 3), ==, 1);
}

static void test_empty(void)
{
        g_autoptr(TermVectors) tv = term_vectors_new(NULL, NULL, 0);
        RankOptions options = { .count = 8, .duplicate = 0.7 };
        g_autoptr(GArray) picks = rank_sentences(tv, NULL, 0, &options);
        g_assert_cmpuint(picks->len, ==, 0);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/key-sentences/eligible", test_eligible);
        g_test_add_func("/key-sentences/quote-share", test_quote_share);
        g_test_add_func("/key-sentences/similarity", test_similarity);
        g_test_add_func("/key-sentences/duplicates-removed", test_duplicates_removed);
        g_test_add_func("/key-sentences/not-positional", test_not_positional);
        g_test_add_func("/key-sentences/position-cap", test_position_cap);
        g_test_add_func("/key-sentences/empty", test_empty);
        return g_test_run();
}
