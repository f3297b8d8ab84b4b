/* Heads for calendar names: dates, months, years, decades, centuries, quarters, seasons.
 * SPDX-License-Identifier: MIT */
#include "timex-scan.h"

#include <stdio.h>
#include <string.h>

/* Words after which "May" is the month, not the modal verb. */
static bool may_context(const Scan *s, size_t i)
{
        static const char *const before[] = {
                "in", "since", "by", "until", "till", "during", "of", "from", "through",
                "before", "after", "early", "late", "mid", "last", "next", "this",
                "between", "past", "throughout",
        };
        if (i == 0)
                return false;
        if (scan_hyphen_at(s, i - 1))
                return true;
        return scan_word_in(s, i - 1, before, G_N_ELEMENTS(before));
}

static bool day_number_at(const Scan *s, size_t i, int *ret_day)
{
        const TimexWord *w = i < s->n ? &s->w[i] : NULL;
        if (!w || (w->shape != TIMEX_SHAPE_NUMBER && w->shape != TIMEX_SHAPE_ORDINAL))
                return false;
        if (w->width > 2 || (w->flags & TIMEX_WORD_GROUPED) || w->num < 1 || w->num > 31)
                return false;
        /* "June 4:30" is not a day; "June 4-6" is June 4 */
        if (scan_punct_is(s, i + 1, ':') || scan_punct_is(s, i + 1, '%') ||
            cls_at(s, i + 1) == TIMEX_CLASS_COUNTED)
                return false;
        *ret_day = w->num;
        return true;
}

/* "the March for Life", "a March of the Mothers", "the March on Washington",
 * the "March of the Mothers" (a quotation mark between): a march, not the month
 * ("March of last year" is the month). */
static bool march_noun(const Scan *s, size_t i)
{
        size_t k = i;
        while (k > 0 && i - k < 2 && (scan_punct_is(s, k - 1, '`') || scan_punct_is(s, k - 1, '"')))
                k--;
        if (k == 0 || !(scan_word_is(s, k - 1, "the") || scan_word_is(s, k - 1, "a") ||
                        scan_word_is(s, k - 1, "annual")))
                return false;
        return scan_word_is(s, i + 1, "for") || scan_word_is(s, i + 1, "against") ||
               scan_word_is(s, i + 1, "of") || scan_word_is(s, i + 1, "on") || scan_word_is(s, i + 1, "to");
}

/* "eighth", "twenty-first": a day spelled out; returns the end, 0 if none. */
static size_t spelled_day(const Scan *s, size_t i, int *ret_day)
{
        if (cls_at(s, i) == TIMEX_CLASS_ORDINAL && s->w[i].val >= 1 && s->w[i].val <= 31) {
                *ret_day = s->w[i].val;
                return i + 1;
        }
        if (cls_at(s, i) == TIMEX_CLASS_NUMBER && (s->w[i].val == 20 || s->w[i].val == 30) &&
            scan_hyphen_at(s, i + 1) && cls_at(s, i + 2) == TIMEX_CLASS_ORDINAL && s->w[i + 2].val <= 9 &&
            s->w[i].val + s->w[i + 2].val <= 31) {
                *ret_day = s->w[i].val + s->w[i + 2].val;
                return i + 3;
        }
        return 0;
}

/* Whether the capitalised month word at @i is a month here (not "May" the verb,
 * "Jan" the name or "June Carter"). */
static bool month_word_ok(const Scan *s, size_t i, bool modified)
{
        if (cls_at(s, i) != TIMEX_CLASS_MONTH || !capital_at(s, i))
                return false;
        const TimexWord *w = &s->w[i];
        size_t len = w->end - w->start - ((w->flags & TIMEX_WORD_DOTTED) ? 1 : 0);
        int day;
        bool number_after = day_number_at(s, i + 1, &day) || scan_year_at(s, i + 1);
        bool full = len > 4 || scan_word_is(s, i, "june") || scan_word_is(s, i, "july");
        if (w->val == 5 && len == 3)
                return number_after || modified || may_context(s, i);
        if (!full && !(w->flags & TIMEX_WORD_DOTTED) && !number_after)
                return false;
        /* "June Carter", "April Ryan": a capitalised name follows */
        if (!number_after && capital_at(s, i + 1) && cls_at(s, i + 1) == TIMEX_CLASS_NONE)
                return false;
        return w->val != 3 || number_after || !march_noun(s, i);
}

static size_t spoken_year(const Scan *s, size_t k, int *ret_year);

/* "last year" after a month or season: "July last year"; returns the end. */
static size_t relative_year_after(const Scan *s, size_t i, TimexExpr *e)
{
        uint8_t deictic;
        size_t k = scan_deixis(s, i, &deictic);
        TimexUnit unit;
        bool plural;
        if (k == i || !scan_unit_at(s, k, &unit, &plural) || unit != TIMEX_UNIT_YEAR || plural)
                return i;
        if (deictic != TIMEX_DEICTIC_LAST && deictic != TIMEX_DEICTIC_THIS && deictic != TIMEX_DEICTIC_NEXT)
                return i;
        e->flags |= TIMEX_FLAG_YEAR_OFFSET;
        e->offset = deictic == TIMEX_DEICTIC_LAST ? -1 : deictic == TIMEX_DEICTIC_NEXT ? 1 : 0;
        return k + 1;
}

/* Fills year from ", 2024", " 2024", " of 2024" or " last year" after word @i;
 * returns the end. */
static size_t year_after(const Scan *s, size_t i, TimexExpr *e, bool allow_of)
{
        size_t k = i, end;
        int year;
        if (scan_punct_is(s, k, ',') || (allow_of && scan_word_is(s, k, "of")))
                k++;
        if (scan_year_at(s, k)) {
                e->year = (int16_t) s->w[k].num;
                return k + 1;
        }
        if ((end = spoken_year(s, k, &year)) != 0) {
                e->year = (int16_t) year;
                return end;
        }
        /* "March of last year", but "July, last year" is two expressions */
        if (k > i && scan_word_is(s, i, "of") && relative_year_after(s, k, e) > k)
                return relative_year_after(s, k, e);
        return relative_year_after(s, i, e);
}

static bool deixis_placeable(uint8_t d)
{
        return d == 0 || d == TIMEX_DEICTIC_LAST || d == TIMEX_DEICTIC_NEXT || d == TIMEX_DEICTIC_THIS;
}

static uint8_t deixis_of(uint8_t deictic)
{
        switch (deictic) {
        case TIMEX_DEICTIC_LAST:
                return TIMEX_DEIXIS_LAST;
        case TIMEX_DEICTIC_NEXT:
                return TIMEX_DEIXIS_NEXT;
        case TIMEX_DEICTIC_THIS:
                return TIMEX_DEIXIS_THIS;
        default:
                return TIMEX_DEIXIS_NONE;
        }
}

static void calendar_done(TimexExpr *e, uint8_t deictic)
{
        e->kind = TIMEX_KIND_CALENDAR;
        e->deixis = deixis_of(deictic);
        if (e->year == 0 && !(e->flags & TIMEX_FLAG_YEAR_OFFSET))
                e->flags |= TIMEX_FLAG_NO_YEAR;
}

/* "2024-06-04", "06/04/2024" (month first, as US news writes it; day first when
 * the first number cannot be a month). */
size_t timex_head_numeric_date(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (!prefix_empty(p) || j >= s->n)
                return 0;
        const TimexWord *w = &s->w[j];
        const char *t = s->text + w->start;
        int a, b, c;
        if (w->shape == TIMEX_SHAPE_ISO_DATE) {
                if (sscanf(t, "%4d-%2d-%2d", &a, &b, &c) != 3)
                        return 0;
                e->year = (int16_t) a, e->month = (uint8_t) b, e->day = (uint8_t) c;
        } else if (w->shape == TIMEX_SHAPE_SLASH_DATE) {
                if (sscanf(t, "%2d/%2d/%4d", &a, &b, &c) != 3)
                        return 0;
                if (a > 12)
                        e->day = (uint8_t) a, e->month = (uint8_t) b;
                else
                        e->month = (uint8_t) a, e->day = (uint8_t) b;
                e->year = (int16_t) (c >= 100 ? c : c >= 50 ? 1900 + c : 2000 + c);
        } else {
                return 0;
        }
        if (e->month < 1 || e->month > 12 || e->day < 1 || e->day > 31)
                return 0;
        calendar_done(e, 0);
        return j + 1;
}

/* "the Sept. 11 attacks", "Sept. 11 hijackers": the day of 2001 that news names
 * like a holiday, whatever the article's year. */
static bool sept11_attacks(const Scan *s, const TimexExpr *e, size_t end)
{
        static const char *const words[] = {
                "attacks", "terrorist", "terror", "hijackers", "hijackings", "commission",
        };
        return e->month == 9 && e->day == 11 && scan_word_in(s, end, words, G_N_ELEMENTS(words));
}

/* "June", "June 4", "June 4, 2024", "January 2022", "last June", "mid-November" */
size_t timex_head_month(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        uint8_t deictic;
        size_t k = scan_deixis(s, j, &deictic);
        if (!deixis_placeable(deictic) || p->approx || p->first)
                return 0;
        if ((p->the && !p->position_of) || p->position == TIMEX_POSITION_EARLIER ||
            p->position == TIMEX_POSITION_LATER)
                return 0;
        if (!month_word_ok(s, k, deictic != 0 || p->position != 0))
                return 0;
        e->month = (uint8_t) s->w[k].val;
        size_t end = k + 1;
        int day;
        if (day_number_at(s, end, &day)) {
                e->day = (uint8_t) day;
                end = year_after(s, end + 1, e, false);
        } else if ((k = spelled_day(s, end, &day)) != 0) {
                e->day = (uint8_t) day; /* "March eighth", as transcripts spell it */
                end = year_after(s, k, e, false);
        } else {
                end = year_after(s, end, e, true);
        }
        if (e->year == 0 && deictic == 0 && sept11_attacks(s, e, end))
                e->year = 2001;
        calendar_done(e, deictic);
        return end;
}

/* "4 June 2024", "the 4th of June" */
size_t timex_head_day_month(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        int day;
        if (p->approx || p->position || p->first || !day_number_at(s, j, &day))
                return 0;
        if (p->the && !shape_at(s, j, TIMEX_SHAPE_ORDINAL))
                return 0;
        size_t k = j + 1;
        if (scan_word_is(s, k, "of"))
                k++;
        if (!month_word_ok(s, k, true))
                return 0;
        e->day = (uint8_t) day;
        e->month = (uint8_t) s->w[k].val;
        size_t end = year_after(s, k + 1, e, false);
        calendar_done(e, 0);
        return end;
}

/* "nineteen ninety-six", "two thousand": years as transcripts spell them. */
static size_t spoken_year(const Scan *s, size_t k, int *ret_year)
{
        if (cls_at(s, k) != TIMEX_CLASS_NUMBER)
                return 0;
        int high = s->w[k].val;
        if (high == 2 && cls_at(s, k + 1) == TIMEX_CLASS_MULTIPLIER && s->w[k + 1].val == 1000) {
                *ret_year = 2000;
                return k + 2;
        }
        if ((high != 19 && high != 20) || cls_at(s, k + 1) != TIMEX_CLASS_NUMBER || s->w[k + 1].val < 10)
                return 0;
        int low = s->w[k + 1].val;
        size_t end = k + 2;
        if (low >= 20 && scan_hyphen_at(s, end) && cls_at(s, end + 1) == TIMEX_CLASS_NUMBER &&
            s->w[end + 1].val < 10) {
                low += s->w[end + 1].val;
                end += 2;
        }
        *ret_year = high * 100 + low;
        return end;
}

/* "the 1988 second quarter", "1989 first half" */
static size_t year_part(const Scan *s, size_t k, TimexExpr *e)
{
        int o = scan_ordinal_at(s, k);
        TimexUnit unit;
        bool plural;
        if (o < 1 || o > 4 || !scan_unit_at(s, k + 1, &unit, &plural) || plural)
                return k;
        if (unit == TIMEX_UNIT_QUARTER)
                e->quarter = (uint8_t) o;
        else if (unit == TIMEX_UNIT_HALF && o <= 2)
                e->half = (uint8_t) o;
        else
                return k;
        return k + 2;
}

/* "1998", "fiscal 1989", "mid-1996", "the end of 1990", "the year 2000", "FY2024" */
size_t timex_head_year(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (p->approx || p->first || p->position == TIMEX_POSITION_EARLIER ||
            p->position == TIMEX_POSITION_LATER)
                return 0;
        size_t k = j;
        bool fiscal = scan_word_is(s, k, "fiscal");
        if (fiscal) {
                k++;
                if (scan_hyphen_at(s, k) && scan_word_is(s, k + 1, "year"))
                        k += 2;
                else if (scan_word_is(s, k, "year"))
                        k++;
        }
        bool year_word = !fiscal && p->the && !p->position_of && scan_word_is(s, k, "year");
        if (year_word)
                k++;
        int year;
        size_t end;
        if (shape_at(s, k, TIMEX_SHAPE_ALNUM) && s->w[k].width == 4 && k == j &&
            g_ascii_strncasecmp(s->text + s->w[k].start, "fy", 2) == 0) {
                e->year = (int16_t) s->w[k].num;
                end = k + 1;
        } else if (scan_year_at(s, k)) {
                e->year = (int16_t) s->w[k].num;
                end = k + 1;
        } else if ((end = spoken_year(s, k, &year)) != 0) {
                e->year = (int16_t) year;
        } else {
                return 0;
        }
        size_t part = year_part(s, end, e);
        if (p->the && !p->position_of && !year_word && part == end &&
            (scan_word_is(s, end, "quarter") || scan_word_is(s, end, "period"))) {
                /* "the 1988 quarter", "the 1989 period": the quarter under discussion */
                e->kind = TIMEX_KIND_RELATIVE;
                e->unit = scan_word_is(s, end, "quarter") ? TIMEX_UNIT_QUARTER : TIMEX_UNIT_YEAR;
                e->flags |= TIMEX_FLAG_AGO;
                return end + 1;
        }
        if (p->the && !p->position_of && !year_word && part == end)
                return 0;
        calendar_done(e, 0);
        return part;
}

/* "her 30s", "his early 40s": an age, not a decade. */
static bool age_before(const Scan *s, size_t start)
{
        static const char *const words[] = { "his", "her", "their", "its", "my", "your", "our" };
        return start > 0 && scan_word_in(s, start - 1, words, G_N_ELEMENTS(words));
}

/* "the nineties": the decade digit, 0 when @i is no decade word. */
static int decade_word(const Scan *s, size_t i)
{
        static const char *const words[] = {
                "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
        };
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
                if (scan_word_is(s, i, words[k]))
                        return (int) k + 2;
        return 0;
}

/* "the 1990s", "the late 1970s", "the '90s", "the mid-1990s", "the 1990's", "the nineties" */
size_t timex_head_decade(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (p->approx || p->first || p->position == TIMEX_POSITION_EARLIER ||
            p->position == TIMEX_POSITION_LATER)
                return 0;
        size_t end;
        int digit = p->the ? decade_word(s, j) : 0;
        if (digit) {
                e->decade = (int16_t) digit;
                e->flags |= TIMEX_FLAG_NO_YEAR;
                e->kind = TIMEX_KIND_CALENDAR;
                return j + 1;
        }
        if (shape_at(s, j, TIMEX_SHAPE_DECADE)) {
                /* "'90s" and "the 90s" are decades; "30s" alone is more often a count */
                bool apostrophe = !g_ascii_isdigit(s->text[s->w[j].start]);
                if (s->w[j].width == 2 && (age_before(s, p->start) || (!apostrophe && !p->the)))
                        return 0;
                end = j + 1;
        } else if (p->the && shape_at(s, j, TIMEX_SHAPE_NUMBER) && s->w[j].width == 4 &&
                   s->w[j].num % 10 == 0 && scan_word_is(s, j + 1, "'s") && attached_at(s, j + 1)) {
                end = j + 2;
        } else {
                return 0;
        }
        const TimexWord *w = &s->w[j];
        if (w->width == 4) {
                e->decade = (int16_t) (w->num / 10);
        } else {
                e->decade = (int16_t) (w->num / 10);
                e->flags |= TIMEX_FLAG_NO_YEAR;
        }
        e->kind = TIMEX_KIND_CALENDAR;
        return end;
}

/* "of 2024", "of fiscal 1989", "of last year" after a quarter or half */
static size_t quarter_year(const Scan *s, size_t k, TimexExpr *e)
{
        size_t m = k;
        if (scan_word_is(s, m, "of") || scan_word_is(s, m, "in"))
                m++;
        if (scan_word_is(s, m, "fiscal"))
                m++;
        if (scan_year_at(s, m)) {
                e->year = (int16_t) s->w[m].num;
                return m + 1;
        }
        uint8_t deictic;
        size_t u = scan_deixis(s, m, &deictic);
        TimexUnit unit;
        bool plural;
        if (m > k && scan_word_is(s, m, "the") && scan_unit_at(s, m + 1, &unit, &plural) &&
            unit == TIMEX_UNIT_YEAR && !plural && !scan_hyphen_at(s, m + 2)) {
                e->flags |= TIMEX_FLAG_YEAR_OFFSET; /* "the second half of the year" */
                e->offset = 0;
                return m + 2;
        }
        if (u > m && scan_unit_at(s, u, &unit, &plural) && unit == TIMEX_UNIT_YEAR && !plural &&
            (deictic == TIMEX_DEICTIC_LAST || deictic == TIMEX_DEICTIC_THIS ||
             deictic == TIMEX_DEICTIC_NEXT)) {
                e->flags |= TIMEX_FLAG_YEAR_OFFSET;
                e->offset = deictic == TIMEX_DEICTIC_LAST ? -1 : deictic == TIMEX_DEICTIC_NEXT ? 1 : 0;
                return u + 1;
        }
        return k;
}

/* "the first two quarters of 1990", "the final two quarters of this year": a half
 * of a named year (without one they are a duration, "P2Q") */
static size_t two_quarters(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (!p->first || j == 0 || !scan_word_is(s, j, "two") || !scan_word_is(s, j + 1, "quarters"))
                return 0;
        size_t end = quarter_year(s, j + 2, e);
        if (end == j + 2)
                return 0;
        e->half = scan_word_is(s, j - 1, "first") ? 1 : 2;
        calendar_done(e, 0);
        return end;
}

/* "the third quarter", "third-quarter", "the first half of 2024", "the 20th century" */
size_t timex_head_ordinal(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        size_t halves = two_quarters(s, p, j, e);
        if (halves)
                return halves;
        int o = scan_ordinal_at(s, j);
        if (p->the && scan_word_is(s, j, "last") && scan_word_is(s, j + 1, "half"))
                o = 2; /* "the last half of 1989" */
        bool final_quarter = p->the && (scan_word_is(s, j, "final") || scan_word_is(s, j, "last")) &&
                             scan_word_is(s, j + 1, "quarter");
        if (final_quarter)
                o = 4; /* "the final quarter of 2009"; without a year, "the last quarter" is relative */
        if (o <= 0 || p->approx || p->first || p->position == TIMEX_POSITION_EARLIER ||
            p->position == TIMEX_POSITION_LATER)
                return 0;
        size_t k = j + 1;
        bool hyphen = scan_hyphen_at(s, k);
        if (hyphen)
                k++;
        TimexUnit unit;
        bool plural;
        if (!scan_unit_at(s, k, &unit, &plural) || plural)
                return 0;
        size_t end = k + 1;
        if (unit == TIMEX_UNIT_QUARTER && o <= 4) {
                e->quarter = (uint8_t) o;
                end = quarter_year(s, end, e);
                if (final_quarter && end == k + 1)
                        return 0;
        } else if (unit == TIMEX_UNIT_HALF && o <= 2) {
                e->half = (uint8_t) o;
                end = quarter_year(s, end, e);
                /* "the second half" of a match is no date: a year or a compound says it is */
                if (end == k + 1 && !hyphen)
                        return 0;
        } else if (unit == TIMEX_UNIT_CENTURY && o <= 30) {
                e->century = (int16_t) (o - 1);
                e->kind = TIMEX_KIND_CALENDAR;
                return end;
        } else {
                return 0;
        }
        calendar_done(e, 0);
        return end;
}

/* "Q3", "Q3 2024", "H1 2025" */
size_t timex_head_quarter_abbr(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (!prefix_empty(p) || cls_at(s, j) != TIMEX_CLASS_QUARTER_ABBR || !capital_at(s, j))
                return 0;
        int v = s->w[j].val;
        if (v > 10)
                e->half = (uint8_t) (v - 10);
        else
                e->quarter = (uint8_t) v;
        size_t end = j + 1;
        if (scan_year_at(s, end))
                e->year = (int16_t) s->w[end++].num;
        calendar_done(e, 0);
        return end;
}

static bool season_context(const Scan *s, size_t i)
{
        static const char *const before[] = {
                "in", "during", "since", "until", "by", "through", "over", "throughout",
        };
        return i > 0 && scan_word_in(s, i - 1, before, G_N_ELEMENTS(before));
}

/* "last spring", "the summer of 2024", "this past fall", "early winter" */
size_t timex_head_season(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        uint8_t deictic;
        size_t k = scan_deixis(s, j, &deictic);
        if (!deixis_placeable(deictic) || p->approx || p->first || cls_at(s, k) != TIMEX_CLASS_SEASON)
                return 0;
        if (p->position == TIMEX_POSITION_EARLIER || p->position == TIMEX_POSITION_LATER)
                return 0;
        e->season = (uint8_t) s->w[k].val;
        size_t end = year_after(s, k + 1, e, true);
        bool placed = deictic != 0 || e->year != 0 || p->the || p->position;
        /* "the fall of the Wall" is no season */
        if (e->year == 0 && scan_word_is(s, end, "of"))
                return 0;
        if (!placed && (scan_word_is(s, k, "fall") || scan_word_is(s, k, "spring") ||
                        !season_context(s, p->start)))
                return 0;
        calendar_done(e, deictic);
        return end;
}

/* Holidays: their words (lower case, "'s" a word of its own), the holiday, and
 * the month and day it falls on or near, for placing it in a year. */
static const struct {
        const char *words[4];
        uint8_t holiday, month, day;
} holidays[] = {
        { { "new", "year", "'s", "day" }, TIMEX_HOLIDAY_NEW_YEARS_DAY, 1, 1 },
        { { "new", "year", "'s", "eve" }, TIMEX_HOLIDAY_NEW_YEARS_EVE, 12, 31 },
        { { "valentine", "'s", "day" }, TIMEX_HOLIDAY_VALENTINES_DAY, 2, 14 },
        { { "easter", "sunday" }, TIMEX_HOLIDAY_EASTER, 4, 5 },
        { { "easter" }, TIMEX_HOLIDAY_EASTER, 4, 5 },
        { { "memorial", "day" }, TIMEX_HOLIDAY_MEMORIAL_DAY, 5, 28 },
        { { "labor", "day" }, TIMEX_HOLIDAY_LABOR_DAY, 9, 4 },
        { { "halloween" }, TIMEX_HOLIDAY_HALLOWEEN, 10, 31 },
        { { "veterans", "day" }, TIMEX_HOLIDAY_VETERANS_DAY, 11, 11 },
        { { "election", "day" }, TIMEX_HOLIDAY_ELECTION_DAY, 11, 5 },
        { { "thanksgiving", "day" }, TIMEX_HOLIDAY_THANKSGIVING, 11, 25 },
        { { "thanksgiving" }, TIMEX_HOLIDAY_THANKSGIVING, 11, 25 },
        { { "christmas", "eve" }, TIMEX_HOLIDAY_CHRISTMAS_EVE, 12, 24 },
        { { "christmas", "day" }, TIMEX_HOLIDAY_CHRISTMAS, 12, 25 },
        { { "christmas" }, TIMEX_HOLIDAY_CHRISTMAS, 12, 25 },
};

/* The words of holiday @h at @j; returns their end, 0 when they differ. */
static size_t holiday_words(const Scan *s, size_t h, size_t j)
{
        size_t k = j;
        for (size_t w = 0; w < G_N_ELEMENTS(holidays[h].words) && holidays[h].words[w]; w++, k++)
                if (!scan_word_is(s, k, holidays[h].words[w]))
                        return 0;
        return k;
}

/* "Thanksgiving", "last Christmas", "Christmas 2023", "New Year's Day" */
size_t timex_head_holiday(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        uint8_t deictic;
        size_t k = scan_deixis(s, j, &deictic);
        if (!deixis_placeable(deictic) || p->approx || p->first || p->the || !capital_at(s, k))
                return 0;
        for (size_t h = 0; h < G_N_ELEMENTS(holidays); h++) {
                size_t end = holiday_words(s, h, k);
                if (!end)
                        continue;
                /* "Christmas trees", "Easter Island": a capitalised word goes on */
                if (capital_at(s, end) && cls_at(s, end) == TIMEX_CLASS_NONE)
                        return 0;
                e->holiday = holidays[h].holiday;
                e->month = holidays[h].month;
                e->day = holidays[h].day;
                /* "Easter week", "Thanksgiving week": the ISO week that holds the day */
                if (scan_word_is(s, end, "week") && !capital_at(s, end)) {
                        e->unit = TIMEX_UNIT_WEEK;
                        end++;
                }
                end = year_after(s, end, e, false);
                calendar_done(e, deictic);
                return end;
        }
        return 0;
}
