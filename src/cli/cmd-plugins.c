/* dossier plugins: what is on the plugin path, and what fails to load there. */
#include <stdio.h>

#include <dossier/plugin.h>

#include "cli/cli.h"
#include "host/config.h"
#include "host/paths.h"
#include "host/plugin-loader.h"

typedef struct PluginListing {
        bool settings;       /* also list each plugin's settings keys */
        GPtrArray *failures; /* "path: reason" */
        GHashTable *seen;    /* names already listed: an earlier folder wins */
        size_t n_listed;
} PluginListing;

static const char *kind_name(uint32_t kind)
{
        switch (kind) {
        case DOSSIER_PLUGIN_EXTRACTOR:
                return "extractor";
        case DOSSIER_PLUGIN_RENDERER:
                return "renderer";
        default:
                return "unknown";
        }
}

static const char *setting_type_name(uint32_t type)
{
        switch (type) {
        case DOSSIER_SETTING_STRING:
                return "string";
        case DOSSIER_SETTING_INT:
                return "int";
        case DOSSIER_SETTING_DOUBLE:
                return "number";
        case DOSSIER_SETTING_BOOL:
                return "bool";
        case DOSSIER_SETTING_STRV:
                return "list";
        case DOSSIER_SETTING_PATH:
                return "path";
        default:
                return "?";
        }
}

static void list_settings(const DossierPluginInfo *info)
{
        for (const DossierSettingSpec *spec = info->settings; spec && spec->key; spec++)
                printf("%-16s   %s (%s): %s\n", "", spec->key, setting_type_name(spec->type),
                       spec->doc ? spec->doc : "");
}

static void list_one(const char *path, const DossierPluginInfo *info, const GError *error,
                     void *user_data)
{
        PluginListing *listing = user_data;

        if (!info) {
                g_ptr_array_add(listing->failures,
                                g_strdup(error ? error->message : path));
                return;
        }
        if (!g_hash_table_add(listing->seen, g_strdup(info->name))) {
                g_ptr_array_add(listing->failures,
                                g_strdup_printf("%s: shadowed by an earlier plugin named '%s'",
                                                path, info->name));
                return;
        }
        if (listing->n_listed++ == 0)
                printf("%-16s %-10s %-9s %-5s %s\n", "NAME", "KIND", "VERSION", "ABI", "FILE");
        printf("%-16s %-10s %-9s %u.%-3u %s\n", info->name, kind_name(info->kind),
               info->version ? info->version : "-", info->abi_major, info->abi_minor, path);
        if (info->description)
                printf("%-16s %s\n", "", info->description);
        if (listing->settings)
                list_settings(info);
}

int cmd_plugins(int argc, char **argv)
{
        g_autofree char *config_path = NULL;
        gboolean settings = FALSE;
        GOptionEntry entries[] = {
                {"settings", 's', 0, G_OPTION_ARG_NONE, &settings,
                 "Also list each plugin's settings with their meaning", NULL},
                {"config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
                 "Config whose plugin_path is listed (default: the shipped one)", "CONFIG"},
                {0},
        };
        g_autoptr(GOptionContext) context =
                g_option_context_new("- list the plugins on the plugin path");
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierConfig) config = NULL;
        g_autoptr(GStrvBuilder) dirs = g_strv_builder_new();
        g_auto(GStrv) builtin = dossier_paths_builtin_plugin_dirs();
        g_auto(GStrv) search = NULL;
        g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func(g_free);
        g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        PluginListing listing = {.failures = failures, .seen = seen};

        g_option_context_add_main_entries(context, entries, NULL);
        if (!g_option_context_parse(context, &argc, &argv, &error))
                return cli_usage_error("plugins: %s", error->message);
        if (argc > 1)
                return cli_usage_error("plugins: unexpected argument '%s'", argv[1]);
        if (!config_path)
                config_path = dossier_paths_default_config();
        config = dossier_config_load(config_path, cli_warn_to_stderr, NULL,
                                     &error);
        if (!config)
                return cli_report_error(error);

        if (config->plugin_path)
                g_strv_builder_addv(dirs, (const char **) config->plugin_path);
        g_strv_builder_addv(dirs, (const char **) builtin);
        search = g_strv_builder_end(dirs);

        listing.settings = settings;
        dossier_plugin_scan((const char *const *) search, list_one, &listing);
        if (listing.n_listed == 0) {
                g_autofree char *folders = g_strjoinv(", ", search);
                printf("no plugins found in: %s\n", folders);
        }
        if (failures->len) {
                printf("\nfailed to load:\n");
                for (guint i = 0; i < failures->len; i++)
                        printf("  %s\n", (char *) g_ptr_array_index(failures, i));
        }
        return EXIT_OK;
}
