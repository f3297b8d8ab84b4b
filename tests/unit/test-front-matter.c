/* Front matter: present, absent, malformed, with the FILE:LINE of each error. */
#include <string.h>

#include <glib.h>

#include <dossier/error.h>

#include "model/front-matter.h"

static const struct {
        const char *data;
        const char *id, *title, *date, *source, *url;
        size_t body_offset;
        const char *error;
} cases[] = {
        { "---\nid: a1\ntitle: T\ndate: 2024-11-25\nsource: S\nurl: http://x.y/z\n---\nBody\n",
          "a1", "T", "2024-11-25", "S", "http://x.y/z", 69, NULL },
        { "No front matter.\n", NULL, NULL, NULL, NULL, NULL, 0, NULL },
        { "", NULL, NULL, NULL, NULL, NULL, 0, NULL },
        { "--- not a fence\nBody\n", NULL, NULL, NULL, NULL, NULL, 0, NULL },
        { "\n---\nid: x\n---\n", NULL, NULL, NULL, NULL, NULL, 0, NULL }, /* not at the start */
        { "---\n---\nBody", NULL, NULL, NULL, NULL, NULL, 8, NULL },       /* empty */
        { "---\nid: x\n---", "x", NULL, NULL, NULL, NULL, 13, NULL },     /* no body, no newline */
        { "---\ntitle: A: B\n---\n", NULL, "A: B", NULL, NULL, NULL, 20, NULL }, /* colon in value */
        { "---\ntitle: \"Quoted: yes\"\n---\n", NULL, "Quoted: yes", NULL, NULL, NULL, 29, NULL },
        { "---\ntitle:   spaced   \n---\n", NULL, "spaced", NULL, NULL, NULL, 27, NULL },
        { "---\ntitle:\n---\n", NULL, NULL, NULL, NULL, NULL, 15, NULL },  /* empty value */
        { "---\nTitle: Caps\n---\n", NULL, "Caps", NULL, NULL, NULL, 20, NULL },
        { "---\nid: a\nid: b\n---\n", "b", NULL, NULL, NULL, NULL, 20, NULL }, /* last wins */
        { "---\nauthor: Ann\ntags: x\n---\n", NULL, NULL, NULL, NULL, NULL, 28, NULL },
        { "---\n\n# a comment\nid: c\n---\n", "c", NULL, NULL, NULL, NULL, 27, NULL },
        { "---\r\nid: crlf\r\n---\r\nBody\r\n", "crlf", NULL, NULL, NULL, NULL, 20, NULL },
        { "---  \nid: sp\n---\t\nB", "sp", NULL, NULL, NULL, NULL, 18, NULL }, /* trailing blanks */
        { "\xef\xbb\xbf---\nid: bom\n---\nB", "bom", NULL, NULL, NULL, NULL, 19, NULL },
        { "\xef\xbb\xbf" "Body", NULL, NULL, NULL, NULL, NULL, 3, NULL },
        /* errors */
        { "---\nid: x\n", NULL, NULL, NULL, NULL, NULL, 0,
          "a.txt:1: front matter is not closed: no '---' line after it" },
        { "---\n", NULL, NULL, NULL, NULL, NULL, 0,
          "a.txt:1: front matter is not closed: no '---' line after it" },
        { "---\nid: x\ndate: 2024-13-01\n---\n", NULL, NULL, NULL, NULL, NULL, 0,
          "a.txt:3: invalid date '2024-13-01', expected YYYY-MM-DD" },
        { "---\ndate: 2023-02-29\n---\n", NULL, NULL, NULL, NULL, NULL, 0,
          "a.txt:2: invalid date '2023-02-29', expected YYYY-MM-DD" },
        { "---\ndate: 2024-2-1\n---\n", NULL, NULL, NULL, NULL, NULL, 0,
          "a.txt:2: invalid date '2024-2-1', expected YYYY-MM-DD" },
        { "---\ndate: November 25, 2024\n---\n", NULL, NULL, NULL, NULL, NULL, 0,
          "a.txt:2: invalid date 'November 25, 2024', expected YYYY-MM-DD" },
        { "---\nid: x\n\njust text\n---\n", NULL, NULL, NULL, NULL, NULL, 0,
          "a.txt:4: expected 'key: value' in the front matter, got 'just text'" },
        { "---\nmy key: v\n---\n", NULL, NULL, NULL, NULL, NULL, 0,
          "a.txt:2: expected 'key: value' in the front matter, got 'my key: v'" },
        { "---\n: v\n---\n", NULL, NULL, NULL, NULL, NULL, 0,
          "a.txt:2: expected 'key: value' in the front matter, got ': v'" },
};

static bool same(const char *what, size_t i, const char *got, const char *want)
{
        if (g_strcmp0(got, want) == 0)
                return true;
        g_test_message("case %zu %s: got %s, want %s", i, what, got, want);
        return false;
}

static void test_cases(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_auto(DossierFrontMatter) fm = { 0 };
                g_autoptr(GError) error = NULL;
                bool ok = dossier_front_matter_parse("a.txt", cases[i].data, strlen(cases[i].data),
                                                     &fm, &error);
                bool good = ok == (cases[i].error == NULL);
                good &= same("error", i, error != NULL ? error->message : NULL, cases[i].error);
                if (ok) {
                        good &= same("id", i, fm.id, cases[i].id);
                        good &= same("title", i, fm.title, cases[i].title);
                        good &= same("date", i, fm.date, cases[i].date);
                        good &= same("source", i, fm.source, cases[i].source);
                        good &= same("url", i, fm.url, cases[i].url);
                        if (fm.body_offset != cases[i].body_offset) {
                                g_test_message("case %zu: body at %zu, want %zu", i, fm.body_offset,
                                               cases[i].body_offset);
                                good = false;
                        }
                } else {
                        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT);
                        g_assert_null(fm.id); /* nothing left behind on failure */
                }
                if (!good)
                        g_test_fail();
        }
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/front-matter/cases", test_cases);
        return g_test_run();
}
