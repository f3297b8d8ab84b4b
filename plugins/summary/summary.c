/* summary: the key sentences in rank order, each with the article it comes from. */
#include <dossier/plugin.h>

#include "common/article-numbers.h"
#include "common/doc-article-numbers.h"
#include "common/date-words.h"
#include "common/plain-text.h"

static const DossierSettingSpec summary_settings[] = {
        { "count", DOSSIER_SETTING_INT, "how many key sentences to list, 1 to 50 (default 6)" },
        { "title", DOSSIER_SETTING_STRING, "the section heading (default \"Key points\")" },
        { NULL, 0, NULL },
};

typedef struct SummaryState {
        int count;
        char *title;
} SummaryState;

static void summary_destroy(void *state) {
        SummaryState *s = state;

        if (!s)
                return;
        g_free(s->title);
        g_free(s);
}

static bool summary_create(DossierHost *host, const DossierSettings *settings, void **ret_state,
                           GError **error) {
        SummaryState *s = g_new0(SummaryState, 1);
        const char *title = "Key points";

        s->count = 6;
        if (!dossier_settings_get_int(settings, "count", 1, 50, &s->count, error) ||
            !dossier_settings_get_string(settings, "title", &title, error)) {
                summary_destroy(s);
                return false;
        }
        s->title = g_strdup(title);
        *ret_state = s;
        return true;
}

/* Each article's number in the Sources list (plugins/common/article-numbers.h). */
/* "[3] Title · 25 Nov 2024": the article a key sentence comes from, by its number
 * in the Sources list; from a single article just "[1]", as the cover gives its
 * title and date. */
static char *reference_of(const DossierDoc *doc, const guint *numbers, uint32_t article_index) {
        if (dossier_doc_get_n_articles(doc) == 1)
                return g_strdup_printf("[%u]", numbers[article_index]);
        const DossierArticle *article = dossier_doc_get_article(doc, article_index);
        const char *title = dossier_article_get_title(article);
        g_autofree char *date = date_words_short(dossier_article_get_date(article));

        return g_strdup_printf("[%u] %s · %s", numbers[article_index],
                               title && *title ? title : dossier_article_get_id(article), date);
}

/* The reference is the paragraph's second line, small and muted: as a paragraph of
 * its own it sat as far from its sentence as from the next one. A bare "[1]"
 * follows the sentence after a no-break space, never alone on a line. */
static void add_point(const DossierDoc *doc, DossierPage *page, const guint *numbers,
                      size_t number, const char *accent, const char *muted) {
        DossierSpan span = dossier_doc_get_key_sentence(doc, number - 1, /* ret_score= */ NULL);
        g_autofree char *raw = dossier_doc_dup_text(doc, span);
        g_autofree char *text = plain_text_collapse(raw);
        g_autofree char *reference = reference_of(doc, numbers, span.article);

        dossier_page_add_textf(page, DOSSIER_TEXT_BODY,
                               "<span foreground=\"%s\" weight=\"bold\">%zu</span>   %s%s"
                               "<span size=\"small\" foreground=\"%s\">%s</span>",
                               accent, number, text,
                               dossier_doc_get_n_articles(doc) == 1 ? "\u00a0" : "\n", muted,
                               reference);
}

static void summary_render(void *state, const DossierDoc *doc, DossierPage *page) {
        const SummaryState *s = state;
        size_t n = MIN((size_t) s->count, dossier_doc_get_n_key_sentences(doc));
        const char *accent = dossier_page_get_color_hex(page, DOSSIER_COLOR_ACCENT);
        const char *muted = dossier_page_get_color_hex(page, DOSSIER_COLOR_MUTED);

        dossier_page_add_heading(page, 1, s->title);
        if (n == 0) {
                dossier_page_add_text(page, DOSSIER_TEXT_MUTED, "No key sentences were found.");
                return;
        }
        g_autofree guint *numbers = doc_article_numbers_new(doc);
        for (size_t i = 0; i < n; i++) {
                if (i > 0)
                        dossier_page_add_space(page, 4);
                add_point(doc, page, numbers, i + 1, accent, muted);
        }
}

DOSSIER_PLUGIN_DEFINE("summary",
        .kind = DOSSIER_PLUGIN_RENDERER,
        .version = "0.1.0",
        .license = "MIT",
        .description = "the key sentences in rank order, each with its source",
        .settings = summary_settings,
        .create = summary_create,
        .render = summary_render,
        .destroy = summary_destroy);
