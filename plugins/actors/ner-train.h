/* Training of one tagger stage: an averaged perceptron over the feature hashes,
 * greedy left to right with its own previous labels, a fixed seed for the order
 * of the articles. Deterministic: the same articles and options give the same
 * bytes. Pure GLib; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "ner-features.h"
#include "ner-model.h"
#include "words.h"

G_BEGIN_DECLS

/* One training article: its words, their features and gold labels. */
typedef struct NerTrainDoc {
        char *body;
        GArray *words; /* Word */
        GArray *gold;  /* uint8_t label per word */
        NerFeatures local;
        NerFeatures global; /* filled from first-stage labels before the second stage */
} NerTrainDoc;

NerTrainDoc *ner_train_doc_new(char *body, GArray *words, GArray *gold);
void ner_train_doc_free(NerTrainDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(NerTrainDoc, ner_train_doc_free)

typedef struct NerTrainOptions {
        unsigned epochs;
        unsigned min_count; /* features seen fewer times are dropped */
        uint32_t seed;
        bool global; /* use the second-stage features too */
} NerTrainOptions;

/* Trains a stage on @docs (NerTrainDoc *) and fills @ret (owning its memory). */
void ner_train_stage(GPtrArray *docs, const NerTrainOptions *options, NerStage *ret);

G_END_DECLS
