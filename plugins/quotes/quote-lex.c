/* quotes plugin: the lexer (see quote-lex.h).
 * SPDX-License-Identifier: MIT */
#include "quote-lex.h"

#include <string.h>

typedef struct Lexer {
        const char *text;
        size_t len;
        size_t pos;
        bool space; /* whitespace (or the start) before the next token */
        GArray *tokens;
} Lexer;

static gunichar char_at(const Lexer *lx, size_t pos, size_t *ret_size) {
        unsigned char c = (unsigned char) lx->text[pos];
        if (c < 0x80) {
                *ret_size = 1;
                return c;
        }
        const char *p = lx->text + pos;
        const char *next = g_utf8_find_next_char(p, lx->text + lx->len);
        *ret_size = next ? (size_t) (next - p) : lx->len - pos;
        return g_utf8_get_char(p);
}

static gunichar char_before(const Lexer *lx, size_t pos) {
        if (pos == 0)
                return 0;
        const char *p = g_utf8_find_prev_char(lx->text, lx->text + pos);
        return p ? g_utf8_get_char(p) : 0;
}

static gunichar peek(const Lexer *lx, size_t pos) {
        size_t size;
        return pos < lx->len ? char_at(lx, pos, &size) : 0;
}

static bool is_word_char(gunichar c) {
        if (c < 0x80)
                return g_ascii_isalnum(c);
        return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

static bool is_space(gunichar c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c >= 0x80 && g_unichar_isspace(c));
}

static bool is_dash(gunichar c) {
        return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015;
}

/* What may stand before an opening mark: `said: "`, `("`, `—"`. */
static bool opens_after(gunichar c) {
        return c == 0 || is_space(c) || is_dash(c) || strchr("([{:/", (int) c) != NULL ||
               c == 0x201C || c == 0x2018 || c == '\'';
}

/* What may follow a closing mark: `," he`, `.")`, `"—`. */
static bool closes_before(gunichar c) {
        return c == 0 || is_space(c) || is_dash(c) || (c < 0x80 && strchr(".,;:!?)]}'", (int) c)) ||
               c == 0x2019 || c == 0x201D || c == 0x2026;
}

static void push(Lexer *lx, size_t start, size_t end, uint8_t kind, uint8_t flags, uint8_t style) {
        QuoteToken tok = {
                .start = (uint32_t) start,
                .end = (uint32_t) end,
                .kind = kind,
                .flags = flags | (lx->space ? QUOTE_TOK_SPACE_BEFORE : 0),
                .style = style,
        };
        g_array_append_val(lx->tokens, tok);
        lx->space = false;
        lx->pos = end;
}

/* Straight and doubled marks point nowhere: their neighbours tell. */
static uint8_t mark_direction(const Lexer *lx, size_t start, size_t end) {
        bool open = opens_after(char_before(lx, start));
        bool close = closes_before(peek(lx, end));
        if (open == close)
                return QUOTE_TOK_OPEN | QUOTE_TOK_CLOSE;
        return open ? QUOTE_TOK_OPEN : QUOTE_TOK_CLOSE;
}

/* A paragraph's first character, or its last before the newline. */
static bool at_line_start(const Lexer *lx, size_t start) {
        return start == 0 || lx->text[start - 1] == '\n';
}

static bool at_line_end(const Lexer *lx, size_t end) {
        return end >= lx->len || lx->text[end] == '\n' || lx->text[end] == '\r';
}

static void lex_mark(Lexer *lx, size_t size, uint8_t style, uint8_t fixed) {
        size_t start = lx->pos, end = lx->pos + size;
        uint8_t dir = mark_direction(lx, start, end);
        /* `”… what I learned` opening a paragraph and `percent.“` ending one:
         * the wrong curly mark, put where only the other one can stand */
        if (fixed == QUOTE_TOK_CLOSE && at_line_start(lx, start) && !at_line_end(lx, end))
                fixed = QUOTE_TOK_OPEN;
        else if (fixed == QUOTE_TOK_OPEN && at_line_end(lx, end) && !at_line_start(lx, start) &&
                 !g_unichar_isspace(char_before(lx, start)))
                fixed = QUOTE_TOK_CLOSE;
        /* A curly mark keeps its shape's direction unless its neighbours
         * clearly say the other (`”Quote”` from careless publishing tools). */
        if (fixed && dir != (QUOTE_TOK_OPEN | QUOTE_TOK_CLOSE))
                dir = fixed | dir;
        else if (fixed)
                dir = fixed;
        push(lx, start, end, QUOTE_TOK_MARK, dir, style);
}

/* A run of apostrophes: '' is a double mark (the New York Times writes ''Yes,''
 * he said); a third one is a single mark next to it, on the word's side. */
static void lex_apostrophes(Lexer *lx) {
        size_t n = 0;
        while (lx->pos + n < lx->len && lx->text[lx->pos + n] == '\'')
                n++;
        if (n < 2) {
                push(lx, lx->pos, lx->pos + 1, QUOTE_TOK_PUNCT, 0, 0);
                return;
        }
        bool word_follows = is_word_char(peek(lx, lx->pos + n));
        size_t extra = n - 2;
        /* `'''Hey` opens the double quote, then the single one; `case,'''`
         * closes the single one, then the double */
        if (word_follows) {
                lex_mark(lx, 2, QUOTE_STYLE_DOUBLED, 0);
                for (size_t i = 0; i < extra; i++)
                        push(lx, lx->pos, lx->pos + 1, QUOTE_TOK_PUNCT, 0, 0);
        } else {
                for (size_t i = 0; i < extra; i++)
                        push(lx, lx->pos, lx->pos + 1, QUOTE_TOK_PUNCT, 0, 0);
                lex_mark(lx, 2, QUOTE_STYLE_DOUBLED, 0);
        }
}

/* Inner characters that keep a word whole: it's, don’t, co-director, U.S, 2,000. */
static bool joins_word(const Lexer *lx, size_t word_start, size_t pos, size_t *ret_size) {
        size_t size;
        gunichar c = char_at(lx, pos, &size);
        /* JosÃ©, FranÃ\u0083Â§ois: UTF-8 read as Latin-1 once or twice over puts a
         * symbol or control character after Ã or Â inside a name, or at its end */
        gunichar before = char_before(lx, pos);
        bool latin1_symbol = c >= 0x80 && c <= 0xBF && c != 0xA0 && c != 0xAB && c != 0xBB;
        if (latin1_symbol && ((before >= 0xC0 && before <= 0xFF) || g_unichar_ismark(before))) {
                *ret_size = size;
                return true;
        }
        size_t next_size;
        if (pos + size >= lx->len || !is_word_char(char_at(lx, pos + size, &next_size)))
                return false;
        *ret_size = size;
        if (c == '\'' || c == 0x2019 || c == '-' || c == '&')
                return true;
        gunichar prev = char_before(lx, pos);
        gunichar next = peek(lx, pos + size);
        /* 2,000 and 3.5; 9/11 and 24/7 */
        if ((c == ',' || c == '.' || c == '/') && g_ascii_isdigit(prev) && g_ascii_isdigit(next))
                return true;
        /* U.S, p.m, e.g: one letter before the period and a letter after it */
        if (c == '.' && g_unichar_isalpha(next)) {
                const char *seg = lx->text + pos;
                size_t seg_len = 0;
                /* "(D-N.Y.)": after a hyphen too */
                while (seg > lx->text + word_start && seg[-1] != '.' && seg[-1] != '-') {
                        seg--;
                        seg_len++;
                }
                return seg_len == 1;
        }
        return false;
}

static void lex_word(Lexer *lx) {
        size_t start = lx->pos, pos = lx->pos, size;
        gunichar first = char_at(lx, pos, &size);
        for (;;) {
                while (pos < lx->len && is_word_char(char_at(lx, pos, &size)))
                        pos += size;
                if (pos >= lx->len || !joins_word(lx, start, pos, &size))
                        break;
                pos += size;
        }
        uint8_t flags = g_unichar_isupper(first) ? QUOTE_TOK_CAP : 0;
        push(lx, start, pos, QUOTE_TOK_WORD, flags, 0);
}

static void lex_space(Lexer *lx) {
        size_t pos = lx->pos, size, newlines = 0;
        size_t first_nl = 0, last_nl = 0;
        while (pos < lx->len) {
                gunichar c = char_at(lx, pos, &size);
                if (!is_space(c))
                        break;
                if (c == '\n') {
                        if (newlines == 0)
                                first_nl = pos;
                        last_nl = pos;
                        newlines++;
                }
                pos += size;
        }
        lx->space = true;
        if (newlines > 0) {
                push(lx, first_nl, last_nl + 1, QUOTE_TOK_BREAK, newlines > 1 ? QUOTE_TOK_BLANK : 0, 0);
                lx->space = true;
        }
        lx->pos = pos;
}

static void lex_punct(Lexer *lx, gunichar c, size_t size) {
        size_t n = 1;
        if (c == '.' || c == '-') {
                while (lx->pos + n < lx->len && lx->text[lx->pos + n] == (char) c)
                        n++;
                if (n < 2)
                        n = 1;
                push(lx, lx->pos, lx->pos + n, QUOTE_TOK_PUNCT, 0, 0);
                return;
        }
        push(lx, lx->pos, lx->pos + size, QUOTE_TOK_PUNCT, 0, 0);
}

/* `<tweet pic="pic.twitter.com/x">`: an attribute value in markup quotes
 * nobody; it is one punctuation token, up to its closing mark on the same line. */
static void lex_attribute_value(Lexer *lx) {
        size_t end = lx->pos + 1;
        while (end < lx->len && lx->text[end] != '"' && lx->text[end] != '\n')
                end++;
        if (end < lx->len && lx->text[end] == '"')
                end++;
        push(lx, lx->pos, end, QUOTE_TOK_PUNCT, 0, 0);
}

static void lex_one(Lexer *lx) {
        size_t size;
        gunichar c = char_at(lx, lx->pos, &size);
        if (is_space(c))
                lex_space(lx);
        else if (is_word_char(c))
                lex_word(lx);
        else if (c == '"' && char_before(lx, lx->pos) == '=')
                lex_attribute_value(lx);
        else if (c == '"')
                lex_mark(lx, size, QUOTE_STYLE_STRAIGHT, 0);
        else if (c == 0x201C || c == 0x201E || c == 0x201F)
                lex_mark(lx, size, QUOTE_STYLE_CURLY, QUOTE_TOK_OPEN);
        else if (c == 0x201D)
                lex_mark(lx, size, QUOTE_STYLE_CURLY, QUOTE_TOK_CLOSE);
        else if (c == 0xAB)
                lex_mark(lx, size, QUOTE_STYLE_GUILLEMET, QUOTE_TOK_OPEN);
        else if (c == 0xBB)
                lex_mark(lx, size, QUOTE_STYLE_GUILLEMET, QUOTE_TOK_CLOSE);
        else if (c == '\'')
                lex_apostrophes(lx);
        else if (c == '`' && lx->pos + 1 < lx->len && lx->text[lx->pos + 1] == '`')
                push(lx, lx->pos, lx->pos + 2, QUOTE_TOK_MARK, QUOTE_TOK_OPEN, QUOTE_STYLE_DOUBLED);
        else
                lex_punct(lx, c, size);
}

static bool tok_is_char(const char *text, const QuoteToken *tok, char c) {
        return tok->kind == QUOTE_TOK_PUNCT && tok->end == tok->start + 1 && text[tok->start] == c;
}

/* ’ after a sentence: the end of a single-quoted quotation */
static bool is_single_close(const char *text, const QuoteToken *tok) {
        return tok->kind == QUOTE_TOK_PUNCT && tok->end == tok->start + 3 &&
               memcmp(text + tok->start, "\xe2\x80\x99", 3) == 0;
}

static bool ends_line_of_prose(const char *text, const QuoteToken *tok) {
        if (tok->kind == QUOTE_TOK_MARK)
                return true;
        if (tok->kind != QUOTE_TOK_PUNCT)
                return false;
        return tok_is_char(text, tok, '.') || tok_is_char(text, tok, '!') ||
               tok_is_char(text, tok, '?') || tok_is_char(text, tok, ':') ||
               text[tok->start] == '.';
}

/* Wire copy wraps its lines at a fixed width: there a single newline is a space.
 * Elsewhere (one paragraph or sentence a line) every newline ends a paragraph. */
static bool lines_are_wrapped(const char *text, const GArray *tokens) {
        size_t soft = 0, hard = 0;
        for (size_t i = 1; i < tokens->len; i++) {
                const QuoteToken *t = &g_array_index(tokens, QuoteToken, i);
                if (t->kind != QUOTE_TOK_BREAK || (t->flags & QUOTE_TOK_BLANK))
                        continue;
                if (ends_line_of_prose(text, &g_array_index(tokens, QuoteToken, i - 1)))
                        hard++;
                else
                        soft++;
        }
        return soft >= 3 && soft > 2 * hard;
}

static void mark_paragraphs(const char *text, GArray *tokens) {
        bool wrapped = lines_are_wrapped(text, tokens);
        uint32_t para = 0;
        for (size_t i = 0; i < tokens->len; i++) {
                QuoteToken *t = &g_array_index(tokens, QuoteToken, i);
                t->para = para;
                if (t->kind == QUOTE_TOK_BREAK && (!wrapped || (t->flags & QUOTE_TOK_BLANK))) {
                        t->flags |= QUOTE_TOK_NEW_PARA;
                        para++;
                }
        }
}

static bool ends_sentence(const char *text, const GArray *tokens, size_t i, size_t *ret_last) {
        const QuoteToken *t = &g_array_index(tokens, QuoteToken, i);
        if (t->kind == QUOTE_TOK_BREAK) {
                *ret_last = i;
                return (t->flags & QUOTE_TOK_NEW_PARA) != 0;
        }
        if (!(tok_is_char(text, t, '.') || tok_is_char(text, t, '!') || tok_is_char(text, t, '?')))
                return false;
        size_t j = i + 1;
        while (j < tokens->len) {
                const QuoteToken *n = &g_array_index(tokens, QuoteToken, j);
                bool closing = !(n->flags & QUOTE_TOK_SPACE_BEFORE) &&
                               (n->kind == QUOTE_TOK_MARK || tok_is_char(text, n, ')') ||
                                tok_is_char(text, n, '\'') || is_single_close(text, n));
                if (!closing)
                        break;
                j++;
        }
        *ret_last = j - 1;
        if (j >= tokens->len)
                return true;
        const QuoteToken *n = &g_array_index(tokens, QuoteToken, j);
        if (n->kind == QUOTE_TOK_BREAK) {
                if (n->flags & QUOTE_TOK_NEW_PARA)
                        *ret_last = j; /* the break ends this sentence, not another one */
                return true;
        }
        const QuoteToken *prev = i > 0 ? &g_array_index(tokens, QuoteToken, i - 1) : NULL;
        if (tok_is_char(text, t, '.') && prev && prev->kind == QUOTE_TOK_WORD &&
            quote_tok_is_abbrev(text, prev))
                return false;
        if (!(n->flags & QUOTE_TOK_SPACE_BEFORE))
                return false;
        return (n->kind == QUOTE_TOK_WORD && ((n->flags & QUOTE_TOK_CAP) || g_ascii_isdigit(text[n->start]))) ||
               (n->kind == QUOTE_TOK_MARK && (n->flags & QUOTE_TOK_OPEN));
}

static void mark_sentences(const char *text, GArray *tokens) {
        uint32_t sentence = 0;
        for (size_t i = 0; i < tokens->len; i++) {
                size_t last;
                g_array_index(tokens, QuoteToken, i).sentence = sentence;
                if (!ends_sentence(text, tokens, i, &last))
                        continue;
                for (size_t j = i + 1; j <= last; j++)
                        g_array_index(tokens, QuoteToken, j).sentence = sentence;
                i = last;
                sentence++;
        }
}

GArray *quote_lex(const char *text, size_t len) {
        Lexer lx = {
                .text = text,
                .len = len,
                .space = true,
                .tokens = g_array_sized_new(false, false, sizeof(QuoteToken), len / 5 + 16),
        };
        while (lx.pos < lx.len)
                lex_one(&lx);
        mark_paragraphs(text, lx.tokens);
        mark_sentences(text, lx.tokens);
        return lx.tokens;
}

size_t quote_tok_at(const GArray *tokens, uint32_t offset) {
        size_t lo = 0, hi = tokens->len;
        while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (g_array_index(tokens, QuoteToken, mid).end <= offset)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return lo;
}

bool quote_tok_is(const char *text, const QuoteToken *tok, const char *word) {
        size_t n = strlen(word);
        return tok->end - tok->start == n && g_ascii_strncasecmp(text + tok->start, word, n) == 0;
}

bool quote_tok_lower(const char *text, const QuoteToken *tok, char *buf, size_t size) {
        size_t n = tok->end - tok->start;
        if (n + 1 > size) {
                if (size > 0)
                        buf[0] = '\0';
                return false;
        }
        for (size_t i = 0; i < n; i++)
                buf[i] = g_ascii_tolower(text[tok->start + i]);
        buf[n] = '\0';
        return true;
}

static int compare_str(const void *a, const void *b) {
        return strcmp(*(const char *const *) a, *(const char *const *) b);
}

bool quote_tok_is_abbrev(const char *text, const QuoteToken *tok) {
        /* sorted for bsearch */
        static const char *const abbrevs[] = {
                "adm",  "amb",  "apr",  "atty", "aug",  "capt", "cmdr", "co",   "col",  "corp",
                "dec",  "del",  "dept", "dr",   "feb",  "fla",  "ft",   "gen",  "gov",  "inc",
                "jan",  "jr",   "jul",  "jun",  "lt",   "ltd",  "maj",  "mar",  "mr",   "mrs",
                "ms",   "mt",   "no",   "nov",  "oct",  "pres", "prof", "rep",  "reps", "rev",
                "sen",  "sens", "sep",  "sept", "sgt",  "sr",   "st",   "supt", "vs",
        };
        size_t n = tok->end - tok->start;
        if (n == 1 && g_ascii_isupper(text[tok->start]))
                return true; /* an initial: Charles B. Rangel */
        if (memchr(text + tok->start, '.', n))
                return true; /* U.S, p.m: wrong only at a sentence's very end */
        char buf[8];
        if (!quote_tok_lower(text, tok, buf, sizeof buf))
                return false;
        const char *key = buf;
        return bsearch(&key, abbrevs, G_N_ELEMENTS(abbrevs), sizeof abbrevs[0], compare_str) != NULL;
}
