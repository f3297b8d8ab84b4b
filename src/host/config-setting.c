/* Facts about one libconfig setting, in the words error messages need. */
#include "host/config-setting.h"

#include <inttypes.h>
#include <string.h>

/* Long user values are cut so one bad line cannot flood the terminal. */
#define MAX_QUOTED_BYTES 40

char *dossier_setting_get_place(const config_setting_t *setting, const char *fallback_file)
{
        const char *file = setting ? config_setting_source_file(setting) : NULL;
        unsigned line = setting ? config_setting_source_line(setting) : 0;

        if (!file)
                file = fallback_file ? fallback_file : "config";
        if (line == 0)
                return g_strdup(file);
        return g_strdup_printf("%s:%u", file, line);
}

static void prepend_path(GString *path, const config_setting_t *setting)
{
        const config_setting_t *parent = config_setting_parent(setting);

        if (!parent)
                return; /* the root has no name */
        prepend_path(path, parent);
        if (config_setting_name(setting)) {
                if (path->len > 0)
                        g_string_append_c(path, '.');
                g_string_append(path, config_setting_name(setting));
        } else {
                g_string_append_printf(path, "[%d]", config_setting_index(setting));
        }
}

char *dossier_setting_get_path(const config_setting_t *setting)
{
        GString *path = g_string_new(NULL);

        prepend_path(path, setting);
        return g_string_free(path, false);
}

const char *dossier_setting_get_type_name(const config_setting_t *setting)
{
        switch (config_setting_type(setting)) {
        case CONFIG_TYPE_GROUP:
                return "a group";
        case CONFIG_TYPE_INT:
        case CONFIG_TYPE_INT64:
                return "an integer";
        case CONFIG_TYPE_FLOAT:
                return "a number";
        case CONFIG_TYPE_STRING:
                return "a string";
        case CONFIG_TYPE_BOOL:
                return "a boolean";
        case CONFIG_TYPE_ARRAY:
                return "an array";
        case CONFIG_TYPE_LIST:
                return "a list";
        default:
                return "a value of unknown type";
        }
}

static char *quote_string(const char *s)
{
        size_t len = strlen(s);

        if (len <= MAX_QUOTED_BYTES)
                return g_strdup_printf("'%s'", s);
        /* Cut on a character boundary so the message stays valid UTF-8. */
        const char *end = g_utf8_find_prev_char(s, s + MAX_QUOTED_BYTES);
        if (!end)
                end = s;
        return g_strdup_printf("'%.*s...'", (int) (end - s), s);
}

char *dossier_setting_to_string(const config_setting_t *setting)
{
        switch (config_setting_type(setting)) {
        case CONFIG_TYPE_STRING:
                return quote_string(config_setting_get_string(setting));
        case CONFIG_TYPE_INT:
                return g_strdup_printf("%d", config_setting_get_int(setting));
        case CONFIG_TYPE_INT64:
                return g_strdup_printf("%" PRId64, (int64_t) config_setting_get_int64(setting));
        case CONFIG_TYPE_FLOAT:
                return g_strdup_printf("%g", config_setting_get_float(setting));
        case CONFIG_TYPE_BOOL:
                return g_strdup(config_setting_get_bool(setting) ? "true" : "false");
        default:
                return g_strdup(dossier_setting_get_type_name(setting));
        }
}

bool dossier_setting_get_number(const config_setting_t *setting, double *ret_value)
{
        switch (config_setting_type(setting)) {
        case CONFIG_TYPE_INT:
                *ret_value = config_setting_get_int(setting);
                return true;
        case CONFIG_TYPE_INT64:
                *ret_value = (double) config_setting_get_int64(setting);
                return true;
        case CONFIG_TYPE_FLOAT:
                *ret_value = config_setting_get_float(setting);
                return true;
        default:
                return false;
        }
}

char *dossier_setting_resolve_path(const char *base_file, const char *value)
{
        if (g_path_is_absolute(value) || !base_file)
                return g_canonicalize_filename(value, NULL);

        /* Relative to the config file, wherever the program was started from. */
        g_autofree char *abs_file = g_canonicalize_filename(base_file, NULL);
        g_autofree char *dir = g_path_get_dirname(abs_file);
        return g_canonicalize_filename(value, dir);
}
