/* The host functions plugins call: dossier_host_log() names the plugin,
 * dossier_host_find_data_file() stays inside the data folders. */
#include <glib/gstdio.h>

#include "host/host-handle.h"

static void collect(void *user_data, uint32_t level, const char *message)
{
        g_string_append_printf(user_data, "%u %s\n", level, message);
}

static void test_log(void)
{
        g_autoptr(GString) got = g_string_new(NULL);
        DossierHostContext ctx = { .log = collect, .log_data = got };
        DossierHost host = { .ctx = &ctx, .plugin_name = "watchlist" };
        DossierHost silent = { .ctx = NULL, .plugin_name = "quiet" };

        dossier_host_log(&host, DOSSIER_LOG_WARNING, "%d terms, '%s' skipped", 3, "Kim");
        dossier_host_log(&host, DOSSIER_LOG_DEBUG, "done");
        dossier_host_log(&silent, DOSSIER_LOG_INFO, "goes nowhere");
        g_assert_cmpstr(got->str, ==,
                        "3 plugin 'watchlist': 3 terms, 'Kim' skipped\n"
                        "1 plugin 'watchlist': done\n");
}

static void test_find_data_file(void)
{
        g_autoptr(GError) error = NULL;
        g_autofree char *first = g_dir_make_tmp("dossier-test-data-XXXXXX", &error);
        g_autofree char *second = g_dir_make_tmp("dossier-test-data-XXXXXX", &error);
        g_autofree char *sub = g_build_filename(second, "models", NULL);
        g_autofree char *file = g_build_filename(sub, "ner.bin", NULL);
        g_autofree char *outside = g_build_filename(second, "secret", NULL);

        g_assert_no_error(error);
        g_assert_cmpint(g_mkdir(sub, 0700), ==, 0);
        g_file_set_contents(file, "x", -1, &error);
        g_file_set_contents(outside, "x", -1, &error);
        g_assert_no_error(error);

        char *dirs[] = { first, sub, NULL };
        DossierHostContext ctx = { .data_dirs = dirs };
        DossierHost host = { .ctx = &ctx, .plugin_name = "test" };

        g_autofree char *found = dossier_host_find_data_file(&host, "ner.bin");
        g_assert_cmpstr(found, ==, file);
        g_assert_null(dossier_host_find_data_file(&host, "missing.bin"));
        g_assert_null(dossier_host_find_data_file(&host, "../secret"));
        g_assert_null(dossier_host_find_data_file(&host, outside));
        g_assert_null(dossier_host_find_data_file(&host, ""));
        g_assert_null(dossier_host_find_data_file(&host, "."));

        (void) g_unlink(file);
        (void) g_unlink(outside);
        (void) g_rmdir(sub);
        (void) g_rmdir(second);
        (void) g_rmdir(first);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/host/log", test_log);
        g_test_add_func("/host/find-data-file", test_find_data_file);
        return g_test_run();
}
