/* quotes plugin: transcripts quoted paragraph by paragraph (see attr-transcript.h).
 * SPDX-License-Identifier: MIT */
#include "attr-transcript.h"

/* A transcript turn opens its paragraph: `"WALLACE: Let's start ...`; returns the
 * token after the colon, or -1. */
static long turn_start(const Attr *a, long i) {
        if (!is_kind(a, i, QUOTE_TOK_WORD) || !is_cap(a, i))
                return -1;
        long e = i;
        while (e < i + 3 && is_kind(a, e, QUOTE_TOK_WORD)) {
                const QuoteToken *t = &a->t[e];
                if (t->end - t->start < 2)
                        return -1;
                for (uint32_t c = t->start; c < t->end; c++)
                        if (g_ascii_islower(a->text[c]))
                                return -1;
                e++;
        }
        return e > i && punct_is(a, e, ":") ? e + 1 : -1;
}

/* The last token of the paragraph holding @i, before a closing mark. */
static long paragraph_last(const Attr *a, long i, long limit) {
        long e = i;
        while (e + 1 <= limit && !is_kind(a, e + 1, QUOTE_TOK_BREAK))
                e++;
        if (is_kind(a, e, QUOTE_TOK_MARK) && e > i)
                e--;
        return e;
}

/* `Follow Pam Key on Twitter @pamkey.`: a site's footer that an unclosed
 * transcript runs into is nobody's turn. */
static bool footer(const Attr *a, long body, long last) {
        if (!word_is(a, body, "follow"))
                return false;
        for (long i = body + 1; i <= last && i - body < 8; i++)
                if (word_is(a, i, "twitter") || word_is(a, i, "facebook"))
                        return true;
        return false;
}

/* A transcript quoted paragraph by paragraph, each opening again (`"PENCE: ...`,
 * `"But the truth ...`): one quote a paragraph, each with the name that opens its
 * turn. Returns false when @span is no transcript. */
bool attr_split_transcript(Attr *a, const QuoteSpan *span, GArray *found) {
        if (a->t[span->open].para == a->t[span->close].para || turn_start(a, span->open + 1) < 0)
                return false;
        Speakers sp = { .cue = -1 };
        for (long i = span->open; i <= (long) span->close;) {
                long body = i + 1, name = body, turn = turn_start(a, body);
                if (turn >= 0) {
                        sp = (Speakers) { .cue = -1 };
                        attr_add_speaker(&sp, a, QUOTE_SPEAKER_NAME, name, turn - 1, name, turn - 1);
                        body = turn;
                }
                long last = paragraph_last(a, body, span->close);
                if (sp.n > 0 && last > body && !punct_is(a, body, "(") && !footer(a, body, last)) {
                        QuoteSpan piece = { .open = (uint32_t) body, .close = (uint32_t) last };
                        QuoteFound f = attr_found_direct(a, &piece, &sp);
                        for (long t = body; t <= last; t++)
                                a->quote_of[t] = (int32_t) found->len;
                        g_array_append_val(found, f);
                }
                /* the next paragraph's opening mark */
                i = last + 1;
                while (i <= (long) span->close && !is_kind(a, i, QUOTE_TOK_MARK))
                        i++;
        }
        return true;
}
