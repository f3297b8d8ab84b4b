/* Tests for plugins/timeline/event-select.c: merging, ranking and ordering events. */
#include "../../plugins/timeline/event-select.h"

static const char *const korea_russia[] = { "North Korea", "Russia" };
static const char *const russia[] = { "Russia" };
static const char *const trump[] = { "Donald Trump" };
static const char *const trump_kim[] = { "Donald Trump", "Kim Jong Un" };
static const char *const biden_xi[] = { "Joe Biden", "Xi Jinping" };

static const TimelineEventIn events[] = {
        { "2024-06", "signed a cooperation agreement", korea_russia, 2, 0 },     /* 0 */
        { "2024-06", "treaty with Moscow", russia, 1, 1 },                      /* merges 0 */
        { "2024-10", "Kim's speech", NULL, 0, 0 },                              /* 2 */
        { "PRESENT_REF", "now", trump, 1, 0 },                                  /* dropped */
        { "2025-01", "Trump returns to the White House", trump, 1, 0 },         /* 4 */
        { "2024-11", "meeting with Xi", biden_xi, 2, 0 },                       /* 5 */
        { "2024-10", "Kim's speech", NULL, 0, 1 },                              /* merges 2 */
        { "2024-10", "another speech", NULL, 0, 1 },                            /* 7 */
        { "2022-01", "break with past policy", NULL, 0, 0 },                    /* 8 */
        { "2024", "Trump praised Kim", trump_kim, 2, 0 },                       /* 9 */
        { "XXXX-06-04", "some June 4", trump, 1, 0 },                           /* dropped */
        { "2025-01", "inauguration", biden_xi, 2, 2 },                          /* no shared actor */
};

static void test_all(void)
{
        size_t n_dated = 0;
        g_autoptr(GPtrArray) got = timeline_events_select(events, G_N_ELEMENTS(events), 50,
                                                          &n_dated);
        static const char *const want[] = {
                "2022-01", "2024", "2024-06", "2024-10", "2024-10", "2024-11", "2025-01", "2025-01",
        };
        g_assert_cmpuint(n_dated, ==, G_N_ELEMENTS(want));
        g_assert_cmpuint(got->len, ==, G_N_ELEMENTS(want));
        for (guint i = 0; i < got->len; i++) {
                const TimelineEvent *e = g_ptr_array_index(got, i);
                g_assert_cmpstr(e->value, ==, want[i]);
        }
        const TimelineEvent *treaty = g_ptr_array_index(got, 2);
        g_assert_cmpstr(treaty->label, ==, "signed a cooperation agreement");
        g_assert_cmpuint(treaty->n_merged, ==, 2);
        g_assert_cmpuint(treaty->actors->len, ==, 2);
        g_assert_cmpuint(treaty->articles->len, ==, 2);
        const TimelineEvent *speech = g_ptr_array_index(got, 3);
        g_assert_cmpstr(speech->label, ==, "Kim's speech");
        g_assert_cmpuint(speech->n_merged, ==, 2);
        /* same date, no merge: the earlier in the input comes first */
        const TimelineEvent *jan1 = g_ptr_array_index(got, 6);
        g_assert_cmpstr(jan1->label, ==, "Trump returns to the White House");
}

static void test_top(void)
{
        g_autoptr(GPtrArray) got = timeline_events_select(events, G_N_ELEMENTS(events), 3, NULL);
        g_assert_cmpuint(got->len, ==, 3);
        /* the treaty (2 actors, 2 sources), the inauguration (2 actors, 1 source, a
         * month) and the Xi meeting (the same score): all beat single-actor events */
        static const char *const want[] = { "2024-06", "2024-11", "2025-01" };
        for (guint i = 0; i < got->len; i++) {
                const TimelineEvent *e = g_ptr_array_index(got, i);
                g_assert_cmpstr(e->value, ==, want[i]);
        }
}

/* Issue 4: events of several articles that share a date and actors are one; one
 * common actor ("United States") alone does not make two events one. */
static void test_merge(void)
{
        static const char *const gm_us[] = { "General Motors", "United States" };
        static const char *const gm[] = { "General Motors" };
        static const char *const ford_us[] = { "Ford", "United States", "Congress" };
        static const char *const nk_ru[] = { "North Korea", "Russia", "Vladimir Putin" };
        static const char *const nk[] = { "North Korea" };
        static const struct {
                TimelineEventIn a, b;
                bool merged;
        } cases[] = {
                /* two articles, the same actors */
                { { "2009-06-01", "GM filed for bankruptcy", gm_us, 2, 0 },
                  { "2009-06-01", "The carmaker sought court protection", gm_us, 2, 1 }, true },
                /* two articles, one actor and the same words */
                { { "2009-06-01", "General Motors filed for bankruptcy", gm_us, 2, 0 },
                  { "2009-06-01", "GM files for bankruptcy protection", gm, 1, 1 }, true },
                /* one actor in common and nothing else */
                { { "2009", "Ford cut 30,000 jobs", ford_us, 3, 0 },
                  { "2009", "GM posted a record loss", gm_us, 2, 1 }, false },
                /* half the actors in common */
                { { "2024-06", "North Korea and Russia signed a pact", nk_ru, 3, 0 },
                  { "2024-06", "The treaty came into force", nk, 1, 1 }, false },
                { { "2024-06", "North Korea and Russia signed a pact", nk_ru, 3, 0 },
                  { "2024-06", "Pyongyang signed a mutual defence pact", nk, 1, 1 }, true },
                /* one article: the headline and the text say the same */
                { { "1992", "GM posts first annual loss", gm, 1, 0 },
                  { "1992", "General Motors has posted its first annual loss", gm, 1, 0 }, true },
                { { "2009", "GM cut its dealer network", gm, 1, 0 },
                  { "2009", "GM closed its Delaware plant", gm, 1, 0 }, false },
                /* another date is another event */
                { { "2009-06", "GM filed for bankruptcy", gm, 1, 0 },
                  { "2009-06-01", "GM filed for bankruptcy", gm, 1, 1 }, false },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                TimelineEventIn in[] = { cases[i].a, cases[i].b };
                g_autoptr(GPtrArray) got = timeline_events_select(in, 2, 10, NULL);
                bool merged = got->len == 1;
                if (merged != cases[i].merged) {
                        g_test_message("case %zu '%s' / '%s': merged %d, want %d", i, in[0].label, in[1].label,
                                       merged, cases[i].merged);
                        g_test_fail();
                }
                if (merged && ((TimelineEvent *) g_ptr_array_index(got, 0))->articles->len !=
                                      (in[0].article == in[1].article ? 1u : 2u)) {
                        g_test_message("case %zu: a source went missing", i);
                        g_test_fail();
                }
        }
}

static void test_empty(void)
{
        size_t n_dated = 99;
        g_autoptr(GPtrArray) got = timeline_events_select(NULL, 0, 12, &n_dated);
        g_assert_cmpuint(got->len, ==, 0);
        g_assert_cmpuint(n_dated, ==, 0);
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/timeline/event-select/all", test_all);
        g_test_add_func("/timeline/event-select/top", test_top);
        g_test_add_func("/timeline/event-select/merge", test_merge);
        g_test_add_func("/timeline/event-select/empty", test_empty);
        return g_test_run();
}
