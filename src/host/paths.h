/* Where dossier finds its own files: the source and build tree when run from a
 * build folder (tests, ./build/src/cli/dossier), else the installed folders. */
#pragma once

#include <stdbool.h>

#include <glib.h>

G_BEGIN_DECLS

/* True when the running binary lies inside DOSSIER_BUILD_DIR. */
bool dossier_paths_is_uninstalled(void);
/* Returns: (transfer full): config/briefing.cfg of the source tree or DATADIR. */
char *dossier_paths_default_config(void);
/* Returns: (transfer full): the bundled fonts folder. */
char *dossier_paths_fonts_dir(void);
/* Returns: (transfer full): NULL-terminated built-in plugin folders (build tree: each
 * BUILD_DIR/plugins/<name>; installed: PLUGINDIR); free with g_strfreev(). */
char **dossier_paths_builtin_plugin_dirs(void);
/* Returns: (transfer full): NULL-terminated data folders (SOURCE_DIR/data or DATADIR/data). */
char **dossier_paths_data_dirs(void);

G_END_DECLS
