/* One article of the doc as the `dossier extract` JSON object (issue 2, "schema";
 * docs/extract.schema.json). Only records whose span lies in that article appear. */
#include "model/doc-private.h"

static void add_span_array(JsonBuilder *b, DossierSpan span)
{
        json_builder_begin_array(b);
        json_builder_add_int_value(b, span.start);
        json_builder_add_int_value(b, span.end);
        json_builder_end_array(b);
}

static void add_string_member(JsonBuilder *b, const char *key, const char *value)
{
        json_builder_set_member_name(b, key);
        json_builder_add_string_value(b, value);
}

static void add_int_member(JsonBuilder *b, const char *key, int64_t value)
{
        json_builder_set_member_name(b, key);
        json_builder_add_int_value(b, value);
}

static int compare_spans(const void *a, const void *b)
{
        const DossierSpan *x = a, *y = b;
        if (x->start != y->start)
                return x->start < y->start ? -1 : 1;
        return x->end < y->end ? -1 : x->end > y->end ? 1 : 0;
}

/* Mentions in text order; an actor with none in this article is left out. */
static void add_actor(JsonBuilder *b, const DossierActor *actor, uint32_t article)
{
        g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(DossierSpan));

        for (uint32_t i = 0; i < actor->mentions.len; i++) {
                DossierSpan s = DOSSIER_ARENA_VEC_AT(actor->mentions, DossierSpan, i);
                if (s.article == article)
                        g_array_append_val(spans, s);
        }
        if (spans->len == 0)
                return;
        g_array_sort(spans, compare_spans);

        json_builder_begin_object(b);
        add_string_member(b, "name", actor->name);
        add_string_member(b, "type", dossier_actor_type_to_string(actor->type));
        if (actor->role != NULL)
                add_string_member(b, "role", actor->role);
        json_builder_set_member_name(b, "mentions");
        json_builder_begin_array(b);
        for (guint i = 0; i < spans->len; i++)
                add_span_array(b, g_array_index(spans, DossierSpan, i));
        json_builder_end_array(b);
        json_builder_end_object(b);
}

static void add_actors(JsonBuilder *b, const DossierDoc *doc, uint32_t article)
{
        json_builder_set_member_name(b, "actors");
        json_builder_begin_array(b);
        for (guint i = 0; i < doc->actors->len; i++)
                add_actor(b, g_ptr_array_index(doc->actors, i), article);
        json_builder_end_array(b);
}

static void add_times(JsonBuilder *b, const DossierDoc *doc, uint32_t article)
{
        json_builder_set_member_name(b, "times");
        json_builder_begin_array(b);
        for (guint i = 0; i < doc->times->len; i++) {
                const DossierTime *t = g_ptr_array_index(doc->times, i);
                if (t->span.article != article)
                        continue;
                g_autofree char *text = dossier_doc_dup_text(doc, t->span);
                json_builder_begin_object(b);
                add_int_member(b, "start", t->span.start);
                add_int_member(b, "end", t->span.end);
                add_string_member(b, "text", text);
                add_string_member(b, "type", dossier_time_type_to_string(t->type));
                add_string_member(b, "value", t->value);
                json_builder_end_object(b);
        }
        json_builder_end_array(b);
}

static void add_events(JsonBuilder *b, const DossierDoc *doc, uint32_t article)
{
        json_builder_set_member_name(b, "events");
        json_builder_begin_array(b);
        for (guint i = 0; i < doc->events->len; i++) {
                const DossierEvent *e = g_ptr_array_index(doc->events, i);
                if (e->sentence.article != article)
                        continue;
                json_builder_begin_object(b);
                add_string_member(b, "value", e->value);
                json_builder_set_member_name(b, "sentence");
                add_span_array(b, e->sentence);
                add_string_member(b, "label", e->label);
                json_builder_set_member_name(b, "actors");
                json_builder_begin_array(b);
                for (uint32_t k = 0; k < e->actors.len; k++)
                        json_builder_add_string_value(
                                b, DOSSIER_ARENA_VEC_AT(e->actors, const DossierActor *, k)->name);
                json_builder_end_array(b);
                json_builder_end_object(b);
        }
        json_builder_end_array(b);
}

static void add_nullable_int_member(JsonBuilder *b, const char *key, bool present, int64_t value)
{
        json_builder_set_member_name(b, key);
        if (present)
                json_builder_add_int_value(b, value);
        else
                json_builder_add_null_value(b);
}

/* Several speakers are joined with "; ", as the gold writes "A; B"; the offsets are
 * those of the first speaker that has a mention, else of the unnamed speaker's
 * mention ("he" with nobody before it: speaker null, the pronoun's offsets). */
static void add_speaker(JsonBuilder *b, const DossierQuote *q)
{
        g_autoptr(GString) names = g_string_new(NULL);
        const DossierSpan *mention = NULL;

        for (uint32_t i = 0; i < q->speakers.len; i++) {
                const QuoteSpeaker *s = &DOSSIER_ARENA_VEC_AT(q->speakers, QuoteSpeaker, i);
                if (mention == NULL && s->mention.start != s->mention.end)
                        mention = &s->mention;
                if (names->len > 0)
                        g_string_append(names, "; ");
                g_string_append(names, s->text);
        }
        if (mention == NULL && q->unnamed_speaker.start != q->unnamed_speaker.end)
                mention = &q->unnamed_speaker;
        json_builder_set_member_name(b, "speaker");
        if (names->len > 0)
                json_builder_add_string_value(b, names->str);
        else
                json_builder_add_null_value(b);
        add_nullable_int_member(b, "speaker_start", mention != NULL, mention ? mention->start : 0);
        add_nullable_int_member(b, "speaker_end", mention != NULL, mention ? mention->end : 0);
}

static void add_quotes(JsonBuilder *b, const DossierDoc *doc, uint32_t article)
{
        json_builder_set_member_name(b, "quotes");
        json_builder_begin_array(b);
        for (guint i = 0; i < doc->quotes->len; i++) {
                const DossierQuote *q = g_ptr_array_index(doc->quotes, i);
                if (q->span.article != article)
                        continue;
                json_builder_begin_object(b);
                add_int_member(b, "start", q->span.start);
                add_int_member(b, "end", q->span.end);
                add_speaker(b, q);
                json_builder_set_member_name(b, "direct");
                json_builder_add_boolean_value(b, q->direct);
                json_builder_end_object(b);
        }
        json_builder_end_array(b);
}

static void add_key_sentences(JsonBuilder *b, const DossierDoc *doc, uint32_t article)
{
        json_builder_set_member_name(b, "key_sentences");
        json_builder_begin_array(b);
        for (uint32_t i = 0; i < doc->key_sentences.len; i++) {
                const KeySentence *k = &DOSSIER_ARENA_VEC_AT(doc->key_sentences, KeySentence, i);
                if (k->span.article == article)
                        add_span_array(b, k->span);
        }
        json_builder_end_array(b);
}

static void add_annotations(JsonBuilder *b, const DossierDoc *doc, uint32_t article)
{
        json_builder_set_member_name(b, "annotations");
        json_builder_begin_array(b);
        for (guint i = 0; i < doc->annotations->len; i++) {
                const DossierAnnotation *a = g_ptr_array_index(doc->annotations, i);
                if (a->span.article != article)
                        continue;
                json_builder_begin_object(b);
                add_string_member(b, "type", a->type);
                add_int_member(b, "start", a->span.start);
                add_int_member(b, "end", a->span.end);
                json_builder_set_member_name(b, "attrs");
                json_builder_begin_object(b);
                for (uint32_t k = 0; k < a->attrs.len; k++) {
                        const AnnotationAttr *attr =
                                &DOSSIER_ARENA_VEC_AT(a->attrs, AnnotationAttr, k);
                        add_string_member(b, attr->key, attr->value);
                }
                json_builder_end_object(b);
                json_builder_end_object(b);
        }
        json_builder_end_array(b);
}

static void add_article_fields(JsonBuilder *b, const DossierArticle *a)
{
        add_string_member(b, "id", a->id);
        add_string_member(b, "date", a->date);
        if (a->title != NULL)
                add_string_member(b, "title", a->title);
        if (a->source != NULL)
                add_string_member(b, "source", a->source);
        if (a->url != NULL)
                add_string_member(b, "url", a->url);
}

JsonNode *dossier_doc_article_to_json(const DossierDoc *doc, size_t index)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(index < doc->articles->len, NULL);

        const DossierArticle *article = g_ptr_array_index(doc->articles, index);
        g_autoptr(JsonBuilder) b = json_builder_new();
        uint32_t i = (uint32_t) index;

        json_builder_begin_object(b);
        add_article_fields(b, article);
        add_actors(b, doc, i);
        add_times(b, doc, i);
        add_events(b, doc, i);
        add_quotes(b, doc, i);
        add_key_sentences(b, doc, i);
        add_annotations(b, doc, i);
        json_builder_end_object(b);
        return json_builder_get_root(b);
}
