/* sources: the articles behind the briefing, a numbered list with each one's
 * title, date, source (and so its licence, as Wikinews states it) and a clickable
 * url. Two small lines an article, so thirty fit on one page. */
#include <dossier/plugin.h>

#include "common/article-numbers.h"
#include "common/doc-article-numbers.h"
#include "common/date-words.h"

static const DossierSettingSpec sources_settings[] = {
        { "title", DOSSIER_SETTING_STRING, "the section heading (default \"Sources\")" },
        { NULL, 0, NULL },
};

static bool sources_create(DossierHost *host, const DossierSettings *settings, void **ret_state,
                           GError **error) {
        const char *title = "Sources";

        if (!dossier_settings_get_string(settings, "title", &title, error))
                return false;
        *ret_state = g_strdup(title);
        return true;
}

static void sources_destroy(void *state) {
        g_free(state);
}

/* Only web addresses become links: a file: or javascript: url in an article's
 * front matter must not turn into something a click runs. */
static bool is_web_url(const char *url) {
        return url && (g_str_has_prefix(url, "https://") || g_str_has_prefix(url, "http://"));
}

/* The source all articles share, said once above the list instead of thirty times. */
static const char *shared_source(const DossierDoc *doc) {
        size_t n = dossier_doc_get_n_articles(doc);
        const char *first = n > 1 ? dossier_article_get_source(dossier_doc_get_article(doc, 0)) : NULL;

        if (!first || !*first)
                return NULL;
        for (size_t i = 1; i < n; i++)
                if (g_strcmp0(dossier_article_get_source(dossier_doc_get_article(doc, i)), first) != 0)
                        return NULL;
        return first;
}

/* Figure spaces that right-align @number under the list's largest, @last: with
 * tabular figures the titles then start in one column. */
static char *number_pad(size_t number, size_t last) {
        GString *pad = g_string_new(NULL);
        for (size_t wide = 10; wide <= last; wide *= 10)
                if (number < wide)
                        g_string_append(pad, "\u2007");
        return g_string_free(pad, FALSE);
}

/* Two lines: "[3]  Title  9 Jan 2008 · Source", then the url (or the file).
 * @shared: (nullable): the source printed above the list, left out here */
static char *entry_markup(const DossierArticle *article, size_t number, size_t last,
                          const char *shared, const char *muted, const char *accent) {
        const char *title = dossier_article_get_title(article);
        const char *source = shared ? NULL : dossier_article_get_source(article);
        const char *url = dossier_article_get_url(article);
        g_autofree char *date = date_words_short(dossier_article_get_date(article));
        g_autofree char *pad = number_pad(number, last);
        g_autofree char *head = g_markup_printf_escaped(
                "<span font_features=\"tnum\">%s<b>[%zu]</b></span>  <b>%s</b>  "
                "<span foreground=\"%s\">%s%s%s</span>", pad, number,
                title && *title ? title : dossier_article_get_id(article), muted, date,
                source && *source ? " · " : "", source ? source : "");
        g_autofree char *where = url && *url
                ? g_markup_printf_escaped("<span foreground=\"%s\">%s</span>",
                                          is_web_url(url) ? accent : muted, url)
                : g_markup_printf_escaped("<span foreground=\"%s\">file: %s</span>", muted,
                                          dossier_article_get_path(article));

        return g_strdup_printf("%s\n%s", head, where);
}

/* Each article's number in the Sources list (plugins/common/article-numbers.h). */
static void sources_render(void *state, const DossierDoc *doc, DossierPage *page) {
        const char *muted = dossier_page_get_color_hex(page, DOSSIER_COLOR_MUTED);
        const char *accent = dossier_page_get_color_hex(page, DOSSIER_COLOR_ACCENT);
        size_t n = dossier_doc_get_n_articles(doc);
        const char *shared = shared_source(doc);

        dossier_page_add_heading(page, 1, state);
        if (n == 0) {
                dossier_page_add_text(page, DOSSIER_TEXT_MUTED, "No articles.");
                return;
        }
        if (shared)
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED, "All %zu articles: %s", n, shared);
        /* listed by number: oldest first, as the other sections cite them */
        g_autofree guint *numbers = doc_article_numbers_new(doc);
        g_autofree size_t *order = g_new(size_t, n);
        for (size_t i = 0; i < n; i++)
                order[numbers[i] - 1] = i;
        for (size_t k = 0; k < n; k++) {
                const DossierArticle *article = dossier_doc_get_article(doc, order[k]);
                const char *url = dossier_article_get_url(article);
                g_autofree char *markup = entry_markup(article, k + 1, n, shared, muted, accent);

                if (k > 0)
                        dossier_page_add_space(page, 2);
                if (is_web_url(url))
                        dossier_page_add_link(page, DOSSIER_TEXT_SMALL, markup, url);
                else
                        dossier_page_add_text(page, DOSSIER_TEXT_SMALL, markup);
        }
}

DOSSIER_PLUGIN_DEFINE("sources",
        .kind = DOSSIER_PLUGIN_RENDERER,
        .version = "0.1.0",
        .license = "MIT",
        .description = "the articles with title, date, source and a clickable url",
        .settings = sources_settings,
        .create = sources_create,
        .render = sources_render,
        .destroy = sources_destroy);
