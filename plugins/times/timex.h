/* The times plugin's SDK-free core: words, lexicon, scanner, tense, normalizer.
 * SPDX-License-Identifier: MIT
 *
 * Nothing here includes <dossier/plugin.h>: unit tests compile these files
 * straight in. Offsets are byte offsets into the text the caller passed. */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* TIMEX3 types; the numbers equal DOSSIER_TIME_* so the glue passes them through. */
typedef enum {
        TIMEX_DATE = 1,
        TIMEX_TIME = 2,
        TIMEX_DURATION = 3,
        TIMEX_SET = 4,
} TimexType;

/* Which way an underspecified expression ("June", "Friday") points from the anchor. */
typedef enum {
        /* a period that ended on the date ("the year ended Jan. 31"): the past,
         * however far back, never overruled by how near the other side is */
        TIMEX_DIR_PAST_FIRM = -2,
        TIMEX_DIR_PAST = -1,
        TIMEX_DIR_NONE = 0,
        TIMEX_DIR_FUTURE = 1,
} TimexDirection;

typedef enum {
        TIMEX_UNIT_NONE,
        TIMEX_UNIT_SECOND,
        TIMEX_UNIT_MINUTE,
        TIMEX_UNIT_HOUR,
        TIMEX_UNIT_DAY,
        TIMEX_UNIT_WEEKEND,
        TIMEX_UNIT_WEEK,
        TIMEX_UNIT_FORTNIGHT,
        TIMEX_UNIT_MONTH,
        TIMEX_UNIT_QUARTER,
        TIMEX_UNIT_HALF,
        TIMEX_UNIT_SEASON,
        TIMEX_UNIT_YEAR,
        TIMEX_UNIT_DECADE,
        TIMEX_UNIT_CENTURY,
        TIMEX_UNIT_MILLENNIUM,
} TimexUnit;

/* Parts of the day, written as TIMEX3's TMO, TAF, TEV, TNI, TDT. */
typedef enum {
        TIMEX_PART_NONE,
        TIMEX_PART_MORNING,
        TIMEX_PART_AFTERNOON,
        TIMEX_PART_EVENING,
        TIMEX_PART_NIGHT,
        TIMEX_PART_DAYTIME,
} TimexPart;

typedef enum {
        TIMEX_SEASON_NONE,
        TIMEX_SEASON_SPRING,
        TIMEX_SEASON_SUMMER,
        TIMEX_SEASON_FALL,
        TIMEX_SEASON_WINTER,
} TimexSeason;

/* Holidays whose date moves or is named: the normalizer computes the day. */
typedef enum {
        TIMEX_HOLIDAY_NONE,
        TIMEX_HOLIDAY_NEW_YEARS_DAY,
        TIMEX_HOLIDAY_NEW_YEARS_EVE,
        TIMEX_HOLIDAY_VALENTINES_DAY,
        TIMEX_HOLIDAY_EASTER,
        TIMEX_HOLIDAY_MEMORIAL_DAY,
        TIMEX_HOLIDAY_LABOR_DAY,
        TIMEX_HOLIDAY_HALLOWEEN,
        TIMEX_HOLIDAY_VETERANS_DAY,
        TIMEX_HOLIDAY_ELECTION_DAY,
        TIMEX_HOLIDAY_THANKSGIVING,
        TIMEX_HOLIDAY_CHRISTMAS_EVE,
        TIMEX_HOLIDAY_CHRISTMAS,
} TimexHoliday;

/* What an expression means, before it meets an anchor date. */
typedef enum {
        TIMEX_KIND_CALENDAR,  /* explicit fields; a missing year comes from the direction */
        TIMEX_KIND_RELATIVE,  /* `offset` `unit`s from the anchor (or the reference time) */
        TIMEX_KIND_WEEKDAY,   /* a named day, placed by deixis or direction */
        TIMEX_KIND_DURATION,  /* `amount` `unit`s */
        TIMEX_KIND_SET,       /* a recurrence */
        TIMEX_KIND_REF,       /* PRESENT_REF, PAST_REF, FUTURE_REF */
} TimexKind;

typedef enum {
        TIMEX_REF_PRESENT = 1,
        TIMEX_REF_PAST,
        TIMEX_REF_FUTURE,
} TimexRef;

/* "last June", "next Friday", "this spring": how a named month, day or season is placed. */
typedef enum {
        TIMEX_DEIXIS_NONE,
        TIMEX_DEIXIS_LAST,
        TIMEX_DEIXIS_THIS,
        TIMEX_DEIXIS_NEXT,
} TimexDeixis;

enum {
        TIMEX_FLAG_FROM_REF = 1 << 0,   /* relative to the last date mentioned ("the next day") */
        TIMEX_FLAG_LATEST = 1 << 1,     /* "the latest quarter": the last complete one */
        TIMEX_FLAG_NO_YEAR = 1 << 2,    /* calendar fields without a year */
        TIMEX_FLAG_WEEKEND = 1 << 3,    /* "-WE" suffix */
        TIMEX_FLAG_YEAR_OFFSET = 1 << 4, /* calendar fields in the year `offset` from the anchor's */
        TIMEX_FLAG_AGO = 1 << 5,        /* "a year ago": takes a quarter's grain after a quarter */
        TIMEX_FLAG_VAGUE = 1 << 6,      /* "the week": a week of the year not told (WXX) */
        TIMEX_FLAG_PERIOD = 1 << 7,     /* "the same period": the grain of the reference time */
        TIMEX_FLAG_CLOCK_PARTS = 1 << 8, /* "1 minute 7 seconds": written PT1M7S, amount in the last unit */
};

#define TIMEX_AMOUNT_VAGUE (-1) /* "several years": PXY */

/**
 * TimexExpr:
 *
 * The parsed meaning of one expression. Zero means "not given" for every field
 * but hour and minute, where -1 does.
 */
typedef struct TimexExpr {
        uint8_t type;    /* TimexType */
        uint8_t kind;    /* TimexKind */
        uint8_t unit;    /* TimexUnit: granularity of relative, duration and set */
        uint8_t deixis;  /* TimexDeixis */
        uint16_t flags;  /* TIMEX_FLAG_* */
        uint8_t ref;     /* TimexRef */
        uint8_t month;   /* 1..12 */
        uint8_t day;     /* 1..31 */
        uint8_t weekday; /* 1 (Monday) .. 7 (Sunday) */
        uint8_t quarter; /* 1..4 */
        uint8_t half;    /* 1..2 */
        uint8_t season;  /* TimexSeason */
        uint8_t part;    /* TimexPart */
        uint8_t holiday; /* TimexHoliday; month and day then hold its usual date */
        int8_t hour;     /* 0..24, -1 when not given */
        int8_t minute;   /* 0..59, -1 when not given */
        int16_t year;    /* 0 when not given */
        int16_t offset;  /* relative: units from the anchor */
        int16_t decade;  /* "199" for the 1990s; 0 when not a decade */
        int16_t century; /* "19" for the 20th century; 0 when not a century */
        int32_t amount;  /* durations and sets, in thousandths of a unit; or TIMEX_AMOUNT_VAGUE */
} TimexExpr;

void timex_expr_init(TimexExpr *expr);

/* ---- lexicon (timex-lexicon.c) ------------------------------------------ */

typedef enum {
        TIMEX_CLASS_NONE,
        TIMEX_CLASS_MONTH,     /* val 1..12 */
        TIMEX_CLASS_WEEKDAY,   /* val 1..7; plural "Mondays" val -1..-7 */
        TIMEX_CLASS_UNIT,      /* val TimexUnit; plural has tense 0 and val | 0x100 */
        TIMEX_CLASS_NUMBER,    /* "one" .. "ninety", val the number */
        TIMEX_CLASS_MULTIPLIER, /* "hundred", "thousand", "dozen" */
        TIMEX_CLASS_ORDINAL,   /* "first" .. "thirty-first", val 1..31 */
        TIMEX_CLASS_SEASON,    /* val TimexSeason */
        TIMEX_CLASS_PART,      /* "morning".., val TimexPart */
        TIMEX_CLASS_DAYREF,    /* today 0, yesterday -1, tomorrow 1, tonight 10 */
        TIMEX_CLASS_DEICTIC,   /* last/next/this/past/...; val TimexDeictic */
        TIMEX_CLASS_POSITION,  /* early/mid/late/earlier/later/beginning/end... */
        TIMEX_CLASS_APPROX,    /* about, nearly, almost ... */
        TIMEX_CLASS_AGO,       /* ago, earlier, later, hence */
        TIMEX_CLASS_REF,       /* now, currently, recently ...; val TimexRef */
        TIMEX_CLASS_SETWORD,   /* daily, weekly ...; val TimexUnit */
        TIMEX_CLASS_EACH,      /* every, each, per */
        TIMEX_CLASS_VAGUE,     /* few, several, many, couple */
        TIMEX_CLASS_AMPM,      /* a.m., p.m.; val 0 or 12 */
        TIMEX_CLASS_CLOCKWORD, /* noon 12, midnight 24, midday 12 */
        TIMEX_CLASS_ZONE,      /* EST, GMT ... */
        TIMEX_CLASS_COUNTED,   /* nouns that make a 4-digit number a count: people, troops */
        TIMEX_CLASS_QUARTER_ABBR, /* q1..q4, h1, h2 */
        TIMEX_CLASS_OTHER,     /* in the lexicon only for its tense; val TIMEX_OTHER_* */
} TimexClass;

/* Values of TIMEX_CLASS_OTHER words. */
enum {
        TIMEX_OTHER_REPORTING = 1, /* "said", "announced": a past report */
};

/* Values of TIMEX_CLASS_DEICTIC words. */
typedef enum {
        TIMEX_DEICTIC_LAST = 1, /* last, past, previous, preceding, prior */
        TIMEX_DEICTIC_NEXT,     /* next, coming, upcoming */
        TIMEX_DEICTIC_THIS,     /* this, current */
        TIMEX_DEICTIC_THAT,     /* that: the reference time */
        TIMEX_DEICTIC_FOLLOWING, /* following, ensuing, subsequent: after the reference */
        TIMEX_DEICTIC_LATEST,   /* latest, "most recent": the last complete one */
        TIMEX_DEICTIC_SAME,     /* same: the reference itself */
} TimexDeictic;

/* Values of TIMEX_CLASS_POSITION words. */
typedef enum {
        TIMEX_POSITION_EARLY = 1,  /* early, beginning, start */
        TIMEX_POSITION_MID,        /* mid, middle */
        TIMEX_POSITION_LATE,       /* late, end */
        TIMEX_POSITION_EARLIER,    /* earlier */
        TIMEX_POSITION_LATER,      /* later */
} TimexPosition;

typedef struct TimexLexicon TimexLexicon;

#define TIMEX_UNIT_PLURAL 0x100

typedef struct TimexLexEntry {
        const char *word;
        uint8_t cls;
        int16_t val;
        int8_t tense;
} TimexLexEntry;

/* Returns: (transfer full): the lexicon; free with timex_lexicon_free(). */
TimexLexicon *timex_lexicon_new(void);
void timex_lexicon_free(TimexLexicon *lexicon);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TimexLexicon, timex_lexicon_free)
/* Returns: (transfer none) (nullable): the entry of the lower-case ASCII @word. */
const TimexLexEntry *timex_lexicon_find(const TimexLexicon *lexicon, const char *word, size_t len);

/* ---- words (timex-words.c) ---------------------------------------------- */

typedef enum {
        TIMEX_SHAPE_WORD,     /* letters, maybe with inner apostrophes or periods ("p.m.") */
        TIMEX_SHAPE_NUMBER,   /* digits; `num` holds the value */
        TIMEX_SHAPE_ORDINAL,  /* "4th", "21st" */
        TIMEX_SHAPE_DECADE,   /* "1990s", "1990's", "'90s", "90s"; `num` holds the digits */
        TIMEX_SHAPE_ISO_DATE, /* "2024-06-04" */
        TIMEX_SHAPE_SLASH_DATE, /* "06/04/2024", "6/4/24" */
        TIMEX_SHAPE_CLOCK,    /* "10:30"; `num` holds hours * 100 + minutes */
        TIMEX_SHAPE_ALNUM,    /* letters then digits: "Q3", "FY2024" */
        TIMEX_SHAPE_PUNCT,    /* one punctuation character (maybe multi-byte) */
} TimexShape;

enum {
        TIMEX_WORD_CAPITAL = 1 << 0,     /* starts with an uppercase ASCII letter */
        TIMEX_WORD_SPACE_BEFORE = 1 << 1, /* whitespace (or the range start) precedes it */
        TIMEX_WORD_GROUPED = 1 << 2,     /* a number with thousands commas or a decimal point */
        TIMEX_WORD_DOTTED = 1 << 3,      /* a word written with a final period ("Sept.") */
};

typedef struct TimexWord {
        uint32_t start;
        uint32_t end;
        uint8_t shape;  /* TimexShape */
        uint8_t flags;  /* TIMEX_WORD_* */
        uint8_t width;  /* digits of a number */
        uint8_t cls;    /* TimexClass from the lexicon, 0 if none */
        int16_t val;    /* the lexicon value */
        int8_t tense;   /* TimexDirection the word suggests, from the lexicon */
        int32_t num;    /* numbers: their value (capped) */
} TimexWord;

/**
 * timex_words_split:
 * @lexicon: (nullable): fills cls, val and tense when given
 *
 * Splits text[start, end) into words shaped for time expressions (the host's
 * tokens split "mid-1996" and "p.m." by their own rules) and appends them to
 * @words, a GArray of TimexWord.
 */
void timex_words_split(const TimexLexicon *lexicon, const char *text, uint32_t start,
                       uint32_t end, GArray *words);

/* ---- scanner (timex-scan.c) --------------------------------------------- */

/**
 * TimexMatch:
 * @start, @end: the expression's extent (TimeML: no leading preposition)
 * @first_word, @n_words: its words in the array the scanner was given
 */
typedef struct TimexMatch {
        uint32_t start;
        uint32_t end;
        uint32_t first_word;
        uint32_t n_words;
        TimexExpr expr;
} TimexMatch;

/**
 * timex_scan:
 * @words: the words of one sentence, from timex_words_split()
 * @text: the text the word offsets point into
 * @matches: a GArray of TimexMatch, appended to in text order
 *
 * Finds the time expressions among @words (longest match first).
 */
void timex_scan(const TimexWord *words, size_t n_words, const char *text, GArray *matches);

/* ---- tense (timex-tense.c) ---------------------------------------------- */

/**
 * timex_tense_direction:
 *
 * Which way the verbs nearest to words [@first, @first + @n) point: the closest
 * tense cue in the same clause, else in the sentence ("will", "plans to",
 * "expected" look ahead; "said", "-ed" forms, "ago" look back).
 */
TimexDirection timex_tense_direction(const TimexWord *words, size_t n_words, const char *text,
                                     size_t first, size_t n);

/* ---- normalizer (timex-normalize.c) ------------------------------------- */

#define TIMEX_VALUE_MAX 32

/**
 * TimexContext:
 * @anchor: the article date
 * @ref: the last date mentioned, for "the next day"; equal to @anchor at first
 * @ref_unit: the granularity of @ref (TIMEX_UNIT_DAY for the anchor)
 */
typedef struct TimexContext {
        GDate anchor;
        GDate ref;
        uint8_t ref_unit;
} TimexContext;

/* Sets @ctx's anchor and reference to @anchor. */
void timex_context_init(TimexContext *ctx, const GDate *anchor);

/**
 * timex_normalize:
 * @direction: from timex_tense_direction(), for expressions without a year or deixis
 * @value: (out caller-allocates): the TIMEX3 value, TIMEX_VALUE_MAX bytes
 *
 * Returns: false when @expr cannot be given a value (an impossible date).
 */
bool timex_normalize(const TimexExpr *expr, const TimexContext *ctx, TimexDirection direction,
                     char value[TIMEX_VALUE_MAX]);

/**
 * timex_context_advance:
 *
 * After an expression has been normalized to @value, makes it the reference time
 * for later "the next day" when it names a day, week, month or year.
 */
void timex_context_advance(TimexContext *ctx, const TimexExpr *expr, const char *value);

/* Returns: whether @value names a point or period with a year ("2024-06", not "P3Y"). */
bool timex_value_is_dated(const char *value);

/* Returns: how fine a dated @value is: 1 a year, 2 a quarter or season, 3 a month,
 * 4 a week, 5 a day, 6 a time of day; 0 when it is not dated. */
int timex_value_precision(const char *value);

G_END_DECLS
