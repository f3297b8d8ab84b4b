/* A bump allocator: blocks of 64 KiB, a block of its own for anything larger than a
 * quarter of that so big bodies and token arrays waste no tail. */
#include "model/arena.h"

#include <stdalign.h>
#include <string.h>

#define BLOCK_SIZE (64u * 1024u)
#define ALIGN alignof(max_align_t)

typedef struct Block {
        struct Block *next;
        size_t used;
        size_t size;
        alignas(max_align_t) unsigned char data[];
} Block;

struct DossierArena {
        Block *head; /* the block being filled, then the others */
};

DossierArena *dossier_arena_new(void)
{
        return g_new0(DossierArena, 1);
}

void dossier_arena_free(DossierArena *arena)
{
        if (arena == NULL)
                return;
        for (Block *b = arena->head, *next; b != NULL; b = next) {
                next = b->next;
                g_free(b);
        }
        g_free(arena);
}

static Block *block_new(size_t size)
{
        Block *b = g_malloc(sizeof(Block) + size);
        b->next = NULL;
        b->used = 0;
        b->size = size;
        return b;
}

static void *alloc_aligned(DossierArena *arena, size_t size, size_t align)
{
        Block *b = arena->head;
        size_t at = b != NULL ? (b->used + align - 1) & ~(align - 1) : 0;

        if (size > BLOCK_SIZE / 4) {
                /* behind the head, so the head keeps filling */
                Block *big = block_new(size);
                big->used = size;
                if (b != NULL) {
                        big->next = b->next;
                        b->next = big;
                } else {
                        arena->head = big;
                }
                return big->data;
        }
        if (b == NULL || at + size > b->size) {
                b = block_new(BLOCK_SIZE);
                b->next = arena->head;
                arena->head = b;
                at = 0;
        }
        b->used = at + size;
        return b->data + at;
}

void *dossier_arena_alloc(DossierArena *arena, size_t size)
{
        g_assert(arena != NULL);
        void *p = alloc_aligned(arena, MAX(size, 1), ALIGN);
        memset(p, 0, size);
        return p;
}

char *dossier_arena_strndup(DossierArena *arena, const char *s, size_t len)
{
        g_assert(arena != NULL);
        g_assert(len < G_MAXSIZE);
        char *p = alloc_aligned(arena, len + 1, 1);
        if (len > 0)
                memcpy(p, s, len);
        p[len] = '\0';
        return p;
}

char *dossier_arena_strdup(DossierArena *arena, const char *s)
{
        return s != NULL ? dossier_arena_strndup(arena, s, strlen(s)) : NULL;
}

static void vec_reserve(DossierArena *arena, DossierArenaVec *vec, size_t elem_size)
{
        if (vec->len < vec->cap)
                return;
        g_assert(vec->cap < UINT32_MAX / 2);
        uint32_t cap = vec->cap != 0 ? vec->cap * 2 : 4;
        void *data = dossier_arena_alloc(arena, (size_t) cap * elem_size);
        if (vec->len > 0)
                memcpy(data, vec->data, (size_t) vec->len * elem_size);
        vec->data = data;
        vec->cap = cap;
}

void *dossier_arena_vec_push(DossierArena *arena, DossierArenaVec *vec, size_t elem_size)
{
        return dossier_arena_vec_insert(arena, vec, elem_size, vec->len);
}

void *dossier_arena_vec_insert(DossierArena *arena, DossierArenaVec *vec, size_t elem_size,
                               size_t index)
{
        g_assert(index <= vec->len);
        vec_reserve(arena, vec, elem_size);
        unsigned char *base = vec->data;
        unsigned char *slot = base + index * elem_size;
        memmove(slot + elem_size, slot, (vec->len - index) * elem_size);
        memset(slot, 0, elem_size);
        vec->len++;
        return slot;
}
