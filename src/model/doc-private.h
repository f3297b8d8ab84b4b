/* The model's records, shared by the files of src/model only. Every record and
 * string lives in doc->arena; the GLib containers below are the doc's own and are
 * freed by dossier_doc_free(). */
#pragma once

#include "model/arena.h"
#include "model/doc-host.h"

G_BEGIN_DECLS

/* One entry of an article's mention index, sorted by start, for find_actor_at. */
typedef struct MentionRef {
        uint32_t start;
        uint32_t end;
        const DossierActor *actor;
} MentionRef;

struct DossierArticle {
        uint32_t index;
        const char *id, *title, *source, *url, *path, *date;
        uint32_t date_origin;
        const char *body;
        size_t body_len;
        const DossierToken *tokens;
        size_t n_tokens;
        const DossierSpan *sentences;
        size_t n_sentences;
        DossierArenaVec mentions; /* MentionRef, sorted by start */
        uint32_t longest_mention; /* bounds the backward scan of find_actor_at */
};

struct DossierActor {
        uint32_t index;
        uint32_t type;
        const char *name;
        const char *role;
        DossierArenaVec mentions; /* DossierSpan, in the order added */
        DossierArenaVec articles; /* uint32_t, distinct article indices */
};

struct DossierTime {
        DossierSpan span;
        uint32_t type;
        const char *value;
};

struct DossierEvent {
        const char *value;
        DossierSpan sentence;
        const char *label;
        const DossierTime *time;
        DossierArenaVec actors; /* const DossierActor *, distinct */
};

typedef struct QuoteSpeaker {
        const DossierActor *actor;
        const char *text;
        DossierSpan mention;
} QuoteSpeaker;

struct DossierQuote {
        DossierSpan span;
        bool direct;
        DossierArenaVec speakers; /* QuoteSpeaker */
        DossierSpan unnamed_speaker; /* start == end: none */
};

typedef struct AnnotationAttr {
        const char *key;
        const char *value;
} AnnotationAttr;

struct DossierAnnotation {
        const char *type;
        DossierSpan span;
        DossierArenaVec attrs; /* AnnotationAttr, in the order first set */
};

typedef struct KeySentence {
        DossierSpan span;
        double score;
} KeySentence;

struct DossierDoc {
        DossierArena *arena;
        GPtrArray *articles;          /* DossierArticle * */
        GPtrArray *actors;            /* DossierActor * */
        GHashTable *actors_by_name;   /* name (arena) -> DossierActor * */
        GPtrArray *times;             /* DossierTime * */
        GPtrArray *events;            /* DossierEvent * */
        GPtrArray *quotes;            /* DossierQuote * */
        GPtrArray *annotations;       /* DossierAnnotation * */
        DossierArenaVec key_sentences; /* KeySentence, in rank order */
};

/* True when @span lies inside its article's body, start <= end. */
bool dossier_doc_span_is_valid(const DossierDoc *doc, DossierSpan span);

/* Appends a zeroed article with its index set; the loader fills it. */
DossierArticle *dossier_doc_append_article(DossierDoc *doc);

G_END_DECLS
