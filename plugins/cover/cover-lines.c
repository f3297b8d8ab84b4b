/* The cover's sentences that depend on counts. */
#include "cover-lines.h"

#include "common/date-words.h"

char *cover_count_articles(size_t n) {
        return g_strdup_printf("%zu %s", n, n == 1 ? "article" : "articles");
}

/* One article: the date itself is the anchor, and its origin qualifies it. */
static char *single_line(const CoverAnchors *a) {
        g_autofree char *date = date_words_long(a->only_date);
        const char *origin = "";

        if (a->n_mtime > 0)
                origin = ", taken from its file's modification time";
        else if (a->n_option > 0)
                origin = ", given with --date";
        else if (a->n_config > 0)
                origin = ", the configured default date (input.default_date)";
        return g_strdup_printf("Relative dates are resolved against the article's date, %s%s.",
                               date ? date : "unknown", origin);
}

static char *origin_part(size_t n, const char *date, const char *how) {
        g_autofree char *words = date_words_short(date);

        return g_strdup_printf("%zu %s dated %s%s%s", n, n == 1 ? "article" : "articles",
                               words ? words : "", words ? " " : "", how);
}

char *cover_anchor_line(const CoverAnchors *a) {
        if (a->n_articles == 0)
                return g_strdup("No articles were given.");
        if (a->n_articles == 1)
                return single_line(a);

        g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func(g_free);

        if (a->n_mtime > 0)
                g_ptr_array_add(parts, g_strdup_printf(
                        "%zu %s dated from the file's modification time", a->n_mtime,
                        a->n_mtime == 1 ? "article" : "articles"));
        if (a->n_option > 0)
                g_ptr_array_add(parts, origin_part(a->n_option, a->option_date, "by --date"));
        if (a->n_config > 0)
                g_ptr_array_add(parts, origin_part(a->n_config, a->config_date,
                                                   "by input.default_date"));
        g_ptr_array_add(parts, NULL);

        g_autofree char *others = g_strjoinv(", ", (char **) parts->pdata);
        return g_strdup_printf("Relative dates are resolved against each article's own date%s%s.",
                               *others ? "; " : "", others);
}
