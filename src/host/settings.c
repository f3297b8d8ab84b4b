/* DossierSettings: a plugin's own config group, read through typed accessors that
 * check the type and range before copying, each error naming FILE:LINE. */
#include "host/settings-host.h"

#include <limits.h>
#include <string.h>

#include "host/config-setting.h"

struct DossierSettings {
        const config_setting_t *group; /* NULL: no settings, every key absent */
        char *file;
        int line;
        char *plugin; /* nullable */
};

DossierSettings *dossier_settings_new(const config_setting_t *group, const char *file, int line,
                                      const char *plugin)
{
        g_return_val_if_fail(group == NULL || config_setting_is_group(group), NULL);

        DossierSettings *settings = g_new0(DossierSettings, 1);
        settings->group = group;
        settings->file = g_strdup(file ? file : "config");
        settings->line = line;
        settings->plugin = g_strdup(plugin);
        return settings;
}

void dossier_settings_free(DossierSettings *settings)
{
        if (!settings)
                return;
        g_free(settings->file);
        g_free(settings->plugin);
        g_free(settings);
}

/* "FILE:LINE: plugin 'NAME': " for @setting, or for the entry when it is NULL. */
static char *message_prefix(const DossierSettings *settings, const config_setting_t *setting)
{
        g_autofree char *place = NULL;

        /* The entry's file, not libconfig's name for it: the host recognises its
         * own place in create() errors by it, even in an @include'd file. */
        if (setting && config_setting_source_line(setting) > 0)
                place = g_strdup_printf("%s:%u", settings->file, config_setting_source_line(setting));
        else if (settings->line > 0)
                place = g_strdup_printf("%s:%d", settings->file, settings->line);
        else
                place = g_strdup(settings->file);
        if (!settings->plugin)
                return g_strdup_printf("%s: ", place);
        return g_strdup_printf("%s: plugin '%s': ", place, settings->plugin);
}

static void G_GNUC_PRINTF(4, 0)
set_error_va(const DossierSettings *settings, const config_setting_t *setting, GError **error,
             const char *format, va_list args)
{
        g_autofree char *prefix = message_prefix(settings, setting);
        g_autofree char *message = g_strdup_vprintf(format, args);

        g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG, "%s%s", prefix, message);
}

static bool G_GNUC_PRINTF(4, 5)
fail(const DossierSettings *settings, const config_setting_t *setting, GError **error,
     const char *format, ...)
{
        va_list args;

        va_start(args, format);
        set_error_va(settings, setting, error, format, args);
        va_end(args);
        return false;
}

static bool fail_type(const DossierSettings *settings, const config_setting_t *setting,
                      const char *key, const char *want, GError **error)
{
        return fail(settings, setting, error, "'%s' must be %s, not %s", key, want,
                    dossier_setting_get_type_name(setting));
}

static const config_setting_t *lookup(const DossierSettings *settings, const char *key)
{
        if (!settings || !settings->group)
                return NULL;
        return config_setting_get_member(settings->group, key);
}

bool dossier_settings_get_string(const DossierSettings *settings, const char *key,
                                 const char **value, GError **error)
{
        g_return_val_if_fail(key != NULL && value != NULL, false);

        const config_setting_t *s = lookup(settings, key);
        if (!s)
                return true;
        if (config_setting_type(s) != CONFIG_TYPE_STRING)
                return fail_type(settings, s, key, "a string", error);
        *value = config_setting_get_string(s);
        return true;
}

bool dossier_settings_get_int(const DossierSettings *settings, const char *key, int min, int max,
                              int *value, GError **error)
{
        g_return_val_if_fail(key != NULL && value != NULL && min <= max, false);

        const config_setting_t *s = lookup(settings, key);
        if (!s)
                return true;

        long long v;
        if (config_setting_type(s) == CONFIG_TYPE_INT)
                v = config_setting_get_int(s);
        else if (config_setting_type(s) == CONFIG_TYPE_INT64)
                v = config_setting_get_int64(s);
        else
                return fail_type(settings, s, key, "an integer", error);
        if (v < min || v > max)
                return fail(settings, s, error, "'%s' must be an integer from %d to %d, not %lld",
                            key, min, max, v);
        *value = (int) v;
        return true;
}

bool dossier_settings_get_double(const DossierSettings *settings, const char *key, double min,
                                 double max, double *value, GError **error)
{
        g_return_val_if_fail(key != NULL && value != NULL && min <= max, false);

        const config_setting_t *s = lookup(settings, key);
        if (!s)
                return true;

        double v;
        if (!dossier_setting_get_number(s, &v))
                return fail_type(settings, s, key, "a number", error);
        if (!(v >= min && v <= max))
                return fail(settings, s, error, "'%s' must be a number from %g to %g, not %g", key,
                            min, max, v);
        *value = v;
        return true;
}

bool dossier_settings_get_bool(const DossierSettings *settings, const char *key, bool *value,
                               GError **error)
{
        g_return_val_if_fail(key != NULL && value != NULL, false);

        const config_setting_t *s = lookup(settings, key);
        if (!s)
                return true;
        if (config_setting_type(s) != CONFIG_TYPE_BOOL)
                return fail_type(settings, s, key, "true or false", error);
        *value = config_setting_get_bool(s);
        return true;
}

bool dossier_settings_get_strv(const DossierSettings *settings, const char *key, char ***value,
                               GError **error)
{
        g_return_val_if_fail(key != NULL && value != NULL, false);

        const config_setting_t *s = lookup(settings, key);
        if (!s)
                return true;
        if (config_setting_type(s) != CONFIG_TYPE_ARRAY && config_setting_type(s) != CONFIG_TYPE_LIST)
                return fail_type(settings, s, key, "a list of strings", error);

        g_autoptr(GStrvBuilder) builder = g_strv_builder_new();
        for (int i = 0; i < config_setting_length(s); i++) {
                const config_setting_t *item = config_setting_get_elem(s, (unsigned) i);
                if (config_setting_type(item) != CONFIG_TYPE_STRING) {
                        g_autofree char *name = g_strdup_printf("%s[%d]", key, i);
                        return fail_type(settings, item, name, "a string", error);
                }
                g_strv_builder_add(builder, config_setting_get_string(item));
        }
        g_strfreev(*value);
        *value = g_strv_builder_end(builder);
        return true;
}

bool dossier_settings_get_path(const DossierSettings *settings, const char *key, char **value,
                               GError **error)
{
        g_return_val_if_fail(key != NULL && value != NULL, false);

        const config_setting_t *s = lookup(settings, key);
        if (!s)
                return true;
        if (config_setting_type(s) != CONFIG_TYPE_STRING)
                return fail_type(settings, s, key, "a string naming a file", error);
        const char *text = config_setting_get_string(s);
        if (text[0] == '\0')
                return fail(settings, s, error, "'%s' must name a file, not be empty", key);
        g_free(*value);
        *value = dossier_setting_resolve_path(settings->file, text);
        return true;
}

void dossier_settings_set_error(const DossierSettings *settings, const char *key, GError **error,
                                const char *format, ...)
{
        g_return_if_fail(settings != NULL && format != NULL);

        const config_setting_t *s = key ? lookup(settings, key) : NULL;
        va_list args;

        if (!s)
                s = settings->group;
        va_start(args, format);
        set_error_va(settings, s, error, format, args);
        va_end(args);
}

static bool spec_has(const DossierSettingSpec *specs, const char *key)
{
        for (const DossierSettingSpec *spec = specs; spec && spec->key; spec++)
                if (strcmp(spec->key, key) == 0)
                        return true;
        return false;
}

size_t dossier_settings_check_keys(const DossierSettings *settings, const DossierSettingSpec *specs,
                                   DossierWarnFunc warn, void *warn_data)
{
        g_return_val_if_fail(settings != NULL, 0);

        size_t n_unknown = 0;
        for (int i = 0; settings->group && i < config_setting_length(settings->group); i++) {
                const config_setting_t *s = config_setting_get_elem(settings->group, (unsigned) i);
                const char *key = config_setting_name(s);

                if (spec_has(specs, key))
                        continue;
                n_unknown++;
                if (warn) {
                        g_autofree char *prefix = message_prefix(settings, s);
                        g_autofree char *message =
                                g_strdup_printf("%sunknown setting '%s', ignoring", prefix, key);
                        warn(warn_data, message);
                }
        }
        return n_unknown;
}
