/* Turns the name candidates of all articles into actors: one actor per canonical
 * name, a lone surname or first name joined to the full name seen anywhere in the
 * briefing ("Kim" -> "Kim Jong Un"), a type voted by the strongest evidence, and
 * the first role stated. Pure functions; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "candidate.h"
#include "gazetteer.h"
#include "name-forms.h"

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

G_END_DECLS
