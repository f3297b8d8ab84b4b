/* The annotation table's rows. */
#include "annotation-rows.h"

#include <string.h>

#include "common/plain-text.h"

static int entry_compare(gconstpointer a, gconstpointer b) {
        const AnnotationEntry *x = *(const AnnotationEntry *const *) a;
        const AnnotationEntry *y = *(const AnnotationEntry *const *) b;
        int by_type = strcmp(x->type, y->type);

        if (by_type != 0)
                return by_type;
        if (x->article != y->article)
                return x->article < y->article ? -1 : 1;
        return x->start < y->start ? -1 : x->start > y->start;
}

/* Per row while merging: its index in the result and the last article counted. */
typedef struct Slot {
        guint row;
        uint32_t last_article;
} Slot;

GArray *annotation_rows_build(const AnnotationEntry *entries, size_t n) {
        g_autoptr(GPtrArray) order = g_ptr_array_sized_new((guint) n);
        g_autoptr(GHashTable) slots = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
        GArray *rows = g_array_new(FALSE, FALSE, sizeof(AnnotationRow));

        for (size_t i = 0; i < n; i++)
                g_ptr_array_add(order, (gpointer) &entries[i]);
        g_ptr_array_sort(order, entry_compare);

        for (guint i = 0; i < order->len; i++) {
                const AnnotationEntry *e = order->pdata[i];
                g_autofree char *words = plain_text_key(e->text);
                char *key = g_strconcat(e->type, "\x1f", words, NULL);
                Slot *slot = g_hash_table_lookup(slots, key);

                if (!slot) {
                        AnnotationRow row = { .first = e, .count = 1, .n_articles = 1 };
                        slot = g_new(Slot, 1);
                        *slot = (Slot) { .row = rows->len, .last_article = e->article };
                        g_array_append_val(rows, row);
                        g_hash_table_insert(slots, key, slot);
                        continue;
                }
                g_free(key);
                AnnotationRow *row = &g_array_index(rows, AnnotationRow, slot->row);
                row->count++;
                /* entries come sorted by article within a type, so a change is a new one */
                if (slot->last_article != e->article)
                        row->n_articles++;
                slot->last_article = e->article;
        }
        return rows;
}
