/* Words of a sentence as the actors extractor sees them: cut at spaces and
 * punctuation, with a trailing possessive 's cut off and an abbreviation's period
 * kept ("U.S.", "Sen."), each with the case and punctuation facts the name finder
 * needs. Pure functions over the body text; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include <dossier/plugin.h>

G_BEGIN_DECLS

typedef enum {
        WORD_CAP = 1 << 0,         /* first letter upper case */
        WORD_ALLCAPS = 1 << 1,     /* at least two letters, all upper case */
        WORD_LOWER = 1 << 2,       /* first letter lower case */
        WORD_DIGIT = 1 << 3,       /* starts with a digit */
        WORD_POSS = 1 << 4,        /* a possessive 's followed, outside the span */
        WORD_BREAK = 1 << 5,       /* punctuation, not only spaces, since the previous word */
        WORD_QUOTE = 1 << 6,       /* an opening quotation mark right before */
        WORD_FIRST = 1 << 7,       /* the first word of its sentence or line */
        WORD_CONTRACTION = 1 << 8, /* it'll, don't, I'm */
        WORD_COMMA = 1 << 9,       /* a comma between the previous word and this one */
        WORD_SYMBOL = 1 << 10,     /* "&", a word of its own */
} WordFlags;

typedef struct Word {
        uint32_t start; /* byte span in the body, end exclusive */
        uint32_t end;
        uint32_t sentence; /* index of the sentence, as given to words_scan() */
        uint32_t flags;    /* WordFlags */
} Word;

/* Appends to @out (a GArray of Word) the words of body[@start, @end). */
void words_scan(const char *body, uint32_t start, uint32_t end, uint32_t sentence, GArray *out);

/* The words of a body cut along its @n @sentences (the host's), each word
 * numbered by its sentence. Returns: (transfer full) a GArray of Word. */
GArray *words_of_sentences(const char *body, size_t len, const DossierSpan *sentences, size_t n);

/* Writes words [@a, @b) into @buf joined by single spaces, lower-cased (ASCII
 * only, enough for the lists) when @lower. Returns: @buf->str. */
const char *words_phrase(GString *buf, const char *body, const Word *words, size_t a, size_t b,
                         bool lower);

/* Returns: whether @w's text equals @s. */
bool word_is(const char *body, const Word *w, const char *s);

G_END_DECLS
