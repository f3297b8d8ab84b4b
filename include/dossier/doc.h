/* dossier SDK: the document model that extractors fill and renderers read.
 * SPDX-License-Identifier: MIT
 *
 * Ownership, once for the whole file: the host creates and frees the DossierDoc.
 * Every record and string reachable from it (articles, actors, mentions, times,
 * events, quotes, key sentences, annotations) belongs to the doc and lives until
 * the host frees it after the last renderer has run. `add` and `set` functions copy
 * their string arguments; getters return (transfer none) pointers into the doc.
 * A plugin never frees anything it got from here, and never keeps a pointer from
 * the doc past the extract() or render() call that lent it the doc.
 *
 * Offsets are UTF-8 byte offsets into an article's body, end exclusive.
 *
 * Programming errors (a NULL doc, an index out of range, a span outside its article's
 * body) are caught by g_return_if_fail(): the call does nothing and returns 0, NULL or
 * an empty span. No function here fails at run time, so none takes a GError.
 *
 * Everything declared here is Since: 0.1 unless its own doc says otherwise. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/**
 * DossierDoc:
 *
 * The document model of one briefing: its articles and everything the extractors
 * found in them. Owned by the host, which creates it before the first extractor and
 * frees it after the last renderer; a plugin gets it lent for one extract() (writable)
 * or render() (const) call and never frees it.
 * Since: 0.1
 */
typedef struct DossierDoc DossierDoc;
/**
 * DossierArticle:
 *
 * One input article: front matter, body, tokens and sentences. Owned by its
 * DossierDoc and valid while the doc is; read only.
 * Since: 0.1
 */
typedef struct DossierArticle DossierArticle;
/**
 * DossierActor:
 *
 * A person, organisation, place or other named actor, with its mentions. Owned by
 * its DossierDoc and valid while the doc is; dossier_doc_add_actor() returns it.
 * Since: 0.1
 */
typedef struct DossierActor DossierActor;
/**
 * DossierTime:
 *
 * A time expression: span, TIMEX3 type and value. Owned by its DossierDoc and valid
 * while the doc is.
 * Since: 0.1
 */
typedef struct DossierTime DossierTime;
/**
 * DossierEvent:
 *
 * A dated sentence with a label and its actors. Owned by its DossierDoc and valid
 * while the doc is.
 * Since: 0.1
 */
typedef struct DossierEvent DossierEvent;
/**
 * DossierQuote:
 *
 * Quoted or reported words with their speakers (none, one or several). Owned by its
 * DossierDoc and valid while the doc is.
 * Since: 0.1
 */
typedef struct DossierQuote DossierQuote;
/**
 * DossierAnnotation:
 *
 * A typed span with string attributes, for custom extractors. Owned by its
 * DossierDoc and valid while the doc is.
 * Since: 0.1
 */
typedef struct DossierAnnotation DossierAnnotation;

/**
 * DossierSpan:
 * @article: index of the article (0 .. dossier_doc_get_n_articles() - 1)
 * @start: first byte of the span in that article's body
 * @end: one past the last byte
 *
 * A plain value: copy it freely.
 * Since: 0.1
 */
typedef struct DossierSpan {
        uint32_t article;
        uint32_t start;
        uint32_t end;
} DossierSpan;

/**
 * DossierToken:
 * @start: first byte of the token in the body
 * @end: one past its last byte
 * @sentence: index of the sentence that holds it
 *
 * The host tokenizes every article once when it loads it, so that all
 * plugins agree on token and sentence boundaries. A plain value; the arrays of
 * dossier_article_get_tokens() belong to the doc.
 * Since: 0.1
 */
typedef struct DossierToken {
        uint32_t start;
        uint32_t end;
        uint32_t sentence;
} DossierToken;

/** Actor types; fixed numbers, stable across versions. Since: 0.1 */
enum {
        DOSSIER_ACTOR_PERSON = 1,
        DOSSIER_ACTOR_ORG = 2,
        DOSSIER_ACTOR_PLACE = 3,
        DOSSIER_ACTOR_OTHER = 4,
};

/** TIMEX3 types of a time expression. Since: 0.1 */
enum {
        DOSSIER_TIME_DATE = 1,
        DOSSIER_TIME_TIME = 2,
        DOSSIER_TIME_DURATION = 3,
        DOSSIER_TIME_SET = 4,
};

/** Where an article's anchor date came from. Since: 0.1 */
enum {
        DOSSIER_DATE_FRONT_MATTER = 1, /* the article's own `date:` */
        DOSSIER_DATE_OPTION = 2,       /* `dossier run --date` */
        DOSSIER_DATE_CONFIG = 3,       /* input.default_date */
        DOSSIER_DATE_MTIME = 4,        /* the file's modification time (a warning was logged) */
};

/* ---- Articles ---------------------------------------------------------- */

/** Returns: the number of articles, in the order given on the command line. */
size_t dossier_doc_get_n_articles(const DossierDoc *doc);
/** Returns: (transfer none): article @index; valid while the doc lives. */
const DossierArticle *dossier_doc_get_article(const DossierDoc *doc, size_t index);

/** Returns: (transfer none): the front-matter `id`, else the file name without `.txt`. Never NULL. */
const char *dossier_article_get_id(const DossierArticle *article);
/** Returns: (transfer none) (nullable): the front-matter title; NULL when absent. */
const char *dossier_article_get_title(const DossierArticle *article);
/** Returns: (transfer none) (nullable): the front-matter source; NULL when absent. */
const char *dossier_article_get_source(const DossierArticle *article);
/** Returns: (transfer none) (nullable): the front-matter url; NULL when absent. */
const char *dossier_article_get_url(const DossierArticle *article);
/** Returns: (transfer none): the file the article was read from. */
const char *dossier_article_get_path(const DossierArticle *article);
/**
 * dossier_article_get_date:
 * Returns: (transfer none): the anchor date as `YYYY-MM-DD`, never NULL: relative
 * expressions in this article are resolved against it.
 */
const char *dossier_article_get_date(const DossierArticle *article);
/** Returns: one of DOSSIER_DATE_*: where the anchor date came from. */
uint32_t dossier_article_get_date_origin(const DossierArticle *article);
/**
 * dossier_article_get_body:
 * @ret_len: (out) (optional): the body's length in bytes
 * Returns: (transfer none): the body, valid UTF-8 without NUL bytes, NUL-terminated.
 */
const char *dossier_article_get_body(const DossierArticle *article, size_t *ret_len);
/**
 * dossier_article_get_tokens:
 * @ret_n: (out): the number of tokens
 * Returns: (transfer none): the article's tokens in text order.
 */
const DossierToken *dossier_article_get_tokens(const DossierArticle *article, size_t *ret_n);
/**
 * dossier_article_get_sentences:
 * @ret_n: (out): the number of sentences
 * Returns: (transfer none): the sentence spans in text order; each has .article set.
 */
const DossierSpan *dossier_article_get_sentences(const DossierArticle *article, size_t *ret_n);
/** Returns: the article's index in its doc. */
uint32_t dossier_article_get_index(const DossierArticle *article);

/* ---- Actors ------------------------------------------------------------ */

/**
 * dossier_doc_add_actor:
 * @name: the canonical name ("Donald Trump"), without title or role
 * @type: one of DOSSIER_ACTOR_*
 * @role: (nullable): a role or title as stated in the text ("President-elect")
 *
 * Adds an actor, or returns the existing one of the same @name (its type is
 * kept; @role fills a role that was still unset).
 * Returns: (transfer none): the actor, owned by @doc.
 */
DossierActor *dossier_doc_add_actor(DossierDoc *doc, const char *name, uint32_t type,
                                    const char *role);
/**
 * dossier_doc_add_mention:
 * @span: a non-empty span (start < end) in its article's body
 *
 * Records one mention of @actor. Adding the same span for the same actor again is a
 * no-op.
 */
void dossier_doc_add_mention(DossierDoc *doc, DossierActor *actor, DossierSpan span);
/** Sets (replaces) the actor's role; @role may be NULL to clear it. */
void dossier_actor_set_role(DossierDoc *doc, DossierActor *actor, const char *role);

/** Returns: the number of actors. */
size_t dossier_doc_get_n_actors(const DossierDoc *doc);
/** Returns: (transfer none): actor @index, in the order actors were added. */
const DossierActor *dossier_doc_get_actor(const DossierDoc *doc, size_t index);
/** Returns: (transfer none) (nullable): the actor called @name, or NULL. */
const DossierActor *dossier_doc_find_actor(const DossierDoc *doc, const char *name);
/**
 * dossier_doc_find_actor_at:
 * @span: a span, or a position (start == end)
 *
 * Of the mentions overlapping @span, takes the one that overlaps most; on a tie the
 * shortest ("Trump" inside "Trump administration"), then the earliest.
 * Returns: (transfer none) (nullable): that mention's actor, or NULL when no mention
 *   overlaps @span.
 */
const DossierActor *dossier_doc_find_actor_at(const DossierDoc *doc, DossierSpan span);

/** Returns: (transfer none): the canonical name; never NULL. */
const char *dossier_actor_get_name(const DossierActor *actor);
/** Returns: one of DOSSIER_ACTOR_*. */
uint32_t dossier_actor_get_type(const DossierActor *actor);
/** Returns: (transfer none) (nullable): the role, or NULL when none was stated. */
const char *dossier_actor_get_role(const DossierActor *actor);
/** Returns: the number of mentions, across all articles. */
size_t dossier_actor_get_n_mentions(const DossierActor *actor);
/** Returns: mention @index, in the order added. */
DossierSpan dossier_actor_get_mention(const DossierActor *actor, size_t index);
/** Returns: how many distinct articles mention the actor. */
size_t dossier_actor_get_n_articles(const DossierActor *actor);

/* ---- Time expressions -------------------------------------------------- */

/**
 * dossier_doc_add_time:
 * @type: one of DOSSIER_TIME_*
 * @value: the normalized TIMEX3 value ("2024-10", "P3Y", "PRESENT_REF"); copied
 *
 * Records a time expression; there is no deduplication.
 * Returns: (transfer none): the time expression, owned by @doc.
 */
DossierTime *dossier_doc_add_time(DossierDoc *doc, DossierSpan span, uint32_t type,
                                  const char *value);
/** Returns: the number of time expressions. */
size_t dossier_doc_get_n_times(const DossierDoc *doc);
/** Returns: (transfer none): time expression @index, in the order added. */
const DossierTime *dossier_doc_get_time(const DossierDoc *doc, size_t index);
/** Returns: the expression's span in its article's body. */
DossierSpan dossier_time_get_span(const DossierTime *time);
/** Returns: one of DOSSIER_TIME_*. */
uint32_t dossier_time_get_type(const DossierTime *time);
/** Returns: (transfer none): the normalized TIMEX3 value; never NULL. */
const char *dossier_time_get_value(const DossierTime *time);

/* ---- Events: dated sentences -------------------------------------------- */

/**
 * dossier_doc_add_event:
 * @value: the TIMEX3 value that dates the event ("2024-06")
 * @sentence: the span of the sentence (or clause) the event comes from
 * @label: a short label, at most about 80 characters
 * @time: (nullable): the time expression that dates it, from the same @doc
 *
 * Records an event with no actors yet; link them with dossier_event_add_actor().
 * @value and @label are copied.
 * Returns: (transfer none): the event, owned by @doc.
 */
DossierEvent *dossier_doc_add_event(DossierDoc *doc, const char *value, DossierSpan sentence,
                                    const char *label, const DossierTime *time);
/** Links @actor to @event; adding the same actor twice is a no-op. */
void dossier_event_add_actor(DossierDoc *doc, DossierEvent *event, const DossierActor *actor);
/** Returns: the number of events. */
size_t dossier_doc_get_n_events(const DossierDoc *doc);
/** Returns: (transfer none): event @index, in the order added (not sorted by date). */
const DossierEvent *dossier_doc_get_event(const DossierDoc *doc, size_t index);
/** Returns: (transfer none): the TIMEX3 value that dates the event; never NULL. */
const char *dossier_event_get_value(const DossierEvent *event);
/** Returns: the span of the sentence (or clause) the event comes from. */
DossierSpan dossier_event_get_sentence(const DossierEvent *event);
/** Returns: (transfer none): the short label; never NULL. */
const char *dossier_event_get_label(const DossierEvent *event);
/** Returns: (transfer none) (nullable): the time expression that dates the event. */
const DossierTime *dossier_event_get_time(const DossierEvent *event);
/** Returns: the number of distinct actors linked to the event. */
size_t dossier_event_get_n_actors(const DossierEvent *event);
/** Returns: (transfer none): actor @index of the event, in the order linked. */
const DossierActor *dossier_event_get_actor(const DossierEvent *event, size_t index);

/* ---- Quotes ------------------------------------------------------------ */

/**
 * dossier_doc_add_quote:
 * @span: the quoted (or reported) words
 * @direct: true for words inside quotation marks, false for reported speech
 *
 * Records a quote with no speaker yet: an unknown speaker stays unknown, since a
 * wrong name is worse than none. Add speakers with dossier_quote_add_speaker().
 * Returns: (transfer none): the quote, owned by @doc.
 */
DossierQuote *dossier_doc_add_quote(DossierDoc *doc, DossierSpan span, bool direct);
/**
 * dossier_quote_add_speaker:
 * @actor: (nullable): the speaker's actor, when it resolves to one
 * @text: (nullable): the speaker as written, for a description with no actor
 *        ("a source familiar with the discussions"); NULL uses the actor's name
 * @mention: the mention next to the quote (a name, pronoun or description);
 *           a span with start == end when there is none
 *
 * A quote may have several speakers ("wrote A and B"). @actor or @text (or both) must
 * be given; @text is copied. Adding the same speaker and mention again is a no-op.
 */
void dossier_quote_add_speaker(DossierDoc *doc, DossierQuote *quote, const DossierActor *actor,
                               const char *text, DossierSpan mention);
/** Returns: the number of quotes. */
size_t dossier_doc_get_n_quotes(const DossierDoc *doc);
/** Returns: (transfer none): quote @index, in the order added. */
const DossierQuote *dossier_doc_get_quote(const DossierDoc *doc, size_t index);
/** Returns: the span of the quoted (or reported) words. */
DossierSpan dossier_quote_get_span(const DossierQuote *quote);
/** Returns: true for words inside quotation marks, false for reported speech. */
bool dossier_quote_is_direct(const DossierQuote *quote);
/** Returns: the number of speakers; 0 when the speaker is unknown. */
size_t dossier_quote_get_n_speakers(const DossierQuote *quote);
/** Returns: (transfer none) (nullable): the actor of speaker @index, NULL for a description. */
const DossierActor *dossier_quote_get_speaker_actor(const DossierQuote *quote, size_t index);
/** Returns: (transfer none): the speaker's name or description; never NULL. */
const char *dossier_quote_get_speaker_text(const DossierQuote *quote, size_t index);
/** Returns: the mention of speaker @index next to the quote; start == end when none. */
DossierSpan dossier_quote_get_speaker_mention(const DossierQuote *quote, size_t index);

/**
 * dossier_quote_set_unnamed_speaker:
 * @mention: where the text points at the speaker without naming anyone dossier can
 *           tell: a "he" with nobody before it, the "I" of a column, a "they"
 *
 * Records the mention of a speaker who stays unknown: the quote keeps no speaker
 * (dossier_quote_get_n_speakers() is unchanged), since a pronoun is no name, but
 * the mention still shows where the text says who spoke. Setting it again replaces it.
 * Since: 0.2 (ABI 1.1)
 */
void dossier_quote_set_unnamed_speaker(DossierDoc *doc, DossierQuote *quote, DossierSpan mention);
/**
 * dossier_quote_get_unnamed_speaker:
 *
 * Returns: the mention set with dossier_quote_set_unnamed_speaker(), or a span with
 *   start == end when there is none.
 * Since: 0.2 (ABI 1.1)
 */
DossierSpan dossier_quote_get_unnamed_speaker(const DossierQuote *quote);

/* ---- Key sentences ------------------------------------------------------ */

/**
 * dossier_doc_add_key_sentence:
 * @score: higher is more central
 *
 * Key sentences are kept in the order added, which is their rank: add the best first.
 */
void dossier_doc_add_key_sentence(DossierDoc *doc, DossierSpan span, double score);
/** Returns: the number of key sentences. */
size_t dossier_doc_get_n_key_sentences(const DossierDoc *doc);
/**
 * dossier_doc_get_key_sentence:
 * @rank: 0 for the best, up to dossier_doc_get_n_key_sentences() - 1
 * @ret_score: (out) (optional): the sentence's score
 * Returns: the span of the key sentence of rank @rank.
 */
DossierSpan dossier_doc_get_key_sentence(const DossierDoc *doc, size_t rank, double *ret_score);

/* ---- Annotations: the store for custom extractors ------------------------ */

/**
 * dossier_doc_add_annotation:
 * @type: a short type name, by convention prefixed by the plugin ("watchlist.term")
 *
 * Records an annotation with no attributes; set them with dossier_annotation_set_attr().
 * @type is copied.
 * Returns: (transfer none): the annotation, owned by @doc.
 */
DossierAnnotation *dossier_doc_add_annotation(DossierDoc *doc, const char *type, DossierSpan span);
/** Sets attribute @key to @value (both copied), replacing an earlier value. */
void dossier_annotation_set_attr(DossierDoc *doc, DossierAnnotation *annotation, const char *key,
                                 const char *value);
/** Returns: the number of annotations. */
size_t dossier_doc_get_n_annotations(const DossierDoc *doc);
/** Returns: (transfer none): annotation @index, in the order added. */
const DossierAnnotation *dossier_doc_get_annotation(const DossierDoc *doc, size_t index);
/** Returns: (transfer none): the annotation's type name; never NULL. */
const char *dossier_annotation_get_type(const DossierAnnotation *annotation);
/** Returns: the annotated span. */
DossierSpan dossier_annotation_get_span(const DossierAnnotation *annotation);
/** Returns: (transfer none) (nullable): the value of @key, or NULL. */
const char *dossier_annotation_get_attr(const DossierAnnotation *annotation, const char *key);
/** Returns: the number of attributes. */
size_t dossier_annotation_get_n_attrs(const DossierAnnotation *annotation);
/**
 * dossier_annotation_get_attr_at:
 * @ret_key: (out) (optional) (transfer none): the key, owned by the doc
 * @ret_value: (out) (optional) (transfer none): the value, owned by the doc
 *
 * Gives the key and value of attribute @index, in the order the keys were first set.
 */
void dossier_annotation_get_attr_at(const DossierAnnotation *annotation, size_t index,
                                    const char **ret_key, const char **ret_value);

/* ---- Helpers ------------------------------------------------------------ */

/** Returns: (transfer none): "PERSON", "ORG", "PLACE" or "OTHER"; "UNKNOWN" otherwise. */
const char *dossier_actor_type_to_string(uint32_t type);
/** Returns: (transfer none): "DATE", "TIME", "DURATION" or "SET"; "UNKNOWN" otherwise. */
const char *dossier_time_type_to_string(uint32_t type);
/**
 * dossier_doc_dup_text:
 * Returns: (transfer full): a copy of the text of @span, free with g_free().
 */
char *dossier_doc_dup_text(const DossierDoc *doc, DossierSpan span);

G_END_DECLS
