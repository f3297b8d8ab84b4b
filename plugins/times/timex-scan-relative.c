/* Heads for relative expressions, durations, sets and the vague references.
 * SPDX-License-Identifier: MIT */
#include "timex-scan.h"

/* "last night", "this morning", "that evening", "the next morning", "mid-afternoon" */
static size_t part_head(const Scan *s, const Prefix *p, uint8_t deictic, size_t k, TimexExpr *e)
{
        e->part = (uint8_t) s->w[k].val;
        e->type = TIMEX_TIME;
        e->kind = TIMEX_KIND_RELATIVE;
        e->unit = TIMEX_UNIT_DAY;
        bool after_word = p->the && (deictic == TIMEX_DEICTIC_NEXT || deictic == TIMEX_DEICTIC_FOLLOWING);
        if (deictic == TIMEX_DEICTIC_LAST && e->part == TIMEX_PART_NIGHT && !p->the) {
                e->offset = -1;
        } else if (deictic == TIMEX_DEICTIC_THIS && !p->the) {
                e->offset = 0;
        } else if (deictic == TIMEX_DEICTIC_THAT && !p->the) {
                e->flags |= TIMEX_FLAG_FROM_REF;
        } else if (after_word) {
                e->flags |= TIMEX_FLAG_FROM_REF;
                e->offset = 1;
        } else if (deictic == 0 && p->the && !p->position && p->start > 0 &&
                   (scan_word_is(s, p->start - 1, "in") || scan_word_is(s, p->start - 1, "during"))) {
                e->flags |= TIMEX_FLAG_FROM_REF; /* "orders came in the morning": of the day being told */
        } else if (deictic == 0 && p->position == TIMEX_POSITION_MID && !p->the) {
                /* "mid-afternoon", "mid-afternoon yesterday" */
                if (cls_at(s, k + 1) == TIMEX_CLASS_DAYREF && s->w[k + 1].val <= 1) {
                        e->offset = s->w[k + 1].val;
                        return k + 2;
                }
        } else {
                return 0;
        }
        return k + 1;
}

/* The offset and placement of "last/this/next/that/the following ... <unit>".
 * Returns false when the combination is no date ("this day"). */
static bool unit_offset(const Scan *s, const Prefix *p, uint8_t deictic, size_t dword, TimexExpr *e)
{
        switch (deictic) {
        case 0:
                if (p->inner_the) {
                        if (e->unit == TIMEX_UNIT_DAY)
                                e->flags |= TIMEX_FLAG_FROM_REF; /* "later in the day": the day under discussion */
                        return true;
                }
                if (p->the && !p->position &&
                    (e->unit == TIMEX_UNIT_WEEKEND || e->unit == TIMEX_UNIT_QUARTER)) {
                        e->flags |= TIMEX_FLAG_LATEST;
                        return true;
                }
                /* "the year": the anchor's; "the week" ("for the week, the index
                 * rose") names no week TimeBank would number: 1989-WXX */
                if (p->the && !p->position && e->unit == TIMEX_UNIT_WEEK)
                        e->flags |= TIMEX_FLAG_VAGUE;
                return p->the && !p->position && (e->unit == TIMEX_UNIT_YEAR || e->unit == TIMEX_UNIT_WEEK);
        case TIMEX_DEICTIC_LAST:
                if (p->the && !p->position_of && !p->position) {
                        bool past = scan_word_is(s, dword, "past") || scan_word_is(s, dword, "last");
                        /* "the past month", "the past decade": the span up to now; but
                         * "the past year" is the year before, as TimeBank marks it */
                        if (past && e->unit != TIMEX_UNIT_YEAR) {
                                e->kind = TIMEX_KIND_DURATION;
                                e->type = TIMEX_DURATION;
                                e->amount = 1000;
                                return true;
                        }
                        if (!past)
                                e->flags |= TIMEX_FLAG_FROM_REF; /* "the previous year" */
                }
                e->offset = -1;
                return true;
        case TIMEX_DEICTIC_NEXT:
                if (p->the && scan_word_is(s, dword, "next"))
                        e->flags |= TIMEX_FLAG_FROM_REF;
                e->offset = 1;
                return true;
        case TIMEX_DEICTIC_THIS:
                return !p->the || scan_word_is(s, dword, "current");
        case TIMEX_DEICTIC_THAT:
                e->flags |= TIMEX_FLAG_FROM_REF;
                return !p->the;
        case TIMEX_DEICTIC_FOLLOWING:
                e->flags |= TIMEX_FLAG_FROM_REF;
                e->offset = 1;
                return p->the;
        case TIMEX_DEICTIC_SAME:
                e->flags |= TIMEX_FLAG_FROM_REF;
                return p->the || scan_word_is(s, dword, "that"); /* "the same day", "that same day" */
        case TIMEX_DEICTIC_LATEST:
                e->flags |= TIMEX_FLAG_LATEST;
                return p->the;
        default:
                return false;
        }
}

/* "this year's third quarter": the quarter of a relative year; "last year's
 * quarter": the quarter under report, a year back; returns the end. */
static size_t year_quarter(const Scan *s, size_t k, TimexExpr *e)
{
        if (scan_word_is(s, k, "'s") && attached_at(s, k) &&
            (scan_word_is(s, k + 1, "quarter") || scan_word_is(s, k + 1, "period"))) {
                e->unit = TIMEX_UNIT_QUARTER;
                e->flags |= TIMEX_FLAG_LATEST;
                e->offset = (int16_t) (e->offset * 4);
                return k + 2;
        }
        int o = scan_ordinal_at(s, k + 1);
        TimexUnit unit;
        bool plural;
        if (!scan_word_is(s, k, "'s") || !attached_at(s, k) || o < 1 || o > 4 ||
            !scan_unit_at(s, k + 2, &unit, &plural) || plural)
                return k;
        if (unit == TIMEX_UNIT_QUARTER)
                e->quarter = (uint8_t) o;
        else if (unit == TIMEX_UNIT_HALF && o <= 2)
                e->half = (uint8_t) o;
        else
                return k;
        e->kind = TIMEX_KIND_CALENDAR;
        e->flags |= TIMEX_FLAG_YEAR_OFFSET;
        return k + 3;
}

static size_t duration_done(TimexUnit unit, int32_t amount, size_t end, TimexExpr *e);

/* "the same period last year", "the corresponding quarter a year earlier": in a
 * report, the quarter under report a year back; returns the end, 0 if none. */
static size_t same_period_year_ago(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (!p->the || p->position || !(scan_word_is(s, j, "same") || scan_word_is(s, j, "corresponding") ||
                                         scan_word_is(s, j, "comparable")))
                return 0;
        if (!scan_word_is(s, j + 1, "period") && !scan_word_is(s, j + 1, "quarter"))
                return 0;
        size_t k = j + 2, end = 0;
        if (scan_word_is(s, k, "last") && scan_word_is(s, k + 1, "year"))
                end = k + 2;
        else if (scan_word_is(s, k, "a") && scan_word_is(s, k + 1, "year") && cls_at(s, k + 2) == TIMEX_CLASS_AGO)
                end = k + 3;
        else if (scan_word_is(s, k, "a") && scan_word_is(s, k + 1, "year") && scan_word_is(s, k + 2, "earlier"))
                end = k + 3;
        if (!end)
                return 0;
        e->kind = TIMEX_KIND_RELATIVE;
        e->unit = TIMEX_UNIT_QUARTER;
        e->flags |= TIMEX_FLAG_LATEST;
        if (scan_word_is(s, j + 1, "period"))
                e->flags |= TIMEX_FLAG_PERIOD;
        e->offset = -4;
        return end;
}

/* "Person of the Year", "Coach of the Year": an award's name. */
static bool award_year(const Scan *s, size_t k)
{
        return k >= 3 && capital_at(s, k) && scan_word_is(s, k - 1, "the") && scan_word_is(s, k - 2, "of") &&
               capital_at(s, k - 3) && s->w[k - 3].shape == TIMEX_SHAPE_WORD;
}

/* "last month", "this year", "earlier this month", "the following week", "the end of
 * the year", "the past year" (a duration), "last night" */
size_t timex_head_unit(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (p->approx || p->first)
                return 0;
        uint8_t deictic;
        size_t k = scan_deixis(s, j, &deictic);
        if (cls_at(s, k) == TIMEX_CLASS_PART && s->w[k].val > 0)
                return part_head(s, p, deictic, k, e);
        size_t same = same_period_year_ago(s, p, j, e);
        if (same)
                return same;
        /* "the current fiscal year", "the full year" */
        if (scan_word_is(s, k, "fiscal") || (p->the && deictic == 0 && scan_word_is(s, k, "full")))
                k++;
        if (scan_year_at(s, k + 1))
                return 0; /* "the fiscal year 2013 budget": the year names it, from "fiscal" on */
        TimexUnit unit;
        bool plural;
        if (deictic == TIMEX_DEICTIC_LATEST && scan_word_is(s, k, "period")) {
                unit = TIMEX_UNIT_QUARTER;
                plural = false;
        } else if (!scan_unit_at(s, k, &unit, &plural) || plural) {
                return 0;
        }
        if (unit <= TIMEX_UNIT_HOUR || unit == TIMEX_UNIT_HALF || unit == TIMEX_UNIT_FORTNIGHT ||
            unit == TIMEX_UNIT_MILLENNIUM || unit == TIMEX_UNIT_SEASON || title_at(s, k) || award_year(s, k))
                return 0; /* title_at: ABC's "This Week" */
        if (scan_hyphen_at(s, k + 1))
                return 0; /* "the year-ago quarter", "this year-end" */
        e->kind = TIMEX_KIND_RELATIVE;
        e->unit = (uint8_t) unit;
        if (!unit_offset(s, p, deictic, j, e))
                return 0;
        /* "the quarter a year ago": the year-ago quarter */
        if (unit == TIMEX_UNIT_QUARTER && deictic == 0 && (e->flags & TIMEX_FLAG_LATEST) &&
            scan_word_is(s, k + 1, "a") && scan_word_is(s, k + 2, "year") &&
            (scan_word_is(s, k + 3, "ago") || scan_word_is(s, k + 3, "earlier"))) {
                e->offset = -4;
                return k + 4;
        }
        /* "the week of March 6": the week that holds the date */
        if (unit == TIMEX_UNIT_WEEK && deictic == 0 && p->the && !p->position && scan_word_is(s, k + 1, "of")) {
                size_t end = timex_month_day_at(s, k + 2, e);
                if (end) {
                        e->kind = TIMEX_KIND_RELATIVE;
                        e->unit = TIMEX_UNIT_WEEK;
                        e->flags &= (uint8_t) ~(TIMEX_FLAG_LATEST | TIMEX_FLAG_VAGUE);
                        return end;
                }
        }
        /* "the last year of the war", "the first week of": a part of something else */
        if (deictic == TIMEX_DEICTIC_LAST && scan_word_is(s, j, "last") && scan_word_is(s, k + 1, "of") &&
            (p->the || (p->start > 0 && scan_word_is(s, p->start - 1, "the"))))
                return 0;
        /* "the year of the iPhone", "the week when ..." name no date */
        /* but "a high for the year of $42.875": the amount is no name */
        bool of_amount = scan_word_is(s, k + 1, "of") && !shape_at(s, k + 2, TIMEX_SHAPE_WORD);
        if (deictic == 0 && !p->inner_the && !of_amount &&
            (scan_word_is(s, k + 1, "of") || scan_word_is(s, k + 1, "in") || scan_word_is(s, k + 1, "when") ||
             scan_word_is(s, k + 1, "that") || scan_word_is(s, k + 1, "before") || scan_word_is(s, k + 1, "after")))
                return 0;
        /* a day is only placed against another date: "the next day", "that day" */
        if (unit == TIMEX_UNIT_DAY && e->kind == TIMEX_KIND_RELATIVE && !(e->flags & TIMEX_FLAG_FROM_REF))
                return 0;
        if (e->kind == TIMEX_KIND_DURATION && unit == TIMEX_UNIT_WEEKEND)
                return 0;
        if (unit == TIMEX_UNIT_YEAR && deictic == 0 && e->kind == TIMEX_KIND_RELATIVE &&
            (scan_word_is(s, k + 1, "ended") || scan_word_is(s, k + 1, "ending")))
                return duration_done(TIMEX_UNIT_YEAR, 1000, k + 1, e); /* "the year ended Sept. 30" */
        if (unit == TIMEX_UNIT_QUARTER && deictic == 0 && (e->flags & TIMEX_FLAG_LATEST) &&
            (scan_word_is(s, k + 1, "ended") || scan_word_is(s, k + 1, "ending")) &&
            cls_at(s, k + 2) == TIMEX_CLASS_MONTH && capital_at(s, k + 2)) {
                /* "the quarter ended July 31": the calendar quarter holding most of its
                 * three months (May to July: the second); the date is its own expression */
                timex_expr_init(e);
                e->kind = TIMEX_KIND_CALENDAR;
                e->quarter = (uint8_t) ((s->w[k + 2].val + 10) % 12 / 3 + 1);
                e->flags |= TIMEX_FLAG_NO_YEAR;
                return k + 1;
        }
        if (unit == TIMEX_UNIT_YEAR && !p->the && e->kind == TIMEX_KIND_RELATIVE)
                return year_quarter(s, k + 1, e);
        return k + 1;
}

/* Relative units a count of which can be placed: "a decade ago" is ten years back. */
static void relative_unit(TimexUnit unit, int32_t count, TimexExpr *e)
{
        switch (unit) {
        case TIMEX_UNIT_DECADE:
                e->unit = TIMEX_UNIT_YEAR, count *= 10;
                break;
        case TIMEX_UNIT_CENTURY:
                e->unit = TIMEX_UNIT_YEAR, count *= 100;
                break;
        case TIMEX_UNIT_FORTNIGHT:
                e->unit = TIMEX_UNIT_WEEK, count *= 2;
                break;
        case TIMEX_UNIT_WEEKEND:
                e->unit = TIMEX_UNIT_WEEK;
                break;
        case TIMEX_UNIT_SECOND:
        case TIMEX_UNIT_MINUTE:
        case TIMEX_UNIT_HOUR:
                e->unit = TIMEX_UNIT_DAY, count = 0;
                break;
        default:
                e->unit = (uint8_t) unit;
                break;
        }
        e->offset = (int16_t) CLAMP(count, -9999, 9999);
}

/* After "<amount> <unit>": "ago", "hence", "from now", "earlier", "later". */
static size_t placement_after(const Scan *s, const Prefix *p, size_t k, int *ret_sign, bool *ret_from_ref)
{
        *ret_from_ref = false;
        if (scan_word_is(s, k, "or") && scan_word_is(s, k + 1, "so") && cls_at(s, k + 2) == TIMEX_CLASS_AGO)
                k += 2; /* "a week or so ago" */
        if (cls_at(s, k) == TIMEX_CLASS_AGO) {
                *ret_sign = s->w[k].val;
                return k + 1;
        }
        if (scan_word_is(s, k, "from") && scan_word_is(s, k + 1, "now")) {
                *ret_sign = 1;
                return k + 2;
        }
        if (cls_at(s, k) == TIMEX_CLASS_POSITION && !p->the &&
            (s->w[k].val == TIMEX_POSITION_EARLIER || s->w[k].val == TIMEX_POSITION_LATER)) {
                *ret_sign = s->w[k].val == TIMEX_POSITION_EARLIER ? -1 : 1;
                *ret_from_ref = true;
                return k + 1;
        }
        return 0;
}

static size_t place_amount(int32_t amount, TimexUnit unit, int sign, bool from_ref, size_t end,
                           TimexExpr *e)
{
        if (amount == TIMEX_AMOUNT_VAGUE) {
                e->kind = TIMEX_KIND_REF;
                e->ref = sign < 0 ? TIMEX_REF_PAST : TIMEX_REF_FUTURE;
                e->unit = (uint8_t) unit; /* for the glue, should "later" turn out to tell a span */
                e->amount = amount;
                e->flags |= TIMEX_FLAG_AGO;
                return end;
        }
        e->kind = TIMEX_KIND_RELATIVE;
        /* "three days later", "a year later" follow the story; "a year earlier" in a
         * report compares with the report's own period, so it stays on the anchor */
        if (from_ref && (sign > 0 || unit <= TIMEX_UNIT_FORTNIGHT))
                e->flags |= TIMEX_FLAG_FROM_REF;
        e->flags |= TIMEX_FLAG_AGO;
        relative_unit(unit, sign * ((amount + 500) / 1000), e);
        return end;
}

static bool determiner_at(const Scan *s, size_t i)
{
        static const char *const words[] = {
                "the", "a", "an", "its", "their", "his", "her", "our", "all", "those", "these", "this", "that",
        };
        return scan_word_in(s, i, words, G_N_ELEMENTS(words));
}

/* Counted things: "three quarters of", "a second round". */
static bool amount_unit_ok(const Scan *s, size_t amount_word, size_t u, TimexUnit unit, bool plural,
                           int32_t amount)
{
        if (unit == TIMEX_UNIT_HALF || unit == TIMEX_UNIT_SEASON)
                return false;
        if (unit == TIMEX_UNIT_QUARTER && scan_word_is(s, u + 1, "of") &&
            (plural ? determiner_at(s, u + 2) : !scan_year_at(s, u + 2)))
                return false; /* "three quarters of the vote", "a quarter of Kazakhs"; not "two quarters of losses" */
        if (unit == TIMEX_UNIT_QUARTER && scan_hyphen_at(s, u + 1))
                return false; /* "a quarter-century", "a quarter-of-a-million" */
        if (unit == TIMEX_UNIT_SECOND && !plural &&
            ((cls_at(s, amount_word) != TIMEX_CLASS_NUMBER && !shape_at(s, amount_word, TIMEX_SHAPE_NUMBER)) ||
             cls_at(s, u + 1) == TIMEX_CLASS_UNIT))
                return false; /* "a second round", "the 1988 second quarter" */
        if (amount == TIMEX_AMOUNT_VAGUE && !plural)
                return false;
        return true;
}

/* A number or an amount word: what a rate counts. */
static bool counted_at(const Scan *s, size_t i)
{
        return shape_at(s, i, TIMEX_SHAPE_NUMBER) || cls_at(s, i) == TIMEX_CLASS_NUMBER ||
               cls_at(s, i) == TIMEX_CLASS_MULTIPLIER || scan_word_is(s, i, "million") ||
               scan_word_is(s, i, "billion");
}

/* "once a year", "$5 a day": a set or a rate, not a duration. */
static bool rate_before(const Scan *s, size_t i, size_t amount_word)
{
        if (!scan_word_is(s, amount_word, "a") && !scan_word_is(s, amount_word, "an"))
                return false;
        if (i == 0)
                return false;
        return scan_word_is(s, i - 1, "once") || scan_word_is(s, i - 1, "twice") ||
               scan_word_is(s, i - 1, "times") || counted_at(s, i - 1) ||
               (i >= 2 && counted_at(s, i - 2) && shape_at(s, i - 1, TIMEX_SHAPE_WORD) &&
                cls_at(s, i - 1) != TIMEX_CLASS_UNIT); /* "four flights a week" */
}

/* "twice a year", "three times a week": a recurrence rather than a rate. */
static bool recurrence_before(const Scan *s, size_t i)
{
        return i > 0 && (scan_word_is(s, i - 1, "once") || scan_word_is(s, i - 1, "twice") ||
                         scan_word_is(s, i - 1, "times"));
}

/* "60 Minutes", "48 Hours": a capital unit after a lower-case amount names a show or a book. */
static bool amount_unit_named(const Scan *s, size_t amount_word, size_t u)
{
        return !capital_at(s, u) || capital_at(s, amount_word);
}

/* "a minute and a half", "two years and a half": half a unit more; returns the end. */
static size_t and_a_half(const Scan *s, size_t end, int32_t *amount)
{
        if (*amount == TIMEX_AMOUNT_VAGUE || *amount % 1000 != 0 || !scan_word_is(s, end, "and") ||
            !(scan_word_is(s, end + 1, "a") || scan_word_is(s, end + 1, "one")) || !scan_word_is(s, end + 2, "half"))
                return end;
        *amount += 500;
        return end + 3;
}

/* "two-year", "10-year", "16-hour", "several-year"; not an age ("6-year-old"),
 * which TimeBank leaves unmarked nearly always. */
static size_t compound_unit(const Scan *s, size_t a, size_t amount_word, TimexUnit *ret_unit)
{
        bool plural;
        if (!scan_hyphen_at(s, a) || !scan_unit_at(s, a + 1, ret_unit, &plural) || plural)
                return 0;
        if (scan_word_is(s, amount_word, "a") || scan_word_is(s, amount_word, "an"))
                return 0;
        if (*ret_unit == TIMEX_UNIT_HALF || *ret_unit == TIMEX_UNIT_QUARTER)
                return 0;
        /* "6-year-old", "17-year-olds": ages */
        if ((scan_hyphen_at(s, a + 2) && (scan_word_is(s, a + 3, "old") || scan_word_is(s, a + 3, "olds"))) ||
            scan_word_is(s, a + 2, "old"))
                return 0;
        return a + 2;
}

/* A four-digit number without a thousands comma that could be a year. */
static bool year_number(const Scan *s, size_t i)
{
        return shape_at(s, i, TIMEX_SHAPE_NUMBER) && s->w[i].width == 4 &&
               !(s->w[i].flags & TIMEX_WORD_GROUPED) && s->w[i].num >= 1000 && s->w[i].num <= 2100;
}

/* An amount and a range's second amount: "two to three", "two or three". */
static size_t amount_range(const Scan *s, size_t k, int32_t *ret_amount)
{
        size_t a = scan_amount(s, k, ret_amount);
        if (!a)
                return 0;
        int32_t other;
        if ((scan_word_is(s, a, "to") || scan_word_is(s, a, "or") || scan_hyphen_at(s, a)) &&
            scan_amount(s, a + 1, &other) && !scan_word_is(s, a + 1, "a") && !scan_word_is(s, a + 1, "an")) {
                if (other != TIMEX_AMOUNT_VAGUE && *ret_amount != TIMEX_AMOUNT_VAGUE && other <= *ret_amount)
                        return 0; /* "a 3-0 weekend defeat": a score, not a range */
                a = scan_amount(s, a + 1, &other);
        }
        if (scan_word_is(s, a, "more") || scan_word_is(s, a, "additional") || scan_word_is(s, a, "extra") ||
            scan_word_is(s, a, "straight") || scan_word_is(s, a, "consecutive") ||
            scan_word_is(s, a, "full"))
                a++;
        return a;
}

/* "1 minute 7 seconds", "6 hours 18 minutes 48.637 seconds": one duration, as a
 * race's time is written; the amount goes down to the last unit. Returns the end. */
static size_t clock_parts(const Scan *s, size_t end, TimexUnit *unit, int32_t *amount, TimexExpr *e)
{
        while ((*unit == TIMEX_UNIT_HOUR || *unit == TIMEX_UNIT_MINUTE) && *amount != TIMEX_AMOUNT_VAGUE &&
               *amount % 1000 == 0) {
                size_t k = scan_word_is(s, end, "and") ? end + 1 : end;
                int32_t more;
                TimexUnit next;
                bool plural;
                size_t a = shape_at(s, k, TIMEX_SHAPE_NUMBER) ? scan_amount(s, k, &more) : 0;
                if (!a || !scan_unit_at(s, a, &next, &plural) || next != *unit - 1 || more >= 60000 ||
                    *amount > 30000000)
                        break;
                *amount = *amount * 60 + more;
                *unit = next;
                e->flags |= TIMEX_FLAG_CLOCK_PARTS;
                end = a + 1;
        }
        return end;
}

static size_t duration_done(TimexUnit unit, int32_t amount, size_t end, TimexExpr *e)
{
        e->type = TIMEX_DURATION;
        e->kind = TIMEX_KIND_DURATION;
        e->unit = (uint8_t) unit;
        e->amount = amount;
        return end;
}

/* "three years", "the past three months", "nearly four years ago", "a year earlier",
 * "two-year", "the first nine months", "at least 72 hours" */
size_t timex_head_amount(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (p->position)
                return 0;
        /* "Islam will one day be ...": "one day" is "some day", FUTURE_REF */
        if (prefix_empty(p) && j > 0 && scan_word_is(s, j, "one") && scan_word_is(s, j + 1, "day") &&
            (scan_word_is(s, j - 1, "will") || scan_word_is(s, j - 1, "would") || scan_word_is(s, j - 1, "could") ||
             scan_word_is(s, j - 1, "may") || scan_word_is(s, j - 1, "might") || scan_word_is(s, j - 1, "can"))) {
                e->kind = TIMEX_KIND_REF;
                e->ref = TIMEX_REF_FUTURE;
                return j + 2;
        }
        uint8_t deictic;
        size_t k = scan_deixis(s, j, &deictic);
        if (deictic != 0 && deictic != TIMEX_DEICTIC_LAST && deictic != TIMEX_DEICTIC_NEXT &&
            deictic != TIMEX_DEICTIC_FOLLOWING && deictic != TIMEX_DEICTIC_LATEST)
                return 0;
        if (deictic == TIMEX_DEICTIC_FOLLOWING && !p->the)
                return 0;
        int32_t amount;
        size_t a = amount_range(s, k, &amount);
        if (!a || amount == 0)
                return 0;
        TimexUnit unit;
        bool plural;
        size_t end = compound_unit(s, a, k, &unit);
        if (year_number(s, k) && (end ? unit == TIMEX_UNIT_YEAR
                                      : scan_unit_at(s, a, &unit, &plural) && unit == TIMEX_UNIT_YEAR && !plural))
                return 0; /* "1996 full-year profit", "the 1997 year": a year, not 1996 of them */
        if (end && p->the)
                return 0; /* "the 10-year bond": the article is the noun's, the extent "10-year" */
        if (end)
                return duration_done(unit, amount, end, e);
        if ((scan_word_is(s, a, "trading") || scan_word_is(s, a, "business") || scan_word_is(s, a, "working")) &&
            scan_unit_at(s, a + 1, &unit, &plural) && (unit == TIMEX_UNIT_DAY || unit == TIMEX_UNIT_WEEK))
                a++; /* "eight trading days", "five business days" */
        if (!scan_unit_at(s, a, &unit, &plural) || !amount_unit_ok(s, k, a, unit, plural, amount) ||
            !amount_unit_named(s, k, a))
                return 0;
        end = a + 1;
        int sign;
        bool from_ref;
        size_t placed = placement_after(s, p, end, &sign, &from_ref);
        /* "three days later", "an hour earlier": TimeBank marks the duration and leaves
         * "later" a signal; "a year earlier" in a report is a date, as is "a week ago" */
        if (placed && from_ref && unit <= TIMEX_UNIT_WEEK && deictic == 0 && !p->the)
                return duration_done(unit, amount, end, e);
        if (placed && deictic == 0 && !p->first && !p->the)
                return place_amount(amount, unit, sign, from_ref, placed, e);
        if (scan_hyphen_at(s, end) && (scan_word_is(s, end + 1, "earlier") || scan_word_is(s, end + 1, "ago")))
                return 0; /* "a year-earlier loss": the adjective is the expression */
        if (scan_word_is(s, end, "old") || (scan_word_is(s, end, "of") && scan_word_is(s, end + 1, "age")))
                return 0; /* an age, which TimeBank leaves unmarked like "6-year-old" */
        end = and_a_half(s, end, &amount);
        end = clock_parts(s, end, &unit, &amount, e);
        if (rate_before(s, p->start, k) && prefix_empty(p) && deictic == 0) {
                if (!recurrence_before(s, p->start))
                        return 0; /* "$5 a day", "700 seats a week": a rate, not a time */
                e->type = TIMEX_SET;
                e->kind = TIMEX_KIND_SET;
                e->unit = (uint8_t) unit;
                e->amount = 1000;
                return end;
        }
        return duration_done(unit, amount, end, e);
}

/* "the first time in years", "the lowest level in decades": a span reaching back */
static bool record_in(const Scan *s, size_t i)
{
        if (i < 2 || !scan_word_is(s, i - 1, "in"))
                return false;
        const TimexWord *w = &s->w[i - 2];
        size_t len = w->end - w->start;
        return scan_word_is(s, i - 2, "time") || scan_word_is(s, i - 2, "level") ||
               scan_word_is(s, i - 2, "worst") || scan_word_is(s, i - 2, "best") ||
               (w->shape == TIMEX_SHAPE_WORD && len > 4 && !scan_word_is(s, i - 2, "interest") &&
                g_ascii_strncasecmp(s->text + w->end - 3, "est", 3) == 0);
}

/* "recent years", "the coming weeks", "for years", "decades-long", "the weeks ahead" */
size_t timex_head_vague(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (p->approx || p->position || p->first)
                return 0;
        uint8_t deictic = 0;
        size_t k = j;
        bool recent = scan_word_is(s, k, "recent");
        bool future = scan_word_is(s, k, "future");
        if (recent || future)
                k++;
        else
                k = scan_deixis(s, k, &deictic);
        TimexUnit unit;
        bool plural;
        /* "coming quarters", "future quarters": TimeBank gives reporting periods
         * ahead as FUTURE_REF */
        if (scan_unit_at(s, k, &unit, &plural) && unit == TIMEX_UNIT_QUARTER && plural && !p->the &&
            (future || deictic == TIMEX_DEICTIC_NEXT) && k == j + 1) {
                e->kind = TIMEX_KIND_REF;
                e->ref = TIMEX_REF_FUTURE;
                return k + 1;
        }
        if (future)
                return 0;
        if (!scan_unit_at(s, k, &unit, &plural) || unit == TIMEX_UNIT_QUARTER || unit == TIMEX_UNIT_HALF ||
            unit == TIMEX_UNIT_SECOND)
                return 0;
        size_t end = k + 1;
        /* "day-long", "decades-long" */
        if (k == j && !p->the && scan_hyphen_at(s, end) && scan_word_is(s, end + 1, "long"))
                return duration_done(unit, plural ? TIMEX_AMOUNT_VAGUE : 1000, end + 2, e);
        if (!plural)
                return 0;
        bool ok = recent || deictic == TIMEX_DEICTIC_NEXT || deictic == TIMEX_DEICTIC_LAST;
        if (!ok && deictic == 0 && p->the && scan_word_is(s, end, "ahead")) {
                ok = true;
                end++;
        }
        if (!ok && deictic == 0 && !p->the && p->start > 0 &&
            (scan_word_is(s, p->start - 1, "for") || scan_word_is(s, p->start - 1, "within")))
                ok = !scan_word_is(s, end, "of"); /* "for years", "within weeks" */
        if (!ok && deictic == 0 && !p->the && record_in(s, p->start))
                ok = true;
        if (!ok)
                return 0;
        return duration_done(unit, TIMEX_AMOUNT_VAGUE, end, e);
}

static size_t each_target(const Scan *s, size_t m, int32_t amount, TimexExpr *e)
{
        TimexUnit unit;
        bool plural;
        const TimexWord *w = m < s->n ? &s->w[m] : NULL;
        if (!w)
                return 0;
        e->type = TIMEX_SET;
        e->kind = TIMEX_KIND_SET;
        e->amount = amount;
        if (scan_unit_at(s, m, &unit, &plural) && unit != TIMEX_UNIT_HALF) {
                e->unit = (uint8_t) unit;
                return m + 1;
        }
        if (w->cls == TIMEX_CLASS_WEEKDAY && w->val > 0 && (w->flags & TIMEX_WORD_CAPITAL)) {
                e->weekday = (uint8_t) w->val;
                if (cls_at(s, m + 1) == TIMEX_CLASS_PART && s->w[m + 1].val > 0) {
                        e->part = (uint8_t) s->w[m + 1].val;
                        return m + 2;
                }
                return m + 1;
        }
        if (w->cls == TIMEX_CLASS_MONTH && (w->flags & TIMEX_WORD_CAPITAL)) {
                e->month = (uint8_t) w->val;
                return m + 1;
        }
        if (w->cls == TIMEX_CLASS_PART && w->val > 0) {
                e->part = (uint8_t) w->val;
                return m + 1;
        }
        if (w->cls == TIMEX_CLASS_SEASON) {
                e->season = (uint8_t) w->val;
                return m + 1;
        }
        return 0;
}

/* An amount or "average" just before a set word makes it a rate, as "$5 a day". */
static bool rate_word_before(const Scan *s, size_t j)
{
        if (j == 0)
                return false;
        if (scan_word_is(s, j - 1, "average") || scan_punct_is(s, j - 1, '%') || scan_word_is(s, j - 1, "percent") ||
            counted_at(s, j - 1))
                return true;
        return j >= 2 && counted_at(s, j - 2) && shape_at(s, j - 1, TIMEX_SHAPE_WORD) &&
               cls_at(s, j - 1) != TIMEX_CLASS_UNIT;
}

/* "every Tuesday", "each July", "every two weeks", "daily", "twice a year" */
size_t timex_head_set(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (!prefix_empty(p))
                return 0;
        const TimexWord *w = &s->w[j];
        if (w->cls == TIMEX_CLASS_SETWORD && w->val > 0) {
                /* "the Daily Telegraph"; "quarterly dividend" is no recurrence of a time */
                if ((w->flags & TIMEX_WORD_CAPITAL) && (capital_at(s, j + 1) || title_at(s, j)))
                        return 0; /* "the China Daily newspaper" too */
                if (!(w->flags & TIMEX_WORD_CAPITAL) && j > 0 && s->w[j - 1].shape == TIMEX_SHAPE_WORD &&
                    (capital_at(s, j - 1) || scan_word_is(s, j - 1, "the")) && capital_at(s, j + 1) &&
                    s->w[j + 1].shape == TIMEX_SHAPE_WORD)
                        return 0; /* "the Party daily Granma", "the weekly Le Canard": a newspaper */
                if (w->val == TIMEX_UNIT_QUARTER && shape_at(s, j + 1, TIMEX_SHAPE_WORD))
                        return 0;
                if (rate_word_before(s, j))
                        return 0; /* "rise 8% annually", "10,000 units annually", "average daily volume" */
                e->type = TIMEX_SET;
                e->kind = TIMEX_KIND_SET;
                e->unit = (uint8_t) w->val;
                e->amount = 1000;
                return j + 1;
        }
        size_t m = j + 1;
        if (scan_word_is(s, j, "per") && rate_word_before(s, j))
                return 0; /* "15 million instructions per second" */
        if (w->cls == TIMEX_CLASS_EACH) {
                int32_t amount = 1000;
                if (scan_word_is(s, m, "other")) {
                        amount = 2000;
                        m++;
                } else if (!scan_word_is(s, m, "a") && !scan_word_is(s, m, "an")) {
                        size_t a = scan_amount(s, m, &amount);
                        if (a && amount != TIMEX_AMOUNT_VAGUE)
                                m = a;
                        else
                                amount = 1000;
                }
                return each_target(s, m, amount, e);
        }
        if ((scan_word_is(s, j, "once") || scan_word_is(s, j, "twice")) &&
            (scan_word_is(s, m, "a") || scan_word_is(s, m, "per") || scan_word_is(s, m, "every"))) {
                TimexUnit unit;
                bool plural;
                if (!scan_unit_at(s, m + 1, &unit, &plural) || plural)
                        return 0;
                e->type = TIMEX_SET;
                e->kind = TIMEX_KIND_SET;
                e->unit = (uint8_t) unit;
                e->amount = 1000;
                return m + 2;
        }
        return 0;
}

/* The words that keep "the past" from being PAST_REF: "the past three months". */
static bool past_continues(const Scan *s, size_t k)
{
        int32_t amount;
        uint8_t c = cls_at(s, k);
        return scan_amount(s, k, &amount) != 0 || c == TIMEX_CLASS_UNIT || c == TIMEX_CLASS_MONTH ||
               c == TIMEX_CLASS_WEEKDAY || c == TIMEX_CLASS_SEASON || c == TIMEX_CLASS_PART ||
               shape_at(s, k, TIMEX_SHAPE_NUMBER) || scan_word_is(s, k, "few") ||
               scan_word_is(s, k, "several");
}

/* "the current climate" is PRESENT_REF; "the current year" and "current
 * account" are not. */
static bool current_alone(const Scan *s, size_t k)
{
        static const char *const compounds[] = {
                "account", "accounts", "events", "affairs", "president", "chairman", "members",
                "owner", "owners", "holder", "holders", "prices", "price", "dollars",
        };
        if (cls_at(s, k) == TIMEX_CLASS_UNIT || scan_word_is(s, k, "fiscal") || !shape_at(s, k, TIMEX_SHAPE_WORD))
                return false;
        return !scan_word_in(s, k, compounds, G_N_ELEMENTS(compounds));
}

/* "may soon seek", "to soon grow", "it soon will begin": TimeBank marks "soon" with
 * a modal beside it (FUTURE_REF), not in "soon after" or "as soon as". */
static bool soon_ahead(const Scan *s, size_t j)
{
        static const char *const modals[] = { "will", "may", "might", "could", "should", "can", "to" };
        return (j > 0 && scan_word_in(s, j - 1, modals, G_N_ELEMENTS(modals))) || scan_word_is(s, j + 1, "will");
}

static size_t ref_done(TimexRef ref, size_t end, TimexExpr *e)
{
        e->kind = TIMEX_KIND_REF;
        e->ref = (uint8_t) ref;
        return end;
}

/* "now", "currently", "recently", "the past", "the future", "the near future", "at present" */
size_t timex_head_ref(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (p->approx || p->position || p->first)
                return 0;
        const TimexWord *w = &s->w[j];
        if (scan_word_is(s, j, "current") && !p->the && current_alone(s, j + 1))
                return ref_done(TIMEX_REF_PRESENT, j + 1, e);
        /* "at the then current price": the present of a past time */
        if (!p->the && scan_word_is(s, j, "then") && scan_word_is(s, j + 1, "current") && current_alone(s, j + 2))
                return ref_done(TIMEX_REF_PAST, j + 2, e);
        if (w->cls == TIMEX_CLASS_REF && w->val > 0) {
                if (p->the)
                        return 0;
                if (scan_word_is(s, j, "soon") && j > 0 && scan_word_is(s, j - 1, "as"))
                        return 0;
                /* "most recently last October": the date that follows is the time */
                if (scan_word_is(s, j, "recently") && j > 0 && scan_word_is(s, j - 1, "most") &&
                    cls_at(s, j + 1) != TIMEX_CLASS_NONE && cls_at(s, j + 1) != TIMEX_CLASS_OTHER &&
                    cls_at(s, j + 1) != TIMEX_CLASS_COUNTED)
                        return 0;
                /* "Now, he says ...", "Currently, organs are rationed ...": a sentence
                 * opener set off by a comma, which TimeBank leaves unmarked */
                if ((w->flags & TIMEX_WORD_CAPITAL) && scan_punct_is(s, j + 1, ',') &&
                    (scan_word_is(s, j, "now") || scan_word_is(s, j, "currently")))
                        return 0;
                return ref_done((TimexRef) w->val, j + 1, e);
        }
        if (scan_word_is(s, j, "soon") && !p->the && soon_ahead(s, j))
                return ref_done(TIMEX_REF_FUTURE, j + 1, e);
        if (scan_word_is(s, j, "present") && !p->the && j > 0 && scan_word_is(s, j - 1, "at"))
                return ref_done(TIMEX_REF_PRESENT, j + 1, e);
        /* "at a later date", "an earlier date" */
        if ((scan_word_is(s, j, "a") || scan_word_is(s, j, "an")) && scan_word_is(s, j + 2, "date") &&
            !p->the && (scan_word_is(s, j + 1, "later") || scan_word_is(s, j + 1, "future") ||
                        scan_word_is(s, j + 1, "earlier")))
                return ref_done(scan_word_is(s, j + 1, "earlier") ? TIMEX_REF_PAST : TIMEX_REF_FUTURE, j + 3, e);
        if (!p->the)
                return scan_word_is(s, j, "these") && scan_word_is(s, j + 1, "days")
                               ? ref_done(TIMEX_REF_PRESENT, j + 2, e)
                               : 0;
        if (scan_word_is(s, j, "present") && !scan_word_is(s, j + 1, "day"))
                return ref_done(TIMEX_REF_PRESENT, j + 1, e);
        if (scan_word_is(s, j, "past") && !past_continues(s, j + 1))
                return ref_done(TIMEX_REF_PAST, j + 1, e);
        size_t k = j;
        /* "for the foreseeable future" says "indefinitely": TimeBank leaves it out */
        if (scan_word_is(s, k, "foreseeable"))
                return 0;
        if (scan_word_is(s, k, "near") || scan_word_is(s, k, "distant") || scan_word_is(s, k, "immediate"))
                k++;
        /* "the future of the alliance" is its fate, no time */
        if (scan_word_is(s, k, "future") && k == j && scan_word_is(s, k + 1, "of"))
                return 0;
        if (scan_word_is(s, k, "future"))
                return ref_done(TIMEX_REF_FUTURE, k + 1, e);
        if ((scan_word_is(s, j, "near") || scan_word_is(s, j, "short") || scan_word_is(s, j, "long")) &&
            scan_word_is(s, j + 1, "term"))
                return ref_done(TIMEX_REF_FUTURE, j + 2, e);
        return 0;
}

/* Financial reports: "the year-ago quarter", "the year-earlier period", "year-end" */
size_t timex_head_year_ago(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (p->approx || p->position || p->first || !scan_word_is(s, j, "year"))
                return 0;
        e->kind = TIMEX_KIND_RELATIVE;
        if (!p->the && scan_word_is(s, j + 1, "end") && !scan_hyphen_at(s, j + 2)) {
                e->unit = TIMEX_UNIT_YEAR; /* "at year end", as "year-end" */
                return j + 2;
        }
        if (!p->the && scan_word_is(s, j + 1, "'s") && attached_at(s, j + 1) && scan_word_is(s, j + 2, "end")) {
                e->unit = TIMEX_UNIT_YEAR; /* "by year's end" */
                return j + 3;
        }
        if (!scan_hyphen_at(s, j + 1))
                return 0;
        size_t k = j + 2;
        if (scan_word_is(s, k, "end")) {
                e->unit = TIMEX_UNIT_YEAR;
                return k + 1;
        }
        if (!scan_word_is(s, k, "ago") && !scan_word_is(s, k, "earlier"))
                return 0;
        k++;
        int o = scan_ordinal_at(s, k);
        if (o >= 1 && o <= 4 && scan_word_is(s, k + 1, "quarter")) {
                e->kind = TIMEX_KIND_CALENDAR;
                e->quarter = (uint8_t) o;
                e->flags |= TIMEX_FLAG_YEAR_OFFSET;
                e->offset = -1;
                return k + 2;
        }
        e->unit = TIMEX_UNIT_QUARTER;
        e->flags |= TIMEX_FLAG_LATEST;
        e->offset = -4;
        if (scan_word_is(s, k, "quarter") || scan_word_is(s, k, "period"))
                k++;
        else if (p->the)
                return 0;
        return k;
}
