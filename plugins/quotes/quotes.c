/* quotes: direct quotations and reported speech, with their speakers.
 * SPDX-License-Identifier: MIT
 *
 * The glue between the document and the SDK-free core: attribution.c finds the
 * quotes and the speaker mentions in each body, this file turns names into the
 * actors the actors extractor found (it runs first in the shipped config) and
 * resolves "he"/"she" to the person mentioned before. */
#include <string.h>

#include <dossier/plugin.h>

#include "attribution.h"
#include "pronoun.h"

#define PRONOUN_PARAGRAPHS_BACK 2 /* how far back "he" may look for its person ... */
#define PRONOUN_SENTENCES_BACK 5  /* ... or, when paragraphs are short, this far */

typedef struct Quotes {
        QuoteOptions options;
        bool unattributed;
} Quotes;

static const DossierSettingSpec quotes_settings[] = {
        { "min_words", DOSSIER_SETTING_INT,
          "shorter quotations are scare quotes, unless a speech verb follows at once "
          "(\"No,\" he said), 1 to 50 (default 3)" },
        { "reported_speech", DOSSIER_SETTING_BOOL,
          "also record reported speech: \"X said that ...\", \"according to X, ...\" (default true)" },
        { "unattributed", DOSSIER_SETTING_BOOL,
          "also record direct quotations whose speaker the text does not give (default false)" },
        { NULL, 0, NULL },
};

static bool quotes_create(DossierHost *host, const DossierSettings *settings, void **ret_state,
                          GError **error) {
        g_autofree Quotes *q = g_new0(Quotes, 1);
        int min_words = 3;

        q->options.reported_speech = true;
        if (!dossier_settings_get_int(settings, "min_words", 1, 50, &min_words, error) ||
            !dossier_settings_get_bool(settings, "reported_speech", &q->options.reported_speech, error) ||
            !dossier_settings_get_bool(settings, "unattributed", &q->unattributed, error))
                return false;
        q->options.min_words = (uint32_t) min_words;
        *ret_state = g_steal_pointer(&q);
        return true;
}

static void quotes_destroy(void *state) {
        g_free(state);
}

/* One article's body with what the core found in it. */
typedef struct Article {
        DossierDoc *doc;
        uint32_t index;
        const char *body;
        GArray *tokens;     /* QuoteToken */
        GArray *found;      /* QuoteFound */
        GArray *direct;     /* QuoteFound: the direct ones, in text order */
        GArray *candidates; /* QuoteCandidate: people a pronoun may stand for */
        GPtrArray *names;   /* entity -> speaker text, for people with no actor */
        GHashTable *name_index; /* speaker text -> its index in names */
        size_t n_actors;
} Article;

static void article_clear(Article *art) {
        g_clear_pointer(&art->tokens, g_array_unref);
        g_clear_pointer(&art->found, g_array_unref);
        g_clear_pointer(&art->direct, g_array_unref);
        g_clear_pointer(&art->candidates, g_array_unref);
        g_clear_pointer(&art->name_index, g_hash_table_unref);
        g_clear_pointer(&art->names, g_ptr_array_unref);
}

static const QuoteToken *token_at(const Article *art, uint32_t offset) {
        size_t i = quote_tok_at(art->tokens, offset);
        if (i >= art->tokens->len)
                i = art->tokens->len - 1; /* the core found something, so there are tokens */
        return &g_array_index(art->tokens, QuoteToken, i);
}

/* The direct quotes are in text order and do not overlap: a binary search finds
 * the last one starting at or before @offset. */
static bool in_direct_quote(const Article *art, uint32_t offset) {
        guint lo = 0, hi = art->direct->len;
        while (lo < hi) {
                guint mid = lo + (hi - lo) / 2;
                if (g_array_index(art->direct, QuoteFound, mid).start <= offset)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return lo > 0 && offset < g_array_index(art->direct, QuoteFound, lo - 1).end;
}

/* The actor a speaker mention names: one whose mention holds the name ("Jobs"
 * in "Jobs"), or a person whose name ends the mention ("the chairman of Chrysler
 * LLC Jim Press"). A place inside a name names somebody else ("India" in "Air
 * India"), and a description holding a name is not that name ("Trump's
 * spokesman"). */
static const DossierActor *actor_naming(const Article *art, uint32_t start, uint32_t end, bool name) {
        const DossierActor *actor = dossier_doc_find_actor_at(art->doc, (DossierSpan) { art->index, start, end });
        for (size_t m = 0; name && actor && m < dossier_actor_get_n_mentions(actor); m++) {
                DossierSpan ms = dossier_actor_get_mention(actor, m);
                if (ms.article == art->index && ms.start <= start && end <= ms.end)
                        return actor;
        }
        /* the mention that ends the speaker's words */
        const DossierActor *last = dossier_doc_find_actor_at(art->doc, (DossierSpan) { art->index, end - 1, end });
        if (!last || dossier_actor_get_type(last) != DOSSIER_ACTOR_PERSON)
                return NULL;
        for (size_t m = 0; m < dossier_actor_get_n_mentions(last); m++) {
                DossierSpan ms = dossier_actor_get_mention(last, m);
                if (ms.article == art->index && start <= ms.start && ms.end == end)
                        return last;
        }
        return NULL;
}

/* "Mr. Obama" anywhere in the body says Obama is a man. */
static uint8_t actor_gender(const Article *art, const DossierActor *actor) {
        const char *name = dossier_actor_get_name(actor);
        uint8_t gender = quote_name_gender(name, strlen(name));
        for (size_t m = 0; gender == QUOTE_GENDER_UNKNOWN && m < dossier_actor_get_n_mentions(actor); m++) {
                DossierSpan span = dossier_actor_get_mention(actor, m);
                if (span.article != art->index || span.start < 5)
                        continue;
                gender = quote_name_gender(art->body + span.start - 5, span.end - span.start + 5);
                if (gender == QUOTE_GENDER_UNKNOWN)
                        gender = quote_name_gender(art->body + span.start - 4, span.end - span.start + 4);
        }
        return gender;
}

/* Text order; at one place a speaker before a plain mention, as resolution reads
 * the first of a sentence's mentions. */
static gint compare_candidates(gconstpointer x, gconstpointer y) {
        const QuoteCandidate *a = x, *b = y;
        if (a->start != b->start)
                return a->start < b->start ? -1 : 1;
        return (int) b->speaker - (int) a->speaker;
}

/* Adds a candidate; @sorted keeps the array in text order at once (while
 * resolving), else the caller sorts it when all are in. */
static void add_candidate(Article *art, uint32_t start, uint32_t entity, uint8_t gender, bool pronoun,
                          bool speaker, bool sorted) {
        if (in_direct_quote(art, start))
                return; /* "“Trump is right,” he said": the speaker talks about Trump */
        const QuoteToken *t = token_at(art, start);
        QuoteCandidate c = {
                .start = start,
                .sentence = t->sentence,
                .para = t->para,
                .entity = entity,
                .gender = gender,
                .pronoun = pronoun,
                .speaker = speaker,
        };
        guint k = art->candidates->len;
        while (sorted && k > 0 && g_array_index(art->candidates, QuoteCandidate, k - 1).start >= start)
                k--;
        g_array_insert_val(art->candidates, k, c);
}

/* An entity for a speaker that no actor covers: one per distinct text. */
static uint32_t text_entity(Article *art, const char *text, size_t len) {
        g_autofree char *key = g_strndup(text, len);
        gpointer index;
        if (g_hash_table_lookup_extended(art->name_index, key, NULL, &index))
                return (uint32_t) (art->n_actors + GPOINTER_TO_UINT(index));
        /* the array owns the string; the table borrows it */
        g_hash_table_insert(art->name_index, key, GUINT_TO_POINTER(art->names->len));
        g_ptr_array_add(art->names, g_steal_pointer(&key));
        return (uint32_t) (art->n_actors + art->names->len - 1);
}

/* A plural description ("officials") is never "he" or "she". */
static bool is_plural(const char *text, size_t len) {
        return len > 2 && text[len - 1] == 's' && text[len - 2] != 's';
}

static void add_speaker_candidate(Article *art, const QuoteSpeaker *sp) {
        const char *text = art->body + sp->name_start;
        size_t len = sp->name_end - sp->name_start;
        if (sp->kind == QUOTE_SPEAKER_PRONOUN || (sp->kind == QUOTE_SPEAKER_DESCRIPTION && is_plural(text, len)))
                return;
        const DossierActor *actor = actor_naming(art, sp->name_start, sp->name_end, sp->kind == QUOTE_SPEAKER_NAME);
        /* a company is no "he" or "she"; a first name says a lone name is a person */
        if (actor && dossier_actor_get_type(actor) != DOSSIER_ACTOR_PERSON &&
            quote_name_gender(art->body + sp->start, sp->end - sp->start) == QUOTE_GENDER_UNKNOWN)
                return;
        uint32_t entity = UINT32_MAX;
        for (size_t i = 0; actor && i < art->n_actors; i++)
                if (dossier_doc_get_actor(art->doc, i) == actor)
                        entity = (uint32_t) i;
        uint8_t gender = QUOTE_GENDER_UNKNOWN;
        if (entity != UINT32_MAX)
                gender = actor_gender(art, actor);
        else if (sp->kind == QUOTE_SPEAKER_NAME)
                gender = quote_name_gender(art->body + sp->start, sp->end - sp->start);
        if (entity == UINT32_MAX)
                entity = text_entity(art, text, len);
        add_candidate(art, sp->start, entity, gender, false, true, false);
}

/* "He" or "she" opening a sentence. */
static void add_pronoun_subjects(Article *art) {
        const QuoteToken *t = (const QuoteToken *) (void *) art->tokens->data;
        for (guint i = 0; i < art->tokens->len; i++) {
                bool opens = i == 0 || t[i - 1].sentence != t[i].sentence || t[i - 1].kind == QUOTE_TOK_MARK;
                uint8_t gender = quote_pronoun_gender(art->body + t[i].start, t[i].end - t[i].start);
                if (opens && t[i].kind == QUOTE_TOK_WORD &&
                    (gender == QUOTE_GENDER_MALE || gender == QUOTE_GENDER_FEMALE))
                        add_candidate(art, t[i].start, UINT32_MAX, gender, true, false, false);
        }
}

/* Every person mention of the article, and every speaker named or described. */
static void collect_candidates(Article *art) {
        art->n_actors = dossier_doc_get_n_actors(art->doc);
        for (size_t i = 0; i < art->n_actors; i++) {
                const DossierActor *actor = dossier_doc_get_actor(art->doc, i);
                if (dossier_actor_get_type(actor) != DOSSIER_ACTOR_PERSON)
                        continue;
                uint8_t gender = actor_gender(art, actor);
                for (size_t m = 0; m < dossier_actor_get_n_mentions(actor); m++) {
                        DossierSpan span = dossier_actor_get_mention(actor, m);
                        if (span.article == art->index)
                                add_candidate(art, span.start, (uint32_t) i, gender, false, false, false);
                }
        }
        for (guint k = 0; k < art->found->len; k++) {
                const QuoteFound *f = &g_array_index(art->found, QuoteFound, k);
                for (uint8_t s = 0; s < f->n_speakers; s++)
                        add_speaker_candidate(art, &f->speakers[s]);
        }
        add_pronoun_subjects(art);
        g_array_sort(art->candidates, compare_candidates);
}

/* The candidate a pronoun speaker stands for, or -1. */
static long resolve_pronoun(const Article *art, const QuoteSpeaker *sp) {
        uint8_t gender = quote_pronoun_gender(art->body + sp->start, sp->end - sp->start);
        const QuoteToken *t = token_at(art, sp->start);
        uint32_t min_para = t->para > PRONOUN_PARAGRAPHS_BACK ? t->para - PRONOUN_PARAGRAPHS_BACK : 0;
        uint32_t min_sentence = t->sentence > PRONOUN_SENTENCES_BACK ? t->sentence - PRONOUN_SENTENCES_BACK : 0;
        return quote_pronoun_resolve((const QuoteCandidate *) (void *) art->candidates->data,
                                     art->candidates->len, sp->start, min_para, min_sentence, gender);
}

static void add_pronoun(Article *art, DossierQuote *quote, const QuoteSpeaker *sp, DossierSpan mention) {
        uint8_t gender = quote_pronoun_gender(art->body + sp->start, sp->end - sp->start);
        long k = resolve_pronoun(art, sp);
        if (k < 0) {
                /* an unresolved pronoun names nobody, but the mention still says
                 * where the text points */
                dossier_quote_set_unnamed_speaker(art->doc, quote, mention);
                return;
        }
        QuoteCandidate antecedent = g_array_index(art->candidates, QuoteCandidate, k);
        /* the pronoun is now the latest mention of its speaker: "he said ... he added" */
        add_candidate(art, sp->start, antecedent.entity, gender, false, true, true);
        if (antecedent.entity < art->n_actors)
                dossier_quote_add_speaker(art->doc, quote, dossier_doc_get_actor(art->doc, antecedent.entity),
                                          /* text= */ NULL, mention);
        else
                dossier_quote_add_speaker(art->doc, quote, /* actor= */ NULL,
                                          g_ptr_array_index(art->names, antecedent.entity - art->n_actors),
                                          mention);
}

static void add_speaker(Article *art, DossierQuote *quote, const QuoteSpeaker *sp) {
        DossierSpan mention = { art->index, sp->start, sp->end };
        if (sp->kind == QUOTE_SPEAKER_PRONOUN) {
                add_pronoun(art, quote, sp, mention);
                return;
        }
        const DossierActor *actor = actor_naming(art, sp->name_start, sp->name_end, sp->kind == QUOTE_SPEAKER_NAME);
        if (actor) {
                dossier_quote_add_speaker(art->doc, quote, actor, /* text= */ NULL, mention);
                return;
        }
        g_autofree char *text = g_strndup(art->body + sp->name_start, sp->name_end - sp->name_start);
        dossier_quote_add_speaker(art->doc, quote, /* actor= */ NULL, text, mention);
}

/* A quote names a speaker when the text gives one: a name, a description or a
 * pronoun ("they said", kept even when it resolves to nobody: the mention still
 * says who spoke). Who said what is what the quotes section is for: a quotation
 * with no speaker at all is left out unless asked for. */
static bool attributed(const QuoteFound *f) {
        return f->n_speakers > 0;
}

static void extract_article(const Quotes *q, DossierDoc *doc, size_t index) {
        const DossierArticle *article = dossier_doc_get_article(doc, index);
        Article art = {
                .doc = doc,
                .index = dossier_article_get_index(article),
                .candidates = g_array_new(false, false, sizeof(QuoteCandidate)),
                .names = g_ptr_array_new_with_free_func(g_free),
                .name_index = g_hash_table_new(g_str_hash, g_str_equal),
        };
        size_t len;

        art.body = dossier_article_get_body(article, &len);
        art.found = quote_find(art.body, len, &q->options, &art.tokens);
        art.direct = g_array_new(false, false, sizeof(QuoteFound));
        for (guint k = 0; k < art.found->len; k++)
                if (g_array_index(art.found, QuoteFound, k).direct)
                        g_array_append_val(art.direct, g_array_index(art.found, QuoteFound, k));
        collect_candidates(&art);
        for (guint k = 0; k < art.found->len; k++) {
                const QuoteFound *f = &g_array_index(art.found, QuoteFound, k);
                if (f->direct && !q->unattributed && !attributed(f))
                        continue;
                DossierSpan span = { art.index, f->start, f->end };
                DossierQuote *quote = dossier_doc_add_quote(doc, span, f->direct);
                for (uint8_t s = 0; s < f->n_speakers; s++)
                        add_speaker(&art, quote, &f->speakers[s]);
        }
        article_clear(&art);
}

static bool quotes_extract(void *state, DossierDoc *doc, GError **error) {
        const Quotes *q = state;

        for (size_t i = 0; i < dossier_doc_get_n_articles(doc); i++)
                extract_article(q, doc, i);
        return true;
}

DOSSIER_PLUGIN_DEFINE("quotes",
        .kind = DOSSIER_PLUGIN_EXTRACTOR,
        .version = "0.1.0",
        .license = "MIT",
        .description = "direct quotations and reported speech, with their speakers",
        .settings = quotes_settings,
        .create = quotes_create,
        .extract = quotes_extract,
        .destroy = quotes_destroy);
