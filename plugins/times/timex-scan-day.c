/* Heads for days and clock times: "Friday", "yesterday morning", "10 p.m. Wednesday".
 * SPDX-License-Identifier: MIT */
#include "timex-scan.h"

#include <string.h>

static bool day_of_month_at(const Scan *s, size_t i, int *ret_day)
{
        const TimexWord *w = i < s->n ? &s->w[i] : NULL;
        if (!w || (w->shape != TIMEX_SHAPE_NUMBER && w->shape != TIMEX_SHAPE_ORDINAL) ||
            w->width > 2 || (w->flags & TIMEX_WORD_GROUPED) || w->num < 1 || w->num > 31)
                return false;
        *ret_day = w->num;
        return true;
}

size_t timex_month_day_at(const Scan *s, size_t j, TimexExpr *e)
{
        int day;
        if (cls_at(s, j) != TIMEX_CLASS_MONTH || !capital_at(s, j) || !day_of_month_at(s, j + 1, &day))
                return 0;
        e->kind = TIMEX_KIND_CALENDAR;
        e->month = (uint8_t) s->w[j].val;
        e->day = (uint8_t) day;
        size_t end = j + 2, k = end;
        if (scan_punct_is(s, k, ','))
                k++;
        if (scan_year_at(s, k)) {
                e->year = (int16_t) s->w[k].num;
                end = k + 1;
        } else {
                e->flags |= TIMEX_FLAG_NO_YEAR;
        }
        return end;
}

static uint8_t weekday_deixis(uint8_t deictic)
{
        switch (deictic) {
        case TIMEX_DEICTIC_LAST:
                return TIMEX_DEIXIS_LAST;
        case TIMEX_DEICTIC_NEXT:
        case TIMEX_DEICTIC_FOLLOWING:
                return TIMEX_DEIXIS_NEXT;
        case TIMEX_DEICTIC_THIS:
                return TIMEX_DEIXIS_THIS;
        default:
                return TIMEX_DEIXIS_NONE;
        }
}

/* A part of the day after a day word: "Friday morning", "yesterday afternoon". */
static size_t part_after(const Scan *s, size_t i, TimexExpr *e)
{
        if (cls_at(s, i) != TIMEX_CLASS_PART || s->w[i].val < 0)
                return i;
        e->part = (uint8_t) s->w[i].val;
        e->type = TIMEX_TIME;
        return i + 1;
}

/* After a weekday, TimeBank most often leaves "morning" and "night" out of the
 * value: "Friday night" is the date of that Friday.  The words stay in the span. */
static size_t weekday_part_after(const Scan *s, size_t i, TimexExpr *e)
{
        if (cls_at(s, i) == TIMEX_CLASS_PART &&
            (s->w[i].val == TIMEX_PART_MORNING || s->w[i].val == TIMEX_PART_NIGHT))
                return i + 1;
        return part_after(s, i, e);
}

/* "every Tuesday" is a set, and so are "Tuesdays" and "Tuesday nights". */
static size_t weekday_set(const Scan *s, const Prefix *p, size_t k, TimexExpr *e)
{
        int v = s->w[k].val;
        size_t end = k + 1;
        if (!prefix_empty(p))
                return 0;
        if (v > 0) {
                if (cls_at(s, end) != TIMEX_CLASS_PART || s->w[end].val >= 0)
                        return 0;
                e->part = (uint8_t) -s->w[end].val;
                end++;
        } else if (cls_at(s, end) == TIMEX_CLASS_PART && s->w[end].val < 0) {
                e->part = (uint8_t) -s->w[end].val;
                end++;
        }
        e->type = TIMEX_SET;
        e->kind = TIMEX_KIND_SET;
        e->weekday = (uint8_t) (v > 0 ? v : -v);
        return end;
}

/* "Black Monday", "Super Tuesday", a football club: a name, not a day near the story's date. */
static bool named_day(const Scan *s, size_t k)
{
        static const char *const names[] = { "black", "bloody", "super", "cyber", "blue", "manic", "sheffield" };
        return (k > 0 && capital_at(s, k - 1) && scan_word_in(s, k - 1, names, G_N_ELEMENTS(names))) ||
               scan_word_is(s, k + 1, "league"); /* "Sheffield Wednesday", "a Sunday league century" */
}

/* Whether a line ends between word @i and the word before it: a headline's
 * "until Friday" over the dateline "September 18, 2008" is two expressions. */
static bool line_break_before(const Scan *s, size_t i)
{
        return i > 0 && i < s->n &&
               memchr(s->text + s->w[i - 1].end, '\n', s->w[i].start - s->w[i - 1].end) != NULL;
}

/* "Friday", "last Friday", "Friday morning", "Tuesday, June 4", "late Friday" */
size_t timex_head_weekday(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        uint8_t deictic;
        size_t k = scan_deixis(s, j, &deictic);
        if (p->approx || p->first || p->position_of || cls_at(s, k) != TIMEX_CLASS_WEEKDAY ||
            !capital_at(s, k))
                return 0;
        /* "the following Tuesday", "the previous Friday": after or before the story's date */
        bool from_ref = deictic == TIMEX_DEICTIC_FOLLOWING ||
                        (p->the && (scan_word_is(s, j, "previous") || scan_word_is(s, j, "preceding")));
        if (p->the != from_ref || (deictic == 0 && named_day(s, k)))
                return 0;
        if (deictic != 0 && deictic != TIMEX_DEICTIC_LAST && deictic != TIMEX_DEICTIC_NEXT &&
            deictic != TIMEX_DEICTIC_THIS && deictic != TIMEX_DEICTIC_FOLLOWING)
                return 0;
        if (deictic == 0 && (s->w[k].val < 0 || (cls_at(s, k + 1) == TIMEX_CLASS_PART &&
                                                  s->w[k + 1].val < 0)))
                return weekday_set(s, p, k, e);
        if (s->w[k].val < 0)
                return 0;

        size_t t = scan_punct_is(s, k + 1, ',') ? k + 2 : k + 1;
        size_t end = t == k + 2 || !line_break_before(s, t) ? timex_month_day_at(s, t, e) : 0;
        if (end)
                return end;
        e->kind = TIMEX_KIND_WEEKDAY;
        e->weekday = (uint8_t) s->w[k].val;
        e->deixis = weekday_deixis(deictic);
        if (from_ref)
                e->flags |= TIMEX_FLAG_FROM_REF;
        return weekday_part_after(s, k + 1, e);
}

/* "today's world", "today's youth": the present age in general, which TimeBank
 * leaves unmarked (unlike "today's editions", "today's meeting"). */
static bool generic_today(const Scan *s, size_t j)
{
        static const char *const nouns[] = {
                "world", "youth", "society", "generation", "generations", "young", "children",
                "kids", "teenagers", "families", "culture", "standards", "technology", "economy",
        };
        if (!scan_word_is(s, j, "today") || !scan_word_is(s, j + 1, "'s"))
                return false;
        return scan_word_in(s, j + 2, nouns, G_N_ELEMENTS(nouns));
}

/* "the leaders of tomorrow", "the cars of tomorrow": the coming age in general,
 * not the next day (but "the events of tomorrow's session" is a day). */
static bool generic_tomorrow(const Scan *s, size_t j)
{
        return j > 0 && scan_word_is(s, j, "tomorrow") && scan_word_is(s, j - 1, "of") &&
               !scan_word_is(s, j + 1, "'s");
}

/* "today", "yesterday morning", "late yesterday", "tonight", "overnight" */
size_t timex_head_dayref(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        if (cls_at(s, j) != TIMEX_CLASS_DAYREF || p->approx || p->the || p->first ||
            p->position == TIMEX_POSITION_MID || title_at(s, j) || (j > 0 && scan_word_is(s, j - 1, "USA")))
                return 0; /* title_at: "VOA Today", "USA Today"; and "USA TODAY" in capitals */
        if (generic_today(s, j) || generic_tomorrow(s, j))
                return 0;
        int v = s->w[j].val;
        e->kind = TIMEX_KIND_RELATIVE;
        e->unit = TIMEX_UNIT_DAY;
        if (v >= 10) {
                if (v == 11 && p->position)
                        return 0;
                e->part = TIMEX_PART_NIGHT;
                e->type = TIMEX_TIME;
                return j + 1;
        }
        e->offset = (int16_t) v;
        return part_after(s, j + 1, e);
}

static bool clock_context(const Scan *s, size_t i)
{
        static const char *const before[] = {
                "at", "by", "until", "till", "before", "after", "around", "about", "from", "since",
        };
        return i > 0 && scan_word_in(s, i - 1, before, G_N_ELEMENTS(before));
}

/* The hour and minute of "10", "10:30", "noon"; returns the end, 0 if none. */
static size_t clock_at(const Scan *s, size_t k, TimexExpr *e, bool *ret_needs_ampm)
{
        const TimexWord *w = k < s->n ? &s->w[k] : NULL;
        if (!w)
                return 0;
        *ret_needs_ampm = false;
        if (w->cls == TIMEX_CLASS_CLOCKWORD) {
                e->hour = (int8_t) w->val;
                e->minute = 0;
        } else if (w->shape == TIMEX_SHAPE_CLOCK) {
                if (w->num / 100 > 24 || w->num % 100 > 59)
                        return 0;
                e->hour = (int8_t) (w->num / 100);
                e->minute = (int8_t) (w->num % 100);
        } else if (w->shape == TIMEX_SHAPE_NUMBER && !(w->flags & TIMEX_WORD_GROUPED) && w->width == 4 &&
                   w->num / 100 <= 23 && w->num % 100 <= 59 && cls_at(s, k + 1) == TIMEX_CLASS_ZONE &&
                   capital_at(s, k + 1)) {
                e->hour = (int8_t) (w->num / 100); /* "1700 GMT", as wire services write the hour */
                e->minute = (int8_t) (w->num % 100);
        } else if (w->shape == TIMEX_SHAPE_NUMBER && !(w->flags & TIMEX_WORD_GROUPED) && w->width <= 2 &&
                   w->num >= 1 && w->num <= 12) {
                e->hour = (int8_t) w->num;
                e->minute = 0;
                *ret_needs_ampm = true;
        } else {
                return 0;
        }
        return k + 1;
}

/* "a.m.", "p.m.", "o'clock", "in the morning" after a clock time */
static size_t meridiem_after(const Scan *s, size_t k, TimexExpr *e)
{
        if (cls_at(s, k) == TIMEX_CLASS_AMPM) {
                e->hour = (int8_t) (e->hour % 12 + s->w[k].val);
                return k + 1;
        }
        if (scan_word_is(s, k, "o") && scan_word_is(s, k + 1, "'clock"))
                return k + 2;
        if (scan_word_is(s, k, "in") && scan_word_is(s, k + 1, "the") &&
            cls_at(s, k + 2) == TIMEX_CLASS_PART && s->w[k + 2].val > 0) {
                if (s->w[k + 2].val != TIMEX_PART_MORNING)
                        e->hour = (int8_t) (e->hour % 12 + 12);
                else
                        e->hour = (int8_t) (e->hour % 12);
                return k + 3;
        }
        return k;
}

/* The day a clock time names after it: "Wednesday", "yesterday", "Nov. 9". */
static size_t day_after_clock(const Scan *s, size_t k, TimexExpr *e)
{
        size_t t = scan_punct_is(s, k, ',') ? k + 1 : k;
        if (cls_at(s, t) == TIMEX_CLASS_WEEKDAY && s->w[t].val > 0 && capital_at(s, t)) {
                e->kind = TIMEX_KIND_WEEKDAY;
                e->weekday = (uint8_t) s->w[t].val;
                return t + 1;
        }
        if (cls_at(s, t) == TIMEX_CLASS_DAYREF && s->w[t].val <= 1) {
                e->kind = TIMEX_KIND_RELATIVE;
                e->unit = TIMEX_UNIT_DAY;
                e->offset = s->w[t].val;
                return t + 1;
        }
        /* "5:30 this morning", "11 p.m. last night": the clock time of that day */
        if ((scan_word_is(s, t, "this") || scan_word_is(s, t, "last")) && cls_at(s, t + 1) == TIMEX_CLASS_PART &&
            s->w[t + 1].val > 0 && (scan_word_is(s, t, "this") || s->w[t + 1].val == TIMEX_PART_NIGHT)) {
                e->kind = TIMEX_KIND_RELATIVE;
                e->unit = TIMEX_UNIT_DAY;
                e->offset = scan_word_is(s, t, "last") ? -1 : 0;
                if (e->hour < 12 && (s->w[t + 1].val == TIMEX_PART_AFTERNOON || s->w[t + 1].val == TIMEX_PART_EVENING ||
                                     (s->w[t + 1].val == TIMEX_PART_NIGHT && e->hour >= 6)))
                        e->hour = (int8_t) (e->hour + 12); /* "8 this evening" */
                return t + 2;
        }
        size_t end = timex_month_day_at(s, t, e);
        return end ? end : k;
}

/* Whether words [@first, @end) stand on a line of their own: "3:25 p.m." over
 * a paragraph of a live blog is the time of the update, on the article's day,
 * not a time of the day the story was telling. */
static bool own_line(const Scan *s, size_t first, size_t end)
{
        if (scan_punct_is(s, end, ':')) /* "12:50 p.m.:" */
                end++;
        return (first == 0 || line_break_before(s, first)) && (end >= s->n || line_break_before(s, end));
}

/* "10 p.m.", "10:35 a.m. EST", "around 7:15 p.m.", "noon", "midnight Friday" */
size_t timex_head_time(const Scan *s, const Prefix *p, size_t j, TimexExpr *e)
{
        bool needs_ampm;
        if (p->the || p->first || p->position)
                return 0;
        size_t end = clock_at(s, j, e, &needs_ampm);
        if (!end || (cls_at(s, j) == TIMEX_CLASS_CLOCKWORD && title_at(s, j)))
                return 0;
        if (j > 0 && scan_word_is(s, j - 1, "high") && scan_word_is(s, j, "noon"))
                return 0; /* "high noon comes today": the showdown, not the hour */
        size_t m = meridiem_after(s, end, e);
        bool zone = false;
        if (cls_at(s, m) == TIMEX_CLASS_ZONE && capital_at(s, m)) {
                zone = true;
                m++;
        }
        if (m == end && (needs_ampm || !(zone || clock_context(s, p->start))) &&
            cls_at(s, j) != TIMEX_CLASS_CLOCKWORD)
                return 0;
        e->type = TIMEX_TIME;
        e->kind = TIMEX_KIND_RELATIVE;
        e->unit = TIMEX_UNIT_DAY;
        size_t day_end = day_after_clock(s, m, e);
        if (day_end == m && !own_line(s, p->start, day_end))
                e->flags |= TIMEX_FLAG_FROM_REF; /* "at 10:35 a.m.": on the day the story is telling */
        return day_end;
}
