/* The DossierSettings accessors: absent keys leave the value alone, wrong types
 * and ranges fail with FILE:LINE and the plugin's name. */
#include <string.h>

#include <glib/gstdio.h>

#include "host/settings-host.h"

static const char settings_text[] =
        "settings = {\n"                         /* line 1 */
        "  name = \"watch\";\n"                  /* 2 */
        "  count = 7;\n"                         /* 3 */
        "  big = 3000000000L;\n"                 /* 4 */
        "  ratio = 0.25;\n"                      /* 5 */
        "  whole = 2;\n"                         /* 6 */
        "  on = true;\n"                         /* 7 */
        "  terms = [ \"Kim\", \"Trump\" ];\n"    /* 8 */
        "  mixed = ( \"a\", 2 );\n"              /* 9 */
        "  empty = [ ];\n"                       /* 10 */
        "  model = \"data/model.bin\";\n"        /* 11 */
        "  absolute = \"/etc/hosts\";\n"         /* 12 */
        "  blank = \"\";\n"                      /* 13 */
        "};\n";

typedef struct Fixture {
        char *dir;
        char *path;
        config_t cfg;
        DossierSettings *settings;
        DossierSettings *none;
} Fixture;

static void fixture_set_up(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;

        f->dir = g_dir_make_tmp("dossier-test-settings-XXXXXX", &error);
        g_assert_no_error(error);
        f->path = g_build_filename(f->dir, "briefing.cfg", NULL);
        g_file_set_contents(f->path, settings_text, -1, &error);
        g_assert_no_error(error);

        config_init(&f->cfg);
        g_assert_true(config_read_file(&f->cfg, f->path));
        f->settings = dossier_settings_new(config_lookup(&f->cfg, "settings"), f->path, 1, "demo");
        f->none = dossier_settings_new(NULL, f->path, 42, "demo");
}

static void fixture_tear_down(Fixture *f, const void *data)
{
        dossier_settings_free(f->settings);
        dossier_settings_free(f->none);
        config_destroy(&f->cfg);
        (void) g_unlink(f->path);
        (void) g_rmdir(f->dir);
        g_free(f->path);
        g_free(f->dir);
}

/* Checks an accessor's error: DOSSIER_ERROR_CONFIG, text after the path. */
static void check_error(const Fixture *f, GError *error, const char *want)
{
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG);
        g_assert_true(g_str_has_prefix(error->message, f->path));
        g_assert_cmpstr(error->message + strlen(f->path), ==, want);
}

static void test_string(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        const char *value = "default";

        g_assert_true(dossier_settings_get_string(f->settings, "absent", &value, &error));
        g_assert_cmpstr(value, ==, "default");
        g_assert_true(dossier_settings_get_string(f->none, "name", &value, &error));
        g_assert_cmpstr(value, ==, "default");
        g_assert_true(dossier_settings_get_string(f->settings, "name", &value, &error));
        g_assert_no_error(error);
        g_assert_cmpstr(value, ==, "watch");

        g_assert_false(dossier_settings_get_string(f->settings, "count", &value, &error));
        check_error(f, error, ":3: plugin 'demo': 'count' must be a string, not an integer");
        g_assert_cmpstr(value, ==, "watch"); /* untouched on failure */
}

static void test_int(Fixture *f, const void *data)
{
        static const struct {
                const char *key;
                int min, max;
                const char *want; /* NULL: succeeds */
                int value;
        } cases[] = {
                { "count", 1, 10, NULL, 7 },
                { "absent", 1, 10, NULL, -1 },
                { "count", 1, 5, ":3: plugin 'demo': 'count' must be an integer from 1 to 5, not 7", -1 },
                { "count", 8, 9, ":3: plugin 'demo': 'count' must be an integer from 8 to 9, not 7", -1 },
                { "big", 0, G_MAXINT,
                  ":4: plugin 'demo': 'big' must be an integer from 0 to 2147483647, not 3000000000", -1 },
                { "ratio", 0, 10, ":5: plugin 'demo': 'ratio' must be an integer, not a number", -1 },
                { "name", 0, 10, ":2: plugin 'demo': 'name' must be an integer, not a string", -1 },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(GError) error = NULL;
                int value = -1;
                bool ok = dossier_settings_get_int(f->settings, cases[i].key, cases[i].min,
                                                   cases[i].max, &value, &error);
                const char *got = error ? error->message + strlen(f->path) : NULL;

                if (ok != (cases[i].want == NULL) || g_strcmp0(got, cases[i].want) != 0 ||
                    value != cases[i].value) {
                        g_test_message("case %zu '%s': got %s (value %d), want %s (value %d)", i,
                                       cases[i].key, got ? got : "success", value,
                                       cases[i].want ? cases[i].want : "success", cases[i].value);
                        g_test_fail();
                }
        }
}

static void test_double(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        double value = -1;

        g_assert_true(dossier_settings_get_double(f->settings, "ratio", 0, 1, &value, &error));
        g_assert_cmpfloat(value, ==, 0.25);
        /* Integers are accepted where numbers are expected. */
        g_assert_true(dossier_settings_get_double(f->settings, "whole", 0, 5, &value, &error));
        g_assert_cmpfloat(value, ==, 2.0);
        g_assert_true(dossier_settings_get_double(f->settings, "absent", 0, 5, &value, &error));
        g_assert_cmpfloat(value, ==, 2.0);
        g_assert_no_error(error);

        g_assert_false(dossier_settings_get_double(f->settings, "ratio", 0.5, 1, &value, &error));
        check_error(f, error, ":5: plugin 'demo': 'ratio' must be a number from 0.5 to 1, not 0.25");
        g_clear_error(&error);
        g_assert_false(dossier_settings_get_double(f->settings, "on", 0, 1, &value, &error));
        check_error(f, error, ":7: plugin 'demo': 'on' must be a number, not a boolean");
}

static void test_bool(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        bool value = false;

        g_assert_true(dossier_settings_get_bool(f->settings, "on", &value, &error));
        g_assert_true(value);
        g_assert_false(dossier_settings_get_bool(f->settings, "count", &value, &error));
        check_error(f, error, ":3: plugin 'demo': 'count' must be true or false, not an integer");
}

static void test_strv(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        g_auto(GStrv) value = g_strsplit("old", ",", -1);

        g_assert_true(dossier_settings_get_strv(f->settings, "absent", &value, &error));
        g_assert_cmpstrv(value, ((const char *[]) { "old", NULL }));
        g_assert_true(dossier_settings_get_strv(f->settings, "terms", &value, &error));
        g_assert_cmpstrv(value, ((const char *[]) { "Kim", "Trump", NULL }));
        g_assert_true(dossier_settings_get_strv(f->settings, "empty", &value, &error));
        g_assert_no_error(error);
        g_assert_nonnull(value);
        g_assert_null(value[0]);

        g_assert_false(dossier_settings_get_strv(f->settings, "mixed", &value, &error));
        check_error(f, error, ":9: plugin 'demo': 'mixed[1]' must be a string, not an integer");
        g_clear_error(&error);
        g_assert_false(dossier_settings_get_strv(f->settings, "name", &value, &error));
        check_error(f, error, ":2: plugin 'demo': 'name' must be a list of strings, not a string");
}

static void test_path(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        g_autofree char *value = g_strdup("keep");
        g_autofree char *want = g_build_filename(f->dir, "data", "model.bin", NULL);

        g_assert_true(dossier_settings_get_path(f->settings, "absent", &value, &error));
        g_assert_cmpstr(value, ==, "keep");
        /* Relative to the config file's folder, not to the current directory. */
        g_assert_true(dossier_settings_get_path(f->settings, "model", &value, &error));
        g_assert_cmpstr(value, ==, want);
        g_assert_true(dossier_settings_get_path(f->settings, "absolute", &value, &error));
        g_assert_cmpstr(value, ==, "/etc/hosts");
        g_assert_no_error(error);

        g_assert_false(dossier_settings_get_path(f->settings, "blank", &value, &error));
        check_error(f, error, ":13: plugin 'demo': 'blank' must name a file, not be empty");
        g_clear_error(&error);
        g_assert_false(dossier_settings_get_path(f->settings, "count", &value, &error));
        check_error(f, error, ":3: plugin 'demo': 'count' must be a string naming a file, not an integer");
        g_assert_cmpstr(value, ==, "/etc/hosts");
}

static void test_set_error(Fixture *f, const void *data)
{
        static const struct {
                const char *key; /* NULL: the group */
                bool with_group;
                const char *want;
        } cases[] = {
                { "count", true, ":3: plugin 'demo': 'count' must be below 5" },
                { "absent", true, ":1: plugin 'demo': 'count' must be below 5" },
                { NULL, true, ":1: plugin 'demo': 'count' must be below 5" },
                { "count", false, ":42: plugin 'demo': 'count' must be below 5" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(GError) error = NULL;
                const DossierSettings *s = cases[i].with_group ? f->settings : f->none;

                dossier_settings_set_error(s, cases[i].key, &error, "'%s' must be below %d", "count", 5);
                g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG);
                if (strcmp(error->message + strlen(f->path), cases[i].want) != 0) {
                        g_test_message("case %zu: got %s, want %s", i, error->message, cases[i].want);
                        g_test_fail();
                }
        }
}

static void collect(void *user_data, const char *message)
{
        g_ptr_array_add(user_data, g_strdup(message));
}

static void test_check_keys(Fixture *f, const void *data)
{
        static const DossierSettingSpec specs[] = {
                { "name", DOSSIER_SETTING_STRING, "x" },   { "count", DOSSIER_SETTING_INT, "x" },
                { "big", DOSSIER_SETTING_INT, "x" },       { "ratio", DOSSIER_SETTING_DOUBLE, "x" },
                { "whole", DOSSIER_SETTING_DOUBLE, "x" },  { "on", DOSSIER_SETTING_BOOL, "x" },
                { "terms", DOSSIER_SETTING_STRV, "x" },    { "mixed", DOSSIER_SETTING_STRV, "x" },
                { "model", DOSSIER_SETTING_PATH, "x" },    { "absolute", DOSSIER_SETTING_PATH, "x" },
                { "blank", DOSSIER_SETTING_PATH, "x" },    { NULL, 0, NULL },
        };
        g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);

        g_assert_cmpuint(dossier_settings_check_keys(f->settings, specs, collect, warnings), ==, 1);
        g_assert_cmpuint(warnings->len, ==, 1);
        g_assert_cmpstr((char *) warnings->pdata[0] + strlen(f->path), ==,
                        ":10: plugin 'demo': unknown setting 'empty', ignoring");

        /* No key list: every key is unknown. No group: nothing to warn about. */
        g_assert_cmpuint(dossier_settings_check_keys(f->settings, NULL, NULL, NULL), ==, 12);
        g_assert_cmpuint(dossier_settings_check_keys(f->none, NULL, collect, warnings), ==, 0);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
#define ADD(name, fn) g_test_add(name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
        ADD("/settings/string", test_string);
        ADD("/settings/int", test_int);
        ADD("/settings/double", test_double);
        ADD("/settings/bool", test_bool);
        ADD("/settings/strv", test_strv);
        ADD("/settings/path", test_path);
        ADD("/settings/set-error", test_set_error);
        ADD("/settings/check-keys", test_check_keys);
        return g_test_run();
}
