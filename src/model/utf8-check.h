/* The encoding check every article passes before anything else reads it. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

/**
 * dossier_utf8_check:
 * @path: the file name for the message
 *
 * Checks that @data is UTF-8 without NUL bytes. Overlong forms, surrogates and
 * code points past U+10FFFF are invalid.
 * Errors: DOSSIER_ERROR_INPUT, `FILE: byte N: invalid UTF-8` or `FILE: byte N: NUL byte`,
 * N counted from 0 at the start of the file.
 */
bool dossier_utf8_check(const char *path, const char *data, size_t len, GError **error);

G_END_DECLS
