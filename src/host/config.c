/* Reads the briefing config: one pass over the libconfig tree against a table of
 * known keys, so every value is checked once and every message names FILE:LINE. */
#include "host/config.h"

#include "host/config-precheck.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>

#include "host/config-setting.h"
#include "host/plugin-loader.h"
#include "model/iso-date.h"

/* The content area must hold a table and a figure, whatever the margins say. */
#define MIN_CONTENT_POINTS 144.0

typedef struct Loader {
        DossierConfig *config;
        DossierWarnFunc warn;
        void *warn_data;
} Loader;

typedef bool (*LoadFunc)(Loader *loader, const config_setting_t *setting, GError **error);

typedef enum {
        KEY_TEXT,          /* a non-empty string, into a char * of the style */
        KEY_OPTIONAL_TEXT, /* a string, "" stored as NULL */
        KEY_NUMBER,        /* an integer or float in [min, max], into a double of the style */
        KEY_COLOR,         /* "#rrggbb", into palette slot role */
        KEY_GROUP,         /* a group with its own key table */
        KEY_CUSTOM,        /* its own function */
} KeyType;

typedef struct Key {
        const char *name;
        KeyType type;
        size_t offset; /* into DossierReportStyle */
        double min, max;
        uint32_t role;
        const struct Key *members;
        LoadFunc load;
} Key;

static void G_GNUC_PRINTF(3, 4)
fail_at(GError **error, const config_setting_t *setting, const char *format, ...)
{
        g_autofree char *place = dossier_setting_get_place(setting, NULL);
        g_autofree char *message = NULL;
        va_list args;

        va_start(args, format);
        message = g_strdup_vprintf(format, args);
        va_end(args);
        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG, "%s: %s", place, message);
}

static void G_GNUC_PRINTF(3, 4)
warn_at(Loader *loader, const config_setting_t *setting, const char *format, ...)
{
        if (!loader->warn)
                return;
        g_autofree char *place = dossier_setting_get_place(setting, loader->config->path);
        g_autofree char *message = NULL;
        va_list args;

        va_start(args, format);
        message = g_strdup_vprintf(format, args);
        va_end(args);
        g_autofree char *line = g_strdup_printf("%s: %s", place, message);
        loader->warn(loader->warn_data, line);
}

static bool fail_type(GError **error, const config_setting_t *setting, const char *want)
{
        g_autofree char *path = dossier_setting_get_path(setting);

        fail_at(error, setting, "'%s' must be %s, not %s", path, want,
                dossier_setting_get_type_name(setting));
        return false;
}

static bool get_text(const config_setting_t *setting, bool allow_empty, const char **ret,
                     GError **error)
{
        if (config_setting_type(setting) != CONFIG_TYPE_STRING)
                return fail_type(error, setting, "a string");
        const char *value = config_setting_get_string(setting);
        if (!allow_empty && value[0] == '\0') {
                g_autofree char *path = dossier_setting_get_path(setting);
                fail_at(error, setting, "'%s' must not be empty", path);
                return false;
        }
        *ret = value;
        return true;
}

static char **style_text(Loader *loader, const Key *key)
{
        return (char **) ((char *) &loader->config->style + key->offset);
}

static double *style_number(Loader *loader, const Key *key)
{
        return (double *) ((char *) &loader->config->style + key->offset);
}

static bool load_text(Loader *loader, const Key *key, const config_setting_t *s, GError **error)
{
        const char *value;

        if (!get_text(s, key->type == KEY_OPTIONAL_TEXT, &value, error))
                return false;
        char **field = style_text(loader, key);
        g_free(*field);
        *field = value[0] ? g_strdup(value) : NULL;
        return true;
}

static bool load_number(Loader *loader, const Key *key, const config_setting_t *s, GError **error)
{
        double value;

        if (!dossier_setting_get_number(s, &value))
                return fail_type(error, s, "a number");
        if (!(value >= key->min && value <= key->max)) {
                g_autofree char *path = dossier_setting_get_path(s);
                fail_at(error, s, "'%s' must be a number from %g to %g, not %g", path, key->min,
                        key->max, value);
                return false;
        }
        *style_number(loader, key) = value;
        return true;
}

static bool load_color(Loader *loader, const Key *key, const config_setting_t *s, GError **error)
{
        const char *value;

        if (!get_text(s, true, &value, error))
                return false;
        if (!dossier_report_style_set_color(&loader->config->style, key->role, value)) {
                g_autofree char *path = dossier_setting_get_path(s);
                g_autofree char *shown = dossier_setting_to_string(s);
                fail_at(error, s, "'%s' must be a colour \"#rrggbb\", not %s", path, shown);
                return false;
        }
        return true;
}

static bool load_members(Loader *loader, const config_setting_t *group, const Key *keys,
                         GError **error);

static const Key *find_key(const Key *keys, const char *name)
{
        for (const Key *key = keys; key->name; key++)
                if (strcmp(key->name, name) == 0)
                        return key;
        return NULL;
}

static bool load_one(Loader *loader, const Key *key, const config_setting_t *s, GError **error)
{
        switch (key->type) {
        case KEY_TEXT:
        case KEY_OPTIONAL_TEXT:
                return load_text(loader, key, s, error);
        case KEY_NUMBER:
                return load_number(loader, key, s, error);
        case KEY_COLOR:
                return load_color(loader, key, s, error);
        case KEY_GROUP:
                return load_members(loader, s, key->members, error);
        case KEY_CUSTOM:
                return key->load(loader, s, error);
        default:
                g_assert_not_reached();
        }
}

static void warn_unknown(Loader *loader, const config_setting_t *s)
{
        g_autofree char *parent = dossier_setting_get_path(config_setting_parent(s));

        if (parent[0] == '\0')
                warn_at(loader, s, "unknown key '%s', ignoring", config_setting_name(s));
        else
                warn_at(loader, s, "unknown key '%s' in '%s', ignoring", config_setting_name(s),
                        parent);
}

static bool load_members(Loader *loader, const config_setting_t *group, const Key *keys,
                         GError **error)
{
        if (config_setting_type(group) != CONFIG_TYPE_GROUP)
                return fail_type(error, group, "a group");

        for (int i = 0; i < config_setting_length(group); i++) {
                const config_setting_t *s = config_setting_get_elem(group, (unsigned) i);
                const Key *key = find_key(keys, config_setting_name(s));

                if (!key)
                        warn_unknown(loader, s);
                else if (!load_one(loader, key, s, error))
                        return false;
        }
        return true;
}

/* ---- Keys with their own rules ------------------------------------------ */

static bool load_paper(Loader *loader, const config_setting_t *s, GError **error)
{
        const char *value;

        if (!get_text(s, true, &value, error))
                return false;
        if (!dossier_report_style_set_paper(&loader->config->style, value)) {
                g_autofree char *path = dossier_setting_get_path(s);
                g_autofree char *shown = dossier_setting_to_string(s);
                fail_at(error, s, "'%s' must be \"A4\" or \"Letter\", not %s", path, shown);
                return false;
        }
        return true;
}

static bool load_default_date(Loader *loader, const config_setting_t *s, GError **error)
{
        const char *value;

        if (!get_text(s, true, &value, error))
                return false;
        if (value[0] && !dossier_iso_date_is_valid(value)) {
                g_autofree char *path = dossier_setting_get_path(s);
                g_autofree char *shown = dossier_setting_to_string(s);
                fail_at(error, s, "'%s' must be a date YYYY-MM-DD or \"\", not %s", path, shown);
                return false;
        }
        g_free(loader->config->default_date);
        loader->config->default_date = value[0] ? g_strdup(value) : NULL;
        return true;
}

static bool load_max_article_bytes(Loader *loader, const config_setting_t *s, GError **error)
{
        int type = config_setting_type(s);

        if (type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64)
                return fail_type(error, s, "an integer");
        long long value = config_setting_get_int64(s);
        if (type == CONFIG_TYPE_INT)
                value = config_setting_get_int(s);
        if (value < 1 || value > (long long) DOSSIER_MAX_ARTICLE_BYTES_CEILING) {
                g_autofree char *path = dossier_setting_get_path(s);
                fail_at(error, s, "'%s' must be an integer from 1 to %u (1 GiB), not %lld", path,
                        DOSSIER_MAX_ARTICLE_BYTES_CEILING, value);
                return false;
        }
        loader->config->max_article_bytes = (uint64_t) value;
        return true;
}

static bool load_max_articles(Loader *loader, const config_setting_t *s, GError **error)
{
        if (config_setting_type(s) != CONFIG_TYPE_INT)
                return fail_type(error, s, "an integer");
        int value = config_setting_get_int(s);
        if (value < 1 || value > DOSSIER_MAX_ARTICLES_CEILING) {
                g_autofree char *path = dossier_setting_get_path(s);
                fail_at(error, s, "'%s' must be an integer from 1 to %d, not %d", path,
                        DOSSIER_MAX_ARTICLES_CEILING, value);
                return false;
        }
        loader->config->max_articles = (uint32_t) value;
        return true;
}

static bool load_output_path(Loader *loader, const config_setting_t *s, GError **error)
{
        const char *value;

        if (!get_text(s, true, &value, error))
                return false;
        g_free(loader->config->output_path);
        loader->config->output_path = value[0] ? g_strdup(value) : NULL;
        return true;
}

/* The file that holds @s, as we can open it. libconfig names an @include'd file as
 * written, and found it in the include folder: the main config's folder. */
static char *setting_file(const Loader *loader, const config_setting_t *s)
{
        const char *file = config_setting_source_file(s);

        if (!file || strcmp(file, loader->config->path) == 0)
                return g_strdup(loader->config->path);
        if (g_path_is_absolute(file))
                return g_strdup(file);
        return g_build_filename(loader->config->dir, file, NULL);
}

static bool is_list(const config_setting_t *s)
{
        return config_setting_type(s) == CONFIG_TYPE_LIST ||
               config_setting_type(s) == CONFIG_TYPE_ARRAY;
}

static bool load_plugin_path(Loader *loader, const config_setting_t *s, GError **error)
{
        if (!is_list(s))
                return fail_type(error, s, "a list of folder names");

        g_autoptr(GStrvBuilder) dirs = g_strv_builder_new();
        for (int i = 0; i < config_setting_length(s); i++) {
                const config_setting_t *item = config_setting_get_elem(s, (unsigned) i);
                const char *value;

                if (!get_text(item, false, &value, error))
                        return false;
                g_autofree char *file = setting_file(loader, item);
                g_autofree char *dir = dossier_setting_resolve_path(file, value);
                g_strv_builder_add(dirs, dir);
        }
        g_strfreev(loader->config->plugin_path);
        loader->config->plugin_path = g_strv_builder_end(dirs);
        return true;
}

/* ---- extractors and renderers ------------------------------------------- */

static void plugin_config_free(void *data)
{
        DossierPluginConfig *entry = data;

        g_free(entry->plugin);
        g_free(entry->file);
        g_free(entry);
}

static bool load_entry_plugin(const config_setting_t *s, DossierPluginConfig *entry,
                              GError **error)
{
        const char *value;

        if (!get_text(s, false, &value, error))
                return false;
        if (!dossier_plugin_name_is_valid(value)) {
                g_autofree char *path = dossier_setting_get_path(s);
                g_autofree char *shown = dossier_setting_to_string(s);
                fail_at(error, s,
                        "'%s' must be a plugin name (letters, digits, '-' and '_'), not %s", path,
                        shown);
                return false;
        }
        entry->plugin = g_strdup(value);
        return true;
}

static bool load_entry_member(Loader *loader, const config_setting_t *s,
                              DossierPluginConfig *entry, GError **error)
{
        const char *name = config_setting_name(s);

        if (strcmp(name, "plugin") == 0)
                return load_entry_plugin(s, entry, error);
        if (strcmp(name, "settings") == 0) {
                if (config_setting_type(s) != CONFIG_TYPE_GROUP)
                        return fail_type(error, s, "a group");
                entry->settings = s;
                return true;
        }
        warn_unknown(loader, s);
        return true;
}

static DossierPluginConfig *load_entry(Loader *loader, const config_setting_t *s, GError **error)
{
        if (config_setting_type(s) != CONFIG_TYPE_GROUP) {
                fail_type(error, s, "a group { plugin = \"NAME\"; settings = { ... }; }");
                return NULL;
        }

        DossierPluginConfig *entry = g_new0(DossierPluginConfig, 1);

        entry->file = setting_file(loader, s);
        entry->line = config_setting_source_line(s);
        for (int i = 0; i < config_setting_length(s); i++) {
                if (!load_entry_member(loader, config_setting_get_elem(s, (unsigned) i), entry,
                                       error)) {
                        plugin_config_free(entry);
                        return NULL;
                }
        }
        if (!entry->plugin) {
                g_autofree char *path = dossier_setting_get_path(s);
                fail_at(error, s, "'%s' has no 'plugin' key: each entry needs plugin = \"NAME\"",
                        path);
                plugin_config_free(entry);
                return NULL;
        }
        return entry;
}

static bool load_entries(Loader *loader, const config_setting_t *s, GPtrArray *entries,
                         GError **error)
{
        if (!is_list(s))
                return fail_type(error, s, "a list ( { plugin = \"NAME\"; }, ... )");

        for (int i = 0; i < config_setting_length(s); i++) {
                DossierPluginConfig *entry =
                        load_entry(loader, config_setting_get_elem(s, (unsigned) i), error);
                if (!entry)
                        return false;
                g_ptr_array_add(entries, entry);
        }
        return true;
}

static bool load_extractors(Loader *loader, const config_setting_t *s, GError **error)
{
        return load_entries(loader, s, loader->config->extractors, error);
}

static bool load_renderers(Loader *loader, const config_setting_t *s, GError **error)
{
        return load_entries(loader, s, loader->config->renderers, error);
}

/* ---- The key tables ------------------------------------------------------ */

#define STYLE(field) offsetof(DossierReportStyle, field)

static const Key margin_keys[] = {
        { "top", KEY_NUMBER, STYLE(margin_top), .min = 0, .max = 300 },
        { "right", KEY_NUMBER, STYLE(margin_right), .min = 0, .max = 300 },
        { "bottom", KEY_NUMBER, STYLE(margin_bottom), .min = 0, .max = 300 },
        { "left", KEY_NUMBER, STYLE(margin_left), .min = 0, .max = 300 },
        { NULL },
};

static const Key font_keys[] = {
        { "family", KEY_TEXT, STYLE(font_family) },
        { "size", KEY_NUMBER, STYLE(font_size), .min = 4, .max = 72 },
        { NULL },
};

static const Key color_keys[] = {
        { "text", KEY_COLOR, .role = DOSSIER_COLOR_TEXT },
        { "muted", KEY_COLOR, .role = DOSSIER_COLOR_MUTED },
        { "accent", KEY_COLOR, .role = DOSSIER_COLOR_ACCENT },
        { "rule", KEY_COLOR, .role = DOSSIER_COLOR_RULE },
        { "background", KEY_COLOR, .role = DOSSIER_COLOR_BACKGROUND },
        { "person", KEY_COLOR, .role = DOSSIER_COLOR_PERSON },
        { "org", KEY_COLOR, .role = DOSSIER_COLOR_ORG },
        { "place", KEY_COLOR, .role = DOSSIER_COLOR_PLACE },
        { "other", KEY_COLOR, .role = DOSSIER_COLOR_OTHER },
        { "past", KEY_COLOR, .role = DOSSIER_COLOR_PAST },
        { "future", KEY_COLOR, .role = DOSSIER_COLOR_FUTURE },
        { NULL },
};

static const Key report_keys[] = {
        { "title", KEY_TEXT, STYLE(title) },
        { "subtitle", KEY_OPTIONAL_TEXT, STYLE(subtitle) },
        { "marking", KEY_OPTIONAL_TEXT, STYLE(marking) },
        { "author", KEY_OPTIONAL_TEXT, STYLE(author) },
        { "paper", KEY_CUSTOM, .load = load_paper },
        { "margins", KEY_GROUP, .members = margin_keys },
        { "font", KEY_GROUP, .members = font_keys },
        { "colors", KEY_GROUP, .members = color_keys },
        { NULL },
};

static const Key input_keys[] = {
        { "default_date", KEY_CUSTOM, .load = load_default_date },
        { "max_article_bytes", KEY_CUSTOM, .load = load_max_article_bytes },
        { "max_articles", KEY_CUSTOM, .load = load_max_articles },
        { NULL },
};

static const Key output_keys[] = {
        { "path", KEY_CUSTOM, .load = load_output_path },
        { NULL },
};

static const Key root_keys[] = {
        { "plugin_path", KEY_CUSTOM, .load = load_plugin_path },
        { "report", KEY_GROUP, .members = report_keys },
        { "input", KEY_GROUP, .members = input_keys },
        { "output", KEY_GROUP, .members = output_keys },
        { "extractors", KEY_CUSTOM, .load = load_extractors },
        { "renderers", KEY_CUSTOM, .load = load_renderers },
        { NULL },
};

/* ---- Loading ------------------------------------------------------------- */

/* Margins are checked one by one as read; whether they leave room depends on the
 * paper too, which may come later in the file. */
static bool check_content_area(DossierConfig *config, GError **error)
{
        const DossierReportStyle *st = &config->style;
        double width = st->paper_width - st->margin_left - st->margin_right;
        double height = st->paper_height - st->margin_top - st->margin_bottom;

        if (width >= MIN_CONTENT_POINTS && height >= MIN_CONTENT_POINTS)
                return true;

        const config_setting_t *s = config_lookup(&config->cfg, "report.margins");
        if (!s)
                s = config_lookup(&config->cfg, "report");
        g_autofree char *place = dossier_setting_get_place(s, config->path);
        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG,
                    "%s: 'report.margins' leave a content area of %.0f x %.0f points; "
                    "it needs at least %.0f points each way",
                    place, width, height, MIN_CONTENT_POINTS);
        return false;
}

static bool read_file(DossierConfig *config, GError **error)
{
        struct stat st;

        /* libconfig says only "file I/O error"; find the reason ourselves. */
        if (stat(config->path, &st) < 0) {
                int err = errno;
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO, "%s: cannot read: %s",
                            config->path, g_strerror(err));
                return false;
        }
        if (!S_ISREG(st.st_mode)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO,
                            "%s: cannot read: not a regular file", config->path);
                return false;
        }

        if (!dossier_config_precheck(config->path, config->dir, error))
                return false;
        config_set_include_dir(&config->cfg, config->dir);
        if (config_read_file(&config->cfg, config->path))
                return true;

        const char *file = config_error_file(&config->cfg);
        int code = config_error_type(&config->cfg) == CONFIG_ERR_FILE_IO ? DOSSIER_ERROR_IO
                                                                          : DOSSIER_ERROR_CONFIG;
        g_set_error(error, DOSSIER_ERROR, code, "%s:%d: %s", file ? file : config->path,
                    config_error_line(&config->cfg), config_error_text(&config->cfg));
        return false;
}

static DossierConfig *config_new(const char *path)
{
        DossierConfig *config = g_new0(DossierConfig, 1);
        g_autofree char *abs_path = g_canonicalize_filename(path, NULL);

        config->path = g_strdup(path);
        config->dir = g_path_get_dirname(abs_path);
        config->plugin_path = g_new0(char *, 1);
        config->extractors = g_ptr_array_new_with_free_func(plugin_config_free);
        config->renderers = g_ptr_array_new_with_free_func(plugin_config_free);
        config->max_article_bytes = DOSSIER_DEFAULT_MAX_ARTICLE_BYTES;
        config->max_articles = DOSSIER_DEFAULT_MAX_ARTICLES;
        dossier_report_style_init(&config->style);
        config_init(&config->cfg);
        return config;
}

DossierConfig *dossier_config_load(const char *path, DossierWarnFunc warn, void *warn_data,
                                   GError **error)
{
        g_return_val_if_fail(path != NULL, NULL);
        g_return_val_if_fail(error == NULL || *error == NULL, NULL);

        g_autoptr(DossierConfig) config = config_new(path);
        Loader loader = { .config = config, .warn = warn, .warn_data = warn_data };

        if (!read_file(config, error))
                return NULL;
        if (!load_members(&loader, config_root_setting(&config->cfg), root_keys, error))
                return NULL;
        if (!check_content_area(config, error))
                return NULL;
        return g_steal_pointer(&config);
}

void dossier_config_free(DossierConfig *config)
{
        if (!config)
                return;
        g_free(config->path);
        g_free(config->dir);
        g_strfreev(config->plugin_path);
        g_clear_pointer(&config->extractors, g_ptr_array_unref);
        g_clear_pointer(&config->renderers, g_ptr_array_unref);
        dossier_report_style_clear(&config->style);
        g_free(config->default_date);
        g_free(config->output_path);
        config_destroy(&config->cfg);
        g_free(config);
}
