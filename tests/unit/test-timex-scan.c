/* Which words form a time expression (TimeML extents) and which way the verbs
 * around it point (plugins/times/timex-scan*.c, timex-words.c, timex-tense.c).
 * SPDX-License-Identifier: MIT */
#include <string.h>

#include <glib.h>

#include "../../plugins/times/timex.h"

typedef struct {
        GArray *words;   /* TimexWord */
        GArray *matches; /* TimexMatch */
} Scanned;

static void scanned_clear(Scanned *s)
{
        g_clear_pointer(&s->words, g_array_unref);
        g_clear_pointer(&s->matches, g_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Scanned, scanned_clear)

static void scan_text(const TimexLexicon *lexicon, const char *text, Scanned *ret)
{
        ret->words = g_array_new(FALSE, FALSE, sizeof(TimexWord));
        ret->matches = g_array_new(FALSE, FALSE, sizeof(TimexMatch));
        timex_words_split(lexicon, text, 0, (uint32_t) strlen(text), ret->words);
        timex_scan((const TimexWord *) ret->words->data, ret->words->len, text, ret->matches);
}

/* The extents found in @text, joined by '|'; "" when there are none. */
static char *extents_of(const TimexLexicon *lexicon, const char *text)
{
        g_auto(Scanned) s = { 0 };
        scan_text(lexicon, text, &s);
        g_autoptr(GString) out = g_string_new(NULL);
        for (guint i = 0; i < s.matches->len; i++) {
                const TimexMatch *m = &g_array_index(s.matches, TimexMatch, i);
                if (i > 0)
                        g_string_append_c(out, '|');
                g_string_append_len(out, text + m->start, m->end - m->start);
        }
        return g_string_free(g_steal_pointer(&out), FALSE);
}

/* Extents follow TimeML: no leading preposition, determiners and modifiers kept. */
static void test_extents(void)
{
        static const struct {
                const char *text, *want;
        } cases[] = {
                { "The talks resumed on June 4 in Geneva.", "June 4" },
                { "What we've seen since January 2022 is not a feint.", "January 2022" },
                { "The treaty was signed in 1998.", "1998" },
                { "Prices rose over the past three months.", "the past three months" },
                { "The minister arrives early this week.", "early this week" },
                { "Output peaked in mid-1996.", "mid-1996" },
                { "It was built during the late 1970s.", "the late 1970s" },
                { "The vote closes at 10 p.m. Wednesday.", "10 p.m. Wednesday" },
                { "Trump said earlier this year that he liked Kim.", "earlier this year" },
                { "He left nearly four years ago.", "nearly four years ago" },
                { "Three clinics were attacked, most recently last March.", "last March" },
                { "Most recently, the clinic was attacked.", "recently" },
                { "The plant will open Tuesday, June 4, 2024, officials said.", "Tuesday, June 4, 2024" },
                { "Sales were flat in the year-ago quarter.", "the year-ago quarter" },
                { "He served from 1998 to 2002.", "1998|2002" },
                { "Sales fell in the third quarter of 2023.", "the third quarter of 2023" },
                { "The dividend is payable Sept. 30.", "Sept. 30" },
                { "Kim spoke at a parade last night.", "last night" },
                { "The council meets every Tuesday.", "every Tuesday" },
                { "He has been in office for the past decade.", "the past decade" },
                { "The talks collapsed in May.", "May" },
                { "The offensive began last spring.", "last spring" },
                { "Nothing has changed in the current climate.", "current" },
                { "Exports grew in the 1990s and again in 2024.", "the 1990s|2024" },
                { "The 2024 elections were close.", "2024" },
                { "He returned two days later.", "two days" }, /* "later" is a signal */
                { "The office opens at 9:30 a.m. EST tomorrow.", "9:30 a.m. EST tomorrow" },
        };
        g_autoptr(TimexLexicon) lexicon = timex_lexicon_new();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = extents_of(lexicon, cases[i].text);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].text, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

/* Words that look like times but are not: counts, names, verbs, ages. */
static void test_not_times(void)
{
        static const char *const cases[] = {
                "He served a first term in the White House.",
                "More than 1,000 people attended.",
                "Some 2024 people signed the petition.",
                "About 2000 troops crossed the border.",
                "The bill costs $2024 per seat.",
                "She may visit Seoul.",
                "June Carter sang at the gala.",
                "Jan Smith leads the party.",
                "The fall of the Berlin Wall changed Europe.",
                "She is in her 30s.",
                "A five-year-old girl was rescued.",
                "A second round of talks is planned.",
                "Three quarters of the vote were counted.",
                "The board raised the quarterly dividend.",
                "Reply as soon as possible.",
                "The Daily Telegraph reported it.",
                "Prices could fall further.",
                "The score was 1,998 to 2,001.",
                "They sailed to Easter Island.",
        };
        g_autoptr(TimexLexicon) lexicon = timex_lexicon_new();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = extents_of(lexicon, cases[i]);
                if (got[0] != '\0') {
                        g_test_message("case %zu '%s': found '%s'", i, cases[i], got);
                        g_test_fail();
                }
        }
}

/* TIMEX3 types of what the scanner finds. */
static void test_types(void)
{
        static const struct {
                const char *text;
                int type;
        } cases[] = {
                { "June", TIMEX_DATE },          { "10 p.m.", TIMEX_TIME },
                { "this morning", TIMEX_TIME },  { "three years", TIMEX_DURATION },
                { "every Tuesday", TIMEX_SET },  { "annually", TIMEX_SET },
                { "now", TIMEX_DATE },           { "the past three months", TIMEX_DURATION },
                { "two years ago", TIMEX_DATE }, { "Friday night", TIMEX_DATE },
        };
        g_autoptr(TimexLexicon) lexicon = timex_lexicon_new();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_auto(Scanned) s = { 0 };
                scan_text(lexicon, cases[i].text, &s);
                int got = s.matches->len == 1 ? g_array_index(s.matches, TimexMatch, 0).expr.type : -1;
                if (got != cases[i].type) {
                        g_test_message("case %zu '%s': got type %d, want %d", i, cases[i].text, got,
                                       cases[i].type);
                        g_test_fail();
                }
        }
}

/* The words the splitter keeps whole or takes apart. */
static void test_words(void)
{
        static const struct {
                const char *text, *want;
        } cases[] = {
                { "10 p.m. Wednesday", "10|p.m.|Wednesday" },
                { "Sept. 30, 2024", "Sept.|30|,|2024" },
                { "mid-1996", "mid|-|1996" },
                { "2024-06-04 at 10:30", "2024-06-04|at|10:30" },
                { "the 1990s and '80s", "the|1990s|and|'80s" },
                { "1,000 and 2.5", "1,000|and|2.5" },
                { "the year's end", "the|year|'s|end" },
                { "Q3 2024", "Q3|2024" },
                { "06/04/2024", "06/04/2024" },
                { "the 4th of July", "the|4th|of|July" },
                { "won't stop \xe2\x80\x94 ever", "won't|stop|\xe2\x80\x94|ever" },
        };
        g_autoptr(TimexLexicon) lexicon = timex_lexicon_new();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                const char *text = cases[i].text;
                g_autoptr(GArray) words = g_array_new(FALSE, FALSE, sizeof(TimexWord));
                timex_words_split(lexicon, text, 0, (uint32_t) strlen(text), words);
                g_autoptr(GString) got = g_string_new(NULL);
                for (guint k = 0; k < words->len; k++) {
                        const TimexWord *w = &g_array_index(words, TimexWord, k);
                        if (k > 0)
                                g_string_append_c(got, '|');
                        g_string_append_len(got, text + w->start, w->end - w->start);
                }
                if (g_strcmp0(got->str, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, text, got->str, cases[i].want);
                        g_test_fail();
                }
        }
}

/* The direction the verbs give the first expression of each sentence. */
static void test_tense(void)
{
        static const struct {
                const char *text;
                int want;
        } cases[] = {
                { "As Trump prepares to return to the White House in January, the prospects remain uncertain.",
                  TIMEX_DIR_FUTURE },
                { "North Korea has deepened military ties with Russia, signing an agreement in June.",
                  TIMEX_DIR_PAST },
                { "The minister will visit Seoul on Friday.", TIMEX_DIR_FUTURE },
                { "The minister visited Seoul on Friday.", TIMEX_DIR_PAST },
                { "The company said the dividend is payable Dec. 7.", TIMEX_DIR_FUTURE },
                { "Officials said talks were held in March.", TIMEX_DIR_PAST },
                { "The plant is scheduled to open in April.", TIMEX_DIR_FUTURE },
                { "The offer was extended by the board in March.", TIMEX_DIR_PAST },
                { "Commander Collins will be named in December.", TIMEX_DIR_FUTURE },
                { "Analysts said the renewed talks in May matter.", TIMEX_DIR_NONE },
                { "The talks, which began in March, will resume.", TIMEX_DIR_PAST },
        };
        g_autoptr(TimexLexicon) lexicon = timex_lexicon_new();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                const char *text = cases[i].text;
                g_auto(Scanned) s = { 0 };
                scan_text(lexicon, text, &s);
                if (s.matches->len == 0) {
                        g_test_message("case %zu '%s': no expression", i, text);
                        g_test_fail();
                        continue;
                }
                const TimexMatch *m = &g_array_index(s.matches, TimexMatch, 0);
                int got = timex_tense_direction((const TimexWord *) s.words->data, s.words->len, text,
                                                m->first_word, m->n_words);
                if (got != cases[i].want) {
                        g_test_message("case %zu '%s': got %d, want %d", i, text, got, cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/timex-scan/extents", test_extents);
        g_test_add_func("/timex-scan/not-times", test_not_times);
        g_test_add_func("/timex-scan/types", test_types);
        g_test_add_func("/timex-scan/words", test_words);
        g_test_add_func("/timex-scan/tense", test_tense);
        return g_test_run();
}
