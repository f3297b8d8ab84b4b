/* The document: its lifetime, its list of articles, and span helpers. */
#include "model/doc-private.h"

#include <string.h>

DossierDoc *dossier_doc_new(void)
{
        DossierDoc *doc = g_new0(DossierDoc, 1);

        doc->arena = dossier_arena_new();
        doc->articles = g_ptr_array_new();
        doc->actors = g_ptr_array_new();
        doc->actors_by_name = g_hash_table_new(g_str_hash, g_str_equal);
        doc->times = g_ptr_array_new();
        doc->events = g_ptr_array_new();
        doc->quotes = g_ptr_array_new();
        doc->annotations = g_ptr_array_new();
        return doc;
}

void dossier_doc_free(DossierDoc *doc)
{
        if (doc == NULL)
                return;
        g_clear_pointer(&doc->articles, g_ptr_array_unref);
        g_clear_pointer(&doc->actors, g_ptr_array_unref);
        g_clear_pointer(&doc->actors_by_name, g_hash_table_unref);
        g_clear_pointer(&doc->times, g_ptr_array_unref);
        g_clear_pointer(&doc->events, g_ptr_array_unref);
        g_clear_pointer(&doc->quotes, g_ptr_array_unref);
        g_clear_pointer(&doc->annotations, g_ptr_array_unref);
        g_clear_pointer(&doc->arena, dossier_arena_free);
        g_free(doc);
}

DossierArticle *dossier_doc_append_article(DossierDoc *doc)
{
        g_assert(doc->articles->len < UINT32_MAX);
        DossierArticle *article = dossier_arena_alloc(doc->arena, sizeof(DossierArticle));
        article->index = doc->articles->len;
        g_ptr_array_add(doc->articles, article);
        return article;
}

size_t dossier_doc_get_n_articles(const DossierDoc *doc)
{
        g_return_val_if_fail(doc != NULL, 0);
        return doc->articles->len;
}

const DossierArticle *dossier_doc_get_article(const DossierDoc *doc, size_t index)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(index < doc->articles->len, NULL);
        return g_ptr_array_index(doc->articles, index);
}

bool dossier_doc_span_is_valid(const DossierDoc *doc, DossierSpan span)
{
        if (span.article >= doc->articles->len || span.start > span.end)
                return false;
        const DossierArticle *article = g_ptr_array_index(doc->articles, span.article);
        return span.end <= article->body_len;
}

char *dossier_doc_dup_text(const DossierDoc *doc, DossierSpan span)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(dossier_doc_span_is_valid(doc, span), NULL);
        const DossierArticle *article = g_ptr_array_index(doc->articles, span.article);
        return g_strndup(article->body + span.start, span.end - span.start);
}

const char *dossier_actor_type_to_string(uint32_t type)
{
        switch (type) {
        case DOSSIER_ACTOR_PERSON:
                return "PERSON";
        case DOSSIER_ACTOR_ORG:
                return "ORG";
        case DOSSIER_ACTOR_PLACE:
                return "PLACE";
        case DOSSIER_ACTOR_OTHER:
                return "OTHER";
        default:
                return "UNKNOWN";
        }
}

const char *dossier_time_type_to_string(uint32_t type)
{
        switch (type) {
        case DOSSIER_TIME_DATE:
                return "DATE";
        case DOSSIER_TIME_TIME:
                return "TIME";
        case DOSSIER_TIME_DURATION:
                return "DURATION";
        case DOSSIER_TIME_SET:
                return "SET";
        default:
                return "UNKNOWN";
        }
}
