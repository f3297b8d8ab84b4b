/* Tests for plugins/common/date-words.c: the renderers' English date wording. */
#include "../../plugins/common/date-words.h"

static void test_short_long(void) {
        static const struct {
                const char *iso, *want_short, *want_long;
        } cases[] = {
                { "2024-11-25", "25 Nov 2024", "25 November 2024" },
                { "2008-01-09", "9 Jan 2008", "9 January 2008" },
                { "2024-02-29", "29 Feb 2024", "29 February 2024" },
                { "2023-02-29", "2023-02-29", "2023-02-29" }, /* not a date: echoed */
                { "2024-11", "2024-11", "2024-11" },
                { "2024-11-25x", "2024-11-25x", "2024-11-25x" },
                { "", "", "" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *s = date_words_short(cases[i].iso);
                g_autofree char *l = date_words_long(cases[i].iso);
                if (g_strcmp0(s, cases[i].want_short) != 0 || g_strcmp0(l, cases[i].want_long) != 0) {
                        g_test_message("case %zu '%s': got '%s' / '%s'", i, cases[i].iso, s, l);
                        g_test_fail();
                }
        }
        g_assert_null(date_words_short(NULL));
}

static void test_range(void) {
        static const struct {
                const char *dates[4];
                const char *want;
        } cases[] = {
                { { "2024-11-25" }, "25 Nov 2024" },
                { { "2024-11-25", "2024-11-25" }, "25 Nov 2024" },
                { { "2024-01-20", "2024-01-12" }, "12 – 20 Jan 2024" },
                { { "2024-03-04", "2024-01-12", "2024-02-01" }, "12 Jan – 4 Mar 2024" },
                { { "2024-03-04", "2023-12-12" }, "12 Dec 2023 – 4 Mar 2024" },
                { { "bad", "2024-03-04" }, "4 Mar 2024" }, /* invalid dates are skipped */
                { { "bad" }, NULL },
                { { NULL }, NULL },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                size_t n = 0;
                while (n < G_N_ELEMENTS(cases[i].dates) && cases[i].dates[n])
                        n++;
                g_autofree char *got = date_words_range(cases[i].dates, n);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu: got '%s', want '%s'", i, got, cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/sections/date-words/short-long", test_short_long);
        g_test_add_func("/sections/date-words/range", test_range);
        return g_test_run();
}
