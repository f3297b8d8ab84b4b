/* quotes plugin: the token view and speaker mentions that direct quotes
 * (attribution.c, attr-*.c) and reported speech (reported*.c) share.
 * SPDX-License-Identifier: MIT
 *
 * Internal to the plugin's core: no SDK calls. The token tests are inline since
 * every cue search runs them on each token. */
#pragma once

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "attribution.h"
#include "quote-lex.h"
#include "quote-scan.h"
#include "quote-words.h"

G_BEGIN_DECLS

#define WORD_MAX 32        /* longer words are in no table */
#define REGION_MAX 14      /* tokens in a speaker mention */
#define APPOSITIVE_MAX 30  /* tokens in ", a close Trump ally," */
#define POST_VERB_MAX 30   /* tokens between a closing mark and its verb */
#define PRE_VERB_MAX 8     /* tokens between a verb and the opening mark */
#define DESCRIPTION_MAX 10 /* words in a description */

/* One body being attributed; quote_of and used are written as cues are found. */
typedef struct Attr {
        const char *text;
        const QuoteToken *t;
        long n;
        const QuoteOptions *opt;
        int32_t *quote_of; /* per token: the direct quote holding it, or -1 */
        uint8_t *used;     /* per token: a cue or speaker already */
        uint32_t headline; /* tokens before it are the headline's */
} Attr;

typedef struct Speakers {
        uint8_t n;
        QuoteSpeaker s[QUOTE_MAX_SPEAKERS];
        long cue; /* token index of the verb, -1 when there is none */
} Speakers;

typedef enum Side { SIDE_BEFORE, SIDE_AFTER } Side;

/* ---- token tests ---------------------------------------------------------- */

static inline bool valid(const Attr *a, long i) {
        return i >= 0 && i < a->n;
}

/* The token that starts at byte @offset. */
static inline long quote_tok_at_offset(const Attr *a, uint32_t offset) {
        long lo = 0, hi = a->n;
        while (lo < hi) {
                long mid = lo + (hi - lo) / 2;
                if (a->t[mid].start < offset)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return lo;
}

static inline bool is_kind(const Attr *a, long i, uint8_t kind) {
        return valid(a, i) && a->t[i].kind == kind;
}

static inline bool word_in(const Attr *a, long i, bool (*list)(const char *)) {
        char buf[WORD_MAX];
        return is_kind(a, i, QUOTE_TOK_WORD) && quote_tok_lower(a->text, &a->t[i], buf, sizeof buf) &&
               list(buf);
}

static inline bool word_is(const Attr *a, long i, const char *word) {
        return is_kind(a, i, QUOTE_TOK_WORD) && quote_tok_is(a->text, &a->t[i], word);
}

static inline bool punct_is(const Attr *a, long i, const char *p) {
        return is_kind(a, i, QUOTE_TOK_PUNCT) && quote_tok_is(a->text, &a->t[i], p);
}

static inline bool is_cap(const Attr *a, long i) {
        return is_kind(a, i, QUOTE_TOK_WORD) && (a->t[i].flags & QUOTE_TOK_CAP);
}

static inline bool is_dash(const Attr *a, long i) {
        return punct_is(a, i, "-") || punct_is(a, i, "--") || punct_is(a, i, "\u2013") ||
               punct_is(a, i, "\u2014") || punct_is(a, i, "\u2015");
}

static inline bool is_final_punct(const Attr *a, long i) {
        return punct_is(a, i, ".") || punct_is(a, i, "!") || punct_is(a, i, "?");
}

/* The period of "Mr." or of the initial in "Charles B. Rangel". */
static inline bool is_abbrev_dot(const Attr *a, long i) {
        return punct_is(a, i, ".") && !(a->t[i].flags & QUOTE_TOK_SPACE_BEFORE) &&
               is_kind(a, i - 1, QUOTE_TOK_WORD) && quote_tok_is_abbrev(a->text, &a->t[i - 1]);
}

static inline bool is_possessive(const Attr *a, long i) {
        if (!is_kind(a, i, QUOTE_TOK_WORD))
                return false; /* before reading the token: @i may be -1 */
        const QuoteToken *t = &a->t[i];
        const char *end = a->text + t->end;
        return t->end - t->start > 2 &&
               ((end[-2] == '\'' && end[-1] == 's') ||
                (t->end - t->start > 4 && memcmp(end - 4, "\u2019s", 4) == 0));
}

/* A lower-case word in -ly: "also", "repeatedly"; not the nouns "family",
 * "rally", "ally", "assembly", "supply", "reply" ("the rally denounced"). */
static inline bool is_adverb(const Attr *a, long i) {
        static const char *const nouns[] = { "family", "rally", "ally", "assembly", "supply", "reply", "anomaly",
                                             "monopoly", "bully", "daily", "weekly", "monthly", "quarterly" };
        const QuoteToken *t = &a->t[i];
        if (!is_kind(a, i, QUOTE_TOK_WORD) || (t->flags & QUOTE_TOK_CAP) || t->end - t->start <= 4 ||
            a->text[t->end - 2] != 'l' || a->text[t->end - 1] != 'y')
                return false;
        for (size_t k = 0; k < G_N_ELEMENTS(nouns); k++)
                if (quote_tok_is(a->text, t, nouns[k]))
                        return false;
        return true;
}

static inline bool same_sentence(const Attr *a, long i, long j) {
        return a->t[i].sentence == a->t[j].sentence;
}

/* A copula or auxiliary: "is", "were", "has". */
static inline bool is_aux(const Attr *a, long i) {
        static const char *const aux[] = { "is", "are", "was", "were", "be", "been", "has", "have",
                                           "had", "will", "would", "can", "could", "should", "may",
                                           "might", "must" };
        for (size_t k = 0; k < G_N_ELEMENTS(aux); k++)
                if (word_is(a, i, aux[k]))
                        return true;
        return false;
}

/* A lower-case word shaped like a verb form: "remembered", "commenting". */
static inline bool is_verb_form(const Attr *a, long i) {
        if (!is_kind(a, i, QUOTE_TOK_WORD))
                return false; /* before reading the token: @i may be out of range */
        const QuoteToken *t = &a->t[i];
        size_t n = t->end - t->start;
        const char *end = a->text + t->end;
        return !(t->flags & QUOTE_TOK_CAP) && n > 4 &&
               (memcmp(end - 2, "ed", 2) == 0 || memcmp(end - 3, "ing", 3) == 0);
}

/* A cue word used as a verb: "reports" in "Intelligence reports also suggest" is
 * a noun, since a verb follows it. */
static inline bool is_cue(const Attr *a, long i, bool (*list)(const char *)) {
        if (!word_in(a, i, list))
                return false;
        if (word_in(a, i - 1, quote_word_is_det) || is_possessive(a, i - 1))
                return false; /* "his remarks", "Friday's tweets" */
        /* "the earnings reports were a little disappointing": a verb follows */
        if (is_aux(a, i + 1))
                return false;
        long j = i + 1;
        while (word_in(a, j, quote_word_is_between) || is_adverb(a, j))
                j++;
        return j == i + 1 || !word_in(a, j, quote_word_is_cue);
}

/* ---- speaker mentions (attr-mention.c, attr-subject.c) --------------------- */

/* Adds the mention [@s, @e) with its name [@ns, @ne), keeping text order. */
void attr_add_speaker(Speakers *sp, const Attr *a, uint8_t kind, long s, long e, long ns, long ne);

/* Reads [@s, @e) as a speaker mention: a pronoun, names, or a description. */
bool attr_classify(const Attr *a, long s, long e, Side side, Speakers *sp);

/* The subject of the verb at @v: the words right before it, back to its clause's start. */
bool attr_subject_before(const Attr *a, long v, Speakers *sp);

/* The speaker after a verb, starting at @i: "said Senator Bill Hagerty, ...". */
bool attr_speaker_after(const Attr *a, long i, Speakers *sp);

/* The subject that opens the sentence holding @v (a pronoun or a name). */
bool attr_sentence_subject(const Attr *a, long v, Speakers *sp);

/* ---- direct quotes (attribution.c) ------------------------------------------ */

/* The direct quote @span, marks included, with the speakers in @sp. */
QuoteFound attr_found_direct(const Attr *a, const QuoteSpan *span, const Speakers *sp);

G_END_DECLS
