/* Word lists the actors extractor looks names up in: places, organisations,
 * people, demonyms, titles, cue words, first names and stop words. Pure GLib: no
 * SDK calls, so unit tests load the lists straight from data/gazetteers/. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* What a gazetteer phrase names. Values match DOSSIER_ACTOR_* where they overlap. */
typedef enum {
        GZ_NONE = 0,
        GZ_PERSON = 1,
        GZ_ORG = 2,
        GZ_PLACE = 3,
        GZ_DEMONYM = 4, /* a proper adjective: an OTHER actor at most */
} GzKind;

typedef enum {
        TITLE_NONE = 0,
        TITLE_TITLE,     /* an office or role, kept as the actor's role */
        TITLE_HONORIFIC, /* Mr., Dr.: stripped, not a role */
        TITLE_MODIFIER,  /* former, deputy: only inside a role */
} TitleKind;

typedef struct GzEntry {
        const char *canonical; /* the name the actor gets ("United States" for "U.S.") */
        uint8_t kind;          /* GzKind */
} GzEntry;

/* One list file: its name in the gazetteer folder and how to read it. */
typedef enum {
        GZ_LIST_PLACES,      /* surface[TAB canonical] */
        GZ_LIST_ORGS,        /* surface[TAB canonical] */
        GZ_LIST_PERSONS,     /* surface[TAB canonical] */
        GZ_LIST_DEMONYMS,    /* surface[TAB place] */
        GZ_LIST_TITLES,      /* phrase TAB kind */
        GZ_LIST_ORG_CUES,    /* word */
        GZ_LIST_PLACE_CUES,  /* word */
        GZ_LIST_OTHER_CUES,  /* word */
        GZ_LIST_FIRST_NAMES, /* word */
        GZ_LIST_STOPWORDS,   /* word, lower case */
} GzList;

typedef struct GzFile {
        const char *name;
        GzList list;
} GzFile;

/* The files a complete gazetteer reads, in load order (earlier lists win a tie). */
extern const GzFile gazetteer_files[];
extern const size_t gazetteer_n_files;

typedef struct Gazetteer Gazetteer;

/* The core has its own error domain: it links no dossier code. The plugin turns
 * these into DOSSIER_ERROR_CONFIG. */
#define GAZETTEER_ERROR (gazetteer_error_quark())
GQuark gazetteer_error_quark(void);
typedef enum {
        GAZETTEER_ERROR_READ = 1,
        GAZETTEER_ERROR_FORMAT,
} GazetteerError;

Gazetteer *gazetteer_new(void);
void gazetteer_free(Gazetteer *gz);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Gazetteer, gazetteer_free)

/* Reads one list file. Errors name the file (and line for a malformed line). */
bool gazetteer_load_file(Gazetteer *gz, const char *path, GzList list, GError **error);
/* Reads every file of gazetteer_files[] from @dir. */
bool gazetteer_load_dir(Gazetteer *gz, const char *dir, GError **error);

/* @phrase: words joined by single spaces, as written. NULL when unknown. */
const GzEntry *gazetteer_find(const Gazetteer *gz, const char *phrase);
/* The same, ignoring case: for text written in capitals ("LONDON"). */
const GzEntry *gazetteer_find_folded(const Gazetteer *gz, const char *phrase_lower);
/* @phrase_lower: lower-case words joined by single spaces. */
TitleKind gazetteer_title(const Gazetteer *gz, const char *phrase_lower);
bool gazetteer_is_stopword(const Gazetteer *gz, const char *word_lower);
bool gazetteer_is_first_name(const Gazetteer *gz, const char *word);
bool gazetteer_is_org_cue(const Gazetteer *gz, const char *word);
bool gazetteer_is_place_cue(const Gazetteer *gz, const char *word);
bool gazetteer_is_other_cue(const Gazetteer *gz, const char *word);
/* Returns: the well-known person whose last name is @word, NULL if none or several. */
const char *gazetteer_person_by_surname(const Gazetteer *gz, const char *word);
/* Returns: the most words in any phrase of the name and title lists. */
unsigned gazetteer_max_words(const Gazetteer *gz);

G_END_DECLS
