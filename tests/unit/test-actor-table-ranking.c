/* Tests for plugins/actor-table/ranking.c: which actors the table shows, and the
 * chart's grid step. */
#include "../../plugins/actor-table/ranking.h"

#include <dossier/doc.h>

static const ActorRow rows[] = {
        { "Kim Jong Un", DOSSIER_ACTOR_PERSON, "leader", 10, 1 },
        { "Donald Trump", DOSSIER_ACTOR_PERSON, "President-elect", 16, 1 },
        { "North Korea", DOSSIER_ACTOR_PLACE, NULL, 5, 1 },
        { "Korean", DOSSIER_ACTOR_OTHER, NULL, 7, 1 },
        { "Russia", DOSSIER_ACTOR_PLACE, NULL, 3, 1 },
        { "Pyongyang", DOSSIER_ACTOR_PLACE, NULL, 3, 1 },
        { "pyongyang", DOSSIER_ACTOR_PLACE, NULL, 3, 1 },
        { "Reuters", DOSSIER_ACTOR_ORG, NULL, 1, 1 },
        { "Hudson Institute", DOSSIER_ACTOR_ORG, NULL, 1, 1 },
        { "Odd", 99, NULL, 50, 1 },
};

typedef struct {
        RankOptions options;
        size_t want_eligible;
        const char *want; /* names joined by '|' */
} RankCase;

#define ALL (RANK_TYPES_DEFAULT | RANK_TYPE_BIT(DOSSIER_ACTOR_OTHER))
#define PEOPLE RANK_TYPE_BIT(DOSSIER_ACTOR_PERSON)

static const RankCase rank_cases[] = {
        { { 15, 1, RANK_TYPES_DEFAULT }, 8,
          "Donald Trump|Kim Jong Un|North Korea|Pyongyang|pyongyang|Russia|Hudson Institute|Reuters" },
        { { 3, 1, RANK_TYPES_DEFAULT }, 8, "Donald Trump|Kim Jong Un|North Korea" },
        { { 15, 1, ALL }, 9,
          "Donald Trump|Kim Jong Un|Korean|North Korea|Pyongyang|pyongyang|Russia|Hudson Institute|Reuters" },
        { { 15, 3, RANK_TYPES_DEFAULT }, 6, "Donald Trump|Kim Jong Un|North Korea|Pyongyang|pyongyang|Russia" },
        { { 15, 100, RANK_TYPES_DEFAULT }, 0, "" },
        /* issue 3: the table lists the types asked for, never an OTHER by default */
        { { 15, 1, PEOPLE }, 2, "Donald Trump|Kim Jong Un" },
        { { 15, 1, RANK_TYPE_BIT(DOSSIER_ACTOR_OTHER) }, 1, "Korean" },
        { { 15, 1, 0 }, 0, "" },
        { { 1, 1, ALL }, 9, "Donald Trump" },
};

static void test_rank(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(rank_cases); i++) {
                const RankCase *c = &rank_cases[i];
                size_t eligible = 0;
                g_autoptr(GArray) got = actor_rank(rows, G_N_ELEMENTS(rows), &c->options, &eligible);
                g_autoptr(GString) names = g_string_new(NULL);
                for (guint k = 0; k < got->len; k++)
                        g_string_append_printf(names, "%s%s", k ? "|" : "",
                                               g_array_index(got, ActorRow, k).name);
                if (g_strcmp0(names->str, c->want) != 0 || eligible != c->want_eligible) {
                        g_test_message("case %zu: got '%s' (%zu eligible), want '%s' (%zu)", i,
                                       names->str, eligible, c->want, c->want_eligible);
                        g_test_fail();
                }
        }
}

static const struct {
        size_t max, max_ticks, want;
} step_cases[] = {
        { 1, 8, 1 }, { 7, 8, 1 }, { 8, 8, 1 }, { 9, 8, 2 }, { 16, 8, 2 }, { 16, 3, 10 },
        { 17, 8, 5 }, { 40, 8, 5 }, { 41, 8, 10 }, { 95, 10, 10 }, { 250, 10, 50 },
        { 1234, 10, 200 }, { 0, 0, 1 }, { 3, 1, 5 },
};

static void test_step(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(step_cases); i++) {
                size_t got = count_scale_step(step_cases[i].max, step_cases[i].max_ticks);
                if (got != step_cases[i].want) {
                        g_test_message("case %zu: max %zu, %zu ticks: got %zu, want %zu", i,
                                       step_cases[i].max, step_cases[i].max_ticks, got,
                                       step_cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_type_names(void)
{
        static const struct {
                const char *name;
                uint32_t want;
        } cases[] = {
                { "person", DOSSIER_ACTOR_PERSON }, { "org", DOSSIER_ACTOR_ORG },
                { "place", DOSSIER_ACTOR_PLACE },   { "other", DOSSIER_ACTOR_OTHER },
                { "Person", 0 },                    { "people", 0 },
                { "", 0 },                          { NULL, 0 },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                uint32_t got = actor_type_from_name(cases[i].name);
                if (got != cases[i].want) {
                        g_test_message("case %zu '%s': got %u, want %u", i, cases[i].name, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/actor-table/ranking/rank", test_rank);
        g_test_add_func("/actor-table/ranking/step", test_step);
        g_test_add_func("/actor-table/ranking/type-names", test_type_names);
        return g_test_run();
}
