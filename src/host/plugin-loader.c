/* Finding a plugin file on the plugin path, refusing unsafe ones, and checking its
 * descriptor before anything of it runs beyond the entry point. */
#include "host/plugin-loader.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <gmodule.h>

#define FILE_PREFIX "dossier-"
#define FILE_SUFFIX ".so"

struct DossierPlugin {
        char *path;
        GModule *module;
        const DossierPluginInfo *info;
};

static bool G_GNUC_PRINTF(3, 4)
fail(GError **error, const char *path, const char *format, ...)
{
        g_autofree char *message = NULL;
        va_list args;

        va_start(args, format);
        message = g_strdup_vprintf(format, args);
        va_end(args);
        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN, "%s: %s", path, message);
        return false;
}

/* Returns: (transfer full) (nullable): NAME of ".../dossier-NAME.so". */
static char *name_from_path(const char *path)
{
        g_autofree char *base = g_path_get_basename(path);
        size_t len = strlen(base);

        if (!g_str_has_prefix(base, FILE_PREFIX) || !g_str_has_suffix(base, FILE_SUFFIX) ||
            len <= strlen(FILE_PREFIX) + strlen(FILE_SUFFIX))
                return NULL;
        return g_strndup(base + strlen(FILE_PREFIX),
                         len - strlen(FILE_PREFIX) - strlen(FILE_SUFFIX));
}

/* ---- Permissions ---------------------------------------------------------- */

/* Whoever can write the code or its folder can run code as us: refuse both. */
static bool check_file_mode(const char *path, const struct stat *st, GError **error)
{
        if ((st->st_mode & (S_IWGRP | S_IWOTH)) == 0)
                return true;
        return fail(error, path,
                    "refusing to load: the file is writable by group or others (mode %04o), "
                    "so anyone in them could change the code it runs; fix with 'chmod go-w %s'",
                    (unsigned) (st->st_mode & 07777), path);
}

static bool check_folder_mode(const char *path, const char *dir, GError **error)
{
        struct stat st;

        if (stat(dir, &st) < 0) {
                int err = errno;
                return fail(error, path, "cannot check its folder %s: %s", dir, g_strerror(err));
        }
        if ((st.st_mode & (S_IWGRP | S_IWOTH)) == 0)
                return true;
        return fail(error, path,
                    "refusing to load: its folder %s is writable by group or others (mode %04o), "
                    "so anyone in them could replace the plugin; fix with 'chmod go-w %s'",
                    dir, (unsigned) (st.st_mode & 07777), dir);
}

static bool check_permissions(const char *path, GError **error)
{
        struct stat st;

        if (stat(path, &st) < 0) {
                int err = errno;
                return fail(error, path, "cannot read: %s", g_strerror(err));
        }
        if (!S_ISREG(st.st_mode))
                return fail(error, path, "not a regular file");
        if (!check_file_mode(path, &st, error))
                return false;

        g_autofree char *dir = g_path_get_dirname(path);
        if (!check_folder_mode(path, dir, error))
                return false;

        /* A symbolic link: the folder that really holds the file counts too. */
        g_autofree char *real = realpath(path, NULL);
        if (!real)
                return fail(error, path, "cannot resolve: %s", g_strerror(errno));
        g_autofree char *real_dir = g_path_get_dirname(real);
        if (strcmp(real_dir, dir) != 0 && !check_folder_mode(path, real_dir, error))
                return false;
        return true;
}

/* ---- The descriptor ---------------------------------------------------------- */

static bool check_abi(const char *path, const DossierPluginInfo *info, GError **error)
{
        if (info->abi_major == DOSSIER_ABI_MAJOR && info->abi_minor <= DOSSIER_ABI_MINOR)
                return true;
        return fail(error, path, "built for plugin ABI %u.%u; this dossier loads %d.0 to %d.%d",
                    info->abi_major, info->abi_minor, DOSSIER_ABI_MAJOR, DOSSIER_ABI_MAJOR,
                    DOSSIER_ABI_MINOR);
}

static bool check_kind(const char *path, const DossierPluginInfo *info, GError **error)
{
        switch (info->kind) {
        case DOSSIER_PLUGIN_EXTRACTOR:
                if (!info->extract)
                        return fail(error, path, "an extractor without an extract callback");
                return true;
        case DOSSIER_PLUGIN_RENDERER:
                if (!info->render)
                        return fail(error, path, "a renderer without a render callback");
                return true;
        default:
                return fail(error, path, "unknown plugin kind %u (1 = extractor, 2 = renderer)",
                            info->kind);
        }
}

static bool check_name(const char *path, const DossierPluginInfo *info, GError **error)
{
        g_autofree char *file_name = name_from_path(path);

        if (!info->name)
                return fail(error, path, "the descriptor has no name");
        if (strcmp(info->name, file_name) != 0)
                return fail(error, path,
                            "the plugin calls itself '%s', so its file must be dossier-%s.so",
                            info->name, info->name);
        return true;
}

static bool check_info(const char *path, const DossierPluginInfo *info, GError **error)
{
        if (!info)
                return fail(error, path, DOSSIER_PLUGIN_ENTRY_SYMBOL " returned no descriptor");
        /* The ABI numbers lead every descriptor version: read nothing else before them. */
        return check_abi(path, info, error) && check_kind(path, info, error) &&
               check_name(path, info, error);
}

/* ---- Loading ------------------------------------------------------------------ */

static GModule *open_module(const char *path, GError **error)
{
        GModule *module = g_module_open(path, G_MODULE_BIND_LOCAL | G_MODULE_BIND_LAZY);

        if (!module) {
                fail(error, path, "cannot load: %s", g_module_error());
                return NULL;
        }
#ifdef DOSSIER_PLUGINS_RESIDENT
        /* Sanitizer builds: leak reports resolve symbols after the run, so the
         * code must still be mapped then. */
        g_module_make_resident(module);
#endif
        return module;
}

static bool check_path(const char *path, GError **error)
{
        if (!g_path_is_absolute(path))
                return fail(error, path,
                            "refusing to load a relative path: plugins load only from the "
                            "plugin path's absolute folders");
        g_autofree char *name = name_from_path(path);
        if (!name)
                return fail(error, path,
                            "not a plugin file name: plugin files are named " FILE_PREFIX
                            "NAME" FILE_SUFFIX);
        return check_permissions(path, error);
}

DossierPlugin *dossier_plugin_load_file(const char *path, GError **error)
{
        g_return_val_if_fail(path != NULL, NULL);
        g_return_val_if_fail(error == NULL || *error == NULL, NULL);

        if (!check_path(path, error))
                return NULL;

        g_autoptr(DossierPlugin) plugin = g_new0(DossierPlugin, 1);
        plugin->path = g_strdup(path);
        plugin->module = open_module(path, error);
        if (!plugin->module)
                return NULL;

        void *symbol = NULL;
        if (!g_module_symbol(plugin->module, DOSSIER_PLUGIN_ENTRY_SYMBOL, &symbol) || !symbol) {
                fail(error, path, "no " DOSSIER_PLUGIN_ENTRY_SYMBOL " symbol: not a dossier plugin");
                return NULL;
        }
        DossierPluginEntryFunc entry = (DossierPluginEntryFunc) symbol;
        plugin->info = entry(dossier_api_table_get());
        if (!check_info(path, plugin->info, error))
                return NULL;
        return g_steal_pointer(&plugin);
}

/* The name becomes part of a file name: no separators, nothing that climbs out. */
bool dossier_plugin_name_is_valid(const char *name)
{
        g_return_val_if_fail(name != NULL, false);

        if (!name[0])
                return false;
        for (const char *p = name; *p; p++)
                if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_')
                        return false;
        return true;
}

static DossierPlugin *not_found(const char *const *search_dirs, const char *name, GError **error)
{
        g_autoptr(GString) dirs = g_string_new(NULL);

        for (const char *const *dir = search_dirs; dir && *dir; dir++) {
                if (dirs->len)
                        g_string_append(dirs, ", ");
                g_string_append(dirs, *dir);
                if (!g_path_is_absolute(*dir))
                        g_string_append(dirs, " (relative, skipped)");
        }
        if (dirs->len == 0)
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN,
                            "plugin '%s' not found: the plugin path is empty", name);
        else
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN,
                            "plugin '%s' not found: no " FILE_PREFIX "%s" FILE_SUFFIX " in %s",
                            name, name, dirs->str);
        return NULL;
}

DossierPlugin *dossier_plugin_load(const char *const *search_dirs, const char *name,
                                   GError **error)
{
        g_return_val_if_fail(name != NULL, NULL);
        g_return_val_if_fail(error == NULL || *error == NULL, NULL);

        if (!dossier_plugin_name_is_valid(name)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN,
                            "'%s' is not a plugin name: use letters, digits, '-' and '_'", name);
                return NULL;
        }

        g_autofree char *file = g_strconcat(FILE_PREFIX, name, FILE_SUFFIX, NULL);
        for (const char *const *dir = search_dirs; dir && *dir; dir++) {
                /* Never the current directory: a relative folder would depend on it. */
                if (!g_path_is_absolute(*dir))
                        continue;
                g_autofree char *path = g_build_filename(*dir, file, NULL);
                /* The first folder that has the file decides, as with $PATH. */
                if (g_file_test(path, G_FILE_TEST_EXISTS))
                        return dossier_plugin_load_file(path, error);
        }
        return not_found(search_dirs, name, error);
}

const DossierPluginInfo *dossier_plugin_get_info(const DossierPlugin *plugin)
{
        g_return_val_if_fail(plugin != NULL, NULL);
        return plugin->info;
}

const char *dossier_plugin_get_path(const DossierPlugin *plugin)
{
        g_return_val_if_fail(plugin != NULL, NULL);
        return plugin->path;
}

void dossier_plugin_free(DossierPlugin *plugin)
{
        if (!plugin)
                return;
        if (plugin->module)
                g_module_close(plugin->module);
        g_free(plugin->path);
        g_free(plugin);
}

/* ---- Scanning -------------------------------------------------------------------- */

static int compare_names(const void *a, const void *b)
{
        return strcmp(*(char *const *) a, *(char *const *) b);
}

static GPtrArray *list_plugin_files(const char *dir)
{
        GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
        g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
        const char *entry;

        while (d && (entry = g_dir_read_name(d)))
                if (g_str_has_prefix(entry, FILE_PREFIX) && g_str_has_suffix(entry, FILE_SUFFIX))
                        g_ptr_array_add(names, g_strdup(entry));
        g_ptr_array_sort(names, compare_names);
        return names;
}

void dossier_plugin_scan(const char *const *dirs, DossierPluginScanFunc func, void *user_data)
{
        g_return_if_fail(func != NULL);

        for (const char *const *dir = dirs; dir && *dir; dir++) {
                if (!g_path_is_absolute(*dir))
                        continue;
                g_autoptr(GPtrArray) names = list_plugin_files(*dir);
                for (size_t i = 0; i < names->len; i++) {
                        g_autofree char *path = g_build_filename(*dir, names->pdata[i], NULL);
                        g_autoptr(GError) error = NULL;
                        g_autoptr(DossierPlugin) plugin = dossier_plugin_load_file(path, &error);

                        func(path, plugin ? plugin->info : NULL, error, user_data);
                }
        }
}
