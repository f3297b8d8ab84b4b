/* UTF-8 and NUL checks, with the byte offset each error names. */
#include <string.h>

#include <glib.h>

#include <dossier/error.h>

#include "model/utf8-check.h"

#define CASE(bytes, msg) { bytes, sizeof(bytes) - 1, msg }

static const struct {
        const char *data;
        size_t len;
        const char *want; /* NULL: valid */
} cases[] = {
        CASE("", NULL),
        CASE("plain ASCII", NULL),
        CASE("caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80", NULL),
        CASE("\xef\xbb\xbf" "bom", NULL),
        CASE("\xf4\x8f\xbf\xbf", NULL), /* U+10FFFF, the last code point */
        CASE("bad\xff", "a.txt: byte 3: invalid UTF-8"),
        CASE("\x80", "a.txt: byte 0: invalid UTF-8"),            /* lone continuation */
        CASE("ab\xc3", "a.txt: byte 2: invalid UTF-8"),          /* cut at the end */
        CASE("ab\xc3(", "a.txt: byte 2: invalid UTF-8"),         /* cut by ASCII */
        CASE("x\xc0\xaf", "a.txt: byte 1: invalid UTF-8"),       /* overlong '/' */
        CASE("x\xe0\x80\xaf", "a.txt: byte 1: invalid UTF-8"),   /* overlong, 3 bytes */
        CASE("x\xf0\x80\x80\xaf", "a.txt: byte 1: invalid UTF-8"), /* overlong, 4 bytes */
        CASE("xy\xed\xa0\x80", "a.txt: byte 2: invalid UTF-8"),  /* surrogate U+D800 */
        CASE("xy\xed\xbf\xbf", "a.txt: byte 2: invalid UTF-8"),  /* surrogate U+DFFF */
        CASE("\xf4\x90\x80\x80", "a.txt: byte 0: invalid UTF-8"), /* past U+10FFFF */
        CASE("\xf8\x88\x80\x80\x80", "a.txt: byte 0: invalid UTF-8"), /* 5-byte form */
        CASE("Kim\0 spoke", "a.txt: byte 3: NUL byte"),
        CASE("\0", "a.txt: byte 0: NUL byte"),
        CASE("caf\xc3\xa9\xff", "a.txt: byte 5: invalid UTF-8"), /* offset in bytes */
};

static void test_cases(void)
{
        for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
                g_autoptr(GError) error = NULL;
                bool ok = dossier_utf8_check("a.txt", cases[i].data, cases[i].len, &error);
                const char *got = error != NULL ? error->message : NULL;
                if (ok != (cases[i].want == NULL) || g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu: got %s, want %s", i, got, cases[i].want);
                        g_test_fail();
                }
                if (error != NULL)
                        g_assert_error(error, DOSSIER_ERROR, DOSSIER_ERROR_INPUT);
        }
}

/* A bad byte deep in a large buffer is found at its exact offset. */
static void test_far_offset(void)
{
        size_t n = 3 * 1024 * 1024;
        g_autofree char *data = g_malloc(n);
        g_autoptr(GError) error = NULL;

        memset(data, 'a', n);
        data[2345678] = '\xfe';
        g_assert_false(dossier_utf8_check("big.txt", data, n, &error));
        g_assert_cmpstr(error->message, ==, "big.txt: byte 2345678: invalid UTF-8");
}

int main(int argc, char **argv)
{
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/utf8-check/cases", test_cases);
        g_test_add_func("/utf8-check/far-offset", test_far_offset);
        return g_test_run();
}
