/* Unit tests for the quotes plugin's lexer and quotation-mark pairing
 * (plugins/quotes/quote-lex.c, quote-scan.c, quote-words.c). */
#include <glib.h>

#include "../../plugins/quotes/quote-scan.h"
#include "../../plugins/quotes/quote-words.h"

/* The quoted spans of @text joined by " | ", each with its word count. */
static char *spans_of(const char *text) {
        g_autoptr(GArray) tokens = quote_lex(text, strlen(text));
        g_autoptr(GArray) spans = quote_scan(text, tokens);
        g_autoptr(GString) out = g_string_new(NULL);

        for (guint k = 0; k < spans->len; k++) {
                const QuoteSpan *s = &g_array_index(spans, QuoteSpan, k);
                const QuoteToken *open = &g_array_index(tokens, QuoteToken, s->open);
                const QuoteToken *close = &g_array_index(tokens, QuoteToken, s->close);
                g_string_append_printf(out, "%s%.*s/%u", k ? " | " : "", (int) (close->end - open->start),
                                       text + open->start, s->n_words);
        }
        return g_string_free(g_steal_pointer(&out), false);
}

static void test_pairing(void) {
        static const struct { const char *text, *want; } cases[] = {
                { "He said \"yes we can\" today.", "\"yes we can\"/3" },
                { "\u201cIt\u2019s nice,\u201d Trump said.", "\u201cIt\u2019s nice,\u201d/2" },
                { "''We're America,'' he added.", "''We're America,''/2" },
                { "``Quoted in TeX style,'' he wrote.", "``Quoted in TeX style,''/4" },
                /* a curly quotation inside a straight one stays part of it */
                { "\"I read the question: \u201cDo you agree?\u201d Forty said yes.\"",
                  "\"I read the question: \u201cDo you agree?\u201d Forty said yes.\"/10" },
                /* a lone mark pairs with nothing in its paragraph */
                { "He is 6'3\" tall.\n\"A new quote here,\" she said.", "\"A new quote here,\"/4" },
                { "An open \"mark with no end\nand a new paragraph.", "" },
                /* a quotation over two paragraphs: each opens again, only the last closes */
                { "\"First paragraph of it.\n\"Second one ends it.\" Done.",
                  "\"First paragraph of it.\n\"Second one ends it.\"/8" },
                /* publishers mix straight and curly marks */
                { "\"Mixed marks end here\u201d she said.", "\"Mixed marks end here\u201d/4" },
                { "The 'single quoted phrase' is no quotation.", "" },
                { "Two \"short\" and \"longer quoted words\" here.", "\"short\"/1 | \"longer quoted words\"/3" },
        };

        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = spans_of(cases[i].text);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].text, got, cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_tokens(void) {
        const char *text = "U.S. officials said Mr. O'Brien's co-director paid $2,000.\n\nNext.";
        g_autoptr(GArray) tokens = quote_lex(text, strlen(text));
        static const char *const want[] = {
                "U.S", ".", "officials", "said", "Mr", ".", "O'Brien's", "co-director", "paid", "$", "2,000", ".",
                "\n\n", "Next", ".",
        };

        g_assert_cmpuint(tokens->len, ==, G_N_ELEMENTS(want));
        for (guint i = 0; i < tokens->len; i++) {
                const QuoteToken *t = &g_array_index(tokens, QuoteToken, i);
                g_autofree char *got = g_strndup(text + t->start, t->end - t->start);
                g_assert_cmpstr(got, ==, want[i]);
        }
        /* "U.S." and "Mr." end no sentence; the paragraph break does */
        g_assert_cmpuint(g_array_index(tokens, QuoteToken, 11).sentence, ==, 0);
        g_assert_cmpuint(g_array_index(tokens, QuoteToken, 13).sentence, ==, 1);
        g_assert_cmpuint(g_array_index(tokens, QuoteToken, 13).para, ==, 1);
        g_assert_cmpuint(quote_tok_at(tokens, (uint32_t) (strstr(text, "paid") - text)), ==, 8);
}

static void test_sentences(void) {
        const char *text = "\"We will win.\" He said it. Charles B. Rangel agreed.";
        g_autoptr(GArray) tokens = quote_lex(text, strlen(text));
        const QuoteToken *t = (const QuoteToken *) (void *) tokens->data;

        /* the closing mark belongs to the sentence it ends */
        g_assert_cmpuint(t[5].sentence, ==, 0);
        g_assert_cmpuint(t[6].sentence, ==, 1);
        g_assert_cmpuint(t[tokens->len - 1].sentence, ==, 2);
}

/* Wire copy wrapped at a fixed width: a single newline is a space there. */
static void test_wrapped_lines(void) {
        const char *text = "The minister said on Friday that the\n"
                           "talks would go on, and \"we will not give\n"
                           "up on them at all,\" he told the\n"
                           "reporters in the capital.\n\nNew paragraph.";
        g_autofree char *got = spans_of(text);
        g_assert_cmpstr(got, ==, "\"we will not give\nup on them at all,\"/9");
}

static void test_headline(void) {
        const char *title_case = "Trump Says \"We Will Win Big\"\n\nThe body starts here.";
        const char *sentence = "Trump said the talks would resume.\n\nThe body starts here.";
        const char *alone = "A single paragraph \"with a quote in it\"";
        g_autoptr(GArray) t1 = quote_lex(title_case, strlen(title_case));
        g_autoptr(GArray) t2 = quote_lex(sentence, strlen(sentence));
        g_autoptr(GArray) t3 = quote_lex(alone, strlen(alone));

        g_assert_cmpuint(quote_headline_end(title_case, t1), ==, 8);
        g_assert_cmpuint(quote_headline_end(sentence, t2), ==, 0);
        g_assert_cmpuint(quote_headline_end(alone, t3), ==, 0);
}

static void test_word_tables(void) {
        g_assert_true(quote_words_check());
        g_assert_true(quote_word_is_cue("said"));
        g_assert_true(quote_word_is_cue("tweeted"));
        g_assert_false(quote_word_is_cue("urged-on"));
        g_assert_true(quote_word_is_title("senator"));
        g_assert_true(quote_word_is_reporting("according") == false);
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/quotes/scan/pairing", test_pairing);
        g_test_add_func("/quotes/scan/tokens", test_tokens);
        g_test_add_func("/quotes/scan/sentences", test_sentences);
        g_test_add_func("/quotes/scan/wrapped-lines", test_wrapped_lines);
        g_test_add_func("/quotes/scan/headline", test_headline);
        g_test_add_func("/quotes/scan/word-tables", test_word_tables);
        return g_test_run();
}
