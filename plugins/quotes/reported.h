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

/* Removes the direct quotations that lie inside a reported clause (`said that "..."`). */
void reported_drop_inner_direct(GArray *found);

G_END_DECLS
