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
                        builder_append_text(b, past, strlen(past), true);
                        b->last = i;
                        continue;
                }
                builder_append_word(s, i, b);
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

/* Returns: whether the clause borrowed a subject. */
static bool clause_label(const Sentence *s, const GArray *clauses, size_t c, Builder *b)
{
        Clause cl = clause_at(clauses, c);
        size_t lo = content_start(s, cl);
        bool skip;
        Clause subject = borrowed_subject(s, clauses, c, lo, &skip);
        builder_append_range(s, subject, b);
        if (skip)
                lo++;
        clause_words(s, cl, lo, subject.hi > subject.lo, b);
        return subject.hi > subject.lo;
}

/* Everything but the expression, for clauses too short to say anything. */
static void sentence_label(const Sentence *s, Builder *b)
{
        Clause all = { 0, s->n };
        clause_words(s, all, content_start(s, all), false, b);
}

/* "iPhone", "iOS" keep their small first letter */
static void capitalize(char *label)
{
        if (label[0] != '\0' && label[1] != '\0' && !g_ascii_isupper(label[1]))
                label[0] = g_ascii_toupper(label[0]);
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
        Builder b = { out, 0 };
        size_t c = pick_clause(&s, clauses);
        bool borrowed = clause_label(&s, clauses, c, &b);
        /* "We met" says enough; "Has come" (a verb and no subject) does not */
        size_t lo = content_start(&s, clause_at(clauses, c));
        bool verb_first = lo < s.n && is_verb(&s, lo) && !borrowed;
        size_t n = count_words(out->str);
        if (n < MIN_WORDS - 1 || (n < MIN_WORDS && verb_first)) {
                g_string_truncate(out, 0);
                sentence_label(&s, &b);
        }
        while (out->len > 0 && strchr(" .,;:'\"", out->str[0]))
                g_string_erase(out, 0, 1);
        if (count_words(out->str) < MIN_WORDS - 1)
                g_string_truncate(out, 0);
        capitalize(out->str);
        label_shorten(out, max_chars);
        return g_string_free(g_steal_pointer(&out), FALSE);
}
