/* The `dossier extract` object: written, parsed back, checked key by key. */
#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "model/doc-host.h"

#define ARTICLE_A                                                                     \
        "---\nid: a\ntitle: Talks\ndate: 2024-11-25\nurl: https://x.example/a\n---\n" \
        "Trump met Kim in June. \"It went well,\" wrote Hecker and Carlin.\n"
#define ARTICLE_B "Kim spoke. Russia listened.\n"

typedef struct {
        DossierDoc *doc;
        JsonObject *root; /* article 0, parsed back from its text */
        JsonParser *parser;
} Fixture;

static DossierSpan span(uint32_t article, uint32_t start, uint32_t end)
{
        return (DossierSpan){ article, start, end };
}

static void fill(DossierDoc *doc)
{
        DossierActor *trump = dossier_doc_add_actor(doc, "Donald Trump", DOSSIER_ACTOR_PERSON, NULL);
        DossierActor *kim = dossier_doc_add_actor(doc, "Kim Jong Un", DOSSIER_ACTOR_PERSON, "leader");
        DossierActor *russia = dossier_doc_add_actor(doc, "Russia", DOSSIER_ACTOR_PLACE, NULL);
        DossierActor *hecker = dossier_doc_add_actor(doc, "Siegfried Hecker", DOSSIER_ACTOR_PERSON,
                                                     NULL);
        DossierActor *carlin = dossier_doc_add_actor(doc, "Robert Carlin", DOSSIER_ACTOR_PERSON, NULL);
        dossier_doc_add_mention(doc, kim, span(0, 10, 13));
        dossier_doc_add_mention(doc, kim, span(1, 0, 3));
        dossier_doc_add_mention(doc, trump, span(0, 0, 5));
        dossier_doc_add_mention(doc, russia, span(1, 11, 17)); /* article 1 only */
        dossier_doc_add_mention(doc, hecker, span(0, 45, 51));
        dossier_doc_add_mention(doc, carlin, span(0, 56, 62));

        DossierTime *june = dossier_doc_add_time(doc, span(0, 17, 21), DOSSIER_TIME_DATE, "2024-06");
        dossier_doc_add_time(doc, span(1, 0, 3), DOSSIER_TIME_DATE, "XXXX"); /* other article */
        DossierEvent *e = dossier_doc_add_event(doc, "2024-06", span(0, 0, 22), "Trump met Kim", june);
        dossier_event_add_actor(doc, e, trump);
        dossier_event_add_actor(doc, e, kim);

        DossierQuote *q = dossier_doc_add_quote(doc, span(0, 24, 37), true);
        dossier_quote_add_speaker(doc, q, hecker, NULL, span(0, 45, 51));
        dossier_quote_add_speaker(doc, q, carlin, NULL, span(0, 56, 62));
        dossier_quote_set_unnamed_speaker(doc, q, span(0, 38, 44)); /* a named speaker's mention wins */
        dossier_doc_add_quote(doc, span(0, 0, 22), false); /* no speaker */
        DossierQuote *described = dossier_doc_add_quote(doc, span(0, 24, 37), true);
        dossier_quote_add_speaker(doc, described, NULL, "a source", span(0, 0, 0));
        DossierQuote *they = dossier_doc_add_quote(doc, span(0, 38, 44), false);
        dossier_quote_set_unnamed_speaker(doc, they, span(0, 45, 49));

        dossier_doc_add_key_sentence(doc, span(0, 23, 63), 0.9);
        dossier_doc_add_key_sentence(doc, span(1, 0, 10), 0.8);
        dossier_doc_add_key_sentence(doc, span(0, 0, 22), 0.5);

        DossierAnnotation *a = dossier_doc_add_annotation(doc, "watchlist.term", span(0, 10, 13));
        dossier_annotation_set_attr(doc, a, "term", "Kim");
        dossier_annotation_set_attr(doc, a, "list", "people");
}

static void fixture_set_up(Fixture *f, gconstpointer data)
{
        g_autoptr(GError) error = NULL;
        DossierLoadOptions options = { .date_option = "2024-12-01" };

        f->doc = dossier_doc_new();
        g_assert_true(dossier_doc_add_article_from_data(f->doc, "a.txt", ARTICLE_A,
                                                        strlen(ARTICLE_A), 0, &options, &error));
        g_assert_true(dossier_doc_add_article_from_data(f->doc, "b.txt", ARTICLE_B,
                                                        strlen(ARTICLE_B), 0, &options, &error));
        g_assert_no_error(error);
        fill(f->doc);

        /* through text and back, as `dossier extract` users read it */
        g_autoptr(JsonNode) node = dossier_doc_article_to_json(f->doc, 0);
        g_autofree char *text = json_to_string(node, FALSE);
        g_assert_null(strchr(text, '\n')); /* one line per article */
        f->parser = json_parser_new();
        g_assert_true(json_parser_load_from_data(f->parser, text, -1, &error));
        g_assert_no_error(error);
        f->root = json_node_get_object(json_parser_get_root(f->parser));
}

static void fixture_tear_down(Fixture *f, gconstpointer data)
{
        g_clear_object(&f->parser);
        g_clear_pointer(&f->doc, dossier_doc_free);
}

static void assert_span(JsonArray *a, int64_t start, int64_t end)
{
        g_assert_cmpuint(json_array_get_length(a), ==, 2);
        g_assert_cmpint(json_array_get_int_element(a, 0), ==, start);
        g_assert_cmpint(json_array_get_int_element(a, 1), ==, end);
}

static void test_keys(Fixture *f, gconstpointer data)
{
        static const char *const keys[] = { "id",     "date",   "title",  "url",
                                            "actors", "times",  "events", "quotes",
                                            "key_sentences", "annotations" };
        for (size_t i = 0; i < G_N_ELEMENTS(keys); i++)
                if (!json_object_has_member(f->root, keys[i])) {
                        g_test_message("missing key '%s'", keys[i]);
                        g_test_fail();
                }
        g_assert_false(json_object_has_member(f->root, "source")); /* absent in front matter */
        g_assert_cmpuint(json_object_get_size(f->root), ==, G_N_ELEMENTS(keys));
        g_assert_cmpstr(json_object_get_string_member(f->root, "id"), ==, "a");
        g_assert_cmpstr(json_object_get_string_member(f->root, "date"), ==, "2024-11-25");
        g_assert_cmpstr(json_object_get_string_member(f->root, "title"), ==, "Talks");
}

static void test_actors(Fixture *f, gconstpointer data)
{
        JsonArray *actors = json_object_get_array_member(f->root, "actors");
        /* Russia is mentioned only in article 1 */
        g_assert_cmpuint(json_array_get_length(actors), ==, 4);

        JsonObject *trump = json_array_get_object_element(actors, 0);
        g_assert_cmpstr(json_object_get_string_member(trump, "name"), ==, "Donald Trump");
        g_assert_cmpstr(json_object_get_string_member(trump, "type"), ==, "PERSON");
        g_assert_false(json_object_has_member(trump, "role"));

        JsonObject *kim = json_array_get_object_element(actors, 1);
        g_assert_cmpstr(json_object_get_string_member(kim, "role"), ==, "leader");
        JsonArray *mentions = json_object_get_array_member(kim, "mentions");
        g_assert_cmpuint(json_array_get_length(mentions), ==, 1); /* not article 1's */
        assert_span(json_array_get_array_element(mentions, 0), 10, 13);
}

static void test_times_events(Fixture *f, gconstpointer data)
{
        JsonArray *times = json_object_get_array_member(f->root, "times");
        g_assert_cmpuint(json_array_get_length(times), ==, 1);
        JsonObject *t = json_array_get_object_element(times, 0);
        g_assert_cmpint(json_object_get_int_member(t, "start"), ==, 17);
        g_assert_cmpint(json_object_get_int_member(t, "end"), ==, 21);
        g_assert_cmpstr(json_object_get_string_member(t, "text"), ==, "June");
        g_assert_cmpstr(json_object_get_string_member(t, "type"), ==, "DATE");
        g_assert_cmpstr(json_object_get_string_member(t, "value"), ==, "2024-06");

        JsonArray *events = json_object_get_array_member(f->root, "events");
        g_assert_cmpuint(json_array_get_length(events), ==, 1);
        JsonObject *e = json_array_get_object_element(events, 0);
        g_assert_cmpstr(json_object_get_string_member(e, "value"), ==, "2024-06");
        g_assert_cmpstr(json_object_get_string_member(e, "label"), ==, "Trump met Kim");
        assert_span(json_object_get_array_member(e, "sentence"), 0, 22);
        JsonArray *names = json_object_get_array_member(e, "actors");
        g_assert_cmpuint(json_array_get_length(names), ==, 2);
        g_assert_cmpstr(json_array_get_string_element(names, 1), ==, "Kim Jong Un");
}

static void test_quotes(Fixture *f, gconstpointer data)
{
        JsonArray *quotes = json_object_get_array_member(f->root, "quotes");
        g_assert_cmpuint(json_array_get_length(quotes), ==, 4);

        JsonObject *two = json_array_get_object_element(quotes, 0);
        g_assert_cmpint(json_object_get_int_member(two, "start"), ==, 24);
        g_assert_cmpint(json_object_get_int_member(two, "end"), ==, 37);
        g_assert_cmpstr(json_object_get_string_member(two, "speaker"), ==,
                        "Siegfried Hecker; Robert Carlin");
        g_assert_cmpint(json_object_get_int_member(two, "speaker_start"), ==, 45);
        g_assert_cmpint(json_object_get_int_member(two, "speaker_end"), ==, 51);
        g_assert_true(json_object_get_boolean_member(two, "direct"));

        JsonObject *none = json_array_get_object_element(quotes, 1);
        g_assert_true(json_object_get_null_member(none, "speaker"));
        g_assert_true(json_object_get_null_member(none, "speaker_start"));
        g_assert_true(json_object_get_null_member(none, "speaker_end"));
        g_assert_false(json_object_get_boolean_member(none, "direct"));

        JsonObject *described = json_array_get_object_element(quotes, 2);
        g_assert_cmpstr(json_object_get_string_member(described, "speaker"), ==, "a source");
        g_assert_true(json_object_get_null_member(described, "speaker_start"));

        /* an unnamed speaker ("They" with nobody before it): speaker unknown, its
         * mention kept */
        JsonObject *they = json_array_get_object_element(quotes, 3);
        g_assert_true(json_object_get_null_member(they, "speaker"));
        g_assert_cmpint(json_object_get_int_member(they, "speaker_start"), ==, 45);
        g_assert_cmpint(json_object_get_int_member(they, "speaker_end"), ==, 49);
}

static void test_key_sentences_annotations(Fixture *f, gconstpointer data)
{
        JsonArray *keys = json_object_get_array_member(f->root, "key_sentences");
        g_assert_cmpuint(json_array_get_length(keys), ==, 2); /* rank order, this article */
        assert_span(json_array_get_array_element(keys, 0), 23, 63);
        assert_span(json_array_get_array_element(keys, 1), 0, 22);

        JsonArray *notes = json_object_get_array_member(f->root, "annotations");
        g_assert_cmpuint(json_array_get_length(notes), ==, 1);
        JsonObject *a = json_array_get_object_element(notes, 0);
        g_assert_cmpstr(json_object_get_string_member(a, "type"), ==, "watchlist.term");
        g_assert_cmpint(json_object_get_int_member(a, "start"), ==, 10);
        JsonObject *attrs = json_object_get_object_member(a, "attrs");
        g_assert_cmpuint(json_object_get_size(attrs), ==, 2);
        g_assert_cmpstr(json_object_get_string_member(attrs, "term"), ==, "Kim");
        g_assert_cmpstr(json_object_get_string_member(attrs, "list"), ==, "people");
}

/* The second article gets its own records only, and empty arrays, not missing keys. */
static void test_second_article(Fixture *f, gconstpointer data)
{
        g_autoptr(JsonNode) node = dossier_doc_article_to_json(f->doc, 1);
        JsonObject *o = json_node_get_object(node);
        g_assert_cmpstr(json_object_get_string_member(o, "id"), ==, "b");
        g_assert_cmpstr(json_object_get_string_member(o, "date"), ==, "2024-12-01");
        g_assert_false(json_object_has_member(o, "title"));
        g_assert_cmpuint(json_array_get_length(json_object_get_array_member(o, "actors")), ==, 2);
        g_assert_cmpuint(json_array_get_length(json_object_get_array_member(o, "quotes")), ==, 0);
        g_assert_cmpuint(json_array_get_length(json_object_get_array_member(o, "events")), ==, 0);
        g_assert_cmpuint(json_array_get_length(json_object_get_array_member(o, "annotations")), ==, 0);
        g_assert_cmpuint(json_array_get_length(json_object_get_array_member(o, "key_sentences")), ==, 1);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
#define ADD(path, fn) g_test_add(path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
        ADD("/doc-json/keys", test_keys);
        ADD("/doc-json/actors", test_actors);
        ADD("/doc-json/times-events", test_times_events);
        ADD("/doc-json/quotes", test_quotes);
        ADD("/doc-json/key-sentences-annotations", test_key_sentences_annotations);
        ADD("/doc-json/second-article", test_second_article);
#undef ADD
        return g_test_run();
}
