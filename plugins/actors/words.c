/* Cuts sentences into words. Own rules rather than the host's tokens, because a
 * name's span is the name as written: "U.S." keeps its periods, "Trump's" loses
 * its 's, "President-elect" stays one word, whatever the tokenizer did. */
#include "words.h"

#include <string.h>

/* Abbreviations whose final period belongs to the word. */
static const char *const abbreviations[] = {
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Maj",
        "Sgt", "Adm", "Brig", "Cmdr", "Prof", "Rev", "Fr", "St", "Jr", "Sr", "Inc", "Corp",
        "Co", "Ltd", "Bros", "Mt", "Ft", "Messrs", "Gens", "Sens", "Reps", "Pres", "Supt",
};

static gunichar char_at(const char *body, uint32_t i, uint32_t end, uint32_t *ret_len)
{
        if (i >= end) {
                *ret_len = 0;
                return 0;
        }
        unsigned char c = (unsigned char) body[i];
        if (c < 0x80) {
                *ret_len = 1;
                return c;
        }
        const char *next = g_utf8_next_char(body + i);
        *ret_len = (uint32_t) (next - (body + i));
        return g_utf8_get_char(body + i);
}

static bool is_word_char(gunichar c)
{
        return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

static bool is_apostrophe(gunichar c)
{
        return c == '\'' || c == 0x2019;
}

static bool is_open_quote(gunichar c)
{
        return c == '"' || c == 0x201C || c == 0x2018 || c == 0x201E || c == 0x00AB;
}

/* "U.S" before its final period: one or two letters between the dots. */
static bool dotted_initials(const char *body, uint32_t start, uint32_t end)
{
        unsigned run = 0;
        bool dot = false;
        for (uint32_t i = start; i < end; i++) {
                if (body[i] == '.') {
                        if (run == 0 || run > 2)
                                return false;
                        run = 0;
                        dot = true;
                } else {
                        run++;
                }
        }
        return dot && run >= 1 && run <= 2;
}

static bool keeps_period(const char *body, uint32_t start, uint32_t end)
{
        uint32_t len = end - start;
        if (len == 1 && g_ascii_isupper(body[start]))
                return true; /* an initial: "George W. Bush" */
        if (dotted_initials(body, start, end))
                return true;
        for (size_t i = 0; i < G_N_ELEMENTS(abbreviations); i++)
                if (strlen(abbreviations[i]) == len && memcmp(abbreviations[i], body + start, len) == 0)
                        return true;
        return false;
}

/* Whether the apostrophe at @i starts a contraction: it'll, I'm, don't, we've. */
static bool contraction_tail(const char *body, uint32_t i, uint32_t end, uint32_t alen)
{
        static const char *const tails[] = { "ll", "m", "re", "ve", "d", "t" };
        uint32_t j = i + alen, k = j;
        while (k < end && g_ascii_isalpha(body[k]))
                k++;
        for (size_t t = 0; t < G_N_ELEMENTS(tails); t++)
                if (strlen(tails[t]) == k - j && memcmp(tails[t], body + j, k - j) == 0)
                        return true;
        return false;
}

static uint32_t case_flags(const char *body, uint32_t start, uint32_t end)
{
        gunichar first = g_utf8_get_char(body + start);
        if (g_unichar_isdigit(first))
                return WORD_DIGIT;
        uint32_t flags = g_unichar_isupper(first) ? WORD_CAP : WORD_LOWER;
        unsigned letters = 0, upper = 0;
        for (const char *p = body + start; p < body + end; p = g_utf8_next_char(p)) {
                gunichar c = g_utf8_get_char(p);
                if (g_unichar_isalpha(c)) {
                        letters++;
                        upper += g_unichar_isupper(c) != 0;
                }
        }
        if (letters >= 2 && upper == letters)
                flags |= WORD_ALLCAPS;
        return flags;
}

/* Scans one word from @i; returns its end and sets the flags it finds. */
static uint32_t scan_word(const char *body, uint32_t i, uint32_t end, uint32_t *flags,
                          uint32_t *ret_next)
{
        uint32_t start = i, len;
        for (;;) {
                gunichar c = char_at(body, i, end, &len);
                if (len == 0)
                        break;
                if (is_word_char(c)) {
                        i += len;
                        continue;
                }
                uint32_t nlen;
                gunichar n = char_at(body, i + len, end, &nlen);
                bool letter_next = nlen > 0 && is_word_char(n);
                if (is_apostrophe(c) && (n == 's' || n == 'S')) {
                        uint32_t after_len;
                        gunichar after = char_at(body, i + len + 1, end, &after_len);
                        if (after_len == 0 || !is_word_char(after)) {
                                *flags |= WORD_POSS;
                                *ret_next = i + len + 1;
                                return i;
                        }
                }
                if (is_apostrophe(c) && letter_next) {
                        if (contraction_tail(body, i, end, len))
                                *flags |= WORD_CONTRACTION;
                        i += len;
                        continue;
                }
                if ((c == '-' || c == '.' || c == '&') && letter_next) {
                        i += len;
                        continue;
                }
                if (c == '.' && keeps_period(body, start, i))
                        i += len;
                break;
        }
        *ret_next = i;
        return i;
}

void words_scan(const char *body, uint32_t start, uint32_t end, uint32_t sentence, GArray *out)
{
        uint32_t i = start, gap_flags = WORD_FIRST, len;
        gunichar prev = '\n';
        while (i < end) {
                gunichar c = char_at(body, i, end, &len);
                if (!is_word_char(c) && c != '&') {
                        if (c == '\n')
                                gap_flags |= WORD_FIRST;
                        else if (!g_unichar_isspace(c))
                                gap_flags |= WORD_BREAK;
                        if (c == ',')
                                gap_flags |= WORD_COMMA;
                        if (is_open_quote(c) && (g_unichar_isspace(prev) || prev == '(' ||
                                                 prev == '\n' || i == start))
                                gap_flags |= WORD_QUOTE;
                        if (c == ':')
                                gap_flags |= WORD_QUOTE; /* a capital after a colon is no evidence */
                        prev = c;
                        i += len;
                        continue;
                }
                Word w = { .start = i, .sentence = sentence, .flags = gap_flags };
                uint32_t next;
                if (c == '&') {
                        w.end = i + len;
                        w.flags |= WORD_SYMBOL;
                        next = w.end;
                } else {
                        w.end = scan_word(body, i, end, &w.flags, &next);
                        w.flags |= case_flags(body, w.start, w.end);
                }
                g_array_append_val(out, w);
                gap_flags = w.flags & WORD_POSS ? WORD_BREAK : 0;
                prev = 'a';
                i = next;
        }
}

bool word_is(const char *body, const Word *w, const char *s)
{
        size_t n = strlen(s);
        return w->end - w->start == n && memcmp(body + w->start, s, n) == 0;
}

const char *words_phrase(GString *buf, const char *body, const Word *words, size_t a, size_t b,
                         bool lower)
{
        g_string_truncate(buf, 0);
        for (size_t i = a; i < b; i++) {
                if (i > a)
                        g_string_append_c(buf, ' ');
                size_t at = buf->len;
                g_string_append_len(buf, body + words[i].start, words[i].end - words[i].start);
                if (lower)
                        for (size_t k = at; k < buf->len; k++)
                                buf->str[k] = g_ascii_tolower(buf->str[k]);
        }
        return buf->str;
}

GArray *words_of_sentences(const char *body, size_t len, const DossierSpan *sentences, size_t n)
{
        GArray *words = g_array_sized_new(FALSE, FALSE, sizeof(Word), (guint) (len / 6 + 1));
        for (size_t i = 0; i < n; i++)
                words_scan(body, sentences[i].start, sentences[i].end, (uint32_t) i, words);
        return words;
}
