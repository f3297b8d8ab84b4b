/* Which sentences may be key sentences at all: no headlines, datelines, tables,
 * fragments, or sentences too short or too long to stand alone in a summary. Pure
 * functions; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

#define SENTENCE_MIN_WORDS 6
#define SENTENCE_MAX_WORDS 60

/* @title: (nullable): the article's title; a sentence that repeats it is a headline. */
bool sentence_is_eligible(const char *text, size_t len, const char *title);

/* Returns: the share (0..1) of the sentence's letters inside double quotation marks. */
double sentence_quote_share(const char *text, size_t len);

G_END_DECLS
