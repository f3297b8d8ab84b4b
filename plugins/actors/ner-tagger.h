/* The statistical name finder: the two tagger stages over an article's words,
 * then the labelled spans as name candidates (candidate.h) with their roles and
 * gazetteer names. Pure functions; no SDK calls. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "candidate.h"
#include "gazetteer.h"
#include "ner-model.h"
#include "words.h"

G_BEGIN_DECLS

typedef struct NerTagger NerTagger;

/* @model, @gz: (transfer none): must outlive the tagger; @gz may be NULL (no
 * gazetteer features, no roles, no canonical names). */
NerTagger *ner_tagger_new(const NerModel *model, const Gazetteer *gz);
void ner_tagger_free(NerTagger *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(NerTagger, ner_tagger_free)

/* Returns: (transfer none): one label per word (NER_O, ner_label()), valid until
 * the next call. */
const uint8_t *ner_tagger_label(NerTagger *t, const char *body, const Word *words, size_t n);

/* Appends the article's names to @out (GArray of Candidate). */
void ner_tagger_find(NerTagger *t, const char *body, const Word *words, size_t n, GArray *out);

/* Calls @fn for each name in @labels: words [a, b) of label type @type (0..3). */
typedef void (*NerSpanFunc)(size_t a, size_t b, unsigned type, void *data);
void ner_labels_spans(const uint8_t *labels, const Word *words, size_t n, NerSpanFunc fn,
                      void *data);

G_END_DECLS
