/* Time expressions (TIMEX3 type and value). */
#include "model/doc-private.h"

DossierTime *dossier_doc_add_time(DossierDoc *doc, DossierSpan span, uint32_t type,
                                  const char *value)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(dossier_doc_span_is_valid(doc, span), NULL);
        g_return_val_if_fail(type >= DOSSIER_TIME_DATE && type <= DOSSIER_TIME_SET, NULL);
        g_return_val_if_fail(value != NULL && g_utf8_validate(value, -1, NULL), NULL);

        DossierTime *time = dossier_arena_alloc(doc->arena, sizeof(DossierTime));
        time->span = span;
        time->type = type;
        time->value = dossier_arena_strdup(doc->arena, value);
        g_ptr_array_add(doc->times, time);
        return time;
}

size_t dossier_doc_get_n_times(const DossierDoc *doc)
{
        g_return_val_if_fail(doc != NULL, 0);
        return doc->times->len;
}

const DossierTime *dossier_doc_get_time(const DossierDoc *doc, size_t index)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(index < doc->times->len, NULL);
        return g_ptr_array_index(doc->times, index);
}

DossierSpan dossier_time_get_span(const DossierTime *time)
{
        g_return_val_if_fail(time != NULL, (DossierSpan){ 0 });
        return time->span;
}

uint32_t dossier_time_get_type(const DossierTime *time)
{
        g_return_val_if_fail(time != NULL, 0);
        return time->type;
}

const char *dossier_time_get_value(const DossierTime *time)
{
        g_return_val_if_fail(time != NULL, NULL);
        return time->value;
}
