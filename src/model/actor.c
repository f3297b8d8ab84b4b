/* Actors, their mentions, and finding the actor at a place in the text. Each
 * article keeps its mentions sorted by start, so dedup and find_actor_at are a
 * binary search instead of a scan of every mention in the doc. */
#include "model/doc-private.h"

#include <string.h>

static bool actor_type_is_valid(uint32_t type)
{
        return type >= DOSSIER_ACTOR_PERSON && type <= DOSSIER_ACTOR_OTHER;
}

/* An empty role says nothing: keep it unset. */
static const char *role_copy(DossierDoc *doc, const char *role)
{
        return role != NULL && role[0] != '\0' ? dossier_arena_strdup(doc->arena, role) : NULL;
}

DossierActor *dossier_doc_add_actor(DossierDoc *doc, const char *name, uint32_t type,
                                    const char *role)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(name != NULL && name[0] != '\0', NULL);
        g_return_val_if_fail(g_utf8_validate(name, -1, NULL), NULL);
        g_return_val_if_fail(actor_type_is_valid(type), NULL);
        g_return_val_if_fail(role == NULL || g_utf8_validate(role, -1, NULL), NULL);

        DossierActor *actor = g_hash_table_lookup(doc->actors_by_name, name);
        if (actor != NULL) {
                if (actor->role == NULL)
                        actor->role = role_copy(doc, role);
                return actor;
        }
        actor = dossier_arena_alloc(doc->arena, sizeof(DossierActor));
        actor->index = doc->actors->len;
        actor->type = type;
        actor->name = dossier_arena_strdup(doc->arena, name);
        actor->role = role_copy(doc, role);
        g_ptr_array_add(doc->actors, actor);
        g_hash_table_insert(doc->actors_by_name, (char *) actor->name, actor);
        return actor;
}

void dossier_actor_set_role(DossierDoc *doc, DossierActor *actor, const char *role)
{
        g_return_if_fail(doc != NULL && actor != NULL);
        g_return_if_fail(role == NULL || g_utf8_validate(role, -1, NULL));
        actor->role = role_copy(doc, role);
}

/* Index of the first mention starting at or after @start. */
static size_t lower_bound(const DossierArticle *article, uint32_t start)
{
        size_t lo = 0, hi = article->mentions.len;

        while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (DOSSIER_ARENA_VEC_AT(article->mentions, MentionRef, mid).start < start)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return lo;
}

static bool has_mention(const DossierArticle *article, size_t from, const DossierActor *actor,
                        DossierSpan span)
{
        for (size_t i = from; i < article->mentions.len; i++) {
                const MentionRef *m = &DOSSIER_ARENA_VEC_AT(article->mentions, MentionRef, i);
                if (m->start != span.start)
                        return false;
                if (m->end == span.end && m->actor == actor)
                        return true;
        }
        return false;
}

static void note_article(DossierDoc *doc, DossierActor *actor, uint32_t article)
{
        for (uint32_t i = 0; i < actor->articles.len; i++)
                if (DOSSIER_ARENA_VEC_AT(actor->articles, uint32_t, i) == article)
                        return;
        *(uint32_t *) dossier_arena_vec_push(doc->arena, &actor->articles, sizeof(uint32_t)) =
                article;
}

void dossier_doc_add_mention(DossierDoc *doc, DossierActor *actor, DossierSpan span)
{
        g_return_if_fail(doc != NULL && actor != NULL);
        g_return_if_fail(dossier_doc_span_is_valid(doc, span) && span.start < span.end);

        DossierArticle *article = g_ptr_array_index(doc->articles, span.article);
        size_t at = lower_bound(article, span.start);
        if (has_mention(article, at, actor, span))
                return;
        /* after the mentions with the same start, so equal spans keep their order */
        while (at < article->mentions.len &&
               DOSSIER_ARENA_VEC_AT(article->mentions, MentionRef, at).start == span.start)
                at++;
        MentionRef *ref = dossier_arena_vec_insert(doc->arena, &article->mentions,
                                                   sizeof(MentionRef), at);
        *ref = (MentionRef){ span.start, span.end, actor };
        article->longest_mention = MAX(article->longest_mention, span.end - span.start);

        *(DossierSpan *) dossier_arena_vec_push(doc->arena, &actor->mentions,
                                                sizeof(DossierSpan)) = span;
        note_article(doc, actor, span.article);
}

size_t dossier_doc_get_n_actors(const DossierDoc *doc)
{
        g_return_val_if_fail(doc != NULL, 0);
        return doc->actors->len;
}

const DossierActor *dossier_doc_get_actor(const DossierDoc *doc, size_t index)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(index < doc->actors->len, NULL);
        return g_ptr_array_index(doc->actors, index);
}

const DossierActor *dossier_doc_find_actor(const DossierDoc *doc, const char *name)
{
        g_return_val_if_fail(doc != NULL && name != NULL, NULL);
        return g_hash_table_lookup(doc->actors_by_name, name);
}

static uint32_t overlap(const MentionRef *m, DossierSpan span)
{
        if (span.start == span.end) /* a position: inside the mention or not */
                return m->start <= span.start && span.start < m->end ? 1 : 0;
        uint32_t lo = MAX(m->start, span.start), hi = MIN(m->end, span.end);
        return hi > lo ? hi - lo : 0;
}

/* Of the mentions overlapping @span, the one overlapping most; on a tie the shortest
 * (the most specific: "Trump" inside "Trump administration"), then the earliest. */
const DossierActor *dossier_doc_find_actor_at(const DossierDoc *doc, DossierSpan span)
{
        g_return_val_if_fail(doc != NULL, NULL);
        g_return_val_if_fail(dossier_doc_span_is_valid(doc, span), NULL);

        const DossierArticle *article = g_ptr_array_index(doc->articles, span.article);
        /* mentions starting at or after the span's end cannot overlap it */
        size_t i = lower_bound(article, span.end == span.start ? span.end + 1 : span.end);
        const MentionRef *best = NULL;
        uint32_t best_overlap = 0;

        while (i-- > 0) {
                const MentionRef *m = &DOSSIER_ARENA_VEC_AT(article->mentions, MentionRef, i);
                if ((uint64_t) m->start + article->longest_mention <= span.start)
                        break; /* this one and all before it end too early */
                uint32_t o = overlap(m, span);
                if (o == 0 || o < best_overlap)
                        continue;
                /* scanning backwards: on a full tie the earlier start wins */
                if (best == NULL || o > best_overlap ||
                    m->end - m->start <= best->end - best->start) {
                        best = m;
                        best_overlap = o;
                }
        }
        return best != NULL ? best->actor : NULL;
}

const char *dossier_actor_get_name(const DossierActor *actor)
{
        g_return_val_if_fail(actor != NULL, NULL);
        return actor->name;
}

uint32_t dossier_actor_get_type(const DossierActor *actor)
{
        g_return_val_if_fail(actor != NULL, 0);
        return actor->type;
}

const char *dossier_actor_get_role(const DossierActor *actor)
{
        g_return_val_if_fail(actor != NULL, NULL);
        return actor->role;
}

size_t dossier_actor_get_n_mentions(const DossierActor *actor)
{
        g_return_val_if_fail(actor != NULL, 0);
        return actor->mentions.len;
}

DossierSpan dossier_actor_get_mention(const DossierActor *actor, size_t index)
{
        DossierSpan none = { 0, 0, 0 };

        g_return_val_if_fail(actor != NULL, none);
        g_return_val_if_fail(index < actor->mentions.len, none);
        return DOSSIER_ARENA_VEC_AT(actor->mentions, DossierSpan, index);
}

size_t dossier_actor_get_n_articles(const DossierActor *actor)
{
        g_return_val_if_fail(actor != NULL, 0);
        return actor->articles.len;
}
