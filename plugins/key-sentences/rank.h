/* Ranks sentences for the summary: LexRank centrality over TF-IDF cosine
 * similarity, combined with position in the article and the actors named, then a
 * greedy pick that drops near-duplicates, so one story told by two articles gives
 * one sentence. Pure functions; no SDK calls. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "term-vectors.h"

G_BEGIN_DECLS

typedef struct RankInput {
        uint32_t position; /* among the article's eligible sentences, 0 = first */
        uint32_t n_actors; /* actor mentions inside the sentence */
        double quote_share; /* share of its letters inside quotation marks, 0..1 */
} RankInput;

typedef struct RankOptions {
        size_t count;     /* how many sentences to pick */
        double duplicate; /* cosine above which two sentences say the same (0.7) */
} RankOptions;

typedef struct RankPick {
        size_t index; /* into the input arrays */
        double score;
} RankPick;

/* Returns: (transfer full): up to @options->count RankPick, best first. */
GArray *rank_sentences(const TermVectors *tv, const RankInput *in, size_t n,
                       const RankOptions *options);

/* Returns: the centrality of each sentence (LexRank scores summing to 1), for tests
 * and for callers that weigh differently. (transfer full): a double array. */
GArray *rank_centrality(const TermVectors *tv, size_t n);

/* Returns: the largest position p such that the sentences with position < p are at
 * most @max: the pool to rank when there are too many sentences to compare all pairs. */
uint32_t rank_position_cap(const RankInput *in, size_t n, size_t max);

G_END_DECLS
