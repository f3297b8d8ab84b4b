/* Unit tests for the quotes plugin's reported speech (plugins/quotes/reported.c):
 * one row per construction news prose uses to report what someone said, believes
 * or intends, with the content span and the speaker it must give. */
#include <glib.h>

#include "quote-cases.h"
#include "../../plugins/quotes/reported-words.h"

typedef QuoteCase Case;

/* A headline line comes first, as in an article body. */
static char *describe(const char *body) {
        g_autofree char *text = g_strconcat("Headline of the story\n\n", body, NULL);
        QuoteOptions options = { .min_words = 3, .reported_speech = true };
        return quote_cases_describe(text, &options, false);
}

static void check_cases(const Case *cases, size_t n) {
        quote_cases_check(cases, n, describe);
}

/* Speech verbs with a clause: "said (that) ...", "told X (that) ...". */
static const Case said_cases[] = {
        { "The governor said that the budget would be balanced by spring.",
          "~that the budget would be balanced by spring => The governor" },
        { "Ms. Alvarez said the union had rejected the offer.",
          "~the union had rejected the offer => Alvarez" },
        { "The mayor told reporters that the bridge would reopen next week.",
          "~that the bridge would reopen next week => The mayor" },
        { "Senator Patty Murray said in a statement that the vote was a mistake.",
          "~that the vote was a mistake => Patty Murray" },
        { "Prosecutors say the money was moved through three shell companies.",
          "~the money was moved through three shell companies => Prosecutors" },
        { "The company has repeatedly said that no customer data was lost.",
          "~that no customer data was lost => The company" },
        /* a quotation that ends its sentence does not lend its speaker the next
         * sentence's verb: that verb reports a clause of its own */
        { "The minister promised \"a budget that protects families.\" Ms. Okafor said the plan would cost too much.",
          "\"a budget that protects families.\" => The minister || ~the plan would cost too much => Okafor" },
};

/* The attribution after or inside its clause. */
static const Case after_cases[] = {
        { "The plant will close by the end of the year, the company said.",
          "~The plant will close by the end of the year => the company" },
        /* the closing verb may carry its setting: "in a statement", "on Monday" */
        { "The ferry service will resume in April, the port authority said in a statement.",
          "~The ferry service will resume in April => the port authority" },
        { "Talks will continue next week, Mr. Haddad said Tuesday at a news conference.",
          "~Talks will continue next week => Haddad" },
        /* a mixed quotation: the clause runs into the quoted words, then the
         * attribution; the content keeps the closing mark */
        { "The new tariffs could be \"a real burden for farmers,\" Ms. Whitfield said.",
          "~The new tariffs could be \"a real burden for farmers,\" => Whitfield" },
        { "The council's vote was \"a step backward,\" said Dana Whitfield.",
          "~The council's vote was \"a step backward,\" => Dana Whitfield" },
        /* naming something in quotation marks: the object with its quoted name */
        { "In a speech on Monday, Ms. Ortiz called the new levy \"theft.\"",
          "~the new levy \"theft.\" => Ortiz" },
        { "She watched a film called \"The Long Night\" last week.", "" },
        { "The deal, the minister said, would protect thousands of jobs.",
          "~The deal => the minister || ~would protect thousands of jobs => the minister" },
        { "Turnout was unusually high in the northern districts, said a spokeswoman for the election board.",
          "~Turnout was unusually high in the northern districts => a spokeswoman for the election board" },
        /* a name's "the" stands between the comma and the name */
        { "The talks will resume in June, the White House said.",
          "~The talks will resume in June => White House" },
        /* the speaker's appositive is not a second piece of the clause */
        { "Wages are finally catching up with prices, said Ann Lee, an economist at the state university.",
          "~Wages are finally catching up with prices => Ann Lee" },
        { "The deal, the minister said, protects thousands of jobs.",
          "~The deal => the minister || ~protects thousands of jobs => the minister" },
        /* a time after the closing verb: "last week", "Tuesday night" */
        { "Consumer confidence rose for the third month, the research institute reported last week.",
          "~Consumer confidence rose for the third month => the research institute" },
        /* a few plain words between the comma and the verb are its subject */
        { "The plant will close in the spring, local union members and leaders said.",
          "~The plant will close in the spring => local union members and leaders" },
        { "The tunnel was dug by hand, where, it is said, miners once hid.", "" },
        /* only an opening word before "he said,": the clause is the piece after */
        { "Still, he said, the city must repair the dam before winter.",
          "~the city must repair the dam before winter => he" },
        /* after "X said," a piece with no verb still goes on with the clause */
        { "It was, the mayor said, the worst flood in forty years.",
          "~It was => the mayor || ~the worst flood in forty years => the mayor" },
        /* a setting between the verb and a pronoun's clause */
        { "The league said in a statement Monday night it would review the match.",
          "~it would review the match => The league" },
        { "According to the coroner, the victim died of a heart attack.",
          "~the victim died of a heart attack => the coroner" },
        /* a long source, kept as written */
        { "According to a survey of 1,200 small-business owners carried out last month "
          "by the chamber of commerce in Ohio, most plan to hire this year.",
          "~most plan to hire this year => a survey of 1,200 small-business owners carried "
          "out last month by the chamber of commerce in Ohio" },
        /* the source's appositive after "according to X," is no piece of the clause */
        { "Such programs cut suicides by half, according to Ann Lee, head of the veterans center.",
          "~Such programs cut suicides by half => Ann Lee" },
        { "Sales fell by a third in March, according to the trade association.",
          "~Sales fell by a third in March => the trade association" },
        { "But the next morning, according to two witnesses, the guards left the gate open.",
          "~the next morning => two witnesses || ~the guards left the gate open => two witnesses" },
};

/* Beliefs, intentions and stances count as attributions too. */
static const Case stance_cases[] = {
        { "The senator believes the tax cut will pay for itself.",
          "~the tax cut will pay for itself => The senator" },
        { "Mr. Ortiz argued that the law was never meant to cover private schools.",
          "~that the law was never meant to cover private schools => Ortiz" },
        { "The chairman vowed to block the nomination.",
          "~to block the nomination => The chairman" },
        { "Doctors warned that the outbreak could spread to nearby towns.",
          "~that the outbreak could spread to nearby towns => Doctors" },
        { "The union endorsed the incumbent mayor on Tuesday.",
          "~the incumbent mayor on Tuesday => The union" },
        { "The council denied that it had ignored the complaints.",
          "~that it had ignored the complaints => The council" },
        { "The ambassador urged both sides to return to the talks.",
          "~to return to the talks => The ambassador" },
        { "The farmers complained about the new water rules.",
          "~the new water rules => The farmers" },
        { "The reporter asked whether the minister would resign.",
          "~whether the minister would resign => The reporter" },
        { "Ms. Reyes has long opposed the pipeline.",
          "~the pipeline => Reyes" },
        { "The coach pointed out that the team had won six games in a row.",
          "~that the team had won six games in a row => The coach" },
        { "The senator bemoaned the state of the roads in the north.",
          "~the state of the roads in the north => The senator" },
        { "The governor compared the new tax to a toll on every family.",
          "~the new tax to a toll on every family => The governor" },
        { "The coach lashed out at the referees after the game.",
          "~the referees after the game => The coach" },
        /* a base form that is also a noun is a verb after a pronoun or an auxiliary */
        { "We would vote for the levy again.", "~the levy again => We" },
        { "A roll-call vote on the levy failed.", "" },
        { "They strongly support the new curfew.", "~the new curfew => They" },
        { "The measure won 60 percent support in the first round.", "" },
        /* a participle after a quotation's attribution has its speaker */
        { "\"We lost,\" the coach said Tuesday, blaming the referees.",
          "\"We lost,\" => the coach || ~the referees => the coach" },
        /* a subordinate clause's content ends at its comma; the main clause reports too */
        { "While the council sees the levy as a last resort, residents caution that it will pass.",
          "~the levy as a last resort => the council || ~that it will pass => residents" },
        /* a stance's object and the participle after it are two attributions */
        { "The mayor praised the new budget, saying it protects the libraries.",
          "~the new budget => The mayor || ~it protects the libraries => The mayor" },
        { "The senator made it clear that she would not run again.",
          "~that she would not run again => The senator" },
        { "The mayor made the case for a new stadium downtown.",
          "~a new stadium downtown => The mayor" },
        /* a stance in an adjective after a copula */
        { "The senator has been highly critical of the trade deal.",
          "~the trade deal => The senator" },
        { "Many voters are wary of both candidates.", "~both candidates => Many voters" },
        { "The bridge is critical to the local economy.", "" },
        /* an indirect question after a long addressee, and what one talks about */
        { "The panel asked the heads of the three largest banks why they had raised fees.",
          "~why they had raised fees => The panel" },
        { "The moderator asked the governor about his record on schools.",
          "~his record on schools => The moderator" },
        { "The mayor was talking to residents about the new bus routes.",
          "~the new bus routes => The mayor" },
        /* asking someone to act: the infinitive is the request */
        { "The league asked its clubs to cancel the weekend matches.",
          "~to cancel the weekend matches => The league" },
        { "The coach was asked to comment on the trade.", "" },
        /* stances with an object: what a poll shows, what a campaign announces */
        { "A new survey of county voters shows the incumbent ahead by six points.",
          "~the incumbent ahead by six points => A new survey of county voters" },
        { "The governor announced his candidacy for the Senate on Friday.",
          "~his candidacy for the Senate on Friday => The governor" },
        { "The union wants more money for classroom supplies.",
          "~more money for classroom supplies => The union" },
        { "Farm groups see the new trade deal as a threat to small growers.",
          "~the new trade deal as a threat to small growers => Farm groups" },
        { "The mayor backed the stadium plan despite the protests.",
          "~the stadium plan despite the protests => The mayor" },
        { "Local merchants expect the new bridge to bring more shoppers downtown.",
          "~to bring more shoppers downtown => Local merchants" },
};

/* Speakers: relative pronouns, poll shares, contractions, sentence subjects. */
static const Case speaker_cases[] = {
        { "The shelter is run by Dana Whitfield, who said it was running out of beds.",
          "~it was running out of beds => Dana Whitfield" },
        { "Among union members, 46 percent said they would vote for the measure.",
          "~they would vote for the measure => 46 percent" },
        { "Nearly two in three said the country was on the wrong track.",
          "~the country was on the wrong track => Nearly two in three" },
        { "The mayor arrived late. He's said the contract was unfair to the city.",
          "~the contract was unfair to the city => He" },
        { "The health minister visited the hospital on Monday, saying the new wing would open in May.",
          "~the new wing would open in May => The health minister" },
        { "Hugo Brandt, a retired teacher from the valley who has voted in every election since 1970, said the polling station had moved.",
          "~the polling station had moved => Hugo Brandt" },
        { "Local officials said the water was safe. They said the pipes would be replaced by June.",
          "~the water was safe => Local officials || ~the pipes would be replaced by June => Local officials" },
        /* "they" after a single person stays a pronoun for the caller to resolve */
        { "The mayor said the water was safe. They said the pipes would be replaced by June.",
          "~the water was safe => The mayor || ~the pipes would be replaced by June => They" },
        { "The rally denounced the governor's decision to cut the school budget.",
          "~the governor's decision to cut the school budget => The rally" },
        /* a subject too long to read as a mention: its head speaks */
        { "Those who back the mayor's rivals say the scandal has hurt her badly.",
          "~the scandal has hurt her badly => Those" },
        { "Current and former officials at the agency have said the review is still going on.",
          "~the review is still going on => Current and former officials at the agency" },
        { "Rep. Ann Walsh (D-Ore.), who chairs the panel, said she would call new witnesses.",
          "~she would call new witnesses => Ann Walsh" },
        { "By wide margins, those surveyed say the roads need repair.",
          "~the roads need repair => those" },
        { "But many residents who came to the hearing to protest the plan say they will sue.",
          "~they will sue => many residents" },
        { "A notice posted on the county website said the office would close early.",
          "~the office would close early => A notice posted on the county website" },
        { "Among those who said they would vote, most favored the levy.", "~the levy => most" },
        /* an opening word before its comma is no subject; "to say" is not the head's */
        { "Rather, sources say the deal is off.", "~the deal is off => sources" },
        { "The board was reluctant to say the plan had failed.", "" },
        { "The chief refused to resign but said the inquiry would be independent.",
          "~to resign => The chief || ~the inquiry would be independent => The chief" },
        /* a one-word object cut short by the next attribution */
        { "Ann Ruiz, who on Monday endorsed Whitfield, said she expects a close race.",
          "~Whitfield => Ann Ruiz || ~she expects a close race => Ann Ruiz" },
        /* the first person speaks of itself: the mention is the pronoun */
        { "We believe the new schedule is fair to every team.",
          "~the new schedule is fair to every team => We" },
        { "The airline closed the route. It added that it would refund every ticket.",
          "~that it would refund every ticket => It" },
        { "It is believed that the ship sank in the storm.", "" },
        /* a "that" clause opening with an aside */
        { "The auditor found that, in most years, the fund lost money.",
          "~that, in most years, the fund lost money => The auditor" },
        /* a stance participle after its noun; its object ends at the main verb */
        { "Groups backing the measure spent heavily on radio ads.",
          "~the measure => Groups" },
        { "After backing the measure, the union lost members.", "" },
        /* a relative clause's object ends where the main clause's verb comes back */
        { "Voters who want change turned out in large numbers.", "~change => Voters" },
        /* a quantifier opening the sentence is the subject */
        { "Many fear the drought will last another year.",
          "~the drought will last another year => Many" },
        { "Some fears about the drought remain.", "" },
        /* an abbreviation's period inside the clause ends no sentence */
        { "The senator said the U.S. needs a new approach to the region.",
          "~the U.S. needs a new approach to the region => The senator" },
        { "First line.\n\nLee Tran: the mayor lost the suburbs because of the tax vote.",
          "~the mayor lost the suburbs because of the tax vote => Lee Tran" },
};

/* Not reported speech, or not ours to report. */
static const Case negative_cases[] = {
        { "The bridge was closed for repairs in May.", "" },
        { "His claims about the budget were widely disputed.", "" },
        { "The company's plans include a new factory in Ohio.", "" },
        { "The senator is expected to vote against the bill.", "" },
        /* "called" with no object before the quoted words names a title, not a view */
        { "The mayor drove past a bakery called \"Safe Streets\" last year.", "" },
        /* a particle is no object; "said when" is a time */
        { "The candidate finally showed up at the debate.", "" },
        { "That was what the anchor said when she resigned from the network.", "" },
        /* no one said it: an unattributed clause */
        { "Having said that, the committee adjourned until Monday.", "" },
};

static void test_said(void) {
        check_cases(said_cases, G_N_ELEMENTS(said_cases));
}

static void test_after(void) {
        check_cases(after_cases, G_N_ELEMENTS(after_cases));
}

static void test_stance(void) {
        check_cases(stance_cases, G_N_ELEMENTS(stance_cases));
}

static void test_speakers(void) {
        check_cases(speaker_cases, G_N_ELEMENTS(speaker_cases));
}

static void test_negative(void) {
        check_cases(negative_cases, G_N_ELEMENTS(negative_cases));
}

/* The relative pronoun is the mention, the name before it the speaker. */
static void test_who_mention(void) {
        const char *text = "Headline\n\nThe shelter is run by Dana Whitfield, who said it was running out of beds.";
        QuoteOptions options = { .min_words = 3, .reported_speech = true };
        g_autoptr(GArray) found = quote_find(text, strlen(text), &options, NULL);

        g_assert_cmpuint(found->len, ==, 1);
        const QuoteSpeaker *sp = &g_array_index(found, QuoteFound, 0).speakers[0];
        g_assert_cmpint(strncmp(text + sp->start, "who", sp->end - sp->start), ==, 0);
        g_assert_cmpint(strncmp(text + sp->name_start, "Dana Whitfield", sp->name_end - sp->name_start), ==, 0);
}

/* A title-case headline reports with its first verb in -s; the source is the
 * words before it, as written. */
static void test_headline(void) {
        static const struct {
                const char *headline, *content, *speaker;
        } cases[] = {
                { "Farm Bureau Chief Endorses Ruiz For Governor", "Ruiz For Governor", "Farm Bureau Chief" },
                { "New Survey Shows Voters Split On Stadium Plan", "Voters Split On Stadium Plan", "New Survey" },
                { "Stadium Plans Draw Crowd To City Hall", NULL, NULL },
        };
        QuoteOptions options = { .min_words = 3, .reported_speech = true };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *text = g_strconcat(cases[i].headline, "\n\nThe council met on Monday night.", NULL);
                g_autoptr(GArray) found = quote_find(text, strlen(text), &options, NULL);
                if (!cases[i].content) {
                        g_assert_cmpuint(found->len, ==, 0);
                        continue;
                }
                g_assert_cmpuint(found->len, ==, 1);
                const QuoteFound *f = &g_array_index(found, QuoteFound, 0);
                const QuoteSpeaker *sp = &f->speakers[0];
                g_assert_false(f->direct);
                g_assert_cmpint(f->end - f->start, ==, strlen(cases[i].content));
                g_assert_cmpint(strncmp(text + f->start, cases[i].content, f->end - f->start), ==, 0);
                g_assert_cmpint(sp->name_end - sp->name_start, ==, strlen(cases[i].speaker));
                g_assert_cmpint(strncmp(text + sp->name_start, cases[i].speaker, sp->name_end - sp->name_start), ==, 0);
        }
}

static void test_words(void) {
        g_assert_true(reported_words_check());
        g_assert_cmpuint(reported_word_class("argued") & REPORTED_THAT, !=, 0);
        g_assert_cmpuint(reported_word_class("vowed") & REPORTED_INFINITIVE, !=, 0);
        g_assert_cmpuint(reported_word_class("endorsed") & REPORTED_OBJECT, !=, 0);
        g_assert_cmpuint(reported_word_class("table"), ==, 0);
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/quotes/reported/said", test_said);
        g_test_add_func("/quotes/reported/after", test_after);
        g_test_add_func("/quotes/reported/stance", test_stance);
        g_test_add_func("/quotes/reported/speakers", test_speakers);
        g_test_add_func("/quotes/reported/negative", test_negative);
        g_test_add_func("/quotes/reported/who-mention", test_who_mention);
        g_test_add_func("/quotes/reported/headline", test_headline);
        g_test_add_func("/quotes/reported/words", test_words);
        return g_test_run();
}
