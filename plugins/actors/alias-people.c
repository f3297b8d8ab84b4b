/* Joins the names of one person: forms of one full name, lone surnames and
 * first names to the full name named nearest, a well-known surname alone to its
 * listed person. */
#include "alias-group.h"

#include <string.h>

/* First and last word of every person's full name -> the people. */
GHashTable *alias_person_index(AliasTable *t)
{
        GHashTable *index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                  (GDestroyNotify) g_ptr_array_unref);
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->type != NAME_PERSON || g->n_words < 2)
                        continue;
                g_auto(GStrv) words = g_strsplit(g->key, " ", -1);
                guint n = g_strv_length(words);
                while (n > 2 && name_is_suffix_word(words[n - 1]))
                        n--;
                alias_index_word(index, words[0], g);
                alias_index_word(index, words[n - 1], g);
        }
        return index;
}

/* The person of @people named in @m's article nearest before @m (else after
 * it). Two people of that name in the article ("Kim Jong Un met Kim Dae Jung.
 * Kim smiled.") make the lone word ambiguous: @ret_ambiguous, and no person;
 * unless one of them is named three times as often as any other (the story's
 * "Trump" is Donald Trump, not Melania). */
static Group *person_in_article(GPtrArray *people, const Mention *m, bool *ret_ambiguous)
{
        Group *best = NULL, *top = NULL;
        int64_t best_distance = INT64_MAX;
        unsigned top_count = 0, second_count = 0, named = 0;
        *ret_ambiguous = false;
        for (guint i = 0; i < people->len; i++) {
                Group *p = g_ptr_array_index(people, i);
                unsigned count = 0;
                for (guint k = 0; k < p->mentions->len; k++) {
                        const Mention *pm = &g_array_index(p->mentions, GroupMention, k).m;
                        if (pm->article != m->article)
                                continue;
                        count++;
                        int64_t d = (int64_t) m->start - (int64_t) pm->start;
                        if (d < 0)
                                d = INT64_MAX / 2 - d; /* after the mention: only as a last resort */
                        if (d < best_distance) {
                                best_distance = d;
                                best = p;
                        }
                }
                if (count == 0)
                        continue;
                named++;
                if (count > top_count) {
                        second_count = top_count;
                        top_count = count;
                        top = p;
                } else if (count > second_count) {
                        second_count = count;
                }
        }
        if (named <= 1)
                return best;
        if (top_count >= 3 && top_count >= 3 * second_count)
                return top;
        *ret_ambiguous = true;
        return NULL;
}

/* The last article before @m's that names one of @people. */
static int64_t last_article_before(const Group *p, const Mention *m)
{
        int64_t last = -1;
        for (guint k = 0; k < p->mentions->len; k++) {
                uint32_t a = g_array_index(p->mentions, GroupMention, k).m.article;
                if (a < m->article && (int64_t) a > last)
                        last = a;
        }
        return last;
}

/* For a lone name in an article that names none of @people: the person named in
 * the most recent article before it ("Quxley" after an article on Mary Quxley),
 * none when that article names two of them, else the briefing's only one. Only
 * a surer person ("Obama"), never a guessed name ("Index" far from "IG Index"). */
static Group *person_in_recent_article(GPtrArray *people, const Mention *m)
{
        Group *best = NULL, *only = NULL;
        int64_t best_article = -1;
        guint sure = 0;
        bool tie = false;
        for (guint i = 0; i < people->len; i++) {
                Group *p = g_ptr_array_index(people, i);
                if (p->evidence < EVIDENCE_FIRST_NAME)
                        continue;
                sure++;
                only = p;
                int64_t a = last_article_before(p, m);
                if (a > best_article) {
                        best_article = a;
                        best = p;
                        tie = false;
                } else if (a >= 0 && a == best_article) {
                        tie = true;
                }
        }
        if (best_article >= 0)
                return tie ? NULL : best;
        return sure == 1 && people->len == 1 ? only : NULL;
}

/* A gazetteer place keeps its mentions unless a person surely named so is in the
 * same article ("Jordan" near "Michael Jordan"); a gazetteer organisation always
 * does: companies named for their founders ("Ford" near "William Clay Ford Jr.")
 * are named for the company far more often than for the founder. */
static bool movable(const GroupMention *gm, const Group *person, bool same_article)
{
        if (gm->evidence == EVIDENCE_GAZETTEER && gm->type == NAME_ORG)
                return false;
        bool listed = gm->evidence == EVIDENCE_GAZETTEER && gm->type == NAME_PLACE;
        return !listed || (same_article && person->evidence >= EVIDENCE_FIRST_NAME);
}

/* The first word names a person by itself only when the name is surely a
 * person's ("Steve", "Kim"): "MacBook" is no short form of "MacBook Wi-Fi", nor
 * "Chrysler" of "Chrysler Aspen". Such a word joins nobody, not even another
 * person further away: the nearest reading is the likely one, and when it is
 * doubtful no merge beats a wrong one. */
static bool weak_first_word(const Group *person, const char *word)
{
        size_t n = strlen(word);
        bool first = strncmp(person->key, word, n) == 0 && person->key[n] == ' ';
        bool last = g_str_has_suffix(person->key, word) &&
                    person->key[strlen(person->key) - n - 1] == ' ';
        return first && !last && person->evidence < EVIDENCE_FIRST_NAME;
}

void alias_join_lone_words(AliasTable *t, GHashTable *index)
{
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->n_words != 1 || g->product)
                        continue;
                GPtrArray *people = g_hash_table_lookup(index, g->key);
                if (!people)
                        continue;
                guint keep = 0;
                for (guint k = 0; k < g->mentions->len; k++) {
                        GroupMention gm = g_array_index(g->mentions, GroupMention, k);
                        bool ambiguous;
                        Group *p = person_in_article(people, &gm.m, &ambiguous);
                        bool same = p != NULL;
                        if (ambiguous && gm.evidence < EVIDENCE_GAZETTEER)
                                gm.type = NAME_PERSON; /* a person, but which one is unclear */
                        if (!p && !ambiguous)
                                p = person_in_recent_article(people, &gm.m);
                        if (p && movable(&gm, p, same) && !weak_first_word(p, g->key)) {
                                gm.type = NAME_PERSON;
                                g_array_append_val(p->mentions, gm);
                        }
                        else
                                g_array_index(g->mentions, GroupMention, keep++) = gm;
                }
                g_array_set_size(g->mentions, keep);
        }
}

/* "Putin" alone, with no Putin in the briefing: the well-known one. */
void alias_join_known_surnames(AliasTable *t, GHashTable *index)
{
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->n_words != 1 || g->mentions->len == 0 || g->evidence == EVIDENCE_GAZETTEER)
                        continue;
                /* someone in the briefing has that name: a "Johnson" left alone is
                 * one of them, ambiguously, not the famous one */
                if (g_hash_table_contains(index, g->key))
                        continue;
                const char *full = gazetteer_person_by_surname(t->gz, g->name);
                if (!full)
                        continue;
                Group *p = alias_group_get(t, full, false);
                if (p == g)
                        continue;
                for (guint k = 0; k < g->mentions->len; k++) {
                        GroupMention *gm = &g_array_index(g->mentions, GroupMention, k);
                        gm->type = NAME_PERSON;
                        gm->evidence = EVIDENCE_GAZETTEER;
                }
                alias_merge_into(g, p);
                alias_vote_type(p);
        }
}

/* A person's surname as alias_names_compatible() compares it. */
static char *surname_of(const char *key)
{
        guint n;
        g_auto(GStrv) words = name_words_of(key, &n);
        return n > 0 ? g_strdup(words[n - 1]) : g_strdup("");
}

/* The other person of @same_surname @g can be, or NULL when none or several are
 * ("George Bush" beside "George W. Bush" and "George H. W. Bush"). */
static Group *variant_target(GPtrArray *same_surname, const Group *g)
{
        Group *found = NULL;
        for (guint k = 0; k < same_surname->len; k++) {
                Group *h = g_ptr_array_index(same_surname, k);
                if (h == g || h->mentions->len == 0 || !alias_names_compatible(g->key, h->key))
                        continue;
                if (found)
                        return NULL;
                found = h;
        }
        return found;
}

static int by_mentions(gconstpointer a, gconstpointer b)
{
        const Group *x = *(Group *const *) a, *y = *(Group *const *) b;
        return (int) x->mentions->len - (int) y->mentions->len;
}

/* Full names that are one person's ("Tim Cook", "Timothy D. Cook"; "Kim Jong Un",
 * "Kim Jong-un") join the most named form, rarest first, when each fits only the
 * other: "George W. Bush" fits only "George Bush", but that one also fits "George
 * H. W. Bush", so none of the three joins. Only people of one surname are
 * compared, so a briefing of thousands of names stays fast. */
void alias_join_name_variants(AliasTable *t)
{
        g_autoptr(GPtrArray) people = g_ptr_array_new();
        g_autoptr(GHashTable) by_surname = g_hash_table_new_full(
                g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
        g_autoptr(GHashTable) surnames = g_hash_table_new_full(g_direct_hash, g_direct_equal,
                                                               NULL, g_free);
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->type != NAME_PERSON || g->n_words < 2 || g->mentions->len == 0)
                        continue;
                g_ptr_array_add(people, g);
                char *surname = surname_of(g->key);
                g_hash_table_insert(surnames, g, surname);
                alias_index_word(by_surname, surname, g);
        }
        g_ptr_array_sort(people, by_mentions);
        for (guint i = 0; i < people->len; i++) {
                Group *g = g_ptr_array_index(people, i);
                GPtrArray *same = g_hash_table_lookup(by_surname,
                                                      g_hash_table_lookup(surnames, g));
                Group *to = g->mentions->len > 0 && same->len > 1 ? variant_target(same, g)
                                                                  : NULL;
                if (to && to->mentions->len >= g->mentions->len && variant_target(same, to) == g) {
                        alias_merge_into(g, to);
                        alias_vote_type(to);
                }
        }
}
