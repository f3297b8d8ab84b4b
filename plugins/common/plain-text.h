/* Plain text from article spans, made ready for a paragraph: whitespace collapsed,
 * long passages shortened at a sentence end, and a comparison key for duplicates.
 * Pure (GLib only, no SDK calls) so unit tests compile it directly; the quote-list
 * and annotations plugins compile this file too. */
#pragma once

#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

/* Returns: (transfer full): @text with each run of white space (newlines, tabs,
 * no-break spaces) made one space, and none at either end. Invalid UTF-8 is
 * replaced. Free with g_free(). */
char *plain_text_collapse(const char *text);

/* Returns: (transfer full): collapsed @text, at most @max_chars characters plus an
 * ellipsis: cut after the last sentence that fits, else after the last whole word.
 * Free with g_free(). */
char *plain_text_shorten(const char *text, size_t max_chars);

/* Returns: (transfer full): a key under which texts that differ only in case,
 * punctuation, white space or Unicode form compare equal. Free with g_free(). */
char *plain_text_key(const char *text);

G_END_DECLS
