/* A short label for a dated event: the clause around its time expression.
 * SPDX-License-Identifier: MIT
 *
 * A first version without a parser. The sentence is split into clauses at commas,
 * semicolons, colons, dashes, brackets and quotation marks (never inside the
 * expression). The label comes from the clause holding the expression; when that
 * clause has no verb, from the main clause after a leading phrase ("In a speech
 * last month, Kim reiterated ...") or the nearest clause with a verb before it.
 * A clause without its own subject borrows one: a relative or participle clause
 * its antecedent ("Snow Leopard, which was released in 2009" -> "Snow Leopard was
 * released"), a participle or verb-first clause the sentence's subject ("North
 * Korea has ..., signing X in June" -> "North Korea signed X"). The expression
 * goes with its preposition (and a possessive 's), unless it is the subject
 * ("2007 was the year of the iPhone"); leading connectives go; the label is cut
 * at a word boundary. */
#include "timex.h"

#include <string.h>

typedef struct {
        const TimexWord *w;
        size_t n;
        const char *text;
        size_t first, last; /* the expression's words [first, last) */
} Sentence;

typedef struct {
        size_t lo, hi; /* words [lo, hi) */
} Clause;

#define MIN_WORDS 3 /* a label of fewer words may say too little: "Has come" */

static bool word_in(const Sentence *s, size_t i, const char *const *list, size_t n)
{
        const TimexWord *w = &s->w[i];
        size_t len = w->end - w->start;
        for (size_t k = 0; k < n; k++)
                if (strlen(list[k]) == len && g_ascii_strncasecmp(s->text + w->start, list[k], len) == 0)
                        return true;
        return false;
}

#define WORD_IN(s, i, ...) word_in((s), (i), (const char *const[]) { __VA_ARGS__ }, \
                                   G_N_ELEMENTS(((const char *const[]) { __VA_ARGS__ })))

static bool in_expression(const Sentence *s, size_t i)
{
        return i >= s->first && i < s->last;
}

static bool is_break(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        if (w->shape != TIMEX_SHAPE_PUNCT || in_expression(s, i))
                return false;
        const unsigned char *t = (const unsigned char *) s->text + w->start;
        if (t[0] != '\0' && strchr(",;:()\"", t[0]))
                return true;
        return t[0] == 0xe2 && w->end - w->start == 3 && t[1] == 0x80 &&
               (t[2] == 0x93 || t[2] == 0x94 || t[2] == 0x9c || t[2] == 0x9d);
}

static bool is_preposition(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "in", "on", "at", "during", "since", "after", "before", "by", "for", "from",
                       "over", "under", "with", "within", "throughout", "until", "till", "following",
                       "amid", "despite", "through", "as", "of", "around", "about", "between", "into", "to");
}

static bool is_connective(const Sentence *s, size_t i)
{
        return s->w[i].shape == TIMEX_SHAPE_PUNCT ||
               WORD_IN(s, i, "as", "while", "when", "after", "before", "because", "although", "though", "if",
                       "since", "and", "but", "so", "yet", "whereas", "once", "however", "nonetheless",
                       "meanwhile", "also", "moreover", "still", "then", "thus", "instead", "indeed",
                       "furthermore", "separately", "additionally", "or", "unfortunately", "finally");
}

static bool is_relative(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "which", "who", "that", "whose", "where");
}

static bool ends_with(const Sentence *s, size_t i, const char *suffix, size_t min_len)
{
        const TimexWord *w = &s->w[i];
        size_t len = w->end - w->start, n = strlen(suffix);
        return w->shape == TIMEX_SHAPE_WORD && len >= min_len && !(w->flags & TIMEX_WORD_CAPITAL) &&
               g_ascii_strncasecmp(s->text + w->end - n, suffix, n) == 0;
}

static bool is_verb(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        if (w->shape != TIMEX_SHAPE_WORD)
                return false;
        if (WORD_IN(s, i, "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                    "can", "could", "may", "might", "must", "should", "shall", "does", "do", "did", "says",
                    "said", "remains", "remain", "takes", "took", "made", "makes", "met", "held", "told",
                    "gave", "won", "lost", "began", "left", "came", "went", "got", "wrote", "became", "sent",
                    "led", "saw", "fell", "rose", "born", "goes", "ends", "begins", "comes", "starts"))
                return true;
        /* the lexicon's tense words are verbs, except the preposition "since" */
        if (w->cls == TIMEX_CLASS_OTHER && w->tense != 0 && !WORD_IN(s, i, "since"))
                return true;
        return ends_with(s, i, "ed", 5);
}

/* Words after which a plain form is a verb: "will replace", "to replace". */
static bool is_modal(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "will", "would", "can", "could", "may", "might", "must", "should", "shall",
                       "to", "did", "does", "do");
}

static bool has_verb(const Sentence *s, Clause c)
{
        for (size_t i = c.lo; i < c.hi; i++)
                if (!in_expression(s, i) && is_verb(s, i))
                        return true;
        return false;
}

static GArray *split_clauses(const Sentence *s)
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

static Clause clause_at(const GArray *clauses, size_t c)
{
        return g_array_index(clauses, Clause, c);
}

/* The first word of @c after connectives. */
static size_t content_start(const Sentence *s, Clause c)
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
static size_t pick_clause(const Sentence *s, const GArray *clauses)
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

/* The sentence's subject: the words of its first clause with a verb before that
 * verb, or a short first clause without a verb ("Steve Jobs, the CEO, announced"). */
static Clause subject_of(const Sentence *s, const GArray *clauses)
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

/* The period of "Corp." or "Inc.": part of a name, not a break. */
static bool abbreviation_dot(const Sentence *s, size_t i)
{
        return s->w[i].shape == TIMEX_SHAPE_PUNCT && s->text[s->w[i].start] == '.' && i > 0 &&
               !(s->w[i].flags & TIMEX_WORD_SPACE_BEFORE);
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

/* The label being written, and the last word written: words that were apart in
 * the sentence get a space even where the text had none. */
typedef struct {
        GString *out;
        size_t last;
} Builder;

static void append_text(Builder *b, const char *text, size_t len, bool space)
{
        if (b->out->len > 0 && space)
                g_string_append_c(b->out, ' ');
        g_string_append_len(b->out, text, (gssize) len);
}

static void append_word(const Sentence *s, size_t i, Builder *b)
{
        const TimexWord *w = &s->w[i];
        bool adjacent = b->out->len > 0 && i == b->last + 1;
        append_text(b, s->text + w->start, w->end - w->start,
                    !adjacent || (w->flags & TIMEX_WORD_SPACE_BEFORE));
        b->last = i;
}

static void append_range(const Sentence *s, Clause r, Builder *b)
{
        for (size_t i = r.lo; i < r.hi; i++)
                append_word(s, i, b);
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

/* The subject a clause starting at @lo borrows, if any. */
static Clause borrowed_subject(const Sentence *s, const GArray *clauses, size_t c, size_t lo, bool *ret_skip)
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

/* Whether the expression is the clause's subject: "2007 was the year ...". */
static bool expression_is_subject(const Sentence *s, size_t lo)
{
        return s->first == lo && s->last < s->n && is_verb(s, s->last);
}

/* The clause's words without the expression, its preposition and a possessive 's. */
static void clause_words(const Sentence *s, Clause c, size_t lo, bool participle_to_past, Builder *b)
{
        bool keep = expression_is_subject(s, lo);
        size_t drop_lo = s->first, drop_hi = s->last;
        if (!keep && drop_lo > lo && is_preposition(s, drop_lo - 1))
                drop_lo--;
        if (!keep && drop_hi < c.hi && WORD_IN(s, drop_hi, "'s"))
                drop_hi++;
        for (size_t i = lo; i < c.hi; i++) {
                if (!keep && i >= drop_lo && i < drop_hi)
                        continue;
                if (!keep && i == drop_hi && i > lo && s->w[i].shape == TIMEX_SHAPE_PUNCT)
                        continue; /* "in May, she said" loses its comma with "in May" */
                if (i == lo && participle_to_past && ends_with(s, i, "ing", 5)) {
                        const TimexWord *w = &s->w[i];
                        g_autofree char *past = past_of_participle(s->text + w->start, w->end - w->start);
                        append_text(b, past, strlen(past), true);
                        b->last = i;
                        continue;
                }
                append_word(s, i, b);
        }
}

static size_t count_words(const char *label)
{
        size_t n = 0;
        for (const char *p = label; *p; p++)
                if (*p != ' ' && (p == label || p[-1] == ' '))
                        n++;
        return n;
}

/* Cuts @label to @max characters at a word boundary, with an ellipsis. */
static void shorten(GString *label, size_t max)
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

static void clause_label(const Sentence *s, const GArray *clauses, size_t c, Builder *b)
{
        Clause cl = clause_at(clauses, c);
        size_t lo = content_start(s, cl);
        bool skip;
        Clause subject = borrowed_subject(s, clauses, c, lo, &skip);
        append_range(s, subject, b);
        if (skip)
                lo++;
        clause_words(s, cl, lo, subject.hi > subject.lo, b);
}

/* Everything but the expression, for clauses too short to say anything. */
static void sentence_label(const Sentence *s, Builder *b)
{
        Clause all = { 0, s->n };
        clause_words(s, all, content_start(s, all), false, b);
}

char *event_label_make(const TimexWord *words, size_t n_words, const char *text, size_t time_first,
                       size_t time_n, size_t max_chars)
{
        Sentence s = { words, n_words, text, time_first, time_first + time_n };
        g_autoptr(GString) out = g_string_new(NULL);
        if (n_words == 0)
                return g_strdup("");
        g_autoptr(GArray) clauses = split_clauses(&s);
        if (clauses->len == 0)
                return g_strdup("");
        Builder b = { out, 0 };
        size_t c = pick_clause(&s, clauses);
        clause_label(&s, clauses, c, &b);
        /* "We met" says enough; "Has come" (a verb and no subject) does not */
        size_t lo = content_start(&s, clause_at(clauses, c));
        bool verb_first = lo < n_words && is_verb(&s, lo);
        size_t n = count_words(out->str);
        if (n < MIN_WORDS - 1 || (n < MIN_WORDS && verb_first)) {
                g_string_truncate(out, 0);
                sentence_label(&s, &b);
        }
        while (out->len > 0 && strchr(" .,;:'\"", out->str[0]))
                g_string_erase(out, 0, 1);
        if (count_words(out->str) < MIN_WORDS - 1)
                g_string_truncate(out, 0);
        /* "iPhone", "iOS" keep their small first letter */
        if (out->len > 1 && !g_ascii_isupper(out->str[1]))
                out->str[0] = g_ascii_toupper(out->str[0]);
        shorten(out, max_chars);
        return g_string_free(g_steal_pointer(&out), FALSE);
}
