/* The "timeline" renderer: a time axis with the articles' dated events, then a
 * table of the same events so nothing is lost if a label had no room.
 * SPDX-License-Identifier: MIT */
#include <dossier/plugin.h>

#include "common/article-numbers.h"
#include "common/doc-article-numbers.h"
#include "event-select.h"
#include "label-text.h"
#include "timeline-figure.h"
#include "timex-value.h"

#define ACTORS_IN_TABLE 6

typedef struct Timeline {
        int max_events;
} Timeline;

static const DossierSettingSpec timeline_settings[] = {
        { "max_events", DOSSIER_SETTING_INT,
          "the most events drawn and listed, the best-attested first (1 to 40; default 12)" },
        { NULL, 0, NULL },
};

static bool timeline_create(DossierHost *host, const DossierSettings *settings, void **ret_state,
                            GError **error)
{
        g_autofree Timeline *t = g_new0(Timeline, 1);
        t->max_events = 12;
        if (!dossier_settings_get_int(settings, "max_events", 1, 40, &t->max_events, error))
                return false;
        *ret_state = g_steal_pointer(&t);
        return true;
}

static void timeline_destroy(void *state)
{
        g_free(state);
}

/* The day that separates past from expected: the briefing's date, else the
 * latest article date; with neither, nothing is drawn as expected. */
static guint32 reference_day(const DossierDoc *doc, DossierPage *page)
{
        TimexRange r;
        const char *date = dossier_page_get_report_value(page, "date");
        if (date != NULL && timex_value_parse(date, &r))
                return r.first;
        guint32 latest = 0;
        for (size_t i = 0; i < dossier_doc_get_n_articles(doc); i++) {
                const char *d = dossier_article_get_date(dossier_doc_get_article(doc, i));
                if (timex_value_parse(d, &r))
                        latest = MAX(latest, r.last);
        }
        return latest > 0 ? latest : G_MAXUINT32;
}

static GPtrArray *select_events(const DossierDoc *doc, size_t max_events, size_t *ret_n_dated)
{
        size_t n = dossier_doc_get_n_events(doc);
        g_autofree TimelineEventIn *in = g_new0(TimelineEventIn, n);
        g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
        for (size_t i = 0; i < n; i++) {
                const DossierEvent *e = dossier_doc_get_event(doc, i);
                size_t n_actors = dossier_event_get_n_actors(e);
                const char **actors = g_new0(const char *, n_actors + 1);
                g_ptr_array_add(names, actors);
                for (size_t k = 0; k < n_actors; k++)
                        actors[k] = dossier_actor_get_name(dossier_event_get_actor(e, k));
                in[i] = (TimelineEventIn) {
                        .value = dossier_event_get_value(e),
                        .label = dossier_event_get_label(e),
                        .actors = actors,
                        .n_actors = n_actors,
                        .article = dossier_event_get_sentence(e).article,
                };
        }
        return timeline_events_select(in, n, max_events, ret_n_dated);
}

static void fill_style(DossierPage *page, TimelineStyle *style)
{
        style->font_family = dossier_page_get_font_family(page);
        dossier_page_get_color(page, DOSSIER_COLOR_TEXT, style->text);
        dossier_page_get_color(page, DOSSIER_COLOR_MUTED, style->muted);
        dossier_page_get_color(page, DOSSIER_COLOR_RULE, style->rule);
        dossier_page_get_color(page, DOSSIER_COLOR_PAST, style->past);
        dossier_page_get_color(page, DOSSIER_COLOR_FUTURE, style->future);
}

static void add_caption(DossierPage *page, const TimelineFigure *fig, guint32 today,
                        size_t n_shown, size_t n_dated)
{
        g_autoptr(GString) s = g_string_new("Events dated in the articles. ");
        g_string_append(s, "A dot marks a day, a bar a week or month, a shaded band with a "
                           "diamond a season, quarter or year. ");
        if (timeline_figure_has_future(fig)) {
                TimexRange r = { today, today, TIMEX_GRAIN_DAY, 0 };
                g_autofree char *day = timex_range_format(&r);
                g_string_append_printf(s, "Hollow markers with dashed leaders are expected "
                                          "after the briefing date, %s. ", day);
        }
        if (timeline_figure_is_broken(fig))
                g_string_append(s, "The axis is broken (//) where dates lie far apart. ");
        if (n_shown < n_dated)
                g_string_append_printf(s, "Shown: the %zu best-attested of %zu dated events. ",
                                       n_shown, n_dated);
        size_t unlabelled = timeline_figure_get_n_unlabelled(fig);
        if (unlabelled > 0)
                g_string_append_printf(s, "%zu label%s had no room in the figure; the table "
                                          "lists every event. ", unlabelled,
                                       unlabelled == 1 ? "" : "s");
        g_strchomp(s->str);
        g_autofree char *markup = g_markup_escape_text(s->str, -1);
        dossier_page_add_text(page, DOSSIER_TEXT_MUTED, markup);
}

static char *actors_cell(const TimelineEvent *e)
{
        if (e->actors->len == 0)
                return g_strdup("\u2014");
        g_autoptr(GString) s = g_string_new(NULL);
        guint shown = MIN(e->actors->len, ACTORS_IN_TABLE);
        for (guint i = 0; i < shown; i++) {
                g_autofree char *name = g_markup_escape_text(g_ptr_array_index(e->actors, i), -1);
                g_string_append_printf(s, "%s%s", i ? ", " : "", name);
        }
        if (e->actors->len > shown)
                g_string_append_printf(s, " +%u", e->actors->len - shown);
        return g_string_free(g_steal_pointer(&s), FALSE);
}

/* Each article's number in the Sources list (plugins/common/article-numbers.h). */
/* "[3, 7]": the articles by their numbers in the Sources list; titles here took
 * three lines a row in a narrow column. */
static char *sources_cell(const guint *numbers, size_t n_articles, const TimelineEvent *e)
{
        g_autofree guint *cited = g_new(guint, MAX(e->articles->len, 1));
        size_t n = 0;
        for (guint i = 0; i < e->articles->len; i++) {
                guint32 index = g_array_index(e->articles, guint32, i);
                if (index < n_articles)
                        cited[n++] = numbers[index];
        }
        return n ? article_numbers_cite(cited, n) : g_strdup("\u2014");
}

static void add_table(const DossierDoc *doc, DossierPage *page, const GPtrArray *events,
                      guint32 today)
{
        static const char *const headers[] = { "Date", "Event", "Actors", "Source" };
        static const double widths[] = { 1.3, 4.1, 2.6, 1.4 };
        g_autofree guint *numbers = doc_article_numbers_new(doc);
        size_t n_articles = dossier_doc_get_n_articles(doc);
        dossier_page_begin_table(page, G_N_ELEMENTS(headers), headers, widths);
        for (guint i = 0; i < events->len; i++) {
                const TimelineEvent *e = g_ptr_array_index((GPtrArray *) events, i);
                g_autofree char *date = timex_range_format(&e->range);
                g_autofree char *date_cell = e->range.first > today
                        ? g_markup_printf_escaped("%s <i>(expected)</i>", date)
                        : g_markup_escape_text(date, -1);
                g_autofree char *tidy = label_text_tidy(e->label);
                g_autofree char *label = g_markup_escape_text(tidy, -1);
                g_autofree char *actors = actors_cell(e);
                g_autofree char *sources = sources_cell(numbers, n_articles, e);
                const char *cells[] = { date_cell, label, actors, sources };
                dossier_page_add_table_row(page, cells);
        }
        dossier_page_end_table(page);
}

static void timeline_render(void *state, const DossierDoc *doc, DossierPage *page)
{
        const Timeline *t = state;
        dossier_page_add_heading(page, 1, "Timeline");
        size_t n_dated = 0;
        g_autoptr(GPtrArray) events = select_events(doc, (size_t) t->max_events, &n_dated);
        if (events->len == 0) {
                dossier_page_add_text(page, DOSSIER_TEXT_MUTED,
                                      "No event in the articles could be placed on a calendar.");
                return;
        }
        guint32 today = reference_day(doc, page);
        TimelineStyle style;
        fill_style(page, &style);
        double width = dossier_page_get_content_width(page);
        double max_height = dossier_page_get_content_height(page) * 0.72;
        g_autoptr(TimelineFigure) fig = timeline_figure_new(&style, events, width, max_height,
                                                            today);
        cairo_t *cr = dossier_page_begin_figure(page, timeline_figure_get_height(fig));
        timeline_figure_draw(fig, cr);
        dossier_page_end_figure(page);
        add_caption(page, fig, today, events->len, n_dated);
        dossier_page_add_space(page, 6);
        add_table(doc, page, events, today);
}

DOSSIER_PLUGIN_DEFINE("timeline",
        .kind = DOSSIER_PLUGIN_RENDERER,
        .version = "0.1.0",
        .license = "MIT",
        .description = "a time axis of the dated events, and a table of them",
        .settings = timeline_settings,
        .create = timeline_create,
        .render = timeline_render,
        .destroy = timeline_destroy)
