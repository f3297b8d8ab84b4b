/* Joins the names of one organisation: a defined acronym to its expansion, a
 * legal or trade name to the short name, a short name to the full name it opens
 * or ends, a country before a name in any spelling. */
#include "alias-group.h"

#include <string.h>

/* "Apple Inc.", "Ford Motor Co." and "Apple Computer" are the companies the
 * briefing also calls "Apple" and "Ford": a legal form and then a trade word
 * join the shorter name when it is an organisation of the briefing. */
void alias_join_legal_names(AliasTable *t)
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
                                alias_merge_into(g, to);
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
        return h != g && (h->mentions->len >= g->mentions->len || !alias_alone_elsewhere(g, h));
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
void alias_join_org_short_names(AliasTable *t)
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
                        alias_index_word(by_first, first, g);
                        alias_index_word(by_last, strrchr(g->key, ' ') + 1, g);
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
void alias_join_place_prefixed(AliasTable *t)
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
                        alias_merge_into(g, first);
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
                alias_merge_into(family, bare);
        }
}

/* An acronym the text defined joins its expansion in the whole briefing. */
void alias_join_acronyms(AliasTable *t)
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
                alias_merge_into(from, to);
                alias_vote_type(to);
        }
}
