/* Groups name candidates into actors: the table of groups, one per case-folded
 * canonical name, the candidates' spans cleaned as they are added, and the order
 * of the steps that retype and join groups (alias-type.c, alias-people.c,
 * alias-orgs.c) before the groups become actors. */
#include "alias.h"

#include <string.h>

#include "alias-group.h"
#include "product-cues.h"

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
        t->acronyms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
        t->models = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        return t;
}

void alias_table_free(AliasTable *t)
{
        if (!t)
                return;
        g_clear_pointer(&t->groups, g_hash_table_unref);
        g_clear_pointer(&t->order, g_ptr_array_unref);
        g_clear_pointer(&t->acronyms, g_hash_table_unref);
        g_clear_pointer(&t->models, g_hash_table_unref);
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

/* ---- groups -------------------------------------------------------------- */

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

Group *alias_group_get(AliasTable *t, const char *name, bool caps)
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

void alias_index_word(GHashTable *index, const char *word, Group *g)
{
        GPtrArray *list = g_hash_table_lookup(index, word);
        if (!list) {
                list = g_ptr_array_new();
                g_hash_table_insert(index, g_strdup(word), list);
        }
        if (list->len == 0 || g_ptr_array_index(list, list->len - 1) != g)
                g_ptr_array_add(list, g);
}

/* Whether @lone is mentioned in an article that does not name @full: a first
 * name alone ("his wife Naina") follows the full name in its own article, a
 * company's short name ("Northrop") stands on its own. */
bool alias_alone_elsewhere(const Group *lone, const Group *full)
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

void alias_merge_into(Group *from, Group *to)
{
        g_array_append_vals(to->mentions, from->mentions->data, from->mentions->len);
        g_array_set_size(from->mentions, 0);
}

/* ---- what a candidate names ---------------------------------------------- */

static bool ends_with(const char *body, uint32_t start, uint32_t end, const char *tail)
{
        size_t n = strlen(tail);
        return end - start > n && memcmp(body + end - n, tail, n) == 0;
}

/* A possessive is no part of the name ("Trump's", "Reuters’", "the Joneses'"):
 * the finder cuts it off, a tagger that keeps it is corrected here. */
static uint32_t strip_possessive(const char *body, uint32_t start, uint32_t end)
{
        if (ends_with(body, start, end, "'s") || ends_with(body, start, end, "'S"))
                return end - 2;
        if (ends_with(body, start, end, "\xe2\x80\x99s"))
                return end - 4;
        if (ends_with(body, start, end, "s'"))
                return end - 1;
        if (ends_with(body, start, end, "s\xe2\x80\x99"))
                return end - 3;
        return end;
}

/* The end of the word at @i, and of the spaces after it. */
static uint32_t word_end(const char *body, uint32_t i, uint32_t end)
{
        while (i < end && body[i] != ' ')
                i++;
        return i;
}

/* The longest title phrase (at most three words) a person's span opens with
 * ("President-elect Donald Trump", "Prime Minister Theresa May"), as the end of
 * its last word; @start when there is none or nothing capitalised would be left. */
static uint32_t title_prefix_end(AliasTable *t, const char *body, uint32_t start, uint32_t end,
                                 TitleKind *ret_kind)
{
        uint32_t ends[3];
        unsigned n = 0;
        for (uint32_t i = start; i < end && n < 3; n++) {
                ends[n] = word_end(body, i, end);
                i = ends[n] + 1;
        }
        for (unsigned k = n; k >= 1; k--) {
                uint32_t next = ends[k - 1] + 1;
                if (next >= end || !g_ascii_isupper(body[next]))
                        continue;
                g_autofree char *phrase = g_ascii_strdown(body + start, ends[k - 1] - start);
                TitleKind kind = gazetteer_title(t->gz, phrase);
                if (kind != TITLE_NONE) {
                        *ret_kind = kind;
                        return ends[k - 1];
                }
        }
        return start;
}

/* Titles and honorifics before a person's name are no part of it; a title is
 * the role when the candidate states none. The finder strips them already; a
 * tagger's spans may hold them ("Senator Bill Hagerty"). */
static void strip_titles(AliasTable *t, const char *body, Candidate *c)
{
        uint32_t role_start = c->start;
        bool title = false;
        for (;;) {
                TitleKind kind = TITLE_NONE;
                uint32_t e = title_prefix_end(t, body, c->start, c->end, &kind);
                if (e == c->start)
                        break;
                if (kind == TITLE_HONORIFIC && !title)
                        role_start = e + 1; /* "Mr." is no role */
                else
                        title = true;
                c->start = e + 1;
        }
        if (title && c->role_start == c->role_end && role_start < c->start - 1) {
                c->role_start = role_start;
                c->role_end = c->start - 1;
        }
}

/* "(IAEA)" right after @end: its span, when the text defines an acronym there. */
static bool acronym_after(const char *body, uint32_t end, uint32_t *ret_start,
                          uint32_t *ret_end)
{
        uint32_t i = end;
        while (body[i] == ' ')
                i++;
        if (body[i] != '(')
                return false;
        uint32_t a = i + 1, b = a;
        while (b - a < 16 && (g_ascii_isupper(body[b]) || body[b] == '.' || body[b] == '&'))
                b++;
        if (body[b] != ')' || b - a < 2)
                return false;
        *ret_start = a;
        *ret_end = b;
        return true;
}

/* "the International Atomic Energy Agency (IAEA)", and "IAEA (International ...)":
 * the text says the two are one. Recorded here, merged in alias_table_resolve(). */
static void note_acronym(AliasTable *t, const char *body, const Candidate *c,
                         const Candidate *next, const char *name)
{
        uint32_t a, b;
        if (c->n_words >= 2 && acronym_after(body, c->end, &a, &b)) {
                g_autofree char *acronym = g_strndup(body + a, b - a);
                if (alias_is_acronym_of(acronym, name)) {
                        g_autofree char *expansion = g_strdup(fold(t, name));
                        g_hash_table_replace(t->acronyms, g_strdup(fold(t, acronym)),
                                             g_steal_pointer(&expansion));
                }
                return;
        }
        if (!next || c->n_words != 1 || next->n_words < 2 || body[next->end] != ')')
                return;
        uint32_t i = c->end;
        while (body[i] == ' ')
                i++;
        if (body[i] != '(' || i + 1 != next->start)
                return;
        g_autofree char *acronym = g_strdup(name);
        g_autofree char *expansion = g_strndup(body + next->start, next->end - next->start);
        if (alias_is_acronym_of(acronym, expansion)) {
                g_autofree char *folded = g_strdup(fold(t, expansion));
                g_hash_table_replace(t->acronyms, g_strdup(fold(t, acronym)),
                                     g_steal_pointer(&folded));
        }
}

/* A person named with a first name ("Bernie Mac") takes no model number: "Tim
 * Cook 2 days later" is no product. */
static bool sure_person(AliasTable *t, const char *body, const Candidate *c)
{
        if (c->type != NAME_PERSON)
                return false;
        g_autofree char *first = g_strndup(body + c->start, strcspn(body + c->start, " "));
        return gazetteer_is_first_name(t->gz, first);
}

/* A product's whole name: a brand word the tagger left out before it ("iTunes
 * Music Store") and a model number after it ("iPhone 4", "Boeing 787"); the name
 * without the number is noted as one that comes in models. */
static bool widen_product(AliasTable *t, const char *body, Candidate *c)
{
        if (c->canonical || sure_person(t, body, c))
                return false;
        uint32_t start = product_brand_start(body, c->start);
        if (start < c->start) {
                c->start = start;
                c->n_words++;
        }
        uint32_t end = product_model_end(body, c->end);
        if (end == c->end)
                return false;
        g_hash_table_add(t->models, g_strdup(fold(t, squeeze(t, body, c->start, c->end))));
        c->end = end;
        c->n_words++;
        return true;
}

void alias_table_add(AliasTable *t, uint32_t article, const char *body,
                     const Candidate *candidates, size_t n)
{
        for (size_t i = 0; i < n; i++) {
                Candidate c = candidates[i];
                if (!c.canonical) {
                        c.end = strip_possessive(body, c.start, c.end);
                        if (c.type == NAME_PERSON)
                                strip_titles(t, body, &c);
                }
                bool model = widen_product(t, body, &c);
                const char *name = c.canonical ? c.canonical : squeeze(t, body, c.start, c.end);
                Group *g = alias_group_get(t, name, c.caps && !c.canonical);
                note_acronym(t, body, &c, i + 1 < n ? &candidates[i + 1] : NULL, g->name);
                GroupMention gm = {
                        .m = { article, c.start, c.end },
                        .type = c.type,
                        .evidence = c.evidence,
                        .cues = product_cues_of(body, c.start, c.end),
                };
                if (model)
                        gm.cues.product += 2;
                if (c.role_start != c.role_end)
                        gm.role = g_string_chunk_insert(
                                t->strings, squeeze(t, body, c.role_start, c.role_end));
                g_array_append_val(g->mentions, gm);
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
                alias_vote_type(g_ptr_array_index(t->order, i));
        alias_retype_products(t);
        alias_retype_listed_companies(t);
        alias_join_acronyms(t);
        alias_join_name_variants(t);
        GHashTable *index = alias_person_index(t);
        alias_join_lone_words(t, index);
        for (guint i = 0; i < t->order->len; i++)
                alias_vote_type(g_ptr_array_index(t->order, i));
        alias_retype_guessed_people(t);
        alias_join_known_surnames(t, index);
        g_hash_table_unref(index);
        alias_join_legal_names(t);
        alias_join_place_prefixed(t);
        alias_join_org_short_names(t);
        for (guint i = 0; i < t->order->len; i++)
                alias_vote_type(g_ptr_array_index(t->order, i));

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
