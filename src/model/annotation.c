/* The generic annotation store: typed spans with string attributes. */
#include "model/doc-private.h"

DossierAnnotation *dossier_doc_add_annotation(DossierDoc *doc, const char *type, DossierSpan span)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(type != NULL && type[0] != '\0', NULL);
        g_return_val_if_fail(g_utf8_validate(type, -1, NULL), NULL);
        g_return_val_if_fail(dossier_doc_span_is_valid(doc, span), NULL);

        DossierAnnotation *a = dossier_arena_alloc(doc->arena, sizeof(DossierAnnotation));
        a->type = dossier_arena_strdup(doc->arena, type);
        a->span = span;
        g_ptr_array_add(doc->annotations, a);
        return a;
}

static AnnotationAttr *find_attr(const DossierAnnotation *a, const char *key)
{
        for (uint32_t i = 0; i < a->attrs.len; i++) {
                AnnotationAttr *attr = &DOSSIER_ARENA_VEC_AT(a->attrs, AnnotationAttr, i);
                if (g_str_equal(attr->key, key))
                        return attr;
        }
        return NULL;
}

void dossier_annotation_set_attr(DossierDoc *doc, DossierAnnotation *annotation, const char *key,
                                 const char *value)
{
        g_return_if_fail(doc != NULL && annotation != NULL);
        g_return_if_fail(key != NULL && g_utf8_validate(key, -1, NULL));
        g_return_if_fail(value != NULL && g_utf8_validate(value, -1, NULL));

        AnnotationAttr *attr = find_attr(annotation, key);
        if (attr == NULL) {
                attr = dossier_arena_vec_push(doc->arena, &annotation->attrs,
                                              sizeof(AnnotationAttr));
                attr->key = dossier_arena_strdup(doc->arena, key);
        }
        attr->value = dossier_arena_strdup(doc->arena, value);
}

size_t dossier_doc_get_n_annotations(const DossierDoc *doc)
{
        g_return_val_if_fail(doc != NULL, 0);
        return doc->annotations->len;
}

const DossierAnnotation *dossier_doc_get_annotation(const DossierDoc *doc, size_t index)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(index < doc->annotations->len, NULL);
        return g_ptr_array_index(doc->annotations, index);
}

const char *dossier_annotation_get_type(const DossierAnnotation *annotation)
{
        g_return_val_if_fail(annotation != NULL, NULL);
        return annotation->type;
}

DossierSpan dossier_annotation_get_span(const DossierAnnotation *annotation)
{
        g_return_val_if_fail(annotation != NULL, (DossierSpan){ 0 });
        return annotation->span;
}

const char *dossier_annotation_get_attr(const DossierAnnotation *annotation, const char *key)
{
        g_return_val_if_fail(annotation != NULL && key != NULL, NULL);
        const AnnotationAttr *attr = find_attr(annotation, key);
        return attr != NULL ? attr->value : NULL;
}

size_t dossier_annotation_get_n_attrs(const DossierAnnotation *annotation)
{
        g_return_val_if_fail(annotation != NULL, 0);
        return annotation->attrs.len;
}

void dossier_annotation_get_attr_at(const DossierAnnotation *annotation, size_t index,
                                    const char **ret_key, const char **ret_value)
{
        g_return_if_fail(annotation != NULL && index < annotation->attrs.len);
        const AnnotationAttr *attr = &DOSSIER_ARENA_VEC_AT(annotation->attrs, AnnotationAttr, index);
        if (ret_key != NULL)
                *ret_key = attr->key;
        if (ret_value != NULL)
                *ret_value = attr->value;
}
