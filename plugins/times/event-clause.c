/* Clauses for event labels: where they split, which one a label comes from,
 * and the subject a clause without one borrows.
 * SPDX-License-Identifier: MIT
 *
 * A sentence is split into clauses at commas, semicolons, colons, dashes,
 * brackets and quotation marks (never inside the expression). The label comes
 * from the clause holding the expression; when that clause has no verb, from
 * the main clause after a leading phrase ("In a speech last month, Kim
 * reiterated ...") or the nearest clause with a verb before it. */
#include "event-parse.h"

/* Words either side of the expression a label looks at: a clause is shorter, and
 * a run-on "sentence" of thousands of words (a table, a list) must not cost
 * the square of its length for each of its dates. */
#define WINDOW_SIDE 80

void sentence_init(Sentence *s, const EventSentence *in, size_t expr)
{
        const EventExpr *e = &in->exprs[expr];
        size_t lo = e->first > WINDOW_SIDE ? e->first - WINDOW_SIDE : 0;
        size_t hi = MIN(in->n_words, e->first + e->n + WINDOW_SIDE);
        *s = (Sentence) { in->words + lo, hi - lo, in->text, e->first - lo, e->first + e->n - lo, in, lo };
}

bool has_verb(const Sentence *s, Clause c)
{
        for (size_t i = c.lo; i < c.hi; i++)
                if (!in_expression(s, i) && is_verb(s, i))
                        return true;
        return false;
}

/* Whether a conjunction at @i in [@lo, @hi) joins two clauses rather than two
 * noun phrases: a verb before it, and after it a verb ("fought X in 2004 and
 * took Y in 2009") or a short noun phrase and a verb ("and the aircraft should
 * enter"). "between April and June" joins two expressions, not clauses. */
static bool joins_clauses(const Sentence *s, size_t lo, size_t hi, size_t i)
{
        if (!WORD_IN(s, i, "and", "but") || i + 1 >= hi || i == lo)
                return false;
        if (in_any_expression(s, i - 1) && in_any_expression(s, i + 1))
                return false;
        size_t k = i + 1;
        while (k < hi && (ends_with(s, k, "ly", 4) || WORD_IN(s, k, "then", "also", "soon", "later")))
                k++;
        /* "Apple is the producer of X, the iPod and launched Y" */
        if (k < hi && is_verb(s, k) && has_verb(s, (Clause) { 0, i }))
                return true;
        if (!has_verb(s, (Clause) { lo, i }))
                return false;
        if (k >= hi || !opens_subject(s, k))
                return false;
        for (; k < hi && k <= i + 7; k++) {
                if (is_verb(s, k))
                        return true;
                if (is_preposition(s, k) || is_relative(s, k) || s->w[k].shape == TIMEX_SHAPE_PUNCT ||
                    WORD_IN(s, k, "and", "or"))
                        return false;
        }
        return false;
}

/* "he bought Pixar which was acquired by Disney in 2005": a relative clause
 * without a comma on a name is a clause of its own when its pronoun is the
 * subject ("anyone who has bought one" stays whole). */
static bool opens_relative(const Sentence *s, size_t lo, size_t i)
{
        /* "new A380s which it will begin to fly": the pronoun may be the object */
        bool object = WORD_IN(s, i, "which") && i + 1 < s->n && WORD_IN(s, i + 1, "it", "they", "he", "she", "we");
        size_t k = i - 1; /* back to the start of a word written in pieces: "A350s", "A380's" */
        while (k > lo && !(s->w[k].flags & TIMEX_WORD_SPACE_BEFORE))
                k--;
        bool name = i > lo && (s->w[k].flags & TIMEX_WORD_CAPITAL);
        return WORD_IN(s, i, "which", "who") && i + 1 < s->n && (is_verb(s, i + 1) || object) && name &&
               has_verb(s, (Clause) { lo, i });
}

/* "Its future is uncertain as the contract expires in 2008", "was not reported
 * when the plane made its first flight": a subordinate clause after a main
 * clause is a clause of its own when a subject (maybe after a date: "while
 * earlier this month another jet suffered") and a verb follow its conjunction. */
static bool opens_subordinate(const Sentence *s, size_t lo, size_t hi, size_t i)
{
        if (!WORD_IN(s, i, "as", "since", "while", "when", "because", "although", "though", "whereas", "after",
                     "before", "until") || !has_verb(s, (Clause) { lo, i }))
                return false;
        size_t k = i + 1;
        while (k < hi && in_any_expression(s, k))
                k++;
        /* "as a result", "since 2004 and"; "since it opened" alone says too little */
        if (k >= hi || !opens_subject(s, k) || WORD_IN(s, k, "a", "an", "it", "they", "this", "that", "we", "you"))
                return false;
        for (size_t j = k + 1; j < hi && j <= k + 8; j++) {
                if (is_verb(s, j) && !in_any_expression(s, j))
                        return true;
                /* "pleaded before Congress to be given": a phrase, then an infinitive */
                if (s->w[j].shape == TIMEX_SHAPE_PUNCT || is_relative(s, j) || WORD_IN(s, j, "to"))
                        return false;
        }
        return false;
}

static void add_clause(const Sentence *s, GArray *clauses, size_t lo, size_t hi)
{
        size_t from = lo;
        for (size_t i = lo + 1; i < hi; i++) {
                if (!in_expression(s, i) &&
                    (joins_clauses(s, from, hi, i) || opens_relative(s, from, i) || opens_subordinate(s, from, hi, i))) {
                        g_array_append_val(clauses, ((Clause) { from, i }));
                        from = i;
                }
        }
        g_array_append_val(clauses, ((Clause) { from, hi }));
}

GArray *split_clauses(const Sentence *s)
{
        GArray *clauses = g_array_new(FALSE, FALSE, sizeof(Clause));
        size_t lo = 0;
        for (size_t i = 0; i <= s->n; i++) {
                if (i < s->n && !is_break(s, i))
                        continue;
                if (i > lo)
                        add_clause(s, clauses, lo, i);
                lo = i + 1;
        }
        return clauses;
}

Clause clause_at(const GArray *clauses, size_t c)
{
        return g_array_index(clauses, Clause, c);
}

/* The first word of @c after connectives. */
size_t content_start(const Sentence *s, Clause c)
{
        size_t lo = c.lo;
        while (lo < c.hi && is_connective(s, lo) && !in_expression(s, lo))
                lo++;
        return lo;
}

/* Whether @c says something of its own: a verb, or a participle or relative
 * clause that borrows its subject ("signing X in June", "which ended Dec. 30"). */
static bool has_predicate(const Sentence *s, Clause c)
{
        size_t lo = content_start(s, c);
        /* "which took place in 1996" tells of the clause before */
        if (lo + 2 < c.hi && WORD_IN(s, lo, "which") &&
            (WORD_IN(s, lo + 1, "happened", "occurred") || (WORD_IN(s, lo + 1, "took") && WORD_IN(s, lo + 2, "place"))))
                return false;
        if (lo < c.hi && !in_expression(s, lo) && !is_preposition_participle(s, lo) &&
            (ends_with(s, lo, "ing", 5) || ends_with(s, lo, "ed", 4) || is_relative(s, lo)))
                return true;
        return has_verb(s, c);
}

/* Whether @c has a verb and its own subject: the clause a leading phrase such
 * as "when 20 years ago," belongs to. */
static bool full_clause(const Sentence *s, Clause c)
{
        size_t lo = content_start(s, c);
        return lo < c.hi && has_verb(s, c) && !is_verb(s, lo) && !is_relative(s, lo) &&
               !ends_with(s, lo, "ing", 5) && !is_preposition(s, lo);
}

/* The clause to label: the one with the expression when it has a verb; else the
 * main clause after a leading phrase, or the nearest clause with a verb before;
 * a phrase that opens a subordinate clause ("..., when 20 years ago, the
 * market crashed") belongs to that clause. */
size_t pick_clause(const Sentence *s, const GArray *clauses)
{
        size_t c = 0;
        while (c + 1 < clauses->len && clause_at(clauses, c).hi <= s->first)
                c++;
        if (has_predicate(s, clause_at(clauses, c)))
                return c;
        Clause here = clause_at(clauses, c);
        bool waiting = c > 0 && WORD_IN(s, clause_at(clauses, c - 1).hi - 1, "that"); /* "showed that, as of" */
        if (here.lo < s->first && !waiting &&
            (WORD_IN(s, here.lo, "when", "after", "before", "while", "because", "since", "as") ||
             is_preposition(s, here.lo)) &&
            c + 1 < clauses->len && full_clause(s, clause_at(clauses, c + 1)))
                return c + 1;
        bool leading = true;
        for (size_t k = 0; k < c; k++)
                leading = leading && !has_verb(s, clause_at(clauses, k));
        if (leading) {
                for (size_t k = c + 1; k < clauses->len; k++)
                        if (has_verb(s, clause_at(clauses, k)) && !clause_is_aside(s, clause_at(clauses, k)))
                                return k;
        }
        for (size_t k = c; k-- > 0;)
                if (has_verb(s, clause_at(clauses, k)))
                        return k;
        return c;
}
