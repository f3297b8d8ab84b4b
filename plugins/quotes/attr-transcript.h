/* quotes plugin: transcripts quoted paragraph by paragraph.
 * SPDX-License-Identifier: MIT
 *
 * A quotation that runs over paragraphs, each opening with a speaker's name in
 * capitals (`"PENCE: ...`), is a transcript: one quote a turn. No SDK calls. */
#pragma once

#include <stdbool.h>

#include <glib.h>

#include "attr.h"
#include "quote-scan.h"

G_BEGIN_DECLS

/* Appends to @found one quote a paragraph of the transcript @span, each with the
 * name that opens its turn, and marks their tokens in a->quote_of.
 * Returns: false when @span is no transcript (nothing is appended). */
bool attr_split_transcript(Attr *a, const QuoteSpan *span, GArray *found);

G_END_DECLS
