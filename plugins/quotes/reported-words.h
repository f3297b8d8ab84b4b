/* quotes plugin: the words that cue reported speech, with what follows them.
 * SPDX-License-Identifier: MIT
 *
 * Every function takes a lower-case ASCII word. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* What a reporting verb takes as its content. */
enum {
        REPORTED_THAT = 1 << 0,       /* a "that" clause: "argued that ..." */
        REPORTED_CLAUSE = 1 << 1,     /* a clause without "that": "said the deal ..." */
        REPORTED_OBJECT = 1 << 2,     /* a noun phrase: "called the plan a disaster", "endorsed Clinton" */
        REPORTED_INFINITIVE = 1 << 3, /* "to" and a verb: "vowed to repeal the law" */
        REPORTED_ASK = 1 << 4,        /* "whether", "if", "how": "asked whether ..." */
        REPORTED_TOLD = 1 << 5,       /* an addressee first: "told reporters (that) ..." */
        REPORTED_PREP = 1 << 6,       /* a preposition first: "spoke about", "railed against", "pointed to" */
};

/* Returns: the REPORTED_* flags of a reporting verb form, 0 for any other word. */
uint8_t reported_word_class(const char *word);

/* Returns true when the table is sorted (it is searched with bsearch). */
bool reported_words_check(void);

G_END_DECLS
