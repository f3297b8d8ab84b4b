/* A name candidate: a span of an article that names someone or something, its
 * type, how sure the type is and the role stated with it. The tagger fills an
 * array of them (ner_tagger_find()); alias resolution turns them into actors. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* Name types; the values match DOSSIER_ACTOR_*. */
typedef enum {
        NAME_UNKNOWN = 0, /* left to alias resolution (a name in capitals) */
        NAME_PERSON = 1,
        NAME_ORG = 2,
        NAME_PLACE = 3,
        NAME_OTHER = 4, /* demonyms and other proper adjectives */
} NameType;

/* How the type was decided, weakest first: resolution trusts the strongest. */
typedef enum {
        EVIDENCE_NONE = 0,
        EVIDENCE_DEFAULT,    /* nothing better: a guess from the shape */
        EVIDENCE_CONTEXT,    /* "in X", "X said", an acronym */
        EVIDENCE_FIRST_NAME, /* starts with a known first name */
        EVIDENCE_TITLE,      /* a title or role next to it */
        EVIDENCE_CUE,        /* "Institute", "Peninsula"; the tagger's label */
        EVIDENCE_GAZETTEER,  /* in a list */
} Evidence;

typedef struct Candidate {
        uint32_t start; /* the name as written: no title, no possessive, no "the" */
        uint32_t end;
        uint32_t role_start; /* the role as written; role_start == role_end when none */
        uint32_t role_end;
        uint32_t sentence;
        uint8_t type;     /* NameType */
        uint8_t evidence; /* Evidence */
        uint8_t n_words;
        bool caps;             /* found in text written in capitals */
        const char *canonical; /* (nullable) the gazetteer's name; owned by the gazetteer */
} Candidate;

G_END_DECLS
