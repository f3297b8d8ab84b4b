/* A short label for a dated event: the clause around its time expression.
 * SPDX-License-Identifier: MIT
 *
 * A first version without a parser (the clauses come from event-clause.c).
 * A clause without its own subject borrows one: a relative or participle clause
 * its antecedent ("Snow Leopard, which was released in 2009" -> "Snow Leopard was
 * released"), a participle or verb-first clause the sentence's subject ("North
 * Korea has ..., signing X in June" -> "North Korea signed X"). The expression
 * goes with its preposition (and a possessive 's), unless it is the subject
 * ("2007 was the year of the iPhone"); leading connectives go; the label is cut
 * at a word boundary. */
#include "event-parse.h"

#define MIN_WORDS 3 /* a label of fewer words may say too little: "Has come" */

/* "signing" -> "signed", "trying" -> "tried"; irregular verbs from a short list. */
static char *past_of_participle(const char *word, size_t len)
{
        static const char *const irregular[][2] = {
                { "making", "made" },     { "taking", "took" },     { "holding", "held" },
                { "meeting", "met" },     { "giving", "gave" },     { "sending", "sent" },
                { "leaving", "left" },    { "bringing", "brought" }, { "winning", "won" },
                { "getting", "got" },     { "selling", "sold" },    { "buying", "bought" },
                { "paying", "paid" },     { "saying", "said" },     { "telling", "told" },
                { "building", "built" },  { "seeking", "sought" },  { "hitting", "hit" },
                { "putting", "put" },     { "setting", "set" },     { "running", "ran" },
                { "coming", "came" },     { "going", "went" },      { "becoming", "became" },
                { "beginning", "began" }, { "keeping", "kept" },    { "leading", "led" },
                { "spending", "spent" },  { "finding", "found" },   { "standing", "stood" },
                { "writing", "wrote" },   { "speaking", "spoke" },  { "breaking", "broke" },
                { "choosing", "chose" },  { "drawing", "drew" },    { "growing", "grew" },
                { "knowing", "knew" },    { "losing", "lost" },     { "striking", "struck" },
                { "fighting", "fought" }, { "shooting", "shot" },   { "flying", "flew" },
                { "seeing", "saw" },      { "having", "had" },      { "being", "was" },
                { "doing", "did" },       { "cutting", "cut" },     { "letting", "let" },
        };
        for (size_t k = 0; k < G_N_ELEMENTS(irregular); k++)
                if (strlen(irregular[k][0]) == len && g_ascii_strncasecmp(word, irregular[k][0], len) == 0)
                        return g_strdup(irregular[k][1]);
        size_t b = len - 3;
        if (b >= 2 && word[b - 1] == 'y' && !strchr("aeiou", word[b - 2]))
                return g_strdup_printf("%.*sied", (int) (b - 1), word);
        if (b >= 1 && word[b - 1] == 'e')
                return g_strdup_printf("%.*sd", (int) b, word);
        return g_strdup_printf("%.*sed", (int) b, word);
}

/* Whether the expression is the clause's subject: "2007 was the year ...". */
static bool expression_is_subject(const Sentence *s, size_t lo)
{
        /* "Charities, such as X, today said": "today" only says when; "Today is Boeing's day" */
        bool opens = true;
        for (size_t i = 0; i < s->first; i++)
                opens = opens && s->w[i].shape == TIMEX_SHAPE_PUNCT;
        bool adverb = s->last == s->first + 1 && s->w[s->first].cls == TIMEX_CLASS_DAYREF && !opens &&
                      !WORD_IN(s, s->last, "is", "was", "marks", "marked");
        return s->first == lo && s->last < s->n && is_verb(s, s->last) && !adverb;
}

/* The end of the expression at word @i (any of the sentence's). */
static size_t expression_end(const Sentence *s, size_t i)
{
        size_t at = i + s->base;
        for (size_t k = 0; k < s->in->n_exprs; k++) {
                const EventExpr *e = &s->in->exprs[k];
                if (at >= e->first && at < e->first + e->n)
                        return MIN(e->first + e->n - s->base, s->n);
        }
        return i + 1;
}

/* Whether a dated expression naming a year starts at @i: "of this year". */
static bool year_at(const Sentence *s, size_t i)
{
        for (size_t k = 0; k < s->in->n_exprs; k++)
                if (s->in->exprs[k].first == i + s->base && s->in->exprs[k].precision == 1)
                        return true;
        return false;
}

/* Words before a date that go with it: "as of", "starting in", "by the end of",
 * "as early as"; returns the first word of the phrase that ends at @at. */
static size_t lead_in(const Sentence *s, size_t lo, size_t at)
{
        if (at >= lo + 3 && WORD_IN(s, at - 1, "of") && WORD_IN(s, at - 3, "the") &&
            WORD_IN(s, at - 2, "end", "start", "beginning", "middle", "course", "rest", "close", "turn"))
                at -= 3;
        if (at > lo && is_preposition(s, at - 1))
                at--;
        if (at > lo && WORD_IN(s, at - 1, "compared") && at < s->n && WORD_IN(s, at, "to", "with"))
                at--; /* "dropped 23% compared to March" */
        if (at >= lo + 2 && WORD_IN(s, at - 1, "early", "late", "recently", "soon") && WORD_IN(s, at - 2, "as"))
                at -= 2;
        if (at > lo && (WORD_IN(s, at - 1, "starting", "beginning", "effective") ||
                        (WORD_IN(s, at - 1, "as") && at < s->n && WORD_IN(s, at, "of"))))
                at--;
        return at;
}

/* The words that go with the expression: its lead-in, a range or choice it
 * opens ("between April and June", "August or September"), an "of" year after
 * it ("June of this year") and a possessive 's. */
static Clause dropped_words(const Sentence *s, Clause c, size_t lo)
{
        size_t hi = s->last;
        for (;;) {
                if (hi + 1 < c.hi && WORD_IN(s, hi, "and", "to", "or", "through", "until", "-") &&
                    in_any_expression(s, hi + 1) && !in_expression(s, hi + 1))
                        hi = expression_end(s, hi + 1);
                else if (hi + 1 < c.hi && WORD_IN(s, hi, "of") && year_at(s, hi + 1))
                        hi = expression_end(s, hi + 1);
                else
                        break;
        }
        /* "the first quarter of the financial year" */
        for (size_t k = hi + 2; k < c.hi && k <= hi + 4 && WORD_IN(s, hi, "of") && WORD_IN(s, hi + 1, "the"); k++)
                if (WORD_IN(s, k, "year")) {
                        hi = k + 1;
                        break;
                }
        if (hi < c.hi && WORD_IN(s, hi, "'s"))
                hi++;
        if (hi < c.hi && s->text[s->w[hi].start] == '-' && !(s->w[hi].flags & TIMEX_WORD_SPACE_BEFORE)) {
                hi++; /* "by 2010-11" */
                if (hi < c.hi && s->w[hi].shape == TIMEX_SHAPE_NUMBER && !(s->w[hi].flags & TIMEX_WORD_SPACE_BEFORE))
                        hi++;
        }
        return (Clause) { lead_in(s, lo, s->first), hi };
}

/* Whether the expression must stay: the clause's subject ("2007 was the year"),
 * the complement of a copula ("The first flight was in 1994") or a possessive
 * after the verb ("commented on today's falls"). */
static bool keeps_expression(const Sentence *s, Clause c, size_t lo, Clause drop)
{
        if (expression_is_subject(s, lo))
                return true;
        if (s->last < s->n && WORD_IN(s, s->last, "'s") && s->first > lo)
                return true;
        /* "suggested that the fourth quarter of this year could see"; not "that today suffered" */
        if (s->first > lo && WORD_IN(s, s->first - 1, "that") && drop.hi < c.hi &&
            WORD_IN(s, drop.hi, "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "has",
                    "had", "should"))
                return true;
        /* "An iOS update released Thursday came with" */
        if (drop.lo > lo && ends_with(s, drop.lo - 1, "ed", 4) && drop.hi < c.hi && is_verb(s, drop.hi))
                return true;
        size_t after = drop.hi;
        while (after < c.hi && s->w[after].shape == TIMEX_SHAPE_PUNCT)
                after++;
        return after >= c.hi && drop.lo > lo &&
               WORD_IN(s, drop.lo - 1, "is", "are", "was", "were", "be", "been", "due");
}

/* "its initial bailout that saw 61% of the firm coming under public ownership":
 * a relative clause on a noun, which a label too long can do without. */
static bool opens_relative_clause(const Sentence *s, size_t i)
{
        if (!WORD_IN(s, i, "that", "which", "who") || i == 0 || is_verb(s, i - 1) ||
            s->w[i - 1].shape == TIMEX_SHAPE_PUNCT)
                return false;
        /* "anyone who has bought one", "one of the indexes that have done well" need it */
        if (WORD_IN(s, i - 1, "anyone", "anybody", "anything", "everyone", "everything", "someone", "something",
                    "those", "all"))
                return false;
        for (size_t k = i - 1; k-- > 0 && k + 5 > i;)
                if (WORD_IN(s, k, "one") && WORD_IN(s, k + 1, "of"))
                        return false;
        size_t v = i + 1;
        while (v < s->n && is_adverb(s, v))
                v++;
        return v < s->n && is_verb(s, v);
}

/* "will open by 2027 and the second by 2030", "cut 500 jobs in 2019 and
 * another 300 in 2021": after the expression, "and" with no verb of its own up
 * to another date opens a second event with its verb left out; the label ends
 * before it. */
static size_t before_gapped(const Sentence *s, Clause c, size_t at)
{
        if (at >= c.hi || !WORD_IN(s, at, "and", "but", "or"))
                return c.hi;
        for (size_t i = at + 1; i < c.hi; i++) {
                if (is_verb(s, i) && !in_any_expression(s, i))
                        return c.hi;
                if (in_any_expression(s, i))
                        return at;
        }
        return c.hi;
}

/* The clause's words without the expression and the words that go with it. */
static void clause_words(const Sentence *s, Clause c, size_t lo, bool participle_to_past, Builder *b)
{
        Clause drop = dropped_words(s, c, lo);
        bool keep = keeps_expression(s, c, lo, drop);
        if (!keep && drop.lo >= lo)
                c.hi = before_gapped(s, c, drop.hi);
        for (size_t i = lo; i < c.hi; i++) {
                if (!keep && i >= drop.lo && i < drop.hi)
                        continue;
                size_t end = aside_end(s, i, c.hi);
                if (end != i) {
                        i = end - 1;
                        continue;
                }
                if (!keep && i == drop.hi && i > lo && s->text[s->w[i].start] == ',')
                        continue; /* "in May, she said" loses its comma with "in May" */
                if (i > lo && b->relative == 0 && opens_relative_clause(s, i))
                        b->relative = b->out->len;
                if (i == lo && participle_to_past && ends_with(s, i, "ing", 5)) {
                        const TimexWord *w = &s->w[i];
                        g_autofree char *past = past_of_participle(s->text + w->start, w->end - w->start);
                        builder_append_text(b, past, strlen(past), true);
                        b->last = i;
                        continue;
                }
                builder_append_word(s, i, b);
        }
}

/* Words with a letter or digit: "is expected ." has two. */
static size_t count_words(const char *label)
{
        size_t n = 0;
        bool counted = false;
        for (const char *p = label; *p; p++) {
                if (*p == ' ')
                        counted = false;
                else if (!counted && (g_ascii_isalnum(*p) || (unsigned char) *p >= 0x80)) {
                        counted = true;
                        n++;
                }
        }
        return n;
}

/* Returns: whether the clause borrowed a subject. */
/* Whether clause @c, as written into @b, waits for the clause after it: it ends
 * in "that" or a reporting verb ("Their projections showed that, as of January
 * 2008, Apple's iTunes held ..."), or leaves "that X" without a verb ("announced
 * that the release, which ..., will include ..."). */
static bool incomplete(const Sentence *s, Clause cl, const Builder *b, bool *ret_needs_verb)
{
        *ret_needs_verb = false;
        if (b->out->len == 0)
                return false;
        if (WORD_IN(s, b->last, "that", "said", "says", "say", "told", "wrote", "added", "noted", "stated"))
                return true;
        for (size_t t = cl.hi; t-- > cl.lo;) {
                if (is_verb(s, t) && !in_expression(s, t))
                        return false;
                if (WORD_IN(s, t, "that") && t + 1 < cl.hi) {
                        *ret_needs_verb = true;
                        return true;
                }
        }
        return false;
}

/* The clause that completes clause @c, past asides; or @c when none does. */
static size_t completion_of(const Sentence *s, const GArray *clauses, size_t c, bool needs_verb)
{
        size_t k = c + 1;
        while (k < clauses->len && (clause_is_aside(s, clause_at(clauses, k)) || !has_verb(s, clause_at(clauses, k))))
                k++; /* past ", which is due next summer,", ", as of January 2008,", ", aged 55," */
        if (k >= clauses->len)
                return c;
        Clause next = clause_at(clauses, k);
        size_t lo = content_start(s, next);
        while (lo + 1 < next.hi && is_adverb(s, lo))
                lo++; /* "that the first stop, on May 1, maybe eliminated" */
        if (lo >= next.hi || !has_verb(s, next) || (needs_verb && !is_verb(s, lo)) || is_preposition(s, lo) ||
            is_relative(s, lo))
                return c;
        return k;
}

/* "over financial turmoil after the earthquake hit the country": a clause that
 * opens with a phrase and tells its event after a conjunction starts there. */
static size_t past_leading_phrase(const Sentence *s, Clause cl, size_t lo)
{
        if (lo >= cl.hi || !is_preposition(s, lo) || in_any_expression(s, lo))
                return lo;
        for (size_t k = lo + 1; k + 1 < cl.hi; k++) {
                if (is_verb(s, k))
                        return lo;
                if (WORD_IN(s, k, "after", "before", "when", "while", "because", "until", "as") &&
                    opens_subject(s, k + 1) && has_verb(s, (Clause) { k + 1, cl.hi }))
                        return k + 1;
        }
        return lo;
}

/* "It should be noted that X", "It is expected that X": the frame says nothing
 * of the event; returns the word after "that", or @lo. */
static size_t past_impersonal(const Sentence *s, Clause cl, size_t lo)
{
        if (lo + 3 >= cl.hi || !WORD_IN(s, lo, "it"))
                return lo;
        size_t i = lo + 1;
        while (i < cl.hi && i < lo + 4 && WORD_IN(s, i, "is", "was", "should", "must", "be", "has", "had", "been"))
                i++;
        if (i == lo + 1 || i + 1 >= cl.hi ||
            !WORD_IN(s, i, "expected", "noted", "mentioned", "reported", "believed", "hoped", "thought", "said",
                     "understood", "likely", "known"))
                return lo;
        i++;
        if (WORD_IN(s, i, "that"))
                i++;
        return i < cl.hi && opens_subject(s, i) && has_verb(s, (Clause) { i, cl.hi }) ? i : lo;
}

/* "assembled at the factory in Toulouse, France but by 2011 production will move":
 * words without a verb before "but" end the clause before; the label starts after it. */
static size_t past_tail_but(const Sentence *s, Clause cl, size_t lo)
{
        for (size_t i = lo + 1; i < cl.hi && i <= lo + 4; i++) {
                if (is_verb(s, i) || in_any_expression(s, i))
                        return lo;
                if (WORD_IN(s, i, "but") && has_verb(s, (Clause) { i + 1, cl.hi }))
                        return content_start(s, (Clause) { i + 1, cl.hi });
        }
        return lo;
}

/* "Recently the company reported", "Even if Airbus will": a leading adverb or
 * "even" before a connective goes when a subject follows. */
static size_t past_leading_adverb(const Sentence *s, Clause cl, size_t lo)
{
        /* "As a result of this announcement Chrysler's sales dropped": no comma ends
         * the phrase, a name opens the clause */
        bool result = lo > cl.lo && WORD_IN(s, lo - 1, "as") && lo + 2 < cl.hi &&
                      ((WORD_IN(s, lo, "a") && WORD_IN(s, lo + 1, "result")) || WORD_IN(s, lo, "part"));
        if (result) {
                size_t i = WORD_IN(s, lo, "part") ? lo + 1 : lo + 2;
                if (i < cl.hi && !WORD_IN(s, i, "of"))
                        return i;
                for (size_t k = i + 1; k < cl.hi && k <= i + 6; k++)
                        if ((s->w[k].flags & TIMEX_WORD_CAPITAL) && has_verb(s, (Clause) { k, cl.hi }))
                                return k;
        }
        if (lo + 2 < cl.hi && WORD_IN(s, lo, "even") && is_connective(s, lo + 1))
                return content_start(s, (Clause) { lo + 1, cl.hi });
        const TimexWord *w = &s->w[lo];
        bool ly = w->shape == TIMEX_SHAPE_WORD && w->end - w->start >= 5 &&
                  g_ascii_strncasecmp(s->text + w->end - 2, "ly", 2) == 0; /* "Recently" opens the sentence */
        if (lo + 1 < cl.hi && ly && !in_any_expression(s, lo) &&
            !WORD_IN(s, lo, "only", "early", "nearly", "likely") && opens_subject(s, lo + 1))
                return lo + 1;
        return lo;
}

/* "After winning the election in 2008, the senator moved": a leading clause of
 * "after", "before", "despite" ... and a verb in -ing borrows the subject of the
 * main clause that follows; returns it (empty when none) and moves @lo to the verb. */
static Clause leading_participle(const Sentence *s, const GArray *clauses, size_t c, size_t *lo)
{
        Clause cl = clause_at(clauses, c), none = { 0, 0 };
        size_t i = *lo;
        if (i < cl.hi && WORD_IN(s, i, "despite", "upon"))
                i++;
        if (i == cl.lo || i >= cl.hi || !ends_with(s, i, "ing", 5) || is_preposition_participle(s, i) ||
            !WORD_IN(s, i - 1, "after", "before", "despite", "upon", "since", "while", "when"))
                return none;
        for (size_t k = 0; k < c; k++)
                if (has_verb(s, clause_at(clauses, k)))
                        return none;
        for (size_t k = c + 1; k < clauses->len; k++) {
                Clause next = clause_at(clauses, k);
                if (clause_is_aside(s, next))
                        continue;
                size_t from = content_start(s, next), v = from;
                while (v < next.hi && !is_verb(s, v))
                        v++;
                if (v == next.hi || v == from || v - from > 10 || is_preposition(s, from))
                        return none;
                *lo = i;
                return (Clause) { from, v };
        }
        return none;
}

/* Returns: whether the clause borrowed a subject. */
static bool clause_label(const Sentence *s, const GArray *clauses, size_t c, Builder *b)
{
        Clause cl = clause_at(clauses, c);
        size_t lo = past_leading_phrase(s, cl, content_start(s, cl));
        lo = past_impersonal(s, cl, past_leading_adverb(s, cl, past_tail_but(s, cl, lo)));
        bool skip, needs_verb;
        size_t from = lo == s->first && !expression_is_subject(s, lo) ? s->last : lo; /* "today said" */
        const char *copula;
        Clause subject = borrowed_subject(s, clauses, c, from, &skip, &copula);
        if (subject.hi == subject.lo && !skip)
                subject = leading_participle(s, clauses, c, &lo);
        if (subject.hi > subject.lo)
                subject.lo = past_descriptor(s, subject.lo, subject.hi, true);
        else if (!skip)
                lo = past_descriptor(s, lo, cl.hi, false);
        builder_append_range(s, subject, b);
        if (copula && b->out->len > 0)
                builder_append_text(b, copula, strlen(copula), true);
        size_t gap = 0;
        Clause object = skip && subject.hi == subject.lo ? object_relative(s, clauses, c, lo, &gap) : subject;
        if (skip)
                lo++;
        size_t relative = subject.hi == subject.lo && !skip ? appositive_relative(s, cl, lo) : 0;
        if (relative > lo && relative < s->first) {
                /* ", a deal that will be finalized by June 10" -> "A deal will be finalized" */
                clause_words(s, (Clause) { cl.lo, relative }, lo, false, b);
                lo = relative + 1;
        }
        if (object.hi > object.lo && gap > lo) {
                /* "which the unions demanded be delayed" -> "the unions demanded pension reforms be delayed" */
                clause_words(s, (Clause) { cl.lo, gap }, lo, false, b);
                builder_append_range(s, object, b);
                lo = gap;
        }
        clause_words(s, cl, lo, subject.hi > subject.lo, b);
        if (incomplete(s, cl, b, &needs_verb)) {
                size_t k = completion_of(s, clauses, c, needs_verb);
                if (k != c)
                        clause_words(s, clause_at(clauses, k), content_start(s, clause_at(clauses, k)), false, b);
        }
        return subject.hi > subject.lo;
}

/* Everything but the expression, for clauses too short to say anything. */
static void sentence_label(const Sentence *s, Builder *b)
{
        Clause all = { 0, s->n };
        clause_words(s, all, content_start(s, all), false, b);
}

/* "She replaces Daniel Akerson" -> "Mary Barra replaces Daniel Akerson". */
static void resolve_subject(const Sentence *s, Builder *b)
{
        size_t n;
        if (b->out->len == 0)
                return;
        const char *name = actor_for_pronoun(s, b->first, &n);
        if (!name || b->first + n > s->n)
                return;
        const char *from = s->text + s->w[b->first].start;
        size_t len = s->w[b->first + n - 1].end - s->w[b->first].start;
        if (b->out->len < len || strncmp(b->out->str, from, len) != 0 ||
            (b->out->str[len] != ' ' && b->out->str[len] != '\0'))
                return;
        g_string_erase(b->out, 0, (gssize) len);
        g_string_prepend(b->out, name);
}

/* A label too long loses its relative clause before it is cut. */
static void drop_relative(Builder *b, size_t max)
{
        if (b->relative == 0 || b->relative > b->out->len || g_utf8_strlen(b->out->str, -1) <= (glong) max)
                return;
        g_autofree char *head = g_strndup(b->out->str, b->relative);
        if (count_words(head) > MIN_WORDS && g_utf8_strlen(head, -1) <= (glong) max)
                g_string_truncate(b->out, b->relative);
}

/* "iPhone", "iOS" keep their small first letter */
static void capitalize(char *label)
{
        if (label[0] != '\0' && label[1] != '\0' && !g_ascii_isupper(label[1]))
                label[0] = g_ascii_toupper(label[0]);
}

/* "The change in policy will occur within six months, Apple announced this
 * morning" -> "Apple: The change in policy will occur within six months": the
 * clause that says only who spoke gives way to what was said. */
static char *reported_label(const Sentence *s, const GArray *clauses, size_t c, size_t max)
{
        Clause speaker;
        if (c == 0 || !reporting_clause(s, clause_at(clauses, c), &speaker))
                return NULL;
        size_t k = 0;
        while (k < c && (!has_verb(s, clause_at(clauses, k)) || clause_is_aside(s, clause_at(clauses, k))))
                k++;
        if (k == c)
                return NULL;
        g_autoptr(GString) what = g_string_new(NULL);
        Builder b = { what, 0, 0, 0 };
        clause_label(s, clauses, k, &b);
        resolve_subject(s, &b);
        if (count_words(what->str) < MIN_WORDS)
                return NULL;
        g_autofree char *who = speaker_text(s, speaker);
        capitalize(who);
        capitalize(what->str);
        size_t used = (size_t) g_utf8_strlen(who, -1) + 2;
        label_shorten(what, max > used + 12 ? max - used : 12, true);
        return g_strdup_printf("%s: %s", who, what->str);
}

/* "Union officials said thousands of nurses ... held a strike Tuesday": when
 * the date is in what a reporting verb reports, not on the verb ("said
 * Tuesday that"), a label too long keeps what was reported. Returns: (transfer
 * full) (nullable): that label, or NULL. */
static char *reported_content(const Sentence *s, const GArray *clauses, size_t c)
{
        Clause cl = clause_at(clauses, c);
        if (s->first < cl.lo || s->last > cl.hi)
                return NULL;
        size_t r = content_start(s, cl);
        while (r < s->first && ((s->w[r].flags & TIMEX_WORD_CAPITAL) || /* "United States" */
                                (!is_speech_verb(s, r) &&
                                 !WORD_IN(s, r, "reported", "indicated", "predicted", "showed"))))
                r++;
        size_t k = r + 1;
        if (k < s->first && WORD_IN(s, k, "that"))
                k++;
        if (r >= s->first || k + 1 >= s->first || is_verb(s, k) || is_preposition(s, k) ||
            s->w[k].shape == TIMEX_SHAPE_PUNCT ||
            !has_verb(s, (Clause) { k, cl.hi }))
                return NULL;
        g_autoptr(GString) out = g_string_new(NULL);
        Builder b = { out, 0, 0, 0 };
        clause_words(s, cl, k, false, &b);
        resolve_subject(s, &b);
        /* "It can make it without aid" says less than the cut "A third carmaker has said that it…" */
        static const char *const pronouns[] = { "it ", "they ", "he ", "she ", "we ", "i ", "you " };
        for (size_t p = 0; p < G_N_ELEMENTS(pronouns); p++)
                if (g_ascii_strncasecmp(out->str, pronouns[p], strlen(pronouns[p])) == 0)
                        return NULL;
        if (count_words(out->str) < MIN_WORDS)
                return NULL;
        capitalize(out->str);
        return g_string_free(g_steal_pointer(&out), FALSE);
}

char *event_label_make(const EventSentence *in, size_t expr, size_t max_chars)
{
        if (in->n_words == 0 || expr >= in->n_exprs)
                return g_strdup("");
        Sentence s;
        sentence_init(&s, in, expr);
        g_autoptr(GString) out = g_string_new(NULL);
        g_autoptr(GArray) clauses = split_clauses(&s);
        if (clauses->len == 0)
                return g_strdup("");
        char *quoted = quote_label(&s, clauses, max_chars);
        if (quoted) {
                capitalize(quoted);
                return quoted;
        }
        Builder b = { out, 0, 0, 0 };
        size_t c = pick_clause(&s, clauses);
        char *reported = reported_label(&s, clauses, c, max_chars);
        if (reported)
                return reported;
        bool borrowed = clause_label(&s, clauses, c, &b);
        /* "We met" says enough; "Has come" (a verb and no subject) does not */
        size_t lo = content_start(&s, clause_at(clauses, c));
        if (lo + 1 < s.n && is_relative(&s, lo) && !borrowed)
                lo++; /* "which is expected" with nothing to hang on */
        bool verb_first = lo < s.n && is_verb(&s, lo) && !borrowed;
        size_t n = count_words(out->str);
        if (n < MIN_WORDS - 1 || (n < MIN_WORDS && verb_first)) {
                g_string_truncate(out, 0);
                sentence_label(&s, &b);
        }
        resolve_subject(&s, &b);
        while (out->len > 0 && strchr(" .,;:'\"", out->str[0]))
                g_string_erase(out, 0, 1);
        if (count_words(out->str) < MIN_WORDS - 1)
                g_string_truncate(out, 0);
        capitalize(out->str);
        drop_relative(&b, max_chars);
        if (g_utf8_strlen(out->str, -1) > (glong) max_chars) {
                g_autofree char *content = reported_content(&s, clauses, c);
                if (content && strlen(content) < out->len)
                        g_string_assign(out, content);
        }
        label_shorten(out, max_chars, true);
        return g_string_free(g_steal_pointer(&out), FALSE);
}
