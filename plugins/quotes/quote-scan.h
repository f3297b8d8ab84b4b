/* quotes plugin: pairing quotation marks into quoted spans.
 * SPDX-License-Identifier: MIT */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "quote-lex.h"

G_BEGIN_DECLS

/**
 * QuoteSpan:
 * @open: token index of the opening mark
 * @close: token index of the closing mark (in a later paragraph when the
 *   quotation runs over several: each continuing paragraph opens again)
 * @n_words: the words between the marks
 */
typedef struct QuoteSpan {
        uint32_t open;
        uint32_t close;
        uint32_t n_words;
} QuoteSpan;

/**
 * quote_scan:
 * @text: the text that @tokens (from quote_lex()) came from
 *
 * Pairs the double quotation marks, nested ones (a “curly” quote inside a
 * "straight" one) included in their outer span. Marks that pair with nothing in
 * their paragraph are dropped.
 * Returns: (transfer full): QuoteSpan values in text order, outermost spans only;
 *   free with g_array_unref().
 */
GArray *quote_scan(const char *text, const GArray *tokens);

/**
 * quote_headline_end:
 *
 * A headline is a short first paragraph, followed by others, in title case or
 * without a final period; quotation marks there flag a phrase, and its verbs
 * ("Trump Says ...") report nothing that the body does not.
 * Returns: the index of the first token after the headline; 0 when there is none.
 */
uint32_t quote_headline_end(const char *text, const GArray *tokens);

G_END_DECLS
