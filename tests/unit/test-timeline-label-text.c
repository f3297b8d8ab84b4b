/* Tests for plugins/timeline/label-text.c: a label's text is shortened after a
 * whole word, never inside one ("because the Air For…"). */
#include <stdbool.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "../../plugins/timeline/label-text.h"

#define ELLIPSIS "\u2026"

static const struct {
        const char *prefix, *text;
        double width;
        int max_lines;
        const char *want; /* NULL: shortened at some word's end, checked below */
} fit_cases[] = {
        { NULL, "Trump said during his campaign", 120, 3, "Trump said during his campaign" },
        { NULL, "This decision is even more disappointing because the Air Force had "
                "previously favored the Boeing 767 tanker", 120, 3, NULL },
        { "\u2022 ", "The House language of the spending bill ignores an analysis of "
                     "alternatives that the Air Force has done", 120, 2, NULL },
        /* the last whole word ends in a comma: it goes with the cut */
        { NULL, "alpha beta gamma, delta epsilon zeta eta theta iota kappa lambda mu", 60, 2,
          NULL },
        /* not on a little word: "as part of a…" */
        { NULL, "The Ford Motor Company will cut 30,000 jobs and 14 plants as part of a "
                "restructuring plan", 100, 3, NULL },
        { NULL, "Supercalifragilisticexpialidocious", 20, 1, "Supercalifragilisticexpialidocious" },
        { NULL, "", 120, 3, "" },
};

/* True when the first @n bytes of @text end in "a", "of" or "the". */
static bool ends_weak(const char *text, size_t n) {
        static const char *const weak[] = { " a", " of", " the" };
        g_autofree char *head = g_strndup(text, n);
        for (size_t i = 0; i < G_N_ELEMENTS(weak); i++) {
                if (g_str_has_suffix(head, weak[i]))
                        return true;
        }
        return false;
}

static int lines_of(PangoLayout *layout, const char *prefix, const char *text) {
        g_autofree char *all = g_strconcat(prefix ? prefix : "", text, NULL);
        pango_layout_set_text(layout, all, -1);
        return pango_layout_get_line_count(layout);
}

static void test_fit(void) {
        cairo_surface_t *surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
        cairo_t *cr = cairo_create(surface);
        PangoLayout *layout = pango_cairo_create_layout(cr);
        PangoFontDescription *font = pango_font_description_from_string("Sans 7.5");
        pango_layout_set_font_description(layout, font);
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        for (size_t i = 0; i < G_N_ELEMENTS(fit_cases); i++) {
                pango_layout_set_width(layout, (int) (fit_cases[i].width * PANGO_SCALE));
                const char *text = fit_cases[i].text;
                g_autofree char *got = label_text_fit(layout, fit_cases[i].prefix, text,
                                                      fit_cases[i].max_lines);
                bool ok;
                if (fit_cases[i].want) {
                        ok = g_strcmp0(got, fit_cases[i].want) == 0;
                } else {
                        size_t n = strlen(got) - strlen(ELLIPSIS);
                        ok = g_str_has_suffix(got, ELLIPSIS) && n > 0 &&
                             strncmp(got, text, n) == 0 && text[n] != '\0' &&
                             strchr(" ,", text[n]) != NULL && got[n - 1] != ',' &&
                             !ends_weak(got, n) &&
                             lines_of(layout, fit_cases[i].prefix, got) <= fit_cases[i].max_lines;
                }
                if (!ok) {
                        g_test_message("case %zu '%s': got '%s'", i, text, got);
                        g_test_fail();
                }
        }
        pango_font_description_free(font);
        g_object_unref(layout);
        cairo_destroy(cr);
        cairo_surface_destroy(surface);
}

/* Labels that arrive shortened lose the little words before their ellipsis. */
static void test_tidy(void) {
        static const struct {
                const char *text, *want;
        } cases[] = {
                { "14 plants as part of a…", "14 plants as part…" },
                { "that saw 61% of…", "that saw 61%…" },
                { "named Mary Barra as…", "named Mary Barra…" },
                { "would not sustain its recent…", "would not sustain its recent…" },
                { "a fundamental break with the...", "a fundamental break…" },
                { "the plan, …", "the plan…" },
                { "of…", "of…" }, /* nothing would be left */
                { "Trump said during his campaign", "Trump said during his campaign" },
                { "", "" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = label_text_tidy(cases[i].text);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].text,
                                       got, cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/timeline/label-text/fit", test_fit);
        g_test_add_func("/timeline/label-text/tidy", test_tidy);
        return g_test_run();
}
