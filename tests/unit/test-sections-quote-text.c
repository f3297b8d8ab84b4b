/* Tests for plugins/quote-list/quote-text.c: a quote's printable words. */
#include "../../plugins/quote-list/quote-text.h"

static void test_clean(void) {
        static const struct {
                const char *raw;
                gboolean direct;
                size_t max;
                const char *want;
        } cases[] = {
                /* the reference article's spans include the marks and the hand-over comma */
                { "\"It's nice to get along with someone,\"", TRUE, 400,
                  "It's nice to get along with someone." },
                { "\u201cWe will never lower the weight.\u201d", TRUE, 400,
                  "We will never lower the weight." },
                { "It's nice to get along", TRUE, 400, "It's nice to get along." },
                { "\"Is it over?\"", TRUE, 400, "Is it over?" },
                { "\"He called it 'fake'\"", TRUE, 400, "He called it 'fake'" },  /* ends in a mark: left */
                { "\"What we've seen ... is not a tactical feint\"", TRUE, 400,
                  "What we've seen ... is not a tactical feint." },
                { "that direct engagement\nremains a key strategy", FALSE, 400,
                  "direct engagement remains a key strategy." },
                { "thatcher's plan failed", FALSE, 400, "thatcher's plan failed." },
                { "\"First sentence here. Second one is much longer than the rest.\"", TRUE, 30,
                  "First sentence here. …" },
                { "\"\"", TRUE, 400, "" },
                { "\"with great respect, we disagree,\"", TRUE, 400, "…with great respect, we disagree." },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = quote_text_clean(cases[i].raw, cases[i].direct, cases[i].max);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].raw, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_capitalize(void) {
        static const struct {
                const char *in, *want;
        } cases[] = {
                { "a source familiar", "A source familiar" },
                { "Senator", "Senator" },
                { "élan", "Élan" },
                { "", "" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = quote_text_capitalize(cases[i].in);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s'", i, cases[i].in, got);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/sections/quote-text/clean", test_clean);
        g_test_add_func("/sections/quote-text/capitalize", test_capitalize);
        return g_test_run();
}
