/* Tests for plugins/cover/cover-lines.c: article counts and the date-anchor line. */
#include "../../plugins/cover/cover-lines.h"

static void test_count(void) {
        g_autofree char *one = cover_count_articles(1);
        g_autofree char *many = cover_count_articles(30);
        g_autofree char *none = cover_count_articles(0);

        g_assert_cmpstr(one, ==, "1 article");
        g_assert_cmpstr(many, ==, "30 articles");
        g_assert_cmpstr(none, ==, "0 articles");
}

static void test_anchor(void) {
        static const struct {
                CoverAnchors in;
                const char *want;
        } cases[] = {
                { { .n_articles = 1, .only_date = "2024-11-25" },
                  "Relative dates are resolved against the article's date, 25 November 2024." },
                { { .n_articles = 1, .only_date = "2024-11-25", .n_mtime = 1 },
                  "Relative dates are resolved against the article's date, 25 November 2024, "
                  "taken from its file's modification time." },
                { { .n_articles = 1, .only_date = "2024-11-25", .n_option = 1,
                    .option_date = "2024-11-25" },
                  "Relative dates are resolved against the article's date, 25 November 2024, "
                  "given with --date." },
                { { .n_articles = 3 }, "Relative dates are resolved against each article's own date." },
                { { .n_articles = 3, .n_mtime = 1 },
                  "Relative dates are resolved against each article's own date; 1 article dated "
                  "from the file's modification time." },
                { { .n_articles = 5, .n_mtime = 2, .n_config = 2, .config_date = "2024-01-02" },
                  "Relative dates are resolved against each article's own date; 2 articles dated "
                  "from the file's modification time, 2 articles dated 2 Jan 2024 by "
                  "input.default_date." },
                { { .n_articles = 4, .n_option = 4, .option_date = "2024-03-04" },
                  "Relative dates are resolved against each article's own date; 4 articles dated "
                  "4 Mar 2024 by --date." },
                { { .n_articles = 0 }, "No articles were given." },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = cover_anchor_line(&cases[i].in);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu: got '%s'\n  want '%s'", i, got, cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/sections/cover-lines/count", test_count);
        g_test_add_func("/sections/cover-lines/anchor", test_anchor);
        return g_test_run();
}
