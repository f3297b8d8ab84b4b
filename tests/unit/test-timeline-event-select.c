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
        g_test_add_func("/timeline/event-select/empty", test_empty);
        return g_test_run();
}
