/* quotes plugin: speaker mentions (see attr-mention.h).
 * SPDX-License-Identifier: MIT
 *
 * A mention is a pronoun, names (with titles and an optional list "A, B and
 * C"), or a description. Anything else is no mention: a wrong attribution is
 * worse than none. */
#include "attr-mention.h"

#include <string.h>

/* A token that can stand inside a name: a capitalised word that is not a
 * function word, "Mr." and initials' periods, "de"/"of" between two such words. */
bool attr_in_name(const Attr *a, long i, long lo, long hi) {
        if (is_abbrev_dot(a, i))
                return i - 1 >= lo;
        if (is_cap(a, i))
                return !word_in(a, i, quote_word_is_notname);
        bool particle = word_in(a, i, quote_word_is_connector) || word_is(a, i, "of");
        return particle && i > lo && i + 1 < hi && is_cap(a, i - 1) && is_cap(a, i + 1) &&
               !(a->t[i].flags & QUOTE_TOK_CAP);
}

/* The start of the run of name tokens that ends at @hi (exclusive), not before @lo. */
static long name_run_start(const Attr *a, long lo, long hi) {
        long r = hi;
        while (r > lo && attr_in_name(a, r - 1, lo, hi))
                r--;
        while (r < hi && (is_kind(a, r, QUOTE_TOK_PUNCT) || word_is(a, r, "of") ||
                          word_in(a, r, quote_word_is_connector)))
                r++;
        return r;
}

/* Titles lead a name ("Senate Majority Leader Mitch McConnell", "Secretary of
 * State John Kerry"); the name proper follows the last of them. */
static long name_proper_start(const Attr *a, long r, long hi) {
        long start = r;
        bool honorific = false;
        for (long i = r; i < hi; i++) {
                honorific |= is_abbrev_dot(a, i + 1) && word_in(a, i, quote_word_is_title);
                if (is_possessive(a, i) && i + 1 < hi)
                        start = i + 1; /* "NBC's Dante Chinni" */
                if (word_in(a, i, quote_word_is_title)) {
                        start = i + 1;
                        if (is_abbrev_dot(a, start))
                                start++;
                        if (word_is(a, start, "of"))
                                start += 2;
                }
        }
        /* "Mr. King": after an honorific the last word is a name, whatever it means */
        return start >= hi && honorific ? hi - 1 : start;
}

void attr_add_speaker(Speakers *sp, const Attr *a, uint8_t kind, long s, long e, long ns, long ne) {
        if (sp->n >= QUOTE_MAX_SPEAKERS || e <= s)
                return;
        /* kept in text order: lists are read right to left */
        memmove(&sp->s[1], &sp->s[0], sp->n * sizeof sp->s[0]);
        sp->s[0] = (QuoteSpeaker) {
                .start = a->t[s].start,
                .end = a->t[e - 1].end,
                .name_start = a->t[ns].start,
                .name_end = a->t[ne - 1].end,
                .kind = kind,
        };
        sp->n++;
}

/* A name right after a preposition is not the one who speaks: "Representatives
 * at several stores in the United States said", "the president of Chrysler
 * said". After "of" and the like only when a role or a name comes before it:
 * in "footage of Clinton asking" Clinton speaks. */
static bool after_preposition(const Attr *a, long lo, long r) {
        static const char *const places[] = { "in", "at", "from", "near", "across", "outside", "inside" };
        static const char *const others[] = { "of", "for", "with", "on", "by" };
        long k = r - 1;
        if (word_is(a, k, "the"))
                k--;
        if (k <= lo)
                return false;
        for (size_t i = 0; i < G_N_ELEMENTS(places); i++)
                if (word_is(a, k, places[i]))
                        return true;
        /* "A source speaking to Fox News said", "talking to CNN" */
        const QuoteToken *before = valid(a, k - 1) ? &a->t[k - 1] : NULL;
        if (word_is(a, k, "to") && before && before->end - before->start > 4 && is_kind(a, k - 1, QUOTE_TOK_WORD) &&
            memcmp(a->text + before->end - 3, "ing", 3) == 0)
                return true;
        bool role = word_in(a, k - 1, quote_word_is_title) || is_cap(a, k - 1);
        for (size_t i = 0; i < G_N_ELEMENTS(others) && role; i++)
                if (word_is(a, k, others[i]))
                        return true;
        return false;
}

/* Names ending at @hi, as a list "A, B and C"; returns false when @hi ends no name. */
bool attr_take_names(const Attr *a, long lo, long hi, Speakers *sp) {
        Speakers got = { .cue = sp->cue };
        for (;;) {
                long r = name_run_start(a, lo, hi);
                if (r >= hi || is_possessive(a, hi - 1) || after_preposition(a, lo, r))
                        break;
                long proper = name_proper_start(a, r, hi);
                if (proper >= hi)
                        break; /* a title alone: "the President" is a description */
                attr_add_speaker(&got, a, QUOTE_SPEAKER_NAME, r, hi, proper, hi);
                long k = r;
                if (word_is(a, k - 1, "and") || punct_is(a, k - 1, ","))
                        k--;
                if (punct_is(a, k - 1, ","))
                        k--;
                if (k == r || k <= lo || !(word_is(a, r - 1, "and") || punct_is(a, r - 1, ",")))
                        break;
                hi = k;
        }
        if (got.n == 0)
                return false;
        *sp = got;
        return true;
}

bool attr_description_ok(const Attr *a, long s, long e, Side side) {
        long words = 0, content = 0;
        for (long i = s; i < e; i++) {
                if (is_abbrev_dot(a, i))
                        continue;
                if (!is_kind(a, i, QUOTE_TOK_WORD) || word_in(a, i, quote_word_is_breaker))
                        return false;
                words++;
                content += !word_in(a, i, quote_word_is_det);
        }
        if (words == 0 || words > DESCRIPTION_MAX || content == 0)
                return false;
        if (word_is(a, e - 1, "of") || word_is(a, e - 1, "and") || word_in(a, e - 1, quote_word_is_det) ||
            word_in(a, e - 1, quote_word_is_stop))
                return false;
        /* a noun phrase, not a clause: "Alan Mulally remembered", "Chris Weafer
         * commenting"; "the ruling" and "the hearing" are nouns */
        const QuoteToken *last_word = &a->t[e - 1];
        bool ing = a->text[last_word->end - 1] == 'g';
        if (is_verb_form(a, e - 1) && (!ing || is_cap(a, e - 2)))
                return false;
        if (word_in(a, s, quote_word_is_det) || is_possessive(a, s) || is_cap(a, s))
                return true;
        /* bare plurals: "experts caution that", "officials said" */
        const QuoteToken *last = &a->t[e - 1];
        bool lower = !is_cap(a, s) && !is_possessive(a, e - 1) && !word_in(a, s, quote_word_is_participle);
        return side == SIDE_BEFORE && lower && words <= 3 && a->text[last->end - 1] == 's';
}

/* Reads [s, e) as a speaker mention: a pronoun, names, or a description. */
bool attr_classify(const Attr *a, long s, long e, Side side, Speakers *sp) {
        if (side == SIDE_BEFORE)
                while (s < e && word_in(a, s, quote_word_is_lead))
                        s++;
        if (e <= s)
                return false;
        if (e - s == 1 && word_in(a, s, quote_word_is_pronoun)) {
                attr_add_speaker(sp, a, QUOTE_SPEAKER_PRONOUN, s, e, s, e);
                return true;
        }
        if (attr_take_names(a, s, e, sp))
                return true;
        if (!attr_description_ok(a, s, e, side))
                return false;
        attr_add_speaker(sp, a, QUOTE_SPEAKER_DESCRIPTION, s, e, s, e);
        return true;
}
