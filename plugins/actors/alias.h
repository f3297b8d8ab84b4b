/* Turns the name candidates of all articles into actors: one actor per canonical
 * name, a lone surname or first name joined to the full name seen anywhere in the
 * briefing ("Kim" -> "Kim Jong Un"), a type voted by the strongest evidence, and
 * the first role stated. Pure functions; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "gazetteer.h"
#include "name-finder.h"

G_BEGIN_DECLS

typedef struct Mention {
        uint32_t article;
        uint32_t start;
        uint32_t end;
} Mention;

typedef struct Actor {
        char *name;
        NameType type;
        char *role;       /* (nullable) */
        GArray *mentions; /* Mention, in text order */
} Actor;

void actor_free(Actor *actor);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Actor, actor_free)

typedef struct AliasTable AliasTable;

/* @gz: (transfer none): must outlive the table. */
AliasTable *alias_table_new(const Gazetteer *gz);
void alias_table_free(AliasTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(AliasTable, alias_table_free)

/* Adds the candidates of article @article, whose body is @body. */
void alias_table_add(AliasTable *table, uint32_t article, const char *body,
                     const Candidate *candidates, size_t n);

/* Returns: (transfer full): the actors (Actor *, freed by the array), ordered by
 * their first mention. Call once, after the last alias_table_add(). */
GPtrArray *alias_table_resolve(AliasTable *table);

/* The name forms resolution compares; exposed for the unit tests. */

/* Whether @acronym ("IAEA", "U.N.") abbreviates @expansion ("International Atomic
 * Energy Agency"): the initials of its capitalised words in order, with those of
 * "of", "and", "the" optional and a leading "U.S." allowed to drop. */
bool alias_is_acronym_of(const char *acronym, const char *expansion);

/* Whether two case-folded personal names can be one person: the same surname,
 * first names equal, one a short form of the other ("tim", "timothy") or a known
 * nickname ("bill", "william"), middle names equal when both have them
 * ("george w. bush" is not "george h. w. bush"). Equal names are compatible. */
bool alias_names_compatible(const char *a, const char *b);

/* The case-folded organisation name @key without its legal form and, after one,
 * a trade word ("ford motor co." -> "ford motor" -> "ford"): the @level-th
 * shorter form, 1 first. Returns: (transfer full) the form, NULL when there is
 * no such level. */
char *alias_org_stem(const char *key, unsigned level);

G_END_DECLS
