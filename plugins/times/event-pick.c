/* Which dated expressions of a sentence date an event of their own.
 * SPDX-License-Identifier: MIT
 *
 * One clause tells one event: "An internal memo on April 2 showed that Apple
 * passed Wal-Mart in 2008" is one event, dated by its finest expression, not
 * two events with one label. Clauses joined by "and" or a comma keep one event
 * each ("fought cancer in 2004 and took leave in 2009"). Some expressions date
 * nothing: a year that names a thing outside the subject ("the 2011 version",
 * "since its 1967 debut"; but "A June 3 hearing has been scheduled") and a
 * day's name ("Black Monday"); the date of a source ("according to figures
 * released April 3"), of a comparison ("compared to the previous year") or of
 * a condition ("if the sale had gone through last year") only when the
 * sentence has no other; a record's "since" ("its lowest level since 2003")
 * never. */
#include "event-parse.h"

typedef struct {
        Clause clause;    /* the clause its label comes from */
        int precision;
        bool attribution; /* in "according to ..." */
} Candidate;

/* "the 2011 version", "the company's 2010 conference": a date that names a thing. */
static bool names_a_thing(const Sentence *s)
{
        /* "Black Monday", "Super Tuesday": a day's name */
        if (s->first > 0 && s->last == s->first + 1 && s->w[s->first].cls == TIMEX_CLASS_WEEKDAY &&
            WORD_IN(s, s->first - 1, "black", "cyber", "super", "bloody", "blue", "giving"))
                return true;
        if (s->first == 0 || s->last >= s->n)
                return false;
        if (!WORD_IN(s, s->first - 1, "the", "a", "an", "its", "their", "his", "her", "our", "'s", "of"))
                return false; /* "a brief run of 2007 models" */
        size_t next = s->last;
        if (s->text[s->w[next].start] == ',' && next + 1 < s->n)
                next++; /* "the September 11, 2001, attacks" */
        bool name = (s->w[next].flags & TIMEX_WORD_CAPITAL) != 0; /* "as of January 2008, Apple's iTunes" */
        return s->w[next].shape == TIMEX_SHAPE_WORD && !is_preposition(s, next) && !is_verb(s, next) &&
               !opens_subject(s, next) &&
               !is_connective(s, next) && !is_relative(s, next) && !WORD_IN(s, next, "'s") &&
               !(name && (next > s->last || WORD_IN(s, s->first - 1, "of")));
}

/* "its lowest level since 2003", "the worst fall since 1987", "lows not seen
 * since October 1982", "its first annual loss since 1992": a record's "since"
 * says how long the record held, and nothing happened on that date. */
static bool record_since(const Sentence *s)
{
        if (s->first == 0 || !WORD_IN(s, s->first - 1, "since"))
                return false;
        for (size_t i = s->first - 1; i-- > 0 && i + 8 > s->first;) {
                if (s->w[i].shape == TIMEX_SHAPE_PUNCT)
                        return false;
                if (WORD_IN(s, i, "best", "worst", "first", "highest", "lowest", "largest", "biggest", "smallest",
                            "longest", "strongest", "weakest", "sharpest", "steepest", "deepest", "greatest",
                            "fastest", "slowest", "heaviest", "record"))
                        return true;
                /* "lows not seen since", but "what we have seen since January 2022" is no record */
                if (WORD_IN(s, i, "seen") && i > 0 && WORD_IN(s, i - 1, "not", "never"))
                        return true;
        }
        return false;
}

static size_t clause_of_word(const GArray *clauses, size_t i)
{
        size_t c = 0;
        while (c + 1 < clauses->len && clause_at(clauses, c).hi <= i)
                c++;
        return c;
}

/* "has a June 1 deadline": a dated event as the verb's object dates its clause. */
static bool event_object(const Sentence *s)
{
        return s->first >= 2 && s->last < s->n && is_verb(s, s->first - 2) &&
               WORD_IN(s, s->last, "deadline", "hearing", "meeting", "vote", "election", "summit", "launch", "trial",
                       "conference", "ceremony", "visit");
}

/* "A June 3 hearing has been scheduled": a date in the subject dates its clause. */
static bool in_subject(const Sentence *s, Clause cl)
{
        for (size_t i = cl.lo; i < s->first; i++)
                if (is_verb(s, i) || is_preposition(s, i))
                        return false;
        return true;
}

/* "fell from Monday's close": a possessive after the verb dates the noun, not the clause. */
static bool possessive_object(const Sentence *s, Clause cl)
{
        if (s->last >= s->n || !WORD_IN(s, s->last, "'s"))
                return false;
        for (size_t i = content_start(s, cl); i < s->first; i++)
                if (is_verb(s, i))
                        return true;
        return false;
}

static bool candidate_of(const EventSentence *in, size_t k, Candidate *ret)
{
        Sentence s;
        sentence_init(&s, in, k);
        g_autoptr(GArray) clauses = split_clauses(&s);
        if (clauses->len == 0)
                return false;
        Clause own = clause_at(clauses, clause_of_word(clauses, s.first));
        if ((names_a_thing(&s) && !in_subject(&s, own) && !event_object(&s)) || record_since(&s))
                return false;
        /* "around 2020, and not 2015 as previously hoped": a date denied dates nothing */
        if (s.first > 0 && WORD_IN(&s, s.first - 1, "not"))
                return false;
        size_t lo = content_start(&s, own);
        /* a quotation and its reporting clause tell one event */
        ret->clause = quote_applies(&s, clauses) ? (Clause) { 0, s.n } : clause_at(clauses, pick_clause(&s, clauses));
        ret->precision = possessive_object(&s, own) ? 0 : in->exprs[k].precision;
        ret->attribution = (lo + 1 < s.n && WORD_IN(&s, lo, "according") && WORD_IN(&s, lo + 1, "to")) ||
                           WORD_IN(&s, own.lo, "if", "unless") || /* "If the sale had gone through last year" */
                           (s.first >= 2 && WORD_IN(&s, s.first - 2, "compared") &&
                            WORD_IN(&s, s.first - 1, "to", "with")); /* "compared to the previous year" */
        return true;
}

static bool overlap(Clause a, Clause b)
{
        return a.lo < b.hi && b.lo < a.hi;
}

void event_label_pick(const EventSentence *in, bool *ret_keep)
{
        size_t n = in->n_exprs;
        g_autofree Candidate *cand = g_new0(Candidate, n);
        bool other_than_source = false;
        for (size_t k = 0; k < n; k++) {
                ret_keep[k] = in->n_words > 0 && candidate_of(in, k, &cand[k]);
                other_than_source = other_than_source || (ret_keep[k] && !cand[k].attribution);
        }
        for (size_t k = 0; k < n; k++)
                if (ret_keep[k] && cand[k].attribution && other_than_source)
                        ret_keep[k] = false;
        /* of the expressions of one clause, the finest; the first among equals */
        for (size_t k = 0; k < n; k++) {
                for (size_t j = 0; j < k && ret_keep[k]; j++) {
                        if (!ret_keep[j] || !overlap(cand[j].clause, cand[k].clause))
                                continue;
                        if (cand[k].precision > cand[j].precision)
                                ret_keep[j] = false;
                        else
                                ret_keep[k] = false;
                }
        }
}
