/* An article's sentences and words, for the times extractor's glue and look-ahead rules.
 * SPDX-License-Identifier: MIT */
#include "times-article.h"

#include <string.h>

size_t times_sentence_at(const Article *a, uint32_t offset)
{
        size_t lo = 0, hi = a->n_sentences;
        while (hi - lo > 1) {
                size_t mid = (lo + hi) / 2;
                if (a->sentences[mid].start <= offset)
                        lo = mid;
                else
                        hi = mid;
        }
        return lo;
}

void times_sentence_words(const Article *a, size_t s, size_t *ret_first, size_t *ret_n)
{
        const TimexWord *w = (const TimexWord *) a->words->data;
        size_t n = a->words->len, lo = 0, hi = n;
        DossierSpan span = a->sentences[s];
        while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (w[mid].start < span.start)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        size_t end = lo;
        while (end < n && w[end].start < span.end)
                end++;
        *ret_first = lo;
        *ret_n = end - lo;
}

TimexDirection times_match_direction(const Article *a, const TimexMatch *m, bool *ret_inside)
{
        size_t s = times_sentence_at(a, m->start), first, n;
        times_sentence_words(a, s, &first, &n);
        *ret_inside = m->first_word >= first && m->first_word + m->n_words <= first + n;
        if (!*ret_inside)
                first = m->first_word, n = m->n_words; /* spans a sentence break: no tense */
        const TimexWord *w = &g_array_index(a->words, TimexWord, first);
        return timex_tense_direction(w, n, a->body, m->first_word - first, m->n_words);
}

bool times_match_value(const Article *a, const TimexMatch *m, const TimexContext *ctx,
                        char value[TIMEX_VALUE_MAX])
{
        bool inside;
        return timex_normalize(&m->expr, ctx, times_match_direction(a, m, &inside), value);
}

Scan times_article_scan(const Article *a)
{
        return (Scan) { (const TimexWord *) a->words->data, a->words->len, a->body };
}

bool times_only_between(const Article *a, const TimexMatch *m, const TimexMatch *next,
                        const char *const *words, size_t n)
{
        Scan sc = times_article_scan(a);
        for (uint32_t k = m->first_word + m->n_words; k < next->first_word; k++)
                if (!scan_word_in(&sc, k, words, n))
                        return false;
        return true;
}
