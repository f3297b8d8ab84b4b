/* The checks that turn "did not crash" into "did the right thing": token and
 * sentence layout, and the place every error message must start with. */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

gboolean fuzz_message_has_line(const char *message, const char *path, unsigned long *ret_line)
{
        size_t n = strlen(path);
        const char *p = message + n;
        char *end = NULL;

        if (strncmp(message, path, n) != 0 || p[0] != ':' || !g_ascii_isdigit(p[1]))
                return FALSE;
        unsigned long line = strtoul(p + 1, &end, 10);
        if (line == 0 || end[0] != ':' || end[1] != ' ')
                return FALSE;
        *ret_line = line;
        return TRUE;
}

/* Between tokens the tokenizer may skip only what separates words. */
static gboolean is_gap_char(gunichar c)
{
        if (c < 0x80)
                return c <= ' ' || c == 0x7f;
        return c == 0x85 || c == 0x200b || c == 0x2028 || c == 0x2029 || c == 0xfeff ||
               g_unichar_isspace(c);
}

static void check_gap_utf8(const char *text, size_t from, size_t to)
{
        for (const char *p = text + from; p < text + to; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);
                FUZZ_CHECK(is_gap_char(c), "U+%04X at byte %zu is in no token", c,
                           (size_t) (p - text));
        }
}

static void check_gap_bytes(const char *text, size_t from, size_t to)
{
        for (size_t i = from; i < to; i++) {
                unsigned char c = (unsigned char) text[i];
                FUZZ_CHECK(!(c > ' ' && c < 0x7f), "byte %zu '%c' is in no token", i, c);
        }
}

static gboolean is_char_boundary(const char *text, size_t len, size_t i)
{
        return i == len || ((unsigned char) text[i] & 0xc0) != 0x80;
}

static void check_token(const char *text, size_t len, gboolean utf8, size_t i,
                        const DossierToken *t, size_t prev_end, size_t n_sentences)
{
        FUZZ_CHECK(t->start < t->end && t->end <= len, "token %zu [%u, %u) not inside 0..%zu", i,
                   t->start, t->end, len);
        FUZZ_CHECK(t->start >= prev_end, "token %zu starts at %u, before the last ended (%zu)", i,
                   t->start, prev_end);
        FUZZ_CHECK(t->sentence < n_sentences, "token %zu in sentence %u of %zu", i, t->sentence,
                   n_sentences);
        if (utf8) {
                FUZZ_CHECK(is_char_boundary(text, len, t->start) &&
                                   is_char_boundary(text, len, t->end),
                           "token %zu [%u, %u) cuts a character", i, t->start, t->end);
                check_gap_utf8(text, prev_end, t->start);
        } else {
                check_gap_bytes(text, prev_end, t->start);
        }
}

/* Sentence @s holds tokens first..last (inclusive) and nothing else. */
static void check_sentence(size_t s, const DossierSpan *span, uint32_t article,
                           const DossierToken *tokens, size_t first, size_t last)
{
        FUZZ_CHECK(span->article == article, "sentence %zu has article %u, want %u", s,
                   span->article, article);
        FUZZ_CHECK(span->start == tokens[first].start && span->end == tokens[last].end,
                   "sentence %zu [%u, %u) is not tokens %zu..%zu [%u, %u)", s, span->start,
                   span->end, first, last, tokens[first].start, tokens[last].end);
}

void fuzz_check_tokens(const char *text, size_t len, uint32_t article, const DossierToken *tokens,
                       size_t n_tokens, const DossierSpan *sentences, size_t n_sentences)
{
        gboolean utf8 = g_utf8_validate_len(text, len, NULL);
        size_t prev_end = 0, first = 0;

        FUZZ_CHECK((n_tokens == 0) == (n_sentences == 0), "%zu tokens in %zu sentences",
                   n_tokens, n_sentences);
        for (size_t i = 0; i < n_tokens; i++) {
                check_token(text, len, utf8, i, &tokens[i], prev_end, n_sentences);
                prev_end = tokens[i].end;
                if (i == 0) {
                        FUZZ_CHECK(tokens[i].sentence == 0, "first token in sentence %u",
                                   tokens[i].sentence);
                        continue;
                }
                uint32_t was = tokens[i - 1].sentence, now = tokens[i].sentence;
                FUZZ_CHECK(now == was || now == was + 1,
                           "token %zu in sentence %u after one in sentence %u", i, now, was);
                if (now != was) {
                        check_sentence(was, &sentences[was], article, tokens, first, i - 1);
                        first = i;
                }
        }
        if (n_tokens > 0) {
                uint32_t last = tokens[n_tokens - 1].sentence;
                FUZZ_CHECK(last + 1 == n_sentences, "last token in sentence %u of %zu", last,
                           n_sentences);
                check_sentence(last, &sentences[last], article, tokens, first, n_tokens - 1);
        }
        if (utf8)
                check_gap_utf8(text, prev_end, len);
        else
                check_gap_bytes(text, prev_end, len);
}
