/* quotes plugin: reported speech, where the reported content starts and ends.
 * SPDX-License-Identifier: MIT
 *
 * Token positions for the finders in reported.c: the first token of the
 * content after a reporting verb, the last one of its clause, and the tests
 * that cut it. reported_content_start() is in reported.h, since attr-cue.c
 * asks it too. Token indices; -1 for none. No SDK calls. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include "attr.h"

G_BEGIN_DECLS

/* The last token of the clause starting at @c: its sentence's end, without the
 * final period and its own attribution, or the close of a quotation it opens. */
long reported_clause_end(const Attr *a, long c);

/* A clause starts at @j: a pronoun subject, or after "said" (@said) any subject. */
bool reported_starts_clause(const Attr *a, long j, bool said);

/* The first word of the sentence holding @v, past "But", "However," and the like. */
long reported_sentence_start(const Attr *a, long v);

/* Past a time ("Tuesday night", "last week") starting at @i; @i when none does. */
long reported_past_time(const Attr *a, long i);

/* Past the time and setting after a closing verb at @v (`said Tuesday in a statement.`). */
long reported_past_setting(const Attr *a, long v);

/* [@s, @e] is a mixed quotation: it holds a direct quotation or a mark at its edge. */
bool reported_mixed(const Attr *a, long s, long e);

/* [@s, @e] holds a verb. */
bool reported_holds_verb(const Attr *a, long s, long e);

/* Where the content after the verb at @v, which takes @flags (REPORTED_*), starts. */
long reported_wide_content_start(const Attr *a, long v, uint8_t flags);

/* `a probe which the agency said was ongoing`: content that starts with its verb. */
long reported_relative_content(const Attr *a, long v);

/* The end of the content [@c, @e] before a clause another attribution holds, or -1. */
long reported_before_used(const Attr *a, long c, long e);

/* `called the plan "a disaster"`: moves @e to the closing mark of the naming verb's quoted words. */
bool reported_named_in_marks(const Attr *a, long v, long c, long *e);

/* The end of the content [@c, @e] of a relative clause, before the main verb comes back. */
long reported_relative_object_end(const Attr *a, uint8_t flags, long c, long e);

/* The last word of "made (it) clear" or "made the case" at @v; @v when none starts there. */
long reported_made_clear(const Attr *a, long v);

/* The end of the content [@c, @e] within an opening subordinate clause of @v's sentence. */
long reported_subordinate_end(const Attr *a, long v, long c, long e);

G_END_DECLS
