/* quotes plugin: who "he" and "she" are. A pronoun speaker is resolved to the
 * nearest person mentioned before it whose gender, when known, agrees; when two
 * people could be meant, it stays unresolved.
 * SPDX-License-Identifier: MIT */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

enum {
        QUOTE_GENDER_UNKNOWN = 0,
        QUOTE_GENDER_MALE = 1,
        QUOTE_GENDER_FEMALE = 2,
        QUOTE_GENDER_PLURAL = 3,
};

/* Returns: the gender of he/she/they (any case), QUOTE_GENDER_UNKNOWN for any other word. */
uint8_t quote_pronoun_gender(const char *word, size_t len);

/**
 * quote_name_gender:
 * @name: a name as written, @len bytes: "Mr. Rubio", "Hillary Clinton", "Trump"
 *
 * Returns: the gender that a title (Mr., Mrs., Ms.) or a common first name gives,
 *   else QUOTE_GENDER_UNKNOWN.
 */
uint8_t quote_name_gender(const char *name, size_t len);

/**
 * QuoteCandidate:
 * @start: byte offset of the mention
 * @sentence: its sentence index
 * @para: its paragraph index
 * @entity: who it names: mentions of one person share it
 * @gender: QUOTE_GENDER_*
 * @pronoun: a he or she that opens its sentence: that sentence goes on about
 *   someone named earlier, so its other mentions are not the antecedent
 * @speaker: the mention is a quote's speaker
 */
typedef struct QuoteCandidate {
        uint32_t start;
        uint32_t sentence;
        uint32_t para;
        uint32_t entity;
        uint8_t gender;
        bool pronoun;
        bool speaker;
} QuoteCandidate;

/**
 * quote_pronoun_resolve:
 * @cands: the person mentions, sorted by @start
 * @pos: where the pronoun is; only mentions before it count
 * @min_para, @min_sentence: mentions before both are too far back (one sentence
 *   a line, as on Wikinews, makes paragraphs short)
 * @gender: the pronoun's gender; QUOTE_GENDER_PLURAL never resolves (a "they"
 *   that names one person is too rare to guess)
 *
 * The antecedent is the first mention (the subject, usually) of someone whose
 * gender agrees, in the nearest earlier sentence that has one; a sentence that
 * opens with a pronoun of the same gender talks about someone earlier still. A
 * mention whose gender is not known gives way to an earlier speaker whose gender
 * is known to agree ("Current PowerPC programs ... He said" is Steve Jobs).
 * Returns: the index in @cands of the antecedent, or -1.
 */
long quote_pronoun_resolve(const QuoteCandidate *cands, size_t n, uint32_t pos, uint32_t min_para,
                           uint32_t min_sentence, uint8_t gender);

G_END_DECLS
