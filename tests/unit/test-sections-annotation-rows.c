/* Tests for plugins/annotations/annotation-rows.c: merging and ordering table rows. */
#include "../../plugins/annotations/annotation-rows.h"

static void test_rows(void) {
        static const AnnotationEntry entries[] = {
                { "watchlist.term", "Huawei", "list: tech", 1, 40 },
                { "watchlist.term", "huawei", "list: tech", 0, 90 },
                { "alpha.tag", "Seoul", "", 2, 5 },
                { "watchlist.term", "Huawei", "list: tech", 0, 10 },
                { "watchlist.term", "ZTE", "list: tech", 0, 50 },
                { "alpha.tag", "Seoul.", "", 2, 70 },
        };
        static const struct {
                const char *type, *text;
                uint32_t article, start;
                size_t count, n_articles;
        } want[] = {
                { "alpha.tag", "Seoul", 2, 5, 2, 1 },
                { "watchlist.term", "Huawei", 0, 10, 3, 2 },
                { "watchlist.term", "ZTE", 0, 50, 1, 1 },
        };
        g_autoptr(GArray) rows = annotation_rows_build(entries, G_N_ELEMENTS(entries));

        g_assert_cmpuint(rows->len, ==, G_N_ELEMENTS(want));
        for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
                const AnnotationRow *row = &g_array_index(rows, AnnotationRow, i);
                if (g_strcmp0(row->first->type, want[i].type) != 0 ||
                    g_strcmp0(row->first->text, want[i].text) != 0 ||
                    row->first->article != want[i].article || row->first->start != want[i].start ||
                    row->count != want[i].count || row->n_articles != want[i].n_articles) {
                        g_test_message("row %zu: got %s '%s' @%u:%u x%zu in %zu", i,
                                       row->first->type, row->first->text, row->first->article,
                                       row->first->start, row->count, row->n_articles);
                        g_test_fail();
                }
        }
}

static void test_empty(void) {
        g_autoptr(GArray) rows = annotation_rows_build(NULL, 0);

        g_assert_cmpuint(rows->len, ==, 0);
}

int main(int argc, char **argv) {
        g_test_init(&argc, &argv, NULL);
        g_test_add_func("/sections/annotation-rows/merge-and-order", test_rows);
        g_test_add_func("/sections/annotation-rows/empty", test_empty);
        return g_test_run();
}
