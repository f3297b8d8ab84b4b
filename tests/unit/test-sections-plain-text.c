/* Tests for plugins/common/plain-text.c: collapsing, shortening, comparison keys. */
#include "../../plugins/common/plain-text.h"

static void test_collapse(void) {
        static const struct {
                const char *in, *want;
        } cases[] = {
                { "  a \n\t b  ", "a b" },
                { "one\u00a0two\u202fthree", "one two three" },
                { "", "" },
                { "\n\n", "" },
                { "Kim\r\nJong   Un", "Kim Jong Un" },
                { "caf\xc3", "caf\xef\xbf\xbd" }, /* invalid UTF-8 is replaced */
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = plain_text_collapse(cases[i].in);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].in, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_shorten(void) {
        static const struct {
                const char *in;
                size_t max;
                const char *want;
        } cases[] = {
                { "Short.", 40, "Short." },
                { "First one here. Second sentence is long.", 30, "First one here. …" },
                { "He said \"yes.\" Then he left the room quietly.", 30, "He said \"yes.\" …" },
                /* a first sentence under a third of the budget: cut at a word instead */
                { "No. This goes on and on without any end in sight at all", 30,
                  "No. This goes on and on…" },
                { "one two three four five six", 12, "one two…" },
                { "one, two, three", 9, "one, two…" },
                { "abcdefghijklmnop", 5, "abcde…" },
                { "Ça va très bien. Merci beaucoup mon ami.", 20, "Ça va très bien. …" },
                { "  spaced   out  text  ", 11, "spaced out…" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = plain_text_shorten(cases[i].in, cases[i].max);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s' max %zu: got '%s', want '%s'", i,
                                       cases[i].in, cases[i].max, got, cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_key(void) {
        static const struct {
                const char *a, *b;
                gboolean equal;
        } cases[] = {
                { "It's nice, really.", "its NICE really", TRUE },
                { "\"We will never\"", "we will never", TRUE },
                { "It\u2019s", "its", TRUE },
                { "caf\u00e9", "cafe\u0301", TRUE }, /* composed and decomposed forms */
                { "We will never", "We will always", FALSE },
                { "a-b", "a b", TRUE },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *ka = plain_text_key(cases[i].a);
                g_autofree char *kb = plain_text_key(cases[i].b);
                if ((g_strcmp0(ka, kb) == 0) != cases[i].equal) {
                        g_test_message("case %zu: '%s' -> '%s', '%s' -> '%s'", i, cases[i].a, ka,
                                       cases[i].b, kb);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/sections/plain-text/collapse", test_collapse);
        g_test_add_func("/sections/plain-text/shorten", test_shorten);
        g_test_add_func("/sections/plain-text/key", test_key);
        return g_test_run();
}
