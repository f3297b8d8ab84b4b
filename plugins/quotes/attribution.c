/* quotes plugin: attribution (see attribution.h).
 * SPDX-License-Identifier: MIT
 *
 * News prose attributes speech in a handful of fixed shapes around a cue verb:
 *   "...," X said      "...," said X      X said: "..."      X said "..."
 *   X said (that) CLAUSE      according to X, CLAUSE      CLAUSE, according to X
 * where X is a name (with titles and an optional appositive), a pronoun or a
 * description. Anything else is left without a speaker: a wrong attribution is
 * worse than none. */
#include "attribution.h"

#include <string.h>

#include "quote-scan.h"
#include "quote-words.h"

#define WORD_MAX 32        /* longer words are in no table */
#define REGION_MAX 14      /* tokens in a speaker mention */
#define APPOSITIVE_MAX 30  /* tokens in ", a close Trump ally," */
#define POST_VERB_MAX 30   /* tokens between a closing mark and its verb */
#define PRE_VERB_MAX 8     /* tokens between a verb and the opening mark */
#define DESCRIPTION_MAX 10 /* words in a description */

typedef struct Attr {
        const char *text;
        const QuoteToken *t;
        long n;
        const QuoteOptions *opt;
        int32_t *quote_of; /* per token: the direct quote holding it, or -1 */
        uint8_t *used;     /* per token: a cue or speaker already */
        uint32_t headline; /* tokens before it are the headline's */
} Attr;

typedef struct Speakers {
        uint8_t n;
        QuoteSpeaker s[QUOTE_MAX_SPEAKERS];
        long cue; /* token index of the verb, -1 when there is none */
} Speakers;

typedef enum Side { SIDE_BEFORE, SIDE_AFTER } Side;

/* ---- token tests ---------------------------------------------------------- */

static bool valid(const Attr *a, long i) {
        return i >= 0 && i < a->n;
}

/* The token that starts at byte @offset. */
static long quote_tok_at_offset(const Attr *a, uint32_t offset) {
        long lo = 0, hi = a->n;
        while (lo < hi) {
                long mid = lo + (hi - lo) / 2;
                if (a->t[mid].start < offset)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return lo;
}

static bool is_kind(const Attr *a, long i, uint8_t kind) {
        return valid(a, i) && a->t[i].kind == kind;
}

static bool word_in(const Attr *a, long i, bool (*list)(const char *)) {
        char buf[WORD_MAX];
        return is_kind(a, i, QUOTE_TOK_WORD) && quote_tok_lower(a->text, &a->t[i], buf, sizeof buf) &&
               list(buf);
}

static bool word_is(const Attr *a, long i, const char *word) {
        return is_kind(a, i, QUOTE_TOK_WORD) && quote_tok_is(a->text, &a->t[i], word);
}

static bool punct_is(const Attr *a, long i, const char *p) {
        return is_kind(a, i, QUOTE_TOK_PUNCT) && quote_tok_is(a->text, &a->t[i], p);
}

static bool is_cap(const Attr *a, long i) {
        return is_kind(a, i, QUOTE_TOK_WORD) && (a->t[i].flags & QUOTE_TOK_CAP);
}

static bool is_dash(const Attr *a, long i) {
        return punct_is(a, i, "-") || punct_is(a, i, "--") || punct_is(a, i, "\u2013") ||
               punct_is(a, i, "\u2014") || punct_is(a, i, "\u2015");
}

static bool is_final_punct(const Attr *a, long i) {
        return punct_is(a, i, ".") || punct_is(a, i, "!") || punct_is(a, i, "?");
}

/* The period of "Mr." or of the initial in "Charles B. Rangel". */
static bool is_abbrev_dot(const Attr *a, long i) {
        return punct_is(a, i, ".") && !(a->t[i].flags & QUOTE_TOK_SPACE_BEFORE) &&
               is_kind(a, i - 1, QUOTE_TOK_WORD) && quote_tok_is_abbrev(a->text, &a->t[i - 1]);
}

static bool is_possessive(const Attr *a, long i) {
        const QuoteToken *t = &a->t[i];
        const char *end = a->text + t->end;
        return is_kind(a, i, QUOTE_TOK_WORD) && t->end - t->start > 2 &&
               ((end[-2] == '\'' && end[-1] == 's') ||
                (t->end - t->start > 4 && memcmp(end - 4, "\u2019s", 4) == 0));
}

static bool is_adverb(const Attr *a, long i) {
        const QuoteToken *t = &a->t[i];
        return is_kind(a, i, QUOTE_TOK_WORD) && !(t->flags & QUOTE_TOK_CAP) && t->end - t->start > 4 &&
               a->text[t->end - 2] == 'l' && a->text[t->end - 1] == 'y';
}

static bool same_sentence(const Attr *a, long i, long j) {
        return a->t[i].sentence == a->t[j].sentence;
}

/* A copula or auxiliary: "is", "were", "has". */
static bool is_aux(const Attr *a, long i) {
        static const char *const aux[] = { "is", "are", "was", "were", "be", "been", "has", "have",
                                           "had", "will", "would", "can", "could", "should", "may",
                                           "might", "must" };
        for (size_t k = 0; k < G_N_ELEMENTS(aux); k++)
                if (word_is(a, i, aux[k]))
                        return true;
        return false;
}

/* A lower-case word shaped like a verb form: "remembered", "commenting". */
static bool is_verb_form(const Attr *a, long i) {
        const QuoteToken *t = &a->t[i];
        size_t n = t->end - t->start;
        const char *end = a->text + t->end;
        return is_kind(a, i, QUOTE_TOK_WORD) && !(t->flags & QUOTE_TOK_CAP) && n > 4 &&
               (memcmp(end - 2, "ed", 2) == 0 || memcmp(end - 3, "ing", 3) == 0);
}

/* A cue word used as a verb: "reports" in "Intelligence reports also suggest" is
 * a noun, since a verb follows it. */
static bool is_cue(const Attr *a, long i, bool (*list)(const char *)) {
        if (!word_in(a, i, list))
                return false;
        if (word_in(a, i - 1, quote_word_is_det) || is_possessive(a, i - 1))
                return false; /* "his remarks", "Friday's tweets" */
        /* "the earnings reports were a little disappointing": a verb follows */
        if (is_aux(a, i + 1))
                return false;
        long j = i + 1;
        while (word_in(a, j, quote_word_is_between) || is_adverb(a, j))
                j++;
        return j == i + 1 || !word_in(a, j, quote_word_is_cue);
}

/* ---- names and descriptions ------------------------------------------------ */

/* A token that can stand inside a name: a capitalised word that is not a
 * function word, "Mr." and initials' periods, "de"/"of" between two such words. */
static bool in_name(const Attr *a, long i, long lo, long hi) {
        if (is_abbrev_dot(a, i))
                return i - 1 >= lo;
        if (is_cap(a, i))
                return !word_in(a, i, quote_word_is_notname);
        bool particle = word_in(a, i, quote_word_is_connector) || word_is(a, i, "of");
        return particle && i > lo && i + 1 < hi && is_cap(a, i - 1) && is_cap(a, i + 1) &&
               !(a->t[i].flags & QUOTE_TOK_CAP);
}

/* The start of the run of name tokens that ends at @hi (exclusive), not before @lo. */
static long name_run_start(const Attr *a, long lo, long hi) {
        long r = hi;
        while (r > lo && in_name(a, r - 1, lo, hi))
                r--;
        while (r < hi && (is_kind(a, r, QUOTE_TOK_PUNCT) || word_is(a, r, "of") ||
                          word_in(a, r, quote_word_is_connector)))
                r++;
        return r;
}

/* Titles lead a name ("Senate Majority Leader Mitch McConnell", "Secretary of
 * State John Kerry"); the name proper follows the last of them. */
static long name_proper_start(const Attr *a, long r, long hi) {
        long start = r;
        bool honorific = false;
        for (long i = r; i < hi; i++) {
                honorific |= is_abbrev_dot(a, i + 1) && word_in(a, i, quote_word_is_title);
                if (is_possessive(a, i) && i + 1 < hi)
                        start = i + 1; /* "NBC's Dante Chinni" */
                if (word_in(a, i, quote_word_is_title)) {
                        start = i + 1;
                        if (is_abbrev_dot(a, start))
                                start++;
                        if (word_is(a, start, "of"))
                                start += 2;
                }
        }
        /* "Mr. King": after an honorific the last word is a name, whatever it means */
        return start >= hi && honorific ? hi - 1 : start;
}

static void add_speaker(Speakers *sp, const Attr *a, uint8_t kind, long s, long e, long ns, long ne) {
        if (sp->n >= QUOTE_MAX_SPEAKERS || e <= s)
                return;
        /* kept in text order: lists are read right to left */
        memmove(&sp->s[1], &sp->s[0], sp->n * sizeof sp->s[0]);
        sp->s[0] = (QuoteSpeaker) {
                .start = a->t[s].start,
                .end = a->t[e - 1].end,
                .name_start = a->t[ns].start,
                .name_end = a->t[ne - 1].end,
                .kind = kind,
        };
        sp->n++;
}

/* A name right after a preposition is not the one who speaks: "Representatives
 * at several stores in the United States said", "the president of Chrysler
 * said". After "of" and the like only when a role or a name comes before it:
 * in "footage of Clinton asking" Clinton speaks. */
static bool after_preposition(const Attr *a, long lo, long r) {
        static const char *const places[] = { "in", "at", "from", "near", "across", "outside", "inside" };
        static const char *const others[] = { "of", "for", "with", "on", "by" };
        long k = r - 1;
        if (word_is(a, k, "the"))
                k--;
        if (k <= lo)
                return false;
        for (size_t i = 0; i < G_N_ELEMENTS(places); i++)
                if (word_is(a, k, places[i]))
                        return true;
        bool role = word_in(a, k - 1, quote_word_is_title) || is_cap(a, k - 1);
        for (size_t i = 0; i < G_N_ELEMENTS(others) && role; i++)
                if (word_is(a, k, others[i]))
                        return true;
        return false;
}

/* Names ending at @hi, as a list "A, B and C"; returns false when @hi ends no name. */
static bool take_names(const Attr *a, long lo, long hi, Speakers *sp) {
        Speakers got = { .cue = sp->cue };
        for (;;) {
                long r = name_run_start(a, lo, hi);
                if (r >= hi || is_possessive(a, hi - 1) || after_preposition(a, lo, r))
                        break;
                long proper = name_proper_start(a, r, hi);
                if (proper >= hi)
                        break; /* a title alone: "the President" is a description */
                add_speaker(&got, a, QUOTE_SPEAKER_NAME, r, hi, proper, hi);
                long k = r;
                if (word_is(a, k - 1, "and") || punct_is(a, k - 1, ","))
                        k--;
                if (punct_is(a, k - 1, ","))
                        k--;
                if (k == r || k <= lo || !(word_is(a, r - 1, "and") || punct_is(a, r - 1, ",")))
                        break;
                hi = k;
        }
        if (got.n == 0)
                return false;
        *sp = got;
        return true;
}

static bool description_ok(const Attr *a, long s, long e, Side side) {
        long words = 0, content = 0;
        for (long i = s; i < e; i++) {
                if (is_abbrev_dot(a, i))
                        continue;
                if (!is_kind(a, i, QUOTE_TOK_WORD) || word_in(a, i, quote_word_is_breaker))
                        return false;
                words++;
                content += !word_in(a, i, quote_word_is_det);
        }
        if (words == 0 || words > DESCRIPTION_MAX || content == 0)
                return false;
        if (word_is(a, e - 1, "of") || word_is(a, e - 1, "and") || word_in(a, e - 1, quote_word_is_det) ||
            word_in(a, e - 1, quote_word_is_stop))
                return false;
        /* a noun phrase, not a clause: "Alan Mulally remembered", "Chris Weafer
         * commenting"; "the ruling" and "the hearing" are nouns */
        const QuoteToken *last_word = &a->t[e - 1];
        bool ing = a->text[last_word->end - 1] == 'g';
        if (is_verb_form(a, e - 1) && (!ing || is_cap(a, e - 2)))
                return false;
        if (word_in(a, s, quote_word_is_det) || is_possessive(a, s) || is_cap(a, s))
                return true;
        /* bare plurals: "experts caution that", "officials said" */
        const QuoteToken *last = &a->t[e - 1];
        bool lower = !is_cap(a, s) && !is_possessive(a, e - 1) && !word_in(a, s, quote_word_is_participle);
        return side == SIDE_BEFORE && lower && words <= 3 && a->text[last->end - 1] == 's';
}

/* Reads [s, e) as a speaker mention: a pronoun, names, or a description. */
static bool classify(const Attr *a, long s, long e, Side side, Speakers *sp) {
        if (side == SIDE_BEFORE)
                while (s < e && word_in(a, s, quote_word_is_lead))
                        s++;
        if (e <= s)
                return false;
        if (e - s == 1 && word_in(a, s, quote_word_is_pronoun)) {
                add_speaker(sp, a, QUOTE_SPEAKER_PRONOUN, s, e, s, e);
                return true;
        }
        if (take_names(a, s, e, sp))
                return true;
        if (!description_ok(a, s, e, side))
                return false;
        add_speaker(sp, a, QUOTE_SPEAKER_DESCRIPTION, s, e, s, e);
        return true;
}

/* ---- regions around a verb ------------------------------------------------- */

static bool sentence_subject(const Attr *a, long v, Speakers *sp);

/* Words between a subject and its verb: "Trump also said", "Clinton has long argued". */
static long skip_between_back(const Attr *a, long e) {
        while (e > 0 && (word_in(a, e - 1, quote_word_is_between) || is_adverb(a, e - 1)))
                e--;
        if (word_in(a, e - 1, quote_word_is_time) && word_is(a, e - 2, "on"))
                e -= 2;
        /* "Trump this week also said" */
        bool period = word_is(a, e - 1, "week") || word_is(a, e - 1, "month") || word_is(a, e - 1, "year");
        if (period && (word_is(a, e - 2, "this") || word_is(a, e - 2, "last")))
                e = skip_between_back(a, e - 2);
        return e;
}

static long find_back(const Attr *a, long from, long limit, const char *p) {
        for (long i = from; i >= 0 && from - i < limit; i--) {
                if (punct_is(a, i, p))
                        return i;
                if (!is_kind(a, i, QUOTE_TOK_WORD) && !is_kind(a, i, QUOTE_TOK_PUNCT))
                        return -1;
                if (is_final_punct(a, i) && !is_abbrev_dot(a, i))
                        return -1;
        }
        return -1;
}

/* The subject of the verb at @v: the words right before it, back to the start of
 * its clause, skipping an appositive (", a close Trump ally,") or a
 * parenthesis ("(R-Fla.)"). */
static bool subject_before(const Attr *a, long v, Speakers *sp) {
        /* "The invitation reads, ...": a text reads, nobody speaks */
        if (word_is(a, v, "reads") || word_is(a, v, "read"))
                return false;
        long e = skip_between_back(a, v);
        /* "Jobs welcomed everyone and said": the sentence's subject */
        if (word_is(a, e - 1, "and"))
                return sentence_subject(a, v, sp);
        if (punct_is(a, e - 1, ")")) {
                long open = find_back(a, e - 2, 12, "(");
                if (open < 0)
                        return false;
                e = open;
        }
        if (punct_is(a, e - 1, ",")) {
                long c = find_back(a, e - 2, APPOSITIVE_MAX, ",");
                if (c < 0 || !same_sentence(a, c, v))
                        return false;
                e = c;
        }
        long s = e;
        while (s > 0 && e - s < REGION_MAX && same_sentence(a, s - 1, v) &&
               (is_kind(a, s - 1, QUOTE_TOK_WORD) || is_abbrev_dot(a, s - 1)))
                s--;
        if (e - s >= REGION_MAX)
                return false;
        /* "Scott Carson, president and CEO of Boeing Commercial Airplanes said": an
         * appositive left open; the name before it speaks */
        long t = word_is(a, s, "the") ? s + 1 : s;
        if (word_in(a, t, quote_word_is_title) && !is_cap(a, t) && punct_is(a, s - 1, ",")) {
                long n = s - 1;
                while (n > 0 && (s - 1) - n < REGION_MAX && same_sentence(a, n - 1, v) &&
                       (in_name(a, n - 1, 0, s - 1) || is_abbrev_dot(a, n - 1)))
                        n--;
                /* the name opens its sentence or clause: "Buzz Hargrove, the president
                 * of ... said"; not "In Washington, the spokesman said" */
                bool opens = n == 0 || !same_sentence(a, n - 1, v) || punct_is(a, n - 1, ",") ||
                             is_kind(a, n - 1, QUOTE_TOK_BREAK);
                if (n < s - 1 && opens && take_names(a, n, s - 1, sp))
                        return true;
        }
        return classify(a, s, e, SIDE_BEFORE, sp);
}

/* `said the general secretary of the union Unite, Tony Woodley.`: a description
 * [@i, @comma), then the name of the one it describes, ending the sentence. */
static bool named_after(const Attr *a, long i, long comma, Speakers *sp) {
        long s = comma + 1, e = s;
        while (e < a->n && (is_cap(a, e) || is_abbrev_dot(a, e) || word_in(a, e, quote_word_is_connector)))
                e++;
        if (e - s < 2 || !(is_final_punct(a, e) || e >= a->n || is_kind(a, e, QUOTE_TOK_BREAK)))
                return false;
        if (!description_ok(a, i, comma, SIDE_AFTER))
                return false;
        return take_names(a, s, e, sp);
}

/* The speaker after the verb at @v - 1: "said Senator Bill Hagerty, ...". */
static bool speaker_after(const Attr *a, long i, Speakers *sp) {
        long e = i;
        while (e < a->n && e - i < REGION_MAX) {
                if (is_abbrev_dot(a, e)) {
                        e++;
                        continue;
                }
                if (!is_kind(a, e, QUOTE_TOK_WORD) || word_in(a, e, quote_word_is_cue) ||
                    word_in(a, e, quote_word_is_stop) || word_in(a, e, quote_word_is_time))
                        break;
                /* "wrote Cameron Easley for Morning Consult" */
                bool preposition = word_is(a, e, "for") || word_is(a, e, "of") || word_is(a, e, "with");
                if (preposition && e > i && is_cap(a, e - 1))
                        break;
                /* "said analyst Chris Weafer commenting on it" */
                if (e > i && is_verb_form(a, e) && !word_in(a, e - 1, quote_word_is_det))
                        break;
                e++;
        }
        if (punct_is(a, e, ",")) {
                /* "said GM's sales, service, and marketing vice president": a list */
                if (is_kind(a, e + 1, QUOTE_TOK_WORD) && !is_cap(a, e + 1) && punct_is(a, e + 2, ",") &&
                    description_ok(a, i, e, SIDE_AFTER))
                        return false;
                /* "said the general secretary of the union Unite, Tony Woodley." */
                if (named_after(a, i, e, sp))
                        return true;
        }
        return classify(a, i, e, SIDE_AFTER, sp);
}

/* ---- direct quotes ---------------------------------------------------------- */

/* `"...," X said` and `"...," said X`, `"..." ― X` under a reader's comment. */
static bool attribute_after(const Attr *a, long close, Speakers *sp) {
        long i = close + 1;
        if (punct_is(a, i, ","))
                i++;
        if (!valid(a, i) || is_kind(a, i, QUOTE_TOK_BREAK))
                return false;
        if (is_dash(a, i)) {
                long e = i + 1;
                while (e < a->n && (is_cap(a, e) || is_abbrev_dot(a, e)))
                        e++;
                bool line_end = e >= a->n || is_kind(a, e, QUOTE_TOK_BREAK) || punct_is(a, e, ".");
                return line_end && e > i + 1 && take_names(a, i + 1, e, sp);
        }
        if (word_in(a, i, quote_word_is_cue)) {
                sp->cue = i;
                return speaker_after(a, i + 1, sp);
        }
        long v = i;
        while (v < a->n && v - i < POST_VERB_MAX && !is_cue(a, v, quote_word_is_cue)) {
                bool ok = is_kind(a, v, QUOTE_TOK_WORD) || punct_is(a, v, ",") || is_abbrev_dot(a, v) ||
                          punct_is(a, v, "(") || punct_is(a, v, ")") || is_dash(a, v) ||
                          (punct_is(a, v, ".") && (punct_is(a, v + 1, ")") || punct_is(a, v + 1, ",")));
                if (!ok)
                        return false;
                v++;
        }
        if (!is_cue(a, v, quote_word_is_cue))
                return false;
        sp->cue = v;
        long e = skip_between_back(a, v);
        long c = i;
        while (c < e && !punct_is(a, c, ",") && !punct_is(a, c, "("))
                c++;
        if (c < e && !punct_is(a, e - 1, ",") && !punct_is(a, e - 1, ")"))
                return false; /* a comma inside, not an appositive: another clause */
        return classify(a, i, c, SIDE_AFTER, sp);
}

/* `according to X, "..."` */
static bool attribute_according(const Attr *a, long comma, Speakers *sp) {
        for (long i = comma - 1; i >= 1 && comma - i < REGION_MAX; i--) {
                if (!is_kind(a, i, QUOTE_TOK_WORD) && !is_abbrev_dot(a, i))
                        return false;
                if (word_is(a, i, "to") && word_is(a, i - 1, "according")) {
                        sp->cue = i - 1;
                        return classify(a, i + 1, comma, SIDE_AFTER, sp);
                }
        }
        return false;
}

/* The subject that opens the sentence holding @v: "He then defended the remark,
 * saying, ..." gives "He". Only a pronoun or a name followed by a verb-like
 * lower-case word counts. */
static bool sentence_subject(const Attr *a, long v, Speakers *sp) {
        long s = v;
        while (s > 0 && same_sentence(a, s - 1, v) && !is_kind(a, s - 1, QUOTE_TOK_BREAK))
                s--;
        /* past a quotation that opens the sentence: `"...," he told the group, adding` */
        while (s < v && (word_in(a, s, quote_word_is_lead) || is_kind(a, s, QUOTE_TOK_MARK) ||
                         a->quote_of[s] >= 0 || punct_is(a, s, ",")))
                s++;
        /* past an opening phrase: "During the debate, Trump said" */
        if (word_in(a, s, quote_word_is_stop) || word_is(a, s, "during") || word_is(a, s, "at")) {
                while (s < v && !punct_is(a, s, ","))
                        s++;
                s++;
        }
        if (s >= v)
                return false;
        if (is_cue(a, s, quote_word_is_cue))
                return speaker_after(a, s + 1, sp);
        if (word_in(a, s, quote_word_is_pronoun)) {
                add_speaker(sp, a, QUOTE_SPEAKER_PRONOUN, s, s + 1, s, s + 1);
                return true;
        }
        long e = s;
        while (e < v && in_name(a, e, s, v))
                e++;
        if (e == s || e >= v || !is_kind(a, e, QUOTE_TOK_WORD) || is_cap(a, e))
                return false;
        return take_names(a, s, e, sp);
}

/* `Trump blasted her, saying, "..."`, `footage of Clinton asking, "..."` */
static bool attribute_participle(const Attr *a, long v, Speakers *sp) {
        sp->cue = v;
        if (punct_is(a, v - 1, ","))
                return sentence_subject(a, v, sp);
        return subject_before(a, v, sp);
}

/* `... Schiff said. "..."`: the sentence before names the speaker and ends at
 * its verb. */
static bool attribute_sentence_before(const Attr *a, long dot, Speakers *sp) {
        long v = dot - 1;
        if (word_in(a, v, quote_word_is_time))
                v--;
        if (!is_cue(a, v, quote_word_is_cue))
                return false;
        sp->cue = v;
        return subject_before(a, v, sp);
}

/* `X said: "..."`, `X told CBS, "..."`, `X said "..."`; a colon may end the
 * paragraph before ("Caddell continued:"). */
static bool attribute_before(const Attr *a, long open, Speakers *sp) {
        long i = open - 1;
        if (is_kind(a, i, QUOTE_TOK_BREAK)) {
                while (is_kind(a, i, QUOTE_TOK_BREAK))
                        i--;
                if (!punct_is(a, i, ":"))
                        return false;
        }
        if (punct_is(a, i, "."))
                return attribute_sentence_before(a, i, sp);
        bool punct = punct_is(a, i, ":") || punct_is(a, i, ",");
        if (punct)
                i--;
        if (punct && word_in(a, i, quote_word_is_participle))
                return attribute_participle(a, i, sp);
        if (punct && punct_is(a, i + 1, ",") && attribute_according(a, i + 1, sp))
                return true;
        long v = i;
        while (v >= 0 && i - v < PRE_VERB_MAX && is_kind(a, v, QUOTE_TOK_WORD) &&
               !is_cue(a, v, quote_word_is_cue))
                v--;
        if (!is_cue(a, v, quote_word_is_cue))
                return false;
        /* `said the deal was "a disaster"` is reported speech with a quoted phrase */
        if (v < i && !punct)
                return false;
        if (word_is(a, v + 1, "that"))
                return false;
        sp->cue = v;
        return subject_before(a, v, sp);
}

static void mark_used(Attr *a, const Speakers *sp) {
        if (sp->cue >= 0)
                a->used[sp->cue] = 1;
}

static bool ends_like_speech(const Attr *a, const QuoteSpan *span) {
        long last = (long) span->close - 1;
        return punct_is(a, last, ",") || punct_is(a, last, "?") || punct_is(a, last, "!");
}

static QuoteFound found_direct(const Attr *a, const QuoteSpan *span, const Speakers *sp) {
        QuoteFound f = {
                .start = a->t[span->open].start,
                .end = a->t[span->close].end,
                .first_tok = span->open,
                .last_tok = span->close,
                .direct = true,
                .n_speakers = sp->n,
        };
        memcpy(f.speakers, sp->s, sizeof f.speakers);
        return f;
}

/* A quotation with no attribution of its own goes on from the one before when
 * it starts the sentence right after that one's attribution:
 * `"A," said X, in an interview. "B."` */
static bool continues(const Attr *a, const QuoteFound *prev, long prev_anchor, const QuoteSpan *span) {
        if (prev->n_speakers == 0 || !prev->direct)
                return false;
        const QuoteToken *open = &a->t[span->open];
        const QuoteToken *anchor = &a->t[prev_anchor];
        return open->para == anchor->para && open->sentence <= anchor->sentence + 1;
}

static void find_direct(Attr *a, const GArray *spans, GArray *found) {
        long prev_anchor = -1;
        for (size_t k = 0; k < spans->len; k++) {
                const QuoteSpan *span = &g_array_index(spans, QuoteSpan, k);
                if (span->close < a->headline)
                        continue;
                Speakers sp = { .cue = -1 };
                bool after = attribute_after(a, span->close, &sp);
                if (span->n_words < a->opt->min_words && !(after && ends_like_speech(a, span)))
                        continue;
                if (!after) {
                        sp = (Speakers) { .cue = -1 };
                        (void) attribute_before(a, span->open, &sp);
                }
                /* a phrase quoted inside a clause (`called it "a disaster"`) says
                 * nothing of who spoke unless a verb names someone */
                if (sp.n == 0 && is_kind(a, (long) span->open - 1, QUOTE_TOK_WORD) &&
                    same_sentence(a, span->open - 1, span->open))
                        continue;
                QuoteFound f = found_direct(a, span, &sp);
                if (sp.n == 0 && found->len > 0 && prev_anchor >= 0) {
                        const QuoteFound *prev = &g_array_index(found, QuoteFound, found->len - 1);
                        if (continues(a, prev, prev_anchor, span)) {
                                f.n_speakers = prev->n_speakers;
                                memcpy(f.speakers, prev->speakers, sizeof f.speakers);
                        }
                }
                mark_used(a, &sp);
                for (uint32_t i = span->open; i <= span->close; i++)
                        a->quote_of[i] = (int32_t) found->len;
                g_array_append_val(found, f);
                prev_anchor = sp.cue > (long) span->close ? sp.cue : (long) span->close;
        }
}

/* ---- reported speech --------------------------------------------------------- */

/* A clause ends before its own attribution: `..., according to the poll`,
 * `..., the source added`. */
static long cut_attribution(const Attr *a, long c, long e) {
        for (long k = c + 1; k <= e; k++) {
                if (!punct_is(a, k, ",") || a->quote_of[k] >= 0)
                        continue;
                if (word_is(a, k + 1, "according") && word_is(a, k + 2, "to"))
                        return k - 1;
                for (long v = k + 1; v <= e && v - k <= 6; v++) {
                        if (!is_kind(a, v, QUOTE_TOK_WORD))
                                break;
                        if (is_cue(a, v, quote_word_is_cue) && (v == e || (v + 1 == e && word_in(a, e, quote_word_is_time))))
                                return k - 1;
                }
        }
        return e;
}

/* The last token of the clause that starts at @c: its sentence's end, without the
 * final period, running on to the close of a quotation it opens. */
static long clause_end(const Attr *a, long c) {
        long e = c;
        while (e + 1 < a->n && same_sentence(a, e + 1, c) && !is_kind(a, e + 1, QUOTE_TOK_BREAK))
                e++;
        if (a->quote_of[e] >= 0) {
                while (e + 1 < a->n && a->quote_of[e + 1] == a->quote_of[e])
                        e++;
                return e;
        }
        while (e > c && (is_final_punct(a, e) || punct_is(a, e, ";") || punct_is(a, e, ":")))
                e--;
        e = cut_attribution(a, c, e);
        /* "rose to 444,000, which, according to the Times, is ...": the clause
         * cut at its own attribution keeps no dangling "which" */
        while (e > c && (punct_is(a, e, ",") || word_is(a, e, "which") || word_is(a, e, "who") ||
                         word_is(a, e, "and") || word_is(a, e, "but") || word_is(a, e, "that")))
                e--;
        return e;
}

/* After "said" a clause starts with its subject: `said the deal`, `said Kim
 * would`, `said developers had`; not `said in a statement`, `said so`. After
 * other verbs only a pronoun is clear enough: `told reporters he would`. */
static bool starts_clause(const Attr *a, long j, bool said) {
        static const char *const subjects[] = { "he", "she", "they", "it", "we", "i", "there" };
        for (size_t k = 0; k < G_N_ELEMENTS(subjects); k++)
                if (word_is(a, j, subjects[k]) && !is_kind(a, j + 1, QUOTE_TOK_PUNCT))
                        return true;
        if (!said || !is_kind(a, j, QUOTE_TOK_WORD) || word_is(a, j, "one") || is_adverb(a, j) ||
            word_in(a, j, quote_word_is_notclause) || word_in(a, j, quote_word_is_cue))
                return false;
        /* a clause needs a few words before the sentence ends */
        for (long k = j; k < j + 3; k++)
                if (!valid(a, k) || !same_sentence(a, k, j) || is_final_punct(a, k))
                        return false;
        return true;
}

/* Where the reported clause after the verb at @v starts, or -1:
 * `said (in a statement) that ...`, `told reporters he ...`, `said the ...`. */
static long content_start(const Attr *a, long v) {
        /* `said the dealerships that were closed are ...`: after a noun phrase,
         * "that" starts a relative clause, not the reported one */
        static const char *const dets[] = { "the", "a", "an", "its", "his", "her", "their", "our" };
        bool noun_first = false;
        for (size_t k = 0; k < G_N_ELEMENTS(dets) && !word_in(a, v, quote_word_is_told); k++)
                noun_first |= word_is(a, v + 1, dets[k]);
        for (long j = v + 1; j < a->n && j - v <= 9; j++) {
                bool relative = noun_first && j > v + 1 && (j <= v + 3 || is_aux(a, j + 1));
                if (word_is(a, j, "that") && !relative)
                        return j;
                bool wh = word_is(a, j, "how") || word_is(a, j, "why") || word_is(a, j, "whether");
                if (wh && j > v + 1 && word_in(a, v, quote_word_is_told))
                        return j;
                if (!is_kind(a, j, QUOTE_TOK_WORD) || word_in(a, j, quote_word_is_cue))
                        break;
        }
        long j = v + 1;
        if (word_in(a, v, quote_word_is_told)) {
                long object = j;
                while (j < a->n && j - object < 4 && is_kind(a, j, QUOTE_TOK_WORD) && !starts_clause(a, j, false))
                        j++;
                if (j == object)
                        return -1;
        }
        if (word_in(a, j, quote_word_is_time))
                j++;
        bool said = word_is(a, v, "said") || word_is(a, v, "says") || word_is(a, v, "say");
        return starts_clause(a, j, said && j == v + 1) ? j : -1;
}

static bool overlaps_used(const Attr *a, long s, long e) {
        for (long i = s; i <= e; i++)
                if (a->used[i])
                        return true;
        return false;
}

static void add_reported(Attr *a, GArray *found, long c, long e, const Speakers *sp) {
        if (e < c || overlaps_used(a, c, e))
                return;
        QuoteFound f = {
                .start = a->t[c].start,
                .end = a->t[e].end,
                .first_tok = (uint32_t) c,
                .last_tok = (uint32_t) e,
                .direct = false,
                .n_speakers = sp->n,
        };
        memcpy(f.speakers, sp->s, sizeof f.speakers);
        g_array_append_val(found, f);
        for (long i = c; i <= e; i++)
                a->used[i] = 1;
        if (sp->cue >= 0)
                a->used[sp->cue] = 1;
}

static void find_said_that(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || !word_in(a, v, quote_word_is_reporting))
                return;
        if (is_kind(a, v - 1, QUOTE_TOK_MARK) || (punct_is(a, v - 1, ",") && is_kind(a, v - 2, QUOTE_TOK_MARK)))
                return; /* `"...," said X` is a direct quote's cue */
        long c = content_start(a, v);
        if (c < 0 || is_kind(a, c, QUOTE_TOK_MARK) || !is_cue(a, v, quote_word_is_reporting))
                return;
        Speakers sp = { .cue = v };
        if (!subject_before(a, v, &sp))
                return;
        add_reported(a, found, c, clause_end(a, c), &sp);
}

/* `According to X, CLAUSE.` and `CLAUSE, according to X.` */
static void find_according(Attr *a, long v, GArray *found) {
        if (!word_is(a, v, "according") || !word_is(a, v + 1, "to") || a->quote_of[v] >= 0)
                return;
        long s = v + 2, e = s;
        while (e < a->n && e - s < REGION_MAX && (is_kind(a, e, QUOTE_TOK_WORD) || is_abbrev_dot(a, e)))
                e++;
        Speakers sp = { .cue = v };
        if (!classify(a, s, e, SIDE_BEFORE, &sp)) {
                /* "according to a poll released last week": the source as written */
                if (e <= s || e - s > REGION_MAX - 1 || !(punct_is(a, e, ",") || is_final_punct(a, e)))
                        return;
                add_speaker(&sp, a, QUOTE_SPEAKER_DESCRIPTION, s, e, s, e);
        }
        bool initial = v == 0 || !same_sentence(a, v - 1, v) ||
                       (word_in(a, v - 1, quote_word_is_lead) && !same_sentence(a, v - 2, v));
        /* "According to The New York Times, who first broke the news, ..." */
        bool relative = word_is(a, e + 1, "who") || word_is(a, e + 1, "which");
        if (initial && punct_is(a, e, ",") && !is_kind(a, e + 1, QUOTE_TOK_MARK) && !relative) {
                add_reported(a, found, e + 1, clause_end(a, e + 1), &sp);
                return;
        }
        if (!punct_is(a, v - 1, ",") || !(is_final_punct(a, e) || e >= a->n))
                return;
        long c = v - 1;
        while (c > 0 && same_sentence(a, c - 1, v) && !is_kind(a, c - 1, QUOTE_TOK_BREAK))
                c--;
        while (c < v - 1 && word_in(a, c, quote_word_is_lead))
                c++;
        if (c < v - 1)
                add_reported(a, found, c, v - 2, &sp);
}

/* `..., saying (that) CLAUSE`: the sentence's subject speaks. */
static void find_participle(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || !punct_is(a, v - 1, ",") ||
            !word_in(a, v, quote_word_is_participle))
                return;
        long c = word_is(a, v + 1, "that") ? v + 1 : v + 1;
        if (!is_kind(a, c, QUOTE_TOK_WORD) || !(word_is(a, c, "that") || starts_clause(a, c, true)))
                return;
        Speakers sp = { .cue = v };
        if (!sentence_subject(a, v, &sp))
                return;
        add_reported(a, found, c, clause_end(a, c), &sp);
}

/* The first word of the sentence holding @v, past "But", "However," and the like. */
static long sentence_start(const Attr *a, long v) {
        long c = v;
        while (c > 0 && same_sentence(a, c - 1, v) && !is_kind(a, c - 1, QUOTE_TOK_BREAK))
                c--;
        while (c < v && (word_in(a, c, quote_word_is_lead) || punct_is(a, c, ",")))
                c++;
        return c;
}

/* `CLAUSE, X said.` and `CLAUSE, said X.`: the attribution closes the sentence. */
static void find_said_after(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || !is_cue(a, v, quote_word_is_cue))
                return;
        long end = v + 1;
        if (word_in(a, end, quote_word_is_time))
                end++;
        Speakers sp = { .cue = v };
        long comma;
        Speakers before = { .cue = v };
        if (punct_is(a, v - 1, ",") && word_in(a, v, quote_word_is_inverted) && !subject_before(a, v, &before)) {
                long e = v + 1;
                while (e < a->n && e - v <= REGION_MAX && (is_kind(a, e, QUOTE_TOK_WORD) || is_abbrev_dot(a, e)))
                        e++;
                if (!(is_final_punct(a, e) || e >= a->n) || !speaker_after(a, v + 1, &sp))
                        return;
                comma = v - 1;
        } else {
                if (!(is_final_punct(a, end) || end >= a->n) || !subject_before(a, v, &sp))
                        return;
                long first = quote_tok_at_offset(a, sp.s[0].start);
                if (!punct_is(a, first - 1, ","))
                        return;
                comma = first - 1;
        }
        long c = sentence_start(a, comma);
        if (comma - c < 4 || is_kind(a, c, QUOTE_TOK_MARK) || a->quote_of[c] >= 0)
                return;
        add_reported(a, found, c, comma - 1, &sp);
}

static void find_reported(Attr *a, GArray *found) {
        for (long v = 0; v < a->n; v++) {
                if (!is_kind(a, v, QUOTE_TOK_WORD))
                        continue;
                find_said_that(a, v, found);
                find_according(a, v, found);
                find_participle(a, v, found);
                find_said_after(a, v, found);
        }
}

/* A direct quotation inside reported speech (`said that "..."`) is part of it. */
static void drop_inner_direct(GArray *found) {
        for (guint k = 0; k < found->len;) {
                const QuoteFound *f = &g_array_index(found, QuoteFound, k);
                bool inner = false;
                for (guint m = 0; m < found->len && f->direct && !inner; m++) {
                        const QuoteFound *g = &g_array_index(found, QuoteFound, m);
                        inner = !g->direct && g->start <= f->start && f->end <= g->end;
                }
                if (inner)
                        g_array_remove_index(found, k);
                else
                        k++;
        }
}

static gint compare_found(gconstpointer x, gconstpointer y) {
        const QuoteFound *a = x, *b = y;
        return a->start < b->start ? -1 : a->start > b->start;
}

GArray *quote_find(const char *text, size_t len, const QuoteOptions *options, GArray **ret_tokens) {
        g_autoptr(GArray) tokens = quote_lex(text, len);
        g_autoptr(GArray) spans = quote_scan(text, tokens);
        g_autofree int32_t *quote_of = g_new(int32_t, tokens->len + 1);
        g_autofree uint8_t *used = g_new0(uint8_t, tokens->len + 1);
        for (guint i = 0; i < tokens->len; i++)
                quote_of[i] = -1;
        Attr a = {
                .text = text,
                .t = (const QuoteToken *) (void *) tokens->data,
                .n = tokens->len,
                .opt = options,
                .quote_of = quote_of,
                .used = used,
                .headline = quote_headline_end(text, tokens),
        };
        GArray *found = g_array_new(false, false, sizeof(QuoteFound));
        find_direct(&a, spans, found);
        if (options->reported_speech) {
                find_reported(&a, found);
                drop_inner_direct(found);
                g_array_sort(found, compare_found);
        }
        if (ret_tokens)
                *ret_tokens = g_steal_pointer(&tokens);
        return found;
}
