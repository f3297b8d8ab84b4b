/* Groups the tokenizer's tokens into sentences, one token at a time. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* What the tokenizer saw; only the sentence splitter looks at it. */
typedef enum {
        DOSSIER_TOKEN_WORD,     /* starts with a letter (also URLs, e-mail addresses) */
        DOSSIER_TOKEN_NUMBER,   /* starts with a digit */
        DOSSIER_TOKEN_ABBREV,   /* U.S. Inc. Jan.: ends a sentence only before a typical first word */
        DOSSIER_TOKEN_INITIAL,  /* J.: like ABBREV, with fewer first words (surnames follow) */
        DOSSIER_TOKEN_TITLE,    /* Mr. Sen. Gov. No. 5: never ends a sentence */
        DOSSIER_TOKEN_STOP,     /* . ! ? and runs of them */
        DOSSIER_TOKEN_ELLIPSIS, /* ... or U+2026 */
        DOSSIER_TOKEN_DQUOTE,   /* straight ": opens or closes by context */
        DOSSIER_TOKEN_SQUOTE,   /* straight ' (not an apostrophe inside a word) */
        DOSSIER_TOKEN_OPEN_DQ,  /* U+201C U+201E U+00AB */
        DOSSIER_TOKEN_CLOSE_DQ, /* U+201D U+00BB */
        DOSSIER_TOKEN_OPEN,     /* ( [ { U+2018 */
        DOSSIER_TOKEN_CLOSE,    /* ) ] } U+2019 */
        DOSSIER_TOKEN_SYMBOL,   /* any other punctuation or symbol */
} DossierTokenKind;

enum {
        DOSSIER_TOKEN_SPACE_BEFORE = 1 << 0,   /* whitespace between it and the token before */
        DOSSIER_TOKEN_NEWLINE_BEFORE = 1 << 1, /* that whitespace holds a line break */
        DOSSIER_TOKEN_UPPER = 1 << 2,          /* its first character is an upper-case letter */
};

typedef struct DossierSplitter {
        const char *text;
        uint32_t article;
        GArray *tokens;    /* of DossierToken, not owned */
        GArray *sentences; /* of DossierSpan, not owned */
        uint32_t sentence_start;
        uint32_t last_end;
        bool open;      /* the current sentence has at least one token */
        bool in_dquote; /* inside a double-quoted passage of the current line */
        uint8_t state;
} DossierSplitter;

void dossier_splitter_init(DossierSplitter *sp, const char *text, uint32_t article,
                           GArray *tokens, GArray *sentences);
/* Appends the token [start, end) with its sentence index. */
void dossier_splitter_push(DossierSplitter *sp, uint32_t start, uint32_t end,
                           DossierTokenKind kind, unsigned flags);
/* Closes the last sentence. */
void dossier_splitter_finish(DossierSplitter *sp);

G_END_DECLS
