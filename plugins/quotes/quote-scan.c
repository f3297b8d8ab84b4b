/* quotes plugin: pairing quotation marks (see quote-scan.h).
 * SPDX-License-Identifier: MIT */
#include "quote-scan.h"

#include <string.h>

#define MAX_DEPTH 8

typedef struct Pairing {
        const char *text;
        const GArray *tokens;
        GArray *spans;
        uint32_t stack[MAX_DEPTH]; /* token indices of the open marks, outermost first */
        size_t depth;
} Pairing;

static const QuoteToken *tok(const Pairing *p, size_t i) {
        return &g_array_index(p->tokens, QuoteToken, i);
}

static uint8_t open_style(const Pairing *p, size_t level) {
        return tok(p, p->stack[level])->style;
}

static void emit(Pairing *p, uint32_t open, uint32_t close) {
        QuoteSpan span = { .open = open, .close = close };
        for (uint32_t i = open + 1; i < close; i++)
                if (tok(p, i)->kind == QUOTE_TOK_WORD)
                        span.n_words++;
        g_array_append_val(p->spans, span);
}

/* Closes the innermost open mark of @style; a close of another style still closes
 * a lone open mark (publishers mix `"` and `”`). Returns false when nothing closed. */
static bool close_mark(Pairing *p, uint32_t i) {
        uint8_t style = tok(p, i)->style;
        size_t level = p->depth;
        while (level > 0 && open_style(p, level - 1) != style)
                level--;
        if (level == 0) {
                if (p->depth != 1)
                        return false;
                level = 1;
        }
        p->depth = level - 1;
        if (p->depth == 0)
                emit(p, p->stack[0], i);
        return true;
}

static bool style_is_open(const Pairing *p, uint8_t style) {
        for (size_t level = 0; level < p->depth; level++)
                if (open_style(p, level) == style)
                        return true;
        return false;
}

/* A curly opening mark inside a curly quotation nests when two closing marks
 * follow in its paragraph before any other opening one (`“... what he calls
 * “hell” than live ...”`, a writer's slip for ‘hell’). */
static bool nests_same_style(const Pairing *p, uint32_t i) {
        const QuoteToken *mark = tok(p, i);
        if (mark->style != QUOTE_STYLE_CURLY || (mark->flags & QUOTE_TOK_CLOSE))
                return false;
        int closes = 0;
        for (size_t j = i + 1; j < p->tokens->len && tok(p, j)->para == mark->para; j++) {
                const QuoteToken *t = tok(p, j);
                if (t->kind != QUOTE_TOK_MARK || t->style != mark->style)
                        continue;
                if (!(t->flags & QUOTE_TOK_CLOSE))
                        return false;
                if (++closes == 2)
                        return true;
        }
        return false;
}

static void open_mark(Pairing *p, uint32_t i) {
        /* English nests another style (“ inside "); the same style again means the
         * earlier mark paired with nothing: start over from this one. */
        if (style_is_open(p, tok(p, i)->style) && !nests_same_style(p, i))
                p->depth = 0;
        if (p->depth < MAX_DEPTH)
                p->stack[p->depth++] = i;
}

static void on_mark(Pairing *p, uint32_t i) {
        uint8_t flags = tok(p, i)->flags;
        if (p->depth == 0) {
                if (flags & QUOTE_TOK_OPEN)
                        p->stack[p->depth++] = i;
                return;
        }
        if ((flags & QUOTE_TOK_CLOSE) && style_is_open(p, tok(p, i)->style)) {
                (void) close_mark(p, i);
                return;
        }
        if (flags & QUOTE_TOK_OPEN) {
                open_mark(p, i);
                return;
        }
        (void) close_mark(p, i);
}

/* A quotation that runs over paragraphs leaves each one open and opens the next
 * again; anything else open at a paragraph's end paired with nothing.
 * Returns the token to go on from. */
static size_t on_paragraph_end(Pairing *p, size_t i) {
        if (p->depth == 0)
                return i;
        size_t j = i + 1;
        while (j < p->tokens->len && tok(p, j)->kind == QUOTE_TOK_BREAK)
                j++;
        if (p->depth == 1 && j < p->tokens->len && tok(p, j)->kind == QUOTE_TOK_MARK &&
            (tok(p, j)->flags & QUOTE_TOK_OPEN) && tok(p, j)->style == open_style(p, 0))
                return j;
        p->depth = 0;
        return i;
}

uint32_t quote_headline_end(const char *text, const GArray *tokens) {
        size_t words = 0, caps = 0, i = 0;
        while (i < tokens->len && g_array_index(tokens, QuoteToken, i).kind == QUOTE_TOK_BREAK)
                i++;
        uint32_t para = i < tokens->len ? g_array_index(tokens, QuoteToken, i).para : 0;
        const QuoteToken *last = NULL;
        for (; i < tokens->len; i++) {
                const QuoteToken *t = &g_array_index(tokens, QuoteToken, i);
                if (t->para != para || t->kind == QUOTE_TOK_BREAK)
                        break;
                if (t->kind == QUOTE_TOK_WORD) {
                        words++;
                        caps += (t->flags & QUOTE_TOK_CAP) != 0;
                }
                if (t->kind != QUOTE_TOK_MARK)
                        last = t;
        }
        size_t rest = i;
        while (rest < tokens->len && g_array_index(tokens, QuoteToken, rest).kind == QUOTE_TOK_BREAK)
                rest++;
        if (words == 0 || words > 30 || rest >= tokens->len)
                return 0;
        bool final_punct = last && last->kind == QUOTE_TOK_PUNCT && strchr(".?!", text[last->start]);
        bool title_case = caps * 10 >= words * 6;
        return (!final_punct || title_case) ? (uint32_t) i : 0;
}

GArray *quote_scan(const char *text, const GArray *tokens) {
        Pairing p = {
                .text = text,
                .tokens = tokens,
                .spans = g_array_new(false, false, sizeof(QuoteSpan)),
        };
        for (size_t i = 0; i < tokens->len; i++) {
                const QuoteToken *t = tok(&p, i);
                if (t->kind == QUOTE_TOK_MARK)
                        on_mark(&p, (uint32_t) i);
                else if (t->kind == QUOTE_TOK_BREAK && (t->flags & QUOTE_TOK_NEW_PARA))
                        i = on_paragraph_end(&p, i);
        }
        return p.spans;
}
