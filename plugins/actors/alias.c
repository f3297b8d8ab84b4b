/* Groups name candidates into actors. Grouping is by case-folded canonical name;
 * then each lone word that is the first or last word of a person's full name joins
 * that person, preferring the person named in the same article, since a briefing
 * can hold two people called Kim. */
#include "alias.h"

#include <string.h>

#include "product-cues.h"

typedef struct GroupMention {
        Mention m;
        const char *role; /* (nullable) owned by the table's string chunk */
        uint8_t type;     /* NameType the finder gave this mention */
        uint8_t evidence; /* Evidence */
        ProductCues cues; /* what the words around it say (product-cues.h) */
} GroupMention;

typedef struct Group {
        char *key;  /* case-folded name */
        char *name; /* shown name */
        bool name_from_caps;
        unsigned n_words;
        NameType type;
        Evidence evidence;
        bool product; /* OTHER by the cues around its mentions (retype_products()) */
        GArray *mentions; /* GroupMention */
} Group;

struct AliasTable {
        const Gazetteer *gz;
        GHashTable *groups; /* key -> Group* (owned by order) */
        GPtrArray *order;   /* Group*, in creation order */
        GStringChunk *strings;
        GString *buf;
        GString *key;
        GHashTable *acronyms; /* folded acronym -> folded expansion the text gave it */
        GHashTable *models;   /* folded names written with a model number ("iphone") */
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
                Group *g = group_get(t, name, c.caps && !c.canonical);
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
        if (g->product && g->type != NAME_UNKNOWN)
                g->type = NAME_OTHER; /* whatever the tagger said of a name joined to it */
        if (g->type != NAME_PLACE || g->evidence != EVIDENCE_CONTEXT)
                return;
        for (int type = NAME_PERSON; type <= NAME_OTHER; type++) {
                if (type != NAME_PLACE && count[type] >= 3 && count[type] >= 3 * count[NAME_PLACE]) {
                        g->type = type;
                        g->evidence = best[type];
                }
        }
}

/* ---- products ------------------------------------------------------------ */

/* Whether nothing but the tagger says what @g is: a listed name keeps its list's
 * type, a person named with a first name or a role stays a person. */
static bool only_tagged(const AliasTable *t, const Group *g)
{
        if (gazetteer_find(t->gz, g->name) || g->evidence > EVIDENCE_CUE)
                return false;
        for (guint k = 0; k < g->mentions->len; k++)
                if (g_array_index(g->mentions, GroupMention, k).role)
                        return false;
        if (g->type != NAME_PERSON)
                return true;
        g_autofree char *first = g_strndup(g->name, strcspn(g->name, " "));
        return !gazetteer_is_first_name(t->gz, first);
}

/* "Ford Explorer", "Chrysler Aspen": a listed company's name and one more word
 * that is no organisation's cue ("Ford Foundation"), no trade or legal word
 * ("Ford Motor", "Apple Inc.") and no place ("Ford Australia"). A hint: the
 * company's units are named so too. */
static bool maker_and_model(const AliasTable *t, const Group *g)
{
        if (g->n_words != 2)
                return false;
        const char *space = strchr(g->name, ' ');
        g_autofree char *maker = g_strndup(g->name, (gsize) (space - g->name));
        const GzEntry *e = gazetteer_find(t->gz, maker);
        const char *model = space + 1;
        if (!e || e->kind != GZ_ORG || !g_ascii_isupper(model[0]) ||
            gazetteer_is_org_cue(t->gz, model) || gazetteer_find(t->gz, model))
                return false;
        g_autofree char *stem = alias_org_stem(g->key, 1);
        return stem == NULL;
}

/* A word written lower-case first with a capital inside ("iPhone") is a hint;
 * opening a longer name ("iPod Shuffle") it makes the rest a model of it. */
static unsigned brand_points(const Group *g)
{
        if (!product_has_brand_shape(g->name))
                return 0;
        uint32_t second = (uint32_t) strcspn(g->name, " ") + 1;
        return g->n_words >= 2 && product_brand_start(g->name, second) == 0 ? 2 : 1;
}

/* The product points of @g over all its mentions, and what its name says. */
static unsigned product_points(const AliasTable *t, const Group *g, unsigned *ret_agent)
{
        unsigned points = 0, agent = 0;
        for (guint k = 0; k < g->mentions->len; k++) {
                const GroupMention *gm = &g_array_index(g->mentions, GroupMention, k);
                points += gm->cues.product;
                agent += gm->cues.agent;
        }
        if (g_hash_table_contains(t->models, g->key))
                points += 2;
        points += brand_points(g);
        if (product_has_head_word(g->name))
                points += 2;
        if (maker_and_model(t, g))
                points += 1;
        *ret_agent = agent;
        return points;
}

/* Whether @g's first word is the name of a product ("MacBook Wi-Fi" beside the
 * product "MacBook"; "iPod Touch" beside "iPod"). */
static bool extends_product(const AliasTable *t, const Group *g)
{
        if (g->n_words < 2)
                return false;
        g_autofree char *first = g_strndup(g->key, strcspn(g->key, " "));
        const Group *base = g_hash_table_lookup(t->groups, first);
        return base && base->product;
}

/* Products the tagger took for organisations, people or places ("iPhone",
 * "MacBook Pro"): two points of cues over the actor's mentions, more than twice
 * what says it acts ("eBay said", "Apple Inc."), make it OTHER. A second round
 * adds two points to names that open with a product's ("MacBook Wi-Fi"). */
static void retype_products(AliasTable *t)
{
        for (int round = 0; round < 2; round++) {
                for (guint i = 0; i < t->order->len; i++) {
                        Group *g = g_ptr_array_index(t->order, i);
                        if (g->product || g->type == NAME_UNKNOWN || g->type == NAME_OTHER ||
                            g->mentions->len == 0 || !only_tagged(t, g))
                                continue;
                        unsigned agent;
                        unsigned points = product_points(t, g, &agent);
                        if (round == 1 && extends_product(t, g))
                                points += 2;
                        if (points >= 2 && points > 2 * agent) {
                                g->product = true;
                                vote_type(g);
                        }
                }
        }
}

/* First words of the names of products and other OTHER names ("boeing" of
 * "Boeing 787", "airbus" of "Airbus A380"). */
static GHashTable *model_makers(const AliasTable *t)
{
        GHashTable *makers = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        for (guint i = 0; i < t->order->len; i++) {
                const Group *g = g_ptr_array_index(t->order, i);
                if (g->type == NAME_OTHER && g->n_words >= 2 && g->mentions->len > 0)
                        g_hash_table_add(makers, g_strndup(g->key, strcspn(g->key, " ")));
        }
        return makers;
}

/* A listed company that the tagger mostly called OTHER, because the text names
 * its models ("the Boeing 787", "Airbus A380"), is the company when it acts
 * ("Boeing said", "a Boeing spokesman") more than it is sold. */
static void retype_listed_companies(AliasTable *t)
{
        g_autoptr(GHashTable) makers = model_makers(t);
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                const GzEntry *e = g->type == NAME_OTHER ? gazetteer_find(t->gz, g->name) : NULL;
                if (!e || e->kind != GZ_ORG ||
                    !(g_hash_table_contains(t->models, g->key) ||
                      g_hash_table_contains(makers, g->key)))
                        continue;
                unsigned agent;
                unsigned points = product_points(t, g, &agent);
                if (agent == 0 || agent < points)
                        continue;
                for (guint k = 0; k < g->mentions->len; k++) {
                        GroupMention *gm = &g_array_index(g->mentions, GroupMention, k);
                        if (gm->type == NAME_OTHER)
                                gm->type = NAME_ORG;
                }
                vote_type(g);
        }
}

/* ---- aliases ------------------------------------------------------------- */

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
                while (n > 2 && name_is_suffix_word(words[n - 1]))
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

static void join_lone_words(AliasTable *t, GHashTable *index)
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

/* "Apple Inc.", "Ford Motor Co." and "Apple Computer" are the companies the
 * briefing also calls "Apple" and "Ford": a legal form and then a trade word
 * join the shorter name when it is an organisation of the briefing. */
static void join_legal_names(AliasTable *t)
{
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->type != NAME_ORG || g->n_words < 2 || g->mentions->len == 0)
                        continue;
                for (unsigned level = 1;; level++) {
                        g_autofree char *stem = alias_org_stem(g->key, level);
                        if (!stem)
                                break;
                        Group *to = g_hash_table_lookup(t->groups, stem);
                        if (to && to != g && to->type == NAME_ORG && to->mentions->len > 0) {
                                merge_into(g, to);
                                break;
                        }
                }
        }
}

/* The one organisation of @orgs named in @m's article before @m, as a full name
 * comes before its short form; NULL when none or several are. */
static Group *only_org_before(GPtrArray *orgs, const Mention *m)
{
        Group *found = NULL;
        for (guint i = 0; i < orgs->len; i++) {
                Group *o = g_ptr_array_index(orgs, i);
                bool named = false;
                for (guint k = 0; k < o->mentions->len && !named; k++) {
                        const Mention *om = &g_array_index(o->mentions, GroupMention, k).m;
                        named = om->article == m->article && om->start < m->start;
                }
                if (!named)
                        continue;
                if (found)
                        return NULL;
                found = o;
        }
        return found;
}

/* Whether @h can be the full name of @g: a name that stands on its own in other
 * articles and is named more often than @h is a name of its own ("Mac" is no
 * "Mac OS X Lion", nor "Apple Corps" a tagger's "Beatles' Apple Corps"). */
static bool full_name_of(const Group *h, const Group *g)
{
        return h != g && (h->mentions->len >= g->mentions->len || !alone_elsewhere(g, h));
}

/* The longer organisations @g's name opens or ends ("Northrop" -> "Northrop
 * Grumman"; "Central Bank" -> "European Central Bank"), from @by_first and
 * @by_last, the organisations by their first and last word. */
static GPtrArray *longer_orgs(const Group *g, GHashTable *by_first, GHashTable *by_last)
{
        GPtrArray *out = g_ptr_array_new();
        size_t n = strlen(g->key);
        const char *last_word = strrchr(g->key, ' ');
        g_autofree char *first = g_strndup(g->key, strcspn(g->key, " "));
        GPtrArray *starting = g_hash_table_lookup(by_first, first);
        GPtrArray *ending = g_hash_table_lookup(by_last, last_word ? last_word + 1 : g->key);
        for (guint i = 0; starting && i < starting->len; i++) {
                Group *h = g_ptr_array_index(starting, i);
                if (strncmp(h->key, g->key, n) == 0 && h->key[n] == ' ' && full_name_of(h, g) &&
                    (h->product || !g->product))
                        g_ptr_array_add(out, h);
        }
        for (guint i = 0; ending && i < ending->len; i++) {
                Group *h = g_ptr_array_index(ending, i);
                size_t m = strlen(h->key);
                if (m > n + 1 && strcmp(h->key + m - n, g->key) == 0 && h->key[m - n - 1] == ' ' &&
                    full_name_of(h, g) && (h->product || !g->product) &&
                    !g_ptr_array_find(out, h, NULL))
                        g_ptr_array_add(out, h);
        }
        return out;
}

/* "Northrop" in an article that names "Northrop Grumman" is that company, as a
 * lone surname is the person's, and "the Central Bank" in one that names the
 * "European Central Bank" that bank; never a listed company ("Ford" beside "Ford
 * Foundation"), and never when the article names two that fit ("Lockheed
 * Martin", "Lockheed Tristar"). */
static void join_org_short_names(AliasTable *t)
{
        g_autoptr(GHashTable) by_first = g_hash_table_new_full(
                g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
        g_autoptr(GHashTable) by_last = g_hash_table_new_full(
                g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if ((g->type == NAME_ORG || g->product) && g->n_words >= 2 &&
                    g->mentions->len > 0) {
                        g_autofree char *first = g_strndup(g->key, strcspn(g->key, " "));
                        index_word(by_first, first, g);
                        index_word(by_last, strrchr(g->key, ' ') + 1, g);
                }
        }
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if ((g->type != NAME_ORG && !g->product) || g->evidence >= EVIDENCE_GAZETTEER ||
                    g->mentions->len == 0)
                        continue;
                g_autoptr(GPtrArray) orgs = longer_orgs(g, by_first, by_last);
                if (orgs->len == 0)
                        continue;
                guint keep = 0;
                for (guint k = 0; k < g->mentions->len; k++) {
                        GroupMention gm = g_array_index(g->mentions, GroupMention, k);
                        Group *to = only_org_before(orgs, &gm.m);
                        if (to)
                                g_array_append_val(to->mentions, gm);
                        else
                                g_array_index(g->mentions, GroupMention, keep++) = gm;
                }
                g_array_set_size(g->mentions, keep);
        }
}

/* The number of leading words of @name that name a place, and the place's
 * canonical name ("U.S. Federal Reserve": 1, "United States"); 0 when none. */
static unsigned place_prefix(const Gazetteer *gz, const char *name, const char **ret_place)
{
        g_auto(GStrv) words = g_strsplit(name, " ", 5);
        guint n = g_strv_length(words);
        for (guint k = MIN(3, n - 1); k >= 1; k--) {
                char *saved = words[k];
                words[k] = NULL;
                g_autofree char *phrase = g_strjoinv(" ", words);
                words[k] = saved;
                const GzEntry *e = gazetteer_find(gz, phrase);
                if (e && e->kind == GZ_PLACE) {
                        *ret_place = e->canonical;
                        return k;
                }
        }
        return 0;
}

/* "U.S. Federal Reserve", "US Federal Reserve" and "United States Federal Reserve"
 * are one organisation; "the Federal Reserve" is it too when the briefing names
 * no other country's ("Air Force" beside "U.S. Air Force" and "UAE Air Force"
 * stays apart). The short name of two words or more keeps the mentions. */
static void join_place_prefixed(AliasTable *t)
{
        g_autoptr(GHashTable) families = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                               NULL);
        g_autoptr(GHashTable) places = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                             NULL);
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                const char *place = NULL;
                unsigned k = g->type == NAME_ORG && g->n_words >= 2 && g->mentions->len > 0
                                     ? place_prefix(t->gz, g->name, &place)
                                     : 0;
                if (k == 0)
                        continue;
                const char *rest = g->key;
                for (unsigned w = 0; w < k; w++)
                        rest = strchr(rest, ' ') + 1;
                g_autofree char *family = g_strconcat(place, "\t", rest, NULL);
                Group *first = g_hash_table_lookup(families, family);
                if (first && first != g) {
                        merge_into(g, first);
                        continue;
                }
                g_hash_table_insert(families, g_strdup(family), g);
                /* the place-less name's one family, or the marker for several */
                gpointer seen = NULL;
                if (g_hash_table_lookup_extended(places, rest, NULL, &seen) && seen != g)
                        g_hash_table_replace(places, g_strdup(rest), GINT_TO_POINTER(1));
                else
                        g_hash_table_replace(places, g_strdup(rest), g);
        }
        GHashTableIter it;
        gpointer rest, family;
        g_hash_table_iter_init(&it, places);
        while (g_hash_table_iter_next(&it, &rest, &family)) {
                Group *bare = g_hash_table_lookup(t->groups, rest);
                /* "Times" is too short to be sure of ("New York Times", "The Times") */
                if (family == GINT_TO_POINTER(1) || !bare || bare->type != NAME_ORG ||
                    bare->mentions->len == 0 || bare->n_words < 2)
                        continue;
                merge_into(family, bare);
        }
}

/* An acronym the text defined joins its expansion in the whole briefing. */
static void join_acronyms(AliasTable *t)
{
        GHashTableIter it;
        gpointer acronym, expansion;
        g_hash_table_iter_init(&it, t->acronyms);
        while (g_hash_table_iter_next(&it, &acronym, &expansion)) {
                Group *from = g_hash_table_lookup(t->groups, acronym);
                Group *to = g_hash_table_lookup(t->groups, expansion);
                /* "Alan John Percivale (A.J.P.) Taylor": initials are no acronym */
                if (!from || !to || from == to || from->mentions->len == 0 ||
                    to->type == NAME_PERSON)
                        continue;
                merge_into(from, to);
                vote_type(to);
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
static void join_name_variants(AliasTable *t)
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
                index_word(by_surname, surname, g);
        }
        g_ptr_array_sort(people, by_mentions);
        for (guint i = 0; i < people->len; i++) {
                Group *g = g_ptr_array_index(people, i);
                GPtrArray *same = g_hash_table_lookup(by_surname,
                                                      g_hash_table_lookup(surnames, g));
                Group *to = g->mentions->len > 0 && same->len > 1 ? variant_target(same, g)
                                                                  : NULL;
                if (to && to->mentions->len >= g->mentions->len && variant_target(same, to) == g) {
                        merge_into(g, to);
                        vote_type(to);
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
        retype_products(t);
        retype_listed_companies(t);
        join_acronyms(t);
        join_name_variants(t);
        GHashTable *index = person_index(t);
        join_lone_words(t, index);
        for (guint i = 0; i < t->order->len; i++)
                vote_type(g_ptr_array_index(t->order, i));
        retype_guessed_people(t);
        join_known_surnames(t, index);
        g_hash_table_unref(index);
        join_legal_names(t);
        join_place_prefixed(t);
        join_org_short_names(t);
        for (guint i = 0; i < t->order->len; i++)
                vote_type(g_ptr_array_index(t->order, i));

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
