/* Unit tests for the quotes plugin's pronoun resolution (plugins/quotes/pronoun.c). */
#include <glib.h>

#include "../../plugins/quotes/pronoun.h"

static void test_genders(void) {
        static const struct { const char *name; uint8_t want; } cases[] = {
                { "Hillary Clinton", QUOTE_GENDER_FEMALE },
                { "Donald Trump", QUOTE_GENDER_MALE },
                { "Mr. Rubio", QUOTE_GENDER_MALE },
                { "Mrs. Clinton", QUOTE_GENDER_FEMALE },
                { "Ms. Moore", QUOTE_GENDER_FEMALE },
                { "Senator Bill Hagerty", QUOTE_GENDER_MALE },
                { "Sen. Claire McCaskill", QUOTE_GENDER_FEMALE },
                { "Trump", QUOTE_GENDER_UNKNOWN },
                { "Kim Jong Un", QUOTE_GENDER_UNKNOWN },
                { "Gov. Nikki Haley", QUOTE_GENDER_FEMALE },
                { "Rep. Bobby Scott", QUOTE_GENDER_MALE },
                { "Ms Rice", QUOTE_GENDER_FEMALE },
                { "Secretary of State John Kerry", QUOTE_GENDER_MALE },
                { "the White House", QUOTE_GENDER_UNKNOWN },
                { "North Korea", QUOTE_GENDER_UNKNOWN },
                { "", QUOTE_GENDER_UNKNOWN },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                uint8_t got = quote_name_gender(cases[i].name, strlen(cases[i].name));
                if (got != cases[i].want) {
                        g_test_message("case %zu '%s': got %u, want %u", i, cases[i].name, got, cases[i].want);
                        g_test_fail();
                }
        }
        g_assert_cmpuint(quote_pronoun_gender("He", 2), ==, QUOTE_GENDER_MALE);
        g_assert_cmpuint(quote_pronoun_gender("she", 3), ==, QUOTE_GENDER_FEMALE);
        g_assert_cmpuint(quote_pronoun_gender("They", 4), ==, QUOTE_GENDER_PLURAL);
        g_assert_cmpuint(quote_pronoun_gender("it", 2), ==, QUOTE_GENDER_UNKNOWN);
        /* the unnamed speakers of direct quotes ("it added", "I said") have no gender */
        g_assert_cmpuint(quote_pronoun_gender("I", 1), ==, QUOTE_GENDER_UNKNOWN);
        g_assert_cmpuint(quote_pronoun_gender("we", 2), ==, QUOTE_GENDER_UNKNOWN);
}

enum { TRUMP, CLINTON, KIM, PENCE, HE };
#define M QUOTE_GENDER_MALE
#define F QUOTE_GENDER_FEMALE
#define U QUOTE_GENDER_UNKNOWN

/* Each row: mentions (start, sentence, para, entity, gender, pronoun, speaker), the pronoun's
 * place and gender, and the entity it should resolve to (-1: none). */
static void test_resolve(void) {
        static const struct {
                const char *what;
                QuoteCandidate cands[4];
                size_t n;
                uint32_t pos, min_para;
                uint8_t gender;
                long want;
        } cases[] = {
                { "Trump spoke. He said", { { 0, 0, 0, TRUMP, M, false, false } }, 1, 20, 0, M, TRUMP },
                { "Clinton met Trump. She said",
                  { { 0, 0, 0, CLINTON, F, false, false }, { 12, 0, 0, TRUMP, M, false, false } }, 2, 30, 0, F, CLINTON },
                { "Clinton met Trump. He said",
                  { { 0, 0, 0, CLINTON, F, false, false }, { 12, 0, 0, TRUMP, M, false, false } }, 2, 30, 0, M, TRUMP },
                /* the subject of the nearest sentence: "Trump met Kim. He said" */
                { "Trump met Kim. He said",
                  { { 0, 0, 0, TRUMP, M, false, false }, { 10, 0, 0, KIM, U, false, false } }, 2, 20, 0, M, TRUMP },
                /* the nearest sentence wins over an earlier subject */
                { "Trump spoke. Pence agreed. He said",
                  { { 0, 0, 0, TRUMP, M, false, false }, { 13, 1, 0, PENCE, M, false, false } }, 2, 30, 0, M, PENCE },
                /* a sentence opening with "he" is about someone earlier */
                { "Trump spoke. He praised Pence. He said",
                  { { 0, 0, 0, TRUMP, M, false, false }, { 13, 1, 0, HE, M, true, false }, { 24, 1, 0, PENCE, M, false, false } },
                  3, 40, 0, M, TRUMP },
                /* a woman's pronoun passes over men */
                { "Clinton spoke. Trump replied. She said",
                  { { 0, 0, 0, CLINTON, F, false, false }, { 15, 1, 0, TRUMP, M, false, false } }, 2, 40, 0, F, CLINTON },
                /* a mention of unknown gender gives way to an earlier speaker known to agree */
                { "Jobs said X. Current PowerPC programs run. He said",
                  { { 0, 0, 0, TRUMP, M, false, true }, { 20, 1, 0, KIM, U, false, false } }, 2, 40, 0, M, TRUMP },
                { "Kim said X. He said", { { 0, 0, 0, KIM, U, false, true } }, 1, 40, 0, M, KIM },
                /* gender from a title or a first name picks among two people */
                { "Ms. Rice met Obama. He said",
                  { { 0, 0, 0, CLINTON, F, false, false }, { 12, 0, 0, TRUMP, M, false, false } }, 2, 30, 0, M, TRUMP },
                { "Obama met Ms. Rice. She said",
                  { { 0, 0, 0, TRUMP, M, false, false }, { 10, 0, 0, CLINTON, F, false, false } }, 2, 30, 0, F, CLINTON },
                /* "she ... she": a chain of sentences about one woman */
                { "Clinton spoke. She praised Kaine. She said",
                  { { 0, 0, 0, CLINTON, F, false, false }, { 15, 1, 0, HE, F, true, false },
                    { 27, 1, 0, PENCE, M, false, false } },
                  3, 40, 0, F, CLINTON },
                /* the speaker of the quote before, known to agree, over a mention of unknown gender */
                { "\"...,\" Trump said. Kim answered. He said",
                  { { 0, 0, 0, TRUMP, M, false, true }, { 20, 1, 0, KIM, U, false, false } }, 2, 40, 0, M, TRUMP },
                { "nobody before", { { 50, 3, 1, TRUMP, M, false, false } }, 1, 20, 0, M, -1 },
                { "too far back", { { 0, 0, 0, TRUMP, M, false, false } }, 1, 900, 3, M, -1 },
                { "no woman", { { 0, 0, 0, TRUMP, M, false, false } }, 1, 20, 0, F, -1 },
                { "they never resolves", { { 0, 0, 0, TRUMP, U, false, false } }, 1, 20, 0, QUOTE_GENDER_PLURAL, -1 },
                /* "it", "I", "we" after a quotation name nobody: not the report or the
                 * speaker before, whatever their gender */
                { "\"...,\" the audit said. \"...,\" it added",
                  { { 0, 0, 0, KIM, U, false, true } }, 1, 40, 0, U, -1 },
                { "Mrs. Ode drove on. I laughed and said, \"...\"",
                  { { 0, 0, 0, CLINTON, F, false, false } }, 1, 20, 0, U, -1 },
                { "\"...,\" Mr. Lutz said. \"...,\" we wrote",
                  { { 0, 0, 0, TRUMP, M, false, true } }, 1, 30, 0, U, -1 },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                long k = quote_pronoun_resolve(cases[i].cands, cases[i].n, cases[i].pos, cases[i].min_para,
                                               cases[i].min_para * 3, cases[i].gender);
                long got = k < 0 ? -1 : (long) cases[i].cands[k].entity;
                if (got != cases[i].want) {
                        g_test_message("case %zu '%s': got %ld, want %ld", i, cases[i].what, got, cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/quotes/pronoun/genders", test_genders);
        g_test_add_func("/quotes/pronoun/resolve", test_resolve);
        return g_test_run();
}
