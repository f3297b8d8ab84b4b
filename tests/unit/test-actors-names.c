/* Unit tests for the actors core as the plugin runs it (words, the tagger with the
 * shipped model, roles, aliases) on short texts, cut into sentences by the host's
 * tokenizer, with the shipped gazetteers. */
#include <string.h>

#include <glib.h>

#include "dossier-build-config.h"
#include "text/tokenize.h"

#include "../../plugins/actors/alias.h"
#include "../../plugins/actors/gazetteer.h"
#include "../../plugins/actors/ner-tagger.h"
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
        /* a title ends at the name after it */
        { "Charges were filed against Chief Financial Officer Michael Sears.",
          "PERSON Michael Sears (Chief Financial Officer): Michael Sears" },
        /* roles stated after the name */
        { "Randall Schriver, a former assistant secretary of defense for Asia, spoke.",
          "PERSON Randall Schriver (former assistant secretary of defense): Randall Schriver; "
          "PLACE Asia: Asia" },
        { "Donald Trump picked Marco Rubio as secretary of state.",
          "PERSON Donald Trump: Donald Trump; "
          "PERSON Marco Rubio (secretary of state): Marco Rubio" },
        /* a role is a noun phrase headed by a title, with its complement */
        { "Bill Brown, the head trader for Zeta Investments, said so.",
          "PERSON Bill Brown (head trader for Zeta Investments): Bill Brown; "
          "ORG Zeta Investments: Zeta Investments" },
        { "Mary Smith, its new chief executive, spoke to Tom Hill, a spokesman for "
          "Greenpeace.",
          "PERSON Mary Smith (new chief executive): Mary Smith; "
          "PERSON Tom Hill (spokesman for Greenpeace): Tom Hill; ORG Greenpeace: Greenpeace" },
        { "Sara Lee, the Japanese minister of fiscal policy, spoke.",
          "PERSON Sara Lee (Japanese minister of fiscal policy): Sara Lee; OTHER Japanese: Japanese" },
        /* "X said" only when the verb follows the name itself */
        { "Jane Roe, the chief strategist at Goldman Sachs, said so.",
          "PERSON Jane Roe (chief strategist at Goldman Sachs): Jane Roe; "
          "ORG Goldman Sachs: Goldman Sachs" },
        /* no role from a list ("and General") or from a quotation's comma */
        { "Ford, Toyota, and General Motors asked for loans.",
          "ORG Ford: Ford; ORG Toyota: Toyota; ORG General Motors: General Motors" },
        { "\"It is a move at Microsoft,\" said chief investment officer Tim Green.",
          "ORG Microsoft: Microsoft; PERSON Tim Green (chief investment officer): Tim Green" },
        /* no role from another head noun, or from the subject of a new clause */
        { "It bought Countrywide Financial, another major mortgage lender, and Merrill Lynch, "
          "a Romanian official said.",
          "ORG Countrywide Financial: Countrywide Financial; ORG Merrill Lynch: Merrill Lynch; "
          "OTHER Romanian: Romanian" },
        /* a chain of titles with nobody after it names nobody */
        { "The former Chief Operating Officer, Tim Cook, will succeed him.",
          "PERSON Tim Cook: Tim Cook" },
        /* possessives and a leading "the" stay outside the span */
        { "Donald Trump's team went to the White House.",
          "PERSON Donald Trump: Donald Trump; ORG White House: White House" },
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
        { "John Quxley said so.\fInvestors like Quxley now.",
          "PERSON John Quxley: John Quxley, Quxley" },
        { "President Joe Biden spoke. The Biden administration agreed.",
          "PERSON Joe Biden (President): Joe Biden, Biden" },
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
        /* a legal form ends the company's name */
        { "The co-founder of Acme Inc. Steve Miller resigned.",
          "ORG Acme Inc.: Acme Inc.; PERSON Steve Miller: Steve Miller" },
        /* one "in X" does not make a place of a company */
        { "Buyers like Zentrix cars. Fans of Zentrix wait. They sued Zentrix. "
          "He bought a stake in Zentrix.",
          "ORG Zentrix: Zentrix, Zentrix, Zentrix, Zentrix" },
        /* text taken apart around a hyphen holds one name */
        { "Sales at Zen - Mart rose.\fZen-Mart gained.",
          "ORG Zen-Mart: Zen - Mart, Zen-Mart" },
        { "Shops in San Jose - Cisco said. Paris - Berlin flights resumed.",
          "PLACE San Jose: San Jose; ORG Cisco: Cisco; PLACE Paris: Paris; PLACE Berlin: Berlin" },
        /* abbreviations of currencies, units and time zones name nobody */
        { "It costs 99 USD, holds 16 GB and ships at 14:00 UTC with a TV and a DVD.", "" },
        /* a town before its state, even one that is also a first name */
        { "Plants in Dearborn, Michigan and in Zorbville, Ontario closed.",
          "PLACE Dearborn: Dearborn; PLACE Michigan: Michigan; PLACE Zorbville: Zorbville; "
          "PLACE Ontario: Ontario" },
        { "He moved to Wayne, Michigan.", "PLACE Wayne: Wayne; PLACE Michigan: Michigan" },
        /* more first names; "Factory" makes an organisation */
        { "The Air Force hired Marvin Sambur at Boeing's Everett Factory.",
          "ORG Air Force: Air Force; PERSON Marvin Sambur: Marvin Sambur; ORG Boeing: Boeing; "
          "ORG Everett Factory: Everett Factory" },
};

static GArray *words_of(const char *body, uint32_t article)
{
        g_autoptr(GArray) tokens = g_array_new(FALSE, FALSE, sizeof(DossierToken));
        g_autoptr(GArray) sentences = g_array_new(FALSE, FALSE, sizeof(DossierSpan));
        dossier_text_tokenize(body, strlen(body), article, tokens, sentences);
        return words_of_sentences(body, strlen(body), (const DossierSpan *) sentences->data,
                                  sentences->len);
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

/* The actors of @text's articles, found as actors.c finds them. */
static char *run(const Gazetteer *gz, const NerModel *model, const char *text)
{
        g_auto(GStrv) bodies = g_strsplit(text, "\f", -1);
        g_autoptr(NerTagger) tagger = ner_tagger_new(model, gz);
        g_autoptr(AliasTable) table = alias_table_new(gz);
        g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(Candidate));
        for (guint i = 0; bodies[i]; i++) {
                g_autoptr(GArray) w = words_of(bodies[i], i);
                g_array_set_size(found, 0);
                ner_tagger_find(tagger, bodies[i], (const Word *) w->data, w->len, found);
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

static NerModel *shipped_model(void)
{
        g_autofree char *path = g_build_filename(DOSSIER_SOURCE_DIR, "data", "ner", "conll.model",
                                                 NULL);
        g_autoptr(GError) error = NULL;
        NerModel *model = ner_model_load(path, &error);
        g_assert_no_error(error);
        return model;
}

static void test_cases(void)
{
        g_autoptr(Gazetteer) gz = shipped_gazetteer();
        g_autoptr(NerModel) model = shipped_model();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = run(gz, model, cases[i].text);
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
        g_autoptr(NerModel) model = shipped_model();
        g_autofree char *got = run(gz, model, body + 5);
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
        g_test_add_func("/actors/names/cases", test_cases);
        g_test_add_func("/actors/names/reference-article", test_reference_article);
        return g_test_run();
}
