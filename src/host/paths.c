/* Where dossier finds its own files. A binary inside the build folder uses the
 * source and build trees, so tests and ./build/src/cli/dossier never pick up an
 * older installed copy; any other binary uses the folders it was installed with. */
#include "host/paths.h"

#include <stdlib.h>
#include <string.h>

#include "dossier-build-config.h"

static bool is_inside(const char *path, const char *dir)
{
        size_t len = strlen(dir);

        return strncmp(path, dir, len) == 0 && (path[len] == '/' || path[len] == '\0');
}

bool dossier_paths_is_uninstalled(void)
{
        g_autofree char *exe = realpath("/proc/self/exe", NULL);
        g_autofree char *build = realpath(DOSSIER_BUILD_DIR, NULL);

        /* A build folder that moved or vanished is not ours any more. */
        return exe && build && is_inside(exe, build);
}

char *dossier_paths_default_config(void)
{
        if (dossier_paths_is_uninstalled())
                return g_build_filename(DOSSIER_SOURCE_DIR, "config", "briefing.cfg", NULL);
        return g_build_filename(DOSSIER_DATADIR, "config", "briefing.cfg", NULL);
}

char *dossier_paths_fonts_dir(void)
{
        if (dossier_paths_is_uninstalled())
                return g_build_filename(DOSSIER_SOURCE_DIR, "fonts", NULL);
        return g_build_filename(DOSSIER_DATADIR, "fonts", NULL);
}

static int compare_paths(const void *a, const void *b)
{
        return strcmp(*(char *const *) a, *(char *const *) b);
}

/* In the build tree every plugin sits in its own folder: BUILD_DIR/plugins/<name>/. */
static char **build_plugin_dirs(void)
{
        g_autofree char *root = g_build_filename(DOSSIER_BUILD_DIR, "plugins", NULL);
        g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func(g_free);
        g_autoptr(GDir) dir = g_dir_open(root, 0, NULL);
        const char *name;

        while (dir && (name = g_dir_read_name(dir))) {
                char *path = g_build_filename(root, name, NULL);
                if (g_file_test(path, G_FILE_TEST_IS_DIR) && name[0] != '.')
                        g_ptr_array_add(dirs, path);
                else
                        g_free(path);
        }
        g_ptr_array_sort(dirs, compare_paths);
        g_ptr_array_add(dirs, NULL);
        return (char **) g_ptr_array_steal(dirs, NULL);
}

char **dossier_paths_builtin_plugin_dirs(void)
{
        if (dossier_paths_is_uninstalled())
                return build_plugin_dirs();

        char **dirs = g_new0(char *, 2);
        dirs[0] = g_strdup(DOSSIER_PLUGINDIR);
        return dirs;
}

char **dossier_paths_data_dirs(void)
{
        char **dirs = g_new0(char *, 2);

        if (dossier_paths_is_uninstalled())
                dirs[0] = g_build_filename(DOSSIER_SOURCE_DIR, "data", NULL);
        else
                dirs[0] = g_build_filename(DOSSIER_DATADIR, "data", NULL);
        return dirs;
}
