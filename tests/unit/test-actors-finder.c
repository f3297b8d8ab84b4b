/* Unit tests for the actors core (words, name-finder, role, alias) on short texts,
 * cut into sentences by the host's tokenizer, with the shipped gazetteers. */
#include <string.h>

#include <glib.h>

#include "dossier-build-config.h"
#include "text/tokenize.h"

#include "../../plugins/actors/alias.h"
#include "../../plugins/actors/gazetteer.h"
#include "../../plugins/actors/name-finder.h"
#include "../../plugins/actors/words.h"

static const char *const type_names[] = { "UNKNOWN", "PERSON", "ORG", "PLACE", "OTHER" };

/* Each case: one or more articles ("\f" between them), then the actors expected in
 * order of first mention: "TYPE Name (role): mention, mention; ..." */
static const struct {
        const char *text;
        const char *want;
} cases[] = {
        /* titles are roles, not names */
        { "President-elect Donald Trump met Senator Bill Hagerty.",
          "PERSON Donald Trump (President-elect): Donald Trump; "
          "PERSON Bill Hagerty (Senator): Bill Hagerty" },
        { "North Korean leader Kim Jong Un spoke.",
          "OTHER North Korean: North Korean; PERSON Kim Jong Un (North Korean leader): Kim Jong Un" },
        { "He met Chinese President Xi Jinping.",
          "OTHER Chinese: Chinese; PERSON Xi Jinping (Chinese President): Xi Jinping" },
        /* roles stated after the name */
        { "Randall Schriver, a former assistant secretary of defense for Asia, spoke.",
          "PERSON Randall Schriver (former assistant secretary of defense): Randall Schriver; "
          "PLACE Asia: Asia" },
        { "Donald Trump picked Marco Rubio as secretary of state.",
          "PERSON Donald Trump: Donald Trump; "
          "PERSON Marco Rubio (secretary of state): Marco Rubio" },
        /* possessives and a leading "the" stay outside the span */
        { "Donald Trump's team went to the White House.",
          "PERSON Donald Trump: Donald Trump; ORG White House: White House" },
        { "The talks at the Middlebury Institute's James Martin Center for Nonproliferation "
          "Studies ended.",
          "ORG Middlebury Institute: Middlebury Institute; ORG James Martin Center for "
          "Nonproliferation Studies: James Martin Center for Nonproliferation Studies" },
        /* capitalised common words at the start of a sentence are not names */
        { "Despite the talks, nothing moved. However, it rained. Sources said so. Satellite "
          "imagery showed it. Analysts agreed. Nonetheless, On Monday in January they left.",
          "" },
        /* ... unless the briefing knows them as names */
        { "Alex Wong arrived. Wong's appointment was praised.",
          "PERSON Alex Wong: Alex Wong, Wong" },
        /* a lone surname or first name joins the full name, across articles */
        { "Kim Jong Un spoke.\fLater Kim left for Moscow.",
          "PERSON Kim Jong Un: Kim Jong Un, Kim; PLACE Moscow: Moscow" },
        { "Trump arrived. President-elect Donald Trump spoke.",
          "PERSON Donald Trump (President-elect): Trump, Donald Trump" },
        /* a well-known surname alone */
        { "It has the backing of Putin, analysts say.", "PERSON Vladimir Putin: Putin" },
        /* gazetteer spellings */
        { "U.S. officials met in Pyongyang and Beijing.",
          "PLACE United States: U.S.; PLACE Pyongyang: Pyongyang; PLACE Beijing: Beijing" },
        /* cue words */
        { "Experts at the Hudson Institute and the Korean Peninsula watched.",
          "ORG Hudson Institute: Hudson Institute; PLACE Korean Peninsula: Korean Peninsula" },
        /* a headline in capitals names only what the text names */
        { "TALKS RESUME IN PYONGYANG\nOfficials met in Pyongyang.",
          "PLACE Pyongyang: PYONGYANG, Pyongyang" },
        /* a first name starts a person after other capitalised words */
        { "Engineer Phil Carter presented the update.", "PERSON Phil Carter: Phil Carter" },
        { "The firm hired Acme Capital Group Charlie Brown.",
          "ORG Acme Capital Group: Acme Capital Group; PERSON Charlie Brown: Charlie Brown" },
        /* a legal form ends the company's name; a title ends at the name after it */
        { "The co-founder of Acme Inc. Steve Miller resigned.",
          "ORG Acme Inc.: Acme Inc.; PERSON Steve Miller: Steve Miller" },
        { "Charges were filed against Acme Chief Financial Officer Michael Stone.",
          "ORG Acme: Acme; PERSON Michael Stone (Chief Financial Officer): Michael Stone" },
        /* a suffix belongs to the name; a company keeps its mentions from the founder */
        { "Martin Luther King Jr. spoke.",
          "PERSON Martin Luther King Jr.: Martin Luther King Jr." },
        { "Sales fell, said Henry Ford Jr., chairman of Ford. Ford cut jobs.",
          "PERSON Henry Ford Jr. (chairman of Ford): Henry Ford Jr.; ORG Ford: Ford, Ford" },
        /* words the briefing writes in lower case are no names, alone or in front */
        { "Current Zorblat programs run slowly. The current release is fine.",
          "ORG Zorblat: Zorblat" },
        { "Owners of the iPod Touch can update. A touch screen helps.", "" },
        { "Users of Snow Leopard waited for the snow.",
          "OTHER Snow Leopard: Snow Leopard" },
        { "Art Levinson, chairman of Genentech, spoke. The art was fine.",
          "PERSON Art Levinson (chairman of Genentech): Art Levinson; ORG Genentech: Genentech" },
        { "The airtanker contract went to AirTanker, which is new.",
          "ORG AirTanker: AirTanker" },
        /* no role from a list ("and General") or from a quotation's comma */
        { "Ford, Zentrix, and General Motors asked for loans.",
          "ORG Ford: Ford; ORG Zentrix: Zentrix; ORG General Motors: General Motors" },
        { "\"It is a move at Zentrix,\" said chief investment officer Tim Green.",
          "ORG Zentrix: Zentrix; PERSON Tim Green (chief investment officer): Tim Green" },
        /* only a person's first name or surname is a short form of the name */
        { "Users of the Zorblat Quxpad update waited. Buyers like Zorblat devices.",
          "PERSON Zorblat Quxpad: Zorblat Quxpad; ORG Zorblat: Zorblat" },
        /* one "in X" does not make a place of a company */
        { "Buyers like Zentrix cars. Fans of Zentrix wait. They sued Zentrix. "
          "He bought a stake in Zentrix.",
          "ORG Zentrix: Zentrix, Zentrix, Zentrix, Zentrix" },
        /* text taken apart around a hyphen or an apostrophe holds one name */
        { "Sales at Zen - Mart rose.\fZen-Mart gained.",
          "ORG Zen-Mart: Zen - Mart, Zen-Mart" },
        { "Shops in San Jose - Cisco said. Paris - Berlin flights resumed.",
          "PLACE San Jose: San Jose; ORG Cisco: Cisco; PLACE Paris: Paris; PLACE Berlin: Berlin" },
        { "A view came from Charles O 'Reilly, an expert. Sean O' Brien agreed.",
          "PERSON Charles O'Reilly (expert): Charles O 'Reilly; PERSON Sean O'Brien: Sean O' Brien" },
        /* abbreviations of currencies, units and time zones name nobody */
        { "It costs 99 USD, holds 16 GB and ships at 14:00 UTC with a TV and a DVD.", "" },
        /* a guessed name shortened to its first word in other articles is no person */
        { "The Zorb Quxley index fell.\fThe Zorb rose.",
          "ORG Zorb Quxley: Zorb Quxley; ORG Zorb: Zorb" },
        { "The Zorb Quxley index fell. The Zorb rose.",
          "PERSON Zorb Quxley: Zorb Quxley; ORG Zorb: Zorb" },
        /* a first name and a cue word: a man called Press */
        { "Sales fell, said Acme LLC Jim Press. \"It hurts,\" said Jim Press, the vice chairman of Acme.",
          "ORG Acme: Acme LLC, Acme; PERSON Jim Press (vice chairman of Acme): Jim Press, Jim Press" },
        /* listed spellings, hyphen taken apart or not */
        { "Shoppers left Wal - Mart for the Dow Jones firms.",
          "ORG Walmart: Wal - Mart; ORG Dow Jones Industrial Average: Dow Jones" },
        /* a name right after a model number is the product's */
        { "Boeing rolled out the 787 Dreamliner in 2007. The 787 Dreamliner flew.",
          "ORG Boeing: Boeing; OTHER Dreamliner: Dreamliner, Dreamliner" },
        /* a chain of titles with nobody after it names nobody */
        { "The former Chief Operating Officer, Tim Cook, will succeed him.",
          "PERSON Tim Cook: Tim Cook" },
        { "He met the Assistant Secretary of the Navy yesterday.", "" },
        /* a title after a first name and a surname is a surname */
        { "Markets closed in honor of Martin Luther King today.",
          "PERSON Martin Luther King: Martin Luther King" },
        /* products: after a known company, or with digits; adjectives */
        { "Chrysler will cut the Chrysler Aspen and the PowerMac G5 line.",
          "ORG Chrysler: Chrysler, Chrysler; OTHER Aspen: Aspen; OTHER PowerMac G5: PowerMac G5" },
        { "The Republican plan and Congressional hearings failed.",
          "OTHER Republican: Republican; OTHER Congressional: Congressional" },
        /* a town before its state; holidays and weekdays name no actor */
        { "Plants in Dearborn, Michigan and in Zorbville, Ontario closed over Christmas.",
          "PLACE Dearborn: Dearborn; PLACE Michigan: Michigan; PLACE Zorbville: Zorbville; "
          "PLACE Ontario: Ontario" },
        { "Traders recalled Black Monday at the Royal Courts of Justice Smith.",
          "OTHER Black Monday: Black Monday; ORG Royal Courts: Royal Courts; PERSON Smith (Justice): Smith" },
        /* a plant "of" its town is named without the town; a lone name before a
         * state is a town, even one that is also a first name */
        { "The Wixom Assembly Plant of Wixom, Michigan closed. He moved to Wayne, Michigan.",
          "ORG Wixom Assembly Plant: Wixom Assembly Plant; PLACE Wixom: Wixom; "
          "PLACE Michigan: Michigan, Michigan; PLACE Wayne: Wayne" },
        /* more first names; "Factory" makes an organisation */
        { "The Air Force hired Marvin Sambur at Boeing's Everett Factory.",
          "ORG Air Force: Air Force; PERSON Marvin Sambur: Marvin Sambur; ORG Boeing: Boeing; "
          "ORG Everett Factory: Everett Factory" },
        /* a role is a noun phrase headed by a title, with its complement */
        { "Bill Brown, the head trader for Zeta Investments, said so.",
          "PERSON Bill Brown (head trader for Zeta Investments): Bill Brown; "
          "ORG Zeta Investments: Zeta Investments" },
        { "Mary Smith, its new chief executive, spoke to Tom Hill, a spokesman for Force Ouvrière.",
          "PERSON Mary Smith (new chief executive): Mary Smith; "
          "PERSON Tom Hill (spokesman for Force Ouvrière): Tom Hill; ORG Force Ouvrière: Force Ouvrière" },
        { "Sara Lee, the Japanese minister of fiscal policy, spoke.",
          "PERSON Sara Lee (Japanese minister of fiscal policy): Sara Lee; OTHER Japanese: Japanese" },
        /* no role from another head noun, or from the subject of a new clause */
        { "It bought Zorbex, another major mortgage lender, and Quxcorp, a Romanian official said.",
          "ORG Zorbex: Zorbex; ORG Quxcorp: Quxcorp; OTHER Romanian: Romanian" },
        /* a lone surname joins a guessed name only in its own article */
        { "Zorb Quxley said so.\fInvestors like Quxley now.",
          "PERSON Zorb Quxley: Zorb Quxley; ORG Quxley: Quxley" },
        { "John Quxley said so.\fInvestors like Quxley now.",
          "PERSON John Quxley: John Quxley, Quxley" },
        /* "X said" only when the verb follows the name itself */
        { "Jane Roe, the chief strategist at ZX Index, said so.",
          "PERSON Jane Roe (chief strategist at ZX Index): Jane Roe; OTHER ZX Index: ZX Index" },
        /* a demonym inside an organisation's name; seas and bays named first */
        { "Deals with the Royal Australian Air Force closed over the Bay of Biscay.",
          "ORG Royal Australian Air Force: Royal Australian Air Force; PLACE Bay of Biscay: Bay of Biscay" },
        /* "The Biden administration": the person, not "The Biden" */
        { "President Joe Biden spoke. The Biden administration agreed.",
          "PERSON Joe Biden (President): Joe Biden, Biden" },
};

static GArray *words_of(const char *body, uint32_t article)
{
        g_autoptr(GArray) tokens = g_array_new(FALSE, FALSE, sizeof(DossierToken));
        g_autoptr(GArray) sentences = g_array_new(FALSE, FALSE, sizeof(DossierSpan));
        dossier_text_tokenize(body, strlen(body), article, tokens, sentences);
        return words_of_sentences(body, strlen(body), (const DossierSpan *) sentences->data, sentences->len);
}

static char *describe(GPtrArray *actors, char **bodies)
{
        GString *out = g_string_new(NULL);
        for (guint i = 0; i < actors->len; i++) {
                const Actor *a = g_ptr_array_index(actors, i);
                g_string_append_printf(out, "%s%s %s", i ? "; " : "", type_names[a->type],
                                       a->name);
                if (a->role)
                        g_string_append_printf(out, " (%s)", a->role);
                g_string_append(out, ":");
                for (guint k = 0; k < a->mentions->len; k++) {
                        const Mention *m = &g_array_index(a->mentions, Mention, k);
                        g_string_append_printf(out, "%s %.*s", k ? "," : "",
                                               (int) (m->end - m->start),
                                               bodies[m->article] + m->start);
                }
        }
        return g_string_free(out, FALSE);
}

static char *run(const Gazetteer *gz, const char *text)
{
        g_auto(GStrv) bodies = g_strsplit(text, "\f", -1);
        guint n = g_strv_length(bodies);
        g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func((GDestroyNotify) g_array_unref);
        g_autoptr(NameFinder) nf = name_finder_new(gz);
        for (guint i = 0; i < n; i++) {
                GArray *w = words_of(bodies[i], i);
                name_finder_learn(nf, bodies[i], (const Word *) w->data, w->len);
                g_ptr_array_add(words, w);
        }
        g_autoptr(AliasTable) table = alias_table_new(gz);
        g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(Candidate));
        for (guint i = 0; i < n; i++) {
                GArray *w = g_ptr_array_index(words, i);
                g_array_set_size(found, 0);
                name_finder_find(nf, bodies[i], (const Word *) w->data, w->len, found);
                alias_table_add(table, i, bodies[i], (const Candidate *) found->data, found->len);
        }
        g_autoptr(GPtrArray) actors = alias_table_resolve(table);
        return describe(actors, bodies);
}

static Gazetteer *shipped_gazetteer(void)
{
        g_autofree char *dir = g_build_filename(DOSSIER_SOURCE_DIR, "data", "gazetteers", NULL);
        g_autoptr(GError) error = NULL;
        Gazetteer *gz = gazetteer_new();
        gazetteer_load_dir(gz, dir, &error);
        g_assert_no_error(error);
        return gz;
}

static void test_cases(void)
{
        g_autoptr(Gazetteer) gz = shipped_gazetteer();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = run(gz, cases[i].text);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s':\n  got  %s\n  want %s", i, cases[i].text,
                                       got, cases[i].want);
                        g_test_fail();
                }
        }
}

/* The reference article, when ../shared is there: every gold actor and nothing else. */
static void test_reference_article(void)
{
        g_autofree char *path = g_build_filename(DOSSIER_SOURCE_DIR, "examples", "articles",
                                                 "trump-kim-talks.txt", NULL);
        g_autofree char *data = NULL;
        if (!g_file_get_contents(path, &data, NULL, NULL)) {
                g_test_skip("no reference article");
                return;
        }
        const char *body = strstr(data, "\n---\n");
        g_assert_nonnull(body);
        g_autoptr(Gazetteer) gz = shipped_gazetteer();
        g_autofree char *got = run(gz, body + 5);
        static const char *const want[] = {
                "PERSON Donald Trump (President-elect): Donald Trump, Trump",
                "PERSON Kim Jong Un (North Korean leader): Kim Jong Un, Kim",
                "PERSON Bill Hagerty (Senator): Bill Hagerty",
                "PERSON Alex Wong (deputy national security adviser): Alex Wong, Wong",
                "PERSON Randall Schriver (former assistant secretary of defense): Randall "
                "Schriver, Schriver",
                "PERSON Vladimir Putin: Putin",
                "PERSON Marco Rubio (secretary of state): Marco Rubio",
                "PERSON Mike Waltz (national security adviser): Mike Waltz",
                "PERSON Joe Biden (President): Biden, Joe Biden",
                "PERSON Xi Jinping (Chinese President): Xi Jinping",
                "PERSON Siegfried Hecker: Siegfried Hecker",
                "PERSON Robert Carlin: Robert Carlin",
                "ORG Reuters: Reuters",
                "ORG Hudson Institute: Hudson Institute",
                "ORG White House: White House",
                "PLACE United States: U.S., U.S.",
                "PLACE Korean Demilitarized Zone: Korean Demilitarized Zone",
        };
        for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
                if (!strstr(got, want[i])) {
                        g_test_message("missing '%s' in %s", want[i], got);
                        g_test_fail();
                }
        }
        static const char *const never[] = { "Despite", "However", "Sources", "Satellite",
                                             "Intelligence", "Analysts", "Nonetheless",
                                             "January", "Indo-Pacific", "While", "During" };
        /* OTHER actors (demonyms, proper adjectives) are left out of the briefing */
        for (size_t i = 0; i < G_N_ELEMENTS(never); i++) {
                for (int type = 1; type <= 3; type++) {
                        g_autofree char *needle = g_strdup_printf("%s %s:", type_names[type],
                                                                  never[i]);
                        if (strstr(got, needle)) {
                                g_test_message("spurious actor '%s' in %s", needle, got);
                                g_test_fail();
                        }
                }
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/actors/finder/cases", test_cases);
        g_test_add_func("/actors/finder/reference-article", test_reference_article);
        return g_test_run();
}
