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

static bool is_article(const char *body, const Word *w)
{
        static const char *const articles[] = { "a", "an", "the" };
        return is_any(body, w, articles, G_N_ELEMENTS(articles));
}

static bool is_determiner(const char *body, const Word *w)
{
        static const char *const dets[] = { "a", "an", "the", "his", "her", "its", "their",
                                            "this", "that", "these", "those", "our", "my" };
        return is_any(body, w, dets, G_N_ELEMENTS(dets));
}

/* The role phrase inside words [a, end): a few lower-case words ending in a title,
 * plus an "of X" complement ("secretary of defense"). */
static RoleSpan role_phrase(const Gazetteer *gz, GString *buf, const char *body, const Word *w,
                            size_t a, size_t end)
{
        static const char *const clause[] = { "who", "which", "that", "whose", "whom" };
        static const char *const conjunctions[] = { "and", "or", "but", "nor" };
        RoleSpan r = { 0 };
        /* "Ford, and General Motors": a list goes on, no appositive starts */
        if (is_any(body, &w[a], conjunctions, G_N_ELEMENTS(conjunctions)))
                return r;
        size_t b = a + 1; /* the phrase ends at the next punctuation */
        while (b < end && !(w[b].flags & (WORD_BREAK | WORD_FIRST)))
                b++;
        for (size_t t = a; t < MIN(b, a + 6); t++) {
                if (is_any(body, &w[t], clause, G_N_ELEMENTS(clause)))
                        break;
                size_t len = 0;
                for (size_t l = MIN(4, b - t); l >= 1 && len == 0; l--)
                        if (gazetteer_title(gz, words_phrase(buf, body, w, t, t + l, true)) ==
                            TITLE_TITLE)
                                len = l;
                if (len == 0)
                        continue;
                size_t stop = t + len;
                /* a capitalised title with a name after it is that name's title
                 * or part of a name ("General Motors"), not this one's role */
                if ((w[t].flags & WORD_CAP) && stop < b && (w[stop].flags & WORD_CAP))
                        return r;
                bool has_of = strstr(words_phrase(buf, body, w, t, stop, true), " of ") != NULL;
                if (!has_of && stop + 1 < b &&
                    (word_is(body, &w[stop], "of") || word_is(body, &w[stop], "for")) &&
                    !is_determiner(body, &w[stop + 1]))
                        stop += 2;
                r.start = w[a].start;
                r.end = w[stop - 1].end;
                return r;
        }
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
        } else if (word_is(body, &w[a], "as") && !(w[a].flags & WORD_BREAK)) {
                a++;
        } else {
                return none;
        }
        if (a < end && is_article(body, &w[a]) && !(w[a].flags & WORD_FIRST))
                a++;
        if (a >= end || (a > after && (w[a].flags & WORD_BREAK)))
                return none;
        return role_phrase(gz, buf, body, w, a, end);
}
