/* Checks a libconfig file before libconfig 1.5 reads it; see config-precheck.h. */
#include "host/config-precheck.h"

#include <string.h>
#include <sys/stat.h>

#include <dossier/error.h>

/* Includes deeper than this are a loop or a mistake. */
#define MAX_INCLUDE_DEPTH 10

static unsigned line_of(const char *text, const char *at)
{
        unsigned line = 1;

        for (const char *p = text; p < at; p++)
                line += *p == '\n';
        return line;
}

static bool check_file(const char *path, const char *include_dir, int depth, GError **error);

/* An @include line: optional blanks, "@include", blanks, a quoted path. */
static bool check_include(const char *file, unsigned line, const char *directive,
                          const char *include_dir, int depth, GError **error)
{
        const char *open = strchr(directive, '"');
        const char *close = open ? strchr(open + 1, '"') : NULL;
        g_autofree char *target = NULL, *resolved = NULL;
        struct stat st;

        if (!open || !close)
                return true; /* not well formed: libconfig reports it with its line */
        target = g_strndup(open + 1, (size_t) (close - open - 1));
        resolved = g_path_is_absolute(target) ? g_strdup(target)
                                              : g_build_filename(include_dir, target, NULL);
        if (stat(resolved, &st) != 0 || !S_ISREG(st.st_mode)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG,
                            "%s:%u: @include '%s' is not a readable file", file, line, target);
                return false;
        }
        if (depth >= MAX_INCLUDE_DEPTH) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG,
                            "%s:%u: @include nested more than %d deep", file, line,
                            MAX_INCLUDE_DEPTH);
                return false;
        }
        return check_file(resolved, include_dir, depth + 1, error);
}

static bool check_file(const char *path, const char *include_dir, int depth, GError **error)
{
        g_autofree char *text = NULL;
        g_autoptr(GError) local = NULL;
        const char *bad = NULL;
        gsize len = 0;

        if (!g_file_get_contents(path, &text, &len, &local)) {
                /* GLib's message names the file already. */
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO, "%s", local->message);
                return false;
        }
        if (!g_utf8_validate_len(text, len, &bad)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG,
                            "%s:%u: invalid UTF-8 (byte %zu)", path, line_of(text, bad),
                            (size_t) (bad - text));
                return false;
        }
        for (const char *line = text; line && *line;) {
                const char *p = line + strspn(line, " \t");
                const char *next = strchr(line, '\n');
                if (g_str_has_prefix(p, "@include") &&
                    !check_include(path, line_of(text, line), p, include_dir, depth, error))
                        return false;
                line = next ? next + 1 : NULL;
        }
        return true;
}

bool dossier_config_precheck(const char *path, const char *include_dir, GError **error)
{
        return check_file(path, include_dir, 0, error);
}
