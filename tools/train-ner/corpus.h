/* A named-entity data set as the trainer reads it: a folder with articles/<id>.txt
 * (front matter, then the body) and gold.jsonl (one line per article: "id" and
 * "actors", each with "type" PER/ORG/LOC/MISC and byte offsets into the body).
 * Articles are read by the host's loader (dossier_doc_load_article(): the same
 * checks and front matter as `dossier`) and cut into words the way the actors
 * plugin cuts them: the host's sentences, then words_scan(). */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "ner-train.h"

G_BEGIN_DECLS

typedef struct GoldSpan {
        uint32_t start;
        uint32_t end;
        uint8_t type; /* 0..3: PER, ORG, LOC, MISC */
} GoldSpan;

typedef struct Corpus {
        GPtrArray *docs;  /* NerTrainDoc *, gold labels set */
        GPtrArray *spans; /* GArray of GoldSpan, one per doc */
        unsigned n_gold;
        unsigned n_misaligned; /* gold names whose edges fall inside a word */
} Corpus;

bool corpus_load(Corpus *c, const char *dir, GError **error);
void corpus_clear(Corpus *c);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Corpus, corpus_clear)

/* Returns: -1 for an unknown type name. */
int corpus_type(const char *name);

G_END_DECLS
