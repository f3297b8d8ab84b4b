/* Unit tests for plugins/actors/role.c: the role stated next to a name, on
 * sentences cut by the host's tokenizer, with the shipped gazetteers. */
#include <string.h>

#include <glib.h>

#include "dossier-build-config.h"
#include "text/tokenize.h"

#include "../../plugins/actors/gazetteer.h"
#include "../../plugins/actors/role.h"
#include "../../plugins/actors/words.h"

/* Each case: a sentence, the name in it, the role expected ("" for none). */
static const struct {
        const char *text, *name, *want;
} cases[] = {
        /* titles before the name (issue 3 item 4) */
        { "Senator Bill Hagerty spoke.", "Bill Hagerty", "Senator" },
        { "President-elect Donald Trump spoke.", "Donald Trump", "President-elect" },
        { "North Korean leader Kim Jong Un spoke.", "Kim Jong Un", "North Korean leader" },
        { "Mr. Tom Hill spoke.", "Tom Hill", "" },
        { "Former Prime Minister Ann Lowe spoke.", "Ann Lowe", "Former Prime Minister" },
        /* appositives and "as" phrases */
        { "Ann Lowe, the deputy national security adviser, spoke.", "Ann Lowe",
          "deputy national security adviser" },
        { "He named Ann Lowe as deputy national security adviser.", "Ann Lowe",
          "deputy national security adviser" },
        { "He has appointed Ann Lowe, a key architect of his plan, as deputy national security "
          "adviser.", "Ann Lowe", "deputy national security adviser" },
        { "Ann Lowe, a former assistant secretary of defense for Asia, spoke.", "Ann Lowe",
          "former assistant secretary of defense" },
        /* no role: a list, a new clause, another head noun */
        { "He met Ann Lowe, and Tom Hill.", "Ann Lowe", "" },
        { "They met Ann Lowe, a Romanian official said.", "Ann Lowe", "" },
        { "He met Ann Lowe, another major mortgage lender.", "Ann Lowe", "" },
};

static GArray *words_of(const char *body)
{
        g_autoptr(GArray) tokens = g_array_new(FALSE, FALSE, sizeof(DossierToken));
        g_autoptr(GArray) sentences = g_array_new(FALSE, FALSE, sizeof(DossierSpan));
        dossier_text_tokenize(body, strlen(body), 0, tokens, sentences);
        return words_of_sentences(body, strlen(body), (const DossierSpan *) sentences->data, sentences->len);
}

/* The role of @name in @text: before the name, else after it. */
static char *role_of(const Gazetteer *gz, const char *text, const char *name)
{
        g_autoptr(GArray) words = words_of(text);
        g_autoptr(GString) buf = g_string_new(NULL);
        const Word *w = (const Word *) words->data;
        uint32_t start = (uint32_t) (strstr(text, name) - text);
        uint32_t end = start + (uint32_t) strlen(name);
        size_t first = 0, after = 0;
        while (first < words->len && w[first].start < start)
                first++;
        after = first;
        while (after < words->len && w[after].start < end)
                after++;
        RoleSpan r = role_before(gz, buf, text, w, 0, first);
        if (r.start == r.end)
                r = role_after(gz, buf, text, w, after, words->len);
        return g_strndup(text + r.start, r.end - r.start);
}

static void test_roles(void)
{
        g_autofree char *dir = g_build_filename(DOSSIER_SOURCE_DIR, "data", "gazetteers", NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(Gazetteer) gz = gazetteer_new();
        gazetteer_load_dir(gz, dir, &error);
        g_assert_no_error(error);
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autofree char *got = role_of(gz, cases[i].text, cases[i].name);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s': got '%s', want '%s'", i, cases[i].text,
                                       got, cases[i].want);
                        g_test_fail();
                }
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/actors/role/cases", test_roles);
        return g_test_run();
}
