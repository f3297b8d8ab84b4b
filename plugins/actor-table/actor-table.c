/* The "actor-table" renderer: a bar chart of the most mentioned actors, coloured
 * by type, then a table of the same actors with role and article counts.
 * SPDX-License-Identifier: MIT */
#include <dossier/plugin.h>

#include "bar-chart.h"
#include "ranking.h"

typedef struct ActorTable {
        int top;
        int min_mentions;
        uint32_t types; /* RANK_TYPE_BIT()s */
} ActorTable;

static const DossierSettingSpec actor_table_settings[] = {
        { "top", DOSSIER_SETTING_INT, "how many actors the chart and table show (1 to 50; default 15)" },
        { "min_mentions", DOSSIER_SETTING_INT,
          "leave out actors with fewer mentions (default 1)" },
        { "types", DOSSIER_SETTING_STRV,
          "the actor types listed, of \"person\", \"org\", \"place\", \"other\" "
          "(default [\"person\", \"org\", \"place\"])" },
        { "include_other", DOSSIER_SETTING_BOOL,
          "also list OTHER actors, as if \"other\" were in types (default false)" },
        { NULL, 0, NULL },
};

/* The types named in the setting "types"; the default when it is absent. */
static bool read_types(const DossierSettings *settings, uint32_t *ret_types, GError **error)
{
        g_auto(GStrv) names = NULL;
        if (!dossier_settings_get_strv(settings, "types", &names, error))
                return false;
        if (names == NULL) {
                *ret_types = RANK_TYPES_DEFAULT;
                return true;
        }
        uint32_t types = 0;
        for (size_t i = 0; names[i] != NULL; i++) {
                uint32_t type = actor_type_from_name(names[i]);
                if (type == 0) {
                        dossier_settings_set_error(settings, "types", error,
                                                   "unknown actor type '%s' in 'types' (use "
                                                   "\"person\", \"org\", \"place\" or \"other\")",
                                                   names[i]);
                        return false;
                }
                types |= RANK_TYPE_BIT(type);
        }
        *ret_types = types;
        return true;
}

static bool actor_table_create(DossierHost *host, const DossierSettings *settings,
                               void **ret_state, GError **error)
{
        g_autofree ActorTable *t = g_new0(ActorTable, 1);
        bool include_other = false;
        t->top = 15;
        t->min_mentions = 1;
        if (!dossier_settings_get_int(settings, "top", 1, 50, &t->top, error) ||
            !dossier_settings_get_int(settings, "min_mentions", 1, 100000, &t->min_mentions,
                                      error) ||
            !read_types(settings, &t->types, error) ||
            !dossier_settings_get_bool(settings, "include_other", &include_other, error))
                return false;
        if (include_other)
                t->types |= RANK_TYPE_BIT(DOSSIER_ACTOR_OTHER);
        *ret_state = g_steal_pointer(&t);
        return true;
}

static void actor_table_destroy(void *state)
{
        g_free(state);
}

static GArray *ranked_actors(const ActorTable *t, const DossierDoc *doc, size_t *ret_n_eligible)
{
        size_t n = dossier_doc_get_n_actors(doc);
        g_autofree ActorRow *rows = g_new0(ActorRow, n);
        for (size_t i = 0; i < n; i++) {
                const DossierActor *a = dossier_doc_get_actor(doc, i);
                rows[i] = (ActorRow) {
                        .name = dossier_actor_get_name(a),
                        .type = dossier_actor_get_type(a),
                        .role = dossier_actor_get_role(a),
                        .mentions = dossier_actor_get_n_mentions(a),
                        .articles = dossier_actor_get_n_articles(a),
                };
        }
        RankOptions options = {
                .top = (size_t) t->top,
                .min_mentions = (size_t) t->min_mentions,
                .types = t->types,
        };
        return actor_rank(rows, n, &options, ret_n_eligible);
}

static void fill_style(DossierPage *page, BarChartStyle *style)
{
        static const uint32_t roles[5] = { 0, DOSSIER_COLOR_PERSON, DOSSIER_COLOR_ORG,
                                           DOSSIER_COLOR_PLACE, DOSSIER_COLOR_OTHER };
        style->font_family = dossier_page_get_font_family(page);
        dossier_page_get_color(page, DOSSIER_COLOR_TEXT, style->text);
        dossier_page_get_color(page, DOSSIER_COLOR_MUTED, style->muted);
        dossier_page_get_color(page, DOSSIER_COLOR_RULE, style->rule);
        for (uint32_t t = DOSSIER_ACTOR_PERSON; t <= DOSSIER_ACTOR_OTHER; t++)
                dossier_page_get_color(page, roles[t], style->types[t]);
}

/* Returns: how many bars the chart drew (as many as fit in most of a page; the
 * table lists every row). */
static size_t add_chart(DossierPage *page, const GArray *rows)
{
        BarChartStyle style;
        fill_style(page, &style);
        double width = dossier_page_get_content_width(page);
        double room = dossier_page_get_content_height(page) * 0.8;
        size_t n = rows->len;
        while (n > 1 && bar_chart_get_height(n) > room)
                n--;
        cairo_t *cr = dossier_page_begin_figure(page, bar_chart_get_height(n));
        bar_chart_draw(cr, width, (const ActorRow *) (void *) rows->data, n, &style);
        dossier_page_end_figure(page);
        return n;
}

/* "persons, organisations and places", for the types listed. */
static char *type_list(uint32_t types)
{
        static const char *const names[] = { NULL, "persons", "organisations", "places",
                                             "others" };
        const char *shown[G_N_ELEMENTS(names)];
        size_t n = 0;
        for (uint32_t type = DOSSIER_ACTOR_PERSON; type <= DOSSIER_ACTOR_OTHER; type++)
                if (types & RANK_TYPE_BIT(type))
                        shown[n++] = names[type];
        GString *out = g_string_new(NULL);
        for (size_t i = 0; i < n; i++)
                g_string_append_printf(out, "%s%s", i == 0 ? "" : i + 1 == n ? " and " : ", ",
                                       shown[i]);
        return g_string_free(out, FALSE);
}

static void add_caption(DossierPage *page, const ActorTable *t, size_t n_charted,
                        size_t n_shown, size_t n_eligible)
{
        g_autofree char *kinds = type_list(t->types);
        g_autofree char *at_least = t->min_mentions > 1
                ? g_strdup_printf(", each mentioned at least %d times", t->min_mentions)
                : g_strdup("");
        if (n_shown < n_eligible)
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED,
                                       "The %zu most mentioned of %zu actors (%s%s).", n_shown,
                                       n_eligible, kinds, at_least);
        else
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED,
                                       "All %zu actors found (%s%s), by mentions.", n_shown,
                                       kinds, at_least);
        if (n_charted < n_shown)
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED,
                                       "The chart shows the first %zu; the table lists all %zu.",
                                       n_charted, n_shown);
}

static void add_table(DossierPage *page, const GArray *rows)
{
        static const char *const headers[] = { "Actor", "Type", "Role", "Mentions", "Articles" };
        static const double widths[] = { 3.0, 1.5, 2.6, 1.1, 1.1 };
        dossier_page_begin_table(page, G_N_ELEMENTS(headers), headers, widths);
        for (guint i = 0; i < rows->len; i++) {
                const ActorRow *r = &g_array_index(rows, ActorRow, i);
                g_autofree char *name = g_markup_escape_text(r->name, -1);
                g_autofree char *role = r->role != NULL && *r->role
                        ? g_markup_escape_text(r->role, -1) : g_strdup("\u2014");
                g_autofree char *mentions = g_strdup_printf("%zu", r->mentions);
                g_autofree char *articles = g_strdup_printf("%zu", r->articles);
                const char *cells[] = { name, bar_chart_type_name(r->type), role, mentions,
                                        articles };
                dossier_page_add_table_row(page, cells);
        }
        dossier_page_end_table(page);
}

static void actor_table_render(void *state, const DossierDoc *doc, DossierPage *page)
{
        const ActorTable *t = state;
        dossier_page_add_heading(page, 1, "Actors");
        size_t n_eligible = 0;
        g_autoptr(GArray) rows = ranked_actors(t, doc, &n_eligible);
        if (rows->len == 0) {
                dossier_page_add_text(page, DOSSIER_TEXT_MUTED, "No actors were found.");
                return;
        }
        size_t n_charted = add_chart(page, rows);
        add_caption(page, t, n_charted, rows->len, n_eligible);
        dossier_page_add_space(page, 6);
        add_table(page, rows);
}

DOSSIER_PLUGIN_DEFINE("actor-table",
        .kind = DOSSIER_PLUGIN_RENDERER,
        .version = "0.1.0",
        .license = "MIT",
        .description = "a bar chart and a table of the most mentioned actors",
        .settings = actor_table_settings,
        .create = actor_table_create,
        .render = actor_table_render,
        .destroy = actor_table_destroy)
