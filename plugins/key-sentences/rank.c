/* LexRank (Erkan and Radev 2004, continuous variant with a similarity threshold),
 * plus a lead bias: news puts the point first, so position weighs in, but only as
 * one term of three, so the result is not simply the first sentences. */
#include "rank.h"

#include <math.h>
#include <stdbool.h>

#define LINK_THRESHOLD 0.1 /* weaker similarities are noise, not links */
#define DAMPING 0.85
#define ITERATIONS 60

#define WEIGHT_CENTRALITY 0.50
#define WEIGHT_POSITION 0.35
#define WEIGHT_ACTORS 0.15
#define QUOTE_PENALTY 0.85 /* prefer narrative to a sentence that is mostly a quote */
#define OVERLAP_DUPLICATE 0.8 /* shared words / words of the shorter sentence */

typedef struct Link {
        guint to;
        float weight;
} Link;

/* The similarity graph as adjacency lists: most pairs share nothing. */
static GPtrArray *build_links(const TermVectors *tv, size_t n, GArray *degree)
{
        GPtrArray *links = g_ptr_array_new_with_free_func((GDestroyNotify) g_array_unref);
        for (size_t i = 0; i < n; i++)
                g_ptr_array_add(links, g_array_new(FALSE, FALSE, sizeof(Link)));
        g_array_set_size(degree, n);
        for (size_t i = 0; i < n; i++) {
                if (term_vectors_n_terms(tv, i) == 0)
                        continue;
                for (size_t j = i + 1; j < n; j++) {
                        double c = term_vectors_cosine(tv, i, j);
                        if (c < LINK_THRESHOLD)
                                continue;
                        Link ij = { (guint) j, (float) c }, ji = { (guint) i, (float) c };
                        g_array_append_val(g_ptr_array_index(links, i), ij);
                        g_array_append_val(g_ptr_array_index(links, j), ji);
                        g_array_index(degree, double, i) += c;
                        g_array_index(degree, double, j) += c;
                }
        }
        return links;
}

GArray *rank_centrality(const TermVectors *tv, size_t n)
{
        GArray *p = g_array_sized_new(FALSE, TRUE, sizeof(double), n);
        g_array_set_size(p, n);
        if (n == 0)
                return p;
        g_autoptr(GArray) degree = g_array_new(FALSE, TRUE, sizeof(double));
        g_autoptr(GPtrArray) links = build_links(tv, n, degree);
        g_autofree double *next = g_new(double, n);
        double *cur = (double *) p->data;
        for (size_t i = 0; i < n; i++)
                cur[i] = 1.0 / (double) n;

        for (int it = 0; it < ITERATIONS; it++) {
                double dangling = 0.0; /* sentences without links spread evenly */
                for (size_t i = 0; i < n; i++)
                        if (g_array_index(degree, double, i) == 0.0)
                                dangling += cur[i];
                double base = (1.0 - DAMPING) / (double) n + DAMPING * dangling / (double) n;
                for (size_t j = 0; j < n; j++)
                        next[j] = base;
                for (size_t i = 0; i < n; i++) {
                        double d = g_array_index(degree, double, i);
                        if (d == 0.0)
                                continue;
                        GArray *li = g_ptr_array_index(links, i);
                        for (guint k = 0; k < li->len; k++) {
                                const Link *l = &g_array_index(li, Link, k);
                                next[l->to] += DAMPING * cur[i] * l->weight / d;
                        }
                }
                double delta = 0.0;
                for (size_t i = 0; i < n; i++) {
                        delta += fabs(next[i] - cur[i]);
                        cur[i] = next[i];
                }
                if (delta < 1e-9)
                        break;
        }
        return p;
}

static double position_score(uint32_t position)
{
        return 1.0 / sqrt(1.0 + position);
}

static double actor_score(uint32_t n_actors)
{
        return MIN(n_actors, 3u) / 3.0;
}

static int compare_picks(const void *a, const void *b)
{
        const RankPick *x = a, *y = b;
        if (x->score != y->score)
                return x->score > y->score ? -1 : 1;
        return x->index < y->index ? -1 : x->index > y->index;
}

static bool repeats(const TermVectors *tv, const GArray *picked, size_t i, double duplicate)
{
        for (guint k = 0; k < picked->len; k++) {
                size_t j = g_array_index(picked, RankPick, k).index;
                if (term_vectors_cosine(tv, i, j) > duplicate ||
                    term_vectors_overlap(tv, i, j) > OVERLAP_DUPLICATE)
                        return true;
        }
        return false;
}

GArray *rank_sentences(const TermVectors *tv, const RankInput *in, size_t n,
                       const RankOptions *options)
{
        g_autoptr(GArray) central = rank_centrality(tv, n);
        double top = 0.0;
        for (size_t i = 0; i < n; i++)
                top = MAX(top, g_array_index(central, double, i));

        g_autoptr(GArray) all = g_array_sized_new(FALSE, FALSE, sizeof(RankPick), n);
        for (size_t i = 0; i < n; i++) {
                double c = top > 0.0 ? g_array_index(central, double, i) / top : 0.0;
                double s = WEIGHT_CENTRALITY * c + WEIGHT_POSITION * position_score(in[i].position) +
                           WEIGHT_ACTORS * actor_score(in[i].n_actors);
                if (in[i].quote_share > 0.5)
                        s *= QUOTE_PENALTY;
                RankPick pick = { i, s };
                g_array_append_val(all, pick);
        }
        g_array_sort(all, compare_picks);

        GArray *picked = g_array_new(FALSE, FALSE, sizeof(RankPick));
        for (guint k = 0; k < all->len && picked->len < options->count; k++) {
                RankPick pick = g_array_index(all, RankPick, k);
                if (!repeats(tv, picked, pick.index, options->duplicate))
                        g_array_append_val(picked, pick);
        }
        return picked;
}

uint32_t rank_position_cap(const RankInput *in, size_t n, size_t max)
{
        if (n <= max)
                return UINT32_MAX;
        g_autoptr(GArray) at = g_array_new(FALSE, TRUE, sizeof(size_t));
        for (size_t i = 0; i < n; i++) {
                if (in[i].position >= at->len)
                        g_array_set_size(at, in[i].position + 1);
                g_array_index(at, size_t, in[i].position)++;
        }
        size_t total = 0;
        uint32_t p = 0;
        while (p < at->len && total + g_array_index(at, size_t, p) <= max)
                total += g_array_index(at, size_t, p++);
        return p;
}
