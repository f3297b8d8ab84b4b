/* quotes plugin: reported speech, the verb forms around a reporting verb.
 * SPDX-License-Identifier: MIT
 *
 * Token tests the finders (reported.c), the speaker search (reported-speaker.c)
 * and the content spans (reported-span.c) share: is a word a verb, in which
 * form, where its group of helpers starts. No SDK calls. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include "attr.h"

G_BEGIN_DECLS

/* Returns: the REPORTED_* flags (reported-words.h) of the word at @v, 0 for any other token. */
uint8_t reported_verb_flags(const Attr *a, long v);

/* An auxiliary, negation or adverb between a subject and its verb: "has long argued". */
bool reported_verb_helper(const Attr *a, long i);

/* Where the subject's words end before the verb at @v: the first of its helpers. */
long reported_verb_group_start(const Attr *a, long v);

/* A lower-case word that can be a clause's first verb: an auxiliary, a reporting
 * verb, or a past form. */
bool reported_verbish(const Attr *a, long k);

/* A past form ("said", "endorsed"), never a noun. */
bool reported_past_form(const Attr *a, long v);

/* A word in -ing. */
bool reported_ing_form(const Attr *a, long v);

/* A base form as often a noun ("support", "vote") with no pronoun or auxiliary before it. */
bool reported_noun_like_base(const Attr *a, long v);

G_END_DECLS
