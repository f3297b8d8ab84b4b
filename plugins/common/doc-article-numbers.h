/* The article numbers of a briefing's document, for renderers that cite
 * sources ("[3]"). Inline, because it calls the SDK: each plugin compiles it
 * against its own API table, while plugins/common's library stays SDK-free. */
#pragma once

#include <dossier/plugin.h>

#include "common/article-numbers.h"

/* Returns: (transfer full): one number per article of @doc, as
 * article_numbers_new() gives them. Free with g_free(). */
static inline guint *doc_article_numbers_new(const DossierDoc *doc)
{
        size_t n = dossier_doc_get_n_articles(doc);
        g_autofree const char **dates = g_new0(const char *, MAX(n, 1));
        for (size_t i = 0; i < n; i++)
                dates[i] = dossier_article_get_date(dossier_doc_get_article(doc, i));
        return article_numbers_new(dates, n);
}
