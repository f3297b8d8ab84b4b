/* Read access to one article; dossier_doc_load_article() (article-load.c) fills it. */
#include "model/doc-private.h"

#define ARTICLE_GETTER(field)                                                      \
        const char *dossier_article_get_##field(const DossierArticle *article)     \
        {                                                                          \
                g_return_val_if_fail(article != NULL, NULL);                       \
                return article->field;                                             \
        }

ARTICLE_GETTER(id)
ARTICLE_GETTER(title)
ARTICLE_GETTER(source)
ARTICLE_GETTER(url)
ARTICLE_GETTER(path)
ARTICLE_GETTER(date)

uint32_t dossier_article_get_date_origin(const DossierArticle *article)
{
        g_return_val_if_fail(article != NULL, 0);
        return article->date_origin;
}

const char *dossier_article_get_body(const DossierArticle *article, size_t *ret_len)
{
        g_return_val_if_fail(article != NULL, NULL);
        if (ret_len != NULL)
                *ret_len = article->body_len;
        return article->body;
}

const DossierToken *dossier_article_get_tokens(const DossierArticle *article, size_t *ret_n)
{
        g_return_val_if_fail(article != NULL, NULL);
        g_return_val_if_fail(ret_n != NULL, NULL);
        *ret_n = article->n_tokens;
        return article->tokens;
}

const DossierSpan *dossier_article_get_sentences(const DossierArticle *article, size_t *ret_n)
{
        g_return_val_if_fail(article != NULL, NULL);
        g_return_val_if_fail(ret_n != NULL, NULL);
        *ret_n = article->n_sentences;
        return article->sentences;
}

uint32_t dossier_article_get_index(const DossierArticle *article)
{
        g_return_val_if_fail(article != NULL, 0);
        return article->index;
}
