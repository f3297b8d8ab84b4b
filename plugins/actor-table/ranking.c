/* Which actors the actor table shows, in what order.
 * SPDX-License-Identifier: MIT */
#include "ranking.h"

#include <string.h>

#include <dossier/plugin.h>

/* Names compare without case first, so "de Gaulle" sorts next to "De Gaulle",
 * then bytewise so the order never depends on the locale. */
static int compare_names(const char *a, const char *b)
{
        g_autofree char *fa = g_utf8_casefold(a, -1);
        g_autofree char *fb = g_utf8_casefold(b, -1);
        int c = strcmp(fa, fb);
        return c != 0 ? c : strcmp(a, b);
}

static int by_mentions(gconstpointer pa, gconstpointer pb)
{
        const ActorRow *a = pa, *b = pb;
        if (a->mentions != b->mentions)
                return a->mentions > b->mentions ? -1 : 1;
        return compare_names(a->name, b->name);
}

uint32_t actor_type_from_name(const char *name)
{
        static const struct {
                const char *name;
                uint32_t type;
        } types[] = {
                { "person", DOSSIER_ACTOR_PERSON },
                { "org", DOSSIER_ACTOR_ORG },
                { "place", DOSSIER_ACTOR_PLACE },
                { "other", DOSSIER_ACTOR_OTHER },
        };
        for (size_t i = 0; name != NULL && i < G_N_ELEMENTS(types); i++)
                if (strcmp(name, types[i].name) == 0)
                        return types[i].type;
        return 0;
}

static bool wanted(const ActorRow *row, const RankOptions *options)
{
        if (row->name == NULL || row->mentions < options->min_mentions)
                return false;
        if (row->type < DOSSIER_ACTOR_PERSON || row->type > DOSSIER_ACTOR_OTHER)
                return false; /* a type this renderer does not know */
        return (options->types & RANK_TYPE_BIT(row->type)) != 0;
}

GArray *actor_rank(const ActorRow *rows, size_t n, const RankOptions *options,
                   size_t *ret_n_eligible)
{
        GArray *out = g_array_new(FALSE, FALSE, sizeof(ActorRow));
        for (size_t i = 0; i < n; i++) {
                if (wanted(&rows[i], options))
                        g_array_append_val(out, rows[i]);
        }
        if (ret_n_eligible != NULL)
                *ret_n_eligible = out->len;
        g_array_sort(out, by_mentions);
        if (out->len > options->top)
                g_array_set_size(out, (guint) options->top);
        return out;
}

size_t count_scale_step(size_t max, size_t max_ticks)
{
        static const size_t mults[] = { 1, 2, 5 };
        if (max < 1)
                max = 1;
        if (max_ticks < 1)
                max_ticks = 1;
        for (size_t power = 1;; power *= 10) {
                for (size_t i = 0; i < G_N_ELEMENTS(mults); i++) {
                        size_t step = mults[i] * power;
                        if ((max + step - 1) / step <= max_ticks)
                                return step;
                }
                if (power > SIZE_MAX / 100)
                        return power * 10;
        }
}
