/* Facts about one libconfig setting, in the words error messages need: where it
 * stands, its dotted path, its type and value, and paths relative to its file.
 * Shared by config.c (the main config) and settings.c (plugin settings). */
#pragma once

#include <stdbool.h>

#include <glib.h>
#include <libconfig.h>

G_BEGIN_DECLS

/* Returns: (transfer full): "FILE:LINE" where @setting stands; @fallback_file (or
 * "config") when libconfig knows no file, without ":LINE" when it knows no line. */
char *dossier_setting_get_place(const config_setting_t *setting, const char *fallback_file);

/* Returns: (transfer full): the path from the root, as a user would look it up:
 * "report.colors.text", "extractors[2].plugin". */
char *dossier_setting_get_path(const config_setting_t *setting);

/* Returns: (transfer none): the setting's type in words: "a string", "an integer" ... */
const char *dossier_setting_get_type_name(const config_setting_t *setting);

/* Returns: (transfer full): the value as it should appear after "not " in a message:
 * 'A5' for strings (cut at 40 bytes), 12, 2.5, true, or the type name for the rest. */
char *dossier_setting_to_string(const config_setting_t *setting);

/* Integers (32 or 64-bit) and floats all count as numbers; false for other types. */
bool dossier_setting_get_number(const config_setting_t *setting, double *ret_value);

/* Returns: (transfer full): @value resolved against the folder of @base_file (the
 * file that holds the setting, as the program can open it); an absolute @value is
 * only normalized. Free with g_free(). */
char *dossier_setting_resolve_path(const char *base_file, const char *value);

G_END_DECLS
