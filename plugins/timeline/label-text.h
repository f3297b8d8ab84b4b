/* A timeline label's event text, shortened to a few lines at a word's end.
 * SPDX-License-Identifier: MIT
 *
 * Pango only, no SDK calls. Pango's own ellipsis cuts wherever the last line runs
 * out ("because the Air For…", "an analysis o…"); this cuts after the last whole
 * word that leaves room for the ellipsis, and not after a little word such as "of"
 * or "the" ("as part of a…" becomes "as part…"). */
#pragma once

#include <pango/pango.h>

/**
 * label_text_fit:
 * @layout: a layout with the label's font and width set; its text is replaced
 * @prefix: (nullable): text set before @text on its first line (a bullet), not returned
 * @text: plain text
 * @max_lines: the most lines @prefix and @text may take
 *
 * Returns: (transfer full): @text when it fits, else its longest run of whole words
 * that fits with "…" appended, less little words at its end (at least the first
 * word, cut by Pango if it must). A text that came shortened is tidied first
 * (label_text_tidy()).
 * Free with g_free().
 */
char *label_text_fit(PangoLayout *layout, const char *prefix, const char *text, int max_lines);

/**
 * label_text_tidy:
 * @text: plain text
 *
 * A text that arrives shortened ("… as part of a…") loses the little words before
 * its ellipsis ("… as part…"), as label_text_fit() would have cut it.
 * Returns: (transfer full): the tidied text, else a copy. Free with g_free().
 */
char *label_text_tidy(const char *text);
