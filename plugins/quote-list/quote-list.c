/* quote-list: what was said. Direct quotes grouped by speaker, the most mentioned
 * speakers first and unattributed ones last, then reported statements; repeats
 * across articles are printed once. */
#include <dossier/plugin.h>

#include "common/article-numbers.h"
#include "common/date-words.h"
#include "common/plain-text.h"
#include "quote-text.h"

typedef struct QuoteList {
        int max_chars;
        int max_quotes;
} QuoteList;

static const DossierSettingSpec quote_list_settings[] = {
        { "max_chars", DOSSIER_SETTING_INT,
          "longer quotes are cut at a sentence end, 40 to 5000 characters (default 400)" },
        { "max_quotes", DOSSIER_SETTING_INT,
          "the most quotes listed, direct and reported together, 1 to 500 (default 30)" },
        { NULL, 0, NULL },
};

/* Speakers sort by kind first: named actors, then descriptions, then nobody. */
enum { SPEAKER_ACTOR, SPEAKER_DESCRIPTION, SPEAKER_UNKNOWN };

/* One printed quote: its first occurrence and how many other articles repeat it. */
typedef struct Item {
        const DossierQuote *quote;
        char *text;
        uint32_t article;
        GArray *articles; /* uint32_t: every article that has it, in order */
} Item;

typedef struct Group {
        char *name;
        char *role; /* nullable */
        int kind;
        size_t weight; /* the speaker's mentions: importance */
        size_t first;  /* order of first appearance, for ties */
        GPtrArray *items;
} Group;

static void item_free(Item *item) {
        g_free(item->text);
        g_array_unref(item->articles);
        g_free(item);
}

static void group_free(Group *group) {
        g_free(group->name);
        g_free(group->role);
        g_ptr_array_unref(group->items);
        g_free(group);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(Group, group_free)

static bool quote_list_create(DossierHost *host, const DossierSettings *settings,
                              void **ret_state, GError **error) {
        g_autofree QuoteList *q = g_new0(QuoteList, 1);

        q->max_chars = 400;
        q->max_quotes = 30;
        if (!dossier_settings_get_int(settings, "max_chars", 40, 5000, &q->max_chars, error) ||
            !dossier_settings_get_int(settings, "max_quotes", 1, 500, &q->max_quotes, error))
                return false;
        *ret_state = g_steal_pointer(&q);
        return true;
}

static void quote_list_destroy(void *state) {
        g_free(state);
}

/* The speakers as one label, "A and B"; "Unattributed" when there are none. */
static char *speakers_label(const DossierQuote *quote) {
        size_t n = dossier_quote_get_n_speakers(quote);
        g_autoptr(GPtrArray) names = g_ptr_array_new();

        if (n == 0)
                return g_strdup("Unattributed");
        for (size_t i = 0; i < n; i++) {
                const DossierActor *actor = dossier_quote_get_speaker_actor(quote, i);
                g_ptr_array_add(names, (gpointer) (actor ? dossier_actor_get_name(actor)
                                                         : dossier_quote_get_speaker_text(quote, i)));
        }
        g_ptr_array_add(names, NULL);
        g_autofree char *joined = g_strjoinv(" and ", (char **) names->pdata);
        return quote_text_capitalize(joined);
}

/* A group for @quote's speakers: the kind and weight of the most important one;
 * the role only for a lone speaker. */
static Group *group_new_for(const DossierQuote *quote, size_t first) {
        Group *group = g_new0(Group, 1);
        size_t n = dossier_quote_get_n_speakers(quote);

        group->name = speakers_label(quote);
        group->kind = SPEAKER_UNKNOWN;
        group->first = first;
        group->items = g_ptr_array_new_with_free_func((GDestroyNotify) item_free);
        for (size_t i = 0; i < n; i++) {
                const DossierActor *actor = dossier_quote_get_speaker_actor(quote, i);

                group->kind = MIN(group->kind, actor ? SPEAKER_ACTOR : SPEAKER_DESCRIPTION);
                if (actor)
                        group->weight = MAX(group->weight, dossier_actor_get_n_mentions(actor));
                if (actor && n == 1 && dossier_actor_get_role(actor))
                        group->role = quote_text_capitalize(dossier_actor_get_role(actor));
        }
        return group;
}

static int group_compare(gconstpointer a, gconstpointer b) {
        const Group *x = *(Group *const *) a, *y = *(Group *const *) b;

        if (x->kind != y->kind)
                return x->kind < y->kind ? -1 : 1;
        if (x->weight != y->weight)
                return x->weight > y->weight ? -1 : 1;
        return x->first < y->first ? -1 : x->first > y->first;
}

/* Everything render() collects before it draws. */
typedef struct Collected {
        GHashTable *by_key;     /* normalized text -> Item, owned by its group */
        GHashTable *by_speaker; /* group name -> Group, borrowed from groups */
        GPtrArray *groups;      /* direct quotes, Group */
        Group *reported;        /* reported statements, items in text order */
        GPtrArray *reported_speakers; /* char *: the speaker label of each reported item */
        guint *numbers;         /* each article's number in the Sources list */
} Collected;

static void collected_clear(Collected *c) {
        g_clear_pointer(&c->by_key, g_hash_table_unref);
        g_clear_pointer(&c->by_speaker, g_hash_table_unref);
        g_clear_pointer(&c->groups, g_ptr_array_unref);
        g_clear_pointer(&c->reported, group_free);
        g_clear_pointer(&c->reported_speakers, g_ptr_array_unref);
        g_clear_pointer(&c->numbers, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Collected, collected_clear)

/* Returns the group for @quote's speakers, made on first use. */
static Group *group_for(Collected *c, const DossierQuote *quote) {
        g_autoptr(Group) fresh = group_new_for(quote, c->groups->len);
        Group *group = g_hash_table_lookup(c->by_speaker, fresh->name);

        if (group)
                return group;
        group = g_steal_pointer(&fresh);
        g_ptr_array_add(c->groups, group);
        g_hash_table_insert(c->by_speaker, group->name, group);
        return group;
}

/* Files one quote, or notes its article on the earlier item with the same words. */
static void collect_one(Collected *c, const DossierDoc *doc, const DossierQuote *quote,
                        size_t max_chars) {
        DossierSpan span = dossier_quote_get_span(quote);
        bool direct = dossier_quote_is_direct(quote);
        g_autofree char *raw = dossier_doc_dup_text(doc, span);
        g_autofree char *key = plain_text_key(raw);

        if (!*key)
                return;
        g_autofree char *tagged = g_strdup_printf("%c%s", direct ? 'd' : 'r', key);
        Item *seen = g_hash_table_lookup(c->by_key, tagged);
        if (seen) {
                uint32_t last = g_array_index(seen->articles, uint32_t, seen->articles->len - 1);
                if (last != span.article)
                        g_array_append_val(seen->articles, span.article);
                return;
        }

        Item *item = g_new0(Item, 1);
        item->quote = quote;
        item->text = quote_text_clean(raw, direct, max_chars);
        item->article = span.article;
        item->articles = g_array_new(FALSE, FALSE, sizeof(uint32_t));
        g_array_append_val(item->articles, span.article);
        g_hash_table_insert(c->by_key, g_steal_pointer(&tagged), item);
        if (!direct) {
                g_ptr_array_add(c->reported_speakers, speakers_label(quote));
                g_ptr_array_add(c->reported->items, item);
                return;
        }
        g_ptr_array_add(group_for(c, quote)->items, item);
}

/* Each article's number in the Sources list (plugins/common/article-numbers.h). */
static guint *article_numbers_of(const DossierDoc *doc) {
        size_t n = dossier_doc_get_n_articles(doc);
        g_autofree const char **dates = g_new0(const char *, MAX(n, 1));
        for (size_t i = 0; i < n; i++)
                dates[i] = dossier_article_get_date(dossier_doc_get_article(doc, i));
        return article_numbers_new(dates, n);
}

static void collect(Collected *c, const DossierDoc *doc, size_t max_chars) {
        c->numbers = article_numbers_of(doc);
        c->by_key = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        c->by_speaker = g_hash_table_new(g_str_hash, g_str_equal);
        c->groups = g_ptr_array_new_with_free_func((GDestroyNotify) group_free);
        c->reported = g_new0(Group, 1);
        c->reported->items = g_ptr_array_new_with_free_func((GDestroyNotify) item_free);
        c->reported_speakers = g_ptr_array_new_with_free_func(g_free);
        for (size_t i = 0; i < dossier_doc_get_n_quotes(doc); i++)
                collect_one(c, doc, dossier_doc_get_quote(doc, i), max_chars);
        g_ptr_array_sort(c->groups, group_compare);
}

/* "[3] Title · 25 Nov 2024", with " · also [7, 12]" for the articles that repeat
 * it; the numbers are the Sources list's. From a single article, just "[1]": the
 * cover already gives its title and date. */
static char *source_line(const DossierDoc *doc, const guint *numbers, const Item *item) {
        if (dossier_doc_get_n_articles(doc) == 1)
                return article_numbers_cite(&numbers[item->article], 1);
        const DossierArticle *article = dossier_doc_get_article(doc, item->article);
        const char *title = dossier_article_get_title(article);
        g_autofree char *date = date_words_short(dossier_article_get_date(article));
        g_autofree char *cite = article_numbers_cite(&numbers[item->article], 1);
        g_autofree char *also = NULL;
        if (item->articles->len > 1) {
                g_autofree guint *more = g_new(guint, item->articles->len - 1);
                for (guint i = 1; i < item->articles->len; i++)
                        more[i - 1] = numbers[g_array_index(item->articles, uint32_t, i)];
                g_autofree char *more_cite = article_numbers_cite(more, item->articles->len - 1);
                also = g_strdup_printf(" · also %s", more_cite);
        }

        return g_strdup_printf("%s %s · %s%s", cite,
                               title && *title ? title : dossier_article_get_id(article), date,
                               also ? also : "");
}

/* What goes between a quotation and its source: a line break before a title, a
 * no-break space before a bare "[1]", so it never starts a line alone. */
static const char *source_separator(const DossierDoc *doc) {
        return dossier_doc_get_n_articles(doc) == 1 ? "\u00a0" : "\n";
}

/* The source goes inside the quotation's paragraph, so it shares its indent and rule. */
static void add_group(const DossierDoc *doc, DossierPage *page, const Collected *c,
                      const Group *group, const char *muted, size_t *budget) {
        g_autofree char *heading = group->role ? g_strdup_printf("%s — %s", group->name, group->role)
                                               : g_strdup(group->name);

        dossier_page_add_heading(page, 2, heading);
        for (guint i = 0; i < group->items->len && *budget > 0; i++, (*budget)--) {
                const Item *item = group->items->pdata[i];
                g_autofree char *source = source_line(doc, c->numbers, item);

                dossier_page_add_textf(page, DOSSIER_TEXT_QUOTE,
                                       "“%s”%s<span size=\"small\" style=\"normal\" "
                                       "foreground=\"%s\">%s</span>",
                                       item->text, source_separator(doc), muted, source);
        }
}

/* Small, not body text: body text is justified, which spreads these short lines. */
static void add_reported(const DossierDoc *doc, DossierPage *page, const Collected *c,
                         const char *muted, size_t *budget) {
        if (c->reported->items->len == 0 || *budget == 0)
                return;
        dossier_page_add_heading(page, 2, "Reported statements");
        for (guint i = 0; i < c->reported->items->len && *budget > 0; i++, (*budget)--) {
                const Item *item = c->reported->items->pdata[i];
                g_autofree char *text = quote_text_capitalize(item->text);
                g_autofree char *source = source_line(doc, c->numbers, item);

                if (i > 0)
                        dossier_page_add_space(page, 3);
                dossier_page_add_textf(page, DOSSIER_TEXT_SMALL,
                                       "<b>%s:</b> %s%s<span foreground=\"%s\">%s</span>",
                                       (const char *) c->reported_speakers->pdata[i], text,
                                       source_separator(doc), muted, source);
        }
}

static size_t count_items(const Collected *c) {
        size_t n = c->reported->items->len;

        for (guint i = 0; i < c->groups->len; i++)
                n += ((Group *) c->groups->pdata[i])->items->len;
        return n;
}

static void quote_list_render(void *state, const DossierDoc *doc, DossierPage *page) {
        const QuoteList *q = state;
        g_auto(Collected) c = { 0 };
        size_t budget = (size_t) q->max_quotes;
        const char *muted = dossier_page_get_color_hex(page, DOSSIER_COLOR_MUTED);

        collect(&c, doc, (size_t) q->max_chars);
        dossier_page_add_heading(page, 1, "Quotes");
        if (count_items(&c) == 0) {
                dossier_page_add_text(page, DOSSIER_TEXT_MUTED, "No quotes were found.");
                return;
        }
        for (guint i = 0; i < c.groups->len && budget > 0; i++)
                add_group(doc, page, &c, c.groups->pdata[i], muted, &budget);
        add_reported(doc, page, &c, muted, &budget);
        /* worded for the reader, as the timeline's caption: a setting's name means
         * nothing on paper */
        if (count_items(&c) > (size_t) q->max_quotes)
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED, "Shown: %d of %zu quotes.",
                                       q->max_quotes, count_items(&c));
}

DOSSIER_PLUGIN_DEFINE("quote-list",
        .kind = DOSSIER_PLUGIN_RENDERER,
        .version = "0.1.0",
        .license = "MIT",
        .description = "direct quotes by speaker, then reported statements, with sources",
        .settings = quote_list_settings,
        .create = quote_list_create,
        .render = quote_list_render,
        .destroy = quote_list_destroy);
