/* Where dossier finds its files: a test binary lives in the build folder, so
 * every path points into the source or build tree. */
#include <string.h>

#include "dossier-build-config.h"
#include "host/paths.h"

static void test_uninstalled(void)
{
        g_assert_true(dossier_paths_is_uninstalled());
}

static void test_files(void)
{
        g_autofree char *config = dossier_paths_default_config();
        g_autofree char *fonts = dossier_paths_fonts_dir();
        g_autofree char *font = g_build_filename(fonts, "Lato-Regular.ttf", NULL);
        g_auto(GStrv) data = dossier_paths_data_dirs();

        g_assert_cmpstr(config, ==, DOSSIER_SOURCE_DIR "/config/briefing.cfg");
        g_assert_true(g_file_test(config, G_FILE_TEST_IS_REGULAR));
        g_assert_cmpstr(fonts, ==, DOSSIER_SOURCE_DIR "/fonts");
        g_assert_true(g_file_test(font, G_FILE_TEST_IS_REGULAR));
        g_assert_cmpuint(g_strv_length(data), ==, 1);
        g_assert_cmpstr(data[0], ==, DOSSIER_SOURCE_DIR "/data");
}

static void test_plugin_dirs(void)
{
        g_auto(GStrv) dirs = dossier_paths_builtin_plugin_dirs();

        g_assert_nonnull(dirs);
        for (size_t i = 0; dirs[i]; i++) {
                g_assert_true(g_str_has_prefix(dirs[i], DOSSIER_BUILD_DIR "/plugins/"));
                g_assert_null(strchr(dirs[i] + strlen(DOSSIER_BUILD_DIR "/plugins/"), '/'));
                g_assert_true(g_file_test(dirs[i], G_FILE_TEST_IS_DIR));
                if (dirs[i + 1])
                        g_assert_cmpstr(dirs[i], <, dirs[i + 1]);
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/paths/uninstalled", test_uninstalled);
        g_test_add_func("/paths/files", test_files);
        g_test_add_func("/paths/plugin-dirs", test_plugin_dirs);
        return g_test_run();
}
