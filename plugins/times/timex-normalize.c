/* Turning a parsed expression, an anchor date and a direction into a TIMEX3 value.
 * SPDX-License-Identifier: MIT
 *
 * Calendar arithmetic is GDate's (leap years, month lengths, ISO 8601 weeks).
 * Values follow TimeML 1.2 TIMEX3: 2024-06-04, 2024-06, 2024-W23, 2024-Q2,
 * 2024-SU, 199 (a decade), 19 (a century), 2024-06-04TMO, 2024-06-04T22:00,
 * P3Y, PT2H, PXY, XXXX-WXX-2, PRESENT_REF. */
#include "timex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define V_SIZE TIMEX_VALUE_MAX

void timex_context_init(TimexContext *ctx, const GDate *anchor)
{
        ctx->anchor = *anchor;
        ctx->ref = *anchor;
        ctx->ref_unit = TIMEX_UNIT_DAY;
}

static int weekday_of(const GDate *d)
{
        return (int) g_date_get_weekday(d); /* 1 = Monday .. 7 = Sunday */
}

static void shift_days(GDate *d, int days)
{
        if (days > 0)
                g_date_add_days(d, (guint) days);
        else if (days < 0)
                g_date_subtract_days(d, (guint) -days);
}

static void shift_months(GDate *d, int months)
{
        if (months > 0)
                g_date_add_months(d, (guint) months);
        else if (months < 0)
                g_date_subtract_months(d, (guint) -months);
}

static const char *part_code(uint8_t part)
{
        static const char *const codes[] = { "", "MO", "AF", "EV", "NI", "DT" };
        return part < G_N_ELEMENTS(codes) ? codes[part] : "";
}

static const char *season_code(uint8_t season)
{
        static const char *const codes[] = { "", "SP", "SU", "FA", "WI" };
        return season < G_N_ELEMENTS(codes) ? codes[season] : "";
}

/* "T22:00" or "TMO" after a day, when the expression names a time of day. */
static void append_time(const TimexExpr *e, char *v)
{
        size_t len = strlen(v);
        if (e->hour >= 0)
                snprintf(v + len, V_SIZE - len, "T%02d:%02d", e->hour, MAX(e->minute, 0));
        else if (e->part)
                snprintf(v + len, V_SIZE - len, "T%s", part_code(e->part));
}

static void format_day(const GDate *d, const TimexExpr *e, char *v)
{
        snprintf(v, V_SIZE, "%04d-%02d-%02d", g_date_get_year(d), g_date_get_month(d),
                 g_date_get_day(d));
        append_time(e, v);
}

/* ISO 8601 week: its year is the year of the week's Thursday. */
static void format_week(const GDate *d, char *v, bool weekend)
{
        GDate thursday = *d;
        shift_days(&thursday, 4 - weekday_of(d));
        snprintf(v, V_SIZE, "%04d-W%02u%s", g_date_get_year(&thursday),
                 g_date_get_iso8601_week_of_year(d), weekend ? "-WE" : "");
}

/* ---- calendar names --------------------------------------------------- */

/* A season's index: SP, SU, FA of year y, then WI from December of y. */
static int season_index(int year, int season)
{
        return year * 4 + (season - 1);
}

static int season_of_date(const GDate *d, int *ret_year)
{
        int m = g_date_get_month(d), y = g_date_get_year(d);
        if (m <= 2) {
                *ret_year = y - 1;
                return TIMEX_SEASON_WINTER;
        }
        *ret_year = y;
        if (m <= 5)
                return TIMEX_SEASON_SPRING;
        if (m <= 8)
                return TIMEX_SEASON_SUMMER;
        return m <= 11 ? TIMEX_SEASON_FALL : TIMEX_SEASON_WINTER;
}

/* Where a yearless name falls in @year, on a scale linear in its own unit
 * (days count as 1/31 month) so that distances across a new year compare. */
static long calendar_key(const TimexExpr *e, int year)
{
        if (e->day)
                return (long) year * 372 + (e->month - 1) * 31 + e->day;
        if (e->month)
                return (long) year * 12 + e->month - 1;
        if (e->quarter)
                return (long) year * 4 + e->quarter - 1;
        if (e->half)
                return (long) year * 2 + e->half - 1;
        return season_index(year, e->season);
}

static long anchor_key(const TimexExpr *e, const GDate *a)
{
        int y = g_date_get_year(a), m = g_date_get_month(a);
        if (e->day)
                return (long) y * 372 + (m - 1) * 31 + g_date_get_day(a);
        if (e->month)
                return (long) y * 12 + m - 1;
        if (e->quarter)
                return (long) y * 4 + (m - 1) / 3;
        if (e->half)
                return (long) y * 2 + (m - 1) / 6;
        int sy, season = season_of_date(a, &sy);
        return season_index(sy, season);
}

/* A verb's tense misleads when the date it points to is nearly a year away and
 * the other one is close: "extended the offer to Nov. 20" (written Nov. 2) is
 * this month, "In September, it announced plans" (written in October) last month.
 * Limits: for days, far beyond 240 days and near within 100; for months, 11 and 1. */
static bool against_the_cue(const TimexExpr *e, const GDate *anchor, TimexDirection dir)
{
        if (!e->month || e->quarter || e->season)
                return false;
        int ay = g_date_get_year(anchor);
        long now = anchor_key(e, anchor), cued = 0, other = 0;
        for (int y = ay - 2; y <= ay + 1; y++) {
                long key = calendar_key(e, y);
                if ((dir == TIMEX_DIR_PAST ? key <= now : key >= now) &&
                    (cued == 0 || labs(key - now) < labs(cued - now)))
                        cued = key;
                if ((dir == TIMEX_DIR_PAST ? key > now : key < now) &&
                    (other == 0 || labs(key - now) < labs(other - now)))
                        other = key;
        }
        long far = labs(cued - now), near = labs(other - now);
        if (e->day)
                return far * 365 / 372 > 240 && near * 365 / 372 < 100;
        return far >= 11 && near <= 1;
}

/* Whether the quarter or half @e names is the one that ended last before @anchor. */
static bool latest_complete(const TimexExpr *e, const GDate *anchor)
{
        int m = g_date_get_month(anchor) - 1;
        if (e->quarter)
                return e->quarter == (m / 3 + 3) % 4 + 1;
        return e->half == (m / 6 + 1) % 2 + 1;
}

/* The year of "June", "last June", "the third quarter", "this spring". */
static int resolve_year(const TimexExpr *e, const GDate *anchor, TimexDirection dir)
{
        int ay = g_date_get_year(anchor);
        long now = anchor_key(e, anchor);
        int best = ay;
        long best_dist = G_MAXLONG;

        if (e->deixis == TIMEX_DEIXIS_THIS) {
                if (e->season == TIMEX_SEASON_WINTER && !e->month && g_date_get_month(anchor) <= 2)
                        return ay - 1;
                return ay;
        }
        bool firm = dir == TIMEX_DIR_PAST_FIRM;
        if (firm)
                dir = TIMEX_DIR_PAST;
        if (!firm && e->deixis == TIMEX_DEIXIS_NONE && dir != TIMEX_DIR_NONE && against_the_cue(e, anchor, dir))
                dir = (TimexDirection) -dir;
        /* a bare quarter is one being reported on ("third-quarter profit" written in
         * October, even "expected third-quarter profit"); only a verb looking ahead
         * to one that is not the latest complete one finds the next ("will close in
         * the second quarter", written in March) */
        if ((e->quarter || e->half) && (dir != TIMEX_DIR_FUTURE || latest_complete(e, anchor)))
                dir = TIMEX_DIR_PAST;
        for (int y = ay - 2; y <= ay + 1; y++) {
                long key = calendar_key(e, y);
                long dist = key > now ? key - now : now - key;
                bool ok;
                switch (e->deixis) {
                case TIMEX_DEIXIS_LAST:
                        ok = key < now;
                        dist = now - key;
                        break;
                case TIMEX_DEIXIS_NEXT:
                        ok = key > now;
                        dist = key - now;
                        break;
                default:
                        ok = dir == TIMEX_DIR_PAST ? key <= now : dir == TIMEX_DIR_FUTURE ? key >= now : true;
                        /* no cue: the nearer one, the earlier on a tie (news report the past) */
                        break;
                }
                if (ok && (dist < best_dist || (dist == best_dist && y < best))) {
                        best = y;
                        best_dist = dist;
                }
        }
        return best;
}

/* The @n-th (from 1; -1 the last) @weekday of @month in @year. */
static void nth_weekday(int year, int month, int weekday, int n, GDate *d)
{
        g_date_clear(d, 1);
        if (n > 0) {
                g_date_set_dmy(d, 1, (GDateMonth) month, (GDateYear) year);
                shift_days(d, (weekday - weekday_of(d) + 7) % 7 + 7 * (n - 1));
        } else {
                g_date_set_dmy(d, g_date_get_days_in_month((GDateMonth) month, (GDateYear) year),
                               (GDateMonth) month, (GDateYear) year);
                shift_days(d, -((weekday_of(d) - weekday + 7) % 7));
        }
}

/* Easter Sunday, by the anonymous Gregorian computus. */
static void easter_date(int y, GDate *d)
{
        int a = y % 19, b = y / 100, c = y % 100, dd = b / 4, e = b % 4, f = (b + 8) / 25;
        int g = (b - f + 1) / 3, h = (19 * a + b - dd - g + 15) % 30, i = c / 4, k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        g_date_clear(d, 1);
        g_date_set_dmy(d, (GDateDay) day, (GDateMonth) month, (GDateYear) y);
}

/* US holidays as US news names them. */
static void holiday_date(uint8_t holiday, int year, GDate *d)
{
        static const uint8_t fixed[][2] = {
                [TIMEX_HOLIDAY_NEW_YEARS_DAY] = { 1, 1 },   [TIMEX_HOLIDAY_NEW_YEARS_EVE] = { 12, 31 },
                [TIMEX_HOLIDAY_VALENTINES_DAY] = { 2, 14 }, [TIMEX_HOLIDAY_HALLOWEEN] = { 10, 31 },
                [TIMEX_HOLIDAY_VETERANS_DAY] = { 11, 11 },  [TIMEX_HOLIDAY_CHRISTMAS_EVE] = { 12, 24 },
                [TIMEX_HOLIDAY_CHRISTMAS] = { 12, 25 },
        };
        switch (holiday) {
        case TIMEX_HOLIDAY_EASTER:
                easter_date(year, d);
                return;
        case TIMEX_HOLIDAY_MEMORIAL_DAY:
                nth_weekday(year, 5, 1, -1, d); /* last Monday of May */
                return;
        case TIMEX_HOLIDAY_LABOR_DAY:
                nth_weekday(year, 9, 1, 1, d); /* first Monday of September */
                return;
        case TIMEX_HOLIDAY_ELECTION_DAY:
                nth_weekday(year, 11, 1, 1, d); /* the Tuesday after the first Monday of November */
                shift_days(d, 1);
                return;
        case TIMEX_HOLIDAY_THANKSGIVING:
                nth_weekday(year, 11, 4, 4, d); /* fourth Thursday of November */
                return;
        default:
                g_date_clear(d, 1);
                g_date_set_dmy(d, fixed[holiday][1], (GDateMonth) fixed[holiday][0], (GDateYear) year);
                return;
        }
}

static bool calendar(const TimexExpr *e, const TimexContext *ctx, TimexDirection dir, char *v)
{
        if (e->century) {
                snprintf(v, V_SIZE, "%02d", e->century);
                return true;
        }
        if (e->decade) {
                int decade = e->decade;
                if (e->flags & TIMEX_FLAG_NO_YEAR) {
                        int ay = g_date_get_year(&ctx->anchor);
                        int century = ay / 100;
                        if (decade * 10 > ay % 100)
                                century--;
                        decade += century * 10;
                }
                snprintf(v, V_SIZE, "%03d", decade);
                return true;
        }
        int year = e->year;
        if (e->flags & TIMEX_FLAG_YEAR_OFFSET)
                year = g_date_get_year(&ctx->anchor) + e->offset;
        else if (year == 0)
                year = resolve_year(e, &ctx->anchor, dir);
        if (e->holiday) {
                GDate d;
                holiday_date(e->holiday, year, &d);
                if (e->unit == TIMEX_UNIT_WEEK)
                        format_week(&d, v, false);
                else
                        format_day(&d, e, v);
        } else if (e->day) {
                if (!g_date_valid_dmy((GDateDay) e->day, (GDateMonth) e->month, (GDateYear) year))
                        return false;
                GDate d;
                g_date_clear(&d, 1);
                g_date_set_dmy(&d, (GDateDay) e->day, (GDateMonth) e->month, (GDateYear) year);
                format_day(&d, e, v);
        } else if (e->month) {
                snprintf(v, V_SIZE, "%04d-%02d", year, e->month);
        } else if (e->quarter) {
                snprintf(v, V_SIZE, "%04d-Q%d", year, e->quarter);
        } else if (e->half) {
                snprintf(v, V_SIZE, "%04d-H%d", year, e->half);
        } else if (e->season) {
                snprintf(v, V_SIZE, "%04d-%s", year, season_code(e->season));
        } else {
                snprintf(v, V_SIZE, "%04d", year);
        }
        return true;
}

/* ---- named weekdays ----------------------------------------------------- */

static bool weekday(const TimexExpr *e, const TimexContext *ctx, TimexDirection dir, char *v)
{
        GDate d = (e->flags & TIMEX_FLAG_FROM_REF) && ctx->ref_unit == TIMEX_UNIT_DAY ? ctx->ref
                                                                                      : ctx->anchor;
        int now = weekday_of(&d), want = e->weekday;
        int back = (now - want + 7) % 7, ahead = (want - now + 7) % 7;

        switch (e->deixis) {
        case TIMEX_DEIXIS_LAST:
                shift_days(&d, -(back ? back : 7));
                break;
        case TIMEX_DEIXIS_NEXT:
                shift_days(&d, ahead ? ahead : 7);
                break;
        case TIMEX_DEIXIS_THIS:
                /* the day of this week, unless the verb points across the week's
                 * edge: "hopes to win this Tuesday", said on a Friday */
                if (dir == TIMEX_DIR_FUTURE && want < now)
                        shift_days(&d, ahead);
                else if (dir < 0 && want > now)
                        shift_days(&d, -back);
                else
                        shift_days(&d, want - now);
                break;
        default:
                /* news reports the past: a bare weekday looks back unless a verb looks ahead */
                shift_days(&d, dir == TIMEX_DIR_FUTURE ? ahead : -back);
                break;
        }
        format_day(&d, e, v);
        return true;
}

/* ---- relative expressions ----------------------------------------------- */

/* The reference time, when it is fine enough for @unit; else the anchor. A clock
 * time alone ("at 10:35 a.m.") takes the story's day only when that day is the
 * week before the article: an older date is background, not the day being told. */
static GDate relative_base(const TimexExpr *e, const TimexContext *ctx)
{
        if (!(e->flags & TIMEX_FLAG_FROM_REF))
                return ctx->anchor;
        if (e->hour >= 0 && e->deixis == TIMEX_DEIXIS_NONE) {
                int back = g_date_days_between(&ctx->ref, &ctx->anchor);
                if (ctx->ref_unit != TIMEX_UNIT_DAY || back < -7 || back > 7)
                        return ctx->anchor;
        }
        return ctx->ref_unit <= e->unit ? ctx->ref : ctx->anchor;
}

static void relative_quarter(const GDate *d, const TimexExpr *e, char *v)
{
        if (e->year) {
                /* "the 1988 quarter": the quarter under discussion, in that year */
                snprintf(v, V_SIZE, "%04d-Q%d", e->year, (g_date_get_month(d) - 1) / 3 + 1);
                return;
        }
        int q = (g_date_get_month(d) - 1) / 3 + e->offset;
        if (e->flags & TIMEX_FLAG_LATEST)
                q--; /* the latest complete quarter is the one before the current */
        int y = g_date_get_year(d) + (q >= 0 ? q / 4 : (q - 3) / 4);
        q = ((q % 4) + 4) % 4;
        snprintf(v, V_SIZE, "%04d-Q%d", y, q + 1);
}

/* "the weekend": the coming one on a weekend day, else the one before. */
static void relative_weekend(GDate *d, const TimexExpr *e, char *v)
{
        shift_days(d, 7 * e->offset);
        if ((e->flags & TIMEX_FLAG_LATEST) && weekday_of(d) < 6)
                shift_days(d, -7);
        format_week(d, v, true);
}

static bool relative(const TimexExpr *e, const TimexContext *ctx, char *v)
{
        GDate d = relative_base(e, ctx);
        int y = e->year ? e->year : g_date_get_year(&d); /* "the 1988 quarter" names its year */
        switch (e->unit) {
        case TIMEX_UNIT_DAY:
                shift_days(&d, e->offset);
                format_day(&d, e, v);
                break;
        case TIMEX_UNIT_WEEK:
                if (e->month && e->day) {
                        /* "the week of March 6" */
                        int wy = e->year ? e->year : resolve_year(e, &ctx->anchor, TIMEX_DIR_NONE);
                        if (!g_date_valid_dmy((GDateDay) e->day, (GDateMonth) e->month, (GDateYear) wy))
                                return false;
                        g_date_set_dmy(&d, (GDateDay) e->day, (GDateMonth) e->month, (GDateYear) wy);
                }
                shift_days(&d, 7 * e->offset);
                if (e->flags & TIMEX_FLAG_VAGUE)
                        snprintf(v, V_SIZE, "%04d-WXX", g_date_get_year(&d));
                else
                        format_week(&d, v, false);
                break;
        case TIMEX_UNIT_WEEKEND:
                relative_weekend(&d, e, v);
                break;
        case TIMEX_UNIT_MONTH:
                g_date_set_day(&d, 1);
                shift_months(&d, e->offset);
                snprintf(v, V_SIZE, "%04d-%02d", g_date_get_year(&d), g_date_get_month(&d));
                break;
        case TIMEX_UNIT_QUARTER:
                if ((e->flags & TIMEX_FLAG_PERIOD) && ctx->ref_unit == TIMEX_UNIT_MONTH) {
                        /* "sales rose in February from the same period last year": that month */
                        d = ctx->ref;
                        shift_months(&d, 3 * e->offset);
                        snprintf(v, V_SIZE, "%04d-%02d", g_date_get_year(&d), g_date_get_month(&d));
                        break;
                }
                if (e->year && ctx->ref_unit != TIMEX_UNIT_QUARTER) {
                        g_date_set_day(&d, 1);
                        shift_months(&d, -3); /* no quarter mentioned: the latest complete one */
                } else if (e->year) {
                        d = ctx->ref;
                }
                relative_quarter(&d, e, v);
                break;
        case TIMEX_UNIT_YEAR:
                /* after "the third quarter", "a year ago" is that quarter a year back */
                if ((e->flags & TIMEX_FLAG_AGO) && ctx->ref_unit == TIMEX_UNIT_QUARTER)
                        snprintf(v, V_SIZE, "%04d-Q%d", y + e->offset, (g_date_get_month(&ctx->ref) - 1) / 3 + 1);
                else
                        snprintf(v, V_SIZE, "%04d", y + e->offset);
                break;
        case TIMEX_UNIT_DECADE:
                snprintf(v, V_SIZE, "%03d", y / 10 + e->offset);
                break;
        case TIMEX_UNIT_CENTURY:
                snprintf(v, V_SIZE, "%02d", y / 100 + e->offset);
                break;
        default:
                return false;
        }
        return true;
}

/* ---- durations and sets ------------------------------------------------- */

typedef struct {
        char letter;
        bool time;      /* after the T */
        int smaller;    /* how many of the next smaller unit make one */
        uint8_t next;   /* the next smaller unit, for fractions */
        int multiple;   /* years per decade etc.; 1 otherwise */
} UnitInfo;

static UnitInfo unit_info(uint8_t unit)
{
        switch (unit) {
        case TIMEX_UNIT_SECOND:
                return (UnitInfo) { 'S', true, 0, 0, 1 };
        case TIMEX_UNIT_MINUTE:
                return (UnitInfo) { 'M', true, 60, TIMEX_UNIT_SECOND, 1 };
        case TIMEX_UNIT_HOUR:
                return (UnitInfo) { 'H', true, 60, TIMEX_UNIT_MINUTE, 1 };
        case TIMEX_UNIT_DAY:
                return (UnitInfo) { 'D', false, 24, TIMEX_UNIT_HOUR, 1 };
        case TIMEX_UNIT_WEEKEND:
                return (UnitInfo) { 'D', false, 24, TIMEX_UNIT_HOUR, 2 };
        case TIMEX_UNIT_WEEK:
                return (UnitInfo) { 'W', false, 7, TIMEX_UNIT_DAY, 1 };
        case TIMEX_UNIT_FORTNIGHT:
                return (UnitInfo) { 'W', false, 7, TIMEX_UNIT_DAY, 2 };
        case TIMEX_UNIT_MONTH:
                return (UnitInfo) { 'M', false, 30, TIMEX_UNIT_DAY, 1 };
        case TIMEX_UNIT_QUARTER:
                return (UnitInfo) { 'Q', false, 3, TIMEX_UNIT_MONTH, 1 };
        case TIMEX_UNIT_HALF:
        case TIMEX_UNIT_SEASON:
                return (UnitInfo) { 'M', false, 30, TIMEX_UNIT_DAY, unit == TIMEX_UNIT_HALF ? 6 : 3 };
        case TIMEX_UNIT_YEAR:
                return (UnitInfo) { 'Y', false, 12, TIMEX_UNIT_MONTH, 1 };
        case TIMEX_UNIT_DECADE:
                return (UnitInfo) { 'Y', false, 12, TIMEX_UNIT_MONTH, 10 };
        case TIMEX_UNIT_CENTURY:
                return (UnitInfo) { 'Y', false, 12, TIMEX_UNIT_MONTH, 100 };
        case TIMEX_UNIT_MILLENNIUM:
                return (UnitInfo) { 'Y', false, 12, TIMEX_UNIT_MONTH, 1000 };
        default:
                return (UnitInfo) { 0, false, 0, 0, 1 };
        }
}

/* A vague amount of centuries keeps the century's code, PXC, as TimeBank writes
 * it; "decades" are counted in years there (PXY), like "two decades" (P20Y). */
static const char *vague_code(uint8_t unit)
{
        switch (unit) {
        case TIMEX_UNIT_DECADE:
                return "Y";
        case TIMEX_UNIT_CENTURY:
                return "C";
        case TIMEX_UNIT_MILLENNIUM:
                return "ML";
        default:
                return NULL;
        }
}

static bool duration(uint8_t unit, int32_t amount, char *v)
{
        UnitInfo u = unit_info(unit);
        if (!u.letter)
                return false;
        const char *t = u.time ? "T" : "";
        if (amount == TIMEX_AMOUNT_VAGUE) {
                const char *code = vague_code(unit);
                char letter[2] = { u.letter, '\0' };
                snprintf(v, V_SIZE, "P%sX%s", t, code ? code : letter);
                return true;
        }
        long whole = (long) amount * u.multiple;
        /* "half an hour" is PT30M, "2 1/2 years" P2Y6M: a fraction goes one unit down */
        if (whole % 1000 != 0 && u.smaller) {
                UnitInfo next = unit_info(u.next);
                long units = whole / 1000, rest = ((whole % 1000) * u.smaller + 500) / 1000;
                char head[V_SIZE] = "";
                if (units > 0)
                        snprintf(head, sizeof head, "%ld%c", units, u.letter);
                bool t_between = next.time && !u.time;
                snprintf(v, V_SIZE, "P%s%s%s%ld%c", units > 0 || !t_between ? t : "", head,
                         t_between ? "T" : "", rest, next.letter);
                return true;
        }
        if (whole % 1000 != 0 && unit == TIMEX_UNIT_SECOND) {
                /* "19.97 seconds" keeps its hundredths: PT19.97S */
                char frac[8];
                snprintf(frac, sizeof frac, "%03ld", whole % 1000);
                for (int k = 2; k > 0 && frac[k] == '0'; k--)
                        frac[k] = '\0';
                snprintf(v, V_SIZE, "PT%ld.%sS", whole / 1000, frac);
                return true;
        }
        snprintf(v, V_SIZE, "P%s%ld%c", t, (whole + 500) / 1000, u.letter);
        return true;
}

/* "6 hours 18 minutes 48.637 seconds" as PT6H18M48.637S; @amount is in
 * thousandths of @unit, the last unit written. */
static bool clock_parts(uint8_t unit, int32_t amount, char *v)
{
        long per_minute = unit == TIMEX_UNIT_SECOND ? 60 : 1;
        long minutes = amount / 1000 / per_minute, hours = minutes / 60;
        minutes %= 60;
        char s[V_SIZE] = "";
        if (unit == TIMEX_UNIT_SECOND && !duration(TIMEX_UNIT_SECOND, (int32_t) (amount % 60000), s))
                return false;
        g_autoptr(GString) out = g_string_new("PT");
        if (hours)
                g_string_append_printf(out, "%ldH", hours);
        if (minutes)
                g_string_append_printf(out, "%ldM", minutes);
        if (unit == TIMEX_UNIT_SECOND && amount % 60000)
                g_string_append(out, s + 2); /* "PT48.637S" without its "PT" */
        if (out->len == 2)
                g_string_append(out, "0S");
        g_strlcpy(v, out->str, V_SIZE);
        return true;
}

static bool set_value(const TimexExpr *e, char *v)
{
        if (e->weekday) {
                snprintf(v, V_SIZE, "XXXX-WXX-%d", e->weekday);
                append_time(e, v);
        } else if (e->month) {
                snprintf(v, V_SIZE, "XXXX-%02d", e->month);
        } else if (e->season) {
                snprintf(v, V_SIZE, "XXXX-%s", season_code(e->season));
        } else if (e->part) {
                snprintf(v, V_SIZE, "XXXX-XX-XXT%s", part_code(e->part));
        } else if (e->unit == TIMEX_UNIT_WEEKEND) {
                snprintf(v, V_SIZE, "XXXX-WXX-WE");
        } else {
                return duration(e->unit, e->amount > 0 ? e->amount : 1000, v);
        }
        return true;
}

static const char *ref_value(uint8_t ref)
{
        switch (ref) {
        case TIMEX_REF_PAST:
                return "PAST_REF";
        case TIMEX_REF_FUTURE:
                return "FUTURE_REF";
        default:
                return "PRESENT_REF";
        }
}

bool timex_normalize(const TimexExpr *e, const TimexContext *ctx, TimexDirection direction,
                     char value[TIMEX_VALUE_MAX])
{
        value[0] = '\0';
        switch (e->kind) {
        case TIMEX_KIND_CALENDAR:
                return calendar(e, ctx, direction, value);
        case TIMEX_KIND_RELATIVE:
                return relative(e, ctx, value);
        case TIMEX_KIND_WEEKDAY:
                return weekday(e, ctx, direction, value);
        case TIMEX_KIND_DURATION:
                if (e->flags & TIMEX_FLAG_CLOCK_PARTS)
                        return clock_parts(e->unit, e->amount, value);
                return duration(e->unit, e->amount, value);
        case TIMEX_KIND_SET:
                return set_value(e, value);
        case TIMEX_KIND_REF:
                g_strlcpy(value, ref_value(e->ref), TIMEX_VALUE_MAX);
                return true;
        default:
                return false;
        }
}

bool timex_value_is_dated(const char *value)
{
        for (int k = 0; k < 4; k++)
                if (!g_ascii_isdigit(value[k]))
                        return false;
        return value[4] == '\0' || value[4] == '-';
}

int timex_value_precision(const char *value)
{
        size_t len = strlen(value);
        if (!timex_value_is_dated(value))
                return 0;
        if (strchr(value, 'T'))
                return 6; /* a time or a part of a day */
        if (len >= 10 && value[4] == '-' && value[7] == '-')
                return 5;
        if (value[4] == '-' && value[5] == 'W')
                return 4;
        if (len == 7 && g_ascii_isdigit(value[5]))
                return 3;
        return len > 4 ? 2 : 1; /* a quarter, half or season; a year */
}

void timex_context_advance(TimexContext *ctx, const TimexExpr *expr, const char *value)
{
        int y, m, d;
        if (expr->type != TIMEX_DATE && expr->type != TIMEX_TIME)
                return;
        if (!timex_value_is_dated(value))
                return;
        if (sscanf(value, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy(d, m, y)) {
                g_date_set_dmy(&ctx->ref, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
                ctx->ref_unit = TIMEX_UNIT_DAY;
        } else if (value[4] == '-' && g_ascii_isdigit(value[5]) && sscanf(value, "%4d-%2d", &y, &m) == 2 &&
                   m >= 1 && m <= 12) {
                g_date_set_dmy(&ctx->ref, 1, (GDateMonth) m, (GDateYear) y);
                ctx->ref_unit = TIMEX_UNIT_MONTH;
        } else if (value[4] == '-' && value[5] == 'Q' && sscanf(value + 6, "%1d", &m) == 1 && m >= 1 && m <= 4 &&
                   sscanf(value, "%4d", &y) == 1 && y >= 1) {
                g_date_set_dmy(&ctx->ref, 1, (GDateMonth) (3 * m - 2), (GDateYear) y);
                ctx->ref_unit = TIMEX_UNIT_QUARTER;
        } else if (value[4] == '\0' && sscanf(value, "%4d", &y) == 1 && y >= 1) {
                g_date_set_dmy(&ctx->ref, 1, 1, (GDateYear) y);
                ctx->ref_unit = TIMEX_UNIT_YEAR;
        }
}
