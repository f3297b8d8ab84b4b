/* quotes plugin: who said it. Finds the cue verb and the speaker mention next to
 * each quotation, and the clearest cases of reported speech.
 * SPDX-License-Identifier: MIT
 *
 * Pure functions on text and tokens: no SDK calls, so the unit tests compile this
 * file directly. Pronouns are left for the caller, which knows the actors. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "quote-lex.h"

G_BEGIN_DECLS

/* Speaker mention kinds. */
enum {
        QUOTE_SPEAKER_NAME = 1,        /* "Senator Bill Hagerty", "Trump" */
        QUOTE_SPEAKER_PRONOUN = 2,     /* "he", "she", "they" */
        QUOTE_SPEAKER_DESCRIPTION = 3, /* "a source familiar with the discussions" */
};

#define QUOTE_MAX_SPEAKERS 4

/**
 * QuoteSpeaker:
 * @start, @end: the mention as written, titles included ("Senator Bill Hagerty")
 * @name_start, @name_end: NAME: the name without titles ("Bill Hagerty"); other
 *   kinds: the same as @start, @end
 */
typedef struct QuoteSpeaker {
        uint32_t start;
        uint32_t end;
        uint32_t name_start;
        uint32_t name_end;
        uint8_t kind;
} QuoteSpeaker;

/**
 * QuoteFound:
 * @start, @end: the quoted words with their quotation marks (direct), or the
 *   reported clause with a leading "that" and without the final period
 * @first_tok, @last_tok: the same as token indices
 * @speakers: in text order; none when the text does not say who spoke
 */
typedef struct QuoteFound {
        uint32_t start;
        uint32_t end;
        uint32_t first_tok;
        uint32_t last_tok;
        bool direct;
        uint8_t n_speakers;
        QuoteSpeaker speakers[QUOTE_MAX_SPEAKERS];
} QuoteFound;

/**
 * QuoteOptions:
 * @min_words: quotations with fewer words are scare quotes, unless a speech verb
 *   follows them at once (`"No," he said`)
 * @reported_speech: also find reported speech ("X said that ...")
 */
typedef struct QuoteOptions {
        uint32_t min_words;
        bool reported_speech;
} QuoteOptions;

/**
 * quote_find:
 * @text: UTF-8 text, @len bytes
 * @ret_tokens: (out) (optional) (transfer full): the tokens the offsets came from;
 *   free with g_array_unref()
 *
 * Returns: (transfer full): QuoteFound values in text order; free with g_array_unref().
 */
GArray *quote_find(const char *text, size_t len, const QuoteOptions *options,
                   GArray **ret_tokens);

G_END_DECLS
