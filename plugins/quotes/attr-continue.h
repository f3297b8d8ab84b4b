/* quotes plugin: a speaker carried on across quotations and paragraphs.
 * SPDX-License-Identifier: MIT
 *
 * News prose gives a long quotation one attribution and lets the next sentences
 * and paragraphs run on; these decide when a quotation with no attribution of
 * its own takes the speaker of its neighbour. No SDK calls. */
#pragma once

#include <stdbool.h>

#include <glib.h>

#include "attr.h"
#include "quote-scan.h"

G_BEGIN_DECLS

/* @span goes on from @prev, whose attribution ends at the token @prev_anchor:
 * the sentence right after it, or the paragraph right after the one it ended. */
bool attr_continues(const Attr *a, const QuoteFound *prev, long prev_anchor, const QuoteSpan *span);

/* @span is a sentence of its own (`''We're America.''`). */
bool attr_whole_sentence(const Attr *a, const QuoteSpan *span);

/* A paragraph that is only a quotation, right before one that opens with an
 * attributed quotation, takes its speakers. @found: QuoteFound in text order. */
void attr_continue_backward(const Attr *a, GArray *found);

G_END_DECLS
