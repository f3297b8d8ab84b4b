/* Unit tests for plugins/actors/words.c: how sentences are cut into words. */
#include <string.h>

#include <glib.h>

#include "../../plugins/actors/words.h"

/* Each case: a text, then the words expected, '|' between them, a word's flags
 * after a '/' (P possessive, C capitalised, A all capitals, Q opening quote before,
 * F first, K contraction, M comma before). */
static const struct {
        const char *text;
        const char *want;
} cases[] = {
        { "Trump's team", "Trump/CPF|team/" },
        { "the U.S. and Sen. Smith", "the/F|U.S./CA|and/|Sen./C|Smith/C" },
        { "President-elect Donald Trump", "President-elect/CF|Donald/C|Trump/C" },
        { "\"It'll be fine,\" he said", "It'll/CFQK|be/|fine/|he/M|said/" },
        { "George W. Bush", "George/CF|W./C|Bush/C" },
        { "Koreas' talks", "Koreas/CF|talks/" },
        { "NATO, the IAEA", "NATO/CAF|the/M|IAEA/CA" },
        { "Procter & Gamble", "Procter/CF|&/|Gamble/C" },
        { "Kim\u2019s letter", "Kim/CPF|letter/" },
        { "on \u201cbeautiful letters\u201d", "on/F|beautiful/Q|letters/" },
        { "line one\nLine two", "line/F|one/|Line/CF|two/" },
        { "end.", "end/F" },
};

static char *describe(const char *text, GArray *words)
{
        GString *out = g_string_new(NULL);
        for (guint i = 0; i < words->len; i++) {
                const Word *w = &g_array_index(words, Word, i);
                if (i > 0)
                        g_string_append_c(out, '|');
                g_string_append_len(out, text + w->start, w->end - w->start);
                g_string_append_c(out, '/');
                static const struct {
                        uint32_t flag;
                        char c;
                } flags[] = {
                        { WORD_CAP, 'C' },   { WORD_POSS, 'P' },   { WORD_ALLCAPS, 'A' },
                        { WORD_FIRST, 'F' }, { WORD_QUOTE, 'Q' },  { WORD_CONTRACTION, 'K' },
                        { WORD_COMMA, 'M' },
                };
                /* print in a fixed order that the table uses */
                const char order[] = "CPAFQKM";
                for (const char *o = order; *o; o++)
                        for (size_t f = 0; f < G_N_ELEMENTS(flags); f++)
                                if (flags[f].c == *o && (w->flags & flags[f].flag))
                                        g_string_append_c(out, *o);
        }
        return g_string_free(out, FALSE);
}

static void test_scan(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                const char *text = cases[i].text;
                g_autoptr(GArray) words = g_array_new(FALSE, FALSE, sizeof(Word));
                words_scan(text, 0, (uint32_t) strlen(text), 0, words);
                g_autofree char *got = describe(text, words);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got %s, want %s", i, text, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_phrase(void)
{
        const char *text = "Prime  Minister\tX";
        g_autoptr(GArray) words = g_array_new(FALSE, FALSE, sizeof(Word));
        words_scan(text, 0, (uint32_t) strlen(text), 0, words);
        g_autoptr(GString) buf = g_string_new(NULL);
        g_assert_cmpuint(words->len, ==, 3);
        g_assert_cmpstr(words_phrase(buf, text, (const Word *) words->data, 0, 2, true), ==,
                        "prime minister");
        g_assert_cmpstr(words_phrase(buf, text, (const Word *) words->data, 1, 3, false), ==,
                        "Minister X");
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/actors/words/scan", test_scan);
        g_test_add_func("/actors/words/phrase", test_phrase);
        return g_test_run();
}
