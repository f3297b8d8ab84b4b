/* Which actors the actor table shows, in what order.
 * SPDX-License-Identifier: MIT
 *
 * Pure: no SDK calls, so tests compile it straight in. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

/* One actor as the doc has it; strings are borrowed. type is a DOSSIER_ACTOR_* value. */
typedef struct ActorRow {
        const char *name;
        uint32_t type;
        const char *role; /* may be NULL */
        size_t mentions;
        size_t articles;
} ActorRow;

/* The bit of DOSSIER_ACTOR_* @type in RankOptions.types. */
#define RANK_TYPE_BIT(type) (1u << (type))
/* Persons, organisations and places: what the table lists unless told otherwise.
 * OTHER actors (demonyms, events: "North Korean", "Olympics") help extraction but
 * are no one the table should list. */
#define RANK_TYPES_DEFAULT                                                         \
        (RANK_TYPE_BIT(DOSSIER_ACTOR_PERSON) | RANK_TYPE_BIT(DOSSIER_ACTOR_ORG) | \
         RANK_TYPE_BIT(DOSSIER_ACTOR_PLACE))

typedef struct RankOptions {
        size_t top;          /* at most this many rows */
        size_t min_mentions; /* rows with fewer mentions are left out */
        uint32_t types;      /* RANK_TYPE_BIT()s of the types listed */
} RankOptions;

/**
 * actor_type_from_name:
 * @name: "person", "org", "place" or "other"
 *
 * Returns: the DOSSIER_ACTOR_* value, or 0 for any other name.
 */
uint32_t actor_type_from_name(const char *name);

/**
 * actor_rank:
 * @ret_n_eligible: (out) (optional): how many rows passed the filters before the cut
 *
 * Keeps the actors of the types in @options->types with at least min_mentions
 * mentions, sorts them by mentions (most first), then by name, and keeps the
 * first @options->top.
 * Returns: (transfer full): an array of ActorRow copies (strings still borrowed).
 */
GArray *actor_rank(const ActorRow *rows, size_t n, const RankOptions *options,
                   size_t *ret_n_eligible);

/**
 * count_scale_step:
 * @max: the largest count on the axis (>= 1)
 * @max_ticks: how many grid lines fit (>= 1)
 *
 * Returns: a step of 1, 2 or 5 times a power of ten, at least 1, that puts at most
 * @max_ticks grid lines between 0 and @max rounded up to a multiple of the step.
 */
size_t count_scale_step(size_t max, size_t max_ticks);
