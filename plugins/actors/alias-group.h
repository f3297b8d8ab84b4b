/* What the files of alias resolution share: the groups of mentions the table
 * holds, one per case-folded name, and the steps alias_table_resolve() runs over
 * them. alias.c builds the groups and orders the steps; alias-type.c votes and
 * decides types (products among them); alias-people.c and alias-orgs.c join the
 * groups that name one person or one organisation. Internal to alias.c and its
 * parts; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "alias.h"
#include "candidate.h"
#include "gazetteer.h"
#include "name-forms.h"
#include "product-cues.h"

G_BEGIN_DECLS

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
        bool product; /* OTHER by the cues around its mentions (alias_retype_products()) */
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

/* ---- groups (alias.c) ---- */

/* Returns: (transfer none): the group of @name, made when there is none; a name
 * from text in capitals gives way to one written in mixed case. */
Group *alias_group_get(AliasTable *t, const char *name, bool caps);

/* Moves all mentions of @from to @to. */
void alias_merge_into(Group *from, Group *to);

/* Adds @g to the list of @word in @index (word -> GPtrArray of Group *). */
void alias_index_word(GHashTable *index, const char *word, Group *g);

/* Whether @lone is mentioned in an article that does not name @full. */
bool alias_alone_elsewhere(const Group *lone, const Group *full);

/* ---- types (alias-type.c) ---- */

/* Sets @g's type and evidence from its mentions' (a product stays OTHER). */
void alias_vote_type(Group *g);

/* Products the tagger took for organisations, people or places become OTHER. */
void alias_retype_products(AliasTable *t);

/* A listed company named for its models ("Boeing 787") that acts is an organisation. */
void alias_retype_listed_companies(AliasTable *t);

/* A guessed person whose first word stands alone elsewhere ("Dow Jones") is an
 * organisation. */
void alias_retype_guessed_people(AliasTable *t);

/* ---- people (alias-people.c) ---- */

/* Returns: (transfer full): the first and last word of every person's full name
 * -> the people (GPtrArray of Group *); free with g_hash_table_unref(). */
GHashTable *alias_person_index(AliasTable *t);

/* Full names that are one person's join the most named form. */
void alias_join_name_variants(AliasTable *t);

/* Lone surnames and first names join the full name of @index they stand for. */
void alias_join_lone_words(AliasTable *t, GHashTable *index);

/* A lone listed surname that no one of @index bears joins its listed person. */
void alias_join_known_surnames(AliasTable *t, GHashTable *index);

/* ---- organisations (alias-orgs.c) ---- */

/* An acronym the text defined joins its expansion. */
void alias_join_acronyms(AliasTable *t);

/* A legal form and then a trade word join the short name ("Ford Motor Co." -> "Ford"). */
void alias_join_legal_names(AliasTable *t);

/* A country before a name in any spelling is one organisation. */
void alias_join_place_prefixed(AliasTable *t);

/* A short name joins the one full name it opens or ends, named before it. */
void alias_join_org_short_names(AliasTable *t);

G_END_DECLS
