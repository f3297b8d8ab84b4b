/* annotations: a table of what custom extractors tagged in the annotation store
 * (dossier_doc_add_annotation), one row per type and wording with a count. */
#include <string.h>

#include <dossier/plugin.h>

#include "common/plain-text.h"
#include "annotation-rows.h"

#define MAX_CELL_CHARS 160 /* a long annotated span is shortened in its cell */

typedef struct Annotations {
        char *title;
        char **types; /* NULL or empty: every type */
        int max_rows;
} Annotations;

static const DossierSettingSpec annotations_settings[] = {
        { "title", DOSSIER_SETTING_STRING, "the section heading (default \"Annotations\")" },
        { "types", DOSSIER_SETTING_STRV,
          "the annotation types to list, e.g. [\"watchlist.term\"]; empty lists all (default)" },
        { "max_rows", DOSSIER_SETTING_INT, "the most table rows, 1 to 1000 (default 50)" },
        { NULL, 0, NULL },
};

static void annotations_destroy(void *state) {
        Annotations *a = state;

        if (!a)
                return;
        g_free(a->title);
        g_strfreev(a->types);
        g_free(a);
}

static bool annotations_create(DossierHost *host, const DossierSettings *settings,
                               void **ret_state, GError **error) {
        Annotations *a = g_new0(Annotations, 1);
        const char *title = "Annotations";

        a->max_rows = 50;
        if (!dossier_settings_get_string(settings, "title", &title, error) ||
            !dossier_settings_get_strv(settings, "types", &a->types, error) ||
            !dossier_settings_get_int(settings, "max_rows", 1, 1000, &a->max_rows, error)) {
                annotations_destroy(a);
                return false;
        }
        a->title = g_strdup(title);
        *ret_state = a;
        return true;
}

static bool wanted(const Annotations *a, const char *type) {
        return !a->types || !a->types[0] || g_strv_contains((const char *const *) a->types, type);
}

/* Markup, one "key value" line per attribute in the order the extractor set them,
 * keys in the muted colour. */
static char *attrs_markup(const DossierAnnotation *annotation, const char *muted) {
        GString *lines = g_string_new(NULL);

        for (size_t i = 0; i < dossier_annotation_get_n_attrs(annotation); i++) {
                const char *key, *value;
                dossier_annotation_get_attr_at(annotation, i, &key, &value);
                g_autofree char *line = g_markup_printf_escaped(
                        "%s<span foreground=\"%s\">%s</span>  %s", i ? "\n" : "", muted, key,
                        value ? value : "");
                g_string_append(lines, line);
        }
        return g_string_free(lines, FALSE);
}

/* Entries of the wanted types; their strings go to @strings, which owns them. */
static GArray *read_entries(const Annotations *a, const DossierDoc *doc, const char *muted,
                            GPtrArray *strings) {
        GArray *entries = g_array_new(FALSE, FALSE, sizeof(AnnotationEntry));

        for (size_t i = 0; i < dossier_doc_get_n_annotations(doc); i++) {
                const DossierAnnotation *annotation = dossier_doc_get_annotation(doc, i);
                const char *type = dossier_annotation_get_type(annotation);
                DossierSpan span = dossier_annotation_get_span(annotation);

                if (!wanted(a, type))
                        continue;
                g_autofree char *raw = dossier_doc_dup_text(doc, span);
                char *text = plain_text_shorten(raw, MAX_CELL_CHARS);
                char *attrs = attrs_markup(annotation, muted);
                g_ptr_array_add(strings, text);
                g_ptr_array_add(strings, attrs);
                AnnotationEntry entry = { type, text, attrs, span.article, span.start };
                g_array_append_val(entries, entry);
        }
        return entries;
}

static char *article_cell(const DossierDoc *doc, const AnnotationRow *row) {
        const DossierArticle *article = dossier_doc_get_article(doc, row->first->article);
        const char *title = dossier_article_get_title(article);
        const char *name = title && *title ? title : dossier_article_get_id(article);

        if (row->n_articles <= 1)
                return g_markup_escape_text(name, -1);
        return g_markup_printf_escaped("%s <i>+%zu more</i>", name, row->n_articles - 1);
}

static void add_row(const DossierDoc *doc, DossierPage *page, const AnnotationRow *row,
                    bool new_type) {
        g_autofree char *type = new_type ? g_markup_escape_text(row->first->type, -1) : g_strdup("");
        g_autofree char *text = row->count > 1
                ? g_markup_printf_escaped("%s  <b>×%zu</b>", row->first->text, row->count)
                : g_markup_escape_text(row->first->text, -1);
                g_autofree char *source = article_cell(doc, row);
        const char *cells[] = { type, text, row->first->attrs, source };

        dossier_page_add_table_row(page, cells);
}

static void add_table(const Annotations *a, const DossierDoc *doc, DossierPage *page,
                      GArray *rows) {
        static const char *const headers[] = { "Type", "Text", "Attributes", "Source article" };
        static const double widths[] = { 1.3, 1.8, 2.3, 2.4 };
        guint shown = MIN(rows->len, (guint) a->max_rows);

        dossier_page_begin_table(page, G_N_ELEMENTS(headers), headers, widths);
        for (guint i = 0; i < shown; i++) {
                const AnnotationRow *row = &g_array_index(rows, AnnotationRow, i);
                const AnnotationRow *prev = i ? &g_array_index(rows, AnnotationRow, i - 1) : NULL;
                add_row(doc, page, row, !prev || strcmp(prev->first->type, row->first->type) != 0);
        }
        dossier_page_end_table(page);
        if (rows->len > shown)
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED,
                                       "%u more rows not shown (max_rows = %d).", rows->len - shown,
                                       a->max_rows);
}

static void annotations_render(void *state, const DossierDoc *doc, DossierPage *page) {
        const Annotations *a = state;
        g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func(g_free);
        const char *muted = dossier_page_get_color_hex(page, DOSSIER_COLOR_MUTED);
        g_autoptr(GArray) entries = read_entries(a, doc, muted, strings);

        dossier_page_add_heading(page, 1, a->title);
        if (entries->len == 0) {
                dossier_page_add_text(page, DOSSIER_TEXT_MUTED, "No annotations.");
                return;
        }
        g_autoptr(GArray) rows = annotation_rows_build((const AnnotationEntry *) entries->data,
                                                       entries->len);
        add_table(a, doc, page, rows);
}

DOSSIER_PLUGIN_DEFINE("annotations",
        .kind = DOSSIER_PLUGIN_RENDERER,
        .version = "0.1.0",
        .license = "MIT",
        .description = "a table of the annotation store: type, text, attributes, article",
        .settings = annotations_settings,
        .create = annotations_create,
        .render = annotations_render,
        .destroy = annotations_destroy);
