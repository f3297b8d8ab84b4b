/* Sparse TF-IDF vectors: each sentence's terms sorted by id, so a similarity is
 * one merge of two short arrays. */
#include "term-vectors.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

/* Words too common to say what a sentence is about. */
static const char *const stopwords[] = {
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "between", "both",
        "but", "by", "can", "could", "did", "do", "does", "during", "each", "even", "few",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
        "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just",
        "last", "like", "made", "make", "many", "may", "me", "might", "more", "most", "much",
        "must", "my", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one",
        "only", "or", "other", "our", "out", "over", "own", "said", "same", "say", "says",
        "she", "should", "since", "so", "some", "still", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "told", "two", "under", "until", "up", "us", "very", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "year", "years", "yet", "you", "your",
};

typedef struct Term {
        guint id;
        float weight;
} Term;

struct TermVectors {
        GArray *terms;   /* Term, all vectors one after the other */
        GArray *offsets; /* guint: vector i is terms[offsets[i] .. offsets[i + 1]) */
};

/* Lower case, possessive and plural endings off: "Korea's" and "talks" match
 * "Korea" and "talk". Crude, but it only has to make near-duplicates look alike. */
static void normalize(GString *w)
{
        if (w->len > 2 && strcmp(w->str + w->len - 2, "'s") == 0)
                g_string_truncate(w, w->len - 2);
        if (w->len > 4 && strcmp(w->str + w->len - 3, "ies") == 0) {
                g_string_truncate(w, w->len - 3);
                g_string_append_c(w, 'y');
        } else if (w->len > 3 && w->str[w->len - 1] == 's' && w->str[w->len - 2] != 's') {
                g_string_truncate(w, w->len - 1);
        }
}

static bool keep_word(GHashTable *stop, const GString *w)
{
        if (w->len < 2 || g_ascii_isdigit(w->str[0]))
                return false;
        return !g_hash_table_contains(stop, w->str);
}

/* Calls @add for every content word of @text. */
static void each_word(const char *text, size_t len, GHashTable *stop, GString *w,
                      void (*add)(const char *word, void *data), void *data)
{
        const char *p = text, *end = text + len;
        while (p < end) {
                g_string_truncate(w, 0);
                while (p < end) {
                        gunichar c = g_utf8_get_char(p);
                        bool apostrophe = (c == '\'' || c == 0x2019) && w->len > 0;
                        if (!g_unichar_isalnum(c) && !apostrophe)
                                break;
                        g_string_append_unichar(w, apostrophe ? '\'' : g_unichar_tolower(c));
                        p = g_utf8_next_char(p);
                }
                if (w->len > 0) {
                        normalize(w);
                        if (keep_word(stop, w))
                                add(w->str, data);
                } else {
                        p = g_utf8_next_char(p);
                }
        }
}

typedef struct Builder {
        GHashTable *ids;  /* word -> id + 1 */
        GHashTable *seen; /* ids in the current text */
        GArray *df;       /* guint per id */
        GArray *terms;    /* Term with weight = count, for the current text */
} Builder;

static void count_word(const char *word, void *data)
{
        Builder *b = data;
        guint id = GPOINTER_TO_UINT(g_hash_table_lookup(b->ids, word));
        if (id == 0) {
                id = g_hash_table_size(b->ids) + 1;
                g_hash_table_insert(b->ids, g_strdup(word), GUINT_TO_POINTER(id));
                guint zero = 0;
                g_array_append_val(b->df, zero);
        }
        id--;
        gpointer old = g_hash_table_lookup(b->seen, GUINT_TO_POINTER(id + 1));
        if (old) {
                g_array_index(b->terms, Term, GPOINTER_TO_UINT(old) - 1).weight += 1.0f;
                return;
        }
        Term t = { id, 1.0f };
        g_array_append_val(b->terms, t);
        g_hash_table_insert(b->seen, GUINT_TO_POINTER(id + 1), GUINT_TO_POINTER(b->terms->len));
        g_array_index(b->df, guint, id)++;
}

static int compare_terms(const void *a, const void *b)
{
        const Term *x = a, *y = b;
        return x->id < y->id ? -1 : x->id > y->id;
}

TermVectors *term_vectors_new(const char *const *texts, const size_t *lens, size_t n)
{
        g_autoptr(GHashTable) stop = g_hash_table_new(g_str_hash, g_str_equal);
        for (size_t i = 0; i < G_N_ELEMENTS(stopwords); i++)
                g_hash_table_add(stop, (char *) stopwords[i]);
        Builder b = {
                .ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
                .seen = g_hash_table_new(g_direct_hash, g_direct_equal),
                .df = g_array_new(FALSE, FALSE, sizeof(guint)),
                .terms = g_array_new(FALSE, FALSE, sizeof(Term)),
        };
        TermVectors *tv = g_new0(TermVectors, 1);
        tv->terms = g_array_new(FALSE, FALSE, sizeof(Term));
        tv->offsets = g_array_sized_new(FALSE, FALSE, sizeof(guint), n + 1);
        g_autoptr(GString) w = g_string_new(NULL);

        for (size_t i = 0; i < n; i++) {
                g_array_set_size(b.terms, 0);
                g_hash_table_remove_all(b.seen);
                each_word(texts[i], lens[i], stop, w, count_word, &b);
                g_array_sort(b.terms, compare_terms);
                guint at = tv->terms->len;
                g_array_append_val(tv->offsets, at);
                g_array_append_vals(tv->terms, b.terms->data, b.terms->len);
        }
        guint total = tv->terms->len;
        g_array_append_val(tv->offsets, total);

        for (size_t i = 0; i < n; i++) {
                guint from = g_array_index(tv->offsets, guint, i);
                guint to = g_array_index(tv->offsets, guint, i + 1);
                double norm = 0.0;
                for (guint k = from; k < to; k++) {
                        Term *t = &g_array_index(tv->terms, Term, k);
                        double df = g_array_index(b.df, guint, t->id);
                        t->weight = (float) (t->weight * log(((double) n + 1.0) / df));
                        norm += (double) t->weight * t->weight;
                }
                norm = sqrt(norm);
                for (guint k = from; k < to && norm > 0.0; k++)
                        g_array_index(tv->terms, Term, k).weight /= (float) norm;
        }
        g_hash_table_unref(b.ids);
        g_hash_table_unref(b.seen);
        g_array_unref(b.df);
        g_array_unref(b.terms);
        return tv;
}

void term_vectors_free(TermVectors *tv)
{
        if (!tv)
                return;
        g_array_unref(tv->terms);
        g_array_unref(tv->offsets);
        g_free(tv);
}

static const Term *vector(const TermVectors *tv, size_t i, guint *ret_n)
{
        guint from = g_array_index(tv->offsets, guint, i);
        *ret_n = g_array_index(tv->offsets, guint, i + 1) - from;
        return &g_array_index(tv->terms, Term, from);
}

/* One merge of the two sorted vectors: the dot product and the shared terms. */
static void merge(const TermVectors *tv, size_t a, size_t b, double *ret_dot, guint *ret_shared)
{
        guint na, nb, i = 0, k = 0, shared = 0;
        const Term *x = vector(tv, a, &na), *y = vector(tv, b, &nb);
        double dot = 0.0;
        while (i < na && k < nb) {
                if (x[i].id < y[k].id) {
                        i++;
                } else if (x[i].id > y[k].id) {
                        k++;
                } else {
                        dot += (double) x[i].weight * y[k].weight;
                        shared++;
                        i++;
                        k++;
                }
        }
        *ret_dot = dot;
        *ret_shared = shared;
}

double term_vectors_cosine(const TermVectors *tv, size_t a, size_t b)
{
        double dot;
        guint shared;
        merge(tv, a, b, &dot, &shared);
        return CLAMP(dot, 0.0, 1.0);
}

double term_vectors_overlap(const TermVectors *tv, size_t a, size_t b)
{
        double dot;
        guint shared, na, nb;
        merge(tv, a, b, &dot, &shared);
        vector(tv, a, &na);
        vector(tv, b, &nb);
        guint shorter = MIN(na, nb);
        return shorter ? (double) shared / shorter : 0.0;
}

size_t term_vectors_n_terms(const TermVectors *tv, size_t i)
{
        guint n;
        vector(tv, i, &n);
        return n;
}
