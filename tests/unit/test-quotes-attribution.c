/* Unit tests for the quotes plugin's attribution core (plugins/quotes/attribution.c and attr-*.c):
 * the shapes news prose uses to attribute speech, one row each. */
#include <glib.h>

#include "quote-cases.h"

typedef QuoteCase Case;

static char *describe(const char *text) {
        QuoteOptions options = { .min_words = 3, .reported_speech = true };
        return quote_cases_describe(text, &options, false);
}

static void check_cases(const Case *cases, size_t n) {
        quote_cases_check(cases, n, describe);
}

/* Direct quotes with the speaker after them. */
static const Case after_cases[] = {
        { "\"It's nice to get along with him,\" Trump said earlier this year.",
          "\"It's nice to get along with him,\" => Trump" },
        { "\"We will never lower the weight,\" Kim declared, signaling resolve.",
          "\"We will never lower the weight,\" => Kim" },
        { "\"My experience is he is open to engagement,\" said Senator Bill Hagerty, a close Trump ally, in an interview.",
          "\"My experience is he is open to engagement,\" => Bill Hagerty" },
        { "\"What we've seen is not a feint,\" wrote Siegfried Hecker and Robert Carlin in a report.",
          "\"What we've seen is not a feint,\" => Siegfried Hecker; Robert Carlin" },
        { "\"It is a big problem for us,\" he said.",
          "\"It is a big problem for us,\" => he" },
        { "\u201cThis is in their heads,\u201d said Caddell, speaking of the issue.",
          "\u201cThis is in their heads,\u201d => Caddell" },
        { "\"We need change in this country,\" the New York businessman said.",
          "\"We need change in this country,\" => the New York businessman" },
        { "\"The initial goal is engagement,\" said a source familiar with the discussions.",
          "\"The initial goal is engagement,\" => a source familiar with the discussions" },
        { "\"Our assumption is that the veto will be overridden,\" Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
          "\"Our assumption is that the veto will be overridden,\" => Mitch McConnell" },
        { "\"We cannot deny the right to question them,\" Rep. John Mica (R-Fla.) said.",
          "\"We cannot deny the right to question them,\" => John Mica" },
        { "''I have never been edited on the air,'' Mr. King, 82, told me.",
          "''I have never been edited on the air,'' => King" },
        { "\"There's some thought that he can win,\" said Representative Charles B. Rangel of New York.",
          "\"There's some thought that he can win,\" => Charles B. Rangel" },
        { "\"We need a strong economy now,\" Clinton also said in a statement.",
          "\"We need a strong economy now,\" => Clinton" },
        { "\"The impact of the debate is still small,\" wrote Cameron Easley for Morning Consult.",
          "\"The impact of the debate is still small,\" => Cameron Easley" },
        { "Readers wrote in.\n\u201cAs a young woman I would rather live in hell.\u201d \u2015 Adriana Rodarte\nNext line.",
          "\u201cAs a young woman I would rather live in hell.\u201d => Adriana Rodarte" },
        { "\"Did you shoot him? He better not be dead,\" she yells while running.",
          "\"Did you shoot him? He better not be dead,\" => she" },
        /* the speaker is a noun phrase: no participle, no list cut at a comma */
        { "\"It took too long to get the money in,\" said bank analyst John Weaver commenting on the decision.",
          "\"It took too long to get the money in,\" => John Weaver" },
        { "\"They are hurting and losing money,\" said the firm's sales, service, and marketing vice president in a call.",
          "\"They are hurting and losing money,\" => -" },
        /* a description, then the name of the one it describes */
        { "\"It is the best decision for us,\" said the general secretary of the union Unite, Tom Walker.",
          "\"It is the best decision for us,\" => Tom Walker" },
        { "\"We expect the worst,\" said the vice president of Acme, Tom Walker.",
          "\"We expect the worst,\" => Tom Walker" },
        /* "the ruling" is a noun, "remembered" is not */
        { "\"A state cannot avoid the conclusion,\" said the ruling.",
          "\"A state cannot avoid the conclusion,\" => the ruling" },
};

/* Direct quotes with the speaker before them. */
static const Case before_cases[] = {
        { "In one tweet Friday, Trump said: \"Did Crooked Hillary help her become a citizen?\"",
          "\"Did Crooked Hillary help her become a citizen?\" => Trump" },
        { "Mook told CBS, \u201cWe\u2019re really focused on this opportunity.\u201d",
          "\u201cWe\u2019re really focused on this opportunity.\u201d => Mook" },
        { "Caddell continued:\n\n\"The health issue is very much a partisan issue.\"",
          "\"The health issue is very much a partisan issue.\" => Caddell" },
        { "She tweeted: \u201cWhen something gets under Donald\u2019s thin skin, watch out.\u201d",
          "\u201cWhen something gets under Donald\u2019s thin skin, watch out.\u201d => She" },
        { "The New York businessman says of Clinton, \u201cIf she gets the chance, she will do it.\u201d",
          "\u201cIf she gets the chance, she will do it.\u201d => The New York businessman" },
        /* the object before ", saying" is an attribution of its own (reported.c), as PolNeAR has it */
        { "Trump blasted her record, saying, \"She's trigger-happy and very unstable.\"",
          "~her record => Trump || \"She's trigger-happy and very unstable.\" => Trump" },
        { "John Kerry negotiates with Russia, Schiff said. \"The other factor is the appearance of it.\"",
          "\"The other factor is the appearance of it.\" => Schiff" },
        { "According to Trump, \"the system is totally rigged against us.\"",
          "\"the system is totally rigged against us.\" => Trump" },
        /* conjunctions are no part of the speaker */
        { "Whereas a union negotiator has said, \"I don't see how they will do anything.\"",
          "\"I don't see how they will do anything.\" => a union negotiator" },
        /* a verb is no part of the speaker ("Jane Roe", not "Jane Roe remembered");
         * a text reads, nobody speaks */
        { "Jane Roe remembered asking, \"Is it the best-selling car in town?\"",
          "\"Is it the best-selling car in town?\" => Jane Roe" },
        { "The invitation reads, \"One more thing to see here.\"",
          "\"One more thing to see here.\" => -" },
        /* an appositive left open: the name before it speaks */
        { "Tom Baker, president and CEO of Acme Commercial Planes said, \"This has been a wonderful day.\"",
          "\"This has been a wonderful day.\" => Tom Baker" },
        /* after "of" a name speaks unless a role comes before it */
        { "The ad uses footage of Jane Doe asking, \"Why aren't I fifty points ahead?\"",
          "\"Why aren't I fifty points ahead?\" => Jane Doe" },
};

/* Split quotes, continuing quotes, paragraphs. */
static const Case split_cases[] = {
        { "\"It is a hard choice,\" she said, \"and we will make it together.\"",
          "\"It is a hard choice,\" => she || \"and we will make it together.\" => she" },
        { "\"My experience is good,\" said Senator Bill Hagerty, in an interview. \"I'm optimistic that we can see an improvement.\"",
          "\"My experience is good,\" => Bill Hagerty || \"I'm optimistic that we can see an improvement.\" => Bill Hagerty" },
        { "\"This just isn't right,\" Warren said. \"You squeezed employees to the breaking point.\"",
          "\"This just isn't right,\" => Warren || \"You squeezed employees to the breaking point.\" => Warren" },
        /* a quote that runs over two paragraphs: no closing mark until the second */
        { "Obama said:\n\"We will not stop until the job is done.\n\"And we will not rest either.\" The crowd cheered.",
          "\"We will not stop until the job is done.\n\"And we will not rest either.\" => Obama" },
        /* a new sentence about someone else breaks the chain */
        { "\"We will win this race,\" Trump said. Clinton disagreed with him on Monday. \"That is simply not true at all.\"",
          "\"We will win this race,\" => Trump || \"That is simply not true at all.\" => -" },
};

/* Scare quotes, headlines and quotes nobody is named for. */
static const Case unattributed_cases[] = {
        /* no direct quote; "referred to X" is a stance PolNeAR attributes (reported.c) */
        { "Trump referred to the \"beautiful letters\" exchanged between them.",
          "~the \"beautiful letters\" exchanged between them => Trump" },
        /* a headline's quotation marks flag a phrase; its verb still reports */
        { "Trump Says He Will Win \"Bigly And Soon\"\nThe campaign went on.",
          "~He Will Win \"Bigly And Soon\" => Trump" },
        { "Cruz Slams \"New York Values\" Again\nThe campaign went on.", "" },
        { "The network licenses ''Larry King Now'' from a production firm.", "" },
        /* a named object with its quoted name is a mixed quotation: reported */
        { "Obama called the holiday \u201ca celebration of the ways faith can unite us.\u201d",
          "~the holiday \u201ca celebration of the ways faith can unite us.\u201d => Obama" },
        { "\"The weather will be hot tomorrow and on the weekend.\"\n",
          "\"The weather will be hot tomorrow and on the weekend.\" => -" },
        { "\"It is what it is, and nothing more,\" is a common phrase.",
          "\"It is what it is, and nothing more,\" => -" },
        /* two people before "he": nobody is guessed by the core; the pronoun stays a pronoun */
        { "\"No,\" he said.", "\"No,\" => he" },
        { "He said \"no\" to it.", "" },
};

/* Reported speech. */
static const Case reported_cases[] = {
        { "A source familiar with the discussions said that the initial goal would be to reestablish basic engagement.",
          "~that the initial goal would be to reestablish basic engagement => A source familiar with the discussions" },
        { "However, the source added that further policy objectives remain uncertain.",
          "~that further policy objectives remain uncertain => the source" },
        { "Trump told reporters on Monday that he would meet Kim soon.",
          "~that he would meet Kim soon => Trump" },
        { "Clinton said she would raise taxes on the wealthy.",
          "~she would raise taxes on the wealthy => Clinton" },
        { "According to the report, the program cost $2 billion.",
          "~the program cost $2 billion => the report" },
        { "The program cost $2 billion, according to Pentagon officials.",
          "~The program cost $2 billion => Pentagon officials" },
        { "Republican presidential candidate Donald Trump has said that the United States cannot afford it.",
          "~that the United States cannot afford it => Donald Trump" },
        { "Intelligence reports also suggest that North Korea has been supplying munitions.",
          "~that North Korea has been supplying munitions => Intelligence reports" },
        { "The talks will resume in the spring, the official said.",
          "~The talks will resume in the spring => the official" },
        { "However, debates are not likely to alter the campaign, noted NBC's Dante Chinni.",
          "~debates are not likely to alter the campaign => Dante Chinni" },
        { "\"We are a team,\" he told the group, adding that the phrase suggests a campaign in trouble.",
          "\"We are a team,\" => he || ~that the phrase suggests a campaign in trouble => he" },
        { "Scott's relatives watched the videos on Thursday, according to a poll released last week.",
          "~Scott's relatives watched the videos on Thursday => a poll released last week" },
        { "Bloomberg reports that the nominee has won among richer voters, according to the Roper Center.",
          "~that the nominee has won among richer voters => Bloomberg" },
        { "Senator Dianne Feinstein, Democrat of California, said the program has sent a terrible message.",
          "~the program has sent a terrible message => Dianne Feinstein" },
        { "Jobs walked onto the stage and said that the store would open.",
          "~that the store would open => Jobs" },
        /* not speech: no verb of saying, or nobody before it */
        { "North Korea has strengthened its nuclear arsenal since June.", "" },
        { "Having said that, there are some economists who disagree.", "" },
        /* an urging is an attribution in PolNeAR: the infinitive is its content */
        { "Biden urged Beijing to leverage its influence over Pyongyang.",
          "~to leverage its influence over Pyongyang => Biden" },
        { "In Paris, the United States led negotiations among countries that resulted in a deal.", "" },
        { "Everything Trump says is a lie unless proven otherwise.", "" },
        { "Trump has responded with attacks on Machado, including Friday's tweets.", "" },
        /* a name after a preposition is not the subject */
        { "Representatives at several stores in the United States said that buyers should try again.",
          "~that buyers should try again => Representatives at several stores in the United States" },
        /* "that" after a noun phrase is a relative pronoun */
        { "GM said the dealerships that were to be closed are small.",
          "~the dealerships that were to be closed are small => GM" },
        { "The company also shipped the update that was released as a beta.", "" },
        /* a relative clause after "According to X," goes on about X */
        { "According to the Times, who first broke the news, an insider claimed that he left.",
          "~that he left => an insider" },
        /* a noun before a verb: "the earnings reports were" */
        { "Some of the earnings reports were a little disappointing but not that bad.", "" },
        /* an appositive left open after a name that opens the clause */
        { "Tom Walker, the president of Acme said that jobs would stay.",
          "~that jobs would stay => Tom Walker" },
        { "After the talks, Tom Walker, the president of Acme said that jobs would stay.",
          "~that jobs would stay => Tom Walker" },
        { "In Washington, the spokesman said that it was over.",
          "~that it was over => the spokesman" },
        /* a clause cut at its own attribution ends before "which" */
        { "According to the agency, claims rose to 444,000, which, according to the Times, is high.",
          "~claims rose to 444,000 => the agency" },
};

static void test_after(void) {
        check_cases(after_cases, G_N_ELEMENTS(after_cases));
}

static void test_before(void) {
        check_cases(before_cases, G_N_ELEMENTS(before_cases));
}

static void test_split(void) {
        check_cases(split_cases, G_N_ELEMENTS(split_cases));
}

static void test_unattributed(void) {
        check_cases(unattributed_cases, G_N_ELEMENTS(unattributed_cases));
}

static void test_reported(void) {
        check_cases(reported_cases, G_N_ELEMENTS(reported_cases));
}

static void test_reported_off(void) {
        const char *text = "Clinton said that she would raise taxes. \"We will do it,\" she said.";
        QuoteOptions options = { .min_words = 3, .reported_speech = false };
        g_autoptr(GArray) found = quote_find(text, strlen(text), &options, NULL);

        g_assert_cmpuint(found->len, ==, 1);
        g_assert_true(g_array_index(found, QuoteFound, 0).direct);
}

/* The speaker's mention keeps its title; the name drops it. */
static void test_mention_spans(void) {
        const char *text = "\"We are open to direct engagement,\" said Senator Bill Hagerty, a close ally.";
        QuoteOptions options = { .min_words = 3, .reported_speech = true };
        g_autoptr(GArray) found = quote_find(text, strlen(text), &options, NULL);

        g_assert_cmpuint(found->len, ==, 1);
        const QuoteFound *f = &g_array_index(found, QuoteFound, 0);
        g_assert_cmpuint(f->n_speakers, ==, 1);
        const QuoteSpeaker *sp = &f->speakers[0];
        g_assert_cmpint(sp->kind, ==, QUOTE_SPEAKER_NAME);
        g_autofree char *mention = g_strndup(text + sp->start, sp->end - sp->start);
        g_assert_cmpstr(mention, ==, "Senator Bill Hagerty");
        g_assert_cmpuint(sp->name_start, ==, (uint32_t) (strstr(text, "Bill") - text));
        g_assert_cmpuint(f->start, ==, 0);
        g_assert_cmpuint(text[f->end - 1], ==, '"');
}

/* The reference article: six direct quotes, the scare quote skipped. */
static void test_reference_article(void) {
        g_autofree char *path = g_build_filename(g_getenv("DOSSIER_SOURCE_DIR") ? g_getenv("DOSSIER_SOURCE_DIR") : ".",
                                                 "examples", "articles", "trump-kim-talks.txt", NULL);
        g_autofree char *data = NULL;
        size_t len;
        if (!g_file_get_contents(path, &data, &len, NULL)) {
                g_test_skip("reference article not found");
                return;
        }
        const char *body = strstr(data, "\n---\n") + 5;
        QuoteOptions options = { .min_words = 3, .reported_speech = false };
        g_autoptr(GArray) found = quote_find(body, len - (size_t) (body - data), &options, NULL);
        static const char *const speakers[] = {
                "Trump", "Bill Hagerty", "Bill Hagerty", "Kim", "Schriver", "Siegfried Hecker",
        };

        g_assert_cmpuint(found->len, ==, G_N_ELEMENTS(speakers));
        for (guint k = 0; k < found->len; k++) {
                const QuoteFound *f = &g_array_index(found, QuoteFound, k);
                g_assert_cmpuint(f->n_speakers, >=, 1);
                g_autofree char *name = g_strndup(body + f->speakers[0].name_start,
                                                  f->speakers[0].name_end - f->speakers[0].name_start);
                g_assert_cmpstr(name, ==, speakers[k]);
        }
        g_assert_cmpuint(g_array_index(found, QuoteFound, 5).n_speakers, ==, 2);
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/quotes/attribution/after", test_after);
        g_test_add_func("/quotes/attribution/before", test_before);
        g_test_add_func("/quotes/attribution/split", test_split);
        g_test_add_func("/quotes/attribution/unattributed", test_unattributed);
        g_test_add_func("/quotes/attribution/reported", test_reported);
        g_test_add_func("/quotes/attribution/reported-off", test_reported_off);
        g_test_add_func("/quotes/attribution/mention-spans", test_mention_spans);
        g_test_add_func("/quotes/attribution/reference-article", test_reference_article);
        return g_test_run();
}
