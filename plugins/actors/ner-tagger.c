/* Two stages: the first labels each word from its own features; the second sees
 * those labels across the article too (how the same word was labelled elsewhere,
 * and first), which makes the labels of one string agree within an article. */
#include "ner-tagger.h"

#include "role.h"

typedef struct Span {
        size_t a, b;
        unsigned type;
} Span;

struct NerTagger {
        const NerModel *model;
        const Gazetteer *gz;
        GString *buf;
        NerFeatures local;
        NerFeatures global;
        GArray *first; /* uint8_t labels of the first stage */
        GArray *labels;
        GArray *fixed; /* uint8_t: what the second stage need not decide */
        GArray *spans; /* Span */
};

NerTagger *ner_tagger_new(const NerModel *model, const Gazetteer *gz)
{
        NerTagger *t = g_new0(NerTagger, 1);
        t->model = model;
        t->gz = gz;
        t->buf = g_string_new(NULL);
        ner_features_init(&t->local);
        ner_features_init(&t->global);
        t->first = g_array_new(FALSE, FALSE, 1);
        t->labels = g_array_new(FALSE, FALSE, 1);
        t->spans = g_array_new(FALSE, FALSE, sizeof(Span));
        t->fixed = g_array_new(FALSE, FALSE, 1);
        return t;
}

void ner_tagger_free(NerTagger *t)
{
        if (!t)
                return;
        g_string_free(t->buf, TRUE);
        ner_features_clear(&t->local);
        ner_features_clear(&t->global);
        g_array_unref(t->first);
        g_array_unref(t->labels);
        g_array_unref(t->spans);
        g_array_unref(t->fixed);
        g_free(t);
}

/* The second stage decides only near names: a lower-case word that the
 * first stage left out, as its neighbours, keeps O. Saves half the time. */
static const uint8_t *settled(NerTagger *t, const Word *w, size_t n, const uint8_t *first)
{
        g_array_set_size(t->fixed, n);
        uint8_t *fixed = (uint8_t *) t->fixed->data;
        for (size_t i = 0; i < n; i++) {
                bool quiet = first[i] == NER_O && (i == 0 || first[i - 1] == NER_O) &&
                             (i + 1 == n || first[i + 1] == NER_O);
                fixed[i] = quiet && (w[i].flags & WORD_LOWER) ? NER_O : NER_UNFIXED;
        }
        return fixed;
}

const uint8_t *ner_tagger_label(NerTagger *t, const char *body, const Word *words, size_t n)
{
        const NerModel *m = t->model;
        g_array_set_size(t->first, n);
        g_array_set_size(t->labels, n);
        ner_features_local(t->gz, t->buf, body, words, n, &t->local);
        const NerFeatures *sets[2] = { &t->local, &t->global };
        uint8_t *first = (uint8_t *) t->first->data;
        ner_stage_tag(&m->stages[0], sets, 1, words, n, NULL, first);
        if (m->n_stages < 2)
                return first;
        ner_features_global(body, words, n, first, &t->global);
        ner_stage_tag(&m->stages[1], sets, 2, words, n, settled(t, words, n, first),
                      (uint8_t *) t->labels->data);
        return (const uint8_t *) t->labels->data;
}

void ner_labels_spans(const uint8_t *labels, const Word *words, size_t n, NerSpanFunc fn,
                      void *data)
{
        size_t start = 0;
        unsigned type = 0;
        bool open = false;
        for (size_t i = 0; i < n; i++) {
                unsigned l = labels[i];
                /* after B or I a name must go on: B or U of the same type there
                 * continues it ("Donald/B Trump/U") */
                /* I or L goes on with the open name whatever its type
                 * ("Donald/B-PER Trump/L-MISC"): the name keeps its first type */
                bool inside = ner_label_part(l) == NER_I || ner_label_part(l) == NER_L;
                bool breaks = l == NER_O || !open || (ner_label_type(l) != type && !inside) ||
                              words[i].sentence != words[i - 1].sentence;
                if (open && breaks) {
                        fn(start, i, type, data);
                        open = false;
                }
                if (l == NER_O)
                        continue;
                if (!open) {
                        open = true;
                        start = i;
                        type = ner_label_type(l);
                }
                if (ner_label_part(l) == NER_L || ner_label_part(l) == NER_U) {
                        fn(start, i + 1, type, data);
                        open = false;
                }
        }
        if (open)
                fn(start, n, type, data);
}

typedef struct Emit {
        NerTagger *t;
        const char *body;
        const Word *w;
        size_t n;
        GArray *out;
} Emit;

static bool sentence_in_caps(const Word *w, size_t a, size_t b)
{
        for (size_t i = a; i < b; i++)
                if (w[i].flags & WORD_LOWER)
                        return false;
        return true;
}

/* The gazetteer's entry for the span, if any. */
static const GzEntry *listed(Emit *e, size_t a, size_t b, bool caps)
{
        if (!e->t->gz)
                return NULL;
        if (caps)
                return gazetteer_find_folded(e->t->gz, words_phrase(e->t->buf, e->body, e->w, a, b, true));
        return gazetteer_find(e->t->gz, words_phrase(e->t->buf, e->body, e->w, a, b, false));
}

static RoleSpan person_role(Emit *e, size_t first, size_t a, size_t b, size_t end)
{
        RoleSpan r = role_before(e->t->gz, e->t->buf, e->body, e->w, first, a);
        if (r.start == r.end) {
                bool honorific = r.honorific;
                r = role_after(e->t->gz, e->t->buf, e->body, e->w, b, end);
                r.honorific = honorific;
        }
        return r;
}

static void collect_span(size_t a, size_t b, unsigned type, void *data)
{
        Span s = { a, b, type };
        g_array_append_val((GArray *) data, s);
}

/* "James Martin Center" + "for" + "Nonproliferation Studies": a name ending in
 * an organisation's cue word, then "of" or "for" and another name, is one
 * organisation. The news the model learnt from rarely has such long names. */
static void join_institutions(Emit *e, GArray *spans)
{
        const Gazetteer *gz = e->t->gz;
        guint k = 0;
        for (guint i = 0; i < spans->len; i++, k++) {
                Span s = g_array_index(spans, Span, i);
                while (gz && i + 1 < spans->len) {
                        const Span *next = &g_array_index(spans, Span, i + 1);
                        const Word *last = &e->w[s.b - 1];
                        g_string_truncate(e->t->buf, 0);
                        g_string_append_len(e->t->buf, e->body + last->start, last->end - last->start);
                        if (next->a != s.b + 1 || e->w[s.b].sentence != last->sentence ||
                            !(word_is(e->body, &e->w[s.b], "of") || word_is(e->body, &e->w[s.b], "for")) ||
                            !gazetteer_is_org_cue(gz, e->t->buf->str))
                                break;
                        s.b = next->b;
                        s.type = 1; /* ORG */
                        i++;
                }
                g_array_index(spans, Span, k) = s;
        }
        g_array_set_size(spans, k);
}

/* "Apple" + "Inc.": a one-word name that is only an organisation's cue word
 * ("Inc.", "Corp.", "Group") is never a name of its own; right after another
 * name it ends that name, which is then an organisation. */
static void join_cue_words(Emit *e, GArray *spans)
{
        const Gazetteer *gz = e->t->gz;
        guint k = 0;
        for (guint i = 0; i < spans->len; i++) {
                Span s = g_array_index(spans, Span, i);
                if (gz && k > 0 && s.b == s.a + 1) {
                        Span *prev = &g_array_index(spans, Span, k - 1);
                        const Word *w = &e->w[s.a];
                        g_string_truncate(e->t->buf, 0);
                        g_string_append_len(e->t->buf, e->body + w->start, w->end - w->start);
                        if (prev->b == s.a && e->w[prev->b - 1].sentence == w->sentence &&
                            gazetteer_is_org_cue(gz, e->t->buf->str)) {
                                prev->b = s.b;
                                prev->type = 1; /* ORG */
                                continue;
                        }
                }
                g_array_index(spans, Span, k++) = s;
        }
        g_array_set_size(spans, k);
}

static void emit_span(Emit *e, size_t a, size_t b, unsigned label_type)
{
        const Word *w = e->w;
        size_t first = a, end = b;
        while (first > 0 && w[first - 1].sentence == w[a].sentence)
                first--;
        while (end < e->n && w[end].sentence == w[a].sentence)
                end++;
        NameType type = (NameType) (label_type + 1);
        bool caps = sentence_in_caps(w, first, end);
        const GzEntry *g = listed(e, a, b, caps);
        /* a listed person is one whatever the model says: the training news is
         * from 1996, and "Trump" was a casino then */
        if (g && g->kind == GZ_PERSON)
                type = NAME_PERSON;
        /* a listed institution named by its building ("the White House", "the
         * Kremlin") acts as an organisation; CoNLL tags the place */
        if (g && g->kind == GZ_ORG && type == NAME_PLACE)
                type = NAME_ORG;
        const char *canon = g && g->kind == (uint8_t) type && type != NAME_OTHER ? g->canonical : NULL;
        RoleSpan role = { 0 };
        if (type == NAME_PERSON && e->t->gz)
                role = person_role(e, first, a, b, end);
        Candidate c = {
                .start = w[a].start,
                .end = w[b - 1].end,
                .role_start = role.start,
                .role_end = role.end,
                .sentence = w[a].sentence,
                .type = type,
                .evidence = EVIDENCE_CUE,
                .n_words = (uint8_t) MIN(b - a, (size_t) 255),
                .caps = caps,
                .canonical = canon,
        };
        g_array_append_val(e->out, c);
}

void ner_tagger_find(NerTagger *t, const char *body, const Word *words, size_t n, GArray *out)
{
        const uint8_t *labels = ner_tagger_label(t, body, words, n);
        Emit e = { t, body, words, n, out };
        g_array_set_size(t->spans, 0);
        ner_labels_spans(labels, words, n, collect_span, t->spans);
        join_institutions(&e, t->spans);
        join_cue_words(&e, t->spans);
        for (guint i = 0; i < t->spans->len; i++) {
                const Span *s = &g_array_index(t->spans, Span, i);
                emit_span(&e, s->a, s->b, s->type);
        }
}
