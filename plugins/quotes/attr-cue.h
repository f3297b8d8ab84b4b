/* quotes plugin: the cue shapes around a direct quotation.
 * SPDX-License-Identifier: MIT
 *
 * Finds the cue verb (or colon, dash, "according to") next to a quotation and
 * the speaker mention it goes with, in each shape news prose uses. No SDK calls. */
#pragma once

#include <stdbool.h>

#include "attr.h"
#include "quote-scan.h"

G_BEGIN_DECLS

/* Who said the quotation @span, from the shapes around it, nearest first; fills
 * @sp (no speakers and cue -1 when none fits).
 * Returns: true when a speech verb stands right next to it (`"No," he said`,
 * `chanted "What curfew?"`): then even a short quotation is one. */
bool attr_attribute(const Attr *a, const QuoteSpan *span, Speakers *sp);

G_END_DECLS
