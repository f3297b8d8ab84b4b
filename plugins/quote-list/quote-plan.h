/* Which quotes the quotes section prints, under which speaker, in what order:
 * scare quotes left out, repeats across articles merged, direct quotes grouped by
 * speaker and the groups ordered by the speaker's importance, reported statements
 * apart, each part cut to its limit.
 * Pure (GLib and plugins/common/plain-text.c only, no SDK calls) so unit tests
 * compile it directly. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* Kinds of speaker, in the order their groups are printed. */
enum {
        QUOTE_SPEAKER_ACTOR = 0,       /* one or more named actors */
        QUOTE_SPEAKER_DESCRIPTION = 1, /* "a source familiar with the discussions" */
        QUOTE_SPEAKER_NONE = 2,        /* unknown: never printed */
};

/* One quote as the doc has it; strings are borrowed. */
typedef struct QuoteRow {
        const char *text;    /* the words, cleaned (quote_text_clean()), not shortened */
        const char *speaker; /* the group's label ("Siegfried Hecker and Robert Carlin");
                              * NULL when unknown */
        int kind;            /* QUOTE_SPEAKER_* */
        size_t weight;       /* the speaker's importance: its actor's mentions (the most
                              * of a joint group's actors); 0 for a description */
        guint source;        /* the article's number in the Sources list, from 1 */
        uint32_t offset;     /* where the quote starts in its article */
        bool direct;         /* false: reported speech */
} QuoteRow;

typedef struct QuotePlanOptions {
        size_t min_words;       /* fewer words is a scare quote; a fragment (a quote
                                 * opening mid-sentence) needs twice as many */
        size_t max_direct;      /* direct quotes printed, at most */
        size_t max_reported;    /* reported statements printed, at most; 0 leaves them out */
        size_t max_per_speaker; /* quotes under one speaker, at most, in each part */
} QuotePlanOptions;

/* One printed quote. */
typedef struct QuoteEntry {
        size_t row;         /* whose words are printed: the longest of the repeats */
        size_t speaker_row; /* whose speaker it goes under: the best-known of the repeats */
        GArray *sources;    /* guint: every article with these words, sorted; row's first */
} QuoteEntry;

/* One speaker's quotes, in the order of their articles' numbers, then of the text. */
typedef struct QuoteGroup {
        size_t speaker_row; /* the row that gives the group its label */
        GPtrArray *entries; /* QuoteEntry, owned */
} QuoteGroup;

typedef struct QuotePlan {
        GPtrArray *direct;   /* QuoteGroup, owned: the groups to print, in order */
        GPtrArray *reported; /* QuoteGroup, owned: reported statements by speaker */
        size_t n_direct;     /* direct quotes after filtering and merging, before the limits */
        size_t n_reported;   /* the same for reported statements (0 when max_reported is 0) */
        size_t shown_direct; /* direct quotes in the groups */
        size_t shown_reported;
} QuotePlan;

/* Returns: (transfer full): the plan for @n @rows. Free with quote_plan_free(). */
QuotePlan *quote_plan_new(const QuoteRow *rows, size_t n, const QuotePlanOptions *options);
void quote_plan_free(QuotePlan *plan);

/* Returns: the number of words of @text (runs holding a letter or digit). */
size_t quote_plan_count_words(const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(QuotePlan, quote_plan_free)

G_END_DECLS
