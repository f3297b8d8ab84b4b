/* GLib's validator already rejects overlong forms, surrogates and NUL bytes when
 * given a length; this file turns where it stopped into the message. */
#include "model/utf8-check.h"

#include <dossier/error.h>

bool dossier_utf8_check(const char *path, const char *data, size_t len, GError **error)
{
        const char *end = NULL;

        if (g_utf8_validate_len(data, len, &end))
                return true;
        size_t offset = (size_t) (end - data);
        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT, "%s: byte %zu: %s", path, offset,
                    data[offset] == '\0' ? "NUL byte" : "invalid UTF-8");
        return false;
}
