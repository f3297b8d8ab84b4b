/* A quote's words made ready to print: outer quotation marks and the comma that
 * hands over to "he said" removed, a reported statement's leading "that" dropped,
 * long ones shortened at a sentence end. Pure (GLib only) so unit tests compile
 * it directly. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

/* Returns: (transfer full): the printable words of @raw (a quote's span text), at
 * most @max_chars characters plus an ellipsis. Free with g_free(). */
char *quote_text_clean(const char *raw, bool direct, size_t max_chars);

/* Returns: (transfer full): @text with its first letter in upper case
 * ("a source familiar ..." -> "A source familiar ..."). Free with g_free(). */
char *quote_text_capitalize(const char *text);

G_END_DECLS
