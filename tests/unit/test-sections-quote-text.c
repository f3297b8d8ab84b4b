/* Tests for plugins/quote-list/quote-text.c: a quote's printable words. */
#include "../../plugins/quote-list/quote-text.h"

static void test_clean(void) {
        static const struct {
                const char *raw;
                gboolean direct;
                const char *want;
        } cases[] = {
                /* the reference article's spans include the marks and the hand-over comma */
                { "\"It's nice to get along with someone,\"", TRUE,
                  "It’s nice to get along with someone." },
                { "\u201cWe will never lower the weight.\u201d", TRUE, "We will never lower the weight." },
                { "It's nice to get along", TRUE, "It’s nice to get along." },
                { "\"Is it over?\"", TRUE, "Is it over?" },
                /* inner marks turn curly, and a quote ending in one is left as it ends */
                { "\"He called it 'fake'\"", TRUE, "He called it ‘fake’" },
                /* inside the printed “…”, a quotation's own double marks turn single */
                { "\"They said \"no\" twice.\"", TRUE, "They said ‘no’ twice." },
                { "\u201cShe asked: \u201cWhy?\u201d\u201d", TRUE, "She asked: ‘Why?’" },
                { "that the \"Fed was asleep\"", FALSE, "the “Fed was asleep”" },
                { "\"What we've seen ... is not a tactical feint\"", TRUE,
                  "What we’ve seen … is not a tactical feint." },
                { "\"the '90s were different\"", TRUE, "…the ’90s were different." },
                { "\"brave enough - bold enough - to do it\"", TRUE, "…brave enough – bold enough – to do it." },
                { "\"A deal -- maybe\"", TRUE, "A deal — maybe." },
                /* a quotation over two paragraphs opens the second one again */
                { "\u201cWe tried.\n\u201cThen we stopped.\u201d", TRUE, "We tried. Then we stopped." },
                { "\"We tried.\n  \"Then we stopped.\"", TRUE, "We tried. Then we stopped." },
                { "\"He said ` no' twice.\"", TRUE, "He said ‘no’ twice." },
                /* a mark with a space after it closes, whatever comes before */
                { "\"They said, 'we lead, ' and left.\"", TRUE, "They said, ‘we lead, ’ and left." },
                { "\"They call it ``the plan''.\"", TRUE, "They call it ‘the plan’." },
                { "that direct engagement\nremains a key strategy", FALSE,
                  "direct engagement remains a key strategy." },
                { "thatcher's plan failed", FALSE, "thatcher’s plan failed." },
                { "\"\"", TRUE, "" },
                { "that", FALSE, "that." },
                { "\"with great respect, we disagree,\"", TRUE, "…with great respect, we disagree." },
                /* the writer's bracket lost to the opening mark comes back */
                { "\"Acme's] conduct is unacceptable,\"", TRUE, "[Acme’s] conduct is unacceptable." },
                { "\"[The firm] will appeal.\"", TRUE, "[The firm] will appeal." },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = quote_text_clean(cases[i].raw, cases[i].direct);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].raw, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_join(void) {
        static const struct {
                const char *first, *second, *want;
        } cases[] = {
                { "\"We hope the banks will lend,\"", "\"but they may keep the money.\"",
                  "We hope the banks will lend, but they may keep the money." },
                { "\u201cPrices will rise,\u201d", "\u201cWe are ready for it.\u201d",
                  "Prices will rise. We are ready for it." },
                { "\"Prices will rise\"", "\"We are ready\"", "Prices will rise. We are ready." },
                { "\"It is over.\"", "\"Now we rebuild.\"", "It is over. Now we rebuild." },
                /* a third piece joins the first two */
                { "\"Sales fell, and then, he said, 'it got worse',\"", "\"and we cut jobs.\"",
                  "Sales fell, and then, he said, ‘it got worse’, and we cut jobs." },
                { "\"\"", "\"and more.\"", "…and more." },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *raw = quote_text_join(cases[i].first, cases[i].second);
                g_autofree char *got = quote_text_clean(raw, TRUE);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s' + '%s': got '%s', want '%s'", i, cases[i].first,
                                       cases[i].second, got, cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_split_gap(void) {
        static const struct {
                const char *gap;
                gboolean want;
        } cases[] = {
                { ", she said, ", TRUE },
                { "\u201d the mayor told reporters on Tuesday, \u201c", TRUE },
                { "", TRUE },
                /* the attribution's sentence ends: the next quote is a quote of its own */
                { " said the mayor in an interview. ", FALSE },
                { " she asked? ", FALSE },
                { "\n", FALSE },
                { " said the chief executive of the largest of the three carmakers in the region, "
                  "speaking to a group of analysts at the annual meeting, ", FALSE },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                if (quote_text_is_split_gap(cases[i].gap) != cases[i].want) {
                        g_test_message("case %zu '%s': want %d", i, cases[i].gap, cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_description_head(void) {
        static const struct {
                const char *text, *want;
                gboolean definite;
        } cases[] = {
                { "a source familiar with the discussions", "source", FALSE },
                { "A senior official", "official", FALSE },
                { "the source", "source", TRUE },
                { "The senior official", "official", TRUE },
                { "a company spokesman", "spokesman", FALSE },
                { "an official at the ministry", "official", FALSE },
                { "an aide, who asked not to be named", "aide", FALSE },
                { "Jane Doe", NULL, FALSE },
                { "the", NULL, FALSE },
                { "a with", NULL, FALSE },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                bool definite = false;
                g_autofree char *got = quote_text_description_head(cases[i].text, &definite);
                if (g_strcmp0(got, cases[i].want) != 0 || (got && definite != cases[i].definite)) {
                        g_test_message("case %zu '%s': got '%s' (%d), want '%s' (%d)", i,
                                       cases[i].text, got, definite, cases[i].want, cases[i].definite);
                        g_test_fail();
                }
        }
}

static void test_reported_cue(void) {
        static const struct {
                const char *gap, *want;
        } cases[] = {
                { " urged Beijing ", "urged Beijing" },
                { " said that ", "said that" },
                { ", a close ally of the mayor, said\n", NULL },
                { ", a close ally of the mayor, said ", ", a close ally of the mayor, said" },
                { " told reporters on Tuesday ", "told reporters on Tuesday" },
                { " ", NULL },
                { ", ", NULL },
                /* the speaker's sentence ends: the content is elsewhere */
                { " spoke first. Later, the council said ", NULL },
                { " said: ", NULL },
                { " told the \"Times\" that ", NULL },
                { " has said repeatedly, in several interviews over the past months and years, that ",
                  NULL },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = quote_text_reported_cue(cases[i].gap);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].gap, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_shorten(void) {
        static const struct {
                const char *text;
                size_t max;
                const char *want;
        } cases[] = {
                { "Short enough.", 40, "Short enough." },
                { "First sentence here. Second one is much longer than the rest.", 30,
                  "First sentence here. …" },
                /* an abbreviation's full stop ends no sentence */
                { "We met Sen. Warren today. It went well and we talked for hours on end.", 40,
                  "We met Sen. Warren today. …" },
                { "Sales in the U.S. Midwest fell. Exports rose by a third over the year.", 40,
                  "Sales in the U.S. Midwest fell. …" },
                { "Talks with J. Smith went on. They ended late in the evening, after midnight.", 40,
                  "Talks with J. Smith went on. …" },
                /* a sentence end needs a capital after it */
                { "It was … well, hard to say what happened. We will see in the spring.", 50,
                  "It was … well, hard to say what happened. …" },
                { "Will it last? Nobody knows, and nobody here will say so on the record.", 30,
                  "Will it last? …" },
                /* closing marks may follow the full stop */
                { "He called it ‘a mess.’ Then he left the room without another word.", 40,
                  "He called it ‘a mess.’ …" },
                /* a first sentence under a third of the budget: cut after a word */
                { "Yes. The reasons are many and they have been known for a very long time.", 40,
                  "Yes. The reasons are many and they have…" },
                { "One long sentence without any end that runs on and on, and on again", 30,
                  "One long sentence without any…" },
                { "Commas go, too: a, b, c, d, e, f, g, h, i, j, k, l, m, n", 20,
                  "Commas go, too: a…" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = quote_text_shorten(cases[i].text, cases[i].max);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].text, got,
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

static void test_is_pronoun(void) {
        static const struct {
                const char *text;
                gboolean want;
        } cases[] = {
                { "he", TRUE },
                { "They", TRUE },
                { "the spokesman", FALSE },
                { "Hebe", FALSE },
                { "", FALSE },
                { NULL, FALSE },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                if (quote_text_is_pronoun(cases[i].text) != cases[i].want) {
                        g_test_message("case %zu '%s': want %d", i, cases[i].text, cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/sections/quote-text/clean", test_clean);
        g_test_add_func("/sections/quote-text/join", test_join);
        g_test_add_func("/sections/quote-text/reported-cue", test_reported_cue);
        g_test_add_func("/sections/quote-text/description-head", test_description_head);
        g_test_add_func("/sections/quote-text/split-gap", test_split_gap);
        g_test_add_func("/sections/quote-text/shorten", test_shorten);
        g_test_add_func("/sections/quote-text/capitalize", test_capitalize);
        g_test_add_func("/sections/quote-text/is-pronoun", test_is_pronoun);
        return g_test_run();
}
