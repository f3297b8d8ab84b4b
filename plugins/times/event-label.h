/* Dated events: which time expressions of a sentence date an event, and its label.
 * SPDX-License-Identifier: MIT
 *
 * SDK-free like the rest of the core (event-*.c): unit tests compile it in. */
#pragma once

#include "timex.h"

G_BEGIN_DECLS

/* What an actor mention is, for pronouns: "he" and "she" stand for people,
 * "it" and "the company" for organisations. */
typedef enum {
        EVENT_ACTOR_OTHER,
        EVENT_ACTOR_PERSON,
        EVENT_ACTOR_ORG,
} EventActorKind;

/**
 * EventMention:
 * @start, @end: the mention's bytes in the text
 * @name: the actor's canonical name ("Mary Barra" for a mention "Barra")
 * @kind: an EventActorKind
 * @back: how many sentences before the event's sentence it is (0: in it)
 */
typedef struct EventMention {
        uint32_t start, end;
        const char *name;
        uint8_t kind;
        uint8_t back;
} EventMention;

/**
 * EventExpr:
 * @first, @n: the expression's words in EventSentence.words
 * @precision: how fine its value is (larger is finer: a day beats a month)
 */
typedef struct EventExpr {
        size_t first, n;
        int precision;
} EventExpr;

/**
 * EventSentence:
 * @words: the sentence's words (timex_words_split()) over @text
 * @exprs: the dated expressions of the sentence, in text order
 * @prev_words: (nullable): the words of the sentence before, over @text
 * @mentions: (nullable): actor mentions from the start of the third sentence
 *   before to the end of this one, sorted by start; they resolve a pronoun
 *   subject ("She", "It", "The company") and shorten speakers to surnames
 */
typedef struct EventSentence {
        const TimexWord *words;
        size_t n_words;
        const char *text;
        const EventExpr *exprs;
        size_t n_exprs;
        const TimexWord *prev_words;
        size_t n_prev_words;
        const EventMention *mentions;
        size_t n_mentions;
} EventSentence;

/**
 * event_label_pick:
 * @ret_keep: (out caller-allocates): one flag per expression of @s
 *
 * One sentence tells one event per clause: of the expressions whose label
 * would come from the same clause, only the finest dates it.
 */
void event_label_pick(const EventSentence *s, bool *ret_keep);

/**
 * event_label_make:
 * @expr: the index in @s->exprs of the expression that dates the event
 * @max_chars: the label's length limit in characters (an ellipsis is added when cut)
 *
 * Returns: (transfer full): a short label of the clause that holds the time
 *   expression, without the expression and leading adverbials, or "" when the
 *   sentence says nothing but the date; free with g_free().
 */
char *event_label_make(const EventSentence *s, size_t expr, size_t max_chars);

G_END_DECLS
