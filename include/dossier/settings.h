/* dossier SDK: a plugin's own settings group, read through typed accessors.
 * SPDX-License-Identifier: MIT
 *
 * A DossierSettings is lent to create() and valid only during that call: copy what
 * you keep. Every accessor leaves *value alone and returns true when the key is
 * absent, so a default set before the call stays; a value of the wrong type or out
 * of range returns false with a DOSSIER_ERROR_CONFIG error that names the config
 * file and line, and leaves *value alone too.
 *
 * Everything declared here is Since: 0.1 unless its own doc says otherwise. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/**
 * DossierSettings:
 *
 * A plugin's own settings group of the config. Owned by the host and lent to
 * create(): valid only during that call.
 * Since: 0.1
 */
typedef struct DossierSettings DossierSettings;

/** Setting types, for DossierSettingSpec. Since: 0.1 */
enum {
        DOSSIER_SETTING_STRING = 1,
        DOSSIER_SETTING_INT = 2,
        DOSSIER_SETTING_DOUBLE = 3,
        DOSSIER_SETTING_BOOL = 4,
        DOSSIER_SETTING_STRV = 5, /* a list of strings */
        DOSSIER_SETTING_PATH = 6, /* a string naming a file, relative to the config's folder */
};

/**
 * DossierSettingSpec:
 * @key: the key in the plugin's settings group; NULL ends the list
 * @type: one of DOSSIER_SETTING_*
 * @doc: one line: what it does and its default
 *
 * Keys not in a plugin's list are warned about and ignored. The list is the plugin's
 * own constant array (static const), pointed to by DossierPluginInfo.settings: the
 * host reads it while the plugin is loaded and never frees it.
 * Since: 0.1
 */
typedef struct DossierSettingSpec {
        const char *key;
        uint32_t type;
        const char *doc;
} DossierSettingSpec;

/** @value: (inout) (transfer none): valid until create() returns; copy it to keep it. */
bool dossier_settings_get_string(const DossierSettings *settings, const char *key,
                                 const char **value, GError **error);
/** Fails when the value is not an integer in [@min, @max]. */
bool dossier_settings_get_int(const DossierSettings *settings, const char *key, int min, int max,
                              int *value, GError **error);
/** Fails when the value is not a number in [@min, @max]; integers are accepted. */
bool dossier_settings_get_double(const DossierSettings *settings, const char *key, double min,
                                 double max, double *value, GError **error);
/** Fails when the value is not `true` or `false`. */
bool dossier_settings_get_bool(const DossierSettings *settings, const char *key, bool *value,
                               GError **error);
/**
 * dossier_settings_get_strv:
 * @value: (inout) (transfer full): on success with the key present, *value is
 *   g_strfreev()d and replaced by a new NULL-terminated array; free it with g_strfreev()
 */
bool dossier_settings_get_strv(const DossierSettings *settings, const char *key, char ***value,
                               GError **error);
/**
 * dossier_settings_get_path:
 * @value: (inout) (transfer full): on success with the key present, *value is g_free()d
 *   and replaced by the path resolved against the config file's folder; free with g_free()
 */
bool dossier_settings_get_path(const DossierSettings *settings, const char *key, char **value,
                               GError **error);
/**
 * dossier_settings_set_error:
 * @key: (nullable): the offending key; NULL for the group itself
 *
 * Sets @error to a DOSSIER_ERROR_CONFIG error that starts with the setting's file and
 * line, for a plugin's own checks ("'max_hits' must be below 'max_terms'").
 */
void dossier_settings_set_error(const DossierSettings *settings, const char *key, GError **error,
                                const char *format, ...) G_GNUC_PRINTF(4, 5);

G_END_DECLS
