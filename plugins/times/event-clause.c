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

void sentence_init(Sentence *s, const EventSentence *in, size_t expr)
{
        const EventExpr *e = &in->exprs[expr];
        *s = (Sentence) { in->words, in->n_words, in->text, e->first, e->first + e->n, in };
}

bool has_verb(const Sentence *s, Clause c)
{
        for (size_t i = c.lo; i < c.hi; i++)
                if (!in_expression(s, i) && is_verb(s, i))
                        return true;
        return false;
}

GArray *split_clauses(const Sentence *s)
{
        GArray *clauses = g_array_new(FALSE, FALSE, sizeof(Clause));
        size_t lo = 0;
        for (size_t i = 0; i <= s->n; i++) {
                if (i < s->n && !is_break(s, i))
                        continue;
                if (i > lo)
                        g_array_append_val(clauses, ((Clause) { lo, i }));
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
        if (lo < c.hi && !in_expression(s, lo) &&
            (ends_with(s, lo, "ing", 5) || ends_with(s, lo, "ed", 4) || is_relative(s, lo)))
                return true;
        return has_verb(s, c);
}

/* The clause to label: the one with the expression when it has a verb; else the
 * main clause after a leading phrase, or the nearest clause with a verb before. */
size_t pick_clause(const Sentence *s, const GArray *clauses)
{
        size_t c = 0;
        while (c + 1 < clauses->len && clause_at(clauses, c).hi <= s->first)
                c++;
        if (has_predicate(s, clause_at(clauses, c)))
                return c;
        bool leading = true;
        for (size_t k = 0; k < c; k++)
                leading = leading && !has_verb(s, clause_at(clauses, k));
        if (leading) {
                for (size_t k = c + 1; k < clauses->len; k++)
                        if (has_verb(s, clause_at(clauses, k)))
                                return k;
        }
        for (size_t k = c; k-- > 0;)
                if (has_verb(s, clause_at(clauses, k)))
                        return k;
        return c;
}

/* The sentence's subject: the words of its first clause with a verb before that
 * verb, or a short first clause without a verb ("Steve Jobs, the CEO, announced"). */
Clause subject_of(const Sentence *s, const GArray *clauses)
{
        for (size_t c = 0; c < clauses->len; c++) {
                Clause cl = clause_at(clauses, c);
                size_t lo = content_start(s, cl);
                if (lo >= cl.hi || is_preposition(s, lo) || in_expression(s, lo))
                        continue;
                size_t v = lo;
                while (v < cl.hi && !is_verb(s, v))
                        v++;
                if (v == cl.hi)
                        return v - lo <= 6 ? (Clause) { lo, v } : (Clause) { 0, 0 };
                if (v > lo && v - lo <= 6)
                        return (Clause) { lo, v };
                break;
        }
        return (Clause) { 0, 0 };
}

/* The noun phrase a relative clause hangs on: the end of the clause before it,
 * back to its last verb or preposition ("will replace Mac OS X Snow Leopard"). */
static Clause antecedent_of(const Sentence *s, Clause before)
{
        size_t lo = before.hi;
        while (lo > before.lo && !is_verb(s, lo - 1) && !is_preposition(s, lo - 1) &&
               (!is_connective(s, lo - 1) || abbreviation_dot(s, lo - 1)) && !in_expression(s, lo - 1) &&
               before.hi - lo < 6 && !(lo - 1 > before.lo && is_modal(s, lo - 2)))
                lo--;
        return (Clause) { lo, before.hi };
}

/* Whether a clause before @c has a verb: then an -ed clause is a reduced relative
 * ("the suit, filed in 2003, claims"), else the main verb ("Jobs, the CEO, announced"). */
static bool verb_before(const Sentence *s, const GArray *clauses, size_t c)
{
        for (size_t k = 0; k < c; k++)
                if (has_verb(s, clause_at(clauses, k)))
                        return true;
        return false;
}

/* The subject a clause starting at @lo borrows, if any; @ret_skip says that the
 * word at @lo is a relative pronoun the subject replaces. */
Clause borrowed_subject(const Sentence *s, const GArray *clauses, size_t c, size_t lo, bool *ret_skip)
{
        *ret_skip = false;
        if (c == 0 || lo >= s->n || in_expression(s, lo))
                return (Clause) { 0, 0 };
        Clause here = clause_at(clauses, c), before = clause_at(clauses, c - 1);
        bool coordinated = lo > here.lo && WORD_IN(s, lo - 1, "and", "but", "or", "then");
        if (is_relative(s, lo)) {
                *ret_skip = true;
                return antecedent_of(s, before);
        }
        bool participle = ends_with(s, lo, "ed", 4) || WORD_IN(s, lo, "born") ||
                          (WORD_IN(s, lo, "to") && lo + 1 < s->n && WORD_IN(s, lo + 1, "be"));
        if (participle && !coordinated && verb_before(s, clauses, c))
                return antecedent_of(s, before);
        if (participle || ends_with(s, lo, "ing", 5) || is_verb(s, lo))
                return subject_of(s, clauses);
        return (Clause) { 0, 0 };
}
