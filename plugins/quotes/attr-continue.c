/* quotes plugin: a speaker carried on across quotations (see attr-continue.h).
 * SPDX-License-Identifier: MIT */
#include "attr-continue.h"

#include <string.h>

/* The token at @i opens its paragraph. */
static bool opens_paragraph(const Attr *a, long i) {
        return i == 0 || is_kind(a, i - 1, QUOTE_TOK_BREAK);
}

/* The sentence holding @i ends its paragraph: `"...," he tweeted during the game.` */
static bool ends_paragraph(const Attr *a, long i) {
        long j = i + 1;
        while (j < a->n && same_sentence(a, i, j) && !is_kind(a, j, QUOTE_TOK_BREAK))
                j++;
        return j >= a->n || (is_kind(a, j, QUOTE_TOK_BREAK) && (a->t[j].flags & QUOTE_TOK_NEW_PARA));
}

/* The one sentence between the token @from and the mark @open opens with "he"
 * or "she": `"A," X said. He did not say more. "B."` goes on with X. */
static bool pronoun_sentence(const Attr *a, long from, long open) {
        long s = from + 1;
        while (s < open && a->t[s].sentence == a->t[from].sentence)
                s++;
        return s < open && (word_is(a, s, "he") || word_is(a, s, "she")) && is_final_punct(a, open - 1);
}

/* A quotation with no attribution of its own goes on from the one before when
 * it starts the sentence right after that one's attribution
 * (`"A," said X, in an interview. "B."`), or opens the paragraph right after the
 * one that ended with it: news prose gives a long quotation one attribution and
 * lets the next paragraphs run on. */
bool attr_continues(const Attr *a, const QuoteFound *prev, long prev_anchor, const QuoteSpan *span) {
        if (prev->n_speakers == 0 || !prev->direct)
                return false;
        const QuoteToken *open = &a->t[span->open];
        const QuoteToken *anchor = &a->t[prev_anchor];
        if (open->para == anchor->para)
                return open->sentence <= anchor->sentence + 1 ||
                       (open->sentence == anchor->sentence + 2 && pronoun_sentence(a, prev_anchor, span->open));
        return open->para == anchor->para + 1 && opens_paragraph(a, span->open) &&
               ends_paragraph(a, prev_anchor);
}

/* A quotation that is a sentence of its own (`''We're America.''`): no scare
 * quote, however short, when it goes on from an attributed one. */
bool attr_whole_sentence(const Attr *a, const QuoteSpan *span) {
        long open = span->open, close = span->close;
        bool starts = opens_paragraph(a, open) || (is_final_punct(a, open - 1) && !is_abbrev_dot(a, open - 1));
        return starts && is_cap(a, open + 1) && is_final_punct(a, close - 1);
}

/* A paragraph that is nothing but a quotation, right before a paragraph that
 * opens with an attributed one, is the start of the same quotation
 * (`"A."` / `"B," X said.`). */
void attr_continue_backward(const Attr *a, GArray *found) {
        for (guint k = found->len - 1; k-- > 0;) {
                QuoteFound *f = &g_array_index(found, QuoteFound, k);
                const QuoteFound *next = &g_array_index(found, QuoteFound, k + 1);
                if (f->n_speakers > 0 || !f->direct || !next->direct || next->n_speakers == 0)
                        continue;
                bool whole = opens_paragraph(a, f->first_tok) && is_kind(a, f->last_tok + 1, QUOTE_TOK_BREAK) &&
                             (a->t[f->last_tok + 1].flags & QUOTE_TOK_NEW_PARA);
                if (whole && opens_paragraph(a, next->first_tok) &&
                    a->t[next->first_tok].para == a->t[f->last_tok].para + 1) {
                        f->n_speakers = next->n_speakers;
                        memcpy(f->speakers, next->speakers, sizeof f->speakers);
                }
        }
}
