/* Tests for plugins/common/article-numbers.c: the numbers articles go by in the
 * Sources list and in every citation of them. */
#include "../../plugins/common/article-numbers.h"

static void test_numbers(void) {
        static const struct {
                const char *dates[5];
                size_t n;
                guint want[5];
        } cases[] = {
                { { "2024-11-25" }, 1, { 1 } },
                { { "2008-04-09", "2005-05-07", "2006-01-11" }, 3, { 3, 1, 2 } },
                /* ties keep the given order */
                { { "2007-02-06", "2007-02-06", "2005-06-06" }, 3, { 2, 3, 1 } },
                /* undated and invalid dates go last, in the given order */
                { { NULL, "2010-06-08", "2023-02-29", "2001-01-01" }, 4, { 3, 2, 4, 1 } },
                { { "bad", NULL }, 2, { 1, 2 } },
                { { NULL }, 0, { 0 } },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree guint *got = article_numbers_new(cases[i].dates, cases[i].n);
                for (size_t k = 0; k < cases[i].n; k++) {
                        if (got[k] != cases[i].want[k]) {
                                g_test_message("case %zu article %zu: got %u, want %u", i, k,
                                               got[k], cases[i].want[k]);
                                g_test_fail();
                        }
                }
        }
}

static void test_cite(void) {
        static const struct {
                guint numbers[5];
                size_t n;
                const char *want;
        } cases[] = {
                { { 3 }, 1, "[3]" },
                { { 12, 3, 7 }, 3, "[3, 7, 12]" },
                { { 7, 3, 7, 3 }, 4, "[3, 7]" }, /* an article cited twice, once */
                { { 0 }, 0, "[]" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = article_numbers_cite(cases[i].numbers, cases[i].n);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu: got '%s', want '%s'", i, got, cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/article-numbers/numbers", test_numbers);
        g_test_add_func("/article-numbers/cite", test_cite);
        return g_test_run();
}
