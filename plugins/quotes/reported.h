/* quotes plugin: reported speech ("X said that ...", "according to X, ...").
 * SPDX-License-Identifier: MIT
 *
 * Runs after the direct quotes are found, on the same Attr: it skips tokens they
 * hold or used as cues. No SDK calls. */
#pragma once

#include <glib.h>

#include "attr.h"

G_BEGIN_DECLS

/* Appends a QuoteFound (direct = false) to @found for each reported clause. */
void reported_find(Attr *a, GArray *found);

/* Where the reported clause after the speech verb at @v starts, or -1
 * (reported-span.c):
 * `said (in a statement) that ...`, `told reporters he ...`, `said the ...`. */
long reported_content_start(const Attr *a, long v);

/* Removes the direct quotations that lie inside a reported clause (`said that "..."`). */
void reported_drop_inner_direct(GArray *found);

G_END_DECLS
