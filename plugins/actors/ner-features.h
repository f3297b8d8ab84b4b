/* Features of the named-entity tagger: each word of an article becomes a list of
 * 64-bit feature hashes (its form, shape, affixes, neighbours, gazetteer matches;
 * then, in the second stage, what the first stage said about the same word
 * elsewhere in the article). Pure functions; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "gazetteer.h"
#include "words.h"

G_BEGIN_DECLS

/* Labels: O, then B I L U (begin, inside, last, unit) of PER, ORG, LOC, MISC. */
enum {
        NER_O = 0,
        NER_N_TYPES = 4,
        NER_N_LABELS = 1 + 4 * NER_N_TYPES,
};
enum { NER_B = 0, NER_I, NER_L, NER_U };

static inline unsigned ner_label(unsigned type, unsigned part)
{
        return 1 + type * 4 + part;
}
static inline unsigned ner_label_type(unsigned label)
{
        return (label - 1) / 4;
}
static inline unsigned ner_label_part(unsigned label)
{
        return (label - 1) % 4;
}
/* The label with the highest of NER_N_LABELS scores; the first of equal ones, so
 * tagging and training decide alike. */
static inline unsigned ner_label_best(const float *score)
{
        unsigned best = NER_O;
        float top = -G_MAXFLOAT;
        for (unsigned c = 0; c < NER_N_LABELS; c++)
                if (score[c] > top) {
                        top = score[c];
                        best = c;
                }
        return best;
}

/* Bump when a feature changes: a model trained with other features is refused. */
#define NER_FEATURES_VERSION 1u

/* The features of one article: word i has hashes[offsets[i] .. offsets[i + 1]). */
typedef struct NerFeatures {
        GArray *hashes;  /* uint64_t */
        GArray *offsets; /* uint32_t, one more than words */
} NerFeatures;

void ner_features_init(NerFeatures *f);
void ner_features_clear(NerFeatures *f);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(NerFeatures, ner_features_clear)

static inline const uint64_t *ner_features_of(const NerFeatures *f, size_t i, size_t *ret_n)
{
        const uint32_t *off = (const uint32_t *) f->offsets->data;
        *ret_n = off[i + 1] - off[i];
        return (const uint64_t *) f->hashes->data + off[i];
}

/* Replaces @out with the local features of @words (first stage). @gz may be NULL. */
void ner_features_local(const Gazetteer *gz, GString *buf, const char *body, const Word *words,
                        size_t n, NerFeatures *out);

/* Replaces @out with the article-level features from the first stage's @labels:
 * how the same word was labelled elsewhere in the article, and first. */
void ner_features_global(const char *body, const Word *words, size_t n, const uint8_t *labels,
                         NerFeatures *out);

G_END_DECLS
