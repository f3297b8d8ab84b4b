/* A short label for a dated event: the clause around its time expression.
 * SPDX-License-Identifier: MIT
 *
 * A first version without a parser: split the sentence into clauses at commas,
 * semicolons, dashes and quotation marks; take the clause holding the expression,
 * or the main clause after it when the expression sits in a leading phrase
 * ("In a speech last month, Kim reiterated ..."); give a participle clause the
 * sentence's subject ("North Korea ..., signing X in June" -> "North Korea signed
 * X"); drop the expression with its preposition and leading connectives; cut at a
 * word boundary. */
#include "timex.h"

#include <string.h>

typedef struct {
        const TimexWord *w;
        size_t n;
        const char *text;
} Sentence;

typedef struct {
        size_t lo, hi; /* words [lo, hi) */
} Clause;

static bool word_in(const Sentence *s, size_t i, const char *const *list, size_t n)
{
        const TimexWord *w = &s->w[i];
        size_t len = w->end - w->start;
        for (size_t k = 0; k < n; k++)
                if (strlen(list[k]) == len && g_ascii_strncasecmp(s->text + w->start, list[k], len) == 0)
                        return true;
        return false;
}

static bool is_break(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        if (w->shape != TIMEX_SHAPE_PUNCT)
                return false;
        const unsigned char *t = (const unsigned char *) s->text + w->start;
        if (strchr(",;:()\"", t[0]) && t[0] != '\0')
                return true;
        return t[0] == 0xe2 && w->end - w->start == 3 && t[1] == 0x80 &&
               (t[2] == 0x93 || t[2] == 0x94 || t[2] == 0x9c || t[2] == 0x9d);
}

static bool is_preposition(const Sentence *s, size_t i)
{
        static const char *const words[] = {
                "in", "on", "at", "during", "since", "after", "before", "by", "for", "from",
                "over", "under", "with", "within", "throughout", "until", "till", "following",
                "amid", "despite", "through", "as", "of", "around", "about", "between", "into",
        };
        return word_in(s, i, words, G_N_ELEMENTS(words));
}

static bool is_connective(const Sentence *s, size_t i)
{
        static const char *const words[] = {
                "as", "while", "when", "after", "before", "because", "although", "though", "if",
                "since", "and", "but", "so", "yet", "which", "who", "whereas", "once", "however",
                "nonetheless", "meanwhile", "also", "moreover", "still", "then", "now", "thus",
                "instead", "indeed", "furthermore", "separately", "additionally", "that", "or",
        };
        return word_in(s, i, words, G_N_ELEMENTS(words));
}

static bool is_verb(const Sentence *s, size_t i)
{
        static const char *const words[] = {
                "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                "can", "could", "may", "might", "must", "should", "shall", "does", "do", "did",
                "says", "said", "remains", "remain", "takes", "took", "made", "makes", "met",
                "held", "told", "gave", "won", "lost", "began", "left", "came", "went", "got",
                "wrote", "became", "sent", "led", "saw", "fell", "rose",
        };
        const TimexWord *w = &s->w[i];
        if (w->shape != TIMEX_SHAPE_WORD)
                return false;
        /* the lexicon's tense words are verbs, except the preposition "since" */
        if (word_in(s, i, words, G_N_ELEMENTS(words)) ||
            (w->cls == TIMEX_CLASS_OTHER && w->tense != 0 && !word_in(s, i, (const char *const[]) { "since" }, 1)))
                return true;
        size_t len = w->end - w->start;
        const char *t = s->text + w->start;
        return len >= 5 && !(w->flags & TIMEX_WORD_CAPITAL) && t[len - 2] == 'e' && t[len - 1] == 'd';
}

static bool has_verb(const Sentence *s, Clause c, size_t skip_lo, size_t skip_hi)
{
        for (size_t i = c.lo; i < c.hi; i++)
                if ((i < skip_lo || i >= skip_hi) && is_verb(s, i))
                        return true;
        return false;
}

static bool is_participle(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        size_t len = w->end - w->start;
        const char *t = s->text + w->start;
        return w->shape == TIMEX_SHAPE_WORD && len >= 5 && memcmp(t + len - 3, "ing", 3) == 0;
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
        g_autofree char *base = g_strndup(word, len - 3);
        size_t b = len - 3;
        if (b >= 2 && base[b - 1] == 'y' && !strchr("aeiou", base[b - 2]))
                return g_strdup_printf("%.*sied", (int) (b - 1), base);
        if (b >= 1 && base[b - 1] == 'e')
                return g_strdup_printf("%sd", base);
        return g_strdup_printf("%sed", base);
}

/* The subject of the sentence's first clause: its words before the first verb. */
static Clause subject_of(const Sentence *s, const GArray *clauses)
{
        for (size_t c = 0; c < clauses->len; c++) {
                Clause cl = g_array_index(clauses, Clause, c);
                if (is_preposition(s, cl.lo) || !has_verb(s, cl, 0, 0))
                        continue;
                size_t v = cl.lo;
                while (v < cl.hi && !is_verb(s, v))
                        v++;
                if (v > cl.lo && v - cl.lo <= 6)
                        return (Clause) { cl.lo, v };
                break;
        }
        return (Clause) { 0, 0 };
}

static void append_word(const Sentence *s, size_t i, GString *out)
{
        const TimexWord *w = &s->w[i];
        if (out->len > 0 && (w->flags & TIMEX_WORD_SPACE_BEFORE))
                g_string_append_c(out, ' ');
        g_string_append_len(out, s->text + w->start, w->end - w->start);
}

/* The clause to label: the one with the expression, or the main clause after a
 * leading phrase without a verb. */
static size_t pick_clause(const Sentence *s, const GArray *clauses, size_t first, size_t last)
{
        size_t c = 0;
        while (c + 1 < clauses->len && g_array_index(clauses, Clause, c).hi <= first)
                c++;
        Clause here = g_array_index(clauses, Clause, c);
        if (has_verb(s, here, first, last))
                return c;
        for (size_t k = c + 1; k < clauses->len; k++)
                if (has_verb(s, g_array_index(clauses, Clause, k), 0, 0))
                        return k;
        return c;
}

/* The words of the clause without the expression, the preposition before it and
 * leading connectives. */
static void clause_text(const Sentence *s, Clause c, size_t first, size_t last, GString *out)
{
        size_t lo = c.lo;
        while (lo < c.hi && (is_connective(s, lo) || s->w[lo].shape == TIMEX_SHAPE_PUNCT))
                lo++;
        size_t drop = first > lo && is_preposition(s, first - 1) ? first - 1 : first;
        for (size_t i = lo; i < c.hi; i++) {
                if (i >= drop && i < last)
                        continue;
                if (i == lo && is_participle(s, i) && out->len > 0) {
                        const TimexWord *w = &s->w[i];
                        g_autofree char *past = past_of_participle(s->text + w->start, w->end - w->start);
                        g_string_append_printf(out, " %s", past);
                        continue;
                }
                append_word(s, i, out);
        }
}

/* Cuts @label to @max characters at a word boundary, with an ellipsis. */
static void shorten(GString *label, size_t max)
{
        while (label->len > 0 && strchr(" .,;:", label->str[label->len - 1]))
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

char *event_label_make(const TimexWord *words, size_t n_words, const char *text, size_t time_first,
                       size_t time_n, size_t max_chars)
{
        Sentence s = { words, n_words, text };
        g_autoptr(GString) out = g_string_new(NULL);
        if (n_words == 0)
                return g_strdup("");
        g_autoptr(GArray) clauses = split_clauses(&s);
        size_t last = time_first + time_n;
        if (clauses->len == 0)
                return g_strdup("");
        size_t c = pick_clause(&s, clauses, time_first, last);
        Clause cl = g_array_index(clauses, Clause, c);
        size_t lo = cl.lo;
        while (lo < cl.hi && (is_connective(&s, lo) || words[lo].shape == TIMEX_SHAPE_PUNCT))
                lo++;
        if (c > 0 && lo < cl.hi && is_participle(&s, lo)) {
                Clause subject = subject_of(&s, clauses);
                for (size_t i = subject.lo; i < subject.hi; i++)
                        append_word(&s, i, out);
        }
        clause_text(&s, cl, time_first, last, out);
        if (out->len > 0)
                out->str[0] = g_ascii_toupper(out->str[0]);
        shorten(out, max_chars);
        return g_string_free(g_steal_pointer(&out), FALSE);
}
