/* annotations: a table of what custom extractors tagged in the annotation store
 * (dossier_doc_add_annotation), one row per type and wording with a count. */
#include <string.h>

#include <dossier/plugin.h>

#include "common/article-numbers.h"
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

/* What the Source column needs: each article's number in the Sources list, and
 * each entry's comparison key (the rows merge entries by type and key). */
typedef struct Sources {
        guint *numbers;
        const AnnotationEntry *entries;
        size_t n_entries;
        char **keys;
} Sources;

static void sources_clear(Sources *s) {
        g_clear_pointer(&s->numbers, g_free);
        if (s->keys)
                for (size_t i = 0; i < s->n_entries; i++)
                        g_free(s->keys[i]);
        g_clear_pointer(&s->keys, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Sources, sources_clear)

static void sources_init(Sources *s, const DossierDoc *doc, const AnnotationEntry *entries,
                         size_t n) {
        size_t n_articles = dossier_doc_get_n_articles(doc);
        g_autofree const char **dates = g_new0(const char *, MAX(n_articles, 1));
        for (size_t i = 0; i < n_articles; i++)
                dates[i] = dossier_article_get_date(dossier_doc_get_article(doc, i));
        s->numbers = article_numbers_new(dates, n_articles);
        s->entries = entries;
        s->n_entries = n;
        s->keys = g_new0(char *, MAX(n, 1));
        for (size_t i = 0; i < n; i++)
                s->keys[i] = plain_text_key(entries[i].text);
}

/* "[3, 7]": the articles of every entry merged into @row, by their numbers in the
 * Sources list, as the timeline cites them. */
static char *article_cell(const Sources *s, const AnnotationRow *row) {
        g_autofree char *key = plain_text_key(row->first->text);
        g_autoptr(GArray) cited = g_array_new(FALSE, FALSE, sizeof(guint));

        for (size_t i = 0; i < s->n_entries; i++) {
                const AnnotationEntry *e = &s->entries[i];
                if (strcmp(e->type, row->first->type) == 0 && strcmp(s->keys[i], key) == 0)
                        g_array_append_val(cited, s->numbers[e->article]);
        }
        return article_numbers_cite((const guint *) cited->data, cited->len);
}

static void add_row(const Sources *sources, DossierPage *page, const AnnotationRow *row,
                    bool new_type) {
        g_autofree char *type = new_type ? g_markup_escape_text(row->first->type, -1) : g_strdup("");
        g_autofree char *text = row->count > 1
                ? g_markup_printf_escaped("%s  <b>×%zu</b>", row->first->text, row->count)
                : g_markup_escape_text(row->first->text, -1);
        g_autofree char *source = article_cell(sources, row);
        const char *cells[] = { type, text, row->first->attrs, source };

        dossier_page_add_table_row(page, cells);
}

static void add_table(const Annotations *a, const Sources *sources, DossierPage *page,
                      GArray *rows) {
        static const char *const headers[] = { "Type", "Text", "Attributes", "Source" };
        static const double widths[] = { 1.6, 2.6, 3.0, 1.2 };
        guint shown = MIN(rows->len, (guint) a->max_rows);

        dossier_page_begin_table(page, G_N_ELEMENTS(headers), headers, widths);
        for (guint i = 0; i < shown; i++) {
                const AnnotationRow *row = &g_array_index(rows, AnnotationRow, i);
                const AnnotationRow *prev = i ? &g_array_index(rows, AnnotationRow, i - 1) : NULL;
                add_row(sources, page, row,
                        !prev || strcmp(prev->first->type, row->first->type) != 0);
        }
        dossier_page_end_table(page);
        if (rows->len > shown)
                dossier_page_add_textf(page, DOSSIER_TEXT_MUTED, "Shown: %u of %u rows.", shown,
                                       rows->len);
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
        g_auto(Sources) sources = { 0 };
        sources_init(&sources, doc, (const AnnotationEntry *) entries->data, entries->len);
        add_table(a, &sources, page, rows);
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
