/* The document model: actors and mentions, times, events, quotes, key sentences,
 * annotations, and the argument checks at its entry points. */
#include <string.h>

#include <glib.h>

#include <dossier/error.h>

#include "model/doc-private.h"

#define BODY_A "President-elect Donald Trump met Kim Jong Un. Trump said \"Hello.\""
#define BODY_B "Kim spoke in Pyongyang."

typedef struct {
        DossierDoc *doc;
} Fixture;

/* Articles without the loader: this test is about the records, not about files. */
static void add_article(DossierDoc *doc, const char *id, const char *body)
{
        DossierArticle *a = dossier_doc_append_article(doc);
        a->id = dossier_arena_strdup(doc->arena, id);
        a->path = a->id;
        a->date = "2024-11-25";
        a->date_origin = DOSSIER_DATE_OPTION;
        a->body = dossier_arena_strdup(doc->arena, body);
        a->body_len = strlen(body);
}

static void fixture_set_up(Fixture *f, gconstpointer data)
{
        f->doc = dossier_doc_new();
        add_article(f->doc, "a", BODY_A);
        add_article(f->doc, "b", BODY_B);
}

static void fixture_tear_down(Fixture *f, gconstpointer data)
{
        g_clear_pointer(&f->doc, dossier_doc_free);
}

static DossierSpan span(uint32_t article, uint32_t start, uint32_t end)
{
        return (DossierSpan){ article, start, end };
}

static void test_actor_merge(Fixture *f, gconstpointer data)
{
        DossierActor *trump = dossier_doc_add_actor(f->doc, "Donald Trump", DOSSIER_ACTOR_PERSON,
                                                    NULL);
        g_assert_nonnull(trump);
        g_assert_null(dossier_actor_get_role(trump));

        /* same name: same actor, type kept, role fills the unset one */
        DossierActor *again = dossier_doc_add_actor(f->doc, "Donald Trump", DOSSIER_ACTOR_ORG,
                                                    "President-elect");
        g_assert_true(again == trump);
        g_assert_cmpuint(dossier_actor_get_type(trump), ==, DOSSIER_ACTOR_PERSON);
        g_assert_cmpstr(dossier_actor_get_role(trump), ==, "President-elect");

        /* a later role does not replace a stated one ... */
        dossier_doc_add_actor(f->doc, "Donald Trump", DOSSIER_ACTOR_PERSON, "President");
        g_assert_cmpstr(dossier_actor_get_role(trump), ==, "President-elect");
        /* ... but set_role does, and NULL clears it */
        dossier_actor_set_role(f->doc, trump, "President");
        g_assert_cmpstr(dossier_actor_get_role(trump), ==, "President");
        dossier_actor_set_role(f->doc, trump, NULL);
        g_assert_null(dossier_actor_get_role(trump));

        DossierActor *kim = dossier_doc_add_actor(f->doc, "Kim Jong Un", DOSSIER_ACTOR_PERSON, "");
        g_assert_null(dossier_actor_get_role(kim)); /* an empty role is no role */

        g_assert_cmpuint(dossier_doc_get_n_actors(f->doc), ==, 2);
        g_assert_true(dossier_doc_get_actor(f->doc, 0) == trump);
        g_assert_true(dossier_doc_get_actor(f->doc, 1) == kim);
        g_assert_true(dossier_doc_find_actor(f->doc, "Kim Jong Un") == kim);
        g_assert_null(dossier_doc_find_actor(f->doc, "Kim"));
        g_assert_cmpstr(dossier_actor_get_name(kim), ==, "Kim Jong Un");
}

static void test_mentions(Fixture *f, gconstpointer data)
{
        DossierActor *trump = dossier_doc_add_actor(f->doc, "Donald Trump", DOSSIER_ACTOR_PERSON,
                                                    NULL);
        DossierActor *kim = dossier_doc_add_actor(f->doc, "Kim Jong Un", DOSSIER_ACTOR_PERSON, NULL);

        dossier_doc_add_mention(f->doc, trump, span(0, 46, 51));
        dossier_doc_add_mention(f->doc, trump, span(0, 16, 28));
        dossier_doc_add_mention(f->doc, trump, span(0, 16, 28)); /* duplicate */
        dossier_doc_add_mention(f->doc, kim, span(0, 33, 44));
        dossier_doc_add_mention(f->doc, kim, span(1, 0, 3));
        dossier_doc_add_mention(f->doc, kim, span(1, 0, 3)); /* duplicate */

        g_assert_cmpuint(dossier_actor_get_n_mentions(trump), ==, 2);
        g_assert_cmpuint(dossier_actor_get_mention(trump, 0).start, ==, 46); /* order added */
        g_assert_cmpuint(dossier_actor_get_mention(trump, 1).start, ==, 16);
        g_assert_cmpuint(dossier_actor_get_n_articles(trump), ==, 1);
        g_assert_cmpuint(dossier_actor_get_n_mentions(kim), ==, 2);
        g_assert_cmpuint(dossier_actor_get_n_articles(kim), ==, 2);

        g_autofree char *text = dossier_doc_dup_text(f->doc, dossier_actor_get_mention(kim, 0));
        g_assert_cmpstr(text, ==, "Kim Jong Un");
}

static void test_find_actor_at(Fixture *f, gconstpointer data)
{
        DossierActor *trump = dossier_doc_add_actor(f->doc, "Donald Trump", DOSSIER_ACTOR_PERSON,
                                                    NULL);
        DossierActor *kim = dossier_doc_add_actor(f->doc, "Kim Jong Un", DOSSIER_ACTOR_PERSON, NULL);
        DossierActor *korea = dossier_doc_add_actor(f->doc, "North Korea", DOSSIER_ACTOR_PLACE, NULL);
        dossier_doc_add_mention(f->doc, trump, span(0, 16, 28));
        dossier_doc_add_mention(f->doc, kim, span(0, 33, 44));
        dossier_doc_add_mention(f->doc, korea, span(0, 0, 30)); /* long, overlaps Trump's */
        dossier_doc_add_mention(f->doc, kim, span(1, 0, 3));

        static const struct {
                DossierSpan where;
                const char *want;
        } cases[] = {
                { { 0, 16, 28 }, "Donald Trump" }, /* same overlap as North Korea: shorter */
                { { 0, 20, 21 }, "Donald Trump" },
                { { 0, 29, 30 }, "North Korea" },
                { { 0, 30, 33 }, NULL },           /* between mentions */
                { { 0, 40, 60 }, "Kim Jong Un" },
                { { 0, 44, 44 }, NULL },           /* the position right after a mention */
                { { 0, 43, 43 }, "Kim Jong Un" },  /* a position inside */
                { { 0, 0, 1 }, "North Korea" },
                { { 1, 1, 2 }, "Kim Jong Un" },
                { { 1, 3, 10 }, NULL },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                const DossierActor *got = dossier_doc_find_actor_at(f->doc, cases[i].where);
                const char *name = got != NULL ? dossier_actor_get_name(got) : NULL;
                if (g_strcmp0(name, cases[i].want) != 0) {
                        g_test_message("case %zu [%u,%u): got %s, want %s", i,
                                       cases[i].where.start, cases[i].where.end, name,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

/* Random mentions: the indexed search agrees with a scan of all of them. */
static void test_find_actor_at_random(void)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        g_autofree char *body = g_strnfill(5000, 'x');
        add_article(doc, "r", body);
        DossierActor *actors[8];
        for (size_t i = 0; i < G_N_ELEMENTS(actors); i++) {
                g_autofree char *name = g_strdup_printf("actor %zu", i);
                actors[i] = dossier_doc_add_actor(doc, name, DOSSIER_ACTOR_OTHER, NULL);
        }
        GRand *rand = g_rand_new_with_seed(42);
        for (int i = 0; i < 400; i++) {
                uint32_t start = g_rand_int_range(rand, 0, 4900);
                uint32_t len = g_rand_int_range(rand, 1, i % 50 == 0 ? 90 : 12);
                dossier_doc_add_mention(doc, actors[g_rand_int_range(rand, 0, 8)],
                                        span(0, start, start + len));
        }
        for (int q = 0; q < 2000; q++) {
                uint32_t start = g_rand_int_range(rand, 0, 4990);
                DossierSpan where = span(0, start, start + g_rand_int_range(rand, 1, 10));
                /* brute force: best overlap, then shortest, then earliest start */
                const DossierActor *want = NULL;
                uint32_t best = 0, best_start = UINT32_MAX, best_len = UINT32_MAX;
                for (size_t a = 0; a < G_N_ELEMENTS(actors); a++)
                        for (size_t m = 0; m < dossier_actor_get_n_mentions(actors[a]); m++) {
                                DossierSpan s = dossier_actor_get_mention(actors[a], m);
                                uint32_t lo = MAX(s.start, where.start), hi = MIN(s.end, where.end);
                                uint32_t o = hi > lo ? hi - lo : 0;
                                uint32_t len = s.end - s.start;
                                if (o > 0 && (o > best || (o == best && len < best_len) ||
                                              (o == best && len == best_len && s.start < best_start))) {
                                        want = actors[a];
                                        best = o;
                                        best_len = len;
                                        best_start = s.start;
                                }
                        }
                const DossierActor *got = dossier_doc_find_actor_at(doc, where);
                if (want == NULL)
                        g_assert_null(got);
                else
                        g_assert_nonnull(got);
                /* equal spans of two actors may legitimately resolve either way */
                if (got != want) {
                        const DossierActor *g = got;
                        bool same_span = false;
                        for (size_t m = 0; m < dossier_actor_get_n_mentions(g); m++) {
                                DossierSpan s = dossier_actor_get_mention(g, m);
                                uint32_t lo = MAX(s.start, where.start), hi = MIN(s.end, where.end);
                                if (s.start == best_start && s.end - s.start == best_len &&
                                    hi > lo && hi - lo == best)
                                        same_span = true;
                        }
                        g_assert_true(same_span);
                }
        }
        g_rand_free(rand);
}

static void test_times_events(Fixture *f, gconstpointer data)
{
        DossierTime *june = dossier_doc_add_time(f->doc, span(1, 0, 3), DOSSIER_TIME_DATE, "2024-06");
        g_assert_cmpuint(dossier_doc_get_n_times(f->doc), ==, 1);
        g_assert_true(dossier_doc_get_time(f->doc, 0) == june);
        g_assert_cmpstr(dossier_time_get_value(june), ==, "2024-06");
        g_assert_cmpuint(dossier_time_get_type(june), ==, DOSSIER_TIME_DATE);
        g_assert_cmpuint(dossier_time_get_span(june).article, ==, 1);

        DossierActor *kim = dossier_doc_add_actor(f->doc, "Kim Jong Un", DOSSIER_ACTOR_PERSON, NULL);
        DossierActor *korea = dossier_doc_add_actor(f->doc, "North Korea", DOSSIER_ACTOR_PLACE, NULL);
        DossierEvent *e = dossier_doc_add_event(f->doc, "2024-06", span(1, 0, 23), "Kim spoke", june);
        dossier_event_add_actor(f->doc, e, kim);
        dossier_event_add_actor(f->doc, e, korea);
        dossier_event_add_actor(f->doc, e, kim); /* no-op */
        g_assert_cmpuint(dossier_doc_get_n_events(f->doc), ==, 1);
        g_assert_cmpstr(dossier_event_get_value(e), ==, "2024-06");
        g_assert_cmpstr(dossier_event_get_label(e), ==, "Kim spoke");
        g_assert_true(dossier_event_get_time(e) == june);
        g_assert_cmpuint(dossier_event_get_sentence(e).end, ==, 23);
        g_assert_cmpuint(dossier_event_get_n_actors(e), ==, 2);
        g_assert_true(dossier_event_get_actor(e, 1) == korea);

        DossierEvent *undated = dossier_doc_add_event(f->doc, "2024", span(0, 0, 10), "x", NULL);
        g_assert_null(dossier_event_get_time(undated));
}

static void test_quotes(Fixture *f, gconstpointer data)
{
        DossierActor *hecker = dossier_doc_add_actor(f->doc, "Siegfried Hecker",
                                                     DOSSIER_ACTOR_PERSON, NULL);
        DossierActor *carlin = dossier_doc_add_actor(f->doc, "Robert Carlin", DOSSIER_ACTOR_PERSON,
                                                     NULL);
        DossierQuote *q = dossier_doc_add_quote(f->doc, span(0, 59, 65), true);
        g_assert_cmpuint(dossier_quote_get_n_speakers(q), ==, 0);
        dossier_quote_add_speaker(f->doc, q, hecker, NULL, span(0, 46, 51));
        dossier_quote_add_speaker(f->doc, q, carlin, NULL, span(0, 0, 0)); /* no mention */
        dossier_quote_add_speaker(f->doc, q, hecker, NULL, span(0, 46, 51)); /* same again */

        g_assert_cmpuint(dossier_doc_get_n_quotes(f->doc), ==, 1);
        g_assert_true(dossier_doc_get_quote(f->doc, 0) == q);
        g_assert_true(dossier_quote_is_direct(q));
        g_assert_cmpuint(dossier_quote_get_span(q).start, ==, 59);
        g_assert_cmpuint(dossier_quote_get_n_speakers(q), ==, 2);
        g_assert_true(dossier_quote_get_speaker_actor(q, 0) == hecker);
        g_assert_cmpstr(dossier_quote_get_speaker_text(q, 0), ==, "Siegfried Hecker");
        g_assert_cmpstr(dossier_quote_get_speaker_text(q, 1), ==, "Robert Carlin");
        g_assert_cmpuint(dossier_quote_get_speaker_mention(q, 0).end, ==, 51);
        DossierSpan none = dossier_quote_get_speaker_mention(q, 1);
        g_assert_cmpuint(none.start, ==, none.end);

        /* a description with no actor */
        DossierQuote *r = dossier_doc_add_quote(f->doc, span(1, 0, 10), false);
        dossier_quote_add_speaker(f->doc, r, NULL, "a source familiar with the talks",
                                  span(1, 0, 0));
        g_assert_false(dossier_quote_is_direct(r));
        g_assert_null(dossier_quote_get_speaker_actor(r, 0));
        g_assert_cmpstr(dossier_quote_get_speaker_text(r, 0), ==, "a source familiar with the talks");

        /* a mention that names nobody ("he" with nobody before it): no speaker */
        DossierQuote *u = dossier_doc_add_quote(f->doc, span(0, 0, 10), true);
        DossierSpan unset = dossier_quote_get_unnamed_speaker(u);
        g_assert_cmpuint(unset.start, ==, unset.end);
        dossier_quote_set_unnamed_speaker(f->doc, u, span(0, 12, 14));
        g_assert_cmpuint(dossier_quote_get_n_speakers(u), ==, 0);
        g_assert_cmpuint(dossier_quote_get_unnamed_speaker(u).start, ==, 12);
        g_assert_cmpuint(dossier_quote_get_unnamed_speaker(u).end, ==, 14);
}

static void test_key_sentences(Fixture *f, gconstpointer data)
{
        double score = 0;
        dossier_doc_add_key_sentence(f->doc, span(1, 0, 23), 0.9);
        dossier_doc_add_key_sentence(f->doc, span(0, 0, 45), 0.4);
        g_assert_cmpuint(dossier_doc_get_n_key_sentences(f->doc), ==, 2);
        DossierSpan best = dossier_doc_get_key_sentence(f->doc, 0, &score);
        g_assert_cmpuint(best.article, ==, 1);
        g_assert_cmpfloat(score, ==, 0.9);
        g_assert_cmpuint(dossier_doc_get_key_sentence(f->doc, 1, NULL).end, ==, 45);
}

static void test_annotations(Fixture *f, gconstpointer data)
{
        DossierAnnotation *a = dossier_doc_add_annotation(f->doc, "watchlist.term", span(1, 12, 21));
        dossier_annotation_set_attr(f->doc, a, "term", "Pyongyang");
        dossier_annotation_set_attr(f->doc, a, "list", "places");
        dossier_annotation_set_attr(f->doc, a, "term", "pyongyang"); /* replaces, keeps place */

        g_assert_cmpuint(dossier_doc_get_n_annotations(f->doc), ==, 1);
        g_assert_true(dossier_doc_get_annotation(f->doc, 0) == a);
        g_assert_cmpstr(dossier_annotation_get_type(a), ==, "watchlist.term");
        g_assert_cmpuint(dossier_annotation_get_span(a).start, ==, 12);
        g_assert_cmpstr(dossier_annotation_get_attr(a, "term"), ==, "pyongyang");
        g_assert_null(dossier_annotation_get_attr(a, "missing"));
        g_assert_cmpuint(dossier_annotation_get_n_attrs(a), ==, 2);
        const char *key, *value;
        dossier_annotation_get_attr_at(a, 0, &key, &value);
        g_assert_cmpstr(key, ==, "term");
        g_assert_cmpstr(value, ==, "pyongyang");
        dossier_annotation_get_attr_at(a, 1, &key, &value);
        g_assert_cmpstr(key, ==, "list");
}

static void test_articles(Fixture *f, gconstpointer data)
{
        g_assert_cmpuint(dossier_doc_get_n_articles(f->doc), ==, 2);
        const DossierArticle *b = dossier_doc_get_article(f->doc, 1);
        size_t len = 0;
        g_assert_cmpstr(dossier_article_get_id(b), ==, "b");
        g_assert_cmpstr(dossier_article_get_body(b, &len), ==, BODY_B);
        g_assert_cmpuint(len, ==, strlen(BODY_B));
        g_assert_cmpuint(dossier_article_get_index(b), ==, 1);
        g_assert_null(dossier_article_get_title(b));
}

static void test_type_names(void)
{
        g_assert_cmpstr(dossier_actor_type_to_string(DOSSIER_ACTOR_PERSON), ==, "PERSON");
        g_assert_cmpstr(dossier_actor_type_to_string(DOSSIER_ACTOR_ORG), ==, "ORG");
        g_assert_cmpstr(dossier_actor_type_to_string(DOSSIER_ACTOR_PLACE), ==, "PLACE");
        g_assert_cmpstr(dossier_actor_type_to_string(DOSSIER_ACTOR_OTHER), ==, "OTHER");
        g_assert_cmpstr(dossier_actor_type_to_string(0), ==, "UNKNOWN");
        g_assert_cmpstr(dossier_time_type_to_string(DOSSIER_TIME_DATE), ==, "DATE");
        g_assert_cmpstr(dossier_time_type_to_string(DOSSIER_TIME_TIME), ==, "TIME");
        g_assert_cmpstr(dossier_time_type_to_string(DOSSIER_TIME_DURATION), ==, "DURATION");
        g_assert_cmpstr(dossier_time_type_to_string(DOSSIER_TIME_SET), ==, "SET");
        g_assert_cmpstr(dossier_time_type_to_string(99), ==, "UNKNOWN");
        g_assert_cmpuint(dossier_error_quark(), !=, 0);
}

#define EXPECT_CRITICAL() \
        g_test_expect_message("dossier", G_LOG_LEVEL_CRITICAL, "*assertion*failed*")

/* A plugin's bad argument is its bug: a critical, a harmless return, no crash. */
static void test_bad_arguments(Fixture *f, gconstpointer data)
{
        DossierActor *kim = dossier_doc_add_actor(f->doc, "Kim", DOSSIER_ACTOR_PERSON, NULL);

        EXPECT_CRITICAL();
        dossier_doc_add_mention(f->doc, kim, span(2, 0, 1)); /* no article 2 */
        EXPECT_CRITICAL();
        dossier_doc_add_mention(f->doc, kim, span(1, 0, 99)); /* past the body */
        EXPECT_CRITICAL();
        dossier_doc_add_mention(f->doc, kim, span(1, 3, 3)); /* empty */
        EXPECT_CRITICAL();
        g_assert_null(dossier_doc_add_actor(f->doc, NULL, DOSSIER_ACTOR_PERSON, NULL));
        EXPECT_CRITICAL();
        g_assert_null(dossier_doc_add_actor(f->doc, "X", 9, NULL));
        EXPECT_CRITICAL();
        g_assert_null(dossier_doc_add_actor(f->doc, "bad \xff", DOSSIER_ACTOR_PERSON, NULL));
        EXPECT_CRITICAL();
        g_assert_null(dossier_doc_get_actor(f->doc, 5));
        EXPECT_CRITICAL();
        g_assert_null(dossier_doc_add_time(f->doc, span(0, 5, 2), DOSSIER_TIME_DATE, "2024"));
        EXPECT_CRITICAL();
        g_assert_null(dossier_doc_add_time(f->doc, span(0, 0, 2), 0, "2024"));
        EXPECT_CRITICAL();
        g_assert_null(dossier_doc_get_article(f->doc, 2));
        EXPECT_CRITICAL();
        g_assert_null(dossier_doc_dup_text(f->doc, span(0, 0, 1000)));
        EXPECT_CRITICAL();
        g_assert_null(dossier_doc_find_actor_at(f->doc, span(7, 0, 1)));
        EXPECT_CRITICAL();
        dossier_doc_add_key_sentence(f->doc, span(3, 0, 1), 1.0);
        DossierQuote *q = dossier_doc_add_quote(f->doc, span(0, 0, 5), true);
        EXPECT_CRITICAL();
        dossier_quote_add_speaker(f->doc, q, NULL, NULL, span(0, 0, 0));
        EXPECT_CRITICAL();
        g_assert_null(dossier_quote_get_speaker_text(q, 0));
        EXPECT_CRITICAL();
        dossier_quote_set_unnamed_speaker(f->doc, q, span(0, 4, 1000));
        g_test_assert_expected_messages();

        g_assert_cmpuint(dossier_actor_get_n_mentions(kim), ==, 0);
        g_assert_cmpuint(dossier_doc_get_n_actors(f->doc), ==, 1);
        g_assert_cmpuint(dossier_doc_get_n_key_sentences(f->doc), ==, 0);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
#define ADD(path, fn) g_test_add(path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
        ADD("/doc/actor-merge", test_actor_merge);
        ADD("/doc/mentions", test_mentions);
        ADD("/doc/find-actor-at", test_find_actor_at);
        ADD("/doc/times-events", test_times_events);
        ADD("/doc/quotes", test_quotes);
        ADD("/doc/key-sentences", test_key_sentences);
        ADD("/doc/annotations", test_annotations);
        ADD("/doc/articles", test_articles);
        ADD("/doc/bad-arguments", test_bad_arguments);
#undef ADD
        g_test_add_func("/doc/find-actor-at-random", test_find_actor_at_random);
        g_test_add_func("/doc/type-names", test_type_names);
        return g_test_run();
}
