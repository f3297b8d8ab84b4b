/* The subject a clause without one borrows, for event labels.
 * SPDX-License-Identifier: MIT
 *
 * A relative clause takes its antecedent ("Snow Leopard, which was released in
 * 2009" -> "Snow Leopard was released"); a participle clause the subject of
 * the nearest verb before it ("after the US government sold X, losing $9
 * billion" -> "the US government lost"); a predicate joined by ", and" the
 * subject of the clause before ("Ford has said that it ..., and predicted" ->
 * "Ford predicted"), one joined by a bare "and" that of the verb just before
 * ("tripled in 2004, doubled in 2005 and increased"). */
#include "event-parse.h"

#define MAX_SUBJECT 10 /* words; a longer run back to a boundary is not one noun phrase */

/* The sentence's subject: the words of its first clause with a verb before that
 * verb, or a short first clause without a verb ("Steve Jobs, the CEO, announced"). */
static bool describes_name(const Sentence *s, size_t i);

/* "Irish low cost airline, Ryanair, announced": a description, then the name
 * between commas; returns the name, or an empty clause. */
static Clause named_appositive(const Sentence *s, const GArray *clauses, size_t c)
{
        Clause cl = clause_at(clauses, c), none = { 0, 0 };
        if (c + 2 >= clauses->len || cl.hi == cl.lo || !describes_name(s, cl.hi - 1))
                return none;
        Clause name = clause_at(clauses, c + 1);
        size_t lo = content_start(s, name);
        if (lo >= name.hi || name.hi - lo > 4)
                return none;
        for (size_t i = lo; i < name.hi; i++)
                if (!(s->w[i].flags & TIMEX_WORD_CAPITAL) && !abbreviation_dot(s, i))
                        return none;
        Clause next = clause_at(clauses, c + 2);
        size_t v = content_start(s, next);
        while (v + 1 < next.hi && is_adverb(s, v))
                v++;
        return v < next.hi && is_verb(s, v) ? (Clause) { lo, name.hi } : none;
}

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
                Clause named = v == cl.hi ? named_appositive(s, clauses, c) : (Clause) { 0, 0 };
                if (named.hi > named.lo)
                        return named;
                if (v == cl.hi)
                        return v - lo <= MAX_SUBJECT ? (Clause) { lo, v } : (Clause) { 0, 0 };
                if (v > lo && v - lo <= MAX_SUBJECT)
                        return (Clause) { lo, v };
                break;
        }
        return (Clause) { 0, 0 };
}

/* A name, possibly possessive: "the Russian RTS", "Singapore's Straits Times Index". */
static bool in_name(const Sentence *s, size_t i)
{
        if (in_any_expression(s, i))
                return false;
        bool capital_before = i > 0 && (s->w[i - 1].flags & TIMEX_WORD_CAPITAL);
        bool capital_after = i + 1 < s->n && (s->w[i + 1].flags & TIMEX_WORD_CAPITAL);
        /* "Bank of America Corp. and JPMorgan Chase & Co."; not "the Chief Executive Officer of GM" */
        bool single = i < 2 || !(s->w[i - 2].flags & TIMEX_WORD_CAPITAL);
        bool joins = (WORD_IN(s, i, "and") || s->text[s->w[i].start] == '&' || (WORD_IN(s, i, "of") && single)) &&
                     capital_after && (capital_before || (i > 0 && abbreviation_dot(s, i - 1)));
        return (s->w[i].flags & TIMEX_WORD_CAPITAL) || abbreviation_dot(s, i) || joins ||
               (WORD_IN(s, i, "'s") && capital_before);
}

/* Whether words @i and @i + 1 are written together: "MD-95", "Wal-Mart". */
static bool glued(const Sentence *s, size_t i)
{
        return i + 1 < s->n && !(s->w[i + 1].flags & TIMEX_WORD_SPACE_BEFORE);
}

/* The name that ends words [lo, hi): "Daniel Akerson", "the Russian RTS", "the MD-95". */
static size_t name_start(const Sentence *s, size_t lo, size_t hi)
{
        size_t i = hi;
        bool capital = false;
        while (i > lo && !in_any_expression(s, i - 1) && (in_name(s, i - 1) || (i < hi && glued(s, i - 1)) ||
                                                          (i - 1 > lo && glued(s, i - 2) && glued(s, i - 1)))) {
                capital = capital || (s->w[i - 1].flags & TIMEX_WORD_CAPITAL);
                i--;
        }
        while (i < hi && s->w[i].shape == TIMEX_SHAPE_PUNCT)
                i++;
        return capital ? i : hi;
}

/* Whether the word at @i is a noun that says what a name is: "carmaker",
 * "company", "airline", "rival"; not "A second A380", "across Asia". */
static bool describes_name(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        if (w->shape != TIMEX_SHAPE_WORD || (w->flags & TIMEX_WORD_CAPITAL) || w->end - w->start < 4)
                return false;
        return ends_with(s, i, "maker", 5) || ends_with(s, i, "turer", 5) || ends_with(s, i, "framer", 6) ||
               ends_with(s, i, "ist", 5) ||
               WORD_IN(s, i, "company", "firm", "airline", "carrier", "group", "bank", "label", "rival", "giant",
                       "retailer", "chain", "operator", "agency", "regulator", "blog", "newspaper", "magazine",
                       "broadcaster", "network", "insurer", "lender", "chief", "executive", "chairman",
                       "minister", "official", "spokesman", "spokeswoman", "spokesperson", "senator",
                       "representative", "leader", "president", "director", "founder", "champion", "star",
                       "singer", "band", "party", "corporation", "conglomerate", "startup", "automaker");
}

/* "United States automobile company General Motors announced": a subject that
 * is a description and then a name starts at the name; a title stays
 * ("Senator John McCain"), and so does a description with a preposition or a
 * conjunction ("Shares of Apple Inc. rose", "X and federal minister Y").
 * @whole: [lo, hi) is the subject, else it runs to the first verb. */
size_t past_descriptor(const Sentence *s, size_t lo, size_t hi, bool whole)
{
        size_t v = lo, name_end = lo;
        while (v < hi && !is_verb(s, v)) {
                size_t end = aside_end(s, v, hi); /* "General Motors (GM) announced" */
                if (end != v) {
                        name_end = v;
                        v = end;
                        continue;
                }
                name_end = v + 1;
                bool punct = s->w[v].shape == TIMEX_SHAPE_PUNCT && !abbreviation_dot(s, v) &&
                             s->text[s->w[v].start] != '-' && s->text[s->w[v].start] != '\'';
                if (punct || is_preposition(s, v) || is_relative(s, v) || in_any_expression(s, v) ||
                    WORD_IN(s, v, "and", "or", "but", "&"))
                        return lo;
                v++;
        }
        if ((v == hi && !whole) || v == lo)
                return lo;
        if (v == hi && whole)
                name_end = hi;
        size_t n = name_start(s, lo, name_end);
        if (n == name_end || n <= lo + 1)
                return lo;
        return describes_name(s, n - 1) ? n : lo;
}

/* A word after "will" or "to" that is its verb ("will replace"), not a number ("to 46 percent"). */
static bool plain_verb(const Sentence *s, size_t i)
{
        return s->w[i].shape == TIMEX_SHAPE_WORD && !(s->w[i].flags & TIMEX_WORD_CAPITAL);
}

/* The start of the noun phrase that ends words [@lo, @hi), back to a verb or preposition. */
static size_t noun_phrase_start(const Sentence *s, size_t lo, size_t hi)
{
        size_t i = hi;
        while (i > lo && !is_verb(s, i - 1) && !is_preposition(s, i - 1) &&
               (!is_connective(s, i - 1) || abbreviation_dot(s, i - 1)) && !in_any_expression(s, i - 1) &&
               !(WORD_IN(s, i - 1, "'s") && i - 1 > lo && in_any_expression(s, i - 2)) && hi - i < 6 &&
               !(i - 1 > lo && is_modal(s, i - 2) && plain_verb(s, i - 1)))
                i--;
        return i;
}

/* The noun phrase a relative clause hangs on: the name that ends the clause
 * before it ("She replaces Daniel Akerson, who"), else the end of that clause
 * back to its last verb or preposition ("will replace Mac OS X Snow Leopard"). */
static Clause antecedent_of(const Sentence *s, Clause before)
{
        /* "a report released by the Labor Department on the same day, which said" */
        size_t end = before.hi;
        while (before.hi > before.lo && in_any_expression(s, before.hi - 1))
                before.hi--;
        if (before.hi < end && before.hi > before.lo && is_preposition(s, before.hi - 1))
                before.hi--;
        size_t lo = name_start(s, before.lo, before.hi);
        if (lo < before.hi && lo > before.lo && !abbreviation_dot(s, lo)) {
                if (WORD_IN(s, lo - 1, "the"))
                        lo--;
                return (Clause) { lo, before.hi };
        }
        lo = noun_phrase_start(s, before.lo, before.hi);
        /* "just over US$ 89.00, which was set": the currency goes with its amount */
        if (lo > before.lo && lo < before.hi && s->w[lo].shape == TIMEX_SHAPE_NUMBER &&
            s->text[s->w[lo - 1].start] == '$') {
                lo--;
                if (lo > before.lo && WORD_IN(s, lo - 1, "US") && !(s->w[lo].flags & TIMEX_WORD_SPACE_BEFORE))
                        lo--;
        }
        /* "increased its holding to 46 percent, expected to rise": what rose, not the amount */
        if (lo > before.lo + 1 && lo < before.hi && WORD_IN(s, lo - 1, "to") && s->w[lo].shape == TIMEX_SHAPE_NUMBER) {
                size_t hi = lo - 1, from = noun_phrase_start(s, before.lo, hi);
                if (from < hi && from > before.lo && is_verb(s, from - 1))
                        return (Clause) { from, hi };
        }
        return (Clause) { lo, before.hi };
}

/* Words that end a subject looked for backwards from its verb. */
static bool subject_boundary(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        bool hyphen = s->text[w->start] == '-' && !(w->flags & TIMEX_WORD_SPACE_BEFORE);
        if (w->shape == TIMEX_SHAPE_PUNCT && !abbreviation_dot(s, i) && !hyphen)
                return true;
        if (is_verb(s, i) && !ends_with(s, i, "ed", 4))
                return true; /* "the amount calculated for last year" is one noun phrase */
        return is_relative(s, i) ||
               WORD_IN(s, i, "and", "but", "or", "because", "after", "before", "when", "while", "if", "although",
                       "though", "whereas", "since", "as", "whether", "than", "unless", "until");
}

/* A clause a subject is never taken from: "he said" between commas, or a
 * relative clause ("Singapore's index, which fell on Friday, was not open"). */
bool clause_is_aside(const Sentence *s, Clause cl)
{
        size_t lo = content_start(s, cl);
        if (lo < cl.hi && is_relative(s, lo))
                return true;
        if (cl.hi - lo == 2 && WORD_IN(s, lo, "that") && WORD_IN(s, lo + 1, "is"))
                return true; /* "the Eurogroup -- that is, the countries which use the euro --" */
        if (cl.hi - lo > 4)
                return false;
        for (size_t i = lo; i < cl.hi; i++)
                if (is_speech_verb(s, i))
                        return true;
        return false;
}

static Clause subject_in(const Sentence *s, const GArray *clauses, size_t c, size_t end, bool main,
                         unsigned depth);

/* The subject of the clause before @c that is not an aside, or the sentence's. */
static Clause subject_before(const Sentence *s, const GArray *clauses, size_t c, bool main, unsigned depth)
{
        /* "The glitch was not reported when the plane made its first flight ..., and only
         * became public": a subordinate clause's subject is not the main one's (a
         * participle still takes the nearest: "after the bank sold X, losing") */
        while (main && c > 1 && (clause_is_aside(s, clause_at(clauses, c - 1)) ||
                         WORD_IN(s, clause_at(clauses, c - 1).lo, "when", "while", "as", "since", "because",
                                 "although", "though", "whereas", "if", "after", "before", "until")))
                c--;
        while (c > 0 && clause_is_aside(s, clause_at(clauses, c - 1)))
                c--;
        if (c == 0 || depth > 4)
                return subject_of(s, clauses);
        return subject_in(s, clauses, c - 1, clause_at(clauses, c - 1).hi, main, depth + 1);
}

/* The subject of the verb group that starts at @g in clause @c. */
static Clause subject_of_group(const Sentence *s, const GArray *clauses, size_t c, size_t g, bool main,
                               unsigned depth)
{
        Clause cl = clause_at(clauses, c);
        size_t lo = g;
        while (lo > cl.lo && !subject_boundary(s, lo - 1) && g - lo < MAX_SUBJECT)
                lo--;
        if (lo == g && lo > cl.lo && WORD_IN(s, lo - 1, "and", "but", "or"))
                return lo - 1 > cl.lo ? subject_in(s, clauses, c, lo - 1, false, depth + 1)
                                      : subject_before(s, clauses, c, false, depth); /* "and deepened" */
        if (lo == g && lo > cl.lo && is_relative(s, lo - 1))
                return lo - 1 > cl.lo ? antecedent_of(s, (Clause) { cl.lo, lo - 1 })
                                      : c > 0 ? antecedent_of(s, clause_at(clauses, c - 1)) : (Clause) { 0, 0 };
        if (lo > cl.lo && !subject_boundary(s, lo - 1))
                return subject_of(s, clauses); /* no boundary in reach: not a noun phrase */
        /* "In the late 1980's Apple Computer added": the subject follows the date */
        for (size_t i = g; i > lo && is_preposition(s, lo); i--)
                if (in_any_expression(s, i - 1) ||
                    (WORD_IN(s, i - 1, "'s") && i - 1 > lo && in_any_expression(s, i - 2))) {
                        lo = i;
                        break;
                }
        while (lo < g && is_connective(s, lo))
                lo++;
        if (lo < g && !is_preposition(s, lo))
                return (Clause) { lo, g };
        if (lo == g && g == content_start(s, cl))
                return subject_before(s, clauses, c, main, depth); /* "due to X": no subject of its own */
        return subject_of(s, clauses);
}

/* The subject of the last verb before word @end in clause @c ("after the US
 * government sold X, losing $9 billion"), or of its first verb when @main. */
static Clause subject_in(const Sentence *s, const GArray *clauses, size_t c, size_t end, bool main,
                         unsigned depth)
{
        Clause cl = clause_at(clauses, c);
        size_t v = end;
        if (main) {
                v = content_start(s, cl);
                while (v < end && (in_expression(s, v) || !is_verb(s, v)))
                        v++;
                v = v < end ? v + 1 : cl.lo;
        } else {
                while (v > cl.lo && (in_expression(s, v - 1) || !is_verb(s, v - 1))) {
                        /* "sources indicate that the first stop in Brisbane, on May 1, maybe eliminated" */
                        if (WORD_IN(s, v - 1, "that") && v < end && end - v <= MAX_SUBJECT && v - 1 > cl.lo &&
                            is_verb(s, v - 2))
                                return (Clause) { v, end };
                        v--;
                }
        }
        if (v == cl.lo)
                return subject_before(s, clauses, c, main, depth);
        size_t g = v - 1;
        while (g > cl.lo && (is_verb(s, g - 1) || is_adverb(s, g - 1)) && !in_any_expression(s, g - 1))
                g--;
        return subject_of_group(s, clauses, c, g, main, depth);
}

/* Whether clause @c ends with a time expression: then an -ed clause after it is
 * the next item of a list ("tripled in 2004, doubled in 2005"). */
static bool ends_with_date(const Sentence *s, const GArray *clauses, size_t c)
{
        Clause cl = clause_at(clauses, c);
        return cl.hi > cl.lo && in_any_expression(s, cl.hi - 1);
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

/* A lowercase word that opens no noun phrase: "beat" in "Ford, the second of
 * the big three, beat predictions", a verb the word lists do not know. */
static bool bare_word(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        for (uint32_t k = w->start; k < w->end; k++)
                if (g_ascii_isupper(s->text[k]))
                        return false; /* "iOS" is a name */
        return w->shape == TIMEX_SHAPE_WORD && !opens_subject(s, i) && !is_preposition(s, i) &&
               !is_connective(s, i) && !is_relative(s, i) && !in_any_expression(s, i);
}

/* Whether the clauses before @c are a subject and its appositives: a first
 * clause without a verb, then clauses without a verb of their own ("the
 * largest jet in the world", "an automaker which has filed for bankruptcy",
 * "called \"Way Forward\""). */
static bool after_appositives(const Sentence *s, const GArray *clauses, size_t c)
{
        if (c == 0 || has_verb(s, clause_at(clauses, 0)))
                return false;
        for (size_t k = 1; k < c; k++) {
                Clause cl = clause_at(clauses, k);
                size_t lo = content_start(s, cl);
                bool appositive = !has_verb(s, cl) || clause_is_aside(s, cl) ||
                                  (lo < cl.hi && (WORD_IN(s, lo, "a", "an", "the") || ends_with(s, lo, "ed", 4)));
                if (!appositive || (lo > cl.lo && WORD_IN(s, lo - 1, "and", "but")))
                        return false;
        }
        return true;
}

/* "which was released", "who made": the relative pronoun is the subject. */
static bool subject_relative(const Sentence *s, size_t lo)
{
        size_t i = lo + 1;
        while (i < s->n && is_adverb(s, i))
                i++;
        return WORD_IN(s, lo, "which", "who", "that") && i < s->n && is_verb(s, i);
}

/* Whether word @i ends a verb group: a verb, or a plain form after "will" or "to". */
static bool is_verb_like(const Sentence *s, size_t i)
{
        return is_verb(s, i) || (i > 0 && is_modal(s, i - 1) && plain_verb(s, i));
}

size_t appositive_relative(const Sentence *s, Clause cl, size_t lo)
{
        if (lo >= cl.hi || !WORD_IN(s, lo, "a", "an", "the"))
                return 0;
        for (size_t r = lo + 1; r < cl.hi && r <= lo + MAX_SUBJECT; r++) {
                if (is_verb(s, r) || is_preposition(s, r) || s->w[r].shape == TIMEX_SHAPE_PUNCT ||
                    in_any_expression(s, r))
                        return 0;
                if (WORD_IN(s, r, "that", "which", "who"))
                        return subject_relative(s, r) ? r : 0;
        }
        return 0;
}

/* "labour cuts, which the Republicans insisted reach parity": a relative clause
 * whose pronoun is the object of its verb; @ret_gap: the word after that verb
 * group, where the antecedent goes ("insisted labour cuts reach parity",
 * "it will begin to fly the A380s"). Returns the antecedent, empty if none. */
Clause object_relative(const Sentence *s, const GArray *clauses, size_t c, size_t lo, size_t *ret_gap)
{
        Clause cl = clause_at(clauses, c);
        if (c == 0 || lo + 2 >= cl.hi || !WORD_IN(s, lo, "which", "whom") || !opens_subject(s, lo + 1) ||
            subject_relative(s, lo))
                return (Clause) { 0, 0 };
        size_t v = lo + 1;
        while (v < cl.hi && !is_verb(s, v)) {
                if (is_preposition(s, v) || is_relative(s, v) || in_any_expression(s, v) || v > lo + MAX_SUBJECT)
                        return (Clause) { 0, 0 };
                v++;
        }
        /* auxiliaries, then one verb, then "to" and a verb again: "will begin to fly" */
        size_t gap = v;
        while (gap < cl.hi && !in_any_expression(s, gap)) {
                if (is_adverb(s, gap) || (is_modal(s, gap) && !WORD_IN(s, gap, "to")) ||
                    WORD_IN(s, gap, "has", "have", "had", "is", "are", "was", "were", "be", "been")) {
                        gap++;
                        continue;
                }
                if (!is_verb(s, gap) && !(gap > v && plain_verb(s, gap)))
                        break;
                gap++;
                if (gap + 1 < cl.hi && WORD_IN(s, gap, "to") && plain_verb(s, gap + 1))
                        gap++;
                else
                        break;
        }
        if (gap == v || gap >= cl.hi || !is_verb_like(s, gap - 1))
                return (Clause) { 0, 0 };
        *ret_gap = gap;
        return antecedent_of(s, clause_at(clauses, c - 1));
}

/* The subject a clause starting at @lo borrows, if any; @ret_skip says that the
 * word at @lo is a relative pronoun the subject replaces (or a relative adverb,
 * "where", that goes). */
static Clause borrowed_subject_of(const Sentence *s, const GArray *clauses, size_t c, size_t lo, bool *ret_skip,
                                  const char **ret_copula);

Clause borrowed_subject(const Sentence *s, const GArray *clauses, size_t c, size_t lo, bool *ret_skip,
                        const char **ret_copula)
{
        *ret_copula = NULL;
        Clause sub = borrowed_subject_of(s, clauses, c, lo, ret_skip, ret_copula);
        if (sub.hi > clause_at(clauses, c).lo) {
                *ret_copula = NULL;
                return (Clause) { 0, 0 }; /* the clause's own words: it has its subject */
        }
        return sub;
}

/* Whether the main predicate follows clause @c: "The mayor, elected in 2019,
 * has promised": then a participle in @c is no finite verb ("GM, an automaker,
 * announced on Friday" has none after). */
static bool predicate_follows(const Sentence *s, const GArray *clauses, size_t c)
{
        for (size_t k = c + 1; k < clauses->len; k++) {
                Clause cl = clause_at(clauses, k);
                if (clause_is_aside(s, cl))
                        continue;
                size_t lo = content_start(s, cl);
                while (lo + 1 < cl.hi && is_adverb(s, lo))
                        lo++;
                /* "needs approval", "now lives in London": a word in -s opening a clause is its verb */
                bool present = ends_with(s, lo, "s", 4) && !is_preposition(s, lo) && !opens_subject(s, lo);
                return content_start(s, cl) == cl.lo && (is_verb(s, lo) || present);
        }
        return false;
}

/* The copula a reduced relative clause gets with its borrowed subject: "is"
 * for what is still ahead ("expected to close", "to be released", "scheduled
 * for"), else "was" ("elected in 2019", "originally due"). */
static const char *copula_for(const Sentence *s, size_t lo, size_t v)
{
        for (size_t i = lo; i < v; i++)
                if (WORD_IN(s, i, "originally", "previously", "initially", "first"))
                        return "was";
        if (WORD_IN(s, v, "to"))
                return "is";
        if (v + 1 < s->n && WORD_IN(s, v + 1, "to", "for") &&
            WORD_IN(s, v, "expected", "scheduled", "due", "slated", "set", "planned", "intended", "supposed", "poised"))
                return "is";
        return "was";
}

static Clause borrowed_subject_of(const Sentence *s, const GArray *clauses, size_t c, size_t lo, bool *ret_skip,
                                  const char **ret_copula)
{
        *ret_skip = false;
        if (c == 0 || lo >= s->n || in_expression(s, lo))
                return (Clause) { 0, 0 };
        Clause here = clause_at(clauses, c), before = clause_at(clauses, c - 1);
        bool coordinated = lo > here.lo && WORD_IN(s, lo - 1, "and", "but", "or", "then");
        if (is_relative(s, lo)) {
                *ret_skip = true;
                /* "the new Commodore (the Falcon's rival) which will be released": past the aside */
                if (c >= 2 && here.lo > 0 && s->text[s->w[here.lo - 1].start] == ')')
                        before = clause_at(clauses, c - 2);
                return subject_relative(s, lo) ? antecedent_of(s, before) : (Clause) { 0, 0 };
        }
        size_t v = lo;
        while (v + 1 < here.hi && is_adverb(s, v))
                v++; /* "and only became", "maybe eliminated" */
        bool participle = ends_with(s, v, "ed", 4) || WORD_IN(s, v, "born", "due") ||
                          (WORD_IN(s, v, "to") && v + 1 < s->n && WORD_IN(s, v + 1, "be"));
        bool verb_first = is_verb(s, v) || (ends_with(s, v, "ing", 5) && !is_preposition_participle(s, v));
        /* "Ford, the second of the big three, beat predictions", "GM, an automaker which has
         * filed for bankruptcy, announced": the name before the appositives */
        bool reduced = participle && !coordinated && !verb_before(s, clauses, c) && predicate_follows(s, clauses, c);
        if (reduced)
                *ret_copula = copula_for(s, lo, v);
        if (!coordinated && (verb_first || participle || (bare_word(s, v) && !has_verb(s, here))) &&
            after_appositives(s, clauses, c))
                return subject_of(s, clauses);
        if (participle && !coordinated && verb_before(s, clauses, c) && !ends_with_date(s, clauses, c - 1)) {
                *ret_copula = copula_for(s, lo, v);
                return antecedent_of(s, before);
        }
        if (participle && !coordinated && !verb_before(s, clauses, c))
                return subject_of(s, clauses);
        if (!participle && !verb_first)
                return (Clause) { 0, 0 };
        /* ", and predicted": the clause before's own subject; "and increased": the nearest */
        bool after_comma = coordinated && here.lo > before.hi;
        /* "is an airliner under development and scheduled to enter service in 2008" */
        if (coordinated && participle && strcmp(copula_for(s, lo, v), "is") == 0)
                *ret_copula = "is";
        return subject_before(s, clauses, c, after_comma, 0);
}
