/* dossier_text_tokenize() on any bytes. Its header promises to take invalid UTF-8
 * too (bad bytes become one-byte tokens), so the input is not filtered; the checks
 * that only hold for valid UTF-8 run when the input is valid. */
#include "fuzz.h"

#include "text/tokenize.h"

/* An article index other than 0, so a forgotten copy of .article shows. */
#define ARTICLE 7

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
        g_autoptr(GArray) tokens = g_array_new(FALSE, FALSE, sizeof(DossierToken));
        g_autoptr(GArray) sentences = g_array_new(FALSE, FALSE, sizeof(DossierSpan));
        const char *text = (const char *) data;

        dossier_text_tokenize(text, size, ARTICLE, tokens, sentences);
        fuzz_check_tokens(text, size, ARTICLE, (const DossierToken *) tokens->data, tokens->len,
                          (const DossierSpan *) sentences->data, sentences->len);
        return 0;
}
