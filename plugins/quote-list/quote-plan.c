/* Which quotes the quotes section prints, under which speaker, in what order. */
#include "quote-plan.h"

#include <string.h>

#include "common/plain-text.h"

/* A quote this long found inside a longer one elsewhere is the same quote, cut
 * shorter by another article; shorter phrases recur by chance ("we are very
 * pleased with"), so they merge only when equal. */
#define CONTAINED_MIN_WORDS 6

size_t quote_plan_count_words(const char *text) {
        size_t n = 0;
        bool in_word = false, has_alnum = false;

        for (const char *p = text ? text : ""; ; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);
                if (c == 0 || g_unichar_isspace(c)) {
                        n += in_word && has_alnum;
                        in_word = has_alnum = false;
                        if (c == 0)
                                return n;
                        continue;
                }
                in_word = true;
                has_alnum = has_alnum || g_unichar_isalnum(c);
        }
}

/* A direct quote that opens mid-sentence ("…decades in the making") is a phrase
 * woven into the reporter's own sentence; a reported clause always opens so. */
static bool is_fragment(const QuoteRow *row) {
        gunichar c = g_utf8_get_char(row->text);
        return row->direct && (c == 0x2026 || g_unichar_islower(c));
}

static bool long_enough(const QuoteRow *row, size_t min_words) {
        size_t need = is_fragment(row) ? 2 * min_words : min_words;
        return quote_plan_count_words(row->text) >= need;
}

static bool attributed(const QuoteRow *row) {
        return row->speaker && *row->speaker && row->kind != QUOTE_SPEAKER_NONE;
}

static void entry_free(QuoteEntry *entry) {
        g_array_unref(entry->sources);
        g_free(entry);
}

static void group_free(QuoteGroup *group) {
        g_ptr_array_unref(group->entries);
        g_free(group);
}

void quote_plan_free(QuotePlan *plan) {
        if (!plan)
                return;
        g_clear_pointer(&plan->direct, g_ptr_array_unref);
        g_clear_pointer(&plan->reported, g_ptr_array_unref);
        g_free(plan);
}

/* ---- merging repeats --------------------------------------------------- */

typedef struct Merger {
        const QuoteRow *rows;
        char **keys;          /* plain_text_key() of each row */
        size_t *n_words;      /* words of each key */
        GPtrArray *entries;   /* QuoteEntry, borrowed: the groups take them */
        GHashTable *exact;    /* key -> GPtrArray of QuoteEntry */
        GHashTable *shingles; /* the first CONTAINED_MIN_WORDS words at each word of
                               * an entry's key -> GPtrArray of QuoteEntry */
} Merger;

static void merger_clear(Merger *m) {
        g_clear_pointer(&m->keys, g_strfreev);
        g_clear_pointer(&m->n_words, g_free);
        g_clear_pointer(&m->entries, g_ptr_array_unref);
        g_clear_pointer(&m->exact, g_hash_table_unref);
        g_clear_pointer(&m->shingles, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Merger, merger_clear)

static void index_add(GHashTable *index, const char *key, size_t len, QuoteEntry *entry) {
        g_autofree char *k = g_strndup(key, len);
        GPtrArray *list = g_hash_table_lookup(index, k);

        if (!list) {
                list = g_ptr_array_new();
                g_hash_table_insert(index, g_steal_pointer(&k), list);
        }
        if (list->len == 0 || list->pdata[list->len - 1] != entry)
                g_ptr_array_add(list, entry);
}

/* Byte length of @key's first @n words, or 0 when it has fewer. */
static size_t words_prefix(const char *key, size_t n) {
        const char *p = key;

        for (size_t i = 0; i < n; i++) {
                if (!*p)
                        return 0;
                const char *space = strchr(p, ' ');
                p = space ? space + (i + 1 < n) : p + strlen(p);
        }
        return (size_t) (p - key);
}

static void index_entry(Merger *m, QuoteEntry *entry) {
        const char *key = m->keys[entry->row];

        index_add(m->exact, key, strlen(key), entry);
        for (const char *p = key; p && *p; p = strchr(p, ' '), p = p ? p + 1 : NULL) {
                size_t len = words_prefix(p, CONTAINED_MIN_WORDS);
                if (len == 0)
                        break;
                index_add(m->shingles, p, len, entry);
        }
}

/* @needle occurs in @hay as whole words. */
static bool contains_words(const char *hay, const char *needle) {
        size_t len = strlen(needle);

        for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) {
                if ((p == hay || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
                        return true;
        }
        return false;
}

/* A reported statement may merge into a direct quote with its words, never the
 * other way: the quotation marks are the stronger evidence. */
static bool accepts(const Merger *m, const QuoteEntry *entry, size_t row) {
        bool direct = m->rows[entry->row].direct;
        return direct == m->rows[row].direct || direct;
}

static QuoteEntry *find_in(const Merger *m, GPtrArray *list, size_t row, bool whole) {
        for (guint i = 0; list && i < list->len; i++) {
                QuoteEntry *entry = list->pdata[i];
                if (accepts(m, entry, row) &&
                    (whole || contains_words(m->keys[entry->row], m->keys[row])))
                        return entry;
        }
        return NULL;
}

/* The entry that already holds @row's words, or NULL. */
static QuoteEntry *find_entry(const Merger *m, size_t row) {
        const char *key = m->keys[row];
        QuoteEntry *entry = find_in(m, g_hash_table_lookup(m->exact, key), row, true);

        if (entry || m->n_words[row] < CONTAINED_MIN_WORDS)
                return entry;
        g_autofree char *first = g_strndup(key, words_prefix(key, CONTAINED_MIN_WORDS));
        return find_in(m, g_hash_table_lookup(m->shingles, first), row, false);
}

static void entry_add_source(QuoteEntry *entry, guint source) {
        for (guint i = 0; i < entry->sources->len; i++) {
                if (g_array_index(entry->sources, guint, i) == source)
                        return;
        }
        g_array_append_val(entry->sources, source);
}

/* Files @row: into the entry with its words (which then goes under the better
 * known of the two speakers), else, when @may_open, into a new entry. */
static void merge_row(Merger *m, size_t row, bool may_open) {
        QuoteEntry *entry = find_entry(m, row);

        if (entry) {
                entry_add_source(entry, m->rows[row].source);
                if (m->rows[row].kind < m->rows[entry->speaker_row].kind)
                        entry->speaker_row = row;
                return;
        }
        if (!may_open)
                return;
        entry = g_new0(QuoteEntry, 1);
        entry->row = entry->speaker_row = row;
        entry->sources = g_array_new(FALSE, FALSE, sizeof(guint));
        g_array_append_val(entry->sources, m->rows[row].source);
        g_ptr_array_add(m->entries, entry);
        index_entry(m, entry);
}

/* Longest first, so that a shorter cut of a quote finds the longer one already
 * filed; then the best-known speaker, then the text's order. */
static int by_length(gconstpointer a, gconstpointer b, gpointer data) {
        const Merger *m = data;
        size_t x = *(const size_t *) a, y = *(const size_t *) b;
        const QuoteRow *rx = &m->rows[x], *ry = &m->rows[y];
        size_t lx = strlen(m->keys[x]), ly = strlen(m->keys[y]);

        if (lx != ly)
                return lx > ly ? -1 : 1;
        if (rx->kind != ry->kind)
                return rx->kind < ry->kind ? -1 : 1;
        if (rx->source != ry->source)
                return rx->source < ry->source ? -1 : 1;
        if (rx->offset != ry->offset)
                return rx->offset < ry->offset ? -1 : 1;
        return (x > y) - (x < y);
}

static int compare_guint(gconstpointer a, gconstpointer b) {
        guint x = *(const guint *) a, y = *(const guint *) b;
        return (x > y) - (x < y);
}

/* The first source is the printed text's own; the others follow in order. */
static void order_sources(const Merger *m, QuoteEntry *entry) {
        guint own = m->rows[entry->row].source;
        GArray *s = entry->sources;

        g_array_sort(s, compare_guint);
        for (guint i = 0; i < s->len; i++) {
                if (g_array_index(s, guint, i) == own) {
                        g_array_remove_index(s, i);
                        g_array_prepend_val(s, own);
                        return;
                }
        }
}

/* Files every usable row: attributed ones first, each opening an entry unless its
 * words are already in one; then unattributed ones, which only add their article
 * to an entry with their words. Scare quotes (no speaker, too short) print nothing. */
static void merge_all(Merger *m, size_t n, const QuotePlanOptions *options) {
        g_autoptr(GArray) order = g_array_new(FALSE, FALSE, sizeof(size_t));

        for (size_t i = 0; i < n; i++) {
                bool wanted = m->rows[i].direct || options->max_reported > 0;
                if (wanted && *m->keys[i] && long_enough(&m->rows[i], options->min_words))
                        g_array_append_val(order, i);
        }
        g_array_sort_with_data(order, by_length, m);
        for (guint pass = 0; pass < 2; pass++) {
                for (guint i = 0; i < order->len; i++) {
                        size_t row = g_array_index(order, size_t, i);
                        if (attributed(&m->rows[row]) == (pass == 0))
                                merge_row(m, row, pass == 0);
                }
        }
        for (guint i = 0; i < m->entries->len; i++)
                order_sources(m, m->entries->pdata[i]);
}

/* ---- grouping and ordering ----------------------------------------------- */

static int entry_compare(gconstpointer a, gconstpointer b, gpointer data) {
        const QuoteRow *rows = data;
        const QuoteRow *x = &rows[(*(QuoteEntry *const *) a)->row];
        const QuoteRow *y = &rows[(*(QuoteEntry *const *) b)->row];

        if (x->source != y->source)
                return x->source < y->source ? -1 : 1;
        return (x->offset > y->offset) - (x->offset < y->offset);
}

/* Named actors before descriptions; then the most mentioned speaker (the actor
 * table's order), the one with more quotes, the one quoted first. */
static int group_compare(gconstpointer a, gconstpointer b, gpointer data) {
        const QuoteRow *rows = data;
        const QuoteGroup *g = *(QuoteGroup *const *) a, *h = *(QuoteGroup *const *) b;
        const QuoteRow *x = &rows[g->speaker_row], *y = &rows[h->speaker_row];

        if (x->kind != y->kind)
                return x->kind < y->kind ? -1 : 1;
        if (x->weight != y->weight)
                return x->weight > y->weight ? -1 : 1;
        if (g->entries->len != h->entries->len)
                return g->entries->len > h->entries->len ? -1 : 1;
        return entry_compare(&g->entries->pdata[0], &h->entries->pdata[0], data);
}

/* One group per speaker label (case aside) and kind. */
static GPtrArray *group_entries(const QuoteRow *rows, GPtrArray *entries, bool direct) {
        g_autoptr(GHashTable) by_label = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        GPtrArray *groups = g_ptr_array_new_with_free_func((GDestroyNotify) group_free);

        for (guint i = 0; i < entries->len; i++) {
                QuoteEntry *entry = entries->pdata[i];
                const QuoteRow *speaker = &rows[entry->speaker_row];
                if (rows[entry->row].direct != direct)
                        continue;
                g_autofree char *folded = g_utf8_casefold(speaker->speaker, -1);
                g_autofree char *label = g_strdup_printf("%d %s", speaker->kind, folded);
                QuoteGroup *group = g_hash_table_lookup(by_label, label);
                if (!group) {
                        group = g_new0(QuoteGroup, 1);
                        group->speaker_row = entry->speaker_row;
                        group->entries = g_ptr_array_new_with_free_func((GDestroyNotify) entry_free);
                        g_ptr_array_add(groups, group);
                        g_hash_table_insert(by_label, g_steal_pointer(&label), group);
                }
                if (speaker->weight > rows[group->speaker_row].weight)
                        group->speaker_row = entry->speaker_row;
                g_ptr_array_add(group->entries, entry);
        }
        for (guint i = 0; i < groups->len; i++)
                g_ptr_array_sort_with_data(((QuoteGroup *) groups->pdata[i])->entries,
                                           entry_compare, (gpointer) rows);
        g_ptr_array_sort_with_data(groups, group_compare, (gpointer) rows);
        return groups;
}

/* Keeps at most @per_speaker entries a group and @max in all, in print order;
 * groups left empty go. */
static size_t cut_to_limits(GPtrArray *groups, size_t max, size_t per_speaker) {
        size_t shown = 0;

        for (guint i = 0; i < groups->len;) {
                GPtrArray *entries = ((QuoteGroup *) groups->pdata[i])->entries;
                size_t keep = MIN(MIN(per_speaker, max - shown), entries->len);
                if (keep < entries->len)
                        g_ptr_array_set_size(entries, (gint) keep);
                shown += keep;
                if (keep == 0)
                        g_ptr_array_remove_index(groups, i);
                else
                        i++;
        }
        return shown;
}

static size_t count_entries(const GPtrArray *groups) {
        size_t n = 0;

        for (guint i = 0; i < groups->len; i++)
                n += ((const QuoteGroup *) groups->pdata[i])->entries->len;
        return n;
}

QuotePlan *quote_plan_new(const QuoteRow *rows, size_t n, const QuotePlanOptions *options) {
        g_auto(Merger) m = { 0 };
        QuotePlan *plan = g_new0(QuotePlan, 1);

        m.rows = rows;
        m.keys = g_new0(char *, n + 1);
        m.n_words = g_new0(size_t, MAX(n, 1));
        for (size_t i = 0; i < n; i++) {
                m.keys[i] = plain_text_key(rows[i].text);
                m.n_words[i] = quote_plan_count_words(m.keys[i]);
        }
        m.entries = g_ptr_array_new();
        m.exact = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
        m.shingles = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
        merge_all(&m, n, options);

        plan->direct = group_entries(rows, m.entries, true);
        plan->reported = group_entries(rows, m.entries, false);
        plan->n_direct = count_entries(plan->direct);
        plan->n_reported = count_entries(plan->reported);
        plan->shown_direct = cut_to_limits(plan->direct, options->max_direct,
                                           options->max_per_speaker);
        plan->shown_reported = cut_to_limits(plan->reported, options->max_reported,
                                             options->max_per_speaker);
        return plan;
}
