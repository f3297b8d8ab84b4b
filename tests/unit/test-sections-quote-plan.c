/* Tests for plugins/quote-list/quote-plan.c: which quotes the quotes section
 * prints, under which speaker, in what order. */
#include "../../plugins/quote-list/quote-plan.h"

#define A QUOTE_SPEAKER_ACTOR
#define D QUOTE_SPEAKER_DESCRIPTION
#define N QUOTE_SPEAKER_NONE

typedef struct Case {
        const char *what;
        QuoteRow rows[8]; /* ends at the first row without text */
        QuotePlanOptions options;
        /* groups as "Speaker{text [sources]|...}", direct ones, then " / ", reported ones */
        const char *want;
} Case;

static const QuotePlanOptions defaults = { 3, 30, 10, 5 };

/* The rows are written from ordinary news phrasing, not from any evaluation set. */
static const Case cases[] = {
        { "groups follow the speaker's mentions, descriptions after names",
          { { "We will build the bridge.", "Ann Lee", A, 3, 1, 10, true },
            { "The plan is sound and ready.", "Bo Park", A, 9, 1, 90, true },
            { "Costs will rise next year.", "A senior official", D, 0, 1, 5, true },
            { "Work starts in the spring.", "Ann Lee", A, 3, 1, 50, true } },
          defaults,
          "Bo Park{The plan is sound and ready. [1]} "
          "Ann Lee{We will build the bridge. [1]|Work starts in the spring. [1]} "
          "A senior official{Costs will rise next year. [1]} / " },
        { "equal mentions: more quotes first, then the one quoted first",
          { { "First words from Cy.", "Cy", A, 2, 2, 0, true },
            { "Dee speaks here first.", "Dee", A, 2, 1, 0, true },
            { "Eve says one thing.", "Eve", A, 2, 1, 5, true },
            { "Eve says another thing.", "Eve", A, 2, 3, 0, true } },
          defaults,
          "Eve{Eve says one thing. [1]|Eve says another thing. [3]} "
          "Dee{Dee speaks here first. [1]} Cy{First words from Cy. [2]} / " },
        { "scare quotes: no speaker, or too short, or a short fragment",
          { { "Fake news.", "Ann Lee", A, 3, 1, 0, true },
            { "We will win this.", NULL, N, 0, 1, 20, true },
            { "…decades in the making.", "Ann Lee", A, 3, 1, 40, true },
            { "…a deal that nobody here had expected at all.", "Ann Lee", A, 3, 1, 60, true },
            { "We will win.", "Ann Lee", A, 3, 1, 80, true } },
          defaults,
          "Ann Lee{…a deal that nobody here had expected at all. [1]|We will win. [1]} / " },
        { "the same words in two articles: printed once, both sources, punctuation aside",
          { { "We are not leaving the market.", "Ann Lee", A, 3, 4, 0, true },
            { "We are not leaving the market!", "Ann Lee", A, 3, 2, 0, true },
            { "We are NOT leaving the market.", "Ann Lee", A, 3, 4, 99, true } },
          defaults,
          "Ann Lee{We are not leaving the market! [2,4]} / " },
        { "a shorter cut of a longer quote merges into it, whatever order they come in",
          { { "Prices will fall by summer and stay low for a year.", "Ann Lee", A, 3, 2, 0, true },
            { "Prices will fall by summer and stay low for a year, and then we will see.", "Ann Lee",
              A, 3, 3, 0, true },
            /* five words are too few to be sure it is the same quote */
            { "Prices will fall by summer.", "Ann Lee", A, 3, 1, 0, true } },
          defaults,
          "Ann Lee{Prices will fall by summer. [1]|Prices will fall by summer and stay low for a "
          "year, and then we will see. [3,2]} / " },
        { "repeats go under the best-known speaker; an unattributed repeat adds its source",
          { { "The factory will close in May.", "A spokesman", D, 0, 1, 0, true },
            { "The factory will close in May.", "Ann Lee", A, 3, 2, 0, true },
            { "The factory will close in May.", NULL, N, 0, 3, 0, true } },
          defaults,
          "Ann Lee{The factory will close in May. [2,1,3]} / " },
        { "two speakers make one joint group, ranked by the better known",
          { { "We found no sign of a change.", "Ann Lee and Bo Park", A, 9, 1, 0, true },
            { "Talks resume on Monday.", "Cy", A, 4, 1, 10, true },
            { "Our view is unchanged.", "Ann Lee", A, 5, 1, 20, true } },
          defaults,
          "Ann Lee and Bo Park{We found no sign of a change. [1]} Ann Lee{Our view is unchanged. [1]} "
          "Cy{Talks resume on Monday. [1]} / " },
        { "a speaker's label groups whatever its case",
          { { "Costs will rise next year.", "A senior official", D, 0, 1, 0, true },
            { "No decision has been made.", "a senior official", D, 0, 2, 0, true } },
          defaults,
          "A senior official{Costs will rise next year. [1]|No decision has been made. [2]} / " },
        { "reported statements apart, by speaker, and a reported repeat of a quote goes",
          { { "We will build the bridge by June.", "Ann Lee", A, 3, 1, 0, true },
            { "the council would vote on the budget in May", "A source familiar with the talks", D,
              0, 1, 50, false },
            { "we will build the bridge by June", "Ann Lee", A, 3, 2, 0, false },
            { "the company had cut its forecast for the year", "Bo Park", A, 9, 1, 90, false } },
          defaults,
          "Ann Lee{We will build the bridge by June. [1,2]} / "
          "Bo Park{the company had cut its forecast for the year [1]} "
          "A source familiar with the talks{the council would vote on the budget in May [1]}" },
        { "max_reported 0 leaves reported statements out",
          { { "the company had cut its forecast for the year", "Bo Park", A, 9, 1, 90, false },
            { "We will build the bridge.", "Ann Lee", A, 3, 1, 10, true } },
          { 3, 30, 0, 5 },
          "Ann Lee{We will build the bridge. [1]} / " },
        { "limits: per speaker, then in all, in print order",
          { { "One thing to say here.", "Ann Lee", A, 9, 1, 0, true },
            { "Two things to say here.", "Ann Lee", A, 9, 1, 10, true },
            { "Three things to say here.", "Ann Lee", A, 9, 1, 20, true },
            { "Bo has a word here.", "Bo Park", A, 5, 1, 0, true },
            { "Cy has a word too.", "Cy", A, 1, 1, 0, true },
            { "prices had risen again in the north", "Dee", A, 1, 1, 0, false },
            { "prices had fallen in the south", "Dee", A, 1, 1, 50, false } },
          { 3, 3, 1, 2 },
          "Ann Lee{One thing to say here. [1]|Two things to say here. [1]} "
          "Bo Park{Bo has a word here. [1]} / Dee{prices had risen again in the north [1]}" },
};

static void append_groups(GString *out, const GPtrArray *groups, const QuoteRow *rows) {
        for (guint i = 0; i < groups->len; i++) {
                const QuoteGroup *group = groups->pdata[i];
                g_string_append_printf(out, "%s%s{", i ? " " : "", rows[group->speaker_row].speaker);
                for (guint j = 0; j < group->entries->len; j++) {
                        const QuoteEntry *entry = group->entries->pdata[j];
                        g_string_append_printf(out, "%s%s [", j ? "|" : "", rows[entry->row].text);
                        for (guint k = 0; k < entry->sources->len; k++)
                                g_string_append_printf(out, "%s%u", k ? "," : "",
                                                       g_array_index(entry->sources, guint, k));
                        g_string_append(out, "]");
                }
                g_string_append(out, "}");
        }
}

static char *describe(const QuotePlan *plan, const QuoteRow *rows) {
        GString *out = g_string_new(NULL);

        append_groups(out, plan->direct, rows);
        g_string_append(out, plan->direct->len ? " / " : "/ ");
        append_groups(out, plan->reported, rows);
        return g_string_free(out, FALSE);
}

static void test_plan(void) {
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                size_t n = 0;
                while (n < G_N_ELEMENTS(cases[i].rows) && cases[i].rows[n].text)
                        n++;
                g_autoptr(QuotePlan) plan = quote_plan_new(cases[i].rows, n, &cases[i].options);
                g_autofree char *got = describe(plan, cases[i].rows);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu (%s):\n  got  %s\n  want %s", i, cases[i].what, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_counts(void) {
        static const QuoteRow rows[] = {
                { "One thing to say here.", "Ann Lee", A, 9, 1, 0, true },
                { "Two things to say here.", "Ann Lee", A, 9, 1, 10, true },
                { "Two things to say here.", "Ann Lee", A, 9, 2, 10, true },
                { "Too short.", "Ann Lee", A, 9, 1, 30, true },
                { "Bo has a word here.", "Bo Park", A, 5, 1, 0, true },
                { "the plant would close in the spring", "Bo Park", A, 5, 1, 90, false },
        };
        static const QuotePlanOptions options = { 3, 2, 10, 5 };
        g_autoptr(QuotePlan) plan = quote_plan_new(rows, G_N_ELEMENTS(rows), &options);

        /* kept: three different quotes; shown: the limit */
        g_assert_cmpuint(plan->n_direct, ==, 3);
        g_assert_cmpuint(plan->shown_direct, ==, 2);
        g_assert_cmpuint(plan->n_reported, ==, 1);
        g_assert_cmpuint(plan->shown_reported, ==, 1);
}

static void test_count_words(void) {
        static const struct {
                const char *text;
                size_t want;
        } words_cases[] = {
                { "", 0 },
                { "We will win.", 3 },
                { "It's over … and – done", 4 },
                { "  spaced\nout\twords ", 3 },
                { "…decades in the making.", 4 },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(words_cases); i++) {
                size_t got = quote_plan_count_words(words_cases[i].text);
                if (got != words_cases[i].want) {
                        g_test_message("case %zu '%s': got %zu, want %zu", i, words_cases[i].text, got,
                                       words_cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/sections/quote-plan/plan", test_plan);
        g_test_add_func("/sections/quote-plan/counts", test_counts);
        g_test_add_func("/sections/quote-plan/count-words", test_count_words);
        return g_test_run();
}
