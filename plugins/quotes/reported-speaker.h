/* quotes plugin: reported speech, who speaks.
 * SPDX-License-Identifier: MIT
 *
 * The subjects a reporting verb can have beyond the mentions attr.h reads (a
 * long head, a relative pronoun, a contraction, a poll's share, the sentence's
 * subject), for the finders in reported.c. Each fills @sp and returns true when
 * it finds one. No SDK calls. */
#pragma once

#include <stdbool.h>

#include <glib.h>

#include "attr.h"

G_BEGIN_DECLS

/* "Aides said X. They said Y.": a lone "they" takes the plural speaker found
 * before it in @found, within two sentences; the mention stays "they". */
void reported_resolve_they(const Attr *a, const GArray *found, Speakers *sp);

/* "I think", "we believe", "It added": the pronoun before the verb group at @k. */
bool reported_first_person(const Attr *a, long k, Speakers *sp);

/* The head that opens the sentence as the subject of the verb group at @k, when
 * the words before it are too long to read as a mention; @clear_clause: what
 * follows the verb is plainly a clause. */
bool reported_head_subject(const Attr *a, long k, bool clear_clause, Speakers *sp);

/* The first token of the speaker's words, with a name's "the". */
long reported_mention_first(const Attr *a, const Speakers *sp);

/* `CLAUSE, union members say.`: the plain words between a comma and the verb at @v. */
bool reported_comma_subject(const Attr *a, long v, Speakers *sp);

/* `X, who said`: "who" (or "which") at @who as the mention, the name before it. */
bool reported_relative_subject(const Attr *a, long who, Speakers *sp);

/* "he's said": the pronoun inside the contraction at @i. */
bool reported_contracted_subject(const Attr *a, long i, Speakers *sp);

/* The subject of the sentence holding @v, before its first verb. */
bool reported_main_subject(const Attr *a, long v, Speakers *sp);

/* The name that opens the sentence before its first comma, for a verb group at
 * @k after an appositive too long to walk. */
bool reported_opening_name(const Attr *a, long k, Speakers *sp);

/* A poll's share before the verb group at @k: "46 percent said". */
bool reported_quantity_subject(const Attr *a, long k, Speakers *sp);

/* "Many fear": the quantifier at @q is the subject of the verb at @v. */
bool reported_quantifier_subject(const Attr *a, long q, long v);

/* The speaker of the quotation in @found whose attribution ends right before @comma. */
bool reported_speaker_before_comma(const Attr *a, const GArray *found, long comma, Speakers *sp);

G_END_DECLS
