/* The optional front matter of an article: `---`, `key: value` lines, `---`. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

/**
 * DossierFrontMatter:
 * @id, @title, @date, @source, @url: (nullable): the values, trimmed; NULL when absent
 *   or empty. @date is a valid YYYY-MM-DD.
 * @body_offset: where the body starts in the data: after the closing `---` line, or
 *   after a UTF-8 byte order mark, or 0
 */
typedef struct DossierFrontMatter {
        char *id;
        char *title;
        char *date;
        char *source;
        char *url;
        size_t body_offset;
} DossierFrontMatter;

/**
 * dossier_front_matter_parse:
 * @path: the file name for messages
 * @ret: (out caller-allocates): zeroed by the caller; filled on success, free its
 *   strings with dossier_front_matter_clear()
 *
 * Data without a first line `---` has no front matter: success with every field NULL.
 * Unknown keys are ignored. Errors (DOSSIER_ERROR_INPUT) are `FILE:LINE: message`:
 * a line that is not `key: value`, an invalid date, a front matter never closed.
 */
bool dossier_front_matter_parse(const char *path, const char *data, size_t len,
                                DossierFrontMatter *ret, GError **error);
void dossier_front_matter_clear(DossierFrontMatter *fm);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(DossierFrontMatter, dossier_front_matter_clear)

G_END_DECLS
