/* Groups name candidates into actors. Grouping is by case-folded canonical name;
 * then each lone word that is the first or last word of a person's full name joins
 * that person, preferring the person named in the same article, since a briefing
 * can hold two people called Kim. */
#include "alias.h"

#include <string.h>

typedef struct GroupMention {
        Mention m;
        const char *role; /* (nullable) owned by the table's string chunk */
        uint8_t type;     /* NameType the finder gave this mention */
        uint8_t evidence; /* Evidence */
} GroupMention;

typedef struct Group {
        char *key;  /* case-folded name */
        char *name; /* shown name */
        bool name_from_caps;
        unsigned n_words;
        NameType type;
        Evidence evidence;
        GArray *mentions; /* GroupMention */
} Group;

struct AliasTable {
        const Gazetteer *gz;
        GHashTable *groups; /* key -> Group* (owned by order) */
        GPtrArray *order;   /* Group*, in creation order */
        GStringChunk *strings;
        GString *buf;
        GString *key;
};

void actor_free(Actor *actor)
{
        if (!actor)
                return;
        g_free(actor->name);
        g_free(actor->role);
        if (actor->mentions)
                g_array_unref(actor->mentions);
        g_free(actor);
}

static void group_free(Group *g)
{
        g_free(g->key);
        g_free(g->name);
        g_array_unref(g->mentions);
        g_free(g);
}

AliasTable *alias_table_new(const Gazetteer *gz)
{
        AliasTable *t = g_new0(AliasTable, 1);
        t->gz = gz;
        t->groups = g_hash_table_new(g_str_hash, g_str_equal);
        t->order = g_ptr_array_new_with_free_func((GDestroyNotify) group_free);
        t->strings = g_string_chunk_new(4096);
        t->buf = g_string_new(NULL);
        t->key = g_string_new(NULL);
        return t;
}

void alias_table_free(AliasTable *t)
{
        if (!t)
                return;
        g_clear_pointer(&t->groups, g_hash_table_unref);
        g_clear_pointer(&t->order, g_ptr_array_unref);
        if (t->strings)
                g_string_chunk_free(t->strings);
        if (t->buf)
                g_string_free(t->buf, TRUE);
        if (t->key)
                g_string_free(t->key, TRUE);
        g_free(t);
}

/* "Wal -" or "O'" at the end of @buf: the name goes on without a space. */
static bool after_joiner(const GString *buf)
{
        const char *e = buf->str + buf->len;
        if (e[-1] == '-')
                return true;
        return buf->len >= 2 && e[-1] == '\'' && (e[-2] == 'O' || e[-2] == 'D') &&
               (buf->len == 2 || e[-3] == ' ');
}

/* The text of body[start, end) with runs of white space made one space, and
 * none around a hyphen or before an apostrophe inside a name: text taken apart
 * into tokens ("Wal - Mart", "O 'Reilly") gets its name back ("Wal-Mart"). */
static const char *squeeze(AliasTable *t, const char *body, uint32_t start, uint32_t end)
{
        g_string_truncate(t->buf, 0);
        bool space = false;
        for (uint32_t i = start; i < end; i++) {
                if (g_ascii_isspace(body[i])) {
                        space = true;
                        continue;
                }
                bool joiner = body[i] == '\'' || (body[i] == '-' && i + 1 < end && body[i + 1] == ' ');
                if (space && t->buf->len > 0 && !joiner && !after_joiner(t->buf))
                        g_string_append_c(t->buf, ' ');
                space = false;
                g_string_append_c(t->buf, body[i]);
        }
        return t->buf->str;
}

static unsigned count_words(const char *s)
{
        unsigned n = 1;
        for (; *s; s++)
                n += *s == ' ';
        return n;
}

/* The grouping key: case-folded; ASCII names (most) without an allocation. */
static const char *fold(AliasTable *t, const char *name)
{
        g_string_truncate(t->key, 0);
        for (const char *p = name; *p; p++) {
                if ((unsigned char) *p >= 0x80) {
                        g_autofree char *folded = g_utf8_casefold(name, -1);
                        g_string_assign(t->key, folded);
                        break;
                }
                g_string_append_c(t->key, g_ascii_tolower(*p));
        }
        return t->key->str;
}

static Group *group_get(AliasTable *t, const char *name, bool caps)
{
        const char *key = fold(t, name);
        Group *g = g_hash_table_lookup(t->groups, key);
        if (g) {
                if (g->name_from_caps && !caps) {
                        g_free(g->name);
                        g->name = g_strdup(name);
                        g->name_from_caps = false;
                }
                return g;
        }
        g = g_new0(Group, 1);
        g->key = g_strdup(key);
        g->name = g_strdup(name);
        g->name_from_caps = caps;
        g->n_words = count_words(name);
        g->mentions = g_array_new(FALSE, FALSE, sizeof(GroupMention));
        g_hash_table_insert(t->groups, g->key, g);
        g_ptr_array_add(t->order, g);
        return g;
}

void alias_table_add(AliasTable *t, uint32_t article, const char *body,
                     const Candidate *candidates, size_t n)
{
        for (size_t i = 0; i < n; i++) {
                const Candidate *c = &candidates[i];
                const char *name = c->canonical ? c->canonical
                                                : squeeze(t, body, c->start, c->end);
                Group *g = group_get(t, name, c->caps && !c->canonical);
                GroupMention gm = {
                        .m = { article, c->start, c->end },
                        .type = c->type,
                        .evidence = c->evidence,
                };
                if (c->role_start != c->role_end)
                        gm.role = g_string_chunk_insert(
                                t->strings, squeeze(t, body, c->role_start, c->role_end));
                g_array_append_val(g->mentions, gm);
        }
}

/* ---- types --------------------------------------------------------------- */

/* The type with the strongest evidence; among equals, the most mentions. A
 * place only by context ("a stake in Chrysler") gives way to a type three times
 * as frequent: one preposition does not make a place of fifty mentions. */
static void vote_type(Group *g)
{
        Evidence best[5] = { 0 };
        unsigned count[5] = { 0 };
        for (guint i = 0; i < g->mentions->len; i++) {
                const GroupMention *gm = &g_array_index(g->mentions, GroupMention, i);
                if (gm->type == NAME_UNKNOWN || gm->type > NAME_OTHER)
                        continue;
                best[gm->type] = MAX(best[gm->type], (Evidence) gm->evidence);
                count[gm->type]++;
        }
        g->type = NAME_UNKNOWN;
        g->evidence = EVIDENCE_NONE;
        for (int type = NAME_PERSON; type <= NAME_OTHER; type++) {
                if (count[type] == 0)
                        continue;
                if (g->type == NAME_UNKNOWN || best[type] > g->evidence ||
                    (best[type] == g->evidence && count[type] > count[g->type])) {
                        g->type = type;
                        g->evidence = best[type];
                }
        }
        if (g->type != NAME_PLACE || g->evidence != EVIDENCE_CONTEXT)
                return;
        for (int type = NAME_PERSON; type <= NAME_OTHER; type++) {
                if (type != NAME_PLACE && count[type] >= 3 && count[type] >= 3 * count[NAME_PLACE]) {
                        g->type = type;
                        g->evidence = best[type];
                }
        }
}

/* ---- aliases ------------------------------------------------------------- */

static bool is_suffix_word(const char *w)
{
        static const char *const suffixes[] = { "jr.", "jr", "sr.", "sr", "ii", "iii", "iv" };
        for (size_t i = 0; i < G_N_ELEMENTS(suffixes); i++)
                if (strcmp(w, suffixes[i]) == 0)
                        return true;
        return false;
}

static void index_word(GHashTable *index, const char *word, Group *g)
{
        GPtrArray *list = g_hash_table_lookup(index, word);
        if (!list) {
                list = g_ptr_array_new();
                g_hash_table_insert(index, g_strdup(word), list);
        }
        if (list->len == 0 || g_ptr_array_index(list, list->len - 1) != g)
                g_ptr_array_add(list, g);
}

/* First and last word of every person's full name -> the people. */
static GHashTable *person_index(AliasTable *t)
{
        GHashTable *index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                  (GDestroyNotify) g_ptr_array_unref);
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->type != NAME_PERSON || g->n_words < 2)
                        continue;
                g_auto(GStrv) words = g_strsplit(g->key, " ", -1);
                guint n = g_strv_length(words);
                while (n > 2 && is_suffix_word(words[n - 1]))
                        n--;
                index_word(index, words[0], g);
                index_word(index, words[n - 1], g);
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

static void join_lone_words(AliasTable *t, GHashTable *index)
{
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->n_words != 1)
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
                        /* in another article only a surer person ("Obama"), not a
                         * guessed name ("Index" far from "IG Index") */
                        if (!p && !ambiguous && people->len == 1 &&
                            ((Group *) g_ptr_array_index(people, 0))->evidence >= EVIDENCE_FIRST_NAME)
                                p = g_ptr_array_index(people, 0);
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

/* Whether @lone is mentioned in an article that does not name @full: a first
 * name alone ("his wife Naina") follows the full name in its own article, a
 * company's short name ("Northrop") stands on its own. */
static bool alone_elsewhere(const Group *lone, const Group *full)
{
        for (guint i = 0; i < lone->mentions->len; i++) {
                uint32_t article = g_array_index(lone->mentions, GroupMention, i).m.article;
                bool named = false;
                for (guint k = 0; k < full->mentions->len && !named; k++)
                        named = g_array_index(full->mentions, GroupMention, k).m.article == article;
                if (!named)
                        return true;
        }
        return false;
}

/* A name guessed to be a person's (two capitalised words, nothing more) whose
 * first word stands alone in other articles ("Dow Jones" and "the Dow") is an
 * organisation: people are shortened to their surname. */
static void retype_guessed_people(AliasTable *t)
{
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->type != NAME_PERSON || g->n_words < 2 || g->evidence >= EVIDENCE_FIRST_NAME ||
                    g->mentions->len == 0)
                        continue;
                g_autofree char *first = g_strndup(g->key, strcspn(g->key, " "));
                const Group *lone = g_hash_table_lookup(t->groups, first);
                bool shortened = lone && lone->type != NAME_PERSON && alone_elsewhere(lone, g);
                if (!shortened)
                        continue;
                for (guint k = 0; k < g->mentions->len; k++) {
                        GroupMention *gm = &g_array_index(g->mentions, GroupMention, k);
                        if (gm->type == NAME_PERSON)
                                gm->type = NAME_ORG;
                }
                vote_type(g);
        }
}

static void merge_into(Group *from, Group *to)
{
        g_array_append_vals(to->mentions, from->mentions->data, from->mentions->len);
        g_array_set_size(from->mentions, 0);
}

/* "Putin" alone, with no Putin in the briefing: the well-known one. */
static void join_known_surnames(AliasTable *t, GHashTable *index)
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
                Group *p = group_get(t, full, false);
                if (p == g)
                        continue;
                for (guint k = 0; k < g->mentions->len; k++) {
                        GroupMention *gm = &g_array_index(g->mentions, GroupMention, k);
                        gm->type = NAME_PERSON;
                        gm->evidence = EVIDENCE_GAZETTEER;
                }
                merge_into(g, p);
                vote_type(p);
        }
}

/* "Apple Inc." and "Apple" are one company: a legal suffix joins the bare name
 * when the briefing uses it too. */
static void join_legal_names(AliasTable *t)
{
        static const char *const suffixes[] = { " inc.", " inc", " corp.", " corp", " co.",
                                                " ltd.", " ltd", " llc", " plc", " ag",
                                                " sa", " s.a.", " n.v.", " nv", " gmbh" };
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->type != NAME_ORG || g->n_words < 2 || g->mentions->len == 0)
                        continue;
                for (size_t k = 0; k < G_N_ELEMENTS(suffixes); k++) {
                        if (!g_str_has_suffix(g->key, suffixes[k]))
                                continue;
                        g_autofree char *bare = g_strndup(g->key, strlen(g->key) -
                                                                  strlen(suffixes[k]));
                        Group *to = g_hash_table_lookup(t->groups, bare);
                        if (to && to != g && to->type == NAME_ORG)
                                merge_into(g, to);
                        break;
                }
        }
}

/* ---- output -------------------------------------------------------------- */

static int compare_mentions(const void *a, const void *b)
{
        const Mention *x = a, *y = b;
        if (x->article != y->article)
                return x->article < y->article ? -1 : 1;
        if (x->start != y->start)
                return x->start < y->start ? -1 : 1;
        return 0;
}

static Actor *group_to_actor(Group *g)
{
        /* GroupMention starts with its Mention, so sorting by it sorts both. */
        g_array_sort(g->mentions, compare_mentions);
        Actor *a = g_new0(Actor, 1);
        a->name = g_strdup(g->name);
        a->type = g->type;
        a->mentions = g_array_sized_new(FALSE, FALSE, sizeof(Mention), g->mentions->len);
        for (guint k = 0; k < g->mentions->len; k++) {
                const GroupMention *gm = &g_array_index(g->mentions, GroupMention, k);
                if (k > 0 && compare_mentions(&gm->m, &g_array_index(a->mentions, Mention,
                                                                     a->mentions->len - 1)) == 0)
                        continue;
                g_array_append_val(a->mentions, gm->m);
                if (!a->role && gm->role && g->type == NAME_PERSON)
                        a->role = g_strdup(gm->role);
        }
        return a;
}

static int compare_actors(gconstpointer a, gconstpointer b)
{
        const Actor *x = *(Actor *const *) a, *y = *(Actor *const *) b;
        return compare_mentions(&g_array_index(x->mentions, Mention, 0),
                                &g_array_index(y->mentions, Mention, 0));
}

GPtrArray *alias_table_resolve(AliasTable *t)
{
        for (guint i = 0; i < t->order->len; i++)
                vote_type(g_ptr_array_index(t->order, i));
        GHashTable *index = person_index(t);
        join_lone_words(t, index);
        for (guint i = 0; i < t->order->len; i++)
                vote_type(g_ptr_array_index(t->order, i));
        retype_guessed_people(t);
        join_known_surnames(t, index);
        g_hash_table_unref(index);
        join_legal_names(t);

        GPtrArray *actors = g_ptr_array_new_with_free_func((GDestroyNotify) actor_free);
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->mentions->len == 0 || g->type == NAME_UNKNOWN)
                        continue;
                g_ptr_array_add(actors, group_to_actor(g));
        }
        g_ptr_array_sort(actors, compare_actors);
        return actors;
}
