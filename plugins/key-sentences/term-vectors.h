/* TF-IDF vectors of the content words of sentences, and their similarities. Pure
 * functions; no SDK calls. */
#pragma once

#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

typedef struct TermVectors TermVectors;

/* Builds one unit-length TF-IDF vector per text; idf is computed over these texts. */
TermVectors *term_vectors_new(const char *const *texts, const size_t *lens, size_t n);
void term_vectors_free(TermVectors *tv);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TermVectors, term_vectors_free)

/* Returns: the cosine of vectors @a and @b, 0..1. */
double term_vectors_cosine(const TermVectors *tv, size_t a, size_t b);
/* Returns: shared content words / content words of the shorter of @a and @b, 0..1:
 * near 1 when one sentence repeats the other with a few words added. */
double term_vectors_overlap(const TermVectors *tv, size_t a, size_t b);
/* Returns: the number of distinct content words of text @i. */
size_t term_vectors_n_terms(const TermVectors *tv, size_t i);

G_END_DECLS
