/* Tokenizer and sentence splitter on the cases news text throws at them. */
#include <string.h>

#include <glib.h>

#include "text/tokenize.h"

/* Tokens joined by '|'; the case's whole text is one sentence unless stated. */
static const struct {
        const char *text, *want;
} token_cases[] = {
        { "Hello, world.", "Hello|,|world|." },
        { "The U.S. and U.K. agreed.", "The|U.S.|and|U.K.|agreed|." },
        { "Sen. Bill Hagerty spoke", "Sen.|Bill|Hagerty|spoke" },
        { "Apple Inc. and Acme Corp. won", "Apple|Inc.|and|Acme|Corp.|won" },
        { "on Jan. 5, Mr. Li and Dr. Oz", "on|Jan.|5|,|Mr.|Li|and|Dr.|Oz" },
        { "Gov. Smith", "Gov.|Smith" },
        { "J. R. R. Tolkien", "J.|R.|R.|Tolkien" },
        { "Trump's team", "Trump|'s|team" },
        { "Trump\xe2\x80\x99s team", "Trump|\xe2\x80\x99s|team" },
        { "TRUMP'S TEAM", "TRUMP|'S|TEAM" },
        { "it's, they're, we've, I'll, he'd, I'm", "it|'s|,|they|'re|,|we|'ve|,|I|'ll|,|he|'d|,|I|'m" },
        { "don't O'Brien rock'n'roll", "don't|O'Brien|rock'n'roll" },
        { "the members' votes", "the|members|'|votes" },
        { "the 1990's", "the|1990|'s" },
        { "\"Go,\" he said", "\"|Go|,|\"|he|said" },
        { "\xe2\x80\x9cGo,\xe2\x80\x9d he said", "\xe2\x80\x9c|Go|,|\xe2\x80\x9d|he|said" },
        { "\xe2\x80\x98no\xe2\x80\x99", "\xe2\x80\x98|no|\xe2\x80\x99" },
        { "'quoted'", "'|quoted|'" },
        { "a well-known North Korea-Russia pact", "a|well-known|North|Korea-Russia|pact" },
        { "$1,000.50 and 2-1 and 3.5%", "$|1,000.50|and|2-1|and|3.5|%" },
        { "at 10:30 on 11/25/2024", "at|10:30|on|11/25/2024" },
        { "1,000, 2,000", "1,000|,|2,000" },
        { "wait... more \xe2\x80\xa6 end", "wait|...|more|\xe2\x80\xa6|end" },
        { "wait . . . more", "wait|. . .|more" },
        { "yes -- no \xe2\x80\x94 maybe\xe2\x80\x93so", "yes|--|no|\xe2\x80\x94|maybe|\xe2\x80\x93|so" },
        { "see https://example.com/a_(b)?x=1, now", "see|https://example.com/a_(b)?x=1|,|now" },
        { "(see https://example.com/a).", "(|see|https://example.com/a|)|." },
        { "at www.reuters.com.", "at|www.reuters.com|." },
        { "mail jane.doe+x@example.co.uk.", "mail|jane.doe+x@example.co.uk|." },
        { "Amazon.com said", "Amazon.com|said" },
        { "AT&T and S&P", "AT&T|and|S&P" },
        { "Ph.D. at 5 a.m. sharp", "Ph.D.|at|5|a.m.|sharp" },
        { "No. 5 seed", "No.|5|seed" },
        { "e.g. this", "e.g.|this" },
        { "What?! Really!!", "What|?!|Really|!!" },
        { "S\xc3\xa3o Paulo and M\xc3\xbcller", "S\xc3\xa3o|Paulo|and|M\xc3\xbcller" },
        { "Kim Jong-un", "Kim|Jong-un" },
        { "caf\x65\xcc\x81 au lait", "cafe\xcc\x81|au|lait" }, /* combining accent */
        { "100\xc2\xa0km", "100|km" },                            /* no-break space */
        { "\xe2\x82\xac" "5 and \xc2\xa3" "3", "\xe2\x82\xac|5|and|\xc2\xa3|3" },
        { "@realDonaldTrump #MeToo", "@realDonaldTrump|#MeToo" },
        { "bad\xff byte", "bad|\xff|byte" },
        { "cut \xe2\x80", "cut|\xe2|\x80" },
        { "tab\there\r", "tab|here" },
        /* issue 3 item 1: news text */
        { "Lt. Col. Ann Ruiz", "Lt.|Col.|Ann|Ruiz" },
        { "George W. Bush met J.R.R. Tolkien", "George|W.|Bush|met|J.R.R.|Tolkien" },
        { "the U.S.'s role", "the|U.S.|'s|role" },
        { "Apple Inc.\xe2\x80\x99s shares", "Apple|Inc.|\xe2\x80\x99s|shares" },
        { "the players\xe2\x80\x99 union", "the|players|\xe2\x80\x99|union" },
        { "Jones's car", "Jones|'s|car" },
        { "O\xe2\x80\x99" "Brien and D'Angelo", "O\xe2\x80\x99" "Brien|and|D'Angelo" },
        { "we\xe2\x80\x99re sure", "we|\xe2\x80\x99re|sure" },
        { "Smith-Jones, Rolls-Royce and al-Assad", "Smith-Jones|,|Rolls-Royce|and|al-Assad" },
        { "a U.S.-led force", "a|U.S.-led|force" },
        { "$4bn and \xc2\xa3" "3.2m", "$|4bn|and|\xc2\xa3|3.2m" },
        { "won 2-1 on 1996-12-06", "won|2-1|on|1996-12-06" },
        { "-5 degrees, 1.5-2.0 range", "-|5|degrees|,|1.5-2.0|range" },
        { "the '90s and \xe2\x80\x99" "90s", "the|'90s|and|\xe2\x80\x99" "90s" },
        { "rock 'n' roll", "rock|'n'|roll" },
        { "end....", "end|...." },
        { "\"'Go,' he said\"", "\"|'|Go|,|'|he|said|\"" },
        { "\xe2\x80\x98We\xe2\x80\x99re in,\xe2\x80\x99 she said",
          "\xe2\x80\x98|We|\xe2\x80\x99re|in|,|\xe2\x80\x99|she|said" },
        { "St. Louis on Main St. here", "St.|Louis|on|Main|St.|here" },
        { "contact press@un.org or http://un.org/en.",
          "contact|press@un.org|or|http://un.org/en|." },
        { "Sen. Smith (D-Mass.) said", "Sen.|Smith|(|D-Mass.|)|said" },
        { "''Go,'' he said", "''|Go|,|''|he|said" },
        { "``Go,'' he said", "``|Go|,|''|he|said" },
        { "the Rt. Hon. Ann Lowe of the Natl. Assn. of Realtors",
          "the|Rt.|Hon.|Ann|Lowe|of|the|Natl.|Assn.|of|Realtors" },
        { "", "" },
        { "   ", "" },
};

/* Sentences joined by '|'. */
static const struct {
        const char *text, *want;
} sentence_cases[] = {
        { "He left. She stayed.", "He left.|She stayed." },
        { "Why? Because! Done.", "Why?|Because!|Done." },
        { "It rose 5%. 2024 was good.", "It rose 5%.|2024 was good." },
        { "He said \"Go home.\" Then he left.", "He said \"Go home.\"|Then he left." },
        { "He said \xe2\x80\x9cGo home.\xe2\x80\x9d Then he left.",
          "He said \xe2\x80\x9cGo home.\xe2\x80\x9d|Then he left." },
        { "It ended. \"We won,\" he said.", "It ended.|\"We won,\" he said." },
        { "\"Why?\" he asked.", "\"Why?\" he asked." },
        { "(It was late.) Then rain.", "(It was late.)|Then rain." },
        { "It ended (finally). Good.", "It ended (finally).|Good." },
        { "Sen. Bill Hagerty spoke. Mr. Li agreed.", "Sen. Bill Hagerty spoke.|Mr. Li agreed." },
        { "U.S. and allied officials met.", "U.S. and allied officials met." },
        { "The U.S. Senate voted.", "The U.S. Senate voted." },
        { "He moved to the U.S. The move was hard.", "He moved to the U.S.|The move was hard." },
        { "She works at Apple Inc. The firm grew.", "She works at Apple Inc.|The firm grew." },
        { "Apple Inc. Chief Tim Cook spoke.", "Apple Inc. Chief Tim Cook spoke." },
        { "On Jan. 5 it began.", "On Jan. 5 it began." },
        { "J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it." },
        { "At 5 p.m. Monday he left.", "At 5 p.m. Monday he left." },
        { "He left at 5 p.m. The rest stayed.", "He left at 5 p.m.|The rest stayed." },
        { "He was No. 1 in the poll.", "He was No. 1 in the poll." },
        { "He said no. Then left.", "He said no.|Then left." },
        { "Wait... Then it came.", "Wait...|Then it came." },
        { "Wait\xe2\x80\xa6 Then it came.", "Wait\xe2\x80\xa6|Then it came." },
        { "It was... odd.", "It was... odd." },
        { "\"The first term ... Kim has more now,\" he noted.",
          "\"The first term ... Kim has more now,\" he noted." },
        { "no capital. after this", "no capital. after this" },
        { "Line one\nLine two", "Line one|Line two" },
        { "Title without period\n\nBody starts here.", "Title without period|Body starts here." },
        { "He said \"It is\nover\" later", "He said \"It is|over\" later" },
        { "Visit www.x.com. It helps.", "Visit www.x.com.|It helps." },
        { "WASHINGTON, D.C. -- The vote came.", "WASHINGTON, D.C. -- The vote came." },
        { "The vote is in Calif. The count goes on.", "The vote is in Calif.|The count goes on." },
        /* issue 3 item 1: news text */
        { "Lt. Col. Ann Ruiz spoke. Gov. Li left.", "Lt. Col. Ann Ruiz spoke.|Gov. Li left." },
        { "President George W. Bush spoke.", "President George W. Bush spoke." },
        { "Ford Motor Co. Chairman Bill Ford spoke.", "Ford Motor Co. Chairman Bill Ford spoke." },
        { "It sued Acme Corp. Shares fell.", "It sued Acme Corp.|Shares fell." },
        { "He flew to the U.S. Officials met him.", "He flew to the U.S.|Officials met him." },
        { "He flew to the U.S. Earlier, he met Kim.", "He flew to the U.S.|Earlier, he met Kim." },
        { "He lives in the U.S. \"It is home,\" he said.",
          "He lives in the U.S.|\"It is home,\" he said." },
        { "\"I live in the U.S.\" Then he left.", "\"I live in the U.S.\"|Then he left." },
        { "The U.S. State Department said.", "The U.S. State Department said." },
        { "Talks end Jan. 31. Then votes.", "Talks end Jan. 31.|Then votes." },
        { "He said 'no.' Then left.", "He said 'no.'|Then left." },
        { "\"Yes.\" \"No.\"", "\"Yes.\"|\"No.\"" },
        { "It fell 3.5%. Shares rose.", "It fell 3.5%.|Shares rose." },
        { "Essex won (P. Such 8-118).", "Essex won (P. Such 8-118)." },
        { "He said ''It is over.'' Then he left.", "He said ''It is over.''|Then he left." },
        { "It ended. ''We won,'' he said.", "It ended.|''We won,'' he said." },
        { "Pens, paper, etc. The rest stayed.", "Pens, paper, etc.|The rest stayed." },
        { "They chose Plan B. The rest left.", "They chose Plan B.|The rest left." },
        { "Wait.... Then it came.", "Wait....|Then it came." },
        { "He met Sen. Smith (R-Fla.) and left.", "He met Sen. Smith (R-Fla.) and left." },
        { "\xe2\x80\x9cIt is over.\xe2\x80\x9d \xe2\x80\x9cNo.\xe2\x80\x9d",
          "\xe2\x80\x9cIt is over.\xe2\x80\x9d|\xe2\x80\x9cNo.\xe2\x80\x9d" },
        { "", "" },
};

static char *join_spans(const char *text, const GArray *spans, size_t stride_start,
                        size_t stride)
{
        GString *out = g_string_new(NULL);

        for (guint i = 0; i < spans->len; i++) {
                const uint32_t *p = (const uint32_t *) (spans->data + i * stride) + stride_start;
                if (i > 0)
                        g_string_append_c(out, '|');
                g_string_append_len(out, text + p[0], p[1] - p[0]);
        }
        return g_string_free(out, FALSE);
}

/* Tokens are ordered, disjoint, inside their sentence; sentences are ordered. */
static bool check_invariants(const char *text, const GArray *tokens, const GArray *sentences)
{
        uint32_t last_end = 0, last_sentence = 0;

        for (guint i = 0; i < tokens->len; i++) {
                DossierToken t = g_array_index(tokens, DossierToken, i);
                if (t.start < last_end || t.end <= t.start || t.sentence >= sentences->len ||
                    t.sentence < last_sentence)
                        return false;
                DossierSpan s = g_array_index(sentences, DossierSpan, t.sentence);
                if (s.article != 7 || t.start < s.start || t.end > s.end)
                        return false;
                last_end = t.end;
                last_sentence = t.sentence;
        }
        for (guint i = 1; i < sentences->len; i++)
                if (g_array_index(sentences, DossierSpan, i).start <
                    g_array_index(sentences, DossierSpan, i - 1).end)
                        return false;
        return strlen(text) == 0 || tokens->len == 0 ||
               g_array_index(tokens, DossierToken, 0).sentence == 0;
}

/* Exact offsets: the bytes between tokens are whitespace only, so no character is
 * lost or shared (issue 3 item 1). */
static bool covers_text(const char *text, const GArray *tokens)
{
        size_t pos = 0, len = strlen(text);

        for (guint i = 0; i <= tokens->len; i++) {
                size_t next = i < tokens->len ? g_array_index(tokens, DossierToken, i).start : len;
                for (; pos < next; pos++)
                        if (!g_ascii_isspace(text[pos]) && (unsigned char) text[pos] != 0xc2 &&
                            (unsigned char) text[pos] != 0xa0)
                                return false;
                if (i < tokens->len)
                        pos = g_array_index(tokens, DossierToken, i).end;
        }
        return true;
}

static void tokenize(const char *text, GArray **ret_tokens, GArray **ret_sentences)
{
        *ret_tokens = g_array_new(FALSE, FALSE, sizeof(DossierToken));
        *ret_sentences = g_array_new(FALSE, FALSE, sizeof(DossierSpan));
        dossier_text_tokenize(text, strlen(text), 7, *ret_tokens, *ret_sentences);
}

static void test_tokens(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(token_cases); i++) {
                const char *text = token_cases[i].text;
                g_autoptr(GArray) tokens = NULL;
                g_autoptr(GArray) sentences = NULL;
                tokenize(text, &tokens, &sentences);
                g_autofree char *got = join_spans(text, tokens, 0, sizeof(DossierToken));
                if (g_strcmp0(got, token_cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, text, got,
                                       token_cases[i].want);
                        g_test_fail();
                }
                if (!check_invariants(text, tokens, sentences) || !covers_text(text, tokens)) {
                        g_test_message("case %zu '%s': broken invariants", i, text);
                        g_test_fail();
                }
        }
}

static void test_sentences(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(sentence_cases); i++) {
                const char *text = sentence_cases[i].text;
                g_autoptr(GArray) tokens = NULL;
                g_autoptr(GArray) sentences = NULL;
                tokenize(text, &tokens, &sentences);
                g_autofree char *got = join_spans(text, sentences, 1, sizeof(DossierSpan));
                if (g_strcmp0(got, sentence_cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, text, got,
                                       sentence_cases[i].want);
                        g_test_fail();
                }
                if (!check_invariants(text, tokens, sentences)) {
                        g_test_message("case %zu '%s': broken invariants", i, text);
                        g_test_fail();
                }
        }
}

/* Appending to arrays that already hold an article keeps indices into the arrays. */
static void test_append(void)
{
        g_autoptr(GArray) tokens = NULL;
        g_autoptr(GArray) sentences = NULL;

        tokenize("One. Two.", &tokens, &sentences);
        dossier_text_tokenize("Three.", 6, 7, tokens, sentences);
        g_assert_cmpuint(sentences->len, ==, 3);
        g_assert_cmpuint(tokens->len, ==, 6);
        g_assert_cmpuint(g_array_index(tokens, DossierToken, 4).sentence, ==, 2);
        g_assert_cmpuint(g_array_index(sentences, DossierSpan, 2).start, ==, 0);
}

/* Not NUL-terminated: the tokenizer must stay inside len. */
static void test_no_terminator(void)
{
        g_autoptr(GArray) tokens = g_array_new(FALSE, FALSE, sizeof(DossierToken));
        g_autoptr(GArray) sentences = g_array_new(FALSE, FALSE, sizeof(DossierSpan));
        static const char *const inputs[] = { "U.S.", "www.a.com/x", "Trump's", "a\xe2\x80",
                                              "No.", "...", "x@y.z", "1,0", "A-" };

        for (size_t i = 0; i < G_N_ELEMENTS(inputs); i++) {
                size_t n = strlen(inputs[i]);
                g_autofree char *copy = g_memdup2(inputs[i], n); /* no NUL after it */
                g_array_set_size(tokens, 0);
                g_array_set_size(sentences, 0);
                dossier_text_tokenize(copy, n, 0, tokens, sentences);
                g_assert_cmpuint(g_array_index(tokens, DossierToken, tokens->len - 1).end, <=, n);
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/tokenize/tokens", test_tokens);
        g_test_add_func("/tokenize/sentences", test_sentences);
        g_test_add_func("/tokenize/append", test_append);
        g_test_add_func("/tokenize/no-terminator", test_no_terminator);
        return g_test_run();
}
