/* Labels of reported speech: "Trump: “It's nice to get along with someone…”".
 * SPDX-License-Identifier: MIT
 *
 * When the time expression is in a quotation of four words or more, or in the
 * clause that reports it ("\"...,\" Trump said earlier this year"), the clause
 * around the expression says only that someone spoke. The label is then the
 * speaker, a colon and the quotation's first words, verbatim (a quotation is
 * never edited, only cut at a word with an ellipsis). The speaker is the noun
 * phrase before the reporting verb ("Trump said"), or the names after it
 * ("wrote Siegfried Hecker and Robert Carlin in a report"). */
#include "event-parse.h"

#define MIN_QUOTE_WORDS 4 /* "bumper," or "defining moment" are no quotations */
#define NONE ((size_t) -1)

/* Straight quotes open after a space and close right after a word. */
static int quote_mark(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        const unsigned char *t = (const unsigned char *) s->text + w->start;
        if (w->shape != TIMEX_SHAPE_PUNCT)
                return 0;
        if (t[0] == 0xe2 && t[1] == 0x80 && (t[2] == 0x9c || t[2] == 0x9d))
                return t[2] == 0x9c ? 1 : -1;
        if (t[0] != '"')
                return 0;
        bool space_after = i + 1 >= s->n || (s->w[i + 1].flags & TIMEX_WORD_SPACE_BEFORE);
        if ((w->flags & TIMEX_WORD_SPACE_BEFORE || i == 0) && !space_after)
                return 1;
        return -1;
}

/* The next quotation at or after word @from: marks [*open, *close], either NONE
 * when the quotation runs on from the sentence before or into the next. */
static bool next_quote(const Sentence *s, size_t from, size_t *open, size_t *close)
{
        *open = NONE;
        for (size_t i = from; i < s->n; i++) {
                int mark = quote_mark(s, i);
                if (mark > 0 && *open == NONE) {
                        *open = i;
                } else if (mark < 0) {
                        *close = i;
                        return true;
                }
        }
        *close = NONE;
        return *open != NONE;
}

static size_t count_words(const Sentence *s, size_t lo, size_t hi)
{
        size_t n = 0;
        for (size_t i = lo; i < hi; i++)
                n += s->w[i].shape != TIMEX_SHAPE_PUNCT;
        return n;
}

bool quote_mark_breaks(const Sentence *s, size_t i)
{
        int mark = quote_mark(s, i);
        size_t j = i;
        if (mark > 0) {
                while (++j < s->n && quote_mark(s, j) >= 0)
                        ;
                return j >= s->n || count_words(s, i + 1, j) >= MIN_QUOTE_WORDS;
        }
        while (j > 0 && quote_mark(s, j - 1) <= 0)
                j--;
        return j == 0 || count_words(s, j, i) >= MIN_QUOTE_WORDS;
}

static bool covers(size_t lo, size_t hi, const Sentence *s)
{
        return lo <= s->first && s->last <= hi;
}

/* "said Edward Kaufman." ends the sentence; "Inc." keeps its period. */
static Clause without_full_stop(const Sentence *s, Clause c)
{
        if (c.hi == s->n && c.hi - c.lo >= 2 && abbreviation_dot(s, c.hi - 1) &&
            s->w[c.hi - 2].end - s->w[c.hi - 2].start > 3)
                c.hi--;
        return c;
}

/* Names after a reporting verb, up to a preposition, a date or a break:
 * "Siegfried Hecker and Robert Carlin"; a description gives the name after
 * it ("said the firm's chief executive officer, Alan Mulally"). */
static Clause speaker_after(const Sentence *s, size_t v)
{
        size_t i = v + 1;
        while (i < s->n && !is_break(s, i) && !in_any_expression(s, i) &&
               (!is_preposition(s, i) || WORD_IN(s, i, "of")) && !is_verb(s, i) &&
               !(s->w[i].shape == TIMEX_SHAPE_PUNCT && !abbreviation_dot(s, i)))
                i++;
        while (i > v + 1 && WORD_IN(s, i - 1, "and", "of", "the"))
                i--;
        Clause sp = without_full_stop(s, (Clause) { v + 1, i });
        if (sp.hi > sp.lo && !(s->w[sp.lo].flags & TIMEX_WORD_CAPITAL) && i < s->n &&
            s->text[s->w[i].start] == ',' && i + 1 < s->n && (s->w[i + 1].flags & TIMEX_WORD_CAPITAL)) {
                size_t j = i + 1;
                while (j < s->n && ((s->w[j].flags & TIMEX_WORD_CAPITAL) || abbreviation_dot(s, j)))
                        j++;
                return without_full_stop(s, (Clause) { i + 1, j });
        }
        return sp;
}

/* The words from @i to the next break (or back to the one before). */
static Clause reach_break(const Sentence *s, size_t i, bool forward)
{
        size_t j = i;
        if (forward) {
                while (j < s->n && !is_break(s, j) && !(s->text[s->w[j].start] == '.' && !abbreviation_dot(s, j)))
                        j++;
                return (Clause) { i, j };
        }
        while (j > 0 && !is_break(s, j - 1))
                j--;
        return (Clause) { j, i };
}

/* @frame with the clauses without a verb next to it:
 * "said the bank's chief, Ann Hale, on Monday", "In a speech, she said". */
static Clause widen(const Sentence *s, Clause frame, bool forward)
{
        for (;;) {
                size_t at = forward ? frame.hi : frame.lo;
                if (forward ? at >= s->n || quote_mark(s, at) : at == 0 || quote_mark(s, at - 1))
                        return frame;
                Clause next = forward ? reach_break(s, at + 1, true) : reach_break(s, at - 1, false);
                if (next.hi <= next.lo || has_verb(s, next))
                        return frame;
                frame = forward ? (Clause) { frame.lo, next.hi } : (Clause) { next.lo, frame.hi };
        }
}

static bool is_pronoun(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "he", "she", "it", "they", "we", "i");
}

/* The noun phrase right before the reporting verb at @v: "During his speech
 * he said" gives "he", "Delaware senator Edward Kaufman said" the whole. */
static Clause phrase_before(const Sentence *s, size_t lo, size_t v)
{
        if (v > lo && is_pronoun(s, v - 1))
                return (Clause) { v - 1, v };
        size_t i = v;
        while (i > lo && v - i < 6 && !in_any_expression(s, i - 1) && !is_verb(s, i - 1) &&
               !is_connective(s, i - 1) && !is_relative(s, i - 1) &&
               (!is_preposition(s, i - 1) || WORD_IN(s, i - 1, "of")))
                i--;
        while (i < v && WORD_IN(s, i, "of", "and"))
                i++;
        return (Clause) { i, v };
}

/* The speaker of the reporting verb at @v, in words [lo, hi) after the
 * quotation when @after, else before it. */
static Clause speaker_of(const Sentence *s, const GArray *clauses, Clause frame, size_t v, bool after)
{
        if (ends_with(s, v, "ing", 5)) {
                /* "he said, adding that \"...\"": the speaker of the verb before */
                for (size_t i = v; i-- > 0;)
                        if (is_speech_verb(s, i) && !ends_with(s, i, "ing", 5))
                                return speaker_of(s, clauses, reach_break(s, i + 1, false), i, false);
                return subject_of(s, clauses);
        }
        if (v == frame.lo && after)
                return speaker_after(s, v);
        size_t c = 0;
        while (c + 1 < clauses->len && clause_at(clauses, c).hi <= v)
                c++;
        /* "Whitey MacDonald, chairperson of Local 1520, union said": the name before the asides */
        bool asides = c > 0;
        for (size_t k = 0; k < c; k++)
                asides = asides && !has_verb(s, clause_at(clauses, k));
        Clause sp = asides || v == frame.lo ? subject_of(s, clauses) : phrase_before(s, frame.lo, v);
        if (sp.hi <= sp.lo || sp.hi - sp.lo > 6 || has_verb(s, sp) ||
            WORD_IN(s, sp.hi - 1, "a", "an", "the", "of", "to", "that", "this"))
                return (Clause) { 0, 0 }; /* "GovExec.com quotes a \"Senate aide\"" names nobody */
        return sp;
}

/* The reporting verb of words [lo, hi), within @reach words of the quotation. */
static size_t reporting_verb(const Sentence *s, size_t lo, size_t hi, bool from_end, size_t reach)
{
        for (size_t k = 0; k < hi - lo && k < reach; k++) {
                size_t i = from_end ? hi - 1 - k : lo + k;
                if (is_speech_verb(s, i) && !WORD_IN(s, i, "according"))
                        return i;
        }
        return NONE;
}

/* The quotation the expression belongs to, and who said it. */
static bool find_quote(const Sentence *s, const GArray *clauses, Clause *ret_quote, Clause *ret_speaker)
{
        size_t open, close;
        for (size_t from = 0; next_quote(s, from, &open, &close); from = close + 1) {
                Clause q = { open == NONE ? 0 : open + 1, close == NONE ? s->n : close };
                if (count_words(s, q.lo, q.hi) >= MIN_QUOTE_WORDS) {
                        Clause after = close == NONE ? (Clause) { s->n, s->n } : reach_break(s, close + 1, true);
                        size_t end = open == NONE ? 0 : open;
                        while (end > 0 && s->w[end - 1].shape == TIMEX_SHAPE_PUNCT)
                                end--; /* "the minister said: \"" */
                        Clause before = reach_break(s, end, false);
                        size_t v = reporting_verb(s, after.lo, after.hi, false, 6);
                        bool is_after = v != NONE;
                        Clause frame = is_after ? after : before;
                        if (!is_after)
                                v = reporting_verb(s, before.lo, before.hi, true, 6);
                        Clause wide = widen(s, frame, is_after);
                        bool here = covers(q.lo, q.hi, s) || covers(wide.lo, wide.hi, s);
                        if (v != NONE && here) {
                                *ret_quote = q;
                                *ret_speaker = speaker_of(s, clauses, frame, v, is_after);
                                return ret_speaker->hi > ret_speaker->lo;
                        }
                }
                if (close == NONE)
                        break;
        }
        return false;
}

bool quote_applies(const Sentence *s, const GArray *clauses)
{
        Clause q, speaker;
        return find_quote(s, clauses, &q, &speaker);
}

bool reporting_clause(const Sentence *s, Clause cl, Clause *ret_speaker)
{
        size_t lo = content_start(s, cl), hi = cl.hi, v = NONE;
        while (hi > lo && (in_any_expression(s, hi - 1) || s->w[hi - 1].shape == TIMEX_SHAPE_PUNCT))
                hi--; /* "Apple announced this morning" */
        while (hi > lo && is_preposition(s, hi - 1))
                hi--;
        for (size_t i = lo; i < hi; i++) {
                if (in_any_expression(s, i))
                        return false;
                if (WORD_IN(s, i, "said", "says", "announced", "told", "added", "stated", "reported", "wrote",
                            "confirmed"))
                        v = v == NONE ? i : v;
                else if (is_verb(s, i))
                        return false;
        }
        if (v == NONE)
                return false;
        Clause sp = v == lo ? (Clause) { v + 1, hi } : (Clause) { lo, v };
        if (v > lo && v + 1 < hi && !WORD_IN(s, v + 1, "reporters"))
                return false; /* "Apple announced a phone" says more than who spoke */
        if (sp.hi <= sp.lo || sp.hi - sp.lo > 6 || WORD_IN(s, sp.hi - 1, "a", "an", "the", "of", "that"))
                return false;
        *ret_speaker = without_full_stop(s, sp);
        return true;
}

char *speaker_text(const Sentence *s, Clause speaker)
{
        size_t n;
        const char *actor = speaker.hi == speaker.lo + 1 ? actor_for_pronoun(s, speaker.lo, &n) : NULL;
        if (actor)
                return g_strdup(actor);
        char *names = speaker_names(s, speaker);
        if (names)
                return names;
        g_autoptr(GString) who = g_string_new(NULL);
        builder_append_range(s, speaker, &(Builder) { who, 0, 0, 0 });
        return g_string_free(g_steal_pointer(&who), FALSE);
}

char *quote_label(const Sentence *s, const GArray *clauses, size_t max)
{
        Clause q, speaker;
        if (!find_quote(s, clauses, &q, &speaker))
                return NULL;
        while (q.lo < q.hi && s->w[q.lo].shape == TIMEX_SHAPE_PUNCT)
                q.lo++;
        while (q.hi > q.lo && s->w[q.hi - 1].shape == TIMEX_SHAPE_PUNCT)
                q.hi--;
        g_autofree char *who_text = speaker_text(s, speaker);
        g_autoptr(GString) who = g_string_new(who_text);
        g_autoptr(GString) words = g_string_new(NULL);
        builder_append_range(s, q, &(Builder) { words, 0, 0, 0 });
        size_t used = (size_t) g_utf8_strlen(who->str, -1) + 4; /* ": “" and "”" */
        label_shorten(words, max > used + 12 ? max - used : 12, false);
        return g_strdup_printf("%s: \xe2\x80\x9c%s\xe2\x80\x9d", who->str, words->str);
}
