/* quotes plugin: speaker mentions, names and descriptions.
 * SPDX-License-Identifier: MIT
 *
 * Reads a run of tokens as a speaker mention: a pronoun, a list of names with
 * their titles, or a description. attr_add_speaker() and attr_classify() are in
 * attr.h, since reported speech reads mentions too; these are the parts the
 * subject search (attr-subject.c) and the cue shapes (attr-cue.c) also use.
 * No SDK calls. */
#pragma once

#include <stdbool.h>

#include "attr.h"

G_BEGIN_DECLS

/* The token at @i can stand inside a name within [@lo, @hi): a capitalised word,
 * "Mr." and initials' periods, "de"/"of" between two such words. */
bool attr_in_name(const Attr *a, long i, long lo, long hi);

/* Names ending at @hi, as a list "A, B and C"; returns false when @hi ends no name. */
bool attr_take_names(const Attr *a, long lo, long hi, Speakers *sp);

/* [@s, @e) reads as a description on @side of its verb: "a source familiar
 * with the discussions", "officials" (before the verb only). */
bool attr_description_ok(const Attr *a, long s, long e, Side side);

G_END_DECLS
