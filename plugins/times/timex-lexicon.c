/* The words time expressions are made of, and the verbs that give their tense.
 * SPDX-License-Identifier: MIT */
#include "timex.h"

#include <string.h>

#define P TIMEX_DIR_PAST
#define F TIMEX_DIR_FUTURE
#define PL TIMEX_UNIT_PLURAL

struct TimexLexicon {
        GHashTable *words; /* const char * -> const TimexLexEntry * (both static) */
};

/* Month abbreviations are listed without their period; the scanner accepts one. */
static const TimexLexEntry calendar_words[] = {
        { "january", TIMEX_CLASS_MONTH, 1, 0 },   { "jan", TIMEX_CLASS_MONTH, 1, 0 },
        { "february", TIMEX_CLASS_MONTH, 2, 0 },  { "feb", TIMEX_CLASS_MONTH, 2, 0 },
        { "march", TIMEX_CLASS_MONTH, 3, 0 },     { "mar", TIMEX_CLASS_MONTH, 3, 0 },
        { "april", TIMEX_CLASS_MONTH, 4, 0 },     { "apr", TIMEX_CLASS_MONTH, 4, 0 },
        { "may", TIMEX_CLASS_MONTH, 5, 0 },       { "june", TIMEX_CLASS_MONTH, 6, 0 },
        { "jun", TIMEX_CLASS_MONTH, 6, 0 },       { "july", TIMEX_CLASS_MONTH, 7, 0 },
        { "jul", TIMEX_CLASS_MONTH, 7, 0 },       { "august", TIMEX_CLASS_MONTH, 8, 0 },
        { "aug", TIMEX_CLASS_MONTH, 8, 0 },       { "september", TIMEX_CLASS_MONTH, 9, 0 },
        { "sep", TIMEX_CLASS_MONTH, 9, 0 },       { "sept", TIMEX_CLASS_MONTH, 9, 0 },
        { "october", TIMEX_CLASS_MONTH, 10, 0 },  { "oct", TIMEX_CLASS_MONTH, 10, 0 },
        { "november", TIMEX_CLASS_MONTH, 11, 0 }, { "nov", TIMEX_CLASS_MONTH, 11, 0 },
        { "december", TIMEX_CLASS_MONTH, 12, 0 }, { "dec", TIMEX_CLASS_MONTH, 12, 0 },
        { "monday", TIMEX_CLASS_WEEKDAY, 1, 0 },  { "mondays", TIMEX_CLASS_WEEKDAY, -1, 0 },
        { "tuesday", TIMEX_CLASS_WEEKDAY, 2, 0 }, { "tuesdays", TIMEX_CLASS_WEEKDAY, -2, 0 },
        { "wednesday", TIMEX_CLASS_WEEKDAY, 3, 0 }, { "wednesdays", TIMEX_CLASS_WEEKDAY, -3, 0 },
        { "thursday", TIMEX_CLASS_WEEKDAY, 4, 0 }, { "thursdays", TIMEX_CLASS_WEEKDAY, -4, 0 },
        { "friday", TIMEX_CLASS_WEEKDAY, 5, 0 },  { "fridays", TIMEX_CLASS_WEEKDAY, -5, 0 },
        { "saturday", TIMEX_CLASS_WEEKDAY, 6, 0 }, { "saturdays", TIMEX_CLASS_WEEKDAY, -6, 0 },
        { "sunday", TIMEX_CLASS_WEEKDAY, 7, 0 },  { "sundays", TIMEX_CLASS_WEEKDAY, -7, 0 },
        { "spring", TIMEX_CLASS_SEASON, TIMEX_SEASON_SPRING, 0 },
        { "summer", TIMEX_CLASS_SEASON, TIMEX_SEASON_SUMMER, 0 },
        { "fall", TIMEX_CLASS_SEASON, TIMEX_SEASON_FALL, 0 },
        { "autumn", TIMEX_CLASS_SEASON, TIMEX_SEASON_FALL, 0 },
        { "winter", TIMEX_CLASS_SEASON, TIMEX_SEASON_WINTER, 0 },
        { "morning", TIMEX_CLASS_PART, TIMEX_PART_MORNING, 0 },
        { "afternoon", TIMEX_CLASS_PART, TIMEX_PART_AFTERNOON, 0 },
        { "evening", TIMEX_CLASS_PART, TIMEX_PART_EVENING, 0 },
        { "night", TIMEX_CLASS_PART, TIMEX_PART_NIGHT, 0 },
        { "mornings", TIMEX_CLASS_PART, -TIMEX_PART_MORNING, 0 },
        { "afternoons", TIMEX_CLASS_PART, -TIMEX_PART_AFTERNOON, 0 },
        { "evenings", TIMEX_CLASS_PART, -TIMEX_PART_EVENING, 0 },
        { "nights", TIMEX_CLASS_PART, -TIMEX_PART_NIGHT, 0 },
        { "today", TIMEX_CLASS_DAYREF, 0, 0 },
        { "yesterday", TIMEX_CLASS_DAYREF, -1, P },
        { "tomorrow", TIMEX_CLASS_DAYREF, 1, F },
        { "tonight", TIMEX_CLASS_DAYREF, 10, 0 },
        { "overnight", TIMEX_CLASS_DAYREF, 11, 0 },
        { "noon", TIMEX_CLASS_CLOCKWORD, 12, 0 },
        { "midday", TIMEX_CLASS_CLOCKWORD, 12, 0 },
        { "midnight", TIMEX_CLASS_CLOCKWORD, 24, 0 },
        { "a.m.", TIMEX_CLASS_AMPM, 0, 0 },       { "am", TIMEX_CLASS_AMPM, 0, 0 },
        { "p.m.", TIMEX_CLASS_AMPM, 12, 0 },      { "pm", TIMEX_CLASS_AMPM, 12, 0 },
        { "a.m", TIMEX_CLASS_AMPM, 0, 0 },        { "p.m", TIMEX_CLASS_AMPM, 12, 0 },
        { "est", TIMEX_CLASS_ZONE, 0, 0 },        { "edt", TIMEX_CLASS_ZONE, 0, 0 },
        { "cst", TIMEX_CLASS_ZONE, 0, 0 },        { "cdt", TIMEX_CLASS_ZONE, 0, 0 },
        { "pst", TIMEX_CLASS_ZONE, 0, 0 },        { "pdt", TIMEX_CLASS_ZONE, 0, 0 },
        { "gmt", TIMEX_CLASS_ZONE, 0, 0 },        { "utc", TIMEX_CLASS_ZONE, 0, 0 },
        { "et", TIMEX_CLASS_ZONE, 0, 0 },         { "bst", TIMEX_CLASS_ZONE, 0, 0 },
        { "q1", TIMEX_CLASS_QUARTER_ABBR, 1, 0 }, { "q2", TIMEX_CLASS_QUARTER_ABBR, 2, 0 },
        { "q3", TIMEX_CLASS_QUARTER_ABBR, 3, 0 }, { "q4", TIMEX_CLASS_QUARTER_ABBR, 4, 0 },
        { "h1", TIMEX_CLASS_QUARTER_ABBR, 11, 0 }, { "h2", TIMEX_CLASS_QUARTER_ABBR, 12, 0 },
};

static const TimexLexEntry unit_words[] = {
        { "second", TIMEX_CLASS_UNIT, TIMEX_UNIT_SECOND, 0 },
        { "seconds", TIMEX_CLASS_UNIT, TIMEX_UNIT_SECOND | PL, 0 },
        { "minute", TIMEX_CLASS_UNIT, TIMEX_UNIT_MINUTE, 0 },
        { "minutes", TIMEX_CLASS_UNIT, TIMEX_UNIT_MINUTE | PL, 0 },
        { "hour", TIMEX_CLASS_UNIT, TIMEX_UNIT_HOUR, 0 },
        { "hours", TIMEX_CLASS_UNIT, TIMEX_UNIT_HOUR | PL, 0 },
        { "day", TIMEX_CLASS_UNIT, TIMEX_UNIT_DAY, 0 },
        { "days", TIMEX_CLASS_UNIT, TIMEX_UNIT_DAY | PL, 0 },
        { "weekend", TIMEX_CLASS_UNIT, TIMEX_UNIT_WEEKEND, 0 },
        { "weekends", TIMEX_CLASS_UNIT, TIMEX_UNIT_WEEKEND | PL, 0 },
        { "week", TIMEX_CLASS_UNIT, TIMEX_UNIT_WEEK, 0 },
        { "weeks", TIMEX_CLASS_UNIT, TIMEX_UNIT_WEEK | PL, 0 },
        { "fortnight", TIMEX_CLASS_UNIT, TIMEX_UNIT_FORTNIGHT, 0 },
        { "month", TIMEX_CLASS_UNIT, TIMEX_UNIT_MONTH, 0 },
        { "months", TIMEX_CLASS_UNIT, TIMEX_UNIT_MONTH | PL, 0 },
        { "quarter", TIMEX_CLASS_UNIT, TIMEX_UNIT_QUARTER, 0 },
        { "quarters", TIMEX_CLASS_UNIT, TIMEX_UNIT_QUARTER | PL, 0 },
        { "half", TIMEX_CLASS_UNIT, TIMEX_UNIT_HALF, 0 },
        { "year", TIMEX_CLASS_UNIT, TIMEX_UNIT_YEAR, 0 },
        { "years", TIMEX_CLASS_UNIT, TIMEX_UNIT_YEAR | PL, 0 },
        { "decade", TIMEX_CLASS_UNIT, TIMEX_UNIT_DECADE, 0 },
        { "decades", TIMEX_CLASS_UNIT, TIMEX_UNIT_DECADE | PL, 0 },
        { "century", TIMEX_CLASS_UNIT, TIMEX_UNIT_CENTURY, 0 },
        { "centuries", TIMEX_CLASS_UNIT, TIMEX_UNIT_CENTURY | PL, 0 },
        { "millennium", TIMEX_CLASS_UNIT, TIMEX_UNIT_MILLENNIUM, 0 },
        { "millennia", TIMEX_CLASS_UNIT, TIMEX_UNIT_MILLENNIUM | PL, 0 },
        { "daily", TIMEX_CLASS_SETWORD, TIMEX_UNIT_DAY, 0 },
        { "nightly", TIMEX_CLASS_SETWORD, TIMEX_UNIT_DAY, 0 },
        { "hourly", TIMEX_CLASS_SETWORD, TIMEX_UNIT_HOUR, 0 },
        { "weekly", TIMEX_CLASS_SETWORD, TIMEX_UNIT_WEEK, 0 },
        { "monthly", TIMEX_CLASS_SETWORD, TIMEX_UNIT_MONTH, 0 },
        { "quarterly", TIMEX_CLASS_SETWORD, TIMEX_UNIT_QUARTER, 0 },
        { "annually", TIMEX_CLASS_SETWORD, TIMEX_UNIT_YEAR, 0 },
        { "yearly", TIMEX_CLASS_SETWORD, TIMEX_UNIT_YEAR, 0 },
        { "annual", TIMEX_CLASS_SETWORD, -TIMEX_UNIT_YEAR, 0 }, /* adjective: not alone */
        { "every", TIMEX_CLASS_EACH, 0, 0 },
        { "each", TIMEX_CLASS_EACH, 0, 0 },
        { "per", TIMEX_CLASS_EACH, 1, 0 },
};

static const TimexLexEntry number_words[] = {
        { "one", TIMEX_CLASS_NUMBER, 1, 0 },       { "two", TIMEX_CLASS_NUMBER, 2, 0 },
        { "three", TIMEX_CLASS_NUMBER, 3, 0 },     { "four", TIMEX_CLASS_NUMBER, 4, 0 },
        { "five", TIMEX_CLASS_NUMBER, 5, 0 },      { "six", TIMEX_CLASS_NUMBER, 6, 0 },
        { "seven", TIMEX_CLASS_NUMBER, 7, 0 },     { "eight", TIMEX_CLASS_NUMBER, 8, 0 },
        { "nine", TIMEX_CLASS_NUMBER, 9, 0 },      { "ten", TIMEX_CLASS_NUMBER, 10, 0 },
        { "eleven", TIMEX_CLASS_NUMBER, 11, 0 },   { "twelve", TIMEX_CLASS_NUMBER, 12, 0 },
        { "thirteen", TIMEX_CLASS_NUMBER, 13, 0 }, { "fourteen", TIMEX_CLASS_NUMBER, 14, 0 },
        { "fifteen", TIMEX_CLASS_NUMBER, 15, 0 },  { "sixteen", TIMEX_CLASS_NUMBER, 16, 0 },
        { "seventeen", TIMEX_CLASS_NUMBER, 17, 0 }, { "eighteen", TIMEX_CLASS_NUMBER, 18, 0 },
        { "nineteen", TIMEX_CLASS_NUMBER, 19, 0 }, { "twenty", TIMEX_CLASS_NUMBER, 20, 0 },
        { "thirty", TIMEX_CLASS_NUMBER, 30, 0 },   { "forty", TIMEX_CLASS_NUMBER, 40, 0 },
        { "fifty", TIMEX_CLASS_NUMBER, 50, 0 },    { "sixty", TIMEX_CLASS_NUMBER, 60, 0 },
        { "seventy", TIMEX_CLASS_NUMBER, 70, 0 },  { "eighty", TIMEX_CLASS_NUMBER, 80, 0 },
        { "ninety", TIMEX_CLASS_NUMBER, 90, 0 },
        { "hundred", TIMEX_CLASS_MULTIPLIER, 100, 0 },
        { "thousand", TIMEX_CLASS_MULTIPLIER, 1000, 0 },
        { "dozen", TIMEX_CLASS_MULTIPLIER, 12, 0 },
        { "first", TIMEX_CLASS_ORDINAL, 1, 0 },    { "second", TIMEX_CLASS_ORDINAL, 2, 0 },
        { "third", TIMEX_CLASS_ORDINAL, 3, 0 },    { "fourth", TIMEX_CLASS_ORDINAL, 4, 0 },
        { "fifth", TIMEX_CLASS_ORDINAL, 5, 0 },    { "sixth", TIMEX_CLASS_ORDINAL, 6, 0 },
        { "seventh", TIMEX_CLASS_ORDINAL, 7, 0 },  { "eighth", TIMEX_CLASS_ORDINAL, 8, 0 },
        { "ninth", TIMEX_CLASS_ORDINAL, 9, 0 },    { "tenth", TIMEX_CLASS_ORDINAL, 10, 0 },
        { "eleventh", TIMEX_CLASS_ORDINAL, 11, 0 }, { "twelfth", TIMEX_CLASS_ORDINAL, 12, 0 },
        { "thirteenth", TIMEX_CLASS_ORDINAL, 13, 0 }, { "fourteenth", TIMEX_CLASS_ORDINAL, 14, 0 },
        { "fifteenth", TIMEX_CLASS_ORDINAL, 15, 0 }, { "sixteenth", TIMEX_CLASS_ORDINAL, 16, 0 },
        { "seventeenth", TIMEX_CLASS_ORDINAL, 17, 0 }, { "eighteenth", TIMEX_CLASS_ORDINAL, 18, 0 },
        { "nineteenth", TIMEX_CLASS_ORDINAL, 19, 0 }, { "twentieth", TIMEX_CLASS_ORDINAL, 20, 0 },
        { "thirtieth", TIMEX_CLASS_ORDINAL, 30, 0 },
        { "few", TIMEX_CLASS_VAGUE, 0, 0 },        { "several", TIMEX_CLASS_VAGUE, 0, 0 },
        { "many", TIMEX_CLASS_VAGUE, 0, 0 },       { "couple", TIMEX_CLASS_VAGUE, 2, 0 },
};

/* Signals and modifiers; their tense is the direction they give an expression. */
static const TimexLexEntry modifier_words[] = {
        { "last", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_LAST, P },
        { "past", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_LAST, P },
        { "previous", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_LAST, P },
        { "preceding", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_LAST, P },
        { "prior", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_LAST, P },
        { "next", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_NEXT, F },
        { "coming", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_NEXT, F },
        { "upcoming", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_NEXT, F },
        { "this", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_THIS, 0 },
        { "current", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_THIS, 0 },
        { "that", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_THAT, 0 },
        { "following", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_FOLLOWING, 0 },
        { "ensuing", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_FOLLOWING, 0 },
        { "subsequent", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_FOLLOWING, 0 },
        { "latest", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_LATEST, 0 },
        { "same", TIMEX_CLASS_DEICTIC, TIMEX_DEICTIC_SAME, 0 },
        { "early", TIMEX_CLASS_POSITION, TIMEX_POSITION_EARLY, 0 },
        { "beginning", TIMEX_CLASS_POSITION, TIMEX_POSITION_EARLY, 0 },
        { "start", TIMEX_CLASS_POSITION, TIMEX_POSITION_EARLY, 0 },
        { "mid", TIMEX_CLASS_POSITION, TIMEX_POSITION_MID, 0 },
        { "middle", TIMEX_CLASS_POSITION, TIMEX_POSITION_MID, 0 },
        { "late", TIMEX_CLASS_POSITION, TIMEX_POSITION_LATE, 0 },
        { "end", TIMEX_CLASS_POSITION, TIMEX_POSITION_LATE, 0 },
        { "earlier", TIMEX_CLASS_POSITION, TIMEX_POSITION_EARLIER, P },
        { "later", TIMEX_CLASS_POSITION, TIMEX_POSITION_LATER, 0 },
        { "ago", TIMEX_CLASS_AGO, -1, P },
        { "hence", TIMEX_CLASS_AGO, 1, F },
        { "about", TIMEX_CLASS_APPROX, 0, 0 },
        { "around", TIMEX_CLASS_APPROX, 0, 0 },
        { "nearly", TIMEX_CLASS_APPROX, 0, 0 },
        { "almost", TIMEX_CLASS_APPROX, 0, 0 },
        { "approximately", TIMEX_CLASS_APPROX, 0, 0 },
        { "roughly", TIMEX_CLASS_APPROX, 0, 0 },
        { "some", TIMEX_CLASS_APPROX, 0, 0 },
        { "over", TIMEX_CLASS_APPROX, 0, 0 },
        { "under", TIMEX_CLASS_APPROX, 0, 0 },
        { "just", TIMEX_CLASS_APPROX, 0, 0 },
        { "more", TIMEX_CLASS_APPROX, 1, 0 }, /* needs "than" */
        { "less", TIMEX_CLASS_APPROX, 1, 0 },
        { "fewer", TIMEX_CLASS_APPROX, 1, 0 },
        { "least", TIMEX_CLASS_APPROX, 2, 0 }, /* needs "at" before */
        { "now", TIMEX_CLASS_REF, TIMEX_REF_PRESENT, 0 },
        { "currently", TIMEX_CLASS_REF, TIMEX_REF_PRESENT, 0 },
        { "nowadays", TIMEX_CLASS_REF, TIMEX_REF_PRESENT, 0 },
        { "present", TIMEX_CLASS_REF, -TIMEX_REF_PRESENT, 0 }, /* only as "the present" */
        { "recently", TIMEX_CLASS_REF, TIMEX_REF_PAST, P },
        { "lately", TIMEX_CLASS_REF, TIMEX_REF_PAST, P },
        { "future", TIMEX_CLASS_REF, -TIMEX_REF_FUTURE, F },
        { "recent", TIMEX_CLASS_REF, -TIMEX_REF_PAST, 0 },
};

/* Nouns after which "2024" counts things rather than naming a year. */
static const char *const counted_nouns[] = {
        "people", "persons", "troops", "soldiers", "workers", "employees", "jobs", "homes",
        "houses", "cases", "deaths", "dollars", "euros", "pounds", "yen", "shares", "points",
        "tons", "tonnes", "barrels", "miles", "kilometers", "kilometres", "km", "meters",
        "metres", "feet", "acres", "hectares", "units", "cars", "vehicles", "students",
        "children", "residents", "members", "votes", "voters", "refugees", "prisoners",
        "civilians", "patients", "pages", "words", "copies", "rounds", "missiles", "rockets",
        "men", "women", "police", "officers", "fighters", "staff", "delegates", "seats",
        "lbs", "kg", "calories", "customers", "users", "households", "companies", "firms",
        "mw", "megawatts", "gallons", "liters", "litres", "bytes", "percent", "per",
};

/* Verbs and auxiliaries whose tense places an underspecified date (see timex-tense.c). */
static const TimexLexEntry tense_words[] = {
        { "will", TIMEX_CLASS_OTHER, 0, F },      { "shall", TIMEX_CLASS_OTHER, 0, F },
        { "'ll", TIMEX_CLASS_OTHER, 0, F },       { "won't", TIMEX_CLASS_OTHER, 0, F },
        { "plans", TIMEX_CLASS_OTHER, 0, F },     { "plan", TIMEX_CLASS_OTHER, 0, F },
        { "planning", TIMEX_CLASS_OTHER, 0, F },  { "planned", TIMEX_CLASS_OTHER, 0, 0 },
        { "expected", TIMEX_CLASS_OTHER, 0, F },  { "expects", TIMEX_CLASS_OTHER, 0, F },
        { "expect", TIMEX_CLASS_OTHER, 0, F },    { "scheduled", TIMEX_CLASS_OTHER, 0, F },
        { "intends", TIMEX_CLASS_OTHER, 0, F },   { "intend", TIMEX_CLASS_OTHER, 0, F },
        { "aims", TIMEX_CLASS_OTHER, 0, F },      { "prepares", TIMEX_CLASS_OTHER, 0, F },
        { "prepare", TIMEX_CLASS_OTHER, 0, F },   { "preparing", TIMEX_CLASS_OTHER, 0, F },
        { "due", TIMEX_CLASS_OTHER, 0, F },       { "going", TIMEX_CLASS_OTHER, 0, F },
        { "forthcoming", TIMEX_CLASS_OTHER, 0, F }, { "soon", TIMEX_CLASS_OTHER, 0, F },
        { "hopes", TIMEX_CLASS_OTHER, 0, F },     { "seeks", TIMEX_CLASS_OTHER, 0, F },
        { "hoping", TIMEX_CLASS_OTHER, 0, F },    { "seeking", TIMEX_CLASS_OTHER, 0, F },
        { "aiming", TIMEX_CLASS_OTHER, 0, F },    { "intending", TIMEX_CLASS_OTHER, 0, F },
        { "expecting", TIMEX_CLASS_OTHER, 0, F },
        { "previously", TIMEX_CLASS_OTHER, 0, P }, { "formerly", TIMEX_CLASS_OTHER, 0, P },
        { "was", TIMEX_CLASS_OTHER, 0, P },
        { "were", TIMEX_CLASS_OTHER, 0, P },      { "had", TIMEX_CLASS_OTHER, 0, P },
        { "did", TIMEX_CLASS_OTHER, 0, P },
        { "made", TIMEX_CLASS_OTHER, 0, P },      { "took", TIMEX_CLASS_OTHER, 0, P },
        { "met", TIMEX_CLASS_OTHER, 0, P },       { "came", TIMEX_CLASS_OTHER, 0, P },
        { "went", TIMEX_CLASS_OTHER, 0, P },      { "gave", TIMEX_CLASS_OTHER, 0, P },
        { "saw", TIMEX_CLASS_OTHER, 0, P },       { "left", TIMEX_CLASS_OTHER, 0, P },
        { "began", TIMEX_CLASS_OTHER, 0, P },     { "won", TIMEX_CLASS_OTHER, 0, P },
        { "lost", TIMEX_CLASS_OTHER, 0, P },      { "held", TIMEX_CLASS_OTHER, 0, P },
        { "fell", TIMEX_CLASS_OTHER, 0, P },      { "rose", TIMEX_CLASS_OTHER, 0, P },
        { "sold", TIMEX_CLASS_OTHER, 0, P },      { "bought", TIMEX_CLASS_OTHER, 0, P },
        { "paid", TIMEX_CLASS_OTHER, 0, P },      { "found", TIMEX_CLASS_OTHER, 0, P },
        { "became", TIMEX_CLASS_OTHER, 0, P },    { "brought", TIMEX_CLASS_OTHER, 0, P },
        { "thought", TIMEX_CLASS_OTHER, 0, P },   { "wrote", TIMEX_CLASS_OTHER, 0, P },
        { "spoke", TIMEX_CLASS_OTHER, 0, P },     { "led", TIMEX_CLASS_OTHER, 0, P },
        { "ran", TIMEX_CLASS_OTHER, 0, P },       { "hit", TIMEX_CLASS_OTHER, 0, 0 },
        { "struck", TIMEX_CLASS_OTHER, 0, P },    { "broke", TIMEX_CLASS_OTHER, 0, P },
        { "chose", TIMEX_CLASS_OTHER, 0, P },     { "drew", TIMEX_CLASS_OTHER, 0, P },
        { "grew", TIMEX_CLASS_OTHER, 0, P },      { "knew", TIMEX_CLASS_OTHER, 0, P },
        { "sent", TIMEX_CLASS_OTHER, 0, P },      { "spent", TIMEX_CLASS_OTHER, 0, P },
        { "stood", TIMEX_CLASS_OTHER, 0, P },     { "flew", TIMEX_CLASS_OTHER, 0, P },
        { "fled", TIMEX_CLASS_OTHER, 0, P },      { "shot", TIMEX_CLASS_OTHER, 0, P },
        { "killed", TIMEX_CLASS_OTHER, 0, P },    { "got", TIMEX_CLASS_OTHER, 0, P },
        { "kept", TIMEX_CLASS_OTHER, 0, P },      { "felt", TIMEX_CLASS_OTHER, 0, P },
        { "built", TIMEX_CLASS_OTHER, 0, P },     { "been", TIMEX_CLASS_OTHER, 0, P },
        { "ended", TIMEX_CLASS_OTHER, 0, P },     { "since", TIMEX_CLASS_OTHER, 0, P },
        { "has", TIMEX_CLASS_OTHER, 0, 0 },
        /* Reporting verbs date the report, not what it reports (but "said Friday"
         * dates the saying, see timex-tense.c). "would" in news is mostly a
         * future-in-the-past told after the saying ("said he would leave Thursday"),
         * so it looks ahead; "would have" looks back (timex-tense.c). */
        { "would", TIMEX_CLASS_OTHER, 0, F },
        { "until", TIMEX_CLASS_OTHER, 0, 0 },
        { "estimated", TIMEX_CLASS_OTHER, 0, 0 },
        { "said", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "told", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "added", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "noted", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "reported", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "announced", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "stated", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "declared", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "explained", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "warned", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "confirmed", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "claimed", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "insisted", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "acknowledged", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "suggested", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "indicated", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "argued", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "replied", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        { "disclosed", TIMEX_CLASS_OTHER, TIMEX_OTHER_REPORTING, 0 },
        /* -ed words that are not past tenses */
        { "need", TIMEX_CLASS_OTHER, 0, 0 },      { "indeed", TIMEX_CLASS_OTHER, 0, 0 },
        { "speed", TIMEX_CLASS_OTHER, 0, 0 },
        { "united", TIMEX_CLASS_OTHER, 0, 0 },    { "based", TIMEX_CLASS_OTHER, 0, 0 },
        { "red", TIMEX_CLASS_OTHER, 0, 0 },       { "proposed", TIMEX_CLASS_OTHER, 0, 0 },
        { "concerned", TIMEX_CLASS_OTHER, 0, 0 }, { "advanced", TIMEX_CLASS_OTHER, 0, 0 },
        { "renewed", TIMEX_CLASS_OTHER, 0, 0 },   { "related", TIMEX_CLASS_OTHER, 0, 0 },
        { "limited", TIMEX_CLASS_OTHER, 0, 0 },   { "detailed", TIMEX_CLASS_OTHER, 0, 0 },
};

static void add_table(GHashTable *table, const TimexLexEntry *entries, size_t n)
{
        /* The first entry of a word wins: calendar and number meanings come first,
         * so "second" is a unit before it is an ordinal. */
        for (size_t i = 0; i < n; i++)
                if (!g_hash_table_contains(table, entries[i].word))
                        g_hash_table_insert(table, (gpointer) entries[i].word,
                                            (gpointer) &entries[i]);
}

static const TimexLexEntry counted_entry = { "", TIMEX_CLASS_COUNTED, 0, 0 };

TimexLexicon *timex_lexicon_new(void)
{
        TimexLexicon *lexicon = g_new0(TimexLexicon, 1);

        lexicon->words = g_hash_table_new(g_str_hash, g_str_equal);
        add_table(lexicon->words, calendar_words, G_N_ELEMENTS(calendar_words));
        add_table(lexicon->words, unit_words, G_N_ELEMENTS(unit_words));
        add_table(lexicon->words, number_words, G_N_ELEMENTS(number_words));
        add_table(lexicon->words, modifier_words, G_N_ELEMENTS(modifier_words));
        add_table(lexicon->words, tense_words, G_N_ELEMENTS(tense_words));
        for (size_t i = 0; i < G_N_ELEMENTS(counted_nouns); i++)
                if (!g_hash_table_contains(lexicon->words, counted_nouns[i]))
                        g_hash_table_insert(lexicon->words, (gpointer) counted_nouns[i],
                                            (gpointer) &counted_entry);
        return lexicon;
}

void timex_lexicon_free(TimexLexicon *lexicon)
{
        if (!lexicon)
                return;
        g_hash_table_unref(lexicon->words);
        g_free(lexicon);
}

const TimexLexEntry *timex_lexicon_find(const TimexLexicon *lexicon, const char *word, size_t len)
{
        char key[24];

        if (len == 0 || len >= sizeof key)
                return NULL;
        memcpy(key, word, len);
        key[len] = '\0';
        return g_hash_table_lookup(lexicon->words, key);
}
