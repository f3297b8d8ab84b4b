/* cover: the briefing's first page. Title, subtitle, the marking in a band, who
 * prepared it and when, what the articles cover and which dates anchor their
 * relative expressions, and the model's counts at a glance. */
#include <stdlib.h>
#include <string.h>

#include <dossier/plugin.h>

#include "cover-draw.h"
#include "cover-lines.h"
#include "common/date-words.h"

#define MAX_SOURCES_NAMED 3 /* further distinct sources become "and N more" */

typedef struct Cover {
        bool glance;
} Cover;

static const DossierSettingSpec cover_settings[] = {
        { "glance", DOSSIER_SETTING_BOOL,
          "show the \"At a glance\" box of actors, dated events and quotes (default true)" },
        { NULL, 0, NULL },
};

static bool cover_create(DossierHost *host, const DossierSettings *settings, void **ret_state,
                         GError **error) {
        g_autofree Cover *cover = g_new0(Cover, 1);

        cover->glance = true;
        if (!dossier_settings_get_bool(settings, "glance", &cover->glance, error))
                return false;
        *ret_state = g_steal_pointer(&cover);
        return true;
}

static void cover_destroy(void *state) {
        g_free(state);
}

/* A report value, with "" taken as unset. */
static const char *report_value(const DossierPage *page, const char *key) {
        const char *value = dossier_page_get_report_value(page, key);

        return value && *value ? value : NULL;
}

static void read_ink(const DossierPage *page, CoverInk *ink) {
        ink->family = dossier_page_get_font_family(page);
        dossier_page_get_color(page, DOSSIER_COLOR_TEXT, ink->text);
        dossier_page_get_color(page, DOSSIER_COLOR_MUTED, ink->muted);
        dossier_page_get_color(page, DOSSIER_COLOR_ACCENT, ink->accent);
        dossier_page_get_color(page, DOSSIER_COLOR_RULE, ink->rule);
        dossier_page_get_color(page, DOSSIER_COLOR_BACKGROUND, ink->background);
}

/* The report's subtitle, else the title of a lone article. */
static const char *subtitle_of(const DossierDoc *doc, const DossierPage *page) {
        const char *subtitle = report_value(page, "subtitle");

        if (subtitle || dossier_doc_get_n_articles(doc) != 1)
                return subtitle;
        return dossier_article_get_title(dossier_doc_get_article(doc, 0));
}

static char *coverage_of(const DossierDoc *doc) {
        size_t n = dossier_doc_get_n_articles(doc);
        g_autofree const char **dates = g_new0(const char *, n + 1);

        for (size_t i = 0; i < n; i++)
                dates[i] = dossier_article_get_date(dossier_doc_get_article(doc, i));
        g_autofree char *count = cover_count_articles(n);
        g_autofree char *range = date_words_range(dates, n);
        return range ? g_strdup_printf("%s, %s", count, range) : g_steal_pointer(&count);
}

static char *anchors_of(const DossierDoc *doc) {
        CoverAnchors anchors = { .n_articles = dossier_doc_get_n_articles(doc) };

        for (size_t i = 0; i < anchors.n_articles; i++) {
                const DossierArticle *article = dossier_doc_get_article(doc, i);
                const char *date = dossier_article_get_date(article);

                if (i == 0)
                        anchors.only_date = date;
                switch (dossier_article_get_date_origin(article)) {
                case DOSSIER_DATE_MTIME:
                        anchors.n_mtime++;
                        break;
                case DOSSIER_DATE_OPTION:
                        anchors.n_option++;
                        anchors.option_date = date;
                        break;
                case DOSSIER_DATE_CONFIG:
                        anchors.n_config++;
                        anchors.config_date = date;
                        break;
                default:
                        break;
                }
        }
        return cover_anchor_line(&anchors);
}

/* The distinct sources in article order: "Reuters; AP and 2 more". */
static char *sources_of(const DossierDoc *doc) {
        g_autoptr(GPtrArray) seen = g_ptr_array_new();

        for (size_t i = 0; i < dossier_doc_get_n_articles(doc); i++) {
                const char *source = dossier_article_get_source(dossier_doc_get_article(doc, i));

                if (source && *source &&
                    !g_ptr_array_find_with_equal_func(seen, source, g_str_equal, NULL))
                        g_ptr_array_add(seen, (gpointer) source);
        }
        if (seen->len == 0)
                return NULL;

        GString *line = g_string_new(NULL);
        for (guint i = 0; i < seen->len && i < MAX_SOURCES_NAMED; i++)
                g_string_append_printf(line, "%s%s", i ? "; " : "", (char *) seen->pdata[i]);
        if (seen->len > MAX_SOURCES_NAMED)
                g_string_append_printf(line, " and %u more", seen->len - MAX_SOURCES_NAMED);
        return g_string_free(line, FALSE);
}

static void add_band(DossierPage *page, const CoverInk *ink, const char *marking) {
        cairo_t *cr = dossier_page_begin_figure(page, COVER_BAND_HEIGHT);

        cover_draw_band(cr, ink, dossier_page_get_content_width(page), marking);
        dossier_page_end_figure(page);
}

static void add_title_block(const DossierDoc *doc, DossierPage *page, const CoverInk *ink) {
        const char *title = report_value(page, "title");
        const char *subtitle = subtitle_of(doc, page);

        dossier_page_add_textf(page, DOSSIER_TEXT_TITLE, "%s", title ? title : "Briefing");
        if (subtitle) {
                dossier_page_add_space(page, 4);
                dossier_page_add_textf(page, DOSSIER_TEXT_SUBTITLE, "%s", subtitle);
        }
        dossier_page_add_space(page, 10);
        cairo_t *cr = dossier_page_begin_figure(page, COVER_RULE_HEIGHT);
        cover_draw_rule(cr, ink, dossier_page_get_content_width(page));
        dossier_page_end_figure(page);
}

static void add_fields(const DossierDoc *doc, DossierPage *page, const CoverInk *ink) {
        const char *author = report_value(page, "author");
        g_autofree char *date = date_words_long(report_value(page, "date"));
        g_autofree char *coverage = coverage_of(doc);
        g_autofree char *sources = sources_of(doc);
        g_autofree char *anchors = anchors_of(doc);
        CoverField fields[5];
        size_t n = 0;

        if (author)
                fields[n++] = (CoverField) { "Prepared by", author };
        if (date)
                fields[n++] = (CoverField) { "Briefing date", date };
        fields[n++] = (CoverField) { "Coverage", coverage };
        if (sources)
                fields[n++] = (CoverField) { "Sources", sources };
        fields[n++] = (CoverField) { "Date anchors", anchors };

        double width = dossier_page_get_content_width(page);
        cairo_t *cr = dossier_page_begin_figure(page, cover_fields_height(ink, width, fields, n));
        cover_draw_fields(cr, ink, width, fields, n);
        dossier_page_end_figure(page);
}

/* People, organisations and places: the actors the briefing's table lists. Other
 * names (nationalities, events) are extracted but are not actors of the story. */
static char *actor_detail(const DossierDoc *doc, size_t *ret_total) {
        size_t by_type[5] = { 0 };

        for (size_t i = 0; i < dossier_doc_get_n_actors(doc); i++) {
                uint32_t type = dossier_actor_get_type(dossier_doc_get_actor(doc, i));
                by_type[type < G_N_ELEMENTS(by_type) ? type : DOSSIER_ACTOR_OTHER]++;
        }
        size_t people = by_type[DOSSIER_ACTOR_PERSON], orgs = by_type[DOSSIER_ACTOR_ORG];
        size_t places = by_type[DOSSIER_ACTOR_PLACE];
        *ret_total = people + orgs + places;
        return g_strdup_printf("%zu %s · %zu %s · %zu %s", people,
                               people == 1 ? "person" : "people", orgs, orgs == 1 ? "org" : "orgs",
                               places, places == 1 ? "place" : "places");
}

/* TIMEX3 values start with the year ("2024-06", "2019-W12"); others (PRESENT_REF) don't count. */
static char *event_detail(const DossierDoc *doc) {
        int first = 0, last = 0;

        for (size_t i = 0; i < dossier_doc_get_n_events(doc); i++) {
                const char *value = dossier_event_get_value(dossier_doc_get_event(doc, i));
                if (!value || !g_ascii_isdigit(value[0]) || strspn(value, "0123456789") != 4)
                        continue;
                int year = atoi(value);
                first = first == 0 || year < first ? year : first;
                last = year > last ? year : last;
        }
        if (first == 0)
                return NULL;
        return first == last ? g_strdup_printf("in %d", first)
                             : g_strdup_printf("from %d to %d", first, last);
}

static char *quote_detail(const DossierDoc *doc) {
        size_t direct = 0, n = dossier_doc_get_n_quotes(doc);

        for (size_t i = 0; i < n; i++)
                direct += dossier_quote_is_direct(dossier_doc_get_quote(doc, i));
        return g_strdup_printf("%zu direct · %zu reported", direct, n - direct);
}

static void add_glance(const DossierDoc *doc, DossierPage *page, const CoverInk *ink) {
        size_t n_actors = 0;
        g_autofree char *actors = actor_detail(doc, &n_actors);
        g_autofree char *events = event_detail(doc);
        g_autofree char *quotes = quote_detail(doc);
        size_t n_events = dossier_doc_get_n_events(doc);
        size_t n_quotes = dossier_doc_get_n_quotes(doc);
        const CoverCount counts[] = {
                { n_actors, n_actors == 1 ? "actor" : "actors", actors },
                { n_events, n_events == 1 ? "dated event" : "dated events", events },
                { n_quotes, n_quotes == 1 ? "quote" : "quotes", quotes },
        };

        cairo_t *cr = dossier_page_begin_figure(page, COVER_GLANCE_HEIGHT);
        cover_draw_glance(cr, ink, dossier_page_get_content_width(page), counts,
                          G_N_ELEMENTS(counts));
        dossier_page_end_figure(page);
}

static void cover_render(void *state, const DossierDoc *doc, DossierPage *page) {
        const Cover *cover = state;
        const char *marking = report_value(page, "marking");
        CoverInk ink;

        read_ink(page, &ink);
        if (marking)
                add_band(page, &ink, marking);
        /* A share of the page, not fixed points: Letter is 50 pt shorter than A4, and
         * the cover must still fit one sheet with a two-line title. */
        dossier_page_add_space(page, 0.13 * dossier_page_get_content_height(page));
        add_title_block(doc, page, &ink);
        dossier_page_add_space(page, 18);
        add_fields(doc, page, &ink);
        if (cover->glance) {
                dossier_page_add_space(page, 30);
                add_glance(doc, page, &ink);
        }
        dossier_page_add_space(page, 36);
        dossier_page_add_text(page, DOSSIER_TEXT_MUTED,
                              "Names, dates and quotes in this briefing were extracted by software "
                              "from the listed sources; check them against the sources before "
                              "relying on them.");
        dossier_page_break(page);
}

DOSSIER_PLUGIN_DEFINE("cover",
        .kind = DOSSIER_PLUGIN_RENDERER,
        .version = "0.1.0",
        .license = "MIT",
        .description = "the cover page: title, marking, date, coverage, counts at a glance",
        .settings = cover_settings,
        .create = cover_create,
        .render = cover_render,
        .destroy = cover_destroy);
