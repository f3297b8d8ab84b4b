/* Report style: defaults, paper names, colours, and the shipped config in sync. */
#include <math.h>
#include <string.h>

#include <libconfig.h>

#include "dossier-build-config.h"
#include "layout/report.h"

static void test_defaults(void) {
        DossierReportStyle style;
        dossier_report_style_init(&style);
        g_assert_cmpfloat_with_epsilon(style.paper_width, 595.28, 1e-9);
        g_assert_cmpfloat_with_epsilon(style.paper_height, 841.89, 1e-9);
        g_assert_cmpstr(style.font_family, ==, "Lato");
        g_assert_cmpfloat(style.font_size, ==, 10.0);
        g_assert_cmpstr(style.marking, ==, "UNCLASSIFIED");
        g_assert_null(style.date);
        g_assert_cmpfloat(style.margin_top, ==, 64.0);
        g_assert_cmpfloat(style.margin_left, ==, 58.0);
        dossier_report_style_clear(&style);
        dossier_report_style_clear(&style); /* clearing twice is harmless */
}

static const struct {
        const char *name;
        bool ok;
        double width, height;
} paper_cases[] = {
        { "A4", true, 595.28, 841.89 },
        { "a4", true, 595.28, 841.89 },
        { "Letter", true, 612, 792 },
        { "LETTER", true, 612, 792 },
        { "A5", false, 0, 0 },
        { "", false, 0, 0 },
        { NULL, false, 0, 0 },
};

static void test_paper(void) {
        for (size_t i = 0; i < G_N_ELEMENTS(paper_cases); i++) {
                DossierReportStyle style = { .paper_width = -1, .paper_height = -1 };
                bool ok = dossier_report_style_set_paper(&style, paper_cases[i].name);
                bool size_ok = ok ? style.paper_width == paper_cases[i].width &&
                                            style.paper_height == paper_cases[i].height
                                  : style.paper_width == -1;
                if (ok != paper_cases[i].ok || !size_ok) {
                        g_test_message("case %zu '%s': ok %d, %g x %g", i, paper_cases[i].name, ok,
                                       style.paper_width, style.paper_height);
                        g_test_fail();
                }
        }
}

static const struct {
        uint32_t role;
        const char *hex;
        bool ok;
        double r, g, b;
} color_cases[] = {
        { DOSSIER_COLOR_ACCENT, "#ff0080", true, 1, 0, 128 / 255.0 },
        { DOSSIER_COLOR_TEXT, "#ABCDEF", true, 0xab / 255.0, 0xcd / 255.0, 0xef / 255.0 },
        { DOSSIER_COLOR_BACKGROUND, "#000000", true, 0, 0, 0 },
        { DOSSIER_COLOR_TEXT, "ff0080", false, 0, 0, 0 },
        { DOSSIER_COLOR_TEXT, "#ff008", false, 0, 0, 0 },
        { DOSSIER_COLOR_TEXT, "#ff00801", false, 0, 0, 0 },
        { DOSSIER_COLOR_TEXT, "#gg0080", false, 0, 0, 0 },
        { 0, "#ff0080", false, 0, 0, 0 },
        { DOSSIER_N_COLORS, "#ff0080", false, 0, 0, 0 },
        { DOSSIER_COLOR_TEXT, NULL, false, 0, 0, 0 },
};

static void test_color(void) {
        for (size_t i = 0; i < G_N_ELEMENTS(color_cases); i++) {
                DossierReportStyle style = { 0 };
                bool ok = dossier_report_style_set_color(&style, color_cases[i].role,
                                                         color_cases[i].hex);
                const double *c = color_cases[i].role < DOSSIER_N_COLORS
                                          ? style.colors[color_cases[i].role]
                                          : style.colors[0];
                bool value_ok = !ok || (G_APPROX_VALUE(c[0], color_cases[i].r, 1e-9) &&
                                        G_APPROX_VALUE(c[1], color_cases[i].g, 1e-9) &&
                                        G_APPROX_VALUE(c[2], color_cases[i].b, 1e-9));
                if (ok != color_cases[i].ok || !value_ok) {
                        g_test_message("case %zu '%s': ok %d", i, color_cases[i].hex, ok);
                        g_test_fail();
                }
        }
}

static const struct {
        const char *key;
        uint32_t role;
} cfg_colors[] = {
        { "text", DOSSIER_COLOR_TEXT },       { "muted", DOSSIER_COLOR_MUTED },
        { "accent", DOSSIER_COLOR_ACCENT },   { "rule", DOSSIER_COLOR_RULE },
        { "background", DOSSIER_COLOR_BACKGROUND }, { "person", DOSSIER_COLOR_PERSON },
        { "org", DOSSIER_COLOR_ORG },         { "place", DOSSIER_COLOR_PLACE },
        { "other", DOSSIER_COLOR_OTHER },     { "past", DOSSIER_COLOR_PAST },
        { "future", DOSSIER_COLOR_FUTURE },
};

/* config/briefing.cfg spells out the defaults: the two must not drift apart. */
static void test_config_in_sync(void) {
        g_autofree char *path =
                g_build_filename(DOSSIER_SOURCE_DIR, "config", "briefing.cfg", NULL);
        config_t cfg;
        config_init(&cfg);
        if (!config_read_file(&cfg, path)) {
                g_test_message("%s:%d: %s", path, config_error_line(&cfg), config_error_text(&cfg));
                config_destroy(&cfg);
                g_test_fail();
                return;
        }
        DossierReportStyle defaults, from_cfg;
        dossier_report_style_init(&defaults);
        dossier_report_style_init(&from_cfg);
        for (size_t i = 0; i < G_N_ELEMENTS(cfg_colors); i++) {
                g_autofree char *key = g_strconcat("report.colors.", cfg_colors[i].key, NULL);
                const char *hex = NULL;
                uint32_t role = cfg_colors[i].role;
                if (!config_lookup_string(&cfg, key, &hex) ||
                    !dossier_report_style_set_color(&from_cfg, role, hex) ||
                    memcmp(from_cfg.colors[role], defaults.colors[role], sizeof(double[3])) != 0) {
                        g_test_message("%s: '%s' differs from the default", key, hex);
                        g_test_fail();
                }
        }
        const char *family = NULL, *paper = NULL;
        double size = 0, top = 0, left = 0;
        g_assert_true(config_lookup_string(&cfg, "report.font.family", &family));
        g_assert_true(config_lookup_float(&cfg, "report.font.size", &size));
        g_assert_true(config_lookup_string(&cfg, "report.paper", &paper));
        g_assert_true(config_lookup_float(&cfg, "report.margins.top", &top));
        g_assert_true(config_lookup_float(&cfg, "report.margins.left", &left));
        g_assert_cmpstr(family, ==, defaults.font_family);
        g_assert_cmpfloat(size, ==, defaults.font_size);
        g_assert_cmpfloat(top, ==, defaults.margin_top);
        g_assert_cmpfloat(left, ==, defaults.margin_left);
        g_assert_true(dossier_report_style_set_paper(&from_cfg, paper));
        g_assert_cmpfloat(from_cfg.paper_width, ==, defaults.paper_width);
        dossier_report_style_clear(&defaults);
        dossier_report_style_clear(&from_cfg);
        config_destroy(&cfg);
}

/* Greyscale printing: the entity colours must stay apart in luminance. */
static void test_palette_greyscale(void) {
        DossierReportStyle style;
        dossier_report_style_init(&style);
        static const uint32_t roles[] = { DOSSIER_COLOR_PERSON, DOSSIER_COLOR_ORG,
                                          DOSSIER_COLOR_PLACE, DOSSIER_COLOR_OTHER };
        double luma[G_N_ELEMENTS(roles)];
        for (size_t i = 0; i < G_N_ELEMENTS(roles); i++) {
                const double *c = style.colors[roles[i]];
                luma[i] = 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
        }
        for (size_t i = 0; i < G_N_ELEMENTS(roles); i++)
                for (size_t j = i + 1; j < G_N_ELEMENTS(roles); j++)
                        if (fabs(luma[i] - luma[j]) < 0.05) {
                                g_test_message("roles %u and %u print alike (%.2f, %.2f)",
                                               roles[i], roles[j], luma[i], luma[j]);
                                g_test_fail();
                        }
        dossier_report_style_clear(&style);
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/report-style/defaults", test_defaults);
        g_test_add_func("/report-style/paper", test_paper);
        g_test_add_func("/report-style/color", test_color);
        g_test_add_func("/report-style/config-in-sync", test_config_in_sync);
        g_test_add_func("/report-style/palette-greyscale", test_palette_greyscale);
        return g_test_run();
}
