/* Finds roles next to names. The role is the text as written, so a reader sees
 * "former assistant secretary of defense", not a normalised code. */
#include "role.h"

#include <string.h>

/* Longest title-list phrase of at most 4 words ending just before word @end and
 * starting at or after @first. Returns its length in words (0 if none). */
static size_t title_ending_at(const Gazetteer *gz, GString *buf, const char *body,
                              const Word *w, size_t first, size_t end, TitleKind *ret_kind)
{
        for (size_t len = MIN(4, end - first); len >= 1; len--) {
                size_t a = end - len;
                bool joined = true;
                for (size_t k = a + 1; k < end; k++)
                        joined = joined && !(w[k].flags & (WORD_BREAK | WORD_FIRST | WORD_QUOTE));
                if (!joined)
                        continue;
                TitleKind kind = gazetteer_title(gz, words_phrase(buf, body, w, a, end, true));
                if (kind != TITLE_NONE) {
                        *ret_kind = kind;
                        return len;
                }
        }
        return 0;
}

/* A demonym or place just before a title belongs to the role ("Chinese President"). */
static size_t origin_ending_at(const Gazetteer *gz, GString *buf, const char *body,
                               const Word *w, size_t first, size_t end)
{
        for (size_t len = MIN(3, end - first); len >= 1; len--) {
                const GzEntry *e = gazetteer_find(gz, words_phrase(buf, body, w, end - len, end,
                                                                   false));
                if (e && (e->kind == GZ_DEMONYM || e->kind == GZ_PLACE))
                        return len;
        }
        return 0;
}

RoleSpan role_before(const Gazetteer *gz, GString *buf, const char *body, const Word *w,
                     size_t first, size_t name)
{
        RoleSpan r = { 0 };
        size_t k = name, role_start = 0, role_end = 0;
        bool title = false;
        while (k > first && !(w[k].flags & (WORD_BREAK | WORD_FIRST | WORD_QUOTE))) {
                TitleKind kind = TITLE_NONE;
                size_t len = title_ending_at(gz, buf, body, w, first, k, &kind);
                if (len > 0 && kind == TITLE_HONORIFIC && !title) {
                        r.honorific = true;
                        k -= len;
                        continue;
                }
                if (len > 0 && (kind == TITLE_TITLE || (kind == TITLE_MODIFIER && title))) {
                        if (!title)
                                role_end = k;
                        title = true;
                        role_start = k - len;
                        k -= len;
                        continue;
                }
                if (title)
                        role_start -= origin_ending_at(gz, buf, body, w, first, k);
                break;
        }
        if (title) {
                r.start = w[role_start].start;
                r.end = w[role_end - 1].end;
        }
        return r;
}

static bool is_any(const char *body, const Word *w, const char *const *list, size_t n)
{
        for (size_t i = 0; i < n; i++)
                if (word_is(body, w, list[i]))
                        return true;
        return false;
}

static bool is_determiner(const char *body, const Word *w)
{
        static const char *const dets[] = { "a", "an", "the", "his", "her", "its", "their",
                                            "this", "that", "these", "those", "our", "my" };
        return is_any(body, w, dets, G_N_ELEMENTS(dets));
}

/* Words that end the noun phrase of a role: prepositions, clause words and
 * verbs of saying ("Joseph Brusuelas, chief economist at Merk", "X, a Romanian
 * official said"). */
static bool ends_phrase(const char *body, const Word *w)
{
        static const char *const words[] = { "of", "for", "at", "with", "in", "on", "from", "to",
                                             "who", "which", "that", "whose", "whom", "and", "or",
                                             "but", "said", "says", "told", "tells", "added",
                                             "is", "was", "has", "had", "will", "would" };
        size_t n = w->end - w->start;
        if (is_any(body, w, words, G_N_ELEMENTS(words)))
                return true;
        return n > 4 && memcmp(body + w->end - 2, "ed", 2) == 0; /* "warned", "announced" */
}

/* The longest title-list phrase of at most 4 words ending at word @head (inclusive),
 * starting at or after @a; returns its first word, or @head + 1 when none. */
static size_t title_ending(const Gazetteer *gz, GString *buf, const char *body, const Word *w,
                           size_t a, size_t head)
{
        for (size_t len = MIN(4, head + 1 - a); len >= 1; len--)
                if (gazetteer_title(gz, words_phrase(buf, body, w, head + 1 - len, head + 1, true)) ==
                    TITLE_TITLE)
                        return head + 1 - len;
        return head + 1;
}

/* After "of", "for" or "at": a capitalised name ("of the State Property Agency",
 * "for Force Ouvrière"), or one or two lower-case words closing the phrase ("of
 * defense", "of fiscal policy"). Returns the end of the complement, or @p when
 * there is none. */
static size_t complement_end(const char *body, const Word *w, size_t p, size_t b)
{
        static const char *const connectors[] = { "of", "and", "for", "&", "the", "de" };
        size_t q = p;
        if (q < b && word_is(body, &w[q], "the") && q + 1 < b && (w[q + 1].flags & WORD_CAP))
                q++;
        if (q < b && (w[q].flags & WORD_CAP)) {
                while (q < b && ((w[q].flags & WORD_CAP) ||
                                 (is_any(body, &w[q], connectors, G_N_ELEMENTS(connectors)) &&
                                  q + 1 < b && (w[q + 1].flags & WORD_CAP))))
                        q++;
                return q;
        }
        if (q < b && is_determiner(body, &w[q]))
                return p;
        size_t e = q;
        while (e < b && e - q < 2 && (w[e].flags & WORD_LOWER) && !ends_phrase(body, &w[e]))
                e++;
        bool closed = e == b || ends_phrase(body, &w[e]);
        return e > q && closed ? e : p;
}

/* The role phrase inside words [a, end): a noun phrase ("chief market
 * strategist", "former assistant secretary") up to the next punctuation,
 * preposition or verb, whose last word is a title, with an "of/for/at X"
 * complement ("secretary of defense", "chief economist at Merk Investments"). A
 * phrase headed by another noun ("another major sub-prime mortgage specialist")
 * or followed by a verb of saying (the subject of a new clause) is no role. */
static RoleSpan role_phrase(const Gazetteer *gz, GString *buf, const char *body, const Word *w,
                            size_t a, size_t end)
{
        static const char *const conjunctions[] = { "and", "or", "but", "nor" };
        static const char *const joins[] = { "of", "for", "at" };
        static const char *const speech[] = { "said", "says", "told", "tells", "added" };
        RoleSpan r = { 0 };
        /* "Ford, and General Motors": a list goes on, no appositive starts */
        if (is_any(body, &w[a], conjunctions, G_N_ELEMENTS(conjunctions)))
                return r;
        size_t b = a + 1; /* the phrase ends at the next punctuation */
        while (b < end && !(w[b].flags & (WORD_BREAK | WORD_FIRST)))
                b++;
        size_t e = a;
        while (e < b && e - a < 7 && !ends_phrase(body, &w[e]))
                e++;
        if (e == a || (e < b && is_any(body, &w[e], speech, G_N_ELEMENTS(speech))))
                return r;
        size_t head = e - 1, first = title_ending(gz, buf, body, w, a, head);
        if (first > head)
                return r;
        /* a capitalised title with a name after it is that name's title or part of
         * a name ("General Motors"), not this one's role */
        if ((w[first].flags & WORD_CAP) && e < b && (w[e].flags & WORD_CAP))
                return r;
        size_t stop = e;
        if (e + 1 < b && is_any(body, &w[e], joins, G_N_ELEMENTS(joins))) {
                size_t c = complement_end(body, w, e + 1, b);
                if (c > e + 1)
                        stop = c;
        }
        r.start = w[a].start;
        r.end = w[stop - 1].end;
        return r;
}

/* Only a comma and spaces between: `X, a spokesman`, not `X," said` (the comma
 * belonged to a quotation). */
static bool comma_only(const char *body, uint32_t start, uint32_t end)
{
        for (uint32_t i = start; i < end; i++)
                if (body[i] != ',' && body[i] != ' ')
                        return false;
        return true;
}

/* "Alex Wong, a key architect of his strategy, as deputy national security
 * adviser": the office an "as" phrase gives after the appositive (words from
 * @a) outranks the description. Returns no span when there is none. */
static RoleSpan as_after_appositive(const Gazetteer *gz, GString *buf, const char *body,
                                    const Word *w, size_t a, size_t end)
{
        RoleSpan none = { 0 };
        size_t k = a + 1;
        while (k < end && !(w[k].flags & (WORD_BREAK | WORD_FIRST)))
                k++;
        if (k + 1 >= end || !(w[k].flags & WORD_COMMA) || !word_is(body, &w[k], "as") ||
            (w[k + 1].flags & WORD_BREAK))
                return none;
        size_t b = k + 1;
        if (is_determiner(body, &w[b]) && b + 1 < end)
                b++;
        return role_phrase(gz, buf, body, w, b, end);
}

RoleSpan role_after(const Gazetteer *gz, GString *buf, const char *body, const Word *w,
                    size_t after, size_t end)
{
        RoleSpan none = { 0 };
        if (after == 0 || after >= end || (w[after].flags & WORD_FIRST))
                return none;
        size_t a = after;
        if (w[a].flags & WORD_COMMA) {
                if (!(w[a].flags & WORD_LOWER) || !comma_only(body, w[a - 1].end, w[a].start))
                        return none;
                RoleSpan as = as_after_appositive(gz, buf, body, w, a, end);
                if (as.start != as.end)
                        return as;
        } else if (word_is(body, &w[a], "as") && !(w[a].flags & WORD_BREAK)) {
                a++;
        } else {
                return none;
        }
        if (a < end && is_determiner(body, &w[a]) && !(w[a].flags & WORD_FIRST))
                a++; /* "its new president": the role is "new president" */
        if (a >= end || (a > after && (w[a].flags & WORD_BREAK)))
                return none;
        return role_phrase(gz, buf, body, w, a, end);
}
