/* The candidate finder: which words of an article are names, of what type, with
 * what stated role. Rules and gazetteers for now; a trained tagger can replace it
 * later by filling the same Candidate array. Pure functions; no SDK calls. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "gazetteer.h"
#include "words.h"

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
        EVIDENCE_CUE,        /* "Institute", "Peninsula" */
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

typedef struct NameFinder NameFinder;

/* @gz: (transfer none): must outlive the finder. */
NameFinder *name_finder_new(const Gazetteer *gz);
void name_finder_free(NameFinder *nf);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(NameFinder, name_finder_free)

/* First pass, over every article of the briefing: learns which words appear
 * capitalised inside sentences, so that a capitalised first word is a name only
 * when it is also seen as one elsewhere ("Wong's appointment"). */
void name_finder_learn(NameFinder *nf, const char *body, const Word *words, size_t n_words);

/* Second pass: appends the article's name candidates to @out (GArray of Candidate). */
void name_finder_find(NameFinder *nf, const char *body, const Word *words, size_t n_words,
                      GArray *out);

G_END_DECLS
