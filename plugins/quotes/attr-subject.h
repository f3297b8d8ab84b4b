/* quotes plugin: who is the subject of a cue verb.
 * SPDX-License-Identifier: MIT
 *
 * The regions around a verb: its subject before it, its speaker after it
 * ("said X"), the subject that opens its sentence. Those three are in attr.h,
 * since reported speech uses them too; these are the token tests the cue
 * shapes (attr-cue.c) and the driver (attribution.c) also use. No SDK calls. */
#pragma once

#include <stdbool.h>

#include "attr.h"

G_BEGIN_DECLS

/* Words between a subject and its verb ("Trump also said", "Clinton has long
 * argued"): returns where they start, back from @e. */
long attr_skip_between_back(const Attr *a, long e);

/* A verb the cue list lacks: "exclaimed", "beamed", "shot"; with @present also
 * a word in -s ("mocks"). */
bool attr_is_verb_like(const Attr *a, long i, bool present);

/* A word that starts a clause, so no subject runs back past it: "when", "which",
 * "and she". */
bool attr_opens_clause(const Attr *a, long i);

G_END_DECLS
