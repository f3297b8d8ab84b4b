/* The host functions a plugin calls with its DossierHost handle. */
#include <string.h>

#include "host/host-handle.h"

void dossier_host_log(DossierHost *host, uint32_t level, const char *format, ...)
{
        g_return_if_fail(host != NULL && format != NULL);

        if (!host->ctx || !host->ctx->log)
                return;

        g_autofree char *text = NULL;
        va_list args;
        va_start(args, format);
        text = g_strdup_vprintf(format, args);
        va_end(args);

        /* The plugin never names itself: the host does, so every line can be traced. */
        g_autofree char *message = g_strdup_printf("plugin '%s': %s", host->plugin_name, text);
        host->ctx->log(host->ctx->log_data, level, message);
}

/* A data file name stays inside the data folders: no absolute paths, no "..". */
static bool is_relative_inside(const char *name)
{
        if (name[0] == '\0' || g_path_is_absolute(name))
                return false;

        g_auto(GStrv) parts = g_strsplit(name, G_DIR_SEPARATOR_S, -1);
        for (char **part = parts; *part; part++)
                if (strcmp(*part, "..") == 0)
                        return false;
        return true;
}

char *dossier_host_find_data_file(DossierHost *host, const char *name)
{
        g_return_val_if_fail(host != NULL && name != NULL, NULL);

        if (!host->ctx || !host->ctx->data_dirs || !is_relative_inside(name))
                return NULL;
        for (char **dir = host->ctx->data_dirs; *dir; dir++) {
                g_autofree char *path = g_build_filename(*dir, name, NULL);
                if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
                        return g_steal_pointer(&path);
        }
        return NULL;
}
