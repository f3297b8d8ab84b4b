/* Registering the bundled fonts, so a briefing looks the same on every machine.
 * SPDX-License-Identifier: MIT */
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <dossier/error.h>

#include "layout/report.h"

bool dossier_fonts_register(const char *dir, GError **error) {
        g_return_val_if_fail(dir != NULL, false);
        if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO, "%s: no such font folder", dir);
                return false;
        }
        FcConfig *config = FcConfigGetCurrent();
        if (!FcConfigAppFontAddDir(config, (const FcChar8 *) dir)) {
                g_set_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO, "%s: cannot read the fonts",
                            dir);
                return false;
        }
        /* Pango caches what fontconfig knew when its font map was made: hand it the
         * updated config so layouts, figures' included, find the new files. */
        PangoFontMap *map = pango_cairo_font_map_get_default();
        /* Not pango_fc_font_map_set_config(): the reference it takes on the config
         * outlives the font map, and FcFini() then aborts on the still-used cache. */
        if (PANGO_IS_FC_FONT_MAP(map))
                pango_fc_font_map_config_changed(PANGO_FC_FONT_MAP(map));
        return true;
}
