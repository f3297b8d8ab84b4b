/* Table-driven tests of the quotes core: how a row's result is written and checked. */
#include "quote-cases.h"

#include <string.h>

#include <glib.h>

static void append_speakers(GString *out, const char *text, const QuoteFound *f, bool show_mentions)
{
        if (f->n_speakers == 0)
                g_string_append(out, "-");
        for (uint8_t s = 0; s < f->n_speakers; s++) {
                const QuoteSpeaker *sp = &f->speakers[s];
                g_string_append_printf(out, "%s%.*s", s ? "; " : "", (int) (sp->name_end - sp->name_start),
                                       text + sp->name_start);
                if (show_mentions && (sp->start > sp->name_end || sp->end < sp->name_start))
                        g_string_append_printf(out, " [%.*s]", (int) (sp->end - sp->start), text + sp->start);
        }
}

char *quote_cases_describe(const char *text, const QuoteOptions *options, bool show_mentions)
{
        g_autoptr(GArray) found = quote_find(text, strlen(text), options, NULL);
        GString *out = g_string_new(NULL);

        for (guint k = 0; k < found->len; k++) {
                const QuoteFound *f = &g_array_index(found, QuoteFound, k);
                if (k > 0)
                        g_string_append(out, " || ");
                g_string_append_printf(out, "%s%.*s => ", f->direct ? "" : "~", (int) (f->end - f->start),
                                       text + f->start);
                append_speakers(out, text, f, show_mentions);
        }
        return g_string_free(out, FALSE);
}

void quote_cases_check(const QuoteCase *cases, size_t n, char *(*describe)(const char *text))
{
        for (size_t i = 0; i < n; i++) {
                g_autofree char *got = describe(cases[i].text);
                if (g_strcmp0(got, cases[i].want) != 0) {
                        g_test_message("case %zu '%s':\n  got  %s\n  want %s", i, cases[i].text, got,
                                       cases[i].want);
                        g_test_fail();
                }
        }
}
