/* The annotation table's rows: annotations merged when type and words repeat
 * (one row with a count), ordered by type, then by where they first appear.
 * Pure (GLib only) so unit tests compile it directly. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* One annotation as the glue read it; strings are borrowed. */
typedef struct AnnotationEntry {
        const char *type;
        const char *text;  /* the annotated words */
        const char *attrs; /* its attributes as the glue prints them, "" for none */
        uint32_t article;
        uint32_t start;
} AnnotationEntry;

/**
 * AnnotationRow:
 * @first: the earliest entry of the row (borrowed from the input array)
 * @count: how many entries it stands for
 * @n_articles: in how many distinct articles they appear
 */
typedef struct AnnotationRow {
        const AnnotationEntry *first;
        size_t count;
        size_t n_articles;
} AnnotationRow;

/* Returns: (transfer full): the AnnotationRow array for @entries, sorted by type,
 * then by article and offset of each row's first entry; entries of one type whose
 * words differ only in case, punctuation or spacing share a row. Free with
 * g_array_unref(); rows point into @entries. */
GArray *annotation_rows_build(const AnnotationEntry *entries, size_t n);

G_END_DECLS
