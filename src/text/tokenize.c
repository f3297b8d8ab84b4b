/* The tokenizer: one pass over the bytes, ASCII on a fast path, other characters
 * decoded from UTF-8 only where they occur. No regex: each token class is a small
 * scanner below, and the sentence splitter gets every token as it is found. */
#include "text/tokenize.h"

#include <string.h>

#include "text/sentence-split.h"
#include "text/word-lists.h"

enum {
        C_SPACE,
        C_NEWLINE,
        C_UPPER,
        C_LOWER, /* also letters without case */
        C_DIGIT,
        C_MARK, /* combining marks continue a word */
        C_PUNCT,
};

typedef struct {
        const unsigned char *s;
        size_t len;
} Text;

typedef struct {
        uint32_t cp;
        uint8_t width;
        uint8_t cls;
} Char;

static uint8_t ascii_class(unsigned char c)
{
        if (c >= 'a' && c <= 'z')
                return C_LOWER;
        if (c >= 'A' && c <= 'Z')
                return C_UPPER;
        if (c >= '0' && c <= '9')
                return C_DIGIT;
        if (c == '\n')
                return C_NEWLINE;
        if (c <= ' ' || c == 0x7f)
                return C_SPACE; /* tabs, CR and other controls separate like spaces */
        return C_PUNCT;
}

/* Decodes one UTF-8 sequence; an invalid or cut sequence is one byte of punctuation. */
static Char decode(const Text *t, size_t i)
{
        const unsigned char *s = t->s + i;
        size_t left = t->len - i;
        unsigned char c = s[0];
        Char bad = { c, 1, C_PUNCT };
        uint32_t cp;
        uint8_t w;

        if (c > 0xf4)
                return bad;
        if (c >= 0xf0)
                w = 4, cp = c & 0x07;
        else if (c >= 0xe0)
                w = 3, cp = c & 0x0f;
        else if (c >= 0xc2 && c <= 0xdf)
                w = 2, cp = c & 0x1f;
        else
                return bad;
        if (w > left)
                return bad;
        for (uint8_t k = 1; k < w; k++) {
                if ((s[k] & 0xc0) != 0x80)
                        return bad;
                cp = (cp << 6) | (s[k] & 0x3f);
        }
        if ((w == 3 && cp < 0x800) || (w == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
                return bad;
        return (Char){ cp, w, 0 };
}

static uint8_t unicode_class(gunichar cp)
{
        if (cp == 0x2028 || cp == 0x2029 || cp == 0x85)
                return C_NEWLINE;
        if (cp == 0x200b || cp == 0xfeff || g_unichar_isspace(cp))
                return C_SPACE; /* also no-break and thin spaces */
        if (g_unichar_isupper(cp) || g_unichar_istitle(cp))
                return C_UPPER;
        if (g_unichar_isdigit(cp))
                return C_DIGIT;
        if (g_unichar_isalpha(cp))
                return C_LOWER;
        if (g_unichar_ismark(cp))
                return C_MARK;
        return C_PUNCT;
}

static Char char_at(const Text *t, size_t i)
{
        unsigned char c = t->s[i];

        if (c < 0x80)
                return (Char){ c, 1, ascii_class(c) };
        Char ch = decode(t, i);
        if (ch.width > 1)
                ch.cls = unicode_class(ch.cp);
        return ch;
}

static bool is_word_class(uint8_t cls)
{
        return cls == C_UPPER || cls == C_LOWER || cls == C_DIGIT || cls == C_MARK;
}

static bool word_at(const Text *t, size_t i)
{
        return i < t->len && is_word_class(char_at(t, i).cls);
}

static bool digit_at(const Text *t, size_t i)
{
        return i < t->len && t->s[i] >= '0' && t->s[i] <= '9';
}

static size_t skip_word_chars(const Text *t, size_t i)
{
        while (i < t->len) {
                unsigned char c = t->s[i];
                if (c < 0x80) {
                        if (!g_ascii_isalnum(c))
                                break;
                        i++;
                        continue;
                }
                Char ch = char_at(t, i);
                if (!is_word_class(ch.cls))
                        break;
                i += ch.width;
        }
        return i;
}

/* Width of the apostrophe at @i, straight or U+2019, else 0. */
static size_t apostrophe_at(const Text *t, size_t i)
{
        if (i < t->len && t->s[i] == '\'')
                return 1;
        if (i + 2 < t->len && memcmp(t->s + i, "\xe2\x80\x99", 3) == 0)
                return 3;
        return 0;
}

/* The clitic at @i ('s 're 've 'll 'd 'm, Penn Treebank style), as its length, else 0.
 * Possessive 's must be its own token so that "Trump's" yields the name "Trump". */
static size_t clitic_at(const Text *t, size_t i)
{
        static const char *const clitics[] = { "s", "re", "ve", "ll", "d", "m" };
        size_t aw = apostrophe_at(t, i);

        if (aw == 0)
                return 0;
        size_t j = i + aw, k = j;
        while (k < t->len && k - j < 3 && g_ascii_isalpha(t->s[k]))
                k++;
        if (k == j || word_at(t, k))
                return 0;
        for (size_t c = 0; c < G_N_ELEMENTS(clitics); c++)
                if (strlen(clitics[c]) == k - j &&
                    g_ascii_strncasecmp(clitics[c], (const char *) t->s + j, k - j) == 0)
                        return k - i;
        return 0;
}

static bool has_prefix_ci(const Text *t, size_t i, const char *prefix)
{
        size_t n = strlen(prefix);
        return i + n <= t->len && g_ascii_strncasecmp((const char *) t->s + i, prefix, n) == 0;
}

static bool url_stops_at(const Text *t, size_t i)
{
        unsigned char c = t->s[i];
        if (c <= ' ' || c == '"' || c == '<' || c == '>')
                return true;
        /* curly quotes and no-break spaces end a URL as well; letters do not (IRIs) */
        return c >= 0x80 && !is_word_class(char_at(t, i).cls);
}

static bool is_trailing_punct(unsigned char c)
{
        return c != '\0' && strchr(".,;:!?'", c) != NULL;
}

/* A URL ends before sentence punctuation; a closing bracket stays only if it has
 * its opening one inside ("wiki/Foo_(bar)"). */
static size_t trim_url(const Text *t, size_t start, size_t end)
{
        for (;;) {
                unsigned char c = t->s[end - 1];
                if (is_trailing_punct(c)) {
                        end--;
                        continue;
                }
                if (c == ')' || c == ']') {
                        unsigned char open = c == ')' ? '(' : '[';
                        int depth = 0;
                        for (size_t k = start; k < end; k++)
                                depth += t->s[k] == open ? 1 : t->s[k] == c ? -1 : 0;
                        if (depth < 0) {
                                end--;
                                continue;
                        }
                }
                return end;
        }
}

static size_t scan_url(const Text *t, size_t i)
{
        unsigned char c = g_ascii_tolower(t->s[i]);
        if (c != 'h' && c != 'f' && c != 'w')
                return 0;
        if (!has_prefix_ci(t, i, "http://") && !has_prefix_ci(t, i, "https://") &&
            !has_prefix_ci(t, i, "ftp://") && !has_prefix_ci(t, i, "www."))
                return 0;
        size_t j = i;
        /* Whole characters: a URL with non-ASCII letters must not end mid-character
         * (found by tests/fuzz, corpus bug-url-cuts-character*). */
        while (j < t->len && !url_stops_at(t, j))
                j += char_at(t, j).width;
        j = MIN(j, t->len);
        j = trim_url(t, i, j);
        return j > i + 4 ? j : 0;
}

static bool is_email_local(unsigned char c)
{
        return g_ascii_isalnum(c) || (c != '\0' && strchr("._%+-", c) != NULL);
}

/* local@domain.tld; returns the end, or 0 when @i does not start an address. */
static size_t scan_email(const Text *t, size_t i)
{
        size_t j = i;
        while (j < t->len && is_email_local(t->s[j]))
                j++;
        if (j == i || j >= t->len || t->s[j] != '@')
                return 0;
        size_t domain = ++j;
        while (j < t->len && (g_ascii_isalnum(t->s[j]) || t->s[j] == '-' || t->s[j] == '.'))
                j++;
        while (j > domain && t->s[j - 1] == '.')
                j--;
        size_t last_dot = j;
        while (last_dot > domain && t->s[last_dot - 1] != '.')
                last_dot--;
        /* a dot inside the domain, and a top-level part of two characters or more */
        if (last_dot <= domain + 1 || last_dot + 2 > j)
                return 0;
        return j;
}

static bool joins_word(const Text *t, size_t j)
{
        unsigned char c = t->s[j], prev = t->s[j - 1];

        switch (c) {
        case '-': /* "well-known", "2-1", but "--" is a dash */
                return word_at(t, j + 1);
        case '.': /* "U.S", "1,000.50", "Amazon.com" */
                return j + 1 < t->len && g_ascii_isalnum(t->s[j + 1]);
        case ',': /* "1,000" */
        case ':': /* "10:30" */
        case '/': /* "11/25/2024", "24/7" */
                return g_ascii_isdigit(prev) && digit_at(t, j + 1);
        case '&': /* "AT&T", "S&P" */
                return g_ascii_isupper(prev) && j + 1 < t->len && g_ascii_isupper(t->s[j + 1]);
        default:
                return false;
        }
}

static bool digit_follows(const Text *t, size_t i)
{
        while (i < t->len && (t->s[i] == ' ' || t->s[i] == '\t'))
                i++;
        return digit_at(t, i);
}

/* Letters and digits from @j on, joined by inner hyphens, periods and the like, and
 * by apostrophes that do not start a clitic ("O'Brien", "don't"). */
static size_t skip_joined(const Text *t, size_t j)
{
        j = skip_word_chars(t, j);
        while (j < t->len) {
                size_t aw;
                if (joins_word(t, j)) {
                        j = skip_word_chars(t, j + 1);
                } else if ((aw = apostrophe_at(t, j)) > 0 && word_at(t, j + aw) &&
                           clitic_at(t, j) == 0) {
                        j = skip_word_chars(t, j + aw);
                } else {
                        break;
                }
        }
        return j;
}

/* The abbreviation kind of [start, end) before a period. A hyphenated word is also
 * an abbreviation when its last part is one: a party and state ("D-Mass.", "R-N.Y."),
 * though not an initial ("Jong-U."), which would swallow many sentence ends. */
static DossierTokenKind abbrev_kind(const Text *t, size_t start, size_t end)
{
        const char *w = (const char *) t->s;
        bool digit = digit_follows(t, end + 1);
        DossierTokenKind k = dossier_text_abbrev_kind(w + start, end - start, digit);

        if (k != DOSSIER_TOKEN_STOP)
                return k;
        const char *hyphen = memrchr(w + start, '-', end - start);
        if (!hyphen || (size_t) (w + end - hyphen) <= 2)
                return DOSSIER_TOKEN_STOP;
        k = dossier_text_abbrev_kind(hyphen + 1, (size_t) (w + end - hyphen - 1), digit);
        return k == DOSSIER_TOKEN_ABBREV ? k : DOSSIER_TOKEN_STOP;
}

/* A word or number (skip_joined). A period right after it belongs to it when the
 * word is an abbreviation, and a hyphen after that period joins on ("U.S.-led"). */
static size_t scan_word(const Text *t, size_t start, DossierTokenKind *ret_kind)
{
        size_t j = skip_joined(t, start);

        *ret_kind = g_ascii_isdigit(t->s[start]) ? DOSSIER_TOKEN_NUMBER : DOSSIER_TOKEN_WORD;
        if (j < t->len && t->s[j] == '.' && !(j + 1 < t->len && t->s[j + 1] == '.')) {
                DossierTokenKind k = abbrev_kind(t, start, j);
                if (k != DOSSIER_TOKEN_STOP) {
                        *ret_kind = k;
                        j++;
                        if (j + 1 < t->len && t->s[j] == '-' && word_at(t, j + 1)) {
                                *ret_kind = DOSSIER_TOKEN_WORD;
                                j = skip_joined(t, j + 1);
                        }
                }
        }
        return j;
}

/* An apostrophe that stands for left-out letters at a word's start: a decade
 * ("'90s", curly or straight) or "'n'" in "rock 'n' roll". Returns the end, else 0. */
static size_t scan_elision(const Text *t, size_t i, size_t aw)
{
        size_t j = i + aw;

        if (digit_at(t, j) && digit_at(t, j + 1) && j + 2 < t->len && t->s[j + 2] == 's' &&
            !word_at(t, j + 3))
                return j + 3;
        if (aw == 1 && j + 1 < t->len && t->s[j] == 'n' && t->s[j + 1] == '\'' &&
            !word_at(t, j + 2) && (i == 0 || t->s[i - 1] == ' '))
                return j + 2;
        return 0;
}

static size_t run_of(const Text *t, size_t i, const char *set)
{
        size_t j = i;
        while (j < t->len && t->s[j] != '\0' && strchr(set, t->s[j]) != NULL)
                j++;
        return j;
}

static size_t scan_ascii_punct(const Text *t, size_t i, DossierTokenKind *ret_kind)
{
        unsigned char c = t->s[i];
        size_t end;

        *ret_kind = DOSSIER_TOKEN_SYMBOL;
        switch (c) {
        case '.':
                if (i + 5 <= t->len && memcmp(t->s + i, ". . .", 5) == 0) {
                        *ret_kind = DOSSIER_TOKEN_ELLIPSIS;
                        return i + 5;
                }
                if (run_of(t, i, ".") - i >= 2) {
                        *ret_kind = DOSSIER_TOKEN_ELLIPSIS;
                        return run_of(t, i, ".");
                }
                *ret_kind = DOSSIER_TOKEN_STOP;
                return i + 1;
        case '!':
        case '?':
                *ret_kind = DOSSIER_TOKEN_STOP;
                return run_of(t, i, "!?");
        case '-':
                return run_of(t, i, "-");
        case '"':
                *ret_kind = DOSSIER_TOKEN_DQUOTE;
                return i + 1;
        case '\'':
                if ((end = scan_elision(t, i, 1)) > 0) {
                        *ret_kind = DOSSIER_TOKEN_WORD;
                        return end;
                }
                /* two apostrophes are a double quote (the New York Times' ''...'') */
                *ret_kind = i + 1 < t->len && t->s[i + 1] == '\'' ? DOSSIER_TOKEN_DQUOTE
                                                                   : DOSSIER_TOKEN_SQUOTE;
                return *ret_kind == DOSSIER_TOKEN_DQUOTE ? i + 2 : i + 1;
        case '`': /* ``...'' (TeX, Penn Treebank) and `...' */
                *ret_kind = i + 1 < t->len && t->s[i + 1] == '`' ? DOSSIER_TOKEN_OPEN_DQ
                                                                 : DOSSIER_TOKEN_OPEN;
                return *ret_kind == DOSSIER_TOKEN_OPEN_DQ ? i + 2 : i + 1;
        case '(':
        case '[':
        case '{':
                *ret_kind = DOSSIER_TOKEN_OPEN;
                return i + 1;
        case ')':
        case ']':
        case '}':
                *ret_kind = DOSSIER_TOKEN_CLOSE;
                return i + 1;
        case '@':
        case '#': /* "@handle", "#tag" */
                if ((i == 0 || t->s[i - 1] <= ' ') && i + 1 < t->len &&
                    (g_ascii_isalnum(t->s[i + 1]) || t->s[i + 1] == '_')) {
                        size_t j = i + 1;
                        while (j < t->len && (g_ascii_isalnum(t->s[j]) || t->s[j] == '_'))
                                j++;
                        return j;
                }
                return i + 1;
        default:
                return i + 1;
        }
}

static DossierTokenKind unicode_punct_kind(gunichar cp)
{
        switch (cp) {
        case 0x2026:
                return DOSSIER_TOKEN_ELLIPSIS;
        case 0x201c: case 0x201e: case 0x201f: case 0x00ab:
                return DOSSIER_TOKEN_OPEN_DQ;
        case 0x201d: case 0x00bb:
                return DOSSIER_TOKEN_CLOSE_DQ;
        case 0x2018: case 0x201a: case 0x201b: case 0x2039:
                return DOSSIER_TOKEN_OPEN;
        case 0x2019: case 0x203a:
                return DOSSIER_TOKEN_CLOSE;
        case 0x203c: case 0x2047: case 0x2048: case 0x2049: case 0xff01: case 0xff1f:
                return DOSSIER_TOKEN_STOP;
        default:
                return DOSSIER_TOKEN_SYMBOL;
        }
}

static size_t scan_punct(const Text *t, size_t i, Char ch, DossierTokenKind *ret_kind)
{
        size_t end;

        if (ch.width == 1)
                return scan_ascii_punct(t, i, ret_kind);
        if (ch.cp == 0x2019 && (end = scan_elision(t, i, ch.width)) > 0) {
                *ret_kind = DOSSIER_TOKEN_WORD;
                return end;
        }
        *ret_kind = unicode_punct_kind(ch.cp);
        return i + ch.width;
}

static size_t scan_token(const Text *t, size_t i, Char ch, DossierTokenKind *ret_kind)
{
        if (!is_word_class(ch.cls))
                return scan_punct(t, i, ch, ret_kind);
        size_t end;
        if ((end = scan_url(t, i)) > 0 || (end = scan_email(t, i)) > 0) {
                *ret_kind = DOSSIER_TOKEN_WORD;
                return end;
        }
        return scan_word(t, i, ret_kind);
}

void dossier_text_tokenize(const char *text, size_t len, uint32_t article, GArray *tokens,
                           GArray *sentences)
{
        g_return_if_fail(text != NULL || len == 0);
        g_return_if_fail(len <= UINT32_MAX);
        g_return_if_fail(tokens != NULL && sentences != NULL);

        Text t = { (const unsigned char *) text, len };
        DossierSplitter sp;
        unsigned flags = 0;
        size_t i = 0;

        dossier_splitter_init(&sp, text, article, tokens, sentences);
        while (i < len) {
                Char ch = char_at(&t, i);
                if (ch.cls == C_SPACE || ch.cls == C_NEWLINE) {
                        flags |= DOSSIER_TOKEN_SPACE_BEFORE;
                        if (ch.cls == C_NEWLINE)
                                flags |= DOSSIER_TOKEN_NEWLINE_BEFORE;
                        i += ch.width;
                        continue;
                }
                DossierTokenKind kind;
                size_t end = scan_token(&t, i, ch, &kind);
                if (ch.cls == C_UPPER)
                        flags |= DOSSIER_TOKEN_UPPER;
                dossier_splitter_push(&sp, (uint32_t) i, (uint32_t) end, kind, flags);
                flags = 0;
                i = end;

                /* "U.S.'s", "Inc.'s": a possessive also follows an abbreviation */
                bool wordish = kind == DOSSIER_TOKEN_WORD || kind == DOSSIER_TOKEN_NUMBER ||
                               kind == DOSSIER_TOKEN_ABBREV || kind == DOSSIER_TOKEN_INITIAL ||
                               kind == DOSSIER_TOKEN_TITLE;
                size_t clitic = wordish ? clitic_at(&t, i) : 0;
                if (clitic > 0) {
                        dossier_splitter_push(&sp, (uint32_t) i, (uint32_t) (i + clitic),
                                              DOSSIER_TOKEN_WORD, 0);
                        i += clitic;
                }
        }
        dossier_splitter_finish(&sp);
}
