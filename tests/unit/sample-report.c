/* A long sample report for the layout tests: every block type, many pages. */
#include <pango/pangocairo.h>

#include "sample-report.h"

const DossierPdfMetadata sample_metadata = {
        .title = "Sample briefing",
        .author = "dossier tests",
        .subject = "Layout test",
        .keywords = "layout, test",
        .creator = "dossier test-suite",
        .creation_time = 1732492800, /* 2024-11-25T00:00:00Z */
};

const char *const sample_headings[] = {
        "Summary", "Key actors", "Timeline", "Quotes", "Sources", NULL,
};

static const char *const sentences[] = {
        "Officials in Seoul said the talks could resume before the end of the year, although "
        "no date has been agreed.",
        "The envoy met his counterpart twice in <i>Singapore</i> and once in Hanoi, according to "
        "people familiar with the discussions.",
        "Analysts cautioned that the <b>missile tests</b> of last month complicate any early "
        "return to the table.",
        "Trade figures released on Tuesday show exports rising for the third straight quarter, "
        "driven by semiconductors and ships.",
        "A spokesperson for the ministry declined to comment on the reports, citing the "
        "sensitivity of the negotiations.",
        "Satellite images reviewed by independent researchers suggest construction has resumed "
        "at two sites near the coast.",
        "The committee is expected to publish its findings in January, after hearing evidence "
        "from former officials &amp; outside experts.",
};

static char *paragraph(unsigned seed, unsigned n_sentences) {
        GString *s = g_string_new(NULL);
        for (unsigned i = 0; i < n_sentences; i++) {
                if (i)
                        g_string_append_c(s, ' ');
                g_string_append(s, sentences[(seed + i * 3) % G_N_ELEMENTS(sentences)]);
        }
        return g_string_free(s, FALSE);
}

static void add_cover(DossierReport *report) {
        DossierPage *page = dossier_report_begin_section(report, "cover");
        dossier_page_add_space(page, 160);
        dossier_page_add_text(page, DOSSIER_TEXT_TITLE, "Intelligence Briefing");
        dossier_page_add_text(page, DOSSIER_TEXT_SUBTITLE,
                              "Trump and Kim: the prospects for renewed talks");
        dossier_page_add_space(page, 24);
        dossier_page_add_text(page, DOSSIER_TEXT_MUTED, "Prepared by dossier · 25 November 2024");
        dossier_page_add_text(page, DOSSIER_TEXT_SMALL, "3 articles, 20 to 25 November 2024");
        dossier_page_break(page);
        g_assert_true(dossier_report_end_section(report, page, NULL));
}

static void add_summary(DossierReport *report, unsigned seed) {
        DossierPage *page = dossier_report_begin_section(report, "summary");
        dossier_page_add_heading(page, 1, "Summary");
        g_autofree char *lead = paragraph(seed, 2);
        dossier_page_add_text(page, DOSSIER_TEXT_LEAD, lead);
        for (unsigned i = 0; i < 9; i++) {
                if (i == 4)
                        dossier_page_add_heading(page, 2, "Background");
                g_autofree char *p = paragraph(seed + i, 3 + (i * 5) % 9);
                dossier_page_add_text(page, DOSSIER_TEXT_BODY, p);
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED, "Source: %s, paragraph %u",
                                       "Reuters & AP <wire>", i + 1);
        }
        g_assert_true(dossier_report_end_section(report, page, NULL));
}

static void draw_bars(DossierPage *page, cairo_t *cr, double width, double height) {
        static const char *const names[] = { "Donald Trump", "Kim Jong Un", "North Korea",
                                             "Seoul", "United Nations", "Pyongyang" };
        double row = height / G_N_ELEMENTS(names);
        PangoLayout *layout = pango_cairo_create_layout(cr);
        PangoFontDescription *desc = pango_font_description_new();
        pango_font_description_set_family(desc, dossier_page_get_font_family(page));
        pango_font_description_set_absolute_size(desc, 9 * PANGO_SCALE);
        pango_layout_set_font_description(layout, desc);
        for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
                dossier_page_set_source_color(page, cr, DOSSIER_COLOR_TEXT);
                pango_layout_set_text(layout, names[i], -1);
                cairo_move_to(cr, 0, i * row + row / 2 - 6);
                pango_cairo_show_layout(cr, layout);
                dossier_page_set_source_color(page, cr, DOSSIER_COLOR_PERSON + (uint32_t) i % 4);
                cairo_rectangle(cr, 110, i * row + row * 0.2,
                                (width - 120) * (1.0 - i * 0.14), row * 0.6);
                cairo_fill(cr);
        }
        pango_font_description_free(desc);
        g_object_unref(layout);
}

static void add_actors(DossierReport *report) {
        DossierPage *page = dossier_report_begin_section(report, "actor-table");
        dossier_page_add_heading(page, 1, "Key actors");
        double w = dossier_page_get_content_width(page);
        cairo_t *cr = dossier_page_begin_figure(page, 150);
        draw_bars(page, cr, w, 150);
        dossier_page_end_figure(page);
        dossier_page_add_text(page, DOSSIER_TEXT_MUTED, "Figure 1. Mentions by actor.");
        static const char *const headers[] = { "Actor", "Type", "Role", "Mentions" };
        static const double widths[] = { 3, 1.2, 3, 1 };
        dossier_page_begin_table(page, 4, headers, widths);
        for (int i = 0; i < 60; i++) {
                g_autofree char *name = g_strdup_printf("<b>Actor %02d</b>", i + 1);
                g_autofree char *count = g_strdup_printf("%d", 60 - i);
                const char *role = i % 7 == 3 ? "Deputy minister for unification and "
                                                "inter-Korean cooperation, acting"
                                              : "envoy";
                const char *cells[] = { name, i % 3 ? "PERSON" : "ORG", role, count };
                dossier_page_add_table_row(page, cells);
        }
        dossier_page_end_table(page);
        g_assert_true(dossier_report_end_section(report, page, NULL));
}

static void add_timeline(DossierReport *report) {
        DossierPage *page = dossier_report_begin_section(report, "timeline");
        dossier_page_add_heading(page, 1, "Timeline");
        double h = dossier_page_get_content_height(page);
        /* Taller than a page: the layout scales it down. */
        cairo_t *cr = dossier_page_begin_figure(page, h * 1.5);
        dossier_page_set_source_color(page, cr, DOSSIER_COLOR_ACCENT);
        cairo_set_line_width(cr, 2);
        cairo_move_to(cr, 20, 10);
        cairo_line_to(cr, 20, h * 1.5 - 10);
        cairo_stroke(cr);
        dossier_page_end_figure(page);
        for (unsigned i = 0; i < 6; i++) {
                g_autofree char *p = paragraph(i, 4);
                dossier_page_add_heading(page, 2, i % 2 ? "June 2024" : "October 2024");
                dossier_page_add_text(page, DOSSIER_TEXT_BODY, p);
        }
        g_assert_true(dossier_report_end_section(report, page, NULL));
}

static void add_quotes(DossierReport *report) {
        DossierPage *page = dossier_report_begin_section(report, "quote-list");
        dossier_page_add_heading(page, 1, "Quotes");
        for (unsigned i = 0; i < 12; i++) {
                g_autofree char *q = paragraph(i, 1 + i % 3);
                g_autofree char *quoted = g_strdup_printf("“%s”", q);
                dossier_page_add_text(page, DOSSIER_TEXT_QUOTE, quoted);
                dossier_page_add_text(page, DOSSIER_TEXT_MUTED, "— Donald Trump, <i>Reuters</i>");
        }
        g_assert_true(dossier_report_end_section(report, page, NULL));
}

static void add_sources(DossierReport *report) {
        DossierPage *page = dossier_report_begin_section(report, "sources");
        dossier_page_add_heading(page, 1, "Sources");
        /* Characters PDF strings must escape, in an outline entry. */
        dossier_page_add_heading(page, 2, "Wire copy (raw) \\ unbalanced ( é");
        for (unsigned i = 0; i < 5; i++) {
                g_autofree char *title =
                        g_strdup_printf("<b>Article %u</b> · Reuters · 2024-11-2%u", i + 1, i);
                dossier_page_add_link(page, DOSSIER_TEXT_BODY, title,
                                      "https://example.org/news/it's?id=1&x=\\");
                dossier_page_add_text(page, DOSSIER_TEXT_SMALL, "https://example.org/news/1");
        }
        g_assert_true(dossier_report_end_section(report, page, NULL));
}

DossierReport *sample_report_new(const DossierReportStyle *style, int scale) {
        DossierReport *report = dossier_report_new(style);
        add_cover(report);
        for (int i = 0; i < scale; i++) {
                add_summary(report, (unsigned) i);
                add_actors(report);
                add_timeline(report);
                add_quotes(report);
        }
        add_sources(report);
        return report;
}
