/* The doc's arena: records and strings are bump-allocated in large blocks and all
 * released at once with the doc, so nothing in the model is freed item by item. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct DossierArena DossierArena;

/* Returns: (transfer full): an empty arena; free with dossier_arena_free(). */
DossierArena *dossier_arena_new(void);
/* Frees every block. Accepts NULL. */
void dossier_arena_free(DossierArena *arena);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DossierArena, dossier_arena_free)

/* Returns: @size zeroed bytes aligned for any type, valid until the arena is freed. */
void *dossier_arena_alloc(DossierArena *arena, size_t size);
/* Returns: a copy of @len bytes of @s plus a NUL. */
char *dossier_arena_strndup(DossierArena *arena, const char *s, size_t len);
/* Returns: a copy of @s, or NULL when @s is NULL. */
char *dossier_arena_strdup(DossierArena *arena, const char *s);

/* A growable array in the arena. Growing copies into a block twice as large and
 * abandons the old one: at most half the space is lost, and nothing is freed. */
typedef struct DossierArenaVec {
        void *data;
        uint32_t len;
        uint32_t cap;
} DossierArenaVec;

/* Returns: the new zeroed last element, of @elem_size bytes. */
void *dossier_arena_vec_push(DossierArena *arena, DossierArenaVec *vec, size_t elem_size);
/* Returns: a new zeroed element at @index, the later ones moved up by one. */
void *dossier_arena_vec_insert(DossierArena *arena, DossierArenaVec *vec, size_t elem_size,
                               size_t index);

#define DOSSIER_ARENA_VEC_AT(vec, type, i) (((type *) (vec).data)[i])

G_END_DECLS
