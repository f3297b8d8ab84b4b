/* Loading plugins: the broken ones in tests/plugins are refused, each with its
 * reason; the good one (hello) runs with its settings, its log lines prefixed,
 * its destroy() called exactly once. */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dossier-build-config.h"
#include "host/plugin-loader.h"

#define TEST_PLUGINS_DIR DOSSIER_BUILD_DIR "/tests/plugins"

static const char *const test_dirs[] = { TEST_PLUGINS_DIR, NULL };

static void test_refused(void)
{
        static const struct {
                const char *name, *want; /* want: the message after "DIR/dossier-NAME.so: " */
        } cases[] = {
                { "bad-abi", "built for plugin ABI 2.0; this dossier loads 1.0 to 1.1" },
                { "no-entry", "no dossier_plugin_entry symbol: not a dossier plugin" },
                { "no-callback", "an extractor without an extract callback" },
                { "wrong-name", "the plugin calls itself 'right-name', so its file must be "
                                "dossier-right-name.so" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(GError) error = NULL;
                g_autoptr(DossierPlugin) plugin = dossier_plugin_load(test_dirs, cases[i].name, &error);
                g_autofree char *want = g_strdup_printf(TEST_PLUGINS_DIR "/dossier-%s.so: %s",
                                                        cases[i].name, cases[i].want);

                if (plugin || !g_error_matches(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN) ||
                    strcmp(error->message, want) != 0) {
                        g_test_message("case %zu '%s': got %s, want %s", i, cases[i].name,
                                       error ? error->message : "(loaded)", want);
                        g_test_fail();
                }
        }
}

static void test_not_found(void)
{
        const char *const dirs[] = { "/nonexistent/a", TEST_PLUGINS_DIR, "relative", NULL };
        const char *const empty[] = { NULL };
        g_autoptr(GError) error = NULL;

        g_assert_null(dossier_plugin_load(dirs, "nope", &error));
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN);
        g_assert_cmpstr(error->message, ==,
                        "plugin 'nope' not found: no dossier-nope.so in /nonexistent/a, "
                        TEST_PLUGINS_DIR ", relative (relative, skipped)");
        g_clear_error(&error);

        g_assert_null(dossier_plugin_load(empty, "hello", &error));
        g_assert_cmpstr(error->message, ==, "plugin 'hello' not found: the plugin path is empty");
        g_clear_error(&error);

        g_assert_null(dossier_plugin_load(test_dirs, "../plugins/dossier-hello", &error));
        g_assert_cmpstr(error->message, ==, "'../plugins/dossier-hello' is not a plugin name: "
                                            "use letters, digits, '-' and '_'");
}

/* Plugins never load from the current directory, even when it holds them. */
static void test_never_cwd(void)
{
        const char *const dirs[] = { ".", "", NULL };
        g_autofree char *old_cwd = g_get_current_dir();
        g_autoptr(GError) error = NULL;

        g_assert_cmpint(chdir(TEST_PLUGINS_DIR), ==, 0);
        g_assert_null(dossier_plugin_load(dirs, "hello", &error));
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN);
        g_assert_true(strstr(error->message, "not found") != NULL);
        g_clear_error(&error);

        g_assert_null(dossier_plugin_load_file("dossier-hello.so", &error));
        g_assert_cmpstr(error->message, ==,
                        "dossier-hello.so: refusing to load a relative path: plugins load only "
                        "from the plugin path's absolute folders");
        g_assert_cmpint(chdir(old_cwd), ==, 0);
}

static void test_good(void)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierPlugin) plugin = dossier_plugin_load(test_dirs, "hello", &error);

        g_assert_no_error(error);
        const DossierPluginInfo *info = dossier_plugin_get_info(plugin);
        g_assert_cmpstr(info->name, ==, "hello");
        g_assert_cmpuint(info->kind, ==, DOSSIER_PLUGIN_EXTRACTOR);
        g_assert_cmpuint(info->abi_major, ==, DOSSIER_ABI_MAJOR);
        g_assert_cmpstr(info->version, ==, "1.0");
        g_assert_cmpstr(dossier_plugin_get_path(plugin), ==, TEST_PLUGINS_DIR "/dossier-hello.so");
}

/* ---- Permissions ---------------------------------------------------------- */

typedef struct PermFixture {
        char *dir;
        char *path;
} PermFixture;

static void perm_set_up(PermFixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        g_autofree char *bytes = NULL;
        size_t len = 0;

        f->dir = g_dir_make_tmp("dossier-test-perm-XXXXXX", &error);
        g_assert_no_error(error);
        f->path = g_build_filename(f->dir, "dossier-hello.so", NULL);
        g_file_get_contents(TEST_PLUGINS_DIR "/dossier-hello.so", &bytes, &len, &error);
        g_assert_no_error(error);
        g_file_set_contents_full(f->path, bytes, (gssize) len, G_FILE_SET_CONTENTS_NONE, 0644,
                                 &error);
        g_assert_no_error(error);
}

static void perm_tear_down(PermFixture *f, const void *data)
{
        (void) g_unlink(f->path);
        (void) g_rmdir(f->dir);
        g_free(f->path);
        g_free(f->dir);
}

static void test_permissions(PermFixture *f, const void *data)
{
        static const struct {
                int file_mode, dir_mode;
                const char *want; /* after "PATH: "; %s is the folder; NULL: loads */
        } cases[] = {
                { 0644, 0700, NULL },
                { 0755, 0755, NULL },
                { 0664, 0700, "refusing to load: the file is writable by group or others (mode 0664), "
                              "so anyone in them could change the code it runs; fix with "
                              "'chmod go-w %s/dossier-hello.so'" },
                { 0646, 0700, "refusing to load: the file is writable by group or others (mode 0646), "
                              "so anyone in them could change the code it runs; fix with "
                              "'chmod go-w %s/dossier-hello.so'" },
                { 0644, 0770, "refusing to load: its folder %s is writable by group or others "
                              "(mode 0770), so anyone in them could replace the plugin; fix with "
                              "'chmod go-w %s'" },
                { 0644, 01777, "refusing to load: its folder %s is writable by group or others "
                               "(mode 1777), so anyone in them could replace the plugin; fix with "
                               "'chmod go-w %s'" },
        };
        const char *const dirs[] = { f->dir, NULL };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(GError) error = NULL;

                g_assert_cmpint(g_chmod(f->path, cases[i].file_mode), ==, 0);
                g_assert_cmpint(g_chmod(f->dir, cases[i].dir_mode), ==, 0);
                g_autoptr(DossierPlugin) plugin = dossier_plugin_load(dirs, "hello", &error);

                g_autofree char *want = NULL;
                if (cases[i].want) {
                        g_autofree char *tail = g_strdup(cases[i].want);
                        g_autoptr(GString) s = g_string_new(tail);
                        g_string_replace(s, "%s", f->dir, 0);
                        want = g_strdup_printf("%s: %s", f->path, s->str);
                }
                const char *got = error ? error->message : NULL;
                if (g_strcmp0(got, want) != 0 || (plugin == NULL) != (want != NULL)) {
                        g_test_message("case %zu (%04o, %04o): got %s, want %s", i,
                                       cases[i].file_mode, cases[i].dir_mode,
                                       got ? got : "(loaded)", want ? want : "(loaded)");
                        g_test_fail();
                }
        }
        g_assert_cmpint(g_chmod(f->dir, 0700), ==, 0);
}

/* A link from a safe folder to a file in an unsafe one is refused too. */
static void test_symlink(PermFixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        g_autofree char *safe = g_dir_make_tmp("dossier-test-link-XXXXXX", &error);
        g_assert_no_error(error);
        g_autofree char *link = g_build_filename(safe, "dossier-hello.so", NULL);
        g_assert_cmpint(symlink(f->path, link), ==, 0);
        g_assert_cmpint(g_chmod(f->dir, 0777), ==, 0);

        const char *const dirs[] = { safe, NULL };
        g_autoptr(DossierPlugin) plugin = dossier_plugin_load(dirs, "hello", &error);
        g_assert_null(plugin);
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_PLUGIN);
        g_autofree char *want = g_strdup_printf("%s: refusing to load: its folder %s is writable", link,
                                                f->dir);
        g_assert_true(g_str_has_prefix(error->message, want));

        g_assert_cmpint(g_chmod(f->dir, 0700), ==, 0);
        (void) g_unlink(link);
        (void) g_rmdir(safe);
}

/* ---- Scanning --------------------------------------------------------------- */

static void collect_scan(const char *path, const DossierPluginInfo *info, const GError *error,
                         void *user_data)
{
        g_autofree char *base = g_path_get_basename(path);

        g_string_append_printf(user_data, "%s %s\n", base, info ? info->name : "refused");
        g_assert_true((info == NULL) == (error != NULL));
}

static void test_scan(void)
{
        const char *const dirs[] = { TEST_PLUGINS_DIR, "/nonexistent", NULL };
        g_autoptr(GString) got = g_string_new(NULL);

        dossier_plugin_scan(dirs, collect_scan, got);
        g_assert_cmpstr(got->str, ==,
                        "dossier-bad-abi.so refused\n"
                        "dossier-crash.so crash\n"
                        "dossier-fails-create.so fails-create\n"
                        "dossier-hello.so hello\n"
                        "dossier-no-callback.so refused\n"
                        "dossier-no-entry.so refused\n"
                        "dossier-wrong-name.so refused\n");
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/plugin-loader/refused", test_refused);
        g_test_add_func("/plugin-loader/not-found", test_not_found);
        g_test_add_func("/plugin-loader/never-cwd", test_never_cwd);
        g_test_add_func("/plugin-loader/good", test_good);
        g_test_add("/plugin-loader/permissions", PermFixture, NULL, perm_set_up, test_permissions,
                   perm_tear_down);
        g_test_add("/plugin-loader/symlink", PermFixture, NULL, perm_set_up, test_symlink,
                   perm_tear_down);
        g_test_add_func("/plugin-loader/scan", test_scan);
        return g_test_run();
}
