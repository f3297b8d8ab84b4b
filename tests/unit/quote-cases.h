/* Table-driven tests of the quotes core: a row is a text and what quote_find()
 * must find in it, written as one line (see quote_cases_describe()). Shared by
 * test-quotes-attribution.c, test-quotes-direct.c and test-quotes-reported.c. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "../../plugins/quotes/attribution.h"

typedef struct QuoteCase {
        const char *text;
        const char *want;
} QuoteCase;

/* Every quote quote_find() gives for @text, in text order, as `QUOTE => SPEAKER`
 * joined by " || ". A reported quote starts with "~"; speakers are the names
 * without titles, joined by "; "; "-" is no speaker. With @show_mentions, a
 * mention that is not the name itself ("who") follows in brackets.
 * Returns: (transfer full): free with g_free(). */
char *quote_cases_describe(const char *text, const QuoteOptions *options, bool show_mentions);

/* Fails the running test (naming each failing row, with what it got) when
 * @describe of a row's text differs from its want. */
void quote_cases_check(const QuoteCase *cases, size_t n, char *(*describe)(const char *text));
