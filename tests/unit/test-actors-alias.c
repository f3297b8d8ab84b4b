/* Unit tests for plugins/actors/alias.c on hand-made candidates: which lone words
 * join which full names, and how types are voted. */
#include <string.h>

#include <glib.h>

#include "alias-fixture.h"

/* A candidate for the first occurrence of @name at or after @from in @body. */
static Candidate at(const char *body, const char *name, uint32_t from, NameType type,
                    Evidence evidence, const char *canonical)
{
        const char *p = strstr(body + from, name);
        g_assert_nonnull(p);
        Candidate c = {
                .start = (uint32_t) (p - body),
                .end = (uint32_t) (p - body + strlen(name)),
                .type = type,
                .evidence = evidence,
                .n_words = 1,
                .canonical = canonical,
        };
        for (const char *s = name; *s; s++)
                c.n_words += *s == ' ';
        return c;
}

static Gazetteer *people_gazetteer(void)
{
        static const AliasFixtureList lists[] = {
                { GZ_LIST_PERSONS, "Vladimir Putin\nKim Jong Un\n" },
                { GZ_LIST_TITLES, "mr.\thonorific\npresident-elect\ttitle\nsenator\ttitle\n" },
                { GZ_LIST_PLACES, "U.S.\tUnited States\nUS\tUnited States\nUAE\tUnited Arab Emirates\n" },
        };
        return alias_fixture_gazetteer(lists, G_N_ELEMENTS(lists));
}

/* Two people called Kim: a lone "Kim" is the one named in its own article; when
 * both are named there, it is nobody's (a wrong merge is worse than none). */
static void test_same_article_first(void)
{
        g_autoptr(Gazetteer) gz = people_gazetteer();
        const char *a0 = "Kim Jong Un met Kim Dae Jung. Kim smiled.";
        const char *a1 = "Kim Dae Jung wrote. Kim left.";
        g_autoptr(AliasTable) t = alias_table_new(gz);
        Candidate c0[] = {
                at(a0, "Kim Jong Un", 0, NAME_PERSON, EVIDENCE_GAZETTEER, "Kim Jong Un"),
                at(a0, "Kim Dae Jung", 0, NAME_PERSON, EVIDENCE_FIRST_NAME, NULL),
                at(a0, "Kim", 30, NAME_ORG, EVIDENCE_DEFAULT, NULL),
        };
        Candidate c1[] = {
                at(a1, "Kim Dae Jung", 0, NAME_PERSON, EVIDENCE_FIRST_NAME, NULL),
                at(a1, "Kim", 20, NAME_ORG, EVIDENCE_DEFAULT, NULL),
        };
        alias_table_add(t, 0, a0, c0, G_N_ELEMENTS(c0));
        alias_table_add(t, 1, a1, c1, G_N_ELEMENTS(c1));
        g_autoptr(GPtrArray) actors = alias_table_resolve(t);
        g_assert_cmpuint(actors->len, ==, 3);
        const Actor *jong_un = alias_fixture_find(actors, "Kim Jong Un");
        const Actor *dae_jung = alias_fixture_find(actors, "Kim Dae Jung");
        const Actor *kim = alias_fixture_find(actors, "Kim");
        g_assert_nonnull(jong_un);
        g_assert_nonnull(dae_jung);
        g_assert_nonnull(kim);
        /* "Kim" in article 0 could be either man; article 1 names only Kim Dae Jung */
        g_assert_cmpuint(jong_un->mentions->len, ==, 1);
        g_assert_cmpuint(dae_jung->mentions->len, ==, 3);
        g_assert_cmpint(dae_jung->type, ==, NAME_PERSON);
        g_assert_cmpuint(kim->mentions->len, ==, 1);
        g_assert_cmpint(kim->type, ==, NAME_PERSON);
}

/* The person named three times as often as the other of that name in the
 * article takes the lone surname ("Trump" is Donald, not Melania); a name
 * someone in the briefing has is never the gazetteer's famous one. */
static void test_dominant_and_known(void)
{
        g_autoptr(Gazetteer) gz = people_gazetteer();
        const char *body = "Zed Putin met Ada Putin. Zed Putin left. Zed Putin spoke. Putin smiled.";
        g_autoptr(AliasTable) t = alias_table_new(gz);
        Candidate c[] = {
                at(body, "Zed Putin", 0, NAME_PERSON, EVIDENCE_FIRST_NAME, NULL),
                at(body, "Ada Putin", 0, NAME_PERSON, EVIDENCE_FIRST_NAME, NULL),
                at(body, "Zed Putin", 20, NAME_PERSON, EVIDENCE_FIRST_NAME, NULL),
                at(body, "Zed Putin", 40, NAME_PERSON, EVIDENCE_FIRST_NAME, NULL),
                at(body, "Putin", 55, NAME_ORG, EVIDENCE_DEFAULT, NULL),
        };
        alias_table_add(t, 0, body, c, G_N_ELEMENTS(c));
        g_autoptr(GPtrArray) actors = alias_table_resolve(t);
        g_assert_cmpuint(alias_fixture_find(actors, "Zed Putin")->mentions->len, ==, 4);
        g_assert_cmpuint(alias_fixture_find(actors, "Ada Putin")->mentions->len, ==, 1);
        g_assert_null(alias_fixture_find(actors, "Vladimir Putin"));
        g_assert_null(alias_fixture_find(actors, "Putin"));

        /* two of them, equally named: "Putin" is neither, nor the famous one */
        const char *b2 = "Zed Putin met Ada Putin. Putin smiled.";
        g_autoptr(AliasTable) t2 = alias_table_new(gz);
        Candidate c2[] = {
                at(b2, "Zed Putin", 0, NAME_PERSON, EVIDENCE_FIRST_NAME, NULL),
                at(b2, "Ada Putin", 0, NAME_PERSON, EVIDENCE_FIRST_NAME, NULL),
                at(b2, "Putin", 25, NAME_ORG, EVIDENCE_DEFAULT, NULL),
        };
        alias_table_add(t2, 0, b2, c2, G_N_ELEMENTS(c2));
        g_autoptr(GPtrArray) a2 = alias_table_resolve(t2);
        g_assert_null(alias_fixture_find(a2, "Vladimir Putin"));
        g_assert_nonnull(alias_fixture_find(a2, "Putin"));
        g_assert_cmpint(alias_fixture_find(a2, "Putin")->type, ==, NAME_PERSON);
}

/* A lone word that is only the first word of a guessed name ("Zorblat" and
 * "Zorblat Aspen") joins nobody: neither that name nor a surer person further
 * away who starts the same way. */
static void test_weak_first_word(void)
{
        g_autoptr(Gazetteer) gz = people_gazetteer();
        const char *a0 = "Zorblat Dae was here.";
        const char *a1 = "Zorblat will cut the Zorblat Aspen. Zorblat said so.";
        g_autoptr(AliasTable) t = alias_table_new(gz);
        Candidate c0[] = { at(a0, "Zorblat Dae", 0, NAME_PERSON, EVIDENCE_TITLE, NULL) };
        Candidate c1[] = {
                at(a1, "Zorblat", 0, NAME_ORG, EVIDENCE_DEFAULT, NULL),
                at(a1, "Zorblat Aspen", 0, NAME_PERSON, EVIDENCE_DEFAULT, NULL),
                at(a1, "Zorblat", 30, NAME_ORG, EVIDENCE_DEFAULT, NULL),
        };
        alias_table_add(t, 0, a0, c0, G_N_ELEMENTS(c0));
        alias_table_add(t, 1, a1, c1, G_N_ELEMENTS(c1));
        g_autoptr(GPtrArray) actors = alias_table_resolve(t);
        const Actor *lone = alias_fixture_find(actors, "Zorblat");
        g_assert_nonnull(lone);
        g_assert_cmpuint(lone->mentions->len, ==, 2);
        g_assert_cmpint(lone->type, ==, NAME_ORG);
        g_assert_cmpuint(alias_fixture_find(actors, "Zorblat Aspen")->mentions->len, ==, 1);
        g_assert_cmpuint(alias_fixture_find(actors, "Zorblat Dae")->mentions->len, ==, 1);
}

/* A listed place stays a place, even when a person's name ends with it. */
static void test_place_kept(void)
{
        g_autoptr(Gazetteer) gz = people_gazetteer();
        const char *body = "Lebed Chechnya plan. Troops left Chechnya.";
        g_autoptr(AliasTable) t = alias_table_new(gz);
        Candidate c[] = {
                at(body, "Lebed Chechnya", 0, NAME_PERSON, EVIDENCE_DEFAULT, NULL),
                at(body, "Chechnya", 20, NAME_PLACE, EVIDENCE_GAZETTEER, "Chechnya"),
        };
        alias_table_add(t, 0, body, c, G_N_ELEMENTS(c));
        g_autoptr(GPtrArray) actors = alias_table_resolve(t);
        const Actor *place = alias_fixture_find(actors, "Chechnya");
        g_assert_nonnull(place);
        g_assert_cmpint(place->type, ==, NAME_PLACE);
        g_assert_cmpuint(place->mentions->len, ==, 1);
}

/* "Putin" alone: the well-known one, with his full name. */
static void test_known_surname(void)
{
        g_autoptr(Gazetteer) gz = people_gazetteer();
        const char *body = "the backing of Putin, and Putin again";
        g_autoptr(AliasTable) t = alias_table_new(gz);
        Candidate c[] = {
                at(body, "Putin", 0, NAME_ORG, EVIDENCE_DEFAULT, NULL),
                at(body, "Putin", 21, NAME_ORG, EVIDENCE_DEFAULT, NULL),
        };
        alias_table_add(t, 0, body, c, G_N_ELEMENTS(c));
        g_autoptr(GPtrArray) actors = alias_table_resolve(t);
        g_assert_cmpuint(actors->len, ==, 1);
        const Actor *a = g_ptr_array_index(actors, 0);
        g_assert_cmpstr(a->name, ==, "Vladimir Putin");
        g_assert_cmpint(a->type, ==, NAME_PERSON);
        g_assert_cmpuint(a->mentions->len, ==, 2);
}

/* The strongest evidence decides the type; the first stated role is kept; a name
 * seen only in capitals takes its written form from the running text. */
static void test_type_role_and_case(void)
{
        g_autoptr(Gazetteer) gz = people_gazetteer();
        const char *body = "HUDSON TALKS. Hudson said. Hudson Smith, Hudson.";
        g_autoptr(AliasTable) t = alias_table_new(gz);
        Candidate caps = at(body, "HUDSON", 0, NAME_UNKNOWN, EVIDENCE_NONE, NULL);
        caps.caps = true;
        Candidate c[] = {
                caps,
                at(body, "Hudson", 10, NAME_ORG, EVIDENCE_DEFAULT, NULL),
                at(body, "Hudson", 30, NAME_PLACE, EVIDENCE_CONTEXT, NULL),
        };
        alias_table_add(t, 0, body, c, G_N_ELEMENTS(c));
        g_autoptr(GPtrArray) actors = alias_table_resolve(t);
        g_assert_cmpuint(actors->len, ==, 1);
        const Actor *a = g_ptr_array_index(actors, 0);
        g_assert_cmpstr(a->name, ==, "Hudson");
        g_assert_cmpint(a->type, ==, NAME_PLACE);
        g_assert_cmpuint(a->mentions->len, ==, 3);

        const char *b2 = "Senator Bill Hagerty said. President Bill Hagerty.";
        g_autoptr(AliasTable) t2 = alias_table_new(gz);
        Candidate h1 = at(b2, "Bill Hagerty", 0, NAME_PERSON, EVIDENCE_TITLE, NULL);
        h1.role_start = 0;
        h1.role_end = 7;
        Candidate h2 = at(b2, "Bill Hagerty", 20, NAME_PERSON, EVIDENCE_TITLE, NULL);
        h2.role_start = 27;
        h2.role_end = 36;
        Candidate c2[] = { h1, h2 };
        alias_table_add(t2, 0, b2, c2, G_N_ELEMENTS(c2));
        g_autoptr(GPtrArray) actors2 = alias_table_resolve(t2);
        g_assert_cmpstr(((const Actor *) g_ptr_array_index(actors2, 0))->role, ==, "Senator");
}

/* "Apple Inc." is Apple when the briefing also says "Apple". */
static void test_legal_suffix(void)
{
        g_autoptr(Gazetteer) gz = people_gazetteer();
        const char *body = "Apple Inc. sued. Apple won. Acme Corp. lost.";
        g_autoptr(AliasTable) t = alias_table_new(gz);
        Candidate c[] = {
                at(body, "Apple Inc.", 0, NAME_ORG, EVIDENCE_CUE, NULL),
                at(body, "Apple", 15, NAME_ORG, EVIDENCE_GAZETTEER, "Apple"),
                at(body, "Acme Corp.", 0, NAME_ORG, EVIDENCE_CUE, NULL),
        };
        alias_table_add(t, 0, body, c, G_N_ELEMENTS(c));
        g_autoptr(GPtrArray) actors = alias_table_resolve(t);
        g_assert_cmpuint(actors->len, ==, 2);
        g_assert_cmpuint(alias_fixture_find(actors, "Apple")->mentions->len, ==, 2);
        g_assert_nonnull(alias_fixture_find(actors, "Acme Corp."));
}

/* ---- name forms (issue 3 item 4) ---- */

static void test_acronyms(void)
{
        static const struct {
                const char *acronym, *expansion;
                bool want;
        } cases[] = {
                { "IAEA", "International Atomic Energy Agency", true },
                { "OPEC", "Organization of the Petroleum Exporting Countries", true },
                { "DPRK", "Democratic People's Republic of Korea", true },
                { "NPT", "Non-Proliferation Treaty", true },
                { "SEC", "U.S. Securities and Exchange Commission", true },
                { "U.N.", "United Nations", true },
                { "AT&T", "American Telephone and Telegraph", true },
                { "IAEA", "International Energy Agency", false },
                { "NATO", "North Atlantic Council", false },
                { "EU", "European Commission", false },
                { "A", "Apple", false },
                { "Iaea", "International Atomic Energy Agency", false },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                bool got = alias_is_acronym_of(cases[i].acronym, cases[i].expansion);
                if (got != cases[i].want) {
                        g_test_message("case %zu '%s' '%s': got %d", i, cases[i].acronym,
                                       cases[i].expansion, got);
                        g_test_fail();
                }
        }
}

static void test_compatible_names(void)
{
        static const struct {
                const char *a, *b;
                bool want;
        } cases[] = {
                { "tim cook", "timothy d. cook", true },
                { "bill gates", "william h. gates", true },
                { "steve jobs", "steven p. jobs", true },
                { "kim jong un", "kim jong-un", true },
                { "william clay ford jr.", "william ford", true },
                { "j. smith", "john smith", true },
                { "george w. bush", "george h. w. bush", false },
                { "george w. bush", "george h. bush", false },
                { "hillary clinton", "bill clinton", false },
                { "kim jong un", "kim dae jung", false },
                { "al gore", "alan gore", false }, /* too short a prefix to trust */
                { "trump", "donald trump", false },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                bool got = alias_names_compatible(cases[i].a, cases[i].b);
                bool back = alias_names_compatible(cases[i].b, cases[i].a);
                if (got != cases[i].want || back != got) {
                        g_test_message("case %zu '%s' '%s': got %d, %d back", i, cases[i].a,
                                       cases[i].b, got, back);
                        g_test_fail();
                }
        }
}

static void test_org_stems(void)
{
        static const struct {
                const char *key;
                unsigned level;
                const char *want;
        } cases[] = {
                { "ford motor co.", 1, "ford motor" },
                { "ford motor co.", 2, "ford" },
                { "ford motor co.", 3, NULL },
                { "ford motor company", 2, "ford" },
                { "apple, inc.", 1, "apple" },
                { "apple computer inc.", 2, "apple" },
                { "npd group", 1, "npd" },
                { "general motors corp.", 1, "general motors" },
                { "general motors corp.", 2, NULL }, /* never "General" */
                { "apple corps", 1, NULL },          /* the Beatles' company */
                { "acme", 1, NULL },
                { "jpmorgan chase & co.", 1, "jpmorgan chase" },
                { "u.s. treasury department", 1, "u.s. treasury" },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = alias_org_stem(cases[i].key, cases[i].level);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s' %u: got '%s', want '%s'", i, cases[i].key,
                                       cases[i].level, got, cases[i].want);
                        g_test_fail();
                }
        }
}

/* ---- resolution on hand-made candidates ---- */

/* Candidates as "T:E:name" joined by '|', each found after the one before it.
 * T: P(erson) O(rg) L(place) X(other) U(nknown); E: G(azetteer) C(ue) T(itle)
 * F(irst name) X (context) D(efault). */
static void add_article(AliasTable *t, uint32_t article, const char *body, const char *spec)
{
        static const char types[] = "UPOLX", evidence[] = "-DXFTCG";
        g_auto(GStrv) items = g_strsplit(spec, "|", -1);
        g_autoptr(GArray) cands = g_array_new(FALSE, FALSE, sizeof(Candidate));
        uint32_t from = 0;
        for (guint i = 0; items[i]; i++) {
                const char *item = items[i];
                g_assert_true(strlen(item) > 4 && item[1] == ':' && item[3] == ':');
                NameType type = (NameType) (strchr(types, item[0]) - types);
                Evidence ev = (Evidence) (strchr(evidence, item[2]) - evidence);
                Candidate c = at(body, item + 4, from, type, ev, NULL);
                from = c.end;
                g_array_append_val(cands, c);
        }
        alias_table_add(t, article, body, (const Candidate *) cands->data, cands->len);
}

/* The actors as "T name=mentions" in order of first mention, joined by ", ". */
static char *describe(GPtrArray *actors)
{
        static const char types[] = "UPOLX";
        GString *out = g_string_new(NULL);
        for (guint i = 0; i < actors->len; i++) {
                const Actor *a = g_ptr_array_index(actors, i);
                g_string_append_printf(out, "%s%c %s=%u", i ? ", " : "", types[a->type], a->name,
                                       a->mentions->len);
                if (a->role)
                        g_string_append_printf(out, " (%s)", a->role);
        }
        return g_string_free(out, FALSE);
}

static void test_resolution(void)
{
        static const struct {
                const char *body0, *spec0, *body1, *spec1, *want;
        } cases[] = {
                /* a tagger's span with a title and a possessive: both go */
                { "President-elect Donald Trump spoke. Trump's aides agreed.",
                  "P:D:President-elect Donald Trump|P:D:Trump's", NULL, NULL,
                  "P Donald Trump=2 (President-elect)" },
                { "Mr. Tom Hill and Senator Ann Lowe met.", "P:D:Mr. Tom Hill|P:D:Senator Ann Lowe",
                  NULL, NULL, "P Tom Hill=1, P Ann Lowe=1 (Senator)" },
                { "the players' union", "O:D:players'", NULL, NULL, "O players=1" },
                /* a surname in another article joins the one full name */
                { "Donald Trump spoke.", "P:F:Donald Trump", "Trump left.", "O:D:Trump",
                  "P Donald Trump=2" },
                /* a first name alone joins a surely personal full name */
                { "Zelda Quxley spoke. Later Zelda smiled.", "P:F:Zelda Quxley|U:D:Zelda", NULL,
                  NULL, "P Zelda Quxley=2" },
                /* one string, one type: the tagger's majority (all of one evidence) */
                { "Zorbia grew. Zorbia fell. Exports from Zorbia rose.",
                  "O:C:Zorbia|O:C:Zorbia|L:C:Zorbia", NULL, NULL, "O Zorbia=3" },
                /* two full names with that surname: the lone one stays apart */
                { "John Quxley met Mary Quxley.", "P:F:John Quxley|P:F:Mary Quxley",
                  "Quxley left.", "O:D:Quxley",
                  "P John Quxley=1, P Mary Quxley=1, O Quxley=1" },
                /* forms of one full name join the most named */
                { "Tim Cook spoke. Tim Cook left.", "P:F:Tim Cook|P:F:Tim Cook",
                  "Timothy D. Cook, chief operating officer, spoke.", "P:F:Timothy D. Cook",
                  "P Tim Cook=3" },
                { "George W. Bush met George H. W. Bush and George Bush.",
                  "P:F:George W. Bush|P:F:George H. W. Bush|P:F:George Bush", NULL, NULL,
                  "P George W. Bush=1, P George H. W. Bush=1, P George Bush=1" },
                /* an acronym the text defines joins its expansion everywhere */
                { "The International Atomic Energy Agency (IAEA) said. IAEA staff left.",
                  "O:C:International Atomic Energy Agency|O:X:IAEA|O:X:IAEA",
                  "The IAEA spoke.", "U:D:IAEA",
                  "O International Atomic Energy Agency=4" },
                { "The NLD (National League for Democracy) won.",
                  "O:D:NLD|O:C:National League for Democracy", NULL, NULL,
                  "O National League for Democracy=2" },
                { "The Zeta Energy Board (ZEB) met. The IEA spoke.",
                  "O:C:Zeta Energy Board|O:D:ZEB|O:D:IEA", NULL, NULL,
                  "O Zeta Energy Board=2, O IEA=1" },
                /* legal forms and trade words */
                { "Ford Motor Co. cut jobs. Ford said so.", "O:C:Ford Motor Co.|O:G:Ford",
                  "Ford Motor Company hired.", "O:C:Ford Motor Company", "O Ford=3" },
                { "General Motors Corp. and General Motors.",
                  "O:C:General Motors Corp.|O:G:General Motors", NULL, NULL, "O General Motors=2" },
                { "Apple Corps sued Apple Computer. Apple won.",
                  "O:C:Apple Corps|O:D:Apple Computer|O:G:Apple", NULL, NULL,
                  "O Apple Corps=1, O Apple=2" },
                { "Penske Automotive Group bid. Penske won.",
                  "O:C:Penske Automotive Group|O:D:Penske", NULL, NULL, "O Penske=2" },
                /* a company's short name in an article naming it in full */
                { "Northrop Grumman won. Northrop said so. Northrop Grumman left.",
                  "O:C:Northrop Grumman|O:D:Northrop|O:C:Northrop Grumman", "Northrop lost.",
                  "O:D:Northrop", "O Northrop Grumman=3, O Northrop=1" },
                { "Zorbco Holdings won. Zorbco said so. Zorbco left.",
                  "O:C:Zorbco Holdings|O:D:Zorbco|O:D:Zorbco", NULL, NULL,
                  "O Zorbco=3" },
                { "Qux Grumman won. Qux said so. Qux left.",
                  "O:C:Qux Grumman|O:D:Qux|O:D:Qux", NULL, NULL, "O Qux Grumman=3" },
                { "Lockheed Martin sold the Lockheed Tristar. Lockheed said so.",
                  "O:D:Lockheed Martin|O:D:Lockheed Tristar|O:D:Lockheed", NULL, NULL,
                  "O Lockheed Martin=1, O Lockheed Tristar=1, O Lockheed=1" },
                { "The Ford Foundation gave. Ford said so.", "O:C:Ford Foundation|O:G:Ford",
                  NULL, NULL, "O Ford Foundation=1, O Ford=1" },
                { "The European Central Bank met. The Central Bank cut rates.",
                  "O:C:European Central Bank|O:C:Central Bank", NULL, NULL,
                  "O European Central Bank=2" },
                { "The European Central Bank met. The Central Bank cut rates.",
                  "O:C:European Central Bank|O:C:Central Bank",
                  "The Central Bank of Iceland. The Central Bank spoke.",
                  "O:C:Central Bank|O:C:Central Bank",
                  "O European Central Bank=1, O Central Bank=3" },
                { "Mac sales rose. The Mac is old. Mac OS X Lion shipped.",
                  "O:D:Mac|O:D:Mac|O:D:Mac OS X Lion", NULL, NULL,
                  "O Mac=2, O Mac OS X Lion=1" },
                { "JPMorgan Chase & Co. gained. JPMorgan Chase fell.",
                  "O:C:JPMorgan Chase & Co.|O:D:JPMorgan Chase", NULL, NULL,
                  "O JPMorgan Chase=2" },
                /* a country before an organisation's name, spelled three ways */
                { "The U.S. Federal Reserve and the US Federal Reserve met.",
                  "O:C:U.S. Federal Reserve|O:C:US Federal Reserve",
                  "The Federal Reserve waited.", "O:C:Federal Reserve", "O Federal Reserve=3" },
                { "The US Treasury and the U.S. Treasury met.",
                  "O:C:US Treasury|O:C:U.S. Treasury", "The Treasury of Ruritania.",
                  "O:C:Treasury", "O US Treasury=2, O Treasury=1" },
                { "The U.S. Air Force and the UAE Air Force. The Air Force flew.",
                  "O:C:U.S. Air Force|O:C:UAE Air Force|O:C:Air Force", NULL, NULL,
                  "O U.S. Air Force=1, O UAE Air Force=1, O Air Force=1" },
        };
        g_autoptr(Gazetteer) gz = people_gazetteer();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(AliasTable) t = alias_table_new(gz);
                add_article(t, 0, cases[i].body0, cases[i].spec0);
                if (cases[i].body1)
                        add_article(t, 1, cases[i].body1, cases[i].spec1);
                g_autoptr(GPtrArray) actors = alias_table_resolve(t);
                g_autofree char *got = describe(actors);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s':\n  got  %s\n  want %s", i, cases[i].body0,
                                       got, cases[i].want);
                        g_test_fail();
                }
        }
}

/* A lone surname in an article naming none of its people: the one named in the
 * most recent article before it; nobody when that article names two. */
static void test_most_recent_person(void)
{
        static const struct {
                const char *bodies[3], *specs[3], *want;
        } cases[] = {
                { { "John Quxley spoke.", "Mary Quxley spoke.", "Quxley left." },
                  { "P:F:John Quxley", "P:F:Mary Quxley", "O:D:Quxley" },
                  "P John Quxley=1, P Mary Quxley=2" },
                { { "Mary Quxley spoke.", "John Quxley spoke.", "Quxley left." },
                  { "P:F:Mary Quxley", "P:F:John Quxley", "O:D:Quxley" },
                  "P Mary Quxley=1, P John Quxley=2" },
                { { "John Quxley spoke.", "John Quxley met Mary Quxley.", "Quxley left." },
                  { "P:F:John Quxley", "P:F:John Quxley|P:F:Mary Quxley", "O:D:Quxley" },
                  "P John Quxley=2, P Mary Quxley=1, O Quxley=1" },
                /* nobody before it: only the briefing's one person */
                { { "Quxley left.", "John Quxley spoke.", "Mary Quxley spoke." },
                  { "O:D:Quxley", "P:F:John Quxley", "P:F:Mary Quxley" },
                  "O Quxley=1, P John Quxley=1, P Mary Quxley=1" },
                { { "Quxley left.", "John Quxley spoke.", "He left." },
                  { "O:D:Quxley", "P:F:John Quxley", NULL }, "P John Quxley=2" },
        };
        g_autoptr(Gazetteer) gz = people_gazetteer();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(AliasTable) t = alias_table_new(gz);
                for (uint32_t a = 0; a < 3; a++)
                        if (cases[i].specs[a])
                                add_article(t, a, cases[i].bodies[a], cases[i].specs[a]);
                g_autoptr(GPtrArray) actors = alias_table_resolve(t);
                g_autofree char *got = describe(actors);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu:\n  got  %s\n  want %s", i, got, cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/actors/alias/same-article-first", test_same_article_first);
        g_test_add_func("/actors/alias/weak-first-word", test_weak_first_word);
        g_test_add_func("/actors/alias/dominant-and-known", test_dominant_and_known);
        g_test_add_func("/actors/alias/place-kept", test_place_kept);
        g_test_add_func("/actors/alias/known-surname", test_known_surname);
        g_test_add_func("/actors/alias/type-role-and-case", test_type_role_and_case);
        g_test_add_func("/actors/alias/legal-suffix", test_legal_suffix);
        g_test_add_func("/actors/alias/acronyms", test_acronyms);
        g_test_add_func("/actors/alias/compatible-names", test_compatible_names);
        g_test_add_func("/actors/alias/org-stems", test_org_stems);
        g_test_add_func("/actors/alias/resolution", test_resolution);
        g_test_add_func("/actors/alias/most-recent-person", test_most_recent_person);
        return g_test_run();
}
