/* SOURCE_DATE_EPOCH parsing: whole seconds or nothing. Rows below the first block are
 * the regression of the review of issue 2: the batch read 'abc' as 0 and '-5' as
 * 1969, and a value past GDateTime's range left it without a start time. */
#include <stdlib.h>

#include "pipeline/source-date.h"

static void test_parse(void)
{
        static const struct {
                const char *text;
                bool ok;
                int64_t want;
        } cases[] = {
                { "1732492800", true, 1732492800 },
                { "0", true, 0 },
                { "253402214400", true, INT64_C(253402214400) },
                { NULL, false, 0 },
                { "", false, 0 },
                { "abc", false, 0 },
                { "-5", false, 0 },
                { "+5", false, 0 },
                { " 5", false, 0 },
                { "5 ", false, 0 },
                { "12abc", false, 0 },
                { "253402214401", false, 0 },
                { "99999999999999999999999", false, 0 },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                int64_t got = -1;
                bool ok = dossier_source_date_parse(cases[i].text, &got);
                if (ok != cases[i].ok || (ok && got != cases[i].want) || (!ok && got != -1)) {
                        g_test_message("case %zu '%s': got %s %" G_GINT64_FORMAT ", want %s %" G_GINT64_FORMAT,
                                       i, cases[i].text ? cases[i].text : "(null)",
                                       ok ? "true" : "false", got, cases[i].ok ? "true" : "false",
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_environment(void)
{
        g_setenv("SOURCE_DATE_EPOCH", "1732492800", TRUE);
        g_assert_cmpint(dossier_source_date_get_unix(), ==, 1732492800);
        g_autoptr(GDateTime) pinned = dossier_source_date_get_local();
        g_assert_cmpint(g_date_time_to_unix(pinned), ==, 1732492800);

        g_setenv("SOURCE_DATE_EPOCH", "99999999999999999", TRUE);
        g_autoptr(GDateTime) now = dossier_source_date_get_local();
        g_assert_nonnull(now);
        g_assert_cmpint(g_date_time_get_year(now), >=, 2024);
        g_assert_cmpint(dossier_source_date_get_unix(), >, 1732492800);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/source-date/parse", test_parse);
        g_test_add_func("/source-date/environment", test_environment);
        return g_test_run();
}
