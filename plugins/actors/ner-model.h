/* The named-entity model: per stage, a hash table from feature hash to one row of
 * label weights (int8 with a scale per row), and the weights of the previous
 * two labels. Read from one file with a versioned header, mapped, not parsed; a
 * greedy left-to-right tagger over it. Pure GLib; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "ner-features.h"
#include "words.h"

G_BEGIN_DECLS

#define NER_MODEL_ERROR (ner_model_error_quark())
GQuark ner_model_error_quark(void);
typedef enum {
        NER_MODEL_ERROR_READ = 1,
        NER_MODEL_ERROR_FORMAT,
} NerModelError;

#define NER_MODEL_VERSION 1u
#define NER_MAX_STAGES 2u
/* Label history: the labels and the start of a sentence. */
#define NER_HISTORY (NER_N_LABELS + 1)
#define NER_START NER_N_LABELS

/* 32 bytes: two rows share a cache line, none straddles one. */
typedef struct NerSlot {
        uint32_t check; /* the hash's high half, | 1; 0 marks an empty slot */
        float scale;
        int8_t w[24]; /* NER_N_LABELS used */
} NerSlot;

typedef struct NerStage {
        uint32_t n_slots;    /* a power of two */
        const float *trans1; /* [NER_HISTORY][NER_N_LABELS]: the previous label */
        const float *trans2; /* [NER_HISTORY * NER_HISTORY][NER_N_LABELS]: the two previous */
        const NerSlot *slots;
        void *owned; /* (nullable): the memory of a stage built in memory */
} NerStage;

void ner_stage_clear(NerStage *st);

typedef struct NerModel {
        GMappedFile *file; /* (nullable) */
        NerStage stages[NER_MAX_STAGES];
        unsigned n_stages;
} NerModel;

/* Errors name @path: missing, truncated, not a model, another version. */
NerModel *ner_model_load(const char *path, GError **error);
/* Takes the stages' memory. */
NerModel *ner_model_new(NerStage *stages, unsigned n_stages);
void ner_model_free(NerModel *m);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(NerModel, ner_model_free)

bool ner_model_save(const NerModel *m, const char *path, GError **error);
/* Returns: the bytes ner_model_save() writes. */
size_t ner_model_file_size(const NerModel *m);

#define NER_UNFIXED 255u

/* Labels words [0, @n) left to right, the best label each, from the
 * features of @sets (each one NerFeatures per word). The history restarts with
 * every sentence. @fixed (nullable): a label per word, NER_UNFIXED where the
 * stage decides; the others are taken as they are. */
void ner_stage_tag(const NerStage *st, const NerFeatures *const *sets, unsigned n_sets,
                   const Word *words, size_t n, const uint8_t *fixed, uint8_t *labels);

G_END_DECLS
