/* The type of each group: the vote of its mentions' evidence, products the
 * tagger took for organisations or people made OTHER by the cues around their
 * mentions (product-cues.c), listed companies that act made organisations again,
 * guessed people whose first word stands alone made organisations. */
#include "alias-group.h"

#include <string.h>

#include "product-cues.h"

/* ---- vote ---------------------------------------------------------------- */

/* The type with the strongest evidence; among equals, the most mentions. A
 * place only by context ("a stake in Chrysler") gives way to a type three times
 * as frequent: one preposition does not make a place of fifty mentions. */
void alias_vote_type(Group *g)
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
void alias_retype_products(AliasTable *t)
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
                                alias_vote_type(g);
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
void alias_retype_listed_companies(AliasTable *t)
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
                alias_vote_type(g);
        }
}

/* ---- guessed people ------------------------------------------------------ */

/* A name guessed to be a person's (two capitalised words, nothing more) whose
 * first word stands alone in other articles ("Dow Jones" and "the Dow") is an
 * organisation: people are shortened to their surname. */
void alias_retype_guessed_people(AliasTable *t)
{
        for (guint i = 0; i < t->order->len; i++) {
                Group *g = g_ptr_array_index(t->order, i);
                if (g->type != NAME_PERSON || g->n_words < 2 || g->evidence >= EVIDENCE_FIRST_NAME ||
                    g->mentions->len == 0)
                        continue;
                g_autofree char *first = g_strndup(g->key, strcspn(g->key, " "));
                const Group *lone = g_hash_table_lookup(t->groups, first);
                bool shortened = lone && lone->type != NAME_PERSON && alias_alone_elsewhere(lone, g);
                if (!shortened)
                        continue;
                for (guint k = 0; k < g->mentions->len; k++) {
                        GroupMention *gm = &g_array_index(g->mentions, GroupMention, k);
                        if (gm->type == NAME_PERSON)
                                gm->type = NAME_ORG;
                }
                alias_vote_type(g);
        }
}
