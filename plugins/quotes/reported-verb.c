/* quotes plugin: reported speech, the verb forms around a reporting verb (see
 * reported-verb.h).
 * SPDX-License-Identifier: MIT */
#include "reported-verb.h"

#include <string.h>

#include "reported-words.h"

uint8_t reported_verb_flags(const Attr *a, long v) {
        char buf[WORD_MAX];
        if (!is_kind(a, v, QUOTE_TOK_WORD) || !quote_tok_lower(a->text, &a->t[v], buf, sizeof buf))
                return 0;
        return reported_word_class(buf);
}

/* Auxiliaries, negations and adverbs between a subject and its verb: "has long
 * argued", "did not deny", "is expected". */
bool reported_verb_helper(const Attr *a, long i) {
        static const char *const helpers[] = { "is", "are", "was", "were", "be", "been", "has", "have", "had",
                                               "will", "would", "can", "could", "should", "may", "might",
                                               "must", "do", "does", "did", "not", "never", "also", "still",
                                               "already", "long", "now", "often", "even", "always", "once",
                                               "repeatedly", "publicly", "privately", "later", "first",
                                               "previously", "recently", "reportedly", "just" };
        if (is_adverb(a, i))
                return true;
        for (size_t k = 0; k < G_N_ELEMENTS(helpers); k++)
                if (word_is(a, i, helpers[k]))
                        return true;
        return false;
}

/* Where the subject's words end before the verb at @v: the first of its helpers. */
long reported_verb_group_start(const Attr *a, long v) {
        long k = v;
        while (k > 0 && v - k < 4 && same_sentence(a, k - 1, v) &&
               (reported_verb_helper(a, k - 1) || (word_in(a, k - 1, quote_word_is_time) && word_is(a, k - 2, "on"))))
                k -= word_in(a, k - 1, quote_word_is_time) && word_is(a, k - 2, "on") ? 2 : 1;
        /* "doesn't", "didn't": the lexer keeps the contraction in one word */
        return k;
}

/* A lower-case word that can be a clause's first verb: an auxiliary, a
 * reporting verb, or a past form ("voiced", "endorsed"). */
bool reported_verbish(const Attr *a, long k) {
        /* irregular past forms: "the email came hours after" */
        static const char *const irregular[] = { "came", "went", "made", "took", "gave", "got", "began", "became",
                                                 "left", "met", "ran", "won", "lost", "saw", "brought", "paid",
                                                 "sent", "spent", "held", "kept", "led", "put", "cut", "fell",
                                                 "rose", "grew", "drew", "built", "broke", "chose", "hit", "let" };
        if (!is_kind(a, k, QUOTE_TOK_WORD) || is_cap(a, k))
                return false;
        if ((reported_verb_helper(a, k) && !is_adverb(a, k)) || reported_verb_flags(a, k) != 0)
                return true;
        for (size_t i = 0; i < G_N_ELEMENTS(irregular); i++)
                if (word_is(a, k, irregular[i]))
                        return true;
        const QuoteToken *t = &a->t[k];
        return t->end - t->start > 4 && memcmp(a->text + t->end - 2, "ed", 2) == 0;
}

/* A past form is never a noun: "three said" is a clause, "his claims" is not. */
bool reported_past_form(const Attr *a, long v) {
        static const char *const irregular[] = { "said", "told", "thought", "knew", "wrote", "found", "felt",
                                                 "sought", "spoke", "showed" };
        const QuoteToken *t = &a->t[v];
        if (t->end - t->start > 3 && memcmp(a->text + t->end - 2, "ed", 2) == 0)
                return true;
        for (size_t k = 0; k < G_N_ELEMENTS(irregular); k++)
                if (word_is(a, v, irregular[k]))
                        return true;
        return false;
}

bool reported_ing_form(const Attr *a, long v) {
        const QuoteToken *t = &a->t[v];
        return t->end - t->start > 4 && memcmp(a->text + t->end - 3, "ing", 3) == 0;
}

/* A base form that is as often a noun ("their support", "a roll-call vote"):
 * a verb only after a pronoun subject or an auxiliary ("they support", "would
 * vote for", "don't favor"). */
bool reported_noun_like_base(const Attr *a, long v) {
        static const char *const bases[] = { "favor", "support", "vote" };
        static const char *const before[] = { "i", "we", "they", "you", "would", "will", "can", "could", "should",
                                              "must", "might", "may", "do", "did", "don't", "didn't", "won't",
                                              "wouldn't", "can't", "not", "also", "still", "strongly" };
        bool base = false;
        for (size_t k = 0; k < G_N_ELEMENTS(bases) && !base; k++)
                base = word_is(a, v, bases[k]);
        if (!base)
                return false;
        char buf[WORD_MAX];
        if (!is_kind(a, v - 1, QUOTE_TOK_WORD) || !quote_tok_lower(a->text, &a->t[v - 1], buf, sizeof buf))
                return true;
        for (size_t k = 0; k < G_N_ELEMENTS(before); k++)
                if (strcmp(buf, before[k]) == 0)
                        return false;
        return true;
}
