/* Events: dated sentences with their actors, for the timeline. */
#include "model/doc-private.h"

DossierEvent *dossier_doc_add_event(DossierDoc *doc, const char *value, DossierSpan sentence,
                                    const char *label, const DossierTime *time)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(value != NULL && g_utf8_validate(value, -1, NULL), NULL);
        g_return_val_if_fail(dossier_doc_span_is_valid(doc, sentence), NULL);
        g_return_val_if_fail(label != NULL && g_utf8_validate(label, -1, NULL), NULL);

        DossierEvent *event = dossier_arena_alloc(doc->arena, sizeof(DossierEvent));
        event->value = dossier_arena_strdup(doc->arena, value);
        event->sentence = sentence;
        event->label = dossier_arena_strdup(doc->arena, label);
        event->time = time;
        g_ptr_array_add(doc->events, event);
        return event;
}

void dossier_event_add_actor(DossierDoc *doc, DossierEvent *event, const DossierActor *actor)
{
        g_return_if_fail(doc != NULL && event != NULL && actor != NULL);

        for (uint32_t i = 0; i < event->actors.len; i++)
                if (DOSSIER_ARENA_VEC_AT(event->actors, const DossierActor *, i) == actor)
                        return;
        *(const DossierActor **) dossier_arena_vec_push(doc->arena, &event->actors,
                                                        sizeof(const DossierActor *)) = actor;
}

size_t dossier_doc_get_n_events(const DossierDoc *doc)
{
        g_return_val_if_fail(doc != NULL, 0);
        return doc->events->len;
}

const DossierEvent *dossier_doc_get_event(const DossierDoc *doc, size_t index)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(index < doc->events->len, NULL);
        return g_ptr_array_index(doc->events, index);
}

const char *dossier_event_get_value(const DossierEvent *event)
{
        g_return_val_if_fail(event != NULL, NULL);
        return event->value;
}

DossierSpan dossier_event_get_sentence(const DossierEvent *event)
{
        g_return_val_if_fail(event != NULL, (DossierSpan){ 0 });
        return event->sentence;
}

const char *dossier_event_get_label(const DossierEvent *event)
{
        g_return_val_if_fail(event != NULL, NULL);
        return event->label;
}

const DossierTime *dossier_event_get_time(const DossierEvent *event)
{
        g_return_val_if_fail(event != NULL, NULL);
        return event->time;
}

size_t dossier_event_get_n_actors(const DossierEvent *event)
{
        g_return_val_if_fail(event != NULL, 0);
        return event->actors.len;
}

const DossierActor *dossier_event_get_actor(const DossierEvent *event, size_t index)
{
        g_return_val_if_fail(event != NULL, NULL);
        g_return_val_if_fail(index < event->actors.len, NULL);
        return DOSSIER_ARENA_VEC_AT(event->actors, const DossierActor *, index);
}
