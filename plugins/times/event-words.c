/* Word classes for event labels: prepositions, connectives, verbs.
 * SPDX-License-Identifier: MIT
 *
 * Short closed lists and word endings instead of a tagger: a label only needs
 * to know where a clause starts, where its verb is and what may be dropped. */
#include "event-parse.h"

bool word_in(const Sentence *s, size_t i, const char *const *list, size_t n)
{
        const TimexWord *w = &s->w[i];
        size_t len = w->end - w->start;
        for (size_t k = 0; k < n; k++)
                if (strlen(list[k]) == len && g_ascii_strncasecmp(s->text + w->start, list[k], len) == 0)
                        return true;
        return false;
}

bool in_expression(const Sentence *s, size_t i)
{
        return i >= s->first && i < s->last;
}

bool in_any_expression(const Sentence *s, size_t i)
{
        size_t at = i + s->base;
        for (size_t k = 0; k < s->in->n_exprs; k++)
                if (at >= s->in->exprs[k].first && at < s->in->exprs[k].first + s->in->exprs[k].n)
                        return true;
        return false;
}

/* Whether words @i and @i + 1 are written together: "re-entered", "Wal-Mart". */
static bool joined(const Sentence *s, size_t i)
{
        return i + 1 < s->n && !(s->w[i + 1].flags & TIMEX_WORD_SPACE_BEFORE);
}

/* "Japan's (ANA) were to", "pay $57 million (US$ 78 million) for": a short
 * aside in brackets without a verb splits no clause. */
bool paren_breaks(const Sentence *s, size_t i)
{
        bool open = s->text[s->w[i].start] == '(';
        size_t j = i, words = 0;
        for (;;) {
                if (open ? ++j >= s->n : j-- == 0)
                        return true;
                const char *t = s->text + s->w[j].start;
                if (*t == (open ? ')' : '('))
                        return words > 4;
                if (*t == '(' || *t == ')' || is_verb(s, j) || ++words > 4)
                        return true;
        }
}

bool is_break(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        if (w->shape != TIMEX_SHAPE_PUNCT || in_expression(s, i))
                return false;
        const unsigned char *t = (const unsigned char *) s->text + w->start;
        bool curly = t[0] == 0xe2 && w->end - w->start == 3 && t[1] == 0x80 && (t[2] == 0x9c || t[2] == 0x9d);
        if (t[0] == '"' || curly)
                return quote_mark_breaks(s, i);
        if (t[0] == '(' || t[0] == ')')
                return paren_breaks(s, i);
        /* "by 8,26%": a decimal comma between digits splits nothing */
        if (t[0] == ',' && i > 0 && i + 1 < s->n && s->w[i - 1].shape == TIMEX_SHAPE_NUMBER &&
            s->w[i + 1].shape == TIMEX_SHAPE_NUMBER && !(w->flags & TIMEX_WORD_SPACE_BEFORE) &&
            !(s->w[i + 1].flags & TIMEX_WORD_SPACE_BEFORE))
                return false;
        if (t[0] != '\0' && strchr(",;:", t[0]))
                return true;
        /* " -- " and "automakers - Ford" are dashes; "re-entered", "Wal - Mart", "-366" are not */
        if (t[0] == '-' && (w->flags & TIMEX_WORD_SPACE_BEFORE) && i + 1 < s->n && i > 0) {
                const TimexWord *next = &s->w[i + 1];
                bool double_dash = s->text[next->start] == '-' && !(next->flags & TIMEX_WORD_SPACE_BEFORE);
                bool name = (s->w[i - 1].flags & TIMEX_WORD_CAPITAL) && (next->flags & TIMEX_WORD_CAPITAL);
                return double_dash || (next->shape == TIMEX_SHAPE_WORD && (next->flags & TIMEX_WORD_SPACE_BEFORE) &&
                                       !name);
        }
        if (t[0] == '-' && i > 0 && s->text[s->w[i - 1].start] == '-' && (s->w[i - 1].flags & TIMEX_WORD_SPACE_BEFORE))
                return true;
        return t[0] == 0xe2 && w->end - w->start == 3 && t[1] == 0x80 && (t[2] == 0x93 || t[2] == 0x94);
}

bool is_preposition(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "in", "on", "at", "during", "since", "after", "before", "by", "for", "from",
                       "over", "under", "with", "within", "throughout", "until", "till", "following",
                       "amid", "despite", "through", "as", "of", "around", "about", "between", "into", "to");
}

bool is_connective(const Sentence *s, size_t i)
{
        return s->w[i].shape == TIMEX_SHAPE_PUNCT ||
               WORD_IN(s, i, "as", "while", "when", "after", "before", "because", "although", "though", "if",
                       "since", "and", "but", "so", "yet", "whereas", "once", "however", "nonetheless",
                       "meanwhile", "also", "moreover", "still", "then", "thus", "instead", "indeed",
                       "furthermore", "separately", "additionally", "or", "unfortunately", "finally");
}

bool is_relative(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "which", "who", "that", "whose", "where");
}

bool ends_with(const Sentence *s, size_t i, const char *suffix, size_t min_len)
{
        const TimexWord *w = &s->w[i];
        size_t len = w->end - w->start, n = strlen(suffix);
        return w->shape == TIMEX_SHAPE_WORD && len >= min_len && !(w->flags & TIMEX_WORD_CAPITAL) &&
               g_ascii_strncasecmp(s->text + w->end - n, suffix, n) == 0;
}

/* "The", "Some": capitalised at a sentence's start, yet no name. */
static bool opens_subject_word(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
                       "some", "many", "both", "each", "all", "no", "he", "she", "it", "they", "we", "i", "you");
}

/* "Aer Lingus already operates an all-Airbus fleet": a word in -s between a
 * name or "he" and what opens an object is a verb. */
static bool present_tense(const Sentence *s, size_t i, size_t p)
{
        const TimexWord *w = &s->w[i];
        const char *t = s->text + w->start;
        size_t len = w->end - w->start;
        if (w->shape != TIMEX_SHAPE_WORD || (w->flags & TIMEX_WORD_CAPITAL) || len < 4 || t[len - 1] != 's' ||
            strchr("siu'", t[len - 2]) || p == 0 || i + 1 >= s->n)
                return false;
        bool after_name = ((s->w[p - 1].flags & TIMEX_WORD_CAPITAL) && !opens_subject_word(s, p - 1) &&
                           !is_preposition(s, p - 1)) ||
                          WORD_IN(s, p - 1, "he", "she", "it");
        const TimexWord *next = &s->w[i + 1];
        bool object = (next->flags & TIMEX_WORD_CAPITAL) || next->shape == TIMEX_SHAPE_NUMBER ||
                      WORD_IN(s, i + 1, "a", "an", "the", "its", "his", "her", "their", "that", "this", "these");
        return after_name && object;
}

bool is_verb(const Sentence *s, size_t i)
{
        const TimexWord *w = &s->w[i];
        if (w->shape != TIMEX_SHAPE_WORD)
                return false;
        /* a compound is a verb when its last part is one: "re-entered" */
        if (joined(s, i) && s->text[s->w[i + 1].start] == '-' && joined(s, i + 1) && !(w->flags & TIMEX_WORD_CAPITAL))
                return is_verb(s, i + 2);
        if (WORD_IN(s, i, "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                    "can", "could", "may", "might", "must", "should", "shall", "does", "do", "did", "says",
                    "said", "remains", "remain", "takes", "took", "made", "makes", "met", "held", "told",
                    "gave", "won", "lost", "began", "left", "came", "went", "got", "wrote", "became", "sent",
                    "led", "saw", "fell", "rose", "born", "goes", "ends", "begins", "comes", "starts",
                    "sold", "bought", "paid", "built", "kept", "found", "stood", "spent", "brought", "thought",
                    "knew", "grew", "drew", "spoke", "broke", "chose", "flew", "ran", "sought", "fought",
                    "heard", "felt", "struck", "replaces", "expects", "includes", "passes", "intends", "wants",
                    "seeks", "believes", "owns", "tells", "writes", "argues", "agrees", "continues",
                    "appears", "seems", "reaches", "describes", "explains", "confirms", "denies", "rejects",
                    "urges", "insists", "admits", "becomes", "receives", "requires", "allows", "provides",
                    "represents", "announces", "predicts", "warns", "suggests", "indicates", "adds",
                    "indicate", "suggest", "believe", "think", "expect", "argue", "insist", "predict"))
                return true;
        if (is_preposition_participle(s, i))
                return false;
        size_t p = i;
        while (p > 0 && is_adverb(s, p - 1))
                p--;
        /* "than originally planned", "as previously hoped": no clause of their own */
        if (p > 0 && WORD_IN(s, p - 1, "than", "as"))
                return false;
        /* "a closed beta", "the planned stop": after a determiner, an adjective */
        if (i > 0 && WORD_IN(s, i - 1, "a", "an", "the", "its", "their", "his", "her", "our", "this", "these"))
                return false;
        /* the lexicon's tense words are verbs (not "the plan"), except the preposition "since" */
        if (w->cls == TIMEX_CLASS_OTHER && w->tense != 0 && !WORD_IN(s, i, "since"))
                return true;
        /* past tenses the same as their plain form: "the Dow Industrials set records" */
        if (WORD_IN(s, i, "set", "cut", "put", "hit", "beat", "shut", "spread", "quit"))
                return i > 0 && !WORD_IN(s, i - 1, "to", "will", "would", "can", "could", "may", "might", "must",
                                         "should", "did", "does", "do");
        return ends_with(s, i, "ed", 5) || present_tense(s, i, p);
}

/* Words after which a plain form is a verb: "will replace", "to replace". */
bool is_modal(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "will", "would", "can", "could", "may", "might", "must", "should", "shall",
                       "to", "did", "does", "do");
}

/* The period of "Corp." or "Inc.": part of a name, not a break. */
bool abbreviation_dot(const Sentence *s, size_t i)
{
        return s->w[i].shape == TIMEX_SHAPE_PUNCT && s->text[s->w[i].start] == '.' && i > 0 &&
               !(s->w[i].flags & TIMEX_WORD_SPACE_BEFORE);
}

/* Words that can open a noun phrase that is a subject: "and the aircraft". */
bool opens_subject(const Sentence *s, size_t i)
{
        return (s->w[i].flags & TIMEX_WORD_CAPITAL) || s->w[i].shape == TIMEX_SHAPE_NUMBER ||
               WORD_IN(s, i, "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
                       "he", "she", "it", "they", "we", "i", "you", "some", "many", "both", "each", "all", "no",
                       "another");
}

bool is_adverb(const Sentence *s, size_t i)
{
        return ends_with(s, i, "ly", 4) ||
               WORD_IN(s, i, "not", "also", "then", "first", "later", "soon", "just", "already", "still",
                       "never", "now", "even", "again", "only", "once", "maybe", "perhaps");
}

bool is_speech_verb(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "noted",
                       "notes", "declared", "stated", "states", "explained", "commented", "announced",
                       "remarked", "asked", "insisted", "argued", "warned", "claimed", "replied", "continued",
                       "according", "saying", "adding");
}

/* "including two disasters", "according to", "compared to": prepositions, not participles. */
bool is_preposition_participle(const Sentence *s, size_t i)
{
        return WORD_IN(s, i, "including", "according", "concerning", "regarding", "excluding", "following",
                       "compared", "starting", "beginning", "ending", "pending", "barring", "notwithstanding");
}
