/* Unit tests for the quotes plugin's direct quotations (plugins/quotes/attribution.c, attr-*.c,
 * quote-lex.c, quote-scan.c): one construction a row, the quoted span and who said it.
 * The sentences are made up in the way news copy is written. */
#include <glib.h>

#include "quote-cases.h"

typedef QuoteCase Case;

/* Direct quotes only; a mention that is not the name itself ("who") follows the
 * name in brackets. */
static char *describe(const char *text) {
        QuoteOptions options = { .min_words = 3, .reported_speech = false };
        return quote_cases_describe(text, &options, true);
}

static void check_cases(const Case *cases, size_t n) {
        quote_cases_check(cases, n, describe);
}

/* Quotation marks: straight, curly, the New York Times' doubled apostrophes,
 * curly marks set the wrong way round, nested single quotes. */
static const Case mark_cases[] = {
        { "\"We will win this state,\" the governor said.",
          "\"We will win this state,\" => the governor" },
        { "\u201cWe will win this state,\u201d the governor said.",
          "\u201cWe will win this state,\u201d => the governor" },
        { "''We will win this state,'' the governor said.",
          "''We will win this state,'' => the governor" },
        { "Headline\n\n\u201d We will win this state, and soon,\u201d the governor said.",
          "\u201d We will win this state, and soon,\u201d => the governor" },
        { "Ms. Park wrote: \u201cThe board will meet again in the spring.\u201c\n\nNext paragraph here.",
          "\u201cThe board will meet again in the spring.\u201c => Park" },
        { "\"He told me, 'Get out of my office,' and I left,\" Ms. Diaz said.",
          "\"He told me, 'Get out of my office,' and I left,\" => Diaz" },
        { "\u201cThey called it \u2018a done deal\u2019 before the vote,\u201d Mr. Osei said.",
          "\u201cThey called it \u2018a done deal\u2019 before the vote,\u201d => Osei" },
        { "The mayor said: ''We have asked the state for help and we will keep asking.''",
          "''We have asked the state for help and we will keep asking.'' => The mayor" },
        /* a single quote ending or opening next to the doubled mark: ''' */
        { "''They told us, 'Go back where you came from,''' said Mr. Lema, a shop owner.",
          "''They told us, 'Go back where you came from,''' => Lema" },
        { "'''Not in my town,' is what I told them,'' she replied.",
          "'''Not in my town,' is what I told them,'' => she" },
        /* a markup attribute value is no quotation */
        { "<tweet author=\"cityhall\" id=\"12\">The roads are closed.</tweet> Nothing more was said.",
          "" },
};

/* The speaker after the quotation: name, title, description, pronoun, any verb. */
static const Case after_cases[] = {
        { "\"The budget is balanced for the first time,\" Treasurer Ana Lopez said Monday.",
          "\"The budget is balanced for the first time,\" => Ana Lopez" },
        { "\"Nobody expected the turnout,\" said Gov. Peter Lind, a Democrat.",
          "\"Nobody expected the turnout,\" => Peter Lind" },
        { "\"It is not over yet,\" a senior White House official said.",
          "\"It is not over yet,\" => a senior White House official" },
        { "\"We have no comment on the report,\" the White House said in a statement.",
          "\"We have no comment on the report,\" => White House" },
        { "\"This was a mistake from the start,\" she said.",
          "\"This was a mistake from the start,\" => she" },
        { "\"Can anyone here name one reform?\" he asked the crowd.",
          "\"Can anyone here name one reform?\" => he" },
        /* present-tense verbs of a plural subject */
        { "\"The new rules will cost jobs,\" they conclude.",
          "\"The new rules will cost jobs,\" => they" },
        { "\"We did not expect the vote to be this close,\" the organizers add.",
          "\"We did not expect the vote to be this close,\" => the organizers" },
        /* a state in a party tag, a plural possessive in the appositive */
        { "\"They have nothing to worry about,\" Sen. Ed Marsh (D-N.Y.) said Tuesday.",
          "\"They have nothing to worry about,\" => Ed Marsh" },
        { "\"This campaign is changing politics,\" Jeff Ward, the Greens' campaign manager, said in a statement.",
          "\"This campaign is changing politics,\" => Jeff Ward" },
        /* a name with mojibake in it (UTF-8 read as Latin-1, once and twice over) */
        { "\"We will not sign this treaty,\" Foreign Minister Jos\u00c3\u00a9 Ortega said.",
          "\"We will not sign this treaty,\" => Jos\u00c3\u00a9 Ortega" },
        { "\"Europe must defend itself,\" Prime Minister Fran" "A\u0303\xc2\x83" "A\u0302\u00a7" "ois Lemaire said.",
          "\"Europe must defend itself,\" => Fran" "A\u0303\xc2\x83" "A\u0302\u00a7" "ois Lemaire" },
        /* a delegate's title; a nickname in quotation marks inside the speaker's mention */
        { "\"Turn out on Tuesday!\" state Del. Ruth Amos (D-Fairfax) shouted to the crowd.",
          "\"Turn out on Tuesday!\" => Ruth Amos" },
        { "\"We are taking this seat back!\" the mayor's cousin, Councilwoman Jo \"JoJo\" Banks (D-Ward 3), "
          "told the crowd.",
          "\"We are taking this seat back!\" => the mayor's cousin" },
        { "\"The market will punish them,\" Nora Quist, author of \"Cheap Money,\" wrote in a column.",
          "\"The market will punish them,\" => Nora Quist" },
        { "\"This is the best day of my life!\" beamed Rosa Fields of Tulsa, who came with her son.",
          "\"This is the best day of my life!\" => Rosa Fields" },
        { "\"You have to be kidding me,\" the judge exclaimed.",
          "\"You have to be kidding me,\" => the judge" },
        { "\"Vote early and bring a friend,\" the flyer read.",
          "\"Vote early and bring a friend,\" => the flyer" },
        { "\"We are ready for the storm,\" said Renee Hall, 61, of Mobile, Alabama.",
          "\"We are ready for the storm,\" => Renee Hall" },
        { "\"The families deserve answers,\" said 9/11 widow Joan Perry.",
          "\"The families deserve answers,\" => Joan Perry" },
        { "\"Both sides will have to give,\" wrote Amy Chen and Paul Ruiz in a memo.",
          "\"Both sides will have to give,\" => Amy Chen; Paul Ruiz" },
        { "\"We are not done,\" Lopez, who chairs the committee, said.",
          "\"We are not done,\" => Lopez" },
        /* a single quote closing first, and a text that speaks after the quotation */
        { "\u201cCity leaders praised the builder for what they called \u2018the deal of the year,'\u201d the story read.",
          "\u201cCity leaders praised the builder for what they called \u2018the deal of the year,'\u201d => the story" },
        /* a quotation nested in the same curly marks */
        { "\u201cI would rather live in what he calls \u201chell\u201d than vote for him.\u201d \u2015 Lia Moreno",
          "\u201cI would rather live in what he calls \u201chell\u201d than vote for him.\u201d => Lia Moreno" },
};

/* The speaker before the quotation. */
static const Case before_cases[] = {
        { "Asked about the delay, the senator said, \"We will get it done this week.\"",
          "\"We will get it done this week.\" => the senator" },
        { "His degree has not kept him from being seen, as The Ledger put it in a long profile, \"the salesman.\"",
          "\"the salesman.\" => Ledger" },
        { "In calmer times, a viewer would now ask: ''What? These hosts work for a state channel?''",
          "''What? These hosts work for a state channel?'' => a viewer" },
        { "Said Ortiz: \"I have never seen a race this close.\"",
          "\"I have never seen a race this close.\" => Ortiz" },
        { "As Mark Bell, an economist at the bank, put it, \"Nobody is buying right now.\"",
          "\"Nobody is buying right now.\" => Mark Bell" },
        { "The candidate was asked about it when he told a radio host, \"I never said that.\"",
          "\"I never said that.\" => he" },
        { "She thanked the crowd, furrowed her brow and said, \"We have work to do here.\"",
          "\"We have work to do here.\" => She" },
        { "When asked about the plan, she laughed and said, \"You will see it soon enough.\"",
          "\"You will see it soon enough.\" => she" },
        { "The governor released a video in which he declares, \"The state is open for business.\"",
          "\"The state is open for business.\" => he" },
        { "Ruth Adler, the group's founder, poked at the council, tweeting, \"Another meeting, another delay.\"",
          "\"Another meeting, another delay.\" => Ruth Adler" },
        { "Ms. Hale said, adding, \"The money is already spent.\"",
          "\"The money is already spent.\" => Hale" },
        { "The singer posted a photo of the crowd, writing \"Thank you all for coming tonight.\"",
          "\"Thank you all for coming tonight.\" => The singer" },
        { "Cole did not name his rivals, but told his supporters, \"our city is in trouble and we must act.\"",
          "\"our city is in trouble and we must act.\" => Cole" },
        { "According to the Ledger: \"The mayor has not held a press conference since May.\"",
          "\"The mayor has not held a press conference since May.\" => Ledger" },
        /* "did" without "not" is no speech: the colon's sentence names nobody */
        { "Hours later, Hale did back the plan, and the station has the tape:\n\n\"Should the city pay for it?\"",
          "\"Should the city pay for it?\" => -" },
        { "Ron Dix, the chief executive of Ora Media -- the firm that makes the show, which also airs online -- told me, "
          "''We sell to people who want our shows.''",
          "''We sell to people who want our shows.'' => Ron Dix" },
        { "The crowd was loud. Tom Ames, who joked about the weather, added, \"We came anyway.\"",
          "\"We came anyway.\" => Tom Ames" },
        { "Protesters marching through the streets chanted \"Not our mayor!\"",
          "\"Not our mayor!\" => Protesters marching through the streets" },
        { "Carl Ward issued the following statement:\n\n\"We are reviewing the decision with our lawyers.\"",
          "\"We are reviewing the decision with our lawyers.\" => Carl Ward" },
        { "On May 3, 2019, Dole made the following comment:\n\n\"Nobody in this town pays full price.\"",
          "\"Nobody in this town pays full price.\" => Dole" },
        { "Last week, Mayor Ito made this remark: \"We are not moving the stadium.\"",
          "\"We are not moving the stadium.\" => Ito" },
        /* the nearest name of a list speaks after "who" */
        { "Guests included Ann Lee, Tom Frye and Stevie Ray, who joked of the hall, \"I have not seen it yet.\"",
          "\"I have not seen it yet.\" => Stevie Ray [who]" },
        { "POLLS TIGHTEN IN OHIO - Nina Berg: \"The race is now within the margin of error.\"",
          "\"The race is now within the margin of error.\" => Nina Berg" },
        { "Turnout was low, says Ravi Patel, head of the state board. \"We expected more voters.\"",
          "\"We expected more voters.\" => Ravi Patel" },
        { "The mill closed in May. Said Lena Ortiz, who worked there for years, \"We all saw it coming.\"",
          "\"We all saw it coming.\" => Lena Ortiz" },
        { "The letter goes on to say: \"No funds will be released before June.\"",
          "\"No funds will be released before June.\" => The letter" },
        { "She cited the audit, which notes, \"Half of the contracts had no bids.\"",
          "\"Half of the contracts had no bids.\" => the audit [which]" },
        { "After the vote, Rep. Dan Kirby (R-Ohio), said, \"This bill is dead on arrival.\"",
          "\"This bill is dead on arrival.\" => Dan Kirby" },
        { "Reporters asked about the vote. Hale shot back, \"Ask me again next week.\"",
          "\"Ask me again next week.\" => Hale" },
        { "Nolan thanked the donors, telling the crowd, \"We could not have done it without you.\"",
          "\"We could not have done it without you.\" => Nolan" },
        /* the sentence's subject past a role, a short aside or a parenthesis */
        { "Republican Senate candidate Mark Olsen quickly took to Twitter, writing: \"This budget is a disgrace.\"",
          "\"This budget is a disgrace.\" => Mark Olsen" },
        { "Rep. Dana Kole (D-Ore.) reacted to the ruling, saying: \"The court has done its job.\"",
          "\"The court has done its job.\" => Dana Kole" },
        { "Mr. Hale, 62, defended the decision on Tuesday, saying: \"There was no other way.\"",
          "\"There was no other way.\" => Hale" },
        { "Governor Ann Pryce, R-Ida., delivered a blunt message to the council: \"Stop fighting and build.\"",
          "\"Stop fighting and build.\" => Ann Pryce" },
        { "Priebus later Thursday told Fox News: \"We are united and ready to move on.\"",
          "\"We are united and ready to move on.\" => Priebus" },
        /* an opening phrase without a lead word, or a comma that is the verb's own */
        { "Here in Dayton, Ross stepped up his attack on the plan, saying, \"We have got to stop this waste.\"",
          "\"We have got to stop this waste.\" => Ross" },
        { "And then Ross went fully on the attack, saying, \"Is the mayor going to resign?\"",
          "\"Is the mayor going to resign?\" => Ross" },
        { "Asked whether she would run, Mrs. Lane shook her head and said, \"No.\"", "\"No.\" => Lane" },
        /* past a clause that opens the sentence; a name after "speaking to" is no subject */
        { "When the mayor said the plan was dead, Ross fired back forcefully: \"The plan is alive and well.\"",
          "\"The plan is alive and well.\" => Ross" },
        { "A county official speaking to Radio Kent said, \"The vote will be delayed again.\"",
          "\"The vote will be delayed again.\" => A county official speaking to Radio Kent" },
        /* a description opening with a capitalised word; "singing" introduces a quotation */
        { "Small groups of strikers marched past the plant - while chanting, \"Pay us what we earn.\"",
          "\"Pay us what we earn.\" => Small groups of strikers" },
        { "At his picnic, the band leader called local officials to the stage, singing \"This Is Our Day.\"",
          "\"This Is Our Day.\" => the band leader" },
        /* what a named person calls something, with prose after it */
        { "The plan led to what aide Kevin Marsh called \"the start of a new era\" in his 1969 book.",
          "\"the start of a new era\" => Kevin Marsh" },
        /* a new sentence whose verb takes an object does not attribute the quotation before it */
        { "\"We are ready,\" Ms. Lane said. \"We feel good about the towns we will visit.\" She noted a rally in Ames.",
          "\"We are ready,\" => Lane || \"We feel good about the towns we will visit.\" => Lane" },
        /* "however" between the verb and the quotation */
        { "Ward acknowledged, however, \"Past results are no guide to the future.\"",
          "\"Past results are no guide to the future.\" => Ward" },
        /* a quoted paragraph signed on the next line, as fact checks print claims */
        { "We review the claims.\n\n\"Most new income goes to the top one percent.\"\n\n- Ann Lee.\n\nThe number is old.",
          "\"Most new income goes to the top one percent.\" => Ann Lee" },
        /* a bare plural before the verb after the quotation; "according to" after it */
        { "\"The harm caused by the leak is severe,\" federal prosecutors wrote in seeking a long sentence.",
          "\"The harm caused by the leak is severe,\" => federal prosecutors" },
        { "\"Last week's documents show a pattern of neglect,\" according to Citizens Watch.",
          "\"Last week's documents show a pattern of neglect,\" => Citizens Watch" },
        /* "Will" and "May" as first names after the verb */
        { "\"It's a costly way to run a school,\" said Will Reyes, a professor of economics.",
          "\"It's a costly way to run a school,\" => Will Reyes" },
        /* a crowd counted by a number, in a perfect ("had gathered") */
        { "About 50 strikers had gathered on Wednesday morning, chanting \"no contract, no peace.\"",
          "\"no contract, no peace.\" => About 50 strikers" },
        { "About 200 strikers gathered in three groups, holding signs and chanting \"Shame on Acme.\"",
          "\"Shame on Acme.\" => About 200 strikers" },
        /* not into a clause: "I" speaks, who names nobody we can tell */
        { "Once in my 20s, when my aunt mentioned ghosts to me in the car, I laughed and said, \"I don't believe in ghosts.\"",
          "\"I don't believe in ghosts.\" => I" },
};

/* Quotations that are not one: a phrase a clause holds, a title in title case;
 * words that open a sentence without a speech verb, a capitalised word that only
 * opens a sentence, a copula name no speaker. */
static const Case not_quote_cases[] = {
        /* a work a description calls by name */
        { "Later on Sunday, Lane shared a syllabus for a 2002 history class called \"Empire\" at the college.",
          "" },
        { "The plan \"has made real progress,\" Mayor Dana Cole said.",
          "" },
        { "\"You squeezed your workers\" to lift the share price, the senator said.",
          "" },
        { "On this week's broadcast of \"Meet the Voters,\" the governor said she would run.",
          "" },
        { "His new book, \"The Long Road Home,\" came out on Tuesday.",
          "" },
        { "The band closed with \"Born in the Valley\" and left the stage.",
          "" },
        { "Critics say the bill is \"a giveaway to the oil industry\" and will fail.",
          "" },
        /* a phrase named inside a clause is part of it */
        { "In April, the mayor called the plan \"a gift to developers\" and promised a vote.",
          "" },
        { "The coach defended the trade, calling the player \"a leader in our locker room.\"",
          "" },
        /* named right after its verb, it is a quotation */
        { "The crowd booed, and the mayor shouted \"Order, please, order!\"",
          "\"Order, please, order!\" => the mayor" },
        /* "Hours" opens the sentence and is no name; "returned" before the comma speaks */
        { "Hours later, Ames returned, \"We still have no deal on the table.\"",
          "\"We still have no deal on the table.\" => Ames" },
        { "Hours later the talks resumed. \"We still have no deal on the table.\"",
          "\"We still have no deal on the table.\" => -" },
        { "With party leaders worried, the chairman is trying a new message: \"It's about you.\"",
          "\"It's about you.\" => the chairman" },
        { "The problem is shown by this letter: \"We cannot pay the bill this year.\"",
          "\"We cannot pay the bill this year.\" => -" },
        /* "it", "I" and "we" say who spoke, and name nobody: the word is the
         * mention, no speaker before is carried on */
        { "\"Sales fell,\" the report said.\n\n\"Costs rose as well,\" it added.",
          "\"Sales fell,\" => the report || \"Costs rose as well,\" => it" },
        { "Mr. Ruiz waved at the bus. When the driver asked for a ticket, I shrugged and said, "
          "\"We walked here from the station.\"",
          "\"We walked here from the station.\" => I" },
        { "\"The figures will not hold up in court,\" we wrote in March.",
          "\"The figures will not hold up in court,\" => we" },
};

/* A quotation split by its attribution, one going on into the next sentence or
 * paragraph, and one that opens a paragraph before its attributed part. */
static const Case continued_cases[] = {
        { "\"We are close,\" Reyes said, \"but we are not there yet.\"",
          "\"We are close,\" => Reyes || \"but we are not there yet.\" => Reyes" },
        { "\"The vote is Tuesday,\" said Ann Moss, the clerk. \"Polls open at seven.\"",
          "\"The vote is Tuesday,\" => Ann Moss || \"Polls open at seven.\" => Ann Moss" },
        { "\"We will appeal the ruling,\" Hart said.\n\n\"This is not the end of the case.\"",
          "\"We will appeal the ruling,\" => Hart || \"This is not the end of the case.\" => Hart" },
        { "\"We will appeal,\" she said during a call with reporters.\n\n\"The law is on our side.\"",
          "\"We will appeal,\" => she || \"The law is on our side.\" => she" },
        { "\"The first thing we do is fix the roads.\"\n\n\"Then the schools,\" Mayor Ito said.",
          "\"The first thing we do is fix the roads.\" => Ito || \"Then the schools,\" => Ito" },
        { "The board accomplished \"far too little,\" Ms. Berg added. \"We need another session.\"",
          "\"We need another session.\" => Berg" },
        { "Kent said.\n\n\"I am staying in the race.\"\n\nVoters will decide in May.",
          "\"I am staying in the race.\" => -" },
        { "\"We begin at dawn.\n\n\"We stop when the work is done,\" the foreman said.",
          "\"We begin at dawn.\n\n\"We stop when the work is done,\" => the foreman" },
        /* one sentence with "he" or "she" between keeps the speaker */
        { "\"We have had break-ins before,\" Mayor Ruiz said after the meeting. He did not name a suspect. "
          "\"Our goal is to stop it before it grows.\"",
          "\"We have had break-ins before,\" => Ruiz || \"Our goal is to stop it before it grows.\" => Ruiz" },
        { "\"We have had break-ins before,\" Mayor Ruiz said. Police did not name a suspect. "
          "\"Our goal is to stop it before it grows.\"",
          "\"We have had break-ins before,\" => Ruiz || \"Our goal is to stop it before it grows.\" => -" },
        /* a sentence of its own goes on, however short */
        { "''We are not a burden on this city or a stain on it,'' the mayor added. ''We're Dayton.''",
          "''We are not a burden on this city or a stain on it,'' => the mayor || ''We're Dayton.'' => the mayor" },
        { "\"Nobody wanted this fight,\" Ms. Okafor said. \"Nobody.\"",
          "\"Nobody wanted this fight,\" => Okafor || \"Nobody.\" => Okafor" },
        /* a transcript: one quote a paragraph, each with its turn's name */
        { "Transcript:\n\n\"HOST: Will you run again?\n\n\"MAYOR: No, I will not run.\n\n\"(CROSSTALK.)\n\n"
          "\"My family comes first now.\n\n\"HOST: Thank you for coming in.\"",
          "Will you run again? => HOST || No, I will not run. => MAYOR || My family comes first now. => MAYOR || "
          "Thank you for coming in. => HOST" },
        /* a site's footer that an unclosed transcript runs into is nobody's turn */
        { "Transcript:\n\n\"HOST: Will you run again?\n\n\"MAYOR: No, I will not run.\n\n"
          "\"Follow Dan Roe on Twitter @danroe.\"",
          "Will you run again? => HOST || No, I will not run. => MAYOR" },
};

static void test_marks(void) {
        check_cases(mark_cases, G_N_ELEMENTS(mark_cases));
}

static void test_after(void) {
        check_cases(after_cases, G_N_ELEMENTS(after_cases));
}

static void test_before(void) {
        check_cases(before_cases, G_N_ELEMENTS(before_cases));
}

static void test_not_quotes(void) {
        check_cases(not_quote_cases, G_N_ELEMENTS(not_quote_cases));
}

static void test_continued(void) {
        check_cases(continued_cases, G_N_ELEMENTS(continued_cases));
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/quotes/direct/marks", test_marks);
        g_test_add_func("/quotes/direct/after", test_after);
        g_test_add_func("/quotes/direct/before", test_before);
        g_test_add_func("/quotes/direct/not-quotes", test_not_quotes);
        g_test_add_func("/quotes/direct/continued", test_continued);
        return g_test_run();
}
