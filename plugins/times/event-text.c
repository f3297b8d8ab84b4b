/* Writing label text: words back from the sentence, and cutting to a length.
 * SPDX-License-Identifier: MIT */
#include "event-parse.h"

void builder_append_text(Builder *b, const char *text, size_t len, bool space)
{
        if (b->out->len > 0 && space)
                g_string_append_c(b->out, ' ');
        g_string_append_len(b->out, text, (gssize) len);
}

void builder_append_word(const Sentence *s, size_t i, Builder *b)
{
        const TimexWord *w = &s->w[i];
        bool adjacent = b->out->len > 0 && i == b->last + 1;
        builder_append_text(b, s->text + w->start, w->end - w->start,
                            !adjacent || (w->flags & TIMEX_WORD_SPACE_BEFORE));
        b->last = i;
}

void builder_append_range(const Sentence *s, Clause r, Builder *b)
{
        for (size_t i = r.lo; i < r.hi; i++)
                builder_append_word(s, i, b);
}

/* Cuts @label to @max characters at a word boundary, with an ellipsis. */
void label_shorten(GString *label, size_t max)
{
        while (label->len > 0 && strchr(" .,;:'\"", label->str[label->len - 1]))
                g_string_truncate(label, label->len - 1);
        if (g_utf8_strlen(label->str, -1) <= (glong) max)
                return;
        const char *cut = g_utf8_offset_to_pointer(label->str, (glong) (max > 1 ? max - 1 : 0));
        size_t at = (size_t) (cut - label->str);
        while (at > 0 && label->str[at] != ' ')
                at--;
        if (at == 0)
                at = (size_t) (cut - label->str);
        g_string_truncate(label, at);
        while (label->len > 0 && strchr(" .,;:", label->str[label->len - 1]))
                g_string_truncate(label, label->len - 1);
        g_string_append(label, "\xe2\x80\xa6");
}
