/* The shallow parse event labels are made from: word classes and clauses.
 * SPDX-License-Identifier: MIT
 *
 * Private to event-*.c. There is no tagger: words are classed from short lists
 * and their endings, clauses are split at punctuation and a few conjunctions. */
#pragma once

#include <string.h>

#include "event-label.h"

G_BEGIN_DECLS

/* One sentence and the expression a label is being made for. */
typedef struct {
        const TimexWord *w;
        size_t n;
        const char *text;
        size_t first, last; /* the expression's words [first, last) */
        const EventSentence *in;
        size_t base;        /* @w is in->words + base: a long sentence is seen through a window */
} Sentence;

typedef struct {
        size_t lo, hi; /* words [lo, hi) */
} Clause;

void sentence_init(Sentence *s, const EventSentence *in, size_t expr);

/* ---- word classes (event-words.c) --------------------------------------- */

bool word_in(const Sentence *s, size_t i, const char *const *list, size_t n);
#define WORD_IN(s, i, ...) word_in((s), (i), (const char *const[]) { __VA_ARGS__ }, \
                                   G_N_ELEMENTS(((const char *const[]) { __VA_ARGS__ })))

bool in_expression(const Sentence *s, size_t i);
bool in_any_expression(const Sentence *s, size_t i);
bool is_break(const Sentence *s, size_t i);
/* Whether the bracket at @i ends a clause: not around a short aside ("(GM)"). */
bool paren_breaks(const Sentence *s, size_t i);
bool is_preposition(const Sentence *s, size_t i);
bool is_connective(const Sentence *s, size_t i);
bool is_relative(const Sentence *s, size_t i);
bool ends_with(const Sentence *s, size_t i, const char *suffix, size_t min_len);
bool is_verb(const Sentence *s, size_t i);
bool is_modal(const Sentence *s, size_t i);
bool abbreviation_dot(const Sentence *s, size_t i);
bool opens_subject(const Sentence *s, size_t i);
bool is_adverb(const Sentence *s, size_t i);
bool is_speech_verb(const Sentence *s, size_t i);
bool is_preposition_participle(const Sentence *s, size_t i);

/* ---- clauses (event-clause.c) ------------------------------------------- */

GArray *split_clauses(const Sentence *s);
Clause clause_at(const GArray *clauses, size_t c);
size_t content_start(const Sentence *s, Clause c);
bool has_verb(const Sentence *s, Clause c);
size_t pick_clause(const Sentence *s, const GArray *clauses);

/* ---- label text (event-text.c) ----------------------------------------- */

/* The label being written, and the last word written: words that were apart in
 * the sentence get a space even where the text had none. */
typedef struct {
        GString *out;
        size_t last;
        size_t first;    /* the first word written */
        size_t relative; /* bytes of @out before its first relative clause, 0 when none */
} Builder;

void builder_append_text(Builder *b, const char *text, size_t len, bool space);
void builder_append_word(const Sentence *s, size_t i, Builder *b);
void builder_append_range(const Sentence *s, Clause r, Builder *b);
/* Returns: the word after a short aside in brackets at @i ("(GM)", which a
 * label leaves out), or @i. */
size_t aside_end(const Sentence *s, size_t i, size_t hi);
/* Cuts @label to @max characters at a word boundary, with an ellipsis;
 * @at_phrase: before the phrase it would cut in two (not for quotations). */
void label_shorten(GString *label, size_t max, bool at_phrase);

/* ---- reported speech (event-quote.c) ------------------------------------ */

/* Whether the quotation mark at @i ends a clause: scare quotes ("a \"defining
 * moment\" in its history", fewer than four words) do not. */
bool quote_mark_breaks(const Sentence *s, size_t i);
/* Whether the expression is in a quotation, or in the clause reporting one. */
bool quote_applies(const Sentence *s, const GArray *clauses);
/* Returns: (transfer full) (nullable): "Speaker: “first words…”", or NULL when
 * quote_applies() does not. */
char *quote_label(const Sentence *s, const GArray *clauses, size_t max);

/* Whether @cl only says who spoke ("Apple announced this morning", "a
 * Romanian official said Friday"); @ret_speaker: who. */
bool reporting_clause(const Sentence *s, Clause cl, Clause *ret_speaker);
/* Returns: (transfer full): @speaker as a label writes it: a pronoun's actor,
 * people by surname, else the words. */
char *speaker_text(const Sentence *s, Clause speaker);

/* ---- actors (event-actors.c) ------------------------------------------- */

/* Returns: (transfer none) (nullable): the name of the actor the pronoun or
 * "the company" at word @i stands for, when that is clear; @ret_n_words: its words. */
const char *actor_for_pronoun(const Sentence *s, size_t i, size_t *ret_n_words);
/* Returns: (transfer full) (nullable): @speaker with each person named by the
 * surname, when it names two or more; else NULL. */
char *speaker_names(const Sentence *s, Clause speaker);

/* ---- subjects (event-subject.c) ----------------------------------------- */

Clause subject_of(const Sentence *s, const GArray *clauses);
/* Returns: where the name starts in a subject that opens with a description of
 * it ("the US automaker Ford announced" -> "Ford"), else @lo. */
size_t past_descriptor(const Sentence *s, size_t lo, size_t hi, bool whole);
/* The antecedent of an object relative clause at @lo ("which the unions
 * demanded be delayed"), empty if it is none; @ret_gap: where it goes. */
Clause object_relative(const Sentence *s, const GArray *clauses, size_t c, size_t lo, size_t *ret_gap);
/* Returns: the relative pronoun of a clause that is a noun phrase and its
 * relative clause (", a deal that will be finalized by June 10"), else 0. */
size_t appositive_relative(const Sentence *s, Clause cl, size_t lo);
/* Whether @cl is "he said" between commas or a relative clause. */
bool clause_is_aside(const Sentence *s, Clause cl);
/* @ret_copula: (nullable): "was" or "is" when the clause is a reduced relative
 * whose participle needs one after the subject ("The mayor was elected"). */
Clause borrowed_subject(const Sentence *s, const GArray *clauses, size_t c, size_t lo, bool *ret_skip,
                        const char **ret_copula);

G_END_DECLS
