/* The bundled fonts: registered with fontconfig, seen by Pango, embedded in PDFs. */
#include <string.h>

#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>

#include <dossier/error.h>

#include "dossier-build-config.h"
#include "layout/report.h"
#include "pdf-probe.h"

static char *fonts_dir(void) {
        return g_build_filename(DOSSIER_SOURCE_DIR, "fonts", NULL);
}

static void test_register(void) {
        g_autofree char *dir = fonts_dir();
        g_autoptr(GError) error = NULL;
        g_assert_true(dossier_fonts_register(dir, &error));
        g_assert_no_error(error);
        /* Registering again is harmless. */
        g_assert_true(dossier_fonts_register(dir, NULL));
        FcFontSet *set = FcConfigGetFonts(FcConfigGetCurrent(), FcSetApplication);
        g_assert_nonnull(set);
        int ours = 0;
        for (int i = 0; i < set->nfont; i++) {
                FcChar8 *file = NULL;
                if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) == FcResultMatch &&
                    g_str_has_prefix((const char *) file, dir))
                        ours++;
        }
        g_assert_cmpint(ours, >=, 4); /* regular, bold, italic, bold italic */
}

static void test_register_missing(void) {
        g_autoptr(GError) error = NULL;
        g_assert_false(dossier_fonts_register("/nonexistent/fonts", &error));
        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_IO);
        g_assert_true(g_str_has_prefix(error->message, "/nonexistent/fonts: "));
}

static const struct {
        PangoWeight weight;
        PangoStyle style;
        const char *want_style; /* fontconfig's style name */
} faces[] = {
        { PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, "Regular" },
        { PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, "Bold" },
        { PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, "Italic" },
        { PANGO_WEIGHT_BOLD, PANGO_STYLE_ITALIC, "Bold Italic" },
};

/* What a renderer's figure gets from pango_cairo_create_layout(): Lato, each face. */
static void test_lato_resolves(void) {
        g_autofree char *dir = fonts_dir();
        g_assert_true(dossier_fonts_register(dir, NULL));
        cairo_surface_t *surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
        cairo_t *cr = cairo_create(surface);
        PangoLayout *layout = pango_cairo_create_layout(cr);
        for (size_t i = 0; i < G_N_ELEMENTS(faces); i++) {
                PangoFontDescription *desc = pango_font_description_from_string("Lato 10");
                pango_font_description_set_weight(desc, faces[i].weight);
                pango_font_description_set_style(desc, faces[i].style);
                PangoFont *font = pango_font_map_load_font(pango_cairo_font_map_get_default(),
                                                           pango_layout_get_context(layout), desc);
                g_assert_nonnull(font);
                FcPattern *pattern = pango_fc_font_get_pattern(PANGO_FC_FONT(font));
                FcChar8 *family = NULL, *style = NULL, *file = NULL;
                FcPatternGetString(pattern, FC_FAMILY, 0, &family);
                FcPatternGetString(pattern, FC_STYLE, 0, &style);
                FcPatternGetString(pattern, FC_FILE, 0, &file);
                g_test_message("face %zu: %s %s from %s", i, family, style, file);
                if (g_strcmp0((const char *) family, "Lato") != 0 ||
                    g_strcmp0((const char *) style, faces[i].want_style) != 0) {
                        g_test_message("face %zu: got '%s' '%s', want Lato '%s'", i, family,
                                       style, faces[i].want_style);
                        g_test_fail();
                }
                g_object_unref(font);
                pango_font_description_free(desc);
        }
        g_object_unref(layout);
        cairo_destroy(cr);
        cairo_surface_destroy(surface);
}

/* The PDF embeds Lato for the body and for text drawn inside a figure. */
static void test_pdf_embeds_lato(void) {
        if (!pdf_probe_have("pdffonts"))
                return;
        g_autofree char *dir = fonts_dir();
        g_assert_true(dossier_fonts_register(dir, NULL));
        DossierReportStyle style;
        dossier_report_style_init(&style);
        g_autoptr(DossierReport) report = dossier_report_new(&style);
        dossier_report_style_clear(&style);
        DossierPage *page = dossier_report_begin_section(report, "fonts");
        dossier_page_add_text(page, DOSSIER_TEXT_BODY, "Body text.");
        cairo_t *cr = dossier_page_begin_figure(page, 40);
        PangoLayout *layout = pango_cairo_create_layout(cr);
        g_autofree char *font = g_strdup_printf("%s Bold Italic 12",
                                                dossier_page_get_font_family(page));
        PangoFontDescription *desc = pango_font_description_from_string(font);
        pango_layout_set_font_description(layout, desc);
        pango_layout_set_text(layout, "Figure label", -1);
        pango_cairo_show_layout(cr, layout);
        pango_font_description_free(desc);
        g_object_unref(layout);
        dossier_page_end_figure(page);
        g_assert_true(dossier_report_end_section(report, page, NULL));
        g_autofree char *tmp = g_dir_make_tmp("dossier-fonts-XXXXXX", NULL);
        g_autofree char *pdf = g_build_filename(tmp, "fonts.pdf", NULL);
        g_assert_true(dossier_report_write_pdf(report, pdf, NULL, NULL));
        const char *argv[] = { "pdffonts", pdf, NULL };
        g_autofree char *out = pdf_probe_run(argv);
        g_assert_nonnull(out);
        g_test_message("%s", out);
        g_assert_nonnull(strstr(out, "+Lato-Regular"));
        g_assert_nonnull(strstr(out, "+Lato-BoldItalic"));
        g_assert_nonnull(strstr(out, "+Lato-Bold "));  /* the marking in header and footer */
        (void) g_unlink(pdf);
        (void) g_rmdir(tmp);
}

/* With fontconfig told of no system fonts, "Lato" can only come from the bundled
 * folder: proves that registering reaches Pango, not just fontconfig. The child
 * sets FONTCONFIG_FILE before anything starts fontconfig. */
static void test_bundled_only(void) {
        if (g_test_subprocess()) {
                g_autofree char *tmp = g_dir_make_tmp("dossier-fc-XXXXXX", NULL);
                g_autofree char *conf = g_build_filename(tmp, "fonts.conf", NULL);
                static const char xml[] = "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n";
                g_assert_true(g_file_set_contents(conf, xml, -1, NULL));
                g_setenv("FONTCONFIG_FILE", conf, TRUE);
                g_autofree char *dir = fonts_dir();
                g_assert_true(dossier_fonts_register(dir, NULL));
                PangoFontMap *map = pango_cairo_font_map_get_default();
                PangoContext *context = pango_font_map_create_context(map);
                PangoFontDescription *desc = pango_font_description_from_string("Lato Bold 10");
                PangoFont *font = pango_font_map_load_font(map, context, desc);
                g_assert_nonnull(font);
                FcChar8 *file = NULL;
                FcPatternGetString(pango_fc_font_get_pattern(PANGO_FC_FONT(font)), FC_FILE, 0,
                                   &file);
                g_autofree char *want = g_build_filename(dir, "Lato-Bold.ttf", NULL);
                g_assert_cmpstr((const char *) file, ==, want);
                g_object_unref(font);
                pango_font_description_free(desc);
                g_object_unref(context);
                (void) g_unlink(conf);
                (void) g_rmdir(tmp);
                return;
        }
        g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
        g_test_trap_assert_passed();
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/fonts/register", test_register);
        g_test_add_func("/fonts/register-missing", test_register_missing);
        g_test_add_func("/fonts/lato-resolves", test_lato_resolves);
        g_test_add_func("/fonts/bundled-only", test_bundled_only);
        g_test_add_func("/fonts/pdf-embeds-lato", test_pdf_embeds_lato);
        return g_test_run();
}
