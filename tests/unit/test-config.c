/* dossier_config_load(): every error and warning names FILE:LINE; good configs
 * give the values written, defaults fill the rest. */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "config-file-fixture.h"

#include "dossier-build-config.h"
#include "host/config.h"

static DossierConfig *load_text(Fixture *f, const char *text, GError **error)
{
        fixture_write(f, text);
        return dossier_config_load(f->path, fixture_collect_warning, f->warnings, error);
}

/* Messages start with the path as given; the rows hold what follows it. */
static const char *after_path(const char *message, const char *path)
{
        return g_str_has_prefix(message, path) ? message + strlen(path) : message;
}

static void test_errors(Fixture *f, const void *data)
{
        static const struct {
                const char *text, *want;
        } cases[] = {
                { "report = { title = 5; };\n", ":1: 'report.title' must be a string, not an integer" },
                { "report = \"big\";\n", ":1: 'report' must be a group, not a string" },
                { "report = {\n  paper = \"A5\";\n};\n",
                  ":2: 'report.paper' must be \"A4\" or \"Letter\", not 'A5'" },
                { "report = { paper = 4; };\n", ":1: 'report.paper' must be a string, not an integer" },
                { "report = {\n colors = {\n  accent = \"blue\";\n };\n};\n",
                  ":3: 'report.colors.accent' must be a colour \"#rrggbb\", not 'blue'" },
                { "report = { colors = { text = \"#12345\"; }; };\n",
                  ":1: 'report.colors.text' must be a colour \"#rrggbb\", not '#12345'" },
                { "report = { colors = { text = \"#12345g\"; }; };\n",
                  ":1: 'report.colors.text' must be a colour \"#rrggbb\", not '#12345g'" },
                { "report = { font = { size = 200; }; };\n",
                  ":1: 'report.font.size' must be a number from 4 to 72, not 200" },
                { "report = { font = { family = \"\"; }; };\n",
                  ":1: 'report.font.family' must not be empty" },
                { "report = { margins = { left = -1.5; }; };\n",
                  ":1: 'report.margins.left' must be a number from 0 to 300, not -1.5" },
                { "report = { margins = { left = \"wide\"; }; };\n",
                  ":1: 'report.margins.left' must be a number, not a string" },
                { "report = {\n margins = { left = 300; right = 300; };\n};\n",
                  ":2: 'report.margins' leave a content area of -5 x 714 points; "
                  "it needs at least 144 points each way" },
                { "input = { default_date = \"2024-13-01\"; };\n",
                  ":1: 'input.default_date' must be a date YYYY-MM-DD or \"\", not '2024-13-01'" },
                { "input = { default_date = \"2023-02-29\"; };\n",
                  ":1: 'input.default_date' must be a date YYYY-MM-DD or \"\", not '2023-02-29'" },
                { "input = { default_date = \"24-1-5\"; };\n",
                  ":1: 'input.default_date' must be a date YYYY-MM-DD or \"\", not '24-1-5'" },
                { "input = { default_date = \"yesterday\"; };\n",
                  ":1: 'input.default_date' must be a date YYYY-MM-DD or \"\", not 'yesterday'" },
                { "input = { max_article_bytes = 0; };\n",
                  ":1: 'input.max_article_bytes' must be an integer from 1 to 1073741824 (1 GiB), not 0" },
                { "input = { max_article_bytes = 2147483648L; };\n",
                  ":1: 'input.max_article_bytes' must be an integer from 1 to 1073741824 (1 GiB), "
                  "not 2147483648" },
                { "input = { max_article_bytes = 1.5; };\n",
                  ":1: 'input.max_article_bytes' must be an integer, not a number" },
                { "output = { path = true; };\n", ":1: 'output.path' must be a string, not a boolean" },
                { "plugin_path = \"plugins\";\n",
                  ":1: 'plugin_path' must be a list of folder names, not a string" },
                { "plugin_path = [ \"a\", \"\" ];\n", ":1: 'plugin_path[1]' must not be empty" },
                { "extractors = { plugin = \"actors\"; };\n",
                  ":1: 'extractors' must be a list ( { plugin = \"NAME\"; }, ... ), not a group" },
                { "extractors = (\n  { plugin = \"actors\"; },\n  { settings = { count = 3; }; }\n);\n",
                  ":3: 'extractors[1]' has no 'plugin' key: each entry needs plugin = \"NAME\"" },
                { "renderers = ( \"cover\" );\n",
                  ":1: 'renderers[0]' must be a group { plugin = \"NAME\"; settings = { ... }; }, "
                  "not a string" },
                { "renderers = ( { plugin = 3; } );\n",
                  ":1: 'renderers[0].plugin' must be a string, not an integer" },
                { "renderers = ( { plugin = \"../../tmp/evil\"; } );\n",
                  ":1: 'renderers[0].plugin' must be a plugin name (letters, digits, '-' and '_'), "
                  "not '../../tmp/evil'" },
                { "renderers = ( { plugin = \"cover\"; settings = 3; } );\n",
                  ":1: 'renderers[0].settings' must be a group, not an integer" },
                { "report = {\n  title = \"a\"\n  title = \"b\";\n};\n", ":3: duplicate setting name" },
                { "report = {\n  title = ;\n};\n", ":2: syntax error" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(GError) error = NULL;
                g_autoptr(DossierConfig) config = load_text(f, cases[i].text, &error);
                const char *got = error ? after_path(error->message, f->path) : "(loaded)";

                if (config || !g_error_matches(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG) ||
                    strcmp(got, cases[i].want) != 0) {
                        g_test_message("case %zu:\n%s  got:  %s\n  want: %s", i, cases[i].text, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_warnings(Fixture *f, const void *data)
{
        static const struct {
                const char *text, *want;
        } cases[] = {
                { "report = {\n  colour = \"red\";\n};\n",
                  ":2: unknown key 'colour' in 'report', ignoring" },
                { "title = \"x\";\n", ":1: unknown key 'title', ignoring" },
                { "report = { colors = { teal = \"#008080\"; }; };\n",
                  ":1: unknown key 'teal' in 'report.colors', ignoring" },
                { "extractors = (\n  { plugin = \"times\"; enabled = false; }\n);\n",
                  ":2: unknown key 'enabled' in 'extractors[0]', ignoring" },
                { "input = { max_bytes = 5; };\noutput = { pdf = \"x.pdf\"; };\n",
                  ":1: unknown key 'max_bytes' in 'input', ignoring\n"
                  ":2: unknown key 'pdf' in 'output', ignoring" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(GError) error = NULL;
                g_autoptr(DossierConfig) config = load_text(f, cases[i].text, &error);
                g_autoptr(GString) got = g_string_new(NULL);

                for (size_t w = 0; w < f->warnings->len; w++)
                        g_string_append_printf(got, "%s%s", w ? "\n" : "",
                                               after_path(f->warnings->pdata[w], f->path));
                if (!config || strcmp(got->str, cases[i].want) != 0) {
                        g_test_message("case %zu:\n%s  error: %s\n  got:  %s\n  want: %s", i,
                                       cases[i].text, error ? error->message : "none", got->str,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

static const char good_config[] =
        "plugin_path = [ \"my-plugins\", \"/opt/dossier/plugins\" ];\n"
        "report = {\n"
        "  title = \"Korea Desk\";\n"
        "  subtitle = \"\";\n"
        "  marking = \"RESTRICTED\";\n"
        "  author = \"\";\n"
        "  paper = \"letter\";\n"
        "  margins = { top = 72; right = 50.5; bottom = 60; left = 40; };\n"
        "  font = { family = \"Lato\"; size = 11; };\n"
        "  colors = { accent = \"#FF8000\"; person = \"#000000\"; };\n"
        "};\n"
        "input = { default_date = \"2024-02-29\"; max_article_bytes = 2048; };\n"
        "output = { path = \"out/korea.pdf\"; };\n"
        "extractors = (\n"
        "  { plugin = \"actors\"; },\n"
        "  { plugin = \"key-sentences\"; settings = { count = 5; }; }\n"
        ");\n"
        "renderers = ();\n";

static void test_good(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierConfig) config = load_text(f, good_config, &error);
        g_assert_no_error(error);
        g_assert_cmpuint(f->warnings->len, ==, 0);

        g_autofree char *mine = g_build_filename(f->dir, "my-plugins", NULL);
        g_assert_cmpuint(g_strv_length(config->plugin_path), ==, 2);
        g_assert_cmpstr(config->plugin_path[0], ==, mine);
        g_assert_cmpstr(config->plugin_path[1], ==, "/opt/dossier/plugins");

        const DossierReportStyle *st = &config->style;
        g_assert_cmpstr(st->title, ==, "Korea Desk");
        g_assert_null(st->subtitle); /* "" means unset */
        g_assert_cmpstr(st->marking, ==, "RESTRICTED");
        g_assert_null(st->author);
        g_assert_null(st->date);
        g_assert_cmpfloat_with_epsilon(st->paper_width, 612.0, 0.01);
        g_assert_cmpfloat_with_epsilon(st->paper_height, 792.0, 0.01);
        g_assert_cmpfloat(st->margin_top, ==, 72.0); /* integers accepted as numbers */
        g_assert_cmpfloat(st->margin_right, ==, 50.5);
        g_assert_cmpfloat(st->margin_bottom, ==, 60.0);
        g_assert_cmpfloat(st->margin_left, ==, 40.0);
        g_assert_cmpstr(st->font_family, ==, "Lato");
        g_assert_cmpfloat(st->font_size, ==, 11.0);
        g_assert_cmpfloat_with_epsilon(st->colors[DOSSIER_COLOR_ACCENT][0], 1.0, 1e-9);
        g_assert_cmpfloat_with_epsilon(st->colors[DOSSIER_COLOR_ACCENT][1], 128 / 255.0, 1e-9);
        g_assert_cmpfloat_with_epsilon(st->colors[DOSSIER_COLOR_ACCENT][2], 0.0, 1e-9);
        g_assert_cmpfloat(st->colors[DOSSIER_COLOR_PERSON][0], ==, 0.0);

        g_assert_cmpstr(config->default_date, ==, "2024-02-29");
        g_assert_cmpuint(config->max_article_bytes, ==, 2048);
        g_assert_cmpstr(config->output_path, ==, "out/korea.pdf");

        g_assert_cmpuint(config->extractors->len, ==, 2);
        const DossierPluginConfig *e0 = config->extractors->pdata[0];
        const DossierPluginConfig *e1 = config->extractors->pdata[1];
        g_assert_cmpstr(e0->plugin, ==, "actors");
        g_assert_null(e0->settings);
        g_assert_cmpstr(e0->file, ==, f->path);
        g_assert_cmpint(e0->line, ==, 15);
        g_assert_cmpstr(e1->plugin, ==, "key-sentences");
        g_assert_nonnull(e1->settings);
        g_assert_cmpint(config_setting_get_int(config_setting_get_member(e1->settings, "count")),
                        ==, 5);
        g_assert_cmpint(e1->line, ==, 16);
        g_assert_cmpuint(config->renderers->len, ==, 0);
}

static void test_defaults(Fixture *f, const void *data)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierConfig) config = load_text(f, "# nothing set\n", &error);
        g_assert_no_error(error);

        DossierReportStyle want;
        dossier_report_style_init(&want);
        g_assert_cmpstr(config->style.title, ==, want.title);
        g_assert_cmpstr(config->style.font_family, ==, want.font_family);
        g_assert_cmpfloat(config->style.paper_width, ==, want.paper_width);
        g_assert_cmpfloat(config->style.margin_top, ==, want.margin_top);
        dossier_report_style_clear(&want);

        g_assert_nonnull(config->plugin_path);
        g_assert_null(config->plugin_path[0]);
        g_assert_cmpuint(config->extractors->len, ==, 0);
        g_assert_cmpuint(config->renderers->len, ==, 0);
        g_assert_null(config->default_date);
        g_assert_null(config->output_path);
        g_assert_cmpuint(config->max_article_bytes, ==, DOSSIER_DEFAULT_MAX_ARTICLE_BYTES);
}

static void test_shipped(void)
{
        g_autofree char *path = g_build_filename(DOSSIER_SOURCE_DIR, "config", "briefing.cfg", NULL);
        g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierConfig) config =
                dossier_config_load(path, fixture_collect_warning, warnings, &error);

        g_assert_no_error(error);
        for (size_t i = 0; i < warnings->len; i++)
                g_test_message("unexpected warning: %s", (char *) warnings->pdata[i]);
        g_assert_cmpuint(warnings->len, ==, 0);
        g_assert_cmpuint(config->extractors->len, >, 0);
        g_assert_cmpuint(config->renderers->len, >, 0);
        g_assert_cmpstr(config->style.marking, ==, "UNCLASSIFIED");
}

static void test_missing_file(void)
{
        g_autoptr(GError) error = NULL;
        g_autoptr(DossierConfig) config =
                dossier_config_load("/nonexistent/briefing.cfg", NULL, NULL, &error);

        g_assert_null(config);
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
        g_assert_cmpstr(error->message, ==,
                        "/nonexistent/briefing.cfg: cannot read: No such file or directory");
}

/* An @include'd file is found in the main config's folder, whatever the current
 * directory; its relative paths are resolved against that folder too. */
static void test_include(Fixture *f, const void *data)
{
        g_autofree char *part = g_build_filename(f->dir, "part.cfg", NULL);
        g_autofree char *plugins = g_build_filename(f->dir, "extra", NULL);
        g_autoptr(GError) error = NULL;

        g_file_set_contents(part,
                            "plugin_path = [ \"extra\" ];\n"
                            "extractors = ( { plugin = \"times\"; } );\n",
                            -1, &error);
        g_assert_no_error(error);
        g_autoptr(DossierConfig) config = load_text(f, "\n@include \"part.cfg\"\n", &error);
        g_assert_no_error(error);
        g_assert_cmpstr(config->plugin_path[0], ==, plugins);
        const DossierPluginConfig *entry = config->extractors->pdata[0];
        g_assert_cmpstr(entry->file, ==, part);
        g_assert_cmpint(entry->line, ==, 2);

        /* Errors name the included file as the @include line wrote it. */
        g_file_set_contents(part, "report = {\n  paper = \"B5\";\n};\n", -1, &error);
        g_assert_no_error(error);
        g_autoptr(DossierConfig) bad = load_text(f, "@include \"part.cfg\"\n", &error);
        (void) g_unlink(part);
        g_assert_null(bad);
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_CONFIG);
        g_assert_cmpstr(error->message, ==,
                        "part.cfg:2: 'report.paper' must be \"A4\" or \"Letter\", not 'B5'");
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add("/config/errors", Fixture, "briefing.cfg", fixture_set_up, test_errors, fixture_tear_down);
        g_test_add("/config/warnings", Fixture, "briefing.cfg", fixture_set_up, test_warnings,
                   fixture_tear_down);
        g_test_add("/config/good", Fixture, "briefing.cfg", fixture_set_up, test_good, fixture_tear_down);
        g_test_add("/config/defaults", Fixture, "briefing.cfg", fixture_set_up, test_defaults,
                   fixture_tear_down);
        g_test_add("/config/include", Fixture, "briefing.cfg", fixture_set_up, test_include,
                   fixture_tear_down);
        g_test_add_func("/config/shipped", test_shipped);
        g_test_add_func("/config/missing-file", test_missing_file);
        return g_test_run();
}
