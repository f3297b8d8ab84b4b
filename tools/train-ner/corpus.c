/* Reads a data set and aligns its gold byte spans to words. */
#include "corpus.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "model/doc-host.h"

int corpus_type(const char *name)
{
        static const char *const names[][2] = {
                { "PER", "PERSON" }, { "ORG", "ORG" }, { "LOC", "PLACE" }, { "MISC", "OTHER" },
        };
        for (int t = 0; t < 4; t++)
                if (strcmp(name, names[t][0]) == 0 || strcmp(name, names[t][1]) == 0)
                        return t;
        return -1;
}

/* The article at @path as the plugin gets it (the host's loader: checks, front
 * matter, sentences), cut into words along its sentences. */
static GArray *load_words(const char *path, char **ret_body, GError **error)
{
        g_autoptr(DossierDoc) doc = dossier_doc_new();
        if (!dossier_doc_load_article(doc, path, /* options= */ NULL, error))
                return NULL;
        const DossierArticle *article = dossier_doc_get_article(doc, 0);
        size_t len = 0, n = 0;
        const char *body = dossier_article_get_body(article, &len);
        const DossierSpan *sentences = dossier_article_get_sentences(article, &n);
        *ret_body = g_strndup(body, len);
        return words_of_sentences(body, len, sentences, n);
}

/* Labels the words of one gold name; false when its edges are inside words. */
static bool align(const Word *w, size_t n, const GoldSpan *g, uint8_t *labels)
{
        size_t a = 0;
        while (a < n && w[a].end <= g->start)
                a++;
        size_t b = a;
        while (b < n && w[b].end <= g->end)
                b++;
        if (a == b)
                return false;
        for (size_t i = a; i < b; i++) {
                unsigned part = b - a == 1 ? NER_U : i == a ? NER_B : i + 1 == b ? NER_L : NER_I;
                labels[i] = (uint8_t) ner_label(g->type, part);
        }
        return w[a].start == g->start && w[b - 1].end == g->end &&
               (b == n || w[b].start >= g->end);
}

static GArray *gold_spans(JsonObject *o, unsigned *n_gold)
{
        GArray *spans = g_array_new(FALSE, FALSE, sizeof(GoldSpan));
        JsonArray *actors = json_object_get_array_member(o, "actors");
        for (guint i = 0; actors && i < json_array_get_length(actors); i++) {
                JsonObject *a = json_array_get_object_element(actors, i);
                int type = corpus_type(json_object_get_string_member_with_default(a, "type", ""));
                if (type < 0)
                        continue;
                GoldSpan g = { (uint32_t) json_object_get_int_member(a, "start"),
                               (uint32_t) json_object_get_int_member(a, "end"), (uint8_t) type };
                g_array_append_val(spans, g);
                (*n_gold)++;
        }
        return spans;
}

static bool load_doc(Corpus *c, const char *dir, JsonObject *o, GError **error)
{
        const char *id = json_object_get_string_member_with_default(o, "id", NULL);
        if (!id)
                return true;
        g_autofree char *name = g_strconcat(id, ".txt", NULL);
        g_autofree char *path = g_build_filename(dir, "articles", name, NULL);
        char *body = NULL;
        GArray *words = load_words(path, &body, error);
        if (!words)
                return false;
        GArray *gold = g_array_new(FALSE, TRUE, 1);
        g_array_set_size(gold, words->len);
        GArray *spans = gold_spans(o, &c->n_gold);
        for (guint i = 0; i < spans->len; i++)
                if (!align((const Word *) words->data, words->len, &g_array_index(spans, GoldSpan, i),
                           (uint8_t *) gold->data))
                        c->n_misaligned++;
        g_ptr_array_add(c->docs, ner_train_doc_new(body, words, gold));
        g_ptr_array_add(c->spans, spans);
        return true;
}

bool corpus_load(Corpus *c, const char *dir, GError **error)
{
        memset(c, 0, sizeof *c);
        c->docs = g_ptr_array_new_with_free_func((GDestroyNotify) ner_train_doc_free);
        c->spans = g_ptr_array_new_with_free_func((GDestroyNotify) g_array_unref);
        g_autofree char *gold_path = g_build_filename(dir, "gold.jsonl", NULL);
        g_autofree char *data = NULL;
        if (!g_file_get_contents(gold_path, &data, NULL, error))
                return false;
        g_autoptr(JsonParser) parser = json_parser_new();
        unsigned lineno = 0;
        for (char *line = data, *next; line && *line; line = next) {
                next = strchr(line, '\n');
                if (next)
                        *next++ = '\0';
                lineno++;
                if (!*line)
                        continue;
                if (!json_parser_load_from_data(parser, line, -1, error)) {
                        g_prefix_error(error, "%s:%u: ", gold_path, lineno);
                        return false;
                }
                JsonNode *root = json_parser_get_root(parser);
                if (!JSON_NODE_HOLDS_OBJECT(root))
                        continue;
                if (!load_doc(c, dir, json_node_get_object(root), error))
                        return false;
        }
        return true;
}

void corpus_clear(Corpus *c)
{
        g_clear_pointer(&c->docs, g_ptr_array_unref);
        g_clear_pointer(&c->spans, g_ptr_array_unref);
}
