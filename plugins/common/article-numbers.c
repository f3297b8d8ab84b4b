/* Article numbers by date, and their citation form.
 * SPDX-License-Identifier: MIT */
#include "article-numbers.h"

#include <string.h>

#include "date-words.h"

typedef struct Entry {
        const char *date; /* NULL when undated */
        size_t index;
} Entry;

static int entry_compare(const void *pa, const void *pb) {
        const Entry *a = pa, *b = pb;
        if (a->date && b->date) {
                int c = strcmp(a->date, b->date);
                if (c != 0)
                        return c;
        } else if (a->date || b->date) {
                return a->date ? -1 : 1;
        }
        return a->index < b->index ? -1 : a->index > b->index;
}

guint *article_numbers_new(const char *const *dates, size_t n) {
        g_autofree Entry *entries = g_new(Entry, MAX(n, 1));
        guint *numbers = g_new0(guint, MAX(n, 1));
        for (size_t i = 0; i < n; i++) {
                GDate date;
                entries[i] = (Entry) {
                        .date = dates[i] && date_words_parse(dates[i], &date) ? dates[i] : NULL,
                        .index = i,
                };
        }
        /* YYYY-MM-DD compares as text; the index makes the sort stable */
        qsort(entries, n, sizeof *entries, entry_compare);
        for (size_t k = 0; k < n; k++)
                numbers[entries[k].index] = (guint) k + 1;
        return numbers;
}

static int guint_compare(const void *pa, const void *pb) {
        guint a = *(const guint *) pa, b = *(const guint *) pb;
        return a < b ? -1 : a > b;
}

char *article_numbers_cite(const guint *numbers, size_t n) {
        g_autofree guint *sorted = g_memdup2(numbers, MAX(n, 1) * sizeof *numbers);
        qsort(sorted, n, sizeof *sorted, guint_compare);
        GString *s = g_string_new("[");
        for (size_t i = 0; i < n; i++) {
                if (i > 0 && sorted[i] == sorted[i - 1])
                        continue;
                g_string_append_printf(s, "%s%u", s->len > 1 ? ", " : "", sorted[i]);
        }
        g_string_append_c(s, ']');
        return g_string_free(s, FALSE);
}
