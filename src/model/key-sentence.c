/* Key sentences, kept in rank order: the order the extractor added them. */
#include "model/doc-private.h"

void dossier_doc_add_key_sentence(DossierDoc *doc, DossierSpan span, double score)
{
        g_return_if_fail(doc != NULL);
        g_return_if_fail(dossier_doc_span_is_valid(doc, span));

        KeySentence *k = dossier_arena_vec_push(doc->arena, &doc->key_sentences,
                                                sizeof(KeySentence));
        k->span = span;
        k->score = score;
}

size_t dossier_doc_get_n_key_sentences(const DossierDoc *doc)
{
        g_return_val_if_fail(doc != NULL, 0);
        return doc->key_sentences.len;
}

DossierSpan dossier_doc_get_key_sentence(const DossierDoc *doc, size_t rank, double *ret_score)
{
        g_return_val_if_fail(doc != NULL && rank < doc->key_sentences.len, (DossierSpan){ 0 });
        const KeySentence *k = &DOSSIER_ARENA_VEC_AT(doc->key_sentences, KeySentence, rank);
        if (ret_score != NULL)
                *ret_score = k->score;
        return k->span;
}
