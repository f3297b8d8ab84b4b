/* quotes plugin: attribution (see attribution.h).
 * SPDX-License-Identifier: MIT
 *
 * The driver: lexes and pairs the marks, asks the cue shapes (attr-cue.c) who
 * said each quotation, drops the phrases quoted inside a clause or naming a
 * work, carries speakers on (attr-continue.c) and adds reported speech
 * (reported.c). */
#include "attribution.h"

#include <string.h>

#include "attr-continue.h"
#include "attr-cue.h"
#include "attr-subject.h"
#include "attr-transcript.h"
#include "attr.h"
#include "quote-scan.h"
#include "reported.h"

static void mark_used(Attr *a, const Speakers *sp) {
        if (sp->cue >= 0)
                a->used[sp->cue] = 1;
}

/* Words that put a quotation to someone when they stand right before it:
 * `called it "a disgrace"`, `chanting "Lock her up"`. */
static bool names_quote(const Attr *a, long i) {
        static const char *const verbs[] = { "called", "calls", "dubbed", "chanted", "chanting",
                                             "nicknamed", "labeled", "labelled", "branded" };
        for (size_t k = 0; k < G_N_ELEMENTS(verbs); k++)
                if (word_is(a, i, verbs[k]))
                        return true;
        return word_in(a, i, quote_word_is_cue) || word_in(a, i, quote_word_is_participle);
}

/* A quotation that a clause runs into or out of is part of that clause, not a
 * quotation of its own: `The country "has made dramatic changes," McConnell
 * said` and `"You squeezed employees" to drive up the stock price` quote a few
 * words inside reported speech or a title (`"A Change Is Gonna Come," she`). */
static bool embedded(const Attr *a, const QuoteSpan *span) {
        long before = (long) span->open - 1;
        if (valid(a, before) && same_sentence(a, before, span->open) &&
            ((is_kind(a, before, QUOTE_TOK_WORD) && !names_quote(a, before)) ||
             punct_is(a, before, "=") || punct_is(a, before, "\u2014") || punct_is(a, before, "--")))
                return true;
        /* `"...," veteran analyst Charlie Cook wrote`: the quotation ended first */
        long after = (long) span->close + 1;
        if (!is_kind(a, after, QUOTE_TOK_WORD) || is_cap(a, after) || !same_sentence(a, after, span->close) ||
            !is_kind(a, (long) span->close - 1, QUOTE_TOK_WORD))
                return false;
        /* `claimed "Trump exaggerates" the level of ...`: no verb after the noun */
        if (word_in(a, after, quote_word_is_det) || word_in(a, after, quote_word_is_title)) {
                for (long v = after + 1; v < a->n && v - after < 8 && is_kind(a, v, QUOTE_TOK_WORD); v++)
                        if (word_in(a, v, quote_word_is_cue) || attr_is_verb_like(a, v, true))
                                return false;
                return true;
        }
        return !(word_in(a, after, quote_word_is_cue) || word_in(a, after, quote_word_is_pronoun) ||
                 word_in(a, after, quote_word_is_between) || word_in(a, after, quote_word_is_time) ||
                 word_in(a, after, quote_word_is_participle) || is_adverb(a, after) ||
                 word_is(a, after, "according"));
}

/* `what aide Kevin Marsh called "the start of a new era" in his book`: a
 * phrase a named person calls something is theirs, whatever prose follows it. */
static bool named_by(const Attr *a, const QuoteSpan *span, const Speakers *sp) {
        static const char *const verbs[] = { "called", "calls", "dubbed", "dubs" };
        long v = (long) span->open - 1;
        /* "a class called "Perception"" names a work: no description speaks here */
        if (sp->n == 0 || sp->cue != v || sp->s[0].kind == QUOTE_SPEAKER_DESCRIPTION)
                return false;
        for (size_t k = 0; k < G_N_ELEMENTS(verbs); k++)
                if (word_is(a, v, verbs[k]))
                        return true;
        return false;
}

QuoteFound attr_found_direct(const Attr *a, const QuoteSpan *span, const Speakers *sp) {
        QuoteFound f = {
                .start = a->t[span->open].start,
                .end = a->t[span->close].end,
                .first_tok = span->open,
                .last_tok = span->close,
                .direct = true,
                .n_speakers = sp->n,
        };
        memcpy(f.speakers, sp->s, sizeof f.speakers);
        return f;
}

/* `"...," it further wrote`, `I said, "..."`, `I laughed and said, "..."`: the
 * text says who spoke, in a word that names nobody we can tell. Returns that
 * word's token (the speaker's mention: the speaker before is not carried on),
 * or -1. */
static long unnamed_mention(const Attr *a, const QuoteSpan *span) {
        static const char *const words[] = { "it", "i", "we", "you", "they" };
        long i = (long) span->close + 1;
        if (punct_is(a, i, ","))
                i++;
        long j = (long) span->open - 1;
        if (punct_is(a, j, ",") || punct_is(a, j, ":"))
                j--;
        long s = j - 1;
        /* "I laughed and said" */
        if (word_is(a, s, "and") && attr_is_verb_like(a, s - 1, false))
                s -= 2;
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++) {
                if (word_is(a, i, words[k]) && same_sentence(a, i, span->close) &&
                    (word_in(a, i + 1, quote_word_is_cue) || word_in(a, i + 1, quote_word_is_between) ||
                     attr_is_verb_like(a, i + 1, true)))
                        return i;
                if (word_in(a, j, quote_word_is_cue) && word_is(a, s, words[k]))
                        return s;
        }
        return -1;
}

/* "The Long Road Home," `"Make Your Kid a Millionaire,"`: a few words in title
 * case, with no sentence's end, name a work. */
static bool names_work(const Attr *a, const QuoteSpan *span) {
        static const char *const small[] = { "a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "or" };
        long words = 0;
        for (long i = (long) span->open + 1; i < (long) span->close; i++) {
                if (is_final_punct(a, i))
                        return false;
                if (!is_kind(a, i, QUOTE_TOK_WORD))
                        continue;
                bool minor = false;
                for (size_t k = 0; k < G_N_ELEMENTS(small) && !minor; k++)
                        minor = word_is(a, i, small[k]) && i > (long) span->open + 1;
                if (!is_cap(a, i) && !minor)
                        return false;
                words++;
        }
        return words >= 2 && words <= 8;
}

/* A phrase quoted inside a clause (`called it "a disaster"`) says nothing of
 * who spoke unless a verb names someone. */
static bool inside_clause(const Attr *a, const QuoteSpan *span, const Speakers *sp) {
        return sp->n == 0 && is_kind(a, (long) span->open - 1, QUOTE_TOK_WORD) &&
               same_sentence(a, span->open - 1, span->open);
}

static void find_direct(Attr *a, const GArray *spans, GArray *found) {
        QuoteFound prev = { 0 }; /* the last attributed quotation, a clause's included */
        long prev_anchor = -1;
        for (size_t k = 0; k < spans->len; k++) {
                const QuoteSpan *span = &g_array_index(spans, QuoteSpan, k);
                if (span->close < a->headline || attr_split_transcript(a, span, found))
                        continue;
                Speakers sp;
                bool next_to_verb = attr_attribute(a, span, &sp);
                /* `X said. "Yes."`, `"...," X added. "We're here."` */
                bool said_before = sp.n > 0 && sp.cue >= 0 && sp.cue < (long) span->open;
                bool goes_on = attr_whole_sentence(a, span) &&
                               (said_before ||
                                (sp.n == 0 && prev_anchor >= 0 && attr_continues(a, &prev, prev_anchor, span)));
                if (span->n_words < a->opt->min_words && !next_to_verb && !goes_on)
                        continue;
                long anchor = sp.cue > (long) span->close ? sp.cue : (long) span->close;
                QuoteFound f = attr_found_direct(a, span, &sp);
                if (inside_clause(a, span, &sp) || (embedded(a, span) && !named_by(a, span, &sp)) ||
                    names_work(a, span)) {
                        /* `The summit accomplished "too little," he added. "Without ..."` */
                        if (sp.n > 0) {
                                prev = f;
                                prev_anchor = anchor;
                        }
                        continue;
                }
                long unnamed = sp.n == 0 ? unnamed_mention(a, span) : -1;
                if (unnamed >= 0) {
                        attr_add_speaker(&sp, a, QUOTE_SPEAKER_PRONOUN, unnamed, unnamed + 1, unnamed, unnamed + 1);
                        f = attr_found_direct(a, span, &sp);
                } else if (sp.n == 0 && prev_anchor >= 0 && attr_continues(a, &prev, prev_anchor, span)) {
                        f.n_speakers = prev.n_speakers;
                        memcpy(f.speakers, prev.speakers, sizeof f.speakers);
                }
                mark_used(a, &sp);
                for (uint32_t i = span->open; i <= span->close; i++)
                        a->quote_of[i] = (int32_t) found->len;
                g_array_append_val(found, f);
                prev = f;
                prev_anchor = anchor;
        }
}

static gint compare_found(gconstpointer x, gconstpointer y) {
        const QuoteFound *a = x, *b = y;
        return a->start < b->start ? -1 : a->start > b->start;
}

GArray *quote_find(const char *text, size_t len, const QuoteOptions *options, GArray **ret_tokens) {
        g_autoptr(GArray) tokens = quote_lex(text, len);
        g_autoptr(GArray) spans = quote_scan(text, tokens);
        g_autofree int32_t *quote_of = g_new(int32_t, tokens->len + 1);
        g_autofree uint8_t *used = g_new0(uint8_t, tokens->len + 1);
        for (guint i = 0; i < tokens->len; i++)
                quote_of[i] = -1;
        Attr a = {
                .text = text,
                .t = (const QuoteToken *) (void *) tokens->data,
                .n = tokens->len,
                .opt = options,
                .quote_of = quote_of,
                .used = used,
                .headline = quote_headline_end(text, tokens),
        };
        GArray *found = g_array_new(false, false, sizeof(QuoteFound));
        find_direct(&a, spans, found);
        if (found->len > 1)
                attr_continue_backward(&a, found);
        if (options->reported_speech) {
                reported_find(&a, found);
                reported_drop_inner_direct(found);
                g_array_sort(found, compare_found);
        }
        if (ret_tokens)
                *ret_tokens = g_steal_pointer(&tokens);
        return found;
}
