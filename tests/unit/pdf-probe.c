/* Looking into PDFs the layout tests wrote, with qpdf and poppler-utils. */
#include <string.h>

#include "pdf-probe.h"

char *pdf_probe_run(const char *const *argv) {
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;
        int status = 0;
        g_autoptr(GError) error = NULL;
        if (!g_spawn_sync(NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                          &status, &error)) {
                g_test_message("%s: %s", argv[0], error->message);
                return NULL;
        }
        if (!g_spawn_check_wait_status(status, &error)) {
                g_test_message("%s: %s: %s", argv[0], error->message, err);
                return NULL;
        }
        return g_steal_pointer(&out);
}

bool pdf_probe_have(const char *tool) {
        g_autofree char *found = g_find_program_in_path(tool);
        if (!found) {
                g_test_skip_printf("%s is not installed", tool);
                return false;
        }
        return true;
}

char *pdf_probe_text(const char *path, int page) {
        g_autofree char *number = g_strdup_printf("%d", page);
        if (page > 0) {
                const char *argv[] = { "pdftotext", "-layout", "-f", number, "-l", number, path,
                                       "-", NULL };
                return pdf_probe_run(argv);
        }
        const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
        return pdf_probe_run(argv);
}

char *pdf_probe_info(const char *path, const char *key) {
        const char *argv[] = { "pdfinfo", path, NULL };
        g_autofree char *out = pdf_probe_run(argv);
        if (!out)
                return NULL;
        g_auto(GStrv) lines = g_strsplit(out, "\n", -1);
        size_t n = strlen(key);
        for (char **l = lines; *l; l++)
                if (strncmp(*l, key, n) == 0 && (*l)[n] == ':')
                        return g_strstrip(g_strdup(*l + n + 1));
        return NULL;
}

bool pdf_probe_check(const char *path) {
        const char *argv[] = { "qpdf", "--check", path, NULL };
        g_autofree char *out = pdf_probe_run(argv);
        return out != NULL;
}
