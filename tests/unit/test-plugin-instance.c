/* Plugin instances: settings checked against the plugin's key list, create()
 * errors placed at FILE:LINE, log lines prefixed with the plugin's name,
 * destroy() called exactly once. Runs the hello test plugin. */
#include <string.h>

#include <glib/gstdio.h>

#include "dossier-build-config.h"
#include "host/plugin-loader.h"

#define TEST_PLUGINS_DIR DOSSIER_BUILD_DIR "/tests/plugins"

static const char config_text[] =
        "extractors = (\n"
        "  { plugin = \"hello\"; settings = { greeting = \"hi\"; count = 3; colour = \"red\"; }; },\n"
        "  { plugin = \"hello\"; settings = {\n"
        "      count = 50; }; },\n"
        "  { plugin = \"hello\"; settings = { greeting = \"\"; }; },\n"
        "  { plugin = \"fails-create\"; },\n"
        "  { plugin = \"hello\"; },\n"
        "  { plugin = \"hello\"; settings = { fail = true; }; }\n"
        ");\n";

typedef struct Fixture {
        char *dir;
        char *path;
        DossierConfig *config;
        DossierPlugin *hello;
        DossierPlugin *fails_create;
        GPtrArray *log;
        DossierHostContext ctx;
        DossierDoc *doc;
} Fixture;

static void collect_log(void *user_data, uint32_t level, const char *message)
{
        g_ptr_array_add(user_data, g_strdup_printf("%u %s", level, message));
}

static void make_doc(Fixture *f)
{
        static const char *const bodies[] = { "Hello world. A second sentence.", "Another one." };
        DossierLoadOptions options = { .date_option = "2024-11-25" };
        g_autoptr(GError) error = NULL;

        f->doc = dossier_doc_new();
        for (size_t i = 0; i < G_N_ELEMENTS(bodies); i++) {
                g_autofree char *name = g_strdup_printf("article-%zu.txt", i);
                dossier_doc_add_article_from_data(f->doc, name, bodies[i], strlen(bodies[i]), 0,
                                                  &options, &error);
                g_assert_no_error(error);
        }
}

static void fixture_set_up(Fixture *f, const void *data)
{
        const char *const dirs[] = { TEST_PLUGINS_DIR, NULL };
        g_autoptr(GError) error = NULL;

        f->dir = g_dir_make_tmp("dossier-test-instance-XXXXXX", &error);
        g_assert_no_error(error);
        f->path = g_build_filename(f->dir, "briefing.cfg", NULL);
        g_file_set_contents(f->path, config_text, -1, &error);
        g_assert_no_error(error);
        f->config = dossier_config_load(f->path, NULL, NULL, &error);
        g_assert_no_error(error);
        f->hello = dossier_plugin_load(dirs, "hello", &error);
        g_assert_no_error(error);
        f->fails_create = dossier_plugin_load(dirs, "fails-create", &error);
        g_assert_no_error(error);
        f->log = g_ptr_array_new_with_free_func(g_free);
        f->ctx = (DossierHostContext) { .log = collect_log, .log_data = f->log };
        make_doc(f);
}

static void fixture_tear_down(Fixture *f, const void *data)
{
        dossier_doc_free(f->doc);
        dossier_plugin_free(f->hello);
        dossier_plugin_free(f->fails_create);
        dossier_config_free(f->config);
        g_ptr_array_unref(f->log);
        (void) g_unlink(f->path);
        (void) g_rmdir(f->dir);
        g_free(f->path);
        g_free(f->dir);
}

static const DossierPluginConfig *entry(Fixture *f, size_t index)
{
        return f->config->extractors->pdata[index];
}

/* The log as one string, one "LEVEL message" per line, the config path as FILE. */
static char *log_text(Fixture *f)
{
        g_autoptr(GString) text = g_string_new(NULL);

        for (size_t i = 0; i < f->log->len; i++)
                g_string_append_printf(text, "%s\n", (char *) f->log->pdata[i]);
        g_string_replace(text, f->path, "FILE", 0);
        return g_string_free(g_steal_pointer(&text), false);
}

static void test_run(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        DossierPluginInstance *instance = dossier_plugin_instance_new(
                f->hello, entry(f, 0), DOSSIER_PLUGIN_EXTRACTOR, &f->ctx, &error);

        g_assert_no_error(error);
        g_assert_cmpstr(dossier_plugin_instance_get_name(instance), ==, "hello");
        g_assert_true(dossier_plugin_instance_extract(instance, f->doc, &error));
        g_assert_no_error(error);
        g_assert_cmpuint(dossier_doc_get_n_annotations(f->doc), ==, 6);
        const DossierAnnotation *a = dossier_doc_get_annotation(f->doc, 5);
        g_assert_cmpstr(dossier_annotation_get_type(a), ==, "hello.greeting");
        g_assert_cmpstr(dossier_annotation_get_attr(a, "text"), ==, "hi");
        g_assert_cmpuint(dossier_annotation_get_span(a).article, ==, 1);
        dossier_plugin_instance_free(instance);

        g_autofree char *got = log_text(f);
        g_assert_cmpstr(got, ==,
                        "3 FILE:2: plugin 'hello': unknown setting 'colour', ignoring\n"
                        "2 plugin 'hello': greeting is 'hi'\n"
                        "1 plugin 'hello': destroyed\n");
}

static void test_defaults(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierPluginInstance) from_entry = dossier_plugin_instance_new(
                f->hello, entry(f, 4), DOSSIER_PLUGIN_EXTRACTOR, &f->ctx, &error);
        g_assert_no_error(error);
        /* No entry and no context: no settings, messages go nowhere. */
        g_autoptr(DossierPluginInstance) bare =
                dossier_plugin_instance_new(f->hello, NULL, DOSSIER_PLUGIN_EXTRACTOR, NULL, &error);
        g_assert_no_error(error);

        g_assert_true(dossier_plugin_instance_extract(from_entry, f->doc, &error));
        g_assert_true(dossier_plugin_instance_extract(bare, f->doc, &error));
        g_assert_cmpuint(dossier_doc_get_n_annotations(f->doc), ==, 4);
        g_assert_cmpstr(dossier_annotation_get_attr(dossier_doc_get_annotation(f->doc, 0), "text"),
                        ==, "hello");
}

static void test_refused(Fixture *f, const void *data)
{
        static const struct {
                size_t entry;
                uint32_t kind;
                const char *want;
        } cases[] = {
                { 1, DOSSIER_PLUGIN_EXTRACTOR,
                  "FILE:4: plugin 'hello': 'count' must be an integer from 1 to 10, not 50" },
                { 2, DOSSIER_PLUGIN_EXTRACTOR, "FILE:5: plugin 'hello': 'greeting' must not be empty" },
                { 3, DOSSIER_PLUGIN_EXTRACTOR,
                  "FILE:6: plugin 'fails-create': cannot start: the test says no" },
                { 4, DOSSIER_PLUGIN_RENDERER,
                  "FILE:7: plugin 'hello': is an extractor, so it cannot be listed as a renderer" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                const DossierPluginConfig *e = entry(f, cases[i].entry);
                DossierPlugin *plugin = strcmp(e->plugin, "hello") == 0 ? f->hello : f->fails_create;
                g_autoptr(GError) error = NULL;
                g_autoptr(DossierPluginInstance) instance =
                        dossier_plugin_instance_new(plugin, e, cases[i].kind, &f->ctx, &error);
                g_autoptr(GString) got = g_string_new(error ? error->message : "(created)");

                g_string_replace(got, f->path, "FILE", 0);
                if (instance || strcmp(got->str, cases[i].want) != 0) {
                        g_test_message("case %zu: got %s, want %s", i, got->str, cases[i].want);
                        g_test_fail();
                }
        }
        /* A failed create() owes no destroy(): nothing was logged. */
        g_autofree char *log = log_text(f);
        g_assert_cmpstr(log, ==, "");
}

static void test_extract_fails(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        DossierPluginInstance *instance = dossier_plugin_instance_new(
                f->hello, entry(f, 5), DOSSIER_PLUGIN_EXTRACTOR, &f->ctx, &error);

        g_assert_no_error(error);
        g_assert_false(dossier_plugin_instance_extract(instance, f->doc, &error));
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_FAILED);
        g_assert_cmpstr(error->message, ==, "plugin 'hello': asked to fail");
        dossier_plugin_instance_free(instance);

        /* destroy() runs once after a failed extract() too. */
        g_autofree char *log = log_text(f);
        g_assert_cmpstr(log, ==,
                        "2 plugin 'hello': greeting is 'hello'\n"
                        "1 plugin 'hello': destroyed\n");
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
#define ADD(name, fn) g_test_add(name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
        ADD("/plugin-instance/run", test_run);
        ADD("/plugin-instance/defaults", test_defaults);
        ADD("/plugin-instance/refused", test_refused);
        ADD("/plugin-instance/extract-fails", test_extract_fails);
        return g_test_run();
}
