/* The host's side of DossierSettings: making one over a plugin's config group and
 * checking its keys. Plugins see only include/dossier/settings.h. */
#pragma once

#include <libconfig.h>

#include <dossier/settings.h>

#include "model/doc-host.h"

G_BEGIN_DECLS

/**
 * dossier_settings_new:
 * @group: (nullable): the `settings` group; NULL for an entry without one (every key absent)
 * @file, @line: where the plugin's config entry stands, for messages when @group is NULL
 * @plugin: (nullable): the plugin's name; messages then read `FILE:LINE: plugin 'NAME': ...`
 *
 * Borrows @group: the DossierConfig that holds it must outlive the settings.
 * Returns: (transfer full): free with dossier_settings_free().
 */
DossierSettings *dossier_settings_new(const config_setting_t *group, const char *file, int line,
                                      const char *plugin);
void dossier_settings_free(DossierSettings *settings);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DossierSettings, dossier_settings_free)

/**
 * dossier_settings_check_keys:
 * @specs: (nullable): the plugin's key list, ended by a {NULL} entry; NULL for none
 *
 * Sends `FILE:LINE: plugin 'NAME': unknown setting 'colour', ignoring` to @warn for
 * every key of the group that @specs does not list.
 * Returns: the number of unknown keys.
 */
size_t dossier_settings_check_keys(const DossierSettings *settings, const DossierSettingSpec *specs,
                                   DossierWarnFunc warn, void *warn_data);

G_END_DECLS
