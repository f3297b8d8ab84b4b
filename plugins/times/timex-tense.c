/* Which way the verbs around an expression point: back ("said", "signed") or ahead ("will").
 * SPDX-License-Identifier: MIT
 *
 * An underspecified date ("in January") takes its year from the tense of the
 * clause it sits in: the nearest cue word wins, looking first inside the clause
 * (between commas, semicolons, dashes), then in the whole sentence. */
#include "timex.h"

#include <string.h>

static bool word_is(const TimexWord *w, const char *text, const char *lit)
{
        size_t len = strlen(lit);
        return w->end - w->start == len && g_ascii_strncasecmp(text + w->start, lit, len) == 0;
}

static bool word_in(const TimexWord *w, const char *text, const char *const *words, size_t n_words)
{
        for (size_t k = 0; k < n_words; k++)
                if (word_is(w, text, words[k]))
                        return true;
        return false;
}

static bool is_clause_break(const TimexWord *w, const char *text)
{
        if (w->shape != TIMEX_SHAPE_PUNCT)
                return false;
        unsigned char c = (unsigned char) text[w->start];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"')
                return true;
        /* em and en dashes, curly double quotes */
        return c == 0xe2 && w->end - w->start == 3 && (unsigned char) text[w->start + 1] == 0x80 &&
               ((unsigned char) text[w->start + 2] == 0x93 || (unsigned char) text[w->start + 2] == 0x94 ||
                (unsigned char) text[w->start + 2] == 0x9c || (unsigned char) text[w->start + 2] == 0x9d);
}

/* Words before an -ed form that make it an adjective: "the renewed talks". */
static bool adjective_before(const TimexWord *w, const char *text)
{
        static const char *const words[] = {
                "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this",
                "these", "those", "of", "with", "for", "more", "most", "very", "newly", "well",
                "still", "yet", /* "a still unspecified date", "a yet undecided case" */
        };
        return word_in(w, text, words, G_N_ELEMENTS(words));
}

/* Words after which "plans" is a verb: "he plans", "which plans", "still plans". */
static bool subject_before(const TimexWord *w, const char *text)
{
        static const char *const words[] = {
                "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "still", "also",
                "now", "will", "would", "to",
        };
        return word_in(w, text, words, G_N_ELEMENTS(words));
}

/* "will be named", "is expected": the auxiliary before the participle has the tense. */
static bool passive_before(const TimexWord *w, const char *text)
{
        static const char *const words[] = { "be", "being", "is", "are", "am", "get", "gets", "to" };
        return word_in(w, text, words, G_N_ELEMENTS(words));
}

/* "had" among the four words before @i. */
/* Whether "had" stands among words [@from, @to). */
static bool had_among(const TimexWord *words, const char *text, size_t from, size_t to)
{
        for (size_t k = from; k < to; k++)
                if (word_is(&words[k], text, "had"))
                        return true;
        return false;
}

static bool past_perfect_before(const TimexWord *words, const char *text, size_t i)
{
        return had_among(words, text, i >= 4 ? i - 4 : 0, i);
}

static bool deadline_word(const TimexWord *w, const char *text)
{
        if (word_is(w, text, "until"))
                return !(w->flags & TIMEX_WORD_CAPITAL); /* "Until Thursday, they had not ..." looks back */
        static const char *const words[] = { "by", "through", "effective", "payable", "expire", "expires" };
        return word_in(w, text, words, G_N_ELEMENTS(words));
}

/* "this year through August", "the year through Oct. 19": a span of the year
 * so far, no deadline */
static bool year_to_date(const TimexWord *words, const char *text, size_t i)
{
        return i > 0 && word_is(&words[i], text, "through") && word_is(&words[i - 1], text, "year");
}

/* "from May 13 through Sunday", "from Oct. 2 until Friday": the end of a
 * range whose start @i follows is no deadline. */
static bool range_end(const TimexWord *words, const char *text, size_t i)
{
        for (size_t k = i; k > 0 && i - k < 6; k--) {
                const TimexWord *w = &words[k - 1];
                if (word_is(w, text, "from"))
                        return k < i;
                bool dateish = w->shape == TIMEX_SHAPE_NUMBER || w->shape == TIMEX_SHAPE_ORDINAL ||
                               w->cls == TIMEX_CLASS_MONTH || w->cls == TIMEX_CLASS_WEEKDAY ||
                               (w->shape == TIMEX_SHAPE_PUNCT && (text[w->start] == '.' || text[w->start] == ','));
                if (!dateish)
                        return false;
        }
        return false;
}

/* The -ing forms of wishing and aiming, whose auxiliary tells when the wish was. */
static bool hope_ing(const TimexWord *w, const char *text)
{
        static const char *const forms[] = { "hoping", "seeking", "aiming", "intending", "expecting" };
        return word_in(w, text, forms, G_N_ELEMENTS(forms));
}

/* The tense word @i suggests: the lexicon's, else a lower-case -ed form. */
static int cue_at(const TimexWord *words, size_t n_words, size_t i, const char *text)
{
        const TimexWord *w = &words[i];
        if (w->shape != TIMEX_SHAPE_WORD)
                return 0;
        /* "set to resume Monday", "slated to open": a plan ahead */
        if ((word_is(w, text, "set") || word_is(w, text, "slated")) && i + 1 < n_words &&
            word_is(&words[i + 1], text, "to"))
                return TIMEX_DIR_FUTURE;
        /* "would have signed it Friday": what did not happen, in the past */
        if (word_is(w, text, "would") && i + 1 < n_words && word_is(&words[i + 1], text, "have"))
                return TIMEX_DIR_PAST;
        /* "campaigning ahead of Saturday's primary": the day lies ahead */
        if (word_is(w, text, "ahead") && i + 1 < n_words && word_is(&words[i + 1], text, "of"))
                return TIMEX_DIR_FUTURE;
        /* "prior to the election": a signal of order, not of the past */
        if (word_is(w, text, "prior") && i + 1 < n_words && word_is(&words[i + 1], text, "to"))
                return 0;
        /* "the blasts next to the embassy": a place, not a time ahead */
        if (word_is(w, text, "next") && i + 1 < n_words && word_is(&words[i + 1], text, "to"))
                return 0;
        /* "cheers coming out of the room": a verb of motion, not "the coming weeks" */
        if (word_is(w, text, "coming") && !(i + 1 < n_words && words[i + 1].cls != TIMEX_CLASS_NONE &&
                                            words[i + 1].cls != TIMEX_CLASS_OTHER))
                return 0;
        /* "its advertising plans after the debate", "vacation plans for the
         * trip": a noun that looks nowhere; the verb ("he plans a vote", "plans
         * to") looks ahead */
        if ((word_is(w, text, "plans") || word_is(w, text, "plan")) && i > 0 &&
            words[i - 1].shape == TIMEX_SHAPE_WORD && !(words[i - 1].flags & TIMEX_WORD_CAPITAL) &&
            !subject_before(&words[i - 1], text) && !(i + 1 < n_words && word_is(&words[i + 1], text, "to")))
                return 0;
        if (w->cls != TIMEX_CLASS_NONE) {
                /* "had been scheduled to", "had been due to": a plan of the past */
                if (w->tense == TIMEX_DIR_FUTURE && i >= 2 && word_is(&words[i - 1], text, "been") &&
                    word_is(&words[i - 2], text, "had"))
                        return TIMEX_DIR_PAST;
                /* "were hoping to", "was seeking": a wish of the past */
                if (w->tense == TIMEX_DIR_FUTURE && i > 0 && hope_ing(w, text) &&
                    (word_is(&words[i - 1], text, "was") || word_is(&words[i - 1], text, "were")))
                        return TIMEX_DIR_PAST;
                /* "would be paid", "is held": a participle; the auxiliary has the tense */
                if (w->tense == TIMEX_DIR_PAST && i > 0 && passive_before(&words[i - 1], text))
                        return 0;
                return w->tense;
        }
        size_t len = w->end - w->start;
        const char *t = text + w->start;
        if (len < 5 || (w->flags & TIMEX_WORD_CAPITAL) || t[len - 2] != 'e' || t[len - 1] != 'd')
                return 0;
        if (i > 0 && (adjective_before(&words[i - 1], text) || passive_before(&words[i - 1], text)))
                return 0;
        return TIMEX_DIR_PAST;
}

/* "planned to leave on Thursday", "vowed to cut taxes in January": the
 * infinitive after a verb of plan or promise names what comes after it. Only
 * for a "to" before the expression, with a verb after it ("promised to a
 * donor in May" dates the promise). A weekday after a promise's infinitive
 * dates the promise, as news writes it ("vowed to veto the bill Friday"), so
 * weekdays take only the verbs of a plan. An agreement is no cue: "agreed to
 * buy the unit in March" tells the agreement's month as often as the sale's. */
static bool intent_to_at(const TimexWord *words, size_t n_words, size_t i, const char *text, bool weekday)
{
        static const char *const plans[] = { "planned", "intended", "arranged", "likely", "ready" };
        static const char *const promises[] = {
                "promised", "pledged", "vowed", "threatened", "threatens", "promises", "vows",
        };
        static const char *const not_verbs[] = {
                "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these",
                "those", "some", "any", "all", "be", "have",
        };
        if (i == 0 || i + 1 >= n_words || !word_is(&words[i], text, "to"))
                return false;
        if (!word_in(&words[i - 1], text, plans, G_N_ELEMENTS(plans)) &&
            (weekday || !word_in(&words[i - 1], text, promises, G_N_ELEMENTS(promises))))
                return false;
        const TimexWord *next = &words[i + 1];
        return next->shape == TIMEX_SHAPE_WORD && !(next->flags & TIMEX_WORD_CAPITAL) &&
               !word_in(next, text, not_verbs, G_N_ELEMENTS(not_verbs));
}

/* "The summit opens Thursday", "the two leaders meet Monday": news tells
 * what is scheduled in the simple present. Only verbs of schedules, and only
 * where a verb can stand: not after a determiner or preposition ("his visits",
 * "on leave"), nor after an auxiliary, which has the tense ("did not meet"). */
static int present_cue_at(const TimexWord *words, size_t i, const char *text)
{
        /* not the forms that are as often nouns: "visits", "returns", "host", "face", "launch" */
        static const char *const verbs[] = {
                "begins", "starts", "opens", "reopens", "meets", "arrives", "leaves", "resumes",
                "convenes", "departs", "testifies", "takes", "goes", "closes", "ends", "begin",
                "reopen", "meet", "arrive", "resume", "convene", "depart", "testify", "continues",
                "returns", "faces", "face", "plays", "travels",
        };
        static const char *const blockers[] = {
                "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                "these", "those", "some", "any", "no", "of", "for", "on", "in", "at", "by", "with", "from", "to", "did",
                "didn't", "not", "n't", "could", "would", "should", "might", "must", "can", "cannot",
                "may", "will", "does", "do", "'s", "and", "or",
        };
        const TimexWord *w = &words[i];
        if (w->shape != TIMEX_SHAPE_WORD || (w->flags & TIMEX_WORD_CAPITAL) ||
            !word_in(w, text, verbs, G_N_ELEMENTS(verbs)))
                return 0;
        if (i == 0 || words[i - 1].shape != TIMEX_SHAPE_WORD ||
            word_in(&words[i - 1], text, blockers, G_N_ELEMENTS(blockers)))
                return 0;
        return TIMEX_DIR_FUTURE;
}

static bool reporting_at(const TimexWord *words, size_t n_words, size_t i)
{
        return i < n_words && words[i].cls == TIMEX_CLASS_OTHER && words[i].val == TIMEX_OTHER_REPORTING;
}

/* Whether the verb of saying @i takes what is said next: "said the talks",
 * "added that"; not "said in an interview", "announced the plan". */
static bool says_clause(const TimexWord *words, size_t n_words, size_t i, const char *text)
{
        static const char *const announcers[] = {
                "announced", "reported", "declared", "disclosed", "confirmed", "acknowledged",
        };
        static const char *const adverbials[] = {
                "in", "at", "on", "during", "while", "after", "before", "from", "here", "there",
                "again", "publicly", "privately", "late", "early", "earlier", "later", "when",
        };
        if (word_in(&words[i], text, announcers, G_N_ELEMENTS(announcers)))
                return false;
        return !(i + 1 < n_words && word_in(&words[i + 1], text, adverbials, G_N_ELEMENTS(adverbials)));
}

/* The cue word @i gives: the lexicon's or an -ed form's, or before the
 * expression in its own clause (@present) a verb of schedules in the present
 * (after it, the present tells a state: "the deal reached Saturday still
 * leaves ..."). */
static int any_cue_at(const TimexWord *words, size_t n_words, size_t i, const char *text, bool present)
{
        int cue = cue_at(words, n_words, i, text);
        if (cue || !present)
                return cue;
        /* "declared victory Tuesday night", "said in an interview Tuesday": with
         * no verb of its own between, the expression dates the report's own
         * clause; but after "said the", what is said begins ("said the talks in
         * May matter") */
        if (reporting_at(words, n_words, i) && !(i > 0 && passive_before(&words[i - 1], text)) &&
            (word_is(&words[i], text, "told") || !says_clause(words, n_words, i, text)))
                return TIMEX_DIR_PAST;
        return present_cue_at(words, i, text);
}

/* A past participle after "have": "won", "been", "announced". */
static bool participle_at(const TimexWord *w, const char *text)
{
        static const char *const irregular[] = {
                "been", "won", "done", "made", "had", "gone", "seen", "taken", "given", "lost", "got",
                "gotten", "come", "become", "run", "held", "left", "met", "paid", "said", "told", "sold",
                "shown", "known", "grown", "thought", "brought", "bought", "kept", "found", "felt", "put",
                "set", "cut", "hit", "led", "let", "begun", "written", "spoken", "chosen", "fallen", "risen",
        };
        size_t len = w->end - w->start;
        const char *t = text + w->start;
        return word_in(w, text, irregular, G_N_ELEMENTS(irregular)) ||
               (len > 3 && t[len - 2] == 'e' && (t[len - 1] == 'd' || t[len - 1] == 'n'));
}

/* "could have big consequences in November", "must win in November": a modal
 * whose verb phrase holds a month or a season looks ahead. Not for weekdays,
 * where news writes "could not be reached for comment Saturday", nor with
 * "have" ("could have won in March"). */
static bool modal_ahead_at(const TimexWord *words, size_t n_words, size_t i, const char *text)
{
        static const char *const modals[] = { "could", "might", "should", "must" };
        if (!word_in(&words[i], text, modals, G_N_ELEMENTS(modals)))
                return false;
        size_t k = i + 1 < n_words && word_is(&words[i + 1], text, "not") ? i + 2 : i + 1;
        if (!(k < n_words && word_is(&words[k], text, "have")))
                return true;
        return k + 1 < n_words && !participle_at(&words[k + 1], text); /* "could have big consequences" */
}

/* The nearest cue in [lo, hi) outside the expression; ties go to the past. */
static TimexDirection nearest_cue(const TimexWord *words, size_t n_words, const char *text, size_t lo,
                                  size_t hi, size_t first, size_t n, bool present)
{
        size_t last = first + n;
        bool weekday = false;
        for (size_t k = first; k < last; k++)
                weekday = weekday || words[k].cls == TIMEX_CLASS_WEEKDAY;
        /* "said in an interview Tuesday that he would run": after a verb of
         * saying, what follows "that" is what was said, which does not date the
         * saying (but "the convention in July that would ..." is dated by it) */
        bool saying = false;
        for (size_t k = lo; k < first && present; k++)
                saying = saying || reporting_at(words, n_words, k);
        for (size_t k = last; k < hi && saying; k++)
                if (word_is(&words[k], text, "that")) {
                        hi = k;
                        break;
                }
        size_t reach = MAX(first - lo, hi - last);
        for (size_t d = 1; d <= reach; d++) {
                int before = 0;
                if (first >= lo + d && (intent_to_at(words, n_words, first - d, text, weekday) ||
                                        (!weekday && modal_ahead_at(words, n_words, first - d, text))))
                        before = TIMEX_DIR_FUTURE;
                else if (first >= lo + d)
                        before = any_cue_at(words, n_words, first - d, text, present);
                int after = last + d - 1 < hi ? cue_at(words, n_words, last + d - 1, text) : 0;
                if (before == TIMEX_DIR_PAST || after == TIMEX_DIR_PAST)
                        return TIMEX_DIR_PAST;
                if (before || after)
                        return TIMEX_DIR_FUTURE;
        }
        return TIMEX_DIR_NONE;
}

/* "when the case is heard in May", "if talks are held Monday": English puts
 * what lies ahead in the present tense after these conjunctions. */
static bool present_after_conjunction(const TimexWord *words, size_t n_words, const char *text, size_t lo,
                                      size_t first)
{
        static const char *const conjunctions[] = { "when", "if", "once", "unless", "whenever", "until" };
        static const char *const present[] = { "is", "are", "am" };
        bool seen_present = false;
        for (size_t k = first; k > lo && k + 10 > first; k--) {
                const TimexWord *w = &words[k - 1];
                if (word_in(w, text, present, G_N_ELEMENTS(present)))
                        seen_present = true;
                else if (word_in(w, text, conjunctions, G_N_ELEMENTS(conjunctions)))
                        return seen_present;
                else if (cue_at(words, n_words, k - 1, text) != 0)
                        return false;
        }
        return false;
}


/* Where the words a reporting verb takes as its hearer end, walking back from
 * @i: "told me", "told reporters", "told CNBC", "told the Associated Press". */
static size_t skip_hearer(const TimexWord *words, const char *text, size_t i)
{
        static const char *const hearers[] = {
                "me", "him", "her", "us", "them", "you", "reporters", "journalists",
        };
        size_t k = i;
        while (k > 0 && i - k < 4) {
                const TimexWord *w = &words[k - 1];
                bool name = w->shape == TIMEX_SHAPE_WORD && (w->flags & TIMEX_WORD_CAPITAL) &&
                            w->cls == TIMEX_CLASS_NONE;
                bool the = word_is(w, text, "the") && k < i && (words[k].flags & TIMEX_WORD_CAPITAL);
                if (!name && !the && !word_in(w, text, hearers, G_N_ELEMENTS(hearers)))
                        break;
                k--;
        }
        return k;
}

/* "said Friday", "announced on Monday", "told reporters Friday", "Friday said":
 * the expression dates the report itself, which lies in the past. */
static bool dates_report(const TimexWord *words, size_t n_words, const char *text, size_t first, size_t n)
{
        size_t before = first;
        if (before > 0 && (word_is(&words[before - 1], text, "on") || word_is(&words[before - 1], text, "in")))
                before--;
        /* "will be announced Saturday", "to be reported Monday": an announcement
         * still to come, which the other cues place */
        if (before > 0 && reporting_at(words, n_words, before - 1))
                return !(before > 1 && passive_before(&words[before - 2], text));
        size_t hearer = skip_hearer(words, text, before);
        return (hearer < before && hearer > 0 && word_is(&words[hearer - 1], text, "told")) ||
               reporting_at(words, n_words, first + n);
}

/* "had been paying rent until May", "results tallied through Wednesday",
 * "primaries held through Tuesday": a deadline word right after a verb of the
 * past, with no infinitive, modal or "be" between, closes a period already over.
 * "urged them to finish by July" and "ordered that it be released by Thursday"
 * still look ahead, and so does what a verb of saying reports. */
static bool past_before_deadline(const TimexWord *words, size_t n_words, const char *text, size_t lo, size_t i)
{
        static const char *const ahead[] = {
                "to", "be", "will", "would", "shall", "should", "must", "can", "could", "may", "might",
                "'ll", "need", "needs", "that", "if", "unless",
        };
        /* a new date set in the past, or a state held until one, still lies ahead:
         * "postponed until Tuesday", "markets stay closed until Friday" */
        static const char *const moved[] = {
                "postponed", "extended", "delayed", "deferred", "adjourned", "recessed", "suspended",
                "put", "pushed", "moved", "rescheduled", "set", "scheduled", "ordered", "given",
                "closed", "shut", "halted", "barred", "banned", "frozen", "locked",
        };
        if (!(word_is(&words[i], text, "until") || word_is(&words[i], text, "through") ||
              word_is(&words[i], text, "by")))
                return false; /* "effective June 1", "payable Dec. 7" */
        for (size_t k = i; k > lo; k--) {
                if (word_in(&words[k - 1], text, moved, G_N_ELEMENTS(moved)))
                        return false;
                if (word_in(&words[k - 1], text, ahead, G_N_ELEMENTS(ahead)) || reporting_at(words, n_words, k - 1))
                        return false;
                int cue = cue_at(words, n_words, k - 1, text);
                if (cue)
                        return cue == TIMEX_DIR_PAST;
        }
        return false;
}

/* "Friday's expected vote", "Saturday's Nevada caucuses will decide": a scheduled
 * event of that day still to come.  Only events held on a day count: "Monday's
 * decision will reverberate" was made on a Monday already past. */
static bool future_after_possessive(const TimexWord *words, const char *text, size_t k, size_t hi)
{
        static const char *const scheduled[] = { "expected", "scheduled", "planned", "upcoming" };
        static const char *const events[] = {
                "debate", "caucus", "caucuses", "primary", "primaries", "vote", "election", "meeting",
                "summit", "hearing", "game", "match", "launch", "deadline", "rally", "speech",
        };
        if (k < hi && word_in(&words[k], text, scheduled, G_N_ELEMENTS(scheduled)))
                return true;
        for (size_t i = k; i < hi && i < k + 3; i++)
                if (word_in(&words[i], text, events, G_N_ELEMENTS(events)))
                        return i + 1 < hi && (word_is(&words[i + 1], text, "will") ||
                                              (i + 2 < hi && word_is(&words[i + 2], text, "will")));
        return false;
}

TimexDirection timex_tense_direction(const TimexWord *words, size_t n_words, const char *text,
                                     size_t first, size_t n)
{
        size_t lo = first, hi = first + n;
        while (lo > 0 && !is_clause_break(&words[lo - 1], text))
                lo--;
        while (hi < n_words && !is_clause_break(&words[hi], text))
                hi++;
        /* "by Jan. 14", "payable Dec. 7", "effective Feb. 1": deadlines lie ahead,
         * unless set in the past ("had been due to expire Friday") */
        if (first > 0 && deadline_word(&words[first - 1], text) && !past_perfect_before(words, text, first - 1) &&
            !year_to_date(words, text, first - 1) && !range_end(words, text, first - 1) &&
            !past_before_deadline(words, n_words, text, lo, first - 1) &&
            !had_among(words, text, first + n, MIN(hi, first + n + 4))) /* "By Sunday she had left" */
                return TIMEX_DIR_FUTURE;
        /* "the quarter ended Jan. 31": the date closes a period already over */
        if (first > 0 && word_is(&words[first - 1], text, "ended"))
                return TIMEX_DIR_PAST_FIRM;
        /* "Wednesday's ruling", "Friday's close": a named day's event is reported
         * after it, unless its clause looks ahead ("Monday's debate will be aired") */
        if (words[first + n - 1].cls == TIMEX_CLASS_WEEKDAY && first + n < n_words &&
            word_is(&words[first + n], text, "'s"))
                return future_after_possessive(words, text, first + n + 1, hi) ? TIMEX_DIR_FUTURE
                                                                                : TIMEX_DIR_PAST;
        if (dates_report(words, n_words, text, first, n))
                return TIMEX_DIR_PAST;
        if (present_after_conjunction(words, n_words, text, lo, first))
                return TIMEX_DIR_FUTURE;
        TimexDirection dir = nearest_cue(words, n_words, text, lo, hi, first, n, true);
        if (dir == TIMEX_DIR_NONE)
                dir = nearest_cue(words, n_words, text, 0, n_words, first, n, false);
        return dir;
}
