/* What each text style looks like: size, weight, colour, leading, spacing.
 * Every size is a multiple of the report's body size, so one config value
 * scales the whole document.
 * SPDX-License-Identifier: MIT */
#include "layout/report-private.h"

typedef struct LookRow {
        uint32_t key;
        double size;   /* times the body size */
        PangoWeight weight;
        PangoStyle slant;
        uint32_t color;
        double leading;
        double indent; /* points */
        double before, after; /* times the body size */
        bool justify;
} LookRow;

/* Body text is set ragged-right: Pango does not hyphenate, so justified lines of
 * short paragraphs (reported statements, notes) opened wide gaps between words. */
static const LookRow text_looks[] = {
        { DOSSIER_TEXT_BODY, 1.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, DOSSIER_COLOR_TEXT, 1.3,
          0, 0, 0.7, false },
        { DOSSIER_TEXT_LEAD, 1.2, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, DOSSIER_COLOR_TEXT, 1.3,
          0, 0, 1.0, false },
        { DOSSIER_TEXT_SMALL, 0.85, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, DOSSIER_COLOR_TEXT,
          1.3, 0, 0, 0.4, false },
        { DOSSIER_TEXT_QUOTE, 1.05, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, DOSSIER_COLOR_TEXT,
          1.3, 16, 0.5, 0.3, false },
        { DOSSIER_TEXT_MUTED, 0.85, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, DOSSIER_COLOR_MUTED,
          1.3, 0, 0, 0.6, false },
        { DOSSIER_TEXT_TITLE, 3.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, DOSSIER_COLOR_TEXT, 1.1,
          0, 0, 0.8, false },
        { DOSSIER_TEXT_SUBTITLE, 1.6, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, DOSSIER_COLOR_MUTED,
          1.25, 0, 0, 1.4, false },
};

static const LookRow heading_looks[] = {
        { 1, 2.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, DOSSIER_COLOR_ACCENT, 1.15, 0, 2.6, 1.4,
          false },
        { 2, 1.25, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, DOSSIER_COLOR_TEXT, 1.2, 0, 1.4, 0.5,
          false },
};

PangoContext *typography_context_new(cairo_t *cr) {
        PangoContext *context = pango_cairo_create_context(cr);
        /* Points are user units, and glyphs keep their exact advances in a PDF. */
        pango_cairo_context_set_resolution(context, 72.0);
        pango_context_set_round_glyph_positions(context, FALSE);
        return context;
}

static void look_from_row(const DossierReportStyle *style, const LookRow *row, TextLook *ret) {
        double base = style->font_size;
        *ret = (TextLook) {
                .size = row->size * base,
                .weight = row->weight,
                .slant = row->slant,
                .color = row->color,
                .leading = row->leading,
                .indent = row->indent,
                .before = row->before * base,
                .after = row->after * base,
                .align = PANGO_ALIGN_LEFT,
                .justify = row->justify,
        };
}

static const LookRow *look_find(const LookRow *rows, size_t n, uint32_t key) {
        for (size_t i = 0; i < n; i++)
                if (rows[i].key == key)
                        return &rows[i];
        return &rows[0];
}

void typography_text_look(const DossierReportStyle *style, uint32_t text_style, TextLook *ret) {
        look_from_row(style, look_find(text_looks, G_N_ELEMENTS(text_looks), text_style), ret);
}

void typography_heading_look(const DossierReportStyle *style, int level, TextLook *ret) {
        size_t n = G_N_ELEMENTS(heading_looks);
        look_from_row(style, look_find(heading_looks, n, (uint32_t) level), ret);
}

PangoLayout *typography_layout_new(PangoContext *context, const DossierReportStyle *style,
                                   const TextLook *look, double width) {
        PangoLayout *layout = pango_layout_new(context);
        PangoFontDescription *desc = pango_font_description_new();
        pango_font_description_set_family(desc, style->font_family);
        /* Absolute: one Pango point is one PDF point whatever the context's dpi. */
        pango_font_description_set_absolute_size(desc, look->size * PANGO_SCALE);
        pango_font_description_set_weight(desc, look->weight);
        pango_font_description_set_style(desc, look->slant);
        pango_layout_set_font_description(layout, desc);
        pango_font_description_free(desc);
        pango_layout_set_width(layout, pango_units_from_double(width));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout, look->align);
        pango_layout_set_justify(layout, look->justify);
        return layout;
}

/* Sets the leading after the content: pango_layout_set_markup() replaces the
 * attribute list. An absolute line height gives every line, the first included,
 * the same half-leading above and below, so split paragraphs keep the rhythm. */
void typography_layout_set_content(PangoLayout *layout, const TextLook *look, const char *text,
                                   bool is_markup) {
        if (is_markup)
                pango_layout_set_markup(layout, text, -1);
        else
                pango_layout_set_text(layout, text, -1);
        PangoAttrList *attrs = pango_layout_get_attributes(layout);
        attrs = attrs ? pango_attr_list_copy(attrs) : pango_attr_list_new();
        PangoAttribute *height = pango_attr_line_height_new_absolute(
                (int) (look->size * look->leading * PANGO_SCALE));
        pango_attr_list_insert_before(attrs, height);
        pango_layout_set_attributes(layout, attrs);
        pango_attr_list_unref(attrs);
}

void typography_cell_look(const DossierReportStyle *style, bool header, TextLook *ret) {
        double base = style->font_size;
        *ret = (TextLook) {
                .size = 0.9 * base,
                .weight = header ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                .slant = PANGO_STYLE_NORMAL,
                .color = DOSSIER_COLOR_TEXT,
                .leading = 1.25,
                .before = 0.4 * base,
                .after = 1.2 * base,
                .align = PANGO_ALIGN_LEFT,
        };
}
