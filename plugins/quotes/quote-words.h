/* quotes plugin: the word tables attribution reads.
 * SPDX-License-Identifier: MIT
 *
 * Every function takes a lower-case ASCII word. */
#pragma once

#include <stdbool.h>

#include <glib.h>

G_BEGIN_DECLS

bool quote_word_is_cue(const char *word);       /* verbs that attribute a direct quote */
bool quote_word_is_reporting(const char *word); /* verbs that introduce reported speech */
bool quote_word_is_told(const char *word);      /* reporting verbs that take an object */
bool quote_word_is_participle(const char *word); /* "saying", "adding": the subject is the clause's */
bool quote_word_is_title(const char *word);     /* titles and roles before a name */
bool quote_word_is_det(const char *word);       /* determiners that start a description */
bool quote_word_is_pronoun(const char *word);   /* he, she, they */
bool quote_word_is_lead(const char *word);      /* conjunctions and adverbs that open a clause */
bool quote_word_is_between(const char *word);   /* adverbs, auxiliaries between subject and verb */
bool quote_word_is_stop(const char *word);      /* words that end a speaker after its verb */
bool quote_word_is_breaker(const char *word);   /* words no speaker description holds */
bool quote_word_is_time(const char *word);      /* weekdays, months, today ... */
bool quote_word_is_connector(const char *word); /* lower-case name particles: de, van, bin */
bool quote_word_is_notname(const char *word);   /* capitalised words that are not names */
bool quote_word_is_notclause(const char *word); /* words after "said" that start no clause */
bool quote_word_is_inverted(const char *word);  /* verbs that come before their subject: "..., said X." */

/* Returns true when every table is sorted (they are searched with bsearch). */
bool quote_words_check(void);

G_END_DECLS
