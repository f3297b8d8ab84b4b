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
        if (b->out->len == 0)
                b->first = i;
        builder_append_text(b, s->text + w->start, w->end - w->start,
                            !adjacent || (w->flags & TIMEX_WORD_SPACE_BEFORE));
        b->last = i;
}

size_t aside_end(const Sentence *s, size_t i, size_t hi)
{
        if (s->w[i].shape != TIMEX_SHAPE_PUNCT || s->text[s->w[i].start] != '(' || paren_breaks(s, i) ||
            (i > 0 && WORD_IN(s, i - 1, "'s")))
                return i; /* "Japan's (ANA)" needs its aside */
        size_t j = i + 1;
        while (j < hi && s->text[s->w[j].start] != ')')
                j++;
        return j < hi ? j + 1 : i;
}

void builder_append_range(const Sentence *s, Clause r, Builder *b)
{
        for (size_t i = r.lo; i < r.hi; i++) {
                size_t end = aside_end(s, i, r.hi);
                if (end != i)
                        i = end - 1;
                else
                        builder_append_word(s, i, b);
        }
}

/* Words a phrase never ends on. */
static bool function_word(const char *w, size_t len)
{
        static const char *const words[] = {
                "a", "an", "the", "of", "to", "for", "and", "or", "but", "as", "that", "which", "who", "in", "on",
                "at", "by", "with", "from", "than", "its", "their", "his", "her", "our", "into", "about", "over",
                "between", "this", "these", "whose", "while", "when", "if", "because", "nor",
        };
        /* lower case only: "in May", "Will Smith"; a subject pronoun waits for its verb */
        static const char *const auxiliaries[] = {
                "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "can", "may",
                "might", "be", "been", "they", "he", "she", "we",
        };
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
                if (strlen(words[k]) == len && g_ascii_strncasecmp(w, words[k], len) == 0)
                        return true;
        for (size_t k = 0; k < G_N_ELEMENTS(auxiliaries); k++)
                if (strlen(auxiliaries[k]) == len && strncmp(w, auxiliaries[k], len) == 0)
                        return true;
        return false;
}

static void trim_end(GString *label, const char *chars)
{
        while (label->len > 0 && strchr(chars, label->str[label->len - 1]))
                g_string_truncate(label, label->len - 1);
}

/* Drops the words a phrase never ends on ("take off for a"); returns whether any went. */
static bool trim_function_words(GString *label)
{
        bool cut = false;
        for (;;) {
                trim_end(label, " .,;:-");
                const char *end = label->str + label->len, *w = end;
                while (w > label->str && w[-1] != ' ')
                        w--;
                if (w == label->str || !function_word(w, (size_t) (end - w)))
                        return cut;
                g_string_truncate(label, (size_t) (w - label->str));
                cut = true;
        }
}

/* Drops a final quotation mark that closes nothing ("the iPod.\"" at a quote's end). */
static void trim_quote(GString *label)
{
        size_t n = 0;
        for (size_t i = 0; i < label->len; i++)
                n += label->str[i] == '"';
        if (n % 2 == 1 && label->len > 0 && label->str[label->len - 1] == '"')
                g_string_truncate(label, label->len - 1);
}

/* Words a cut label best ends before: a phrase or clause starts there. */
static bool phrase_opener(const char *w, size_t len)
{
        static const char *const words[] = {
                "as", "in", "for", "with", "from", "at", "on", "during", "after", "before", "since", "until",
                "because", "while", "when", "where", "which", "who", "and", "but", "to", "by", "amid", "despite",
                "following", "including", "over", "into",
        };
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
                if (strlen(words[k]) == len && g_ascii_strncasecmp(w, words[k], len) == 0)
                        return true;
        return false;
}

/* "who has purchased", "which ended": a tail with a verb is a clause worth its words. */
static bool tail_has_verb(const char *tail)
{
        static const char *const auxiliaries[] = { "has", "have", "had", "is", "are", "was", "were", "will", "would" };
        g_auto(GStrv) words = g_strsplit(tail, " ", -1);
        for (char **w = words; *w; w++) {
                if (strlen(*w) >= 5 && g_str_has_suffix(*w, "ed"))
                        return true;
                for (size_t k = 0; k < G_N_ELEMENTS(auxiliaries); k++)
                        if (g_ascii_strcasecmp(*w, auxiliaries[k]) == 0)
                                return true;
        }
        return false;
}

/* Cuts @label, already within @max bytes' worth of words, before the last
 * phrase that starts in its final two fifths ("will cut 30,000 jobs and 14
 * plants as part…" -> "... and 14 plants…"), and drops a final number ("had
 * a two…", "lost US$ 6…"): half a phrase says less than a shorter whole one. */
static void cut_at_phrase(GString *label)
{
        glong chars = g_utf8_strlen(label->str, -1);
        for (size_t at = label->len; at-- > 1;) {
                if (label->str[at - 1] != ' ')
                        continue;
                if (g_utf8_pointer_to_offset(label->str, label->str + at) * 5 < chars * 3)
                        break;
                size_t end = at;
                while (end < label->len && label->str[end] != ' ')
                        end++;
                if (phrase_opener(label->str + at, end - at) && !tail_has_verb(label->str + end)) {
                        g_string_truncate(label, at - 1);
                        break;
                }
        }
        for (;;) {
                trim_function_words(label);
                const char *w = strrchr(label->str, ' ');
                if (!w || !(g_ascii_isdigit(w[1]) || w[1] == '$' || strncmp(w + 1, "US$", 3) == 0) ||
                    label->str[label->len - 1] == '%') /* "rose 43%" is whole */
                        return;
                g_string_truncate(label, (size_t) (w - label->str));
        }
}

void label_shorten(GString *label, size_t max, bool at_phrase)
{
        trim_end(label, " .,;:");
        trim_quote(label);
        trim_end(label, " .,;:");
        bool cut = trim_function_words(label);
        if (g_utf8_strlen(label->str, -1) > (glong) max) {
                const char *end = g_utf8_offset_to_pointer(label->str, (glong) (max > 1 ? max - 1 : 0));
                size_t at = (size_t) (end - label->str);
                while (at > 0 && label->str[at] != ' ')
                        at--;
                if (at == 0)
                        at = (size_t) (end - label->str);
                g_string_truncate(label, at);
                if (at_phrase)
                        cut_at_phrase(label);
                else
                        trim_function_words(label);
                cut = true;
        }
        if (cut)
                g_string_append(label, "\xe2\x80\xa6");
}
