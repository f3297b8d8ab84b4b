/* Unit tests for plugins/actors/product-cues.c and the product step of alias.c:
 * products are OTHER, not the organisations or people a tagger trained on 1996
 * news takes them for; companies and people keep their types. */
#include <string.h>

#include <glib.h>

#include "../../plugins/actors/product-cues.h"
#include "alias-fixture.h"

/* The text after "[" and before "]" of @marked, as a body with the bracket
 * pair removed and the span of the name. */
static char *unmark(const char *marked, uint32_t *ret_start, uint32_t *ret_end)
{
        const char *open = strchr(marked, '['), *close = strchr(marked, ']');
        g_assert_nonnull(open);
        g_assert_nonnull(close);
        *ret_start = (uint32_t) (open - marked);
        *ret_end = (uint32_t) (close - marked - 1);
        return g_strdup_printf("%.*s%.*s%s", (int) (open - marked), marked,
                               (int) (close - open - 1), open + 1, close + 1);
}

static void test_model_end(void)
{
        static const struct {
                const char *marked;
                const char *want; /* the name with its model number, as written */
        } cases[] = {
                { "Apple showed the [iPhone] 4 on Monday.", "iPhone 4" },
                { "Owners of [iOS] 5.1, out today, ...", "iOS 5.1" },
                { "It runs [Windows] 7.", "Windows 7" },
                { "The [Boeing] 747-400 is old.", "Boeing 747-400" },
                { "the new [iPhone] 3GS, which", "iPhone 3GS" },
                /* results tables: a capital, a digit or the line's end follows */
                { "[Lotte] 6 Hyundai 2\n", "Lotte" },
                { "Hyundai 6 [Lotte] 5\nHaitai 2", "Lotte" },
                { "[Kent] 108-3, Surrey 429 and 207 (A. Dale 69)", "Kent" },
                { "[Guingamp] 2-1 in the league.", "Guingamp" },
                { "[Somerset] 4.\nAt Chester", "Somerset" },
                /* quantities, years, ordinals, quarters */
                { "the [Olympic] 100 metres champion", "Olympic" },
                { "the [World] 4,000 metres", "World" },
                { "shares of [Apple] 5 percent higher", "Apple" },
                { "in [Paris] 2010 was", "Paris" },
                { "[Persson] 81st minute", "Persson" },
                { "[Aw Computer Systems Inc] Q2 loss widens", "Aw Computer Systems Inc" },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                uint32_t start, end;
                g_autofree char *body = unmark(cases[i].marked, &start, &end);
                uint32_t got_end = product_model_end(body, end);
                g_autofree char *got = g_strndup(body + start, got_end - start);
                if (strcmp(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].marked,
                                       got, cases[i].want);
                        g_test_fail();
                }
        }
}

static void test_cues(void)
{
        static const struct {
                const char *marked;
                unsigned product, agent;
        } cases[] = {
                { "users of the [Mac] operating system", 2, 0 },
                { "the new [Mac] line", 2, 0 }, /* "new" is a hint, "line" too */
                { "its latest [MacBook], on sale", 2, 0 },
                { "a version of [iOS] for tablets", 2, 0 },
                { "Mac and [iPhone] users", 1, 0 },
                { "the [iMac] personal computer", 1, 0 },
                { "its new desktop operating system, [Snow Leopard], and", 2, 0 },
                { "Apple's [iPhone] sold well", 1, 0 },
                { "the company's [App Store] opened", 1, 0 },
                { "the plant makes the [Crown Victoria] and", 1, 0 },
                { "Apple introduced [iMovie] today", 1, 0 },
                { "Ford's next model [Falcon] and", 2, 0 },
                { "led by two sedans, the [Fusion] and", 2, 0 },
                { "the [Aura] sedan", 1, 0 },
                { "the [iPhoto], iMovie, and GarageBand programs", 1, 0 },
                { "the [Crown Victoria] and Grand Marquis cars", 1, 0 },
                { "[Apple] and Google said", 0, 1 },
                { "a feature called [FaceTime], which", 1, 0 },
                { "a new view, dubbed \"[Mission Control]\", shows", 1, 0 },
                { "a task manager named [Mission Control] that", 1, 0 },
                { "contains [Intel Core Duo] processors", 1, 0 },
                { "[Lotte] and Hyundai played", 0, 0 },
                /* agents: companies and people act, have officers, legal forms */
                { "[eBay] said on Monday", 0, 1 },
                { "[eBay]'s chief executive", 0, 1 },
                { "[eBay]\xe2\x80\x99s spokesman", 0, 1 },
                { "a text ending in [Zorbex]\xe2\x80", 0, 0 }, /* cut UTF-8: no read past it */
                { "shares in [eBay Inc.] rose", 0, 0 },
                { "[Apple] Inc. today", 0, 1 },
                { "the [Saturn] brand", 0, 1 },
                { "[Bernie Mac] told reporters", 0, 1 },
                /* no cue: lower-case "windows" is no name, "the" proves nothing */
                { "rioters broke windows of [Windows House] and left", 0, 0 },
                { "the [Pentagon] building", 0, 0 },
                { "[Reuters] reporters", 0, 0 },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                uint32_t start, end;
                g_autofree char *body = unmark(cases[i].marked, &start, &end);
                ProductCues got = product_cues_of(body, start, end);
                if (got.product != cases[i].product || got.agent != cases[i].agent) {
                        g_test_message("case %zu '%s': got %u/%u, want %u/%u", i,
                                       cases[i].marked, got.product, got.agent,
                                       cases[i].product, cases[i].agent);
                        g_test_fail();
                }
        }
}

static void test_shapes(void)
{
        static const struct {
                const char *marked;
                const char *want; /* the name with a brand word the tagger left out */
                bool brand, head;
        } cases[] = {
                { "launched the iTunes [Music Store] in 2003", "iTunes Music Store", false, false },
                { "the [iPhone] sold", "iPhone", true, false },
                { "[eBay] said", "eBay", true, false }, /* a hint only: the cues decide */
                { "leader of al-Qaeda [Osama]", "Osama", false, false },
                { "[McDonald] said", "McDonald", false, false },
                { "[Mac OS] X", "Mac OS", false, true },
                { "[MacBook Pro] laptops", "MacBook Pro", false, true },
                { "[Pro] Bowl", "Pro", false, false },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                uint32_t start, end;
                g_autofree char *body = unmark(cases[i].marked, &start, &end);
                uint32_t got_start = product_brand_start(body, start);
                g_autofree char *got = g_strndup(body + got_start, end - got_start);
                g_autofree char *name = g_strndup(body + start, end - start);
                if (strcmp(got, cases[i].want) != 0 ||
                    product_has_brand_shape(name) != cases[i].brand ||
                    product_has_head_word(name) != cases[i].head) {
                        g_test_message("case %zu '%s': got '%s' %d %d", i, cases[i].marked, got,
                                       product_has_brand_shape(name),
                                       product_has_head_word(name));
                        g_test_fail();
                }
        }
}

static Gazetteer *products_gazetteer(void)
{
        static const AliasFixtureList lists[] = {
                { GZ_LIST_ORGS, "Zorbex\nQuibble\n" },
                { GZ_LIST_ORG_CUES, "Foundation\nInstitute\n" },
                { GZ_LIST_FIRST_NAMES, "Bernie\nTim\n" },
        };
        return alias_fixture_gazetteer(lists, G_N_ELEMENTS(lists));
}

static NameType type_of(const char *t)
{
        if (strcmp(t, "PER") == 0)
                return NAME_PERSON;
        if (strcmp(t, "ORG") == 0)
                return NAME_ORG;
        if (strcmp(t, "LOC") == 0)
                return NAME_PLACE;
        return NAME_OTHER;
}

static int by_start(gconstpointer a, gconstpointer b)
{
        const Candidate *x = a, *y = b;
        return (int) x->start - (int) y->start;
}

/* The candidates a tagger might give: every whole occurrence in @body of each
 * "Name/TYPE" of @specs, longer names first, none inside an earlier one. */
static GArray *candidates_of(const char *body, const char *const *specs)
{
        GArray *out = g_array_new(FALSE, TRUE, sizeof(Candidate));
        g_autofree bool *used = g_new0(bool, strlen(body) + 1);
        for (const char *const *s = specs; *s; s++) {
                g_auto(GStrv) parts = g_strsplit(*s, "/", 2);
                size_t n = strlen(parts[0]);
                for (const char *p = strstr(body, parts[0]); p; p = strstr(p + 1, parts[0])) {
                        uint32_t a = (uint32_t) (p - body);
                        bool whole = (a == 0 || !g_ascii_isalnum(body[a - 1])) &&
                                     !g_ascii_isalnum(body[a + n]);
                        if (!whole || used[a] || used[a + n - 1])
                                continue;
                        memset(used + a, 1, n);
                        Candidate c = {
                                .start = a,
                                .end = (uint32_t) (a + n),
                                .type = type_of(parts[1]),
                                .evidence = EVIDENCE_CUE,
                                .n_words = 1,
                        };
                        for (size_t k = 0; k < n; k++)
                                c.n_words += parts[0][k] == ' ';
                        g_array_append_val(out, c);
                }
        }
        g_array_sort(out, by_start);
        return out;
}

static void test_resolution(void)
{
        static const struct {
                const char *body;
                const char *specs[6]; /* what the tagger says, NULL-terminated */
                const char *name;     /* the actor to check */
                NameType want;
        } cases[] = {
                /* a model number, "new", a product noun: a product */
                { "The new iPhone sold well. iPhone users queued. Zorbex showed the iPhone 4.",
                  { "Zorbex/ORG", "iPhone/ORG", NULL }, "iPhone", NAME_OTHER },
                { "Zorbex showed the iPhone 4. The new iPhone sold well.",
                  { "Zorbex/ORG", "iPhone/ORG", NULL }, "iPhone 4", NAME_OTHER },
                { "Zorbex updated the Mac operating system. Mac sales rose.",
                  { "Zorbex/ORG", "Mac/ORG", NULL }, "Mac", NAME_OTHER },
                { "Zorbex unveiled the newest MacBook Pro. The MacBook Pro laptops ship soon.",
                  { "Zorbex/ORG", "MacBook Pro/PER", NULL }, "MacBook Pro", NAME_OTHER },
                { "Quibble released a version of Grinder for phones, and Grinder users cheered.",
                  { "Quibble/ORG", "Grinder/ORG", NULL }, "Grinder", NAME_OTHER },
                /* a brand word the tagger left out is part of the name */
                { "Zorbex opened the iTunes Music Store in 2003.",
                  { "Zorbex/ORG", "Music Store/ORG", NULL }, "iTunes Music Store", NAME_OTHER },
                /* a name opening with a product's is one ("iPod" then "iPod Touch") */
                { "Its latest iPod sold. The iPod Touch followed.",
                  { "iPod Touch/LOC", "iPod/ORG", NULL }, "iPod Touch", NAME_OTHER },
                /* a listed company keeps its type; so does one that acts */
                { "Zorbex said the new Zorbex line would sell. Zorbex users agreed.",
                  { "Zorbex/ORG", NULL }, "Zorbex", NAME_ORG },
                { "eBay said on Monday that eBay users bought more. eBay shares rose.",
                  { "eBay/ORG", NULL }, "eBay", NAME_ORG },
                /* a listed company the tagger called OTHER for its models ("Quibble
                 * 787") is the company when it acts */
                { "The Quibble 787 flew. Quibble said it sold the Quibble 777 too. A Quibble "
                  "spokesman agreed.",
                  { "Quibble/MISC", NULL }, "Quibble", NAME_ORG },
                { "The Quibble 787 flew. Quibble said it sold the Quibble 777 too.",
                  { "Quibble/MISC", NULL }, "Quibble 787", NAME_OTHER },
                /* people: a first name or a role keeps a person */
                { "Bernie Mac told a joke. Mac laughed. The new Mac line sold.",
                  { "Bernie Mac/PER", "Mac/PER", NULL }, "Bernie Mac", NAME_PERSON },
                { "Tim Cook showed the new iPhone 4, and Tim Cook 2 days later said more.",
                  { "Tim Cook/PER", "iPhone/ORG", NULL }, "Tim Cook", NAME_PERSON },
                /* a listed maker's name and a model's; not its units or places */
                { "The plant makes the Zorbex Vortex. Sales of Zorbex cars fell.",
                  { "Zorbex Vortex/ORG", "Zorbex/ORG", NULL }, "Zorbex Vortex", NAME_OTHER },
                { "The plant makes the Zorbex Motor line. Zorbex Motor said so.",
                  { "Zorbex Motor/ORG", NULL }, "Zorbex Motor", NAME_ORG },
                { "Zorbex Foundation gave money to Zorbex Foundation users.",
                  { "Zorbex Foundation/ORG", NULL }, "Zorbex Foundation", NAME_ORG },
                /* a lone capitalised word with nothing around it stays the tagger's */
                { "Rioters broke windows near Windows House. Windows House said it was closed.",
                  { "Windows House/ORG", NULL }, "Windows House", NAME_ORG },
                /* scores are no models */
                { "Results:\nLotte 6 Hyundai 2\nHyundai 6 Lotte 5\n",
                  { "Lotte/ORG", "Hyundai/ORG", NULL }, "Lotte", NAME_ORG },
        };
        g_autoptr(Gazetteer) gz = products_gazetteer();
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(GArray) c = candidates_of(cases[i].body, cases[i].specs);
                g_autoptr(AliasTable) t = alias_table_new(gz);
                alias_table_add(t, 0, cases[i].body, (const Candidate *) c->data, c->len);
                g_autoptr(GPtrArray) actors = alias_table_resolve(t);
                const Actor *a = alias_fixture_find(actors, cases[i].name);
                NameType got = a ? a->type : NAME_UNKNOWN;
                if (got != cases[i].want) {
                        g_test_message("case %zu '%s': '%s' got %d, want %d", i, cases[i].body,
                                       cases[i].name, got, cases[i].want);
                        for (guint k = 0; k < actors->len; k++) {
                                const Actor *x = g_ptr_array_index(actors, k);
                                g_test_message("  actor '%s' %d", x->name, x->type);
                        }
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/actors/products/model-end", test_model_end);
        g_test_add_func("/actors/products/cues", test_cues);
        g_test_add_func("/actors/products/shapes", test_shapes);
        g_test_add_func("/actors/products/resolution", test_resolution);
        return g_test_run();
}
