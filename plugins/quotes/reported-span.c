/* quotes plugin: reported speech, where the content starts and ends (see
 * reported-span.h).
 * SPDX-License-Identifier: MIT
 *
 * The content span is the reported clause, with a leading "that" and without
 * the final period, cut before another attribution and before a clause it
 * does not report. */
#include "reported-span.h"

#include "reported-verb.h"
#include "reported-words.h"
#include "reported.h"

#define NAMED_OBJECT_MAX 8 /* words of "called the plan ..." before its quotation */
#define NAMED_QUOTE_MAX 24 /* tokens of the quoted name */
#define SETTING_MAX 8      /* words of "in a statement on Tuesday" after a closing verb */
#define TOLD_OBJECT_MAX 7  /* words of "told a Planned Parenthood gathering in Washington" */

/* A clause ends before its own attribution: `..., according to the poll`,
 * `..., the source added`. */
static long cut_attribution(const Attr *a, long c, long e) {
        for (long k = c + 1; k <= e; k++) {
                if (!punct_is(a, k, ",") || a->quote_of[k] >= 0)
                        continue;
                if (word_is(a, k + 1, "according") && word_is(a, k + 2, "to"))
                        return k - 1;
                for (long v = k + 1; v <= e && v - k <= 6; v++) {
                        if (!is_kind(a, v, QUOTE_TOK_WORD))
                                break;
                        if (is_cue(a, v, quote_word_is_cue) && (v == e || (v + 1 == e && word_in(a, e, quote_word_is_time))))
                                return k - 1;
                }
        }
        return e;
}

/* The last token of the clause that starts at @c: its sentence's end, without the
 * final period, running on to the close of a quotation it opens. */
long reported_clause_end(const Attr *a, long c) {
        long e = c;
        while (e + 1 < a->n && same_sentence(a, e + 1, c) && !is_kind(a, e + 1, QUOTE_TOK_BREAK))
                e++;
        if (a->quote_of[e] >= 0) {
                while (e + 1 < a->n && a->quote_of[e + 1] == a->quote_of[e])
                        e++;
                return e;
        }
        while (e > c && (is_final_punct(a, e) || punct_is(a, e, ";") || punct_is(a, e, ":")))
                e--;
        e = cut_attribution(a, c, e);
        /* "rose to 444,000, which, according to the Times, is ...": the clause
         * cut at its own attribution keeps no dangling "which" */
        while (e > c && (punct_is(a, e, ",") || word_is(a, e, "which") || word_is(a, e, "who") ||
                         word_is(a, e, "and") || word_is(a, e, "but") || word_is(a, e, "that")))
                e--;
        return e;
}

/* After "said" a clause starts with its subject: `said the deal`, `said Kim
 * would`, `said developers had`; not `said in a statement`, `said so`. After
 * other verbs only a pronoun is clear enough: `told reporters he would`. */
bool reported_starts_clause(const Attr *a, long j, bool said) {
        static const char *const subjects[] = { "he", "she", "they", "it", "we", "i", "there", "he'll", "she'll",
                                                "they'll", "we'll", "i'll", "he'd", "she'd", "they'd", "it's",
                                                "they're", "we're", "i'm", "he\u2019ll", "she\u2019ll",
                                                "they\u2019ll", "it\u2019s", "they\u2019re", "we\u2019re" };
        for (size_t k = 0; k < G_N_ELEMENTS(subjects); k++)
                if (word_is(a, j, subjects[k]) && !is_kind(a, j + 1, QUOTE_TOK_PUNCT))
                        return true;
        if (!said || !is_kind(a, j, QUOTE_TOK_WORD) || word_is(a, j, "one") || is_adverb(a, j) ||
            word_in(a, j, quote_word_is_notclause) || word_in(a, j, quote_word_is_cue))
                return false;
        /* a clause needs a few words before the sentence ends */
        for (long k = j; k < j + 3; k++)
                if (!valid(a, k) || !same_sentence(a, k, j) || (is_final_punct(a, k) && !is_abbrev_dot(a, k)))
                        return false;
        return true;
}

/* Where the reported clause after the verb at @v starts, or -1:
 * `said (in a statement) that ...`, `told reporters he ...`, `said the ...`. */
long reported_content_start(const Attr *a, long v) {
        /* `said the dealerships that were closed are ...`: after a noun phrase,
         * "that" starts a relative clause, not the reported one */
        static const char *const dets[] = { "the", "a", "an", "its", "his", "her", "their", "our" };
        bool noun_first = false;
        for (size_t k = 0; k < G_N_ELEMENTS(dets) && !word_in(a, v, quote_word_is_told); k++)
                noun_first |= word_is(a, v + 1, dets[k]);
        for (long j = v + 1; j < a->n && j - v <= 9; j++) {
                bool relative = noun_first && j > v + 1 && (j <= v + 3 || is_aux(a, j + 1));
                if (word_is(a, j, "that") && !relative)
                        return j;
                bool wh = word_is(a, j, "how") || word_is(a, j, "why") || word_is(a, j, "whether");
                if (wh && j > v + 1 && word_in(a, v, quote_word_is_told))
                        return j;
                if (!is_kind(a, j, QUOTE_TOK_WORD) || word_in(a, j, quote_word_is_cue))
                        break;
        }
        /* "said in a statement Thursday night they pulled ...": a setting, then a
         * clause with a pronoun subject */
        if (word_is(a, v + 1, "in") && (word_in(a, v + 2, quote_word_is_det) || word_is(a, v + 2, "an"))) {
                for (long j = v + 3; j < a->n && j - v <= 8 && is_kind(a, j, QUOTE_TOK_WORD); j++)
                        if (reported_starts_clause(a, j, false))
                                return j;
        }
        long j = v + 1;
        if (word_in(a, v, quote_word_is_told)) {
                long object = j;
                while (j < a->n && j - object < TOLD_OBJECT_MAX && is_kind(a, j, QUOTE_TOK_WORD) &&
                       !reported_starts_clause(a, j, false))
                        j++;
                if (j == object)
                        return -1;
        }
        if (word_in(a, j, quote_word_is_time))
                j++;
        bool said = word_is(a, v, "said") || word_is(a, v, "says") || word_is(a, v, "say");
        return reported_starts_clause(a, j, said && j == v + 1) ? j : -1;
}

/* The first word of the sentence holding @v, past "But", "However," and the like. */
long reported_sentence_start(const Attr *a, long v) {
        long c = v;
        while (c > 0 && same_sentence(a, c - 1, v) && !is_kind(a, c - 1, QUOTE_TOK_BREAK))
                c--;
        while (c < v && (word_in(a, c, quote_word_is_lead) || punct_is(a, c, ",")))
                c++;
        return c;
}

/* Past a time after a verb at @i: "Tuesday", "Tuesday night", "last week",
 * "earlier this month"; @i itself when none starts there. */
long reported_past_time(const Attr *a, long i) {
        static const char *const parts[] = { "night", "morning", "afternoon", "evening", "week", "weekend",
                                             "month", "year" };
        static const char *const leads[] = { "last", "this", "next", "early", "late" };
        if (word_is(a, i, "earlier") || word_is(a, i, "later"))
                i++;
        bool lead = false;
        for (size_t k = 0; k < G_N_ELEMENTS(leads) && !lead; k++)
                lead = word_is(a, i, leads[k]);
        long j = lead ? i + 1 : i;
        bool part = false;
        for (size_t k = 0; k < G_N_ELEMENTS(parts) && !part; k++)
                part = word_is(a, j, parts[k]);
        if (word_in(a, j, quote_word_is_time)) {
                j++;
                for (size_t k = 0; k < G_N_ELEMENTS(parts); k++)
                        if (word_is(a, j, parts[k]))
                                return j + 1;
                return j;
        }
        return lead && part ? j + 1 : i;
}

/* Past a closing verb's time and setting, `X said (Tuesday) (in a statement).`:
 * the token after them; a tail that holds a clause ("that", "which", "and")
 * ends nothing. */
long reported_past_setting(const Attr *a, long v) {
        static const char *const preps[] = { "at", "during", "in", "on", "to", "via" };
        long end = reported_past_time(a, v + 1);
        bool prep = false;
        for (size_t k = 0; k < G_N_ELEMENTS(preps) && !prep; k++)
                prep = word_is(a, end, preps[k]);
        if (!prep)
                return end;
        long e = end + 1;
        while (e < a->n && e - end <= SETTING_MAX && (is_kind(a, e, QUOTE_TOK_WORD) || is_abbrev_dot(a, e))) {
                if (word_is(a, e, "that") || word_is(a, e, "which") || word_is(a, e, "who") || word_is(a, e, "and") ||
                    word_in(a, e, quote_word_is_cue))
                        return end;
                e++;
        }
        return e > end + 1 && is_final_punct(a, e) && !is_abbrev_dot(a, e) ? e : end;
}

/* A quotation mark within two bytes of an edge of the token range [@s, @e]. */
static bool mark_near(const Attr *a, long s, long e) {
        for (long i = s - 4; i <= e + 4; i++) {
                if (!is_kind(a, i, QUOTE_TOK_MARK))
                        continue;
                const QuoteToken *m = &a->t[i];
                uint32_t start = a->t[s].start, end = a->t[e].end;
                bool near_start = (m->end <= start && start - m->end <= 2) || (m->start >= start && m->start - start <= 2);
                bool near_end = (m->start >= end && m->start - end <= 2) || (m->end <= end && end - m->end <= 2);
                if (near_start || near_end)
                        return true;
        }
        return false;
}

/* Content that holds a direct quotation or opens or closes with a quotation
 * mark (`called the plan "a disaster"`) is a mixed quotation: the direct pass
 * owns those, so the wide pass leaves them alone. */
bool reported_mixed(const Attr *a, long s, long e) {
        for (long i = s; i <= e; i++)
                if (a->quote_of[i] >= 0)
                        return true;
        return mark_near(a, s, e);
}

/* A verb in [@s, @e]; a piece that opens with a word in -s opens with its verb
 * ("..., the minister said, protects thousands of jobs"). */
bool reported_holds_verb(const Attr *a, long s, long e) {
        if (is_kind(a, s, QUOTE_TOK_WORD) && !is_cap(a, s) && a->text[a->t[s].end - 1] == 's')
                return true;
        for (long i = s; i <= e; i++)
                if (reported_verbish(a, i) && !is_adverb(a, i))
                        return true;
        return false;
}

/* The word after the verb a noun phrase may start with: not a preposition or
 * an adverb ("criticized in", "called again"). */
static bool starts_object(const Attr *a, long j) {
        /* the determiners the clause list turns away start objects well: "wants more
         * funding", "endorsed this plan", "ruled out all tax increases" */
        static const char *const dets[] = { "more", "this", "all", "both", "no", "much", "less", "little" };
        for (size_t k = 0; k < G_N_ELEMENTS(dets); k++)
                if (word_is(a, j, dets[k]) && is_kind(a, j + 1, QUOTE_TOK_WORD) && same_sentence(a, j, j + 1))
                        return true;
        /* a particle is no object: "showed up", "backed down" */
        if (word_is(a, j, "up") || word_is(a, j, "down") || word_is(a, j, "away"))
                return false;
        if (!is_kind(a, j, QUOTE_TOK_WORD) || word_in(a, j, quote_word_is_notclause) || is_adverb(a, j) ||
            word_is(a, j, "that") || word_is(a, j, "and") || word_is(a, j, "or") || word_is(a, j, "but"))
                return false;
        /* a few words before the clause ends */
        return valid(a, j + 1) && same_sentence(a, j, j + 1);
}

/* A subject and its auxiliary within a few words: "the deal will hold", "Trump
 * was wrong"; not "the update that was released" (a relative clause). */
static bool has_finite_verb(const Attr *a, long j) {
        for (long k = j + 1; k < j + 7 && valid(a, k) && (is_kind(a, k, QUOTE_TOK_WORD) || is_abbrev_dot(a, k)); k++) {
                if (word_is(a, k, "that") || word_is(a, k, "which") || word_is(a, k, "who"))
                        return false;
                if (is_aux(a, k) || word_is(a, k, "do") || word_is(a, k, "does") || word_is(a, k, "did") ||
                    word_is(a, k, "doesn't") || word_is(a, k, "don't") || word_is(a, k, "didn't") ||
                    (reported_verbish(a, k) && !is_adverb(a, k)))
                        return true;
        }
        return false;
}

/* A word that opens an indirect question: "asked them why ...". */
static bool asked_word(const Attr *a, long j) {
        return (word_is(a, j, "what") || word_is(a, j, "who") || word_is(a, j, "why") || word_is(a, j, "when") ||
                word_is(a, j, "where") || word_is(a, j, "which")) &&
               is_kind(a, j + 1, QUOTE_TOK_WORD);
}

/* Where the content after the verb at @v (with @flags) starts, or -1. */
long reported_wide_content_start(const Attr *a, long v, uint8_t flags) {
        long j = v + 1;
        while (word_in(a, j, quote_word_is_time) || is_adverb(a, j) || word_is(a, j, "again") ||
               word_is(a, j, "also") || (word_is(a, j, "on") && word_in(a, j + 1, quote_word_is_time)))
                j++;
        /* "told reporters (that) ...", "urged the administration to join" */
        /* "told The Post and Courier newspaper of Charleston on Saturday that" */
        if (flags & REPORTED_TOLD) {
                for (long k = j; k < j + 12 && (is_kind(a, k, QUOTE_TOK_WORD) || is_abbrev_dot(a, k)); k++)
                        if (word_is(a, k, "that") && k > j && is_kind(a, k + 1, QUOTE_TOK_WORD) &&
                            !is_aux(a, k + 1))
                                return k;
        }
        if ((flags & REPORTED_TOLD) && !word_is(a, j, "that") && !reported_starts_clause(a, j, false)) {
                long object = j;
                bool wh_first = word_is(a, j, "whether") || word_is(a, j, "if") || word_is(a, j, "how") ||
                                word_is(a, j, "why") || word_is(a, j, "what");
                /* "asked the campaigns of the three candidates why", "asked Carson about" */
                bool ask = (flags & REPORTED_ASK) != 0;
                while (!wh_first && j - object < TOLD_OBJECT_MAX && (is_kind(a, j, QUOTE_TOK_WORD) || is_abbrev_dot(a, j)) &&
                       !word_is(a, j, "that") && !word_is(a, j, "to") && !reported_starts_clause(a, j, false) &&
                       !word_in(a, j, quote_word_is_cue) && !word_is(a, j, "whether") && !word_is(a, j, "if") &&
                       !word_is(a, j, "how") && !(ask && (asked_word(a, j) || word_is(a, j, "about"))))
                        j++;
                if (ask && j > object && word_is(a, j, "about") && starts_object(a, j + 1))
                        return j + 1;
                bool next = word_is(a, j, "that") || word_is(a, j, "to") || reported_starts_clause(a, j, false) ||
                            word_is(a, j, "whether") || word_is(a, j, "if") || word_is(a, j, "how") ||
                            (ask && asked_word(a, j));
                /* "told me his support for Mr. Trump makes him ..." */
                if (!next && j > object && j - object <= 2 && reported_starts_clause(a, j, true) &&
                    has_finite_verb(a, j))
                        return j;
                if (!wh_first && (j == object || !next))
                        return -1;
        }
        /* "found that, on average, incomes grew" */
        if ((flags & REPORTED_THAT) && word_is(a, j, "that") &&
            (is_kind(a, j + 1, QUOTE_TOK_WORD) || (punct_is(a, j + 1, ",") && is_kind(a, j + 2, QUOTE_TOK_WORD))))
                return j;
        bool wh = word_is(a, j, "whether") || word_is(a, j, "if") || word_is(a, j, "how") || word_is(a, j, "why") ||
                  word_is(a, j, "what") || word_is(a, j, "when") || word_is(a, j, "where") || word_is(a, j, "who");
        /* "said when she resigned" is a time, not what was said ("remembers
         * when" is a memory) */
        bool say = word_is(a, v, "said") || word_is(a, v, "says") || word_is(a, v, "say") || word_is(a, v, "saying");
        bool when = say && (word_is(a, j, "when") || word_is(a, j, "where"));
        if (((flags & REPORTED_ASK) || ((flags & REPORTED_CLAUSE) && !when)) && wh && is_kind(a, j + 1, QUOTE_TOK_WORD))
                return j;
        if ((flags & REPORTED_INFINITIVE) && word_is(a, j, "to") && is_kind(a, j + 1, QUOTE_TOK_WORD))
                return j;
        if ((flags & REPORTED_CLAUSE) && reported_starts_clause(a, j, false))
                return j;
        if ((flags & REPORTED_CLAUSE) && reported_starts_clause(a, j, true) && has_finite_verb(a, j))
                return j;
        /* "said Mr. Obama was haunted": the title's period ends no sentence */
        if ((flags & REPORTED_CLAUSE) && is_cap(a, j) && is_abbrev_dot(a, j + 1) && has_finite_verb(a, j))
                return j;
        if ((flags & REPORTED_OBJECT) && starts_object(a, j))
                return j;
        /* "spoke about the economy", "pointed out that", "pushed back on" */
        if (!(flags & REPORTED_PREP))
                return -1;
        if (word_is(a, j, "out") || word_is(a, j, "back") || word_is(a, j, "up"))
                j++;
        if (word_is(a, j, "that") && is_kind(a, j + 1, QUOTE_TOK_WORD))
                return j;
        static const char *const preps[] = { "about", "of", "on", "against", "for", "to", "at", "over" };
        bool prep = false;
        for (size_t k = 0; k < G_N_ELEMENTS(preps); k++)
                prep |= word_is(a, j, preps[k]);
        /* "spoke to reporters": whom one talks to is no content */
        bool talk = word_is(a, v, "spoke") || word_is(a, v, "speak") || word_is(a, v, "speaks") ||
                    word_is(a, v, "talk") || word_is(a, v, "talks") || word_is(a, v, "talked") ||
                    word_is(a, v, "talking") || word_is(a, v, "speaking");
        /* "talking to voters about health care": whom one talks to is no content,
         * what about is */
        if (talk && (word_is(a, j, "to") || word_is(a, j, "with"))) {
                for (long k = j + 1; k < j + 8 && is_kind(a, k, QUOTE_TOK_WORD); k++)
                        if (word_is(a, k, "about") && starts_object(a, k + 1))
                                return k + 1;
                return -1;
        }
        if (!prep)
                return -1;
        j++;
        if (word_is(a, j, "whether") || word_is(a, j, "how") || word_is(a, j, "what") || word_is(a, j, "why"))
                return j;
        return starts_object(a, j) ? j : -1;
}

/* `a probe which the agency said was ongoing`, `what she said is growing
 * demand`: the reported clause lost its subject to the relative pronoun before
 * the speaker, and starts with its verb. */
long reported_relative_content(const Attr *a, long v) {
        long j = v + 1;
        if (!is_aux(a, j) && !word_is(a, j, "had"))
                return -1;
        for (long k = v - 1; k >= 0 && v - k <= 6 && same_sentence(a, k, v); k--) {
                if (word_is(a, k, "which") || word_is(a, k, "what") || (word_is(a, k, "that") && k < v - 1))
                        return k < v - 1 ? j : -1;
                if (!is_kind(a, k, QUOTE_TOK_WORD) && !is_abbrev_dot(a, k))
                        return -1;
        }
        return -1;
}

/* The content [@c, @e] stops before a clause another attribution holds:
 * "acknowledged Sanders' success, saying she ..." */
long reported_before_used(const Attr *a, long c, long e) {
        for (long i = c; i <= e; i++) {
                if (!a->used[i])
                        continue;
                e = i - 1;
                while (e >= c && (is_kind(a, e, QUOTE_TOK_PUNCT) || word_is(a, e, "and") || word_is(a, e, "but") ||
                                  word_is(a, e, "who") || word_is(a, e, "which") || word_is(a, e, "that")))
                        e--;
                /* one word is enough for a name: "who endorsed Clinton, said" */
                return e - c >= 1 || (e == c && is_cap(a, c)) ? e : -1;
        }
        return e;
}

/* `called the plan "a disaster"`, `calling him "weak"`: a naming verb's object
 * with the quoted words it is given is the content, a mixed quotation no direct
 * quote took. Moves @e to the closing mark. */
bool reported_named_in_marks(const Attr *a, long v, long c, long *e) {
        static const char *const verbs[] = { "call", "called", "calling", "calls" };
        bool naming = false;
        for (size_t k = 0; k < G_N_ELEMENTS(verbs) && !naming; k++)
                naming = word_is(a, v, verbs[k]);
        if (!naming)
                return false;
        long open = c;
        while (open <= *e && open - c <= NAMED_OBJECT_MAX &&
               (is_kind(a, open, QUOTE_TOK_WORD) || is_abbrev_dot(a, open)))
                open++;
        if (open == c || !is_kind(a, open, QUOTE_TOK_MARK) || a->quote_of[open] >= 0)
                return false;
        long close = open + 1;
        while (close < a->n && close - open <= NAMED_QUOTE_MAX && !is_kind(a, close, QUOTE_TOK_MARK) &&
               !is_kind(a, close, QUOTE_TOK_BREAK) && a->quote_of[close] < 0)
                close++;
        if (close == open + 1 || !is_kind(a, close, QUOTE_TOK_MARK) || a->quote_of[close] >= 0)
                return false;
        *e = close;
        return true;
}

/* In a relative clause ("Voters who want change turned out") an object ends
 * where the main clause's verb comes back: the content [@c, @e] is cut before
 * it. A clause ("that", "to", a subject and its verb) keeps its own verbs. */
long reported_relative_object_end(const Attr *a, uint8_t flags, long c, long e) {
        if (word_is(a, c, "that") || word_is(a, c, "to") || ((flags & REPORTED_CLAUSE) && has_finite_verb(a, c)))
                return e;
        for (long i = c + 1; i <= e; i++)
                if (reported_verbish(a, i) && !is_adverb(a, i) && !word_is(a, i - 1, "to")) {
                        e = i - 1;
                        while (e > c && is_kind(a, e, QUOTE_TOK_PUNCT))
                                e--;
                        return e;
                }
        return e;
}

/* "made (it) clear that", "made the case that/for": the last word of such a
 * cue at @v, or @v when none starts there. */
long reported_made_clear(const Attr *a, long v) {
        if (!(word_is(a, v, "made") || word_is(a, v, "make") || word_is(a, v, "makes") || word_is(a, v, "making")))
                return v;
        long j = word_is(a, v + 1, "it") ? v + 2 : v + 1;
        if (word_is(a, j, "clear") && (word_is(a, j + 1, "that") || reported_starts_clause(a, j + 1, false)))
                return j;
        if (word_is(a, v + 1, "the") && word_is(a, v + 2, "case") &&
            (word_is(a, v + 3, "that") || word_is(a, v + 3, "for")))
                return v + 2;
        return v;
}

/* "While Trump's team views talks as a first step, experts caution ...": in a
 * sentence that opens with a subordinate clause, content in that clause ends
 * at its comma. Returns the new end of the content [@c, @e]. */
long reported_subordinate_end(const Attr *a, long v, long c, long e) {
        static const char *const words[] = { "while", "although", "though", "because", "if", "when", "since",
                                             "whereas", "as", "after", "before", "once", "unless", "until" };
        long s = v;
        while (s > 0 && same_sentence(a, s - 1, v) && !is_kind(a, s - 1, QUOTE_TOK_BREAK))
                s--;
        bool subordinate = false;
        for (size_t k = 0; k < G_N_ELEMENTS(words) && !subordinate; k++)
                subordinate = word_is(a, s, words[k]);
        if (!subordinate || word_is(a, c, "that"))
                return e;
        for (long i = c + 1; i <= e; i++)
                if (punct_is(a, i, ","))
                        return i - 1;
        return e;
}
