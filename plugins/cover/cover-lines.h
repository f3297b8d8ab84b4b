/* The cover's sentences that depend on counts: "3 articles", and the line that
 * says which dates anchor relative expressions. Pure (GLib only) so unit tests
 * compile it directly. */
#pragma once

#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

/**
 * CoverAnchors:
 * @n_articles: the number of articles
 * @only_date: the date of the one article (YYYY-MM-DD), when @n_articles is 1
 * @n_mtime: articles dated from their file's modification time
 * @n_option: articles dated by `--date`, which is @option_date
 * @n_config: articles dated by input.default_date, which is @config_date
 *
 * The rest carry their own front-matter date.
 */
typedef struct CoverAnchors {
        size_t n_articles;
        const char *only_date;
        size_t n_mtime;
        size_t n_option;
        const char *option_date;
        size_t n_config;
        const char *config_date;
} CoverAnchors;

/* Returns: (transfer full): "1 article" or "N articles"; free with g_free(). */
char *cover_count_articles(size_t n);

/* Returns: (transfer full): one sentence naming the dates relative expressions
 * were resolved against and, when not the articles' own, where they came from.
 * Free with g_free(). */
char *cover_anchor_line(const CoverAnchors *anchors);

G_END_DECLS
