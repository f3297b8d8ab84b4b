/* quotes plugin: a small lexer made for finding quotations.
 * SPDX-License-Identifier: MIT
 *
 * The host's tokens do not say which quotation marks open and which close, nor
 * where a paragraph ends; this lexer does, in one pass over the body. It calls no
 * SDK function, so the unit tests compile it directly. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* Token kinds. */
enum {
        QUOTE_TOK_WORD = 1,  /* letters and digits, with inner ' ’ - and U.S.-style periods */
        QUOTE_TOK_PUNCT = 2, /* one punctuation character, or "...", "--" */
        QUOTE_TOK_MARK = 3,  /* a double quotation mark: " “ ” „ ‟ « » '' `` */
        QUOTE_TOK_BREAK = 4, /* whitespace holding one or more newlines */
};

/* Token flags. */
enum {
        QUOTE_TOK_CAP = 1 << 0,          /* WORD: starts with an upper-case letter */
        QUOTE_TOK_SPACE_BEFORE = 1 << 1, /* whitespace (or the start) right before */
        QUOTE_TOK_OPEN = 1 << 2,         /* MARK: can open a quotation */
        QUOTE_TOK_CLOSE = 1 << 3,        /* MARK: can close a quotation */
        QUOTE_TOK_NEW_PARA = 1 << 4,     /* BREAK: ends a paragraph (not a wrapped line) */
        QUOTE_TOK_BLANK = 1 << 5,        /* BREAK: holds a blank line */
};

/* Quotation mark styles, for pairing. */
enum {
        QUOTE_STYLE_STRAIGHT = 1, /* " */
        QUOTE_STYLE_CURLY = 2,    /* “ ” „ ‟ */
        QUOTE_STYLE_DOUBLED = 3,  /* '' and `` (New York Times, TeX) */
        QUOTE_STYLE_GUILLEMET = 4,
};

typedef struct QuoteToken {
        uint32_t start;
        uint32_t end;
        uint32_t para;     /* paragraph index */
        uint32_t sentence; /* sentence index, counted across the body */
        uint8_t kind;
        uint8_t flags;
        uint8_t style; /* MARK only */
} QuoteToken;

/**
 * quote_lex:
 * @text: UTF-8 text (need not be NUL-terminated)
 * @len: its length in bytes
 *
 * Returns: (transfer full): the tokens in text order, with paragraph and sentence
 *   indices filled; free with g_array_unref().
 */
GArray *quote_lex(const char *text, size_t len);

/* Returns: the index of the first token that ends after @offset (tokens->len when none). */
size_t quote_tok_at(const GArray *tokens, uint32_t offset);

/* Returns true when the WORD token equals @word, ignoring ASCII case. */
bool quote_tok_is(const char *text, const QuoteToken *tok, const char *word);

/* Copies the token's text, lower-cased (ASCII), into @buf of @size bytes; returns
 * false (and an empty @buf) when it does not fit. */
bool quote_tok_lower(const char *text, const QuoteToken *tok, char *buf, size_t size);

/* Returns true when a period after this WORD does not end a sentence ("Mr", "U.S", "B"). */
bool quote_tok_is_abbrev(const char *text, const QuoteToken *tok);

G_END_DECLS
