/* Quotes and their speakers (none, one, or several). */
#include "model/doc-private.h"

DossierQuote *dossier_doc_add_quote(DossierDoc *doc, DossierSpan span, bool direct)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(dossier_doc_span_is_valid(doc, span), NULL);

        DossierQuote *quote = dossier_arena_alloc(doc->arena, sizeof(DossierQuote));
        quote->span = span;
        quote->direct = direct;
        g_ptr_array_add(doc->quotes, quote);
        return quote;
}

static bool same_speaker(const QuoteSpeaker *s, const DossierActor *actor, const char *text,
                         DossierSpan mention)
{
        return s->actor == actor && g_strcmp0(s->text, text) == 0 &&
               s->mention.article == mention.article && s->mention.start == mention.start &&
               s->mention.end == mention.end;
}

void dossier_quote_add_speaker(DossierDoc *doc, DossierQuote *quote, const DossierActor *actor,
                               const char *text, DossierSpan mention)
{
        g_return_if_fail(doc != NULL && quote != NULL);
        g_return_if_fail(actor != NULL || text != NULL);
        g_return_if_fail(text == NULL || g_utf8_validate(text, -1, NULL));
        /* start == end says "no mention" (doc.h): such a span is never read as text, so
         * plugins may pass any, (DossierSpan){ 0 } included */
        g_return_if_fail(mention.start == mention.end || dossier_doc_span_is_valid(doc, mention));

        const char *name = text != NULL ? text : dossier_actor_get_name(actor);
        for (uint32_t i = 0; i < quote->speakers.len; i++)
                if (same_speaker(&DOSSIER_ARENA_VEC_AT(quote->speakers, QuoteSpeaker, i), actor,
                                 name, mention))
                        return;
        QuoteSpeaker *s = dossier_arena_vec_push(doc->arena, &quote->speakers,
                                                 sizeof(QuoteSpeaker));
        s->actor = actor;
        /* an actor's name already lives in the arena for as long as the quote */
        s->text = text != NULL ? dossier_arena_strdup(doc->arena, text) : name;
        s->mention = mention;
}

size_t dossier_doc_get_n_quotes(const DossierDoc *doc)
{
        g_return_val_if_fail(doc != NULL, 0);
        return doc->quotes->len;
}

const DossierQuote *dossier_doc_get_quote(const DossierDoc *doc, size_t index)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(index < doc->quotes->len, NULL);
        return g_ptr_array_index(doc->quotes, index);
}

DossierSpan dossier_quote_get_span(const DossierQuote *quote)
{
        g_return_val_if_fail(quote != NULL, (DossierSpan){ 0 });
        return quote->span;
}

bool dossier_quote_is_direct(const DossierQuote *quote)
{
        g_return_val_if_fail(quote != NULL, false);
        return quote->direct;
}

size_t dossier_quote_get_n_speakers(const DossierQuote *quote)
{
        g_return_val_if_fail(quote != NULL, 0);
        return quote->speakers.len;
}

static const QuoteSpeaker *speaker_at(const DossierQuote *quote, size_t index)
{
        return &DOSSIER_ARENA_VEC_AT(quote->speakers, QuoteSpeaker, index);
}

const DossierActor *dossier_quote_get_speaker_actor(const DossierQuote *quote, size_t index)
{
        g_return_val_if_fail(quote != NULL && index < quote->speakers.len, NULL);
        return speaker_at(quote, index)->actor;
}

const char *dossier_quote_get_speaker_text(const DossierQuote *quote, size_t index)
{
        g_return_val_if_fail(quote != NULL && index < quote->speakers.len, NULL);
        return speaker_at(quote, index)->text;
}

DossierSpan dossier_quote_get_speaker_mention(const DossierQuote *quote, size_t index)
{
        g_return_val_if_fail(quote != NULL && index < quote->speakers.len, (DossierSpan){ 0 });
        return speaker_at(quote, index)->mention;
}

void dossier_quote_set_unnamed_speaker(DossierDoc *doc, DossierQuote *quote, DossierSpan mention)
{
        g_return_if_fail(doc != NULL && quote != NULL);
        g_return_if_fail(mention.start == mention.end || dossier_doc_span_is_valid(doc, mention));
        quote->unnamed_speaker = mention;
}

DossierSpan dossier_quote_get_unnamed_speaker(const DossierQuote *quote)
{
        g_return_val_if_fail(quote != NULL, (DossierSpan){ 0 });
        return quote->unnamed_speaker;
}
