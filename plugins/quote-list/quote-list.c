/* quote-list: what was said. Direct quotes grouped by speaker, the most important
 * speakers first and descriptions after names, then a short list of reported
 * statements; repeats across articles are printed once. Which quote goes where is
 * quote-plan.c's job; this file reads the doc and draws. */
#include <dossier/plugin.h>

#include "common/article-numbers.h"
#include "common/doc-article-numbers.h"
#include "common/date-words.h"
#include "quote-plan.h"
#include "quote-text.h"

typedef struct QuoteList {
        int max_chars;
        int max_quotes;
        int max_reported;
        int max_per_speaker;
        int min_words;
} QuoteList;

static const DossierSettingSpec quote_list_settings[] = {
        { "max_chars", DOSSIER_SETTING_INT,
          "longer quotes are cut at a sentence end, 40 to 5000 characters (default 400)" },
        { "max_quotes", DOSSIER_SETTING_INT, "the most direct quotes listed, 1 to 500 (default 30)" },
        { "max_reported", DOSSIER_SETTING_INT,
          "the most reported statements listed after the quotes, 0 (none) to 500 (default 10)" },
        { "max_per_speaker", DOSSIER_SETTING_INT,
          "the most quotes under one speaker, 1 to 500 (default 5)" },
        { "min_words", DOSSIER_SETTING_INT,
          "shorter quotes are scare quotes and left out, twice as many for a quote opening "
          "mid-sentence, 1 to 50 (default 3)" },
        { NULL, 0, NULL },
};

static bool quote_list_create(DossierHost *host, const DossierSettings *settings,
                              void **ret_state, GError **error) {
        g_autofree QuoteList *q = g_new0(QuoteList, 1);

        q->max_chars = 400;
        q->max_quotes = 30;
        q->max_reported = 10;
        q->max_per_speaker = 5;
        q->min_words = 3;
        if (!dossier_settings_get_int(settings, "max_chars", 40, 5000, &q->max_chars, error) ||
            !dossier_settings_get_int(settings, "max_quotes", 1, 500, &q->max_quotes, error) ||
            !dossier_settings_get_int(settings, "max_reported", 0, 500, &q->max_reported, error) ||
            !dossier_settings_get_int(settings, "max_per_speaker", 1, 500, &q->max_per_speaker,
                                      error) ||
            !dossier_settings_get_int(settings, "min_words", 1, 50, &q->min_words, error))
                return false;
        *ret_state = g_steal_pointer(&q);
        return true;
}

static void quote_list_destroy(void *state) {
        g_free(state);
}

/* ---- reading the doc ----------------------------------------------------- */

/* The quotes as quote-plan.c takes them, with the strings they borrow. */
typedef struct Rows {
        GArray *rows;        /* QuoteRow, one per doc quote, same index */
        GPtrArray *strings;  /* char *: the texts and labels the rows point to */
        guint *numbers;      /* each article's number in the Sources list */
} Rows;

static void rows_clear(Rows *r) {
        g_clear_pointer(&r->rows, g_array_unref);
        g_clear_pointer(&r->strings, g_ptr_array_unref);
        g_clear_pointer(&r->numbers, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Rows, rows_clear)

/* A speaker the section can name: an actor, or a description; a bare pronoun the
 * extractor could not resolve ("he") names nobody. */
static bool is_named(const DossierQuote *quote, size_t i) {
        return dossier_quote_get_speaker_actor(quote, i) ||
               !quote_text_is_pronoun(dossier_quote_get_speaker_text(quote, i));
}

/* The speakers as one label, "A and B"; NULL when there are none. */
static char *speakers_label(const DossierQuote *quote) {
        size_t n = dossier_quote_get_n_speakers(quote);
        g_autoptr(GPtrArray) names = g_ptr_array_new();

        for (size_t i = 0; i < n; i++) {
                const DossierActor *actor = dossier_quote_get_speaker_actor(quote, i);
                if (is_named(quote, i))
                        g_ptr_array_add(names, (gpointer) (actor ? dossier_actor_get_name(actor)
                                                                 : dossier_quote_get_speaker_text(quote, i)));
        }
        if (names->len == 0)
                return NULL;
        g_ptr_array_add(names, NULL);
        g_autofree char *joined = g_strjoinv(" and ", (char **) names->pdata);
        g_autofree char *typeset = quote_text_typeset(joined);
        return quote_text_capitalize(typeset);
}

/* A named speaker makes a group of actors; its importance is its actor's mentions,
 * the actor table's measure (the most of a joint group's actors). */
static void fill_speaker(QuoteRow *row, const DossierQuote *quote) {
        row->kind = QUOTE_SPEAKER_NONE;
        for (size_t i = 0; i < dossier_quote_get_n_speakers(quote); i++) {
                const DossierActor *actor = dossier_quote_get_speaker_actor(quote, i);
                if (is_named(quote, i))
                        row->kind = MIN(row->kind, QUOTE_SPEAKER_DESCRIPTION);
                if (!actor)
                        continue;
                row->kind = QUOTE_SPEAKER_ACTOR;
                row->weight = MAX(row->weight, dossier_actor_get_n_mentions(actor));
        }
}

static int by_position(gconstpointer a, gconstpointer b, gpointer data) {
        const DossierDoc *doc = data;
        DossierSpan x = dossier_quote_get_span(dossier_doc_get_quote(doc, *(const size_t *) a));
        DossierSpan y = dossier_quote_get_span(dossier_doc_get_quote(doc, *(const size_t *) b));

        if (x.article != y.article)
                return x.article < y.article ? -1 : 1;
        return (x.start > y.start) - (x.start < y.start);
}

/* Quote @b is the next piece of quote @a, a quotation split by its attribution
 * (`"A," she said, "B."`; the extractor records one quote per piece): both direct,
 * the same speakers, only an attribution between them (quote_text_is_split_gap()). */
static bool continues(const DossierDoc *doc, size_t a, size_t b) {
        const DossierQuote *qa = dossier_doc_get_quote(doc, a), *qb = dossier_doc_get_quote(doc, b);
        DossierSpan x = dossier_quote_get_span(qa), y = dossier_quote_get_span(qb);

        if (!dossier_quote_is_direct(qa) || !dossier_quote_is_direct(qb) || x.article != y.article ||
            y.start < x.end)
                return false;
        g_autofree char *la = speakers_label(qa);
        g_autofree char *lb = speakers_label(qb);
        g_autofree char *gap = dossier_doc_dup_text(doc, (DossierSpan) { x.article, x.end, y.start });
        return la && g_strcmp0(la, lb) == 0 && quote_text_is_split_gap(gap);
}

/* The quotes' indices in text order: by article, then start. */
static GArray *position_order(const DossierDoc *doc) {
        size_t n = dossier_doc_get_n_quotes(doc);
        GArray *order = g_array_sized_new(FALSE, FALSE, sizeof(size_t), (guint) n);

        for (size_t i = 0; i < n; i++)
                g_array_append_val(order, i);
        g_array_sort_with_data(order, by_position, (gpointer) doc);
        return order;
}

/* Each quote's raw words, with the pieces of a split quotation joined into the
 * first piece and the others left empty (so they print nothing). */
static GPtrArray *raw_texts(const DossierDoc *doc, const GArray *order) {
        size_t n = dossier_doc_get_n_quotes(doc);
        GPtrArray *raws = g_ptr_array_new_full((guint) n, g_free);

        for (size_t i = 0; i < n; i++) {
                DossierSpan span = dossier_quote_get_span(dossier_doc_get_quote(doc, i));
                g_ptr_array_add(raws, dossier_doc_dup_text(doc, span));
        }
        for (guint k = 1, head = 0; k < order->len; k++) {
                size_t prev = g_array_index(order, size_t, k - 1), cur = g_array_index(order, size_t, k);
                size_t first = g_array_index(order, size_t, head);
                if (!continues(doc, prev, cur)) {
                        head = k;
                        continue;
                }
                char *joined = quote_text_join(raws->pdata[first], raws->pdata[cur]);
                g_free(raws->pdata[first]);
                raws->pdata[first] = joined;
                g_free(raws->pdata[cur]);
                raws->pdata[cur] = g_strdup("");
        }
        return raws;
}

/* A short definite description ("the source") after an indefinite one with the same
 * head noun in the same article ("a source familiar with the discussions") is that
 * speaker again: it takes the first one's label, so they make one group. */
static void relabel_descriptions(Rows *r, const DossierDoc *doc, const GArray *order) {
        g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        uint32_t article = UINT32_MAX;

        for (guint k = 0; k < order->len; k++) {
                size_t i = g_array_index(order, size_t, k);
                QuoteRow *row = &g_array_index(r->rows, QuoteRow, i);
                DossierSpan span = dossier_quote_get_span(dossier_doc_get_quote(doc, i));
                bool definite = false;

                if (span.article != article)
                        g_hash_table_remove_all(seen);
                article = span.article;
                if (row->kind != QUOTE_SPEAKER_DESCRIPTION ||
                    dossier_quote_get_n_speakers(dossier_doc_get_quote(doc, i)) != 1)
                        continue;
                g_autofree char *head = quote_text_description_head(row->speaker, &definite);
                const char *first = head ? g_hash_table_lookup(seen, head) : NULL;
                if (definite && first && quote_plan_count_words(row->speaker) <= 3)
                        row->speaker = first;
                else if (head && !definite)
                        g_hash_table_insert(seen, g_steal_pointer(&head), (gpointer) row->speaker);
        }
}

static void rows_read(Rows *r, const DossierDoc *doc) {
        size_t n = dossier_doc_get_n_quotes(doc);
        g_autoptr(GArray) order = position_order(doc);
        g_autoptr(GPtrArray) raws = raw_texts(doc, order);

        r->numbers = doc_article_numbers_new(doc);
        r->rows = g_array_sized_new(FALSE, TRUE, sizeof(QuoteRow), (guint) n);
        r->strings = g_ptr_array_new_with_free_func(g_free);
        for (size_t i = 0; i < n; i++) {
                const DossierQuote *quote = dossier_doc_get_quote(doc, i);
                DossierSpan span = dossier_quote_get_span(quote);
                QuoteRow row = { 0 };

                row.direct = dossier_quote_is_direct(quote);
                row.text = quote_text_clean(raws->pdata[i], row.direct);
                row.speaker = speakers_label(quote);
                row.source = r->numbers[span.article];
                row.offset = span.start;
                fill_speaker(&row, quote);
                g_ptr_array_add(r->strings, (char *) row.text);
                g_ptr_array_add(r->strings, (char *) row.speaker);
                g_array_append_val(r->rows, row);
        }
        relabel_descriptions(r, doc, order);
}

/* ---- drawing ------------------------------------------------------------- */

/* "Bill Hagerty — Senator"; several speakers each with their role in brackets,
 * "Siegfried Hecker (physicist) and Robert Carlin". */
static char *group_heading(const DossierQuote *quote, const char *label) {
        g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func(g_free);
        const char *lone_role = NULL;
        size_t n_roles = 0;

        for (size_t i = 0; i < dossier_quote_get_n_speakers(quote); i++) {
                const DossierActor *a = dossier_quote_get_speaker_actor(quote, i);
                if (!is_named(quote, i))
                        continue;
                const char *name = a ? dossier_actor_get_name(a) : dossier_quote_get_speaker_text(quote, i);
                const char *role = a ? dossier_actor_get_role(a) : NULL;
                n_roles += role != NULL;
                lone_role = role;
                g_ptr_array_add(parts, role ? g_strdup_printf("%s (%s)", name, role) : g_strdup(name));
        }
        if (parts->len == 1 && lone_role) {
                g_autofree char *cap = quote_text_capitalize(lone_role);
                return g_strdup_printf("%s — %s", label, cap);
        }
        if (parts->len == 1 || n_roles == 0)
                return g_strdup(label);
        g_ptr_array_add(parts, NULL);
        g_autofree char *joined = g_strjoinv(" and ", (char **) parts->pdata);
        g_autofree char *typeset = quote_text_typeset(joined);
        return quote_text_capitalize(typeset);
}

/* "[3] Title · 25 Nov 2024", with " · also [7, 12]" for the articles that repeat
 * it; the numbers are the Sources list's. Just "[3]" (and its "also") when @brief:
 * from a single article, whose title and date the cover gives, or after a quote
 * that already named the same article. */
static char *source_line(const DossierDoc *doc, const QuoteEntry *entry, bool brief) {
        guint own = g_array_index(entry->sources, guint, 0);
        g_autofree char *cite = article_numbers_cite(&own, 1);
        g_autofree char *also = NULL;

        if (entry->sources->len > 1) {
                g_autofree char *more = article_numbers_cite(&g_array_index(entry->sources, guint, 1),
                                                             entry->sources->len - 1);
                also = g_strdup_printf(" · also %s", more);
        }
        if (brief)
                return g_strconcat(cite, also, NULL);
        DossierSpan span = dossier_quote_get_span(dossier_doc_get_quote(doc, entry->row));
        const DossierArticle *article = dossier_doc_get_article(doc, span.article);
        const char *title = dossier_article_get_title(article);
        g_autofree char *date = date_words_short(dossier_article_get_date(article));
        g_autofree char *name = quote_text_typeset(title && *title ? title
                                                                   : dossier_article_get_id(article));
        return g_strdup_printf("%s %s · %s%s", cite, name, date, also ? also : "");
}

/* The source after a quotation: after a no-break space when brief, so "[1]" never
 * starts a line alone; on a line of its own with a title. Upright and grey, and
 * smaller than a quotation, as small as a reported statement's small text. */
static char *source_markup(const DossierDoc *doc, const QuoteEntry *entry, bool brief,
                           bool in_quotation, const char *muted) {
        g_autofree char *source = source_line(doc, entry, brief);

        g_autofree char *span = g_markup_printf_escaped("<span style=\"normal\" foreground=\"%s\">"
                                                        "%s</span>", muted, source);
        return g_strdup_printf("%s%s%s%s", brief ? "\u00a0" : "\n", in_quotation ? "<small>" : "",
                               span, in_quotation ? "</small>" : "");
}

static guint own_source(const QuoteEntry *entry) {
        return g_array_index(entry->sources, guint, 0);
}

static const char *row_text(const Rows *r, size_t row) {
        return g_array_index(r->rows, QuoteRow, row).text;
}

/* One paragraph per speaker: the page flow splits a paragraph only between lines,
 * with two on either side, so a short group never breaks across pages, and a long
 * one goes on under the same rule; the heading keeps with the paragraph's first
 * lines, never alone at a page's foot. A tiny empty line sets the quotes apart. */
static void add_group(const DossierDoc *doc, DossierPage *page, const Rows *r,
                      const QuoteGroup *group, size_t max_chars, const char *muted) {
        const QuoteRow *speaker = &g_array_index(r->rows, QuoteRow, group->speaker_row);
        g_autofree char *heading = group_heading(dossier_doc_get_quote(doc, group->speaker_row),
                                                 speaker->speaker);
        g_autoptr(GString) markup = g_string_new(NULL);
        bool single = dossier_doc_get_n_articles(doc) == 1;

        dossier_page_add_heading(page, 2, heading);
        for (guint i = 0; i < group->entries->len; i++) {
                const QuoteEntry *entry = group->entries->pdata[i];
                bool again = i > 0 && own_source(group->entries->pdata[i - 1]) == own_source(entry);
                g_autofree char *text = quote_text_shorten(row_text(r, entry->row), max_chars);
                g_autofree char *quoted = g_markup_printf_escaped("“%s”", text);
                g_autofree char *source = source_markup(doc, entry, single || again, true, muted);

                if (i > 0)
                        g_string_append(markup, "\n<span size=\"xx-small\"> </span>\n");
                g_string_append(markup, quoted);
                g_string_append(markup, source);
        }
        dossier_page_add_text(page, DOSSIER_TEXT_QUOTE, markup->str);
}

/* The words between a reported statement's speaker and its content ("urged Beijing"
 * in "Biden urged Beijing to leverage ..."), when the speaker comes first in one
 * short stretch (quote_text_reported_cue()); NULL otherwise. */
static char *reported_cue(const DossierDoc *doc, size_t row) {
        const DossierQuote *quote = dossier_doc_get_quote(doc, row);
        DossierSpan content = dossier_quote_get_span(quote);

        if (dossier_quote_get_n_speakers(quote) != 1)
                return NULL;
        DossierSpan mention = dossier_quote_get_speaker_mention(quote, 0);
        if (mention.start == mention.end || mention.article != content.article ||
            mention.end > content.start)
                return NULL;
        g_autofree char *gap = dossier_doc_dup_text(doc, (DossierSpan) { content.article, mention.end,
                                                                         content.start });
        return quote_text_reported_cue(gap);
}

/* "<b>Speaker</b> cue content" when the article words it so ("A source familiar with
 * the discussions said that the initial goal ..."), which keeps what the content
 * alone would lose ("urged Beijing | to leverage ..."); else "<b>Speaker:</b> Content". */
static char *reported_markup(const DossierDoc *doc, const Rows *r, const QuoteEntry *entry,
                             const char *speaker, size_t max_chars) {
        g_autofree char *cue = reported_cue(doc, entry->row);
        g_autofree char *shortened = quote_text_shorten(row_text(r, entry->row), max_chars);

        if (cue) {
                /* "added that further objectives remain uncertain": without its "that"
                 * the clause could read as the verb's object */
                g_autofree char *raw = dossier_doc_dup_text(doc, dossier_quote_get_span(
                                                                         dossier_doc_get_quote(doc, entry->row)));
                bool that = g_ascii_strncasecmp(g_strchug(raw), "that ", 5) == 0 &&
                            !g_str_has_suffix(cue, " that");
                bool joined = *cue == ',' || *cue == ';';
                return g_markup_printf_escaped("<b>%s</b>%s%s%s %s", speaker, joined ? "" : " ", cue,
                                               that ? " that" : "", shortened);
        }
        g_autofree char *text = quote_text_capitalize(shortened);
        return g_markup_printf_escaped("<b>%s:</b> %s", speaker, text);
}

/* Small, not body text: body text is justified, which spreads these short lines. */
static void add_reported(const DossierDoc *doc, DossierPage *page, const Rows *r,
                         const GPtrArray *groups, size_t max_chars, const char *muted) {
        if (groups->len == 0)
                return;
        bool single = dossier_doc_get_n_articles(doc) == 1;

        dossier_page_add_heading(page, 2, "Reported statements");
        dossier_page_add_text(page, DOSSIER_TEXT_MUTED,
                              "What the articles report in their own words, not as quotations.");
        for (guint i = 0; i < groups->len; i++) {
                const QuoteGroup *group = groups->pdata[i];
                const char *speaker = g_array_index(r->rows, QuoteRow, group->speaker_row).speaker;
                for (guint j = 0; j < group->entries->len; j++) {
                        const QuoteEntry *entry = group->entries->pdata[j];
                        bool again = j > 0 && own_source(group->entries->pdata[j - 1]) == own_source(entry);
                        g_autofree char *said = reported_markup(doc, r, entry, speaker, max_chars);
                        g_autofree char *source = source_markup(doc, entry, single || again, false, muted);

                        if (i > 0 || j > 0)
                                dossier_page_add_space(page, 3);
                        g_autofree char *markup = g_strconcat(said, source, NULL);
                        dossier_page_add_text(page, DOSSIER_TEXT_SMALL, markup);
                }
        }
}

static void quote_list_render(void *state, const DossierDoc *doc, DossierPage *page) {
        const QuoteList *q = state;
        g_auto(Rows) r = { 0 };
        const char *muted = dossier_page_get_color_hex(page, DOSSIER_COLOR_MUTED);
        QuotePlanOptions options = {
                .min_words = (size_t) q->min_words,
                .max_direct = (size_t) q->max_quotes,
                .max_reported = (size_t) q->max_reported,
                .max_per_speaker = (size_t) q->max_per_speaker,
        };

        rows_read(&r, doc);
        g_autoptr(QuotePlan) plan = quote_plan_new((const QuoteRow *) r.rows->data, r.rows->len,
                                                   &options);
        dossier_page_add_heading(page, 1, "Quotes");
        if (plan->shown_direct + plan->shown_reported == 0) {
                dossier_page_add_text(page, DOSSIER_TEXT_MUTED, "No quotes were found.");
                return;
        }
        for (guint i = 0; i < plan->direct->len; i++)
                add_group(doc, page, &r, plan->direct->pdata[i], (size_t) q->max_chars, muted);
        /* worded for the reader, as the timeline's caption: a setting's name means
         * nothing on paper */
        if (plan->shown_direct < plan->n_direct)
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED, "Shown: %zu of %zu quotes.",
                                       plan->shown_direct, plan->n_direct);
        add_reported(doc, page, &r, plan->reported, (size_t) q->max_chars, muted);
        if (plan->shown_reported < plan->n_reported)
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED,
                                       "Shown: %zu of %zu reported statements.",
                                       plan->shown_reported, plan->n_reported);
}

DOSSIER_PLUGIN_DEFINE("quote-list",
        .kind = DOSSIER_PLUGIN_RENDERER,
        .version = "0.2.0",
        .license = "MIT",
        .description = "direct quotes by speaker, then reported statements, with sources",
        .settings = quote_list_settings,
        .create = quote_list_create,
        .render = quote_list_render,
        .destroy = quote_list_destroy);
