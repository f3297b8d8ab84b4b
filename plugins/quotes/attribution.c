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

#include "attr.h"
#include "quote-scan.h"
#include "reported.h"

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

void attr_add_speaker(Speakers *sp, const Attr *a, uint8_t kind, long s, long e, long ns, long ne) {
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
        /* "A source speaking to Fox News said", "talking to CNN" */
        const QuoteToken *before = valid(a, k - 1) ? &a->t[k - 1] : NULL;
        if (word_is(a, k, "to") && before && before->end - before->start > 4 && is_kind(a, k - 1, QUOTE_TOK_WORD) &&
            memcmp(a->text + before->end - 3, "ing", 3) == 0)
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
                attr_add_speaker(&got, a, QUOTE_SPEAKER_NAME, r, hi, proper, hi);
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
bool attr_classify(const Attr *a, long s, long e, Side side, Speakers *sp) {
        if (side == SIDE_BEFORE)
                while (s < e && word_in(a, s, quote_word_is_lead))
                        s++;
        if (e <= s)
                return false;
        if (e - s == 1 && word_in(a, s, quote_word_is_pronoun)) {
                attr_add_speaker(sp, a, QUOTE_SPEAKER_PRONOUN, s, e, s, e);
                return true;
        }
        if (take_names(a, s, e, sp))
                return true;
        if (!description_ok(a, s, e, side))
                return false;
        attr_add_speaker(sp, a, QUOTE_SPEAKER_DESCRIPTION, s, e, s, e);
        return true;
}

/* ---- regions around a verb ------------------------------------------------- */

/* Words between a subject and its verb: "Trump also said", "Clinton has long argued". */
static long skip_between_back(const Attr *a, long e) {
        while (e > 0 && (word_in(a, e - 1, quote_word_is_between) || is_adverb(a, e - 1)))
                e--;
        /* "Trump on Friday said", "Priebus later Thursday told" */
        bool when = word_is(a, e - 2, "on") || word_is(a, e - 2, "later") || word_is(a, e - 2, "earlier");
        if (word_in(a, e - 1, quote_word_is_time) && when)
                e = skip_between_back(a, e - 2);
        /* "The email goes on to say" */
        bool goes_on = word_is(a, e - 3, "goes") || word_is(a, e - 3, "went") || word_is(a, e - 3, "go");
        if (word_is(a, e - 1, "to") && word_is(a, e - 2, "on") && goes_on)
                e -= 3;
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

/* A verb the cue list lacks: "exclaimed", "beamed", "mocks", "shot (back)". */
static bool is_verb_like(const Attr *a, long i, bool present) {
        static const char *const irregular[] = { "shot", "went", "began", "sang", "spoke", "cried", "wrote",
                                                 "read", "made", "gave", "took", "held", "sent", "shook" };
        if (!is_kind(a, i, QUOTE_TOK_WORD))
                return false; /* before reading the token: @i may be out of range */
        const QuoteToken *t = &a->t[i];
        size_t n = t->end - t->start;
        const char *end = a->text + t->end;
        if ((t->flags & QUOTE_TOK_CAP) || n < 4 || word_in(a, i, quote_word_is_det) ||
            word_in(a, i, quote_word_is_stop) || is_aux(a, i))
                return false;
        for (size_t k = 0; k < G_N_ELEMENTS(irregular); k++)
                if (word_is(a, i, irregular[k]))
                        return true;
        /* a word in -s is as often a plural noun ("leaders") as a verb */
        return memcmp(end - 2, "ed", 2) == 0 || (present && end[-1] == 's' && end[-2] != 's' && end[-2] != 'u');
}

/* A word that starts a clause, so no subject runs back past it: "when he
 * told", "in which he declares", "and she said". */
static bool opens_clause(const Attr *a, long i) {
        static const char *const words[] = { "when", "while", "whereas", "whilst", "because", "although",
                                             "though", "since", "which", "where", "if", "until", "unless" };
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
                if (word_is(a, i, words[k]))
                        return true;
        /* "and she said"; but "president and CEO of Acme said" is one phrase */
        bool conjunction = word_is(a, i, "and") || word_is(a, i, "but") || word_is(a, i, "or") ||
                           word_is(a, i, "so") || word_is(a, i, "yet");
        return conjunction && word_in(a, i + 1, quote_word_is_pronoun);
}

/* "Stevie Wonder, who joked", "the AP report, which notes": "who" or "which" at
 * @rel is the mention; the name or description before it speaks. */
static bool relative_subject(const Attr *a, long rel, long v, Speakers *sp) {
        long n = punct_is(a, rel - 1, ",") ? rel - 1 : rel;
        Speakers got = { .cue = sp->cue };
        if (!take_names(a, n - REGION_MAX > 0 ? n - REGION_MAX : 0, n, &got)) {
                long s = n;
                while (s > 0 && n - s < DESCRIPTION_MAX && same_sentence(a, s - 1, v) &&
                       is_kind(a, s - 1, QUOTE_TOK_WORD) && !opens_clause(a, s - 1) &&
                       !word_in(a, s - 1, quote_word_is_stop) && !is_verb_like(a, s - 1, false))
                        s--;
                if (!word_in(a, s, quote_word_is_det) || !attr_classify(a, s, n, SIDE_AFTER, &got))
                        return false;
        }
        if (got.n == 0)
                return false;
        /* "celebrities like A, B and Stevie Ray, who joked": the nearest name */
        QuoteSpeaker who = got.s[got.n - 1];
        who.start = a->t[rel].start;
        who.end = a->t[rel].end;
        sp->s[0] = who;
        sp->n = 1;
        return true;
}

/* The subject of the verb at @v: the words right before it, back to the start of
 * its clause, skipping an appositive (", a close Trump ally,") or a
 * parenthesis ("(R-Fla.)"). */
bool attr_subject_before(const Attr *a, long v, Speakers *sp) {
        /* "The invitation reads, ...": a text reads, nobody speaks */
        if (word_is(a, v, "reads") || word_is(a, v, "read"))
                return false;
        long e = skip_between_back(a, v);
        if (word_is(a, e - 1, "who") || word_is(a, e - 1, "which"))
                return relative_subject(a, e - 1, v, sp);
        /* "Jobs welcomed everyone and said", "Cole did not name him but told
         * the crowd": the sentence's subject */
        if (word_is(a, e - 1, "and") || word_is(a, e - 1, "but"))
                return attr_sentence_subject(a, v, sp);
        /* "Gov. John Kasich (R-OH), said" */
        if (punct_is(a, e - 1, ",") && punct_is(a, e - 2, ")"))
                e--;
        if (punct_is(a, e - 1, ")")) {
                long open = find_back(a, e - 2, 12, "(");
                if (open < 0)
                        return false;
                e = open;
        }
        /* "John Dix, the head of Ora -- the firm that makes the show -- told me" */
        if (is_dash(a, e - 1) && (punct_is(a, e - 1, "--") || punct_is(a, e - 1, "\u2014"))) {
                long d = find_back(a, e - 2, APPOSITIVE_MAX, punct_is(a, e - 1, "--") ? "--" : "\u2014");
                if (d < 0 || !same_sentence(a, d, v))
                        return false;
                e = d;
        }
        if (punct_is(a, e - 1, ",")) {
                long c = find_back(a, e - 2, APPOSITIVE_MAX, ",");
                if (c < 0 || !same_sentence(a, c, v))
                        return false;
                e = c;
        }
        long s = e;
        while (s > 0 && e - s < REGION_MAX && same_sentence(a, s - 1, v) &&
               (is_kind(a, s - 1, QUOTE_TOK_WORD) || is_abbrev_dot(a, s - 1)) && !opens_clause(a, s - 1))
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
        return attr_classify(a, s, e, SIDE_BEFORE, sp);
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
bool attr_speaker_after(const Attr *a, long i, Speakers *sp) {
        long e = i;
        while (e < a->n && e - i < REGION_MAX) {
                if (is_abbrev_dot(a, e)) {
                        e++;
                        continue;
                }
                /* "said Will Doyle", "said May Lin": a first name, not a modal or a month */
                bool first_name = (word_is(a, e, "will") || word_is(a, e, "may")) && is_cap(a, e) &&
                                  is_cap(a, e + 1) && !word_in(a, e + 1, quote_word_is_notname);
                if (!is_kind(a, e, QUOTE_TOK_WORD) || word_in(a, e, quote_word_is_cue) ||
                    ((word_in(a, e, quote_word_is_stop) || word_in(a, e, quote_word_is_time)) && !first_name))
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
                bool age = is_kind(a, e + 1, QUOTE_TOK_WORD) && g_ascii_isdigit(a->text[a->t[e + 1].start]);
                if (is_kind(a, e + 1, QUOTE_TOK_WORD) && !is_cap(a, e + 1) && !age && punct_is(a, e + 2, ",") &&
                    description_ok(a, i, e, SIDE_AFTER))
                        return false;
                /* "said the general secretary of the union Unite, Tony Woodley." */
                if (named_after(a, i, e, sp))
                        return true;
        }
        return attr_classify(a, i, e, SIDE_AFTER, sp);
}

/* ---- direct quotes ---------------------------------------------------------- */

/* The apostrophe of "Sanders' campaign manager". */
static bool plural_possessive(const Attr *a, long i) {
        if (!(punct_is(a, i, "'") || punct_is(a, i, "\u2019")) || !is_kind(a, i - 1, QUOTE_TOK_WORD) ||
            (a->t[i].flags & QUOTE_TOK_SPACE_BEFORE))
                return false;
        return a->text[a->t[i - 1].end - 1] == 's' && is_kind(a, i + 1, QUOTE_TOK_WORD);
}

/* The closing mark of a few words quoted from the mark at @open (`"Cia"`,
 * `"Dark Money,"`) in one sentence, or -1. */
static long quoted_words_end(const Attr *a, long open) {
        for (long m = open + 1; m < a->n && m - open <= 6 && same_sentence(a, open, m); m++) {
                if (is_kind(a, m, QUOTE_TOK_MARK))
                        return m > open + 1 && (a->t[m].flags & QUOTE_TOK_CLOSE) ? m : -1;
                if (!is_kind(a, m, QUOTE_TOK_WORD) && !is_kind(a, m, QUOTE_TOK_PUNCT))
                        return -1;
        }
        return -1;
}

/* `"...," X said` and `"...," said X`, `"..." ― X` under a reader's comment. */
static bool attribute_after(const Attr *a, long close, Speakers *sp) {
        long i = close + 1;
        if (punct_is(a, i, ","))
                i++;
        /* a quoted paragraph signed on the next line: `"..."` / `- Ann Lee.` */
        if (is_kind(a, i, QUOTE_TOK_BREAK) && is_kind(a, close - 1, QUOTE_TOK_PUNCT)) {
                while (is_kind(a, i, QUOTE_TOK_BREAK))
                        i++;
                if (!is_dash(a, i) || !is_cap(a, i + 1))
                        return false;
        }
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
                return attr_speaker_after(a, i + 1, sp);
        }
        /* `"...," according to Citizens Watch.` */
        if (word_is(a, i, "according") && word_is(a, i + 1, "to")) {
                sp->cue = i;
                return attr_speaker_after(a, i + 2, sp);
        }
        long v = i;
        while (v < a->n && v - i < POST_VERB_MAX && !is_cue(a, v, quote_word_is_cue)) {
                /* `Del. Marcia "Cia" Price`, `author of "Dark Money,"`: a few
                 * quoted words inside the speaker's mention */
                long m = is_kind(a, v, QUOTE_TOK_MARK) ? quoted_words_end(a, v) : -1;
                if (m >= 0) {
                        v = m + 1;
                        continue;
                }
                bool ok = is_kind(a, v, QUOTE_TOK_WORD) || punct_is(a, v, ",") || is_abbrev_dot(a, v) ||
                          punct_is(a, v, "(") || punct_is(a, v, ")") || is_dash(a, v) ||
                          (punct_is(a, v, ".") && (punct_is(a, v + 1, ")") || punct_is(a, v + 1, ","))) ||
                          plural_possessive(a, v);
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
        /* an appositive may end inside a quoted title: `author of "Cheap Money," wrote` */
        long end = is_kind(a, e - 1, QUOTE_TOK_MARK) ? e - 1 : e;
        if (c < e && !punct_is(a, end - 1, ",") && !punct_is(a, end - 1, ")"))
                return false; /* a comma inside, not an appositive: another clause */
        /* `"... terrorism." Trump said the country is ...`: a new sentence whose
         * verb reports a clause of its own does not attribute the quotation */
        if (punct_is(a, close - 1, ".") && reported_content_start(a, v) >= 0)
                return false;
        /* `"... in all areas." She noted a planned rally ...`: a new sentence whose
         * verb takes an object is no attribution */
        if (punct_is(a, close - 1, ".") && word_in(a, v + 1, quote_word_is_det))
                return false;
        /* the words before the verb are its subject: `"...," federal prosecutors wrote` */
        return attr_classify(a, i, c, SIDE_AFTER, sp) || (c == e && attr_classify(a, i, c, SIDE_BEFORE, sp));
}

/* `according to X, "..."` */
static bool attribute_according(const Attr *a, long comma, Speakers *sp) {
        for (long i = comma - 1; i >= 1 && comma - i < REGION_MAX; i--) {
                if (!is_kind(a, i, QUOTE_TOK_WORD) && !is_abbrev_dot(a, i))
                        return false;
                if (word_is(a, i, "to") && word_is(a, i - 1, "according")) {
                        sp->cue = i - 1;
                        return attr_classify(a, i + 1, comma, SIDE_AFTER, sp);
                }
        }
        return false;
}


/* A number opens a crowd: "About 50 strikers", "200 protesters", "nearly 300
 * workers". */
static bool counts_people(const Attr *a, long s) {
        static const char *const about[] = { "about", "nearly", "almost", "roughly", "around", "some", "over" };
        for (size_t k = 0; k < G_N_ELEMENTS(about); k++)
                if (word_is(a, s, about[k])) {
                        s++;
                        break;
                }
        return is_kind(a, s, QUOTE_TOK_WORD) && g_ascii_isdigit(a->text[a->t[s].start]) &&
               is_kind(a, s + 1, QUOTE_TOK_WORD) && !is_cap(a, s + 1);
}

/* "The coach defended the trade": a description that opens the sentence, up to
 * its verb, is its subject. */
static bool description_subject(const Attr *a, long s, long v, Speakers *sp) {
        long e = s + 1;
        while (e < v && e - s <= DESCRIPTION_MAX && is_kind(a, e, QUOTE_TOK_WORD) && !is_verb_like(a, e, false) &&
               !word_in(a, e, quote_word_is_cue) && !is_aux(a, e))
                e++;
        /* "The challenge is exemplified by this finding:": a copula or a passive
         * says nothing of who speaks; "the chairman is trying" does */
        const QuoteToken *next = valid(a, e + 1) ? &a->t[e + 1] : NULL;
        bool progressive = is_aux(a, e) && next && is_verb_form(a, e + 1) && a->text[next->end - 1] == 'g';
        /* "50 strikers had gathered": a perfect, not a passive */
        bool perfect = (word_is(a, e, "had") || word_is(a, e, "have") || word_is(a, e, "has")) &&
                       is_verb_like(a, e + 1, false);
        if (e >= v || !(is_verb_like(a, e, false) || word_in(a, e, quote_word_is_cue) || progressive || perfect))
                return false;
        return attr_classify(a, s, e, SIDE_BEFORE, sp) && sp->s[0].kind == QUOTE_SPEAKER_DESCRIPTION;
}

/* The end of the name that opens a sentence at @s, before @v: a role in lower
 * case may stand between a first capitalised word and the name proper
 * ("Republican Senate candidate Mark Olsen", "Democratic nominee Ann Lee"). */
static long name_with_role(const Attr *a, long s, long v) {
        long e = s;
        while (e < v && in_name(a, e, s, v))
                e++;
        long r = e;
        while (e > s && r < v && r - e < 3 && is_kind(a, r, QUOTE_TOK_WORD) && !is_cap(a, r) &&
               !is_verb_like(a, r, true) && !word_in(a, r, quote_word_is_stop) && !word_in(a, r, quote_word_is_det) &&
               !word_in(a, r, quote_word_is_between) && !word_in(a, r, quote_word_is_cue) && !is_aux(a, r) &&
               !word_in(a, r, quote_word_is_connector) && !word_is(a, r, "of") && !word_is(a, r, "and"))
                r++;
        if (r == e || !is_cap(a, r) || !word_in(a, r - 1, quote_word_is_title))
                return e;
        e = r;
        while (e < v && in_name(a, e, s, v))
                e++;
        return e;
}

/* Past what may follow a name before its verb, from @e: an appositive led by a
 * determiner ("Dean, a former party chairman, poked"), a short one ("Ann
 * Pryce, R-Ida., said", "Mr. Hale, 62, defended") or a parenthesis ("Rep. Dana
 * Kole (D-Ore.) reacted"). Returns the token after it, or -1. */
static long past_aside(const Attr *a, long e, long v) {
        long f = e;
        if (punct_is(a, f, "(")) {
                while (f < v && f - e < 12 && !punct_is(a, f, ")"))
                        f++;
                if (!punct_is(a, f, ")"))
                        return -1;
                f++;
                return punct_is(a, f, ",") ? f + 1 : f;
        }
        if (!punct_is(a, f, ","))
                return f;
        f++;
        while (f < v && f - e < APPOSITIVE_MAX && !punct_is(a, f, ",") &&
               (is_kind(a, f, QUOTE_TOK_WORD) || is_abbrev_dot(a, f) || punct_is(a, f, "-") ||
                (punct_is(a, f, ".") && punct_is(a, f + 1, ","))))
                f++;
        if (!punct_is(a, f, ",") || f == e + 1)
                return -1;
        bool short_aside = f - e <= 5 && (g_ascii_isdigit(a->text[a->t[e + 1].start]) || is_cap(a, e + 1)) &&
                           !word_in(a, e + 1, quote_word_is_lead);
        if (!word_in(a, e + 1, quote_word_is_det) && !short_aside)
                return -1;
        return f + 1;
}

/* The subject that opens the sentence holding @v: "He then defended the remark,
 * saying, ..." gives "He". Only a pronoun or a name followed by a verb-like
 * lower-case word counts. */
static bool subject_from(const Attr *a, long s, long v, Speakers *sp);
static bool name_subject(const Attr *a, long s, long v, Speakers *sp);

bool attr_sentence_subject(const Attr *a, long v, Speakers *sp) {
        long s = v;
        while (s > 0 && same_sentence(a, s - 1, v) && !is_kind(a, s - 1, QUOTE_TOK_BREAK))
                s--;
        /* past a quotation that opens the sentence: `"...," he told the group, adding` */
        while (s < v && (is_kind(a, s, QUOTE_TOK_MARK) || a->quote_of[s] >= 0 || punct_is(a, s, ",")))
                s++;
        /* past an opening phrase: "During the debate, Trump said", "When asked
         * if ..., he laughed", "Asked about it, Trump said", "Here in Dayton,
         * Ross stepped up ..."; but the comma may be the verb's own ("And then
         * Ross went on the attack, saying") */
        long comma = s;
        while (comma < v && !punct_is(a, comma, ","))
                comma++;
        bool opening = word_in(a, s, quote_word_is_stop) || word_in(a, s, quote_word_is_lead) ||
                       word_is(a, s, "during") || (is_cap(a, s) && is_verb_form(a, s));
        opening = opening && !counts_people(a, s);
        long after = comma + 1;
        /* "On July 6, 2015, Sanders made ...": the year closes the date */
        bool year = is_kind(a, after, QUOTE_TOK_WORD) && g_ascii_isdigit(a->text[a->t[after].start]);
        if (year && punct_is(a, after + 1, ",") && after + 2 < v)
                after += 2;
        if (opening && comma < v)
                return subject_from(a, after, v, sp) || (comma + 1 >= v && subject_from(a, s, v, sp));
        /* not into a clause: "Once in my 20s, when my mother ..., I laughed and said" */
        bool clause = word_in(a, after, quote_word_is_lead) || opens_clause(a, after);
        return subject_from(a, s, v, sp) || (comma + 1 < v && !clause && subject_from(a, after, v, sp));
}

/* The subject at @s (after its lead words) of the verb-like word before @v. */
static bool subject_from(const Attr *a, long s, long v, Speakers *sp) {
        /* "When Trump suggested that ..., Rubio fired back": past a clause that
         * opens the sentence, up to its comma */
        if (opens_clause(a, s) || word_is(a, s, "when") || word_is(a, s, "after") || word_is(a, s, "before")) {
                long c = s + 1;
                while (c < v && !punct_is(a, c, ","))
                        c++;
                if (c + 1 < v)
                        return subject_from(a, c + 1, v, sp);
        }
        while (s < v && word_in(a, s, quote_word_is_lead))
                s++;
        if (s >= v)
                return false;
        if (is_cue(a, s, quote_word_is_cue))
                return attr_speaker_after(a, s + 1, sp);
        if (word_in(a, s, quote_word_is_pronoun)) {
                attr_add_speaker(sp, a, QUOTE_SPEAKER_PRONOUN, s, s + 1, s, s + 1);
                return true;
        }
        if (word_in(a, s, quote_word_is_det) || counts_people(a, s))
                return description_subject(a, s, v, sp);
        if (name_subject(a, s, v, sp))
                return true;
        /* "Small groups of strikers marched ...": a capitalised word before a
         * lower-case one opens a description, not a name */
        if (!is_cap(a, s) || !is_kind(a, s + 1, QUOTE_TOK_WORD) || is_cap(a, s + 1))
                return false;
        /* "Rubio only briefly explained", "Cruz's campaign also said": an adverb
         * ends the subject; the name path has had its say */
        for (long k = s + 1; k < v && is_kind(a, k, QUOTE_TOK_WORD) && !is_verb_like(a, k, false); k++) {
                bool ing = is_verb_form(a, k) && a->text[a->t[k].end - 1] == 'g';
                if (is_adverb(a, k) || ing || word_is(a, k, "only") || word_is(a, k, "also") ||
                    word_is(a, k, "then") || word_is(a, k, "still"))
                        return false;
        }
        Speakers got = { .cue = sp->cue };
        if (!description_subject(a, s, v, &got))
                return false;
        *sp = got;
        return true;
}

/* A name (with its role, aside and adverbs) at @s, then a verb before @v. */
static bool name_subject(const Attr *a, long s, long v, Speakers *sp) {
        long e = name_with_role(a, s, v);
        if (e == s || e >= v)
                return false;
        long f = past_aside(a, e, v);
        if (f < 0)
                return false;
        if (!is_kind(a, f, QUOTE_TOK_WORD) || is_cap(a, f))
                return false;
        /* "Hours later, Trump ...", "Over the years": a capitalised word that
         * opens the sentence is a name only when a verb follows it */
        while (word_in(a, f, quote_word_is_between) || is_adverb(a, f))
                f++;
        /* "Carson did not name them, but told ...": a negated verb */
        bool does = ((word_is(a, f, "did") || word_is(a, f, "does")) && word_is(a, f + 1, "not")) ||
                    word_is(a, f, "didn't") || word_is(a, f, "didn\u2019t") || word_is(a, f, "doesn't") ||
                    word_is(a, f, "doesn\u2019t");
        if (!is_verb_like(a, f, false) && !word_in(a, f, quote_word_is_cue) && !is_aux(a, f) && !does)
                return false;
        return take_names(a, s, e, sp);
}

/* `Trump blasted her, saying, "..."`, `footage of Clinton asking, "..."` */
static bool attribute_participle(const Attr *a, long v, Speakers *sp) {
        sp->cue = v;
        /* `..., Nefzi said, adding, "..."`: the verb before has the subject */
        if (punct_is(a, v - 1, ",") && is_cue(a, v - 2, quote_word_is_cue) && attr_subject_before(a, v - 2, sp))
                return true;
        if (punct_is(a, v - 1, ","))
                return attr_sentence_subject(a, v, sp);
        /* `she released a statement saying, "..."` */
        return attr_subject_before(a, v, sp) || attr_sentence_subject(a, v, sp);
}

/* `... Schiff said. "..."`: the sentence before names the speaker and ends at
 * its verb. */
static bool attribute_sentence_before(const Attr *a, long dot, Speakers *sp) {
        long v = dot - 1;
        if (word_in(a, v, quote_word_is_time))
                v--;
        if (is_cue(a, v, quote_word_is_cue)) {
                sp->cue = v;
                return attr_subject_before(a, v, sp);
        }
        /* `..., says Paul Rieckhoff, founder of IAVA. "..."`: the speaker ends it */
        for (v = dot - 1; v > 0 && dot - v < REGION_MAX + APPOSITIVE_MAX && same_sentence(a, v, dot); v--) {
                if (!word_in(a, v, quote_word_is_inverted) || !is_kind(a, v - 1, QUOTE_TOK_PUNCT))
                        continue;
                if (!(punct_is(a, v - 1, ",") || is_kind(a, v - 1, QUOTE_TOK_MARK)))
                        return false;
                /* `said of RT.`: a preposition, not the speaker, follows */
                if (!is_cap(a, v + 1) && !word_in(a, v + 1, quote_word_is_det) &&
                    !word_in(a, v + 1, quote_word_is_title))
                        return false;
                sp->cue = v;
                return attr_speaker_after(a, v + 1, sp);
        }
        return false;
}

/* `Trump called the plan "an absolute disgrace"`, `calling the protester
 * "a troublemaker"`: who names something in quotation marks says it. */
static bool attribute_naming(const Attr *a, long i, Speakers *sp) {
        static const char *const verbs[] = { "called", "calls", "dubbed", "labeled", "labelled", "branded",
                                             "nicknamed" };
        static const char *const participles[] = { "calling", "dubbing", "labeling", "labelling", "branding" };
        for (long v = i; v >= 0 && i - v < 5 && is_kind(a, v, QUOTE_TOK_WORD); v--) {
                for (size_t k = 0; k < G_N_ELEMENTS(participles); k++)
                        if (word_is(a, v, participles[k]))
                                return attribute_participle(a, v, sp);
                for (size_t k = 0; k < G_N_ELEMENTS(verbs); k++) {
                        if (!word_is(a, v, verbs[k]))
                                continue;
                        sp->cue = v;
                        return attr_subject_before(a, v, sp);
                }
        }
        return false;
}

/* `Said Dorothy Poynter, who grew up with him, "..."`: the sentence opens with
 * its verb; the speaker follows it. */
static bool attribute_said_first(const Attr *a, long i, Speakers *sp) {
        long s = i;
        while (s > 0 && same_sentence(a, s - 1, i) && !is_kind(a, s - 1, QUOTE_TOK_BREAK))
                s--;
        if (s >= i || !is_cap(a, s) || !word_in(a, s, quote_word_is_inverted))
                return false;
        sp->cue = s;
        return attr_speaker_after(a, s + 1, sp);
}

/* `Hillary shot back, "..."`, `Trump went on: "..."`: a name or pronoun and any
 * verb in the past, right before the comma or colon, speak. */
static bool attribute_any_verb(const Attr *a, long i, Speakers *sp) {
        static const char *const particles[] = { "back", "on", "up", "out", "again" };
        for (size_t k = 0; k < G_N_ELEMENTS(particles); k++)
                if (word_is(a, i, particles[k])) {
                        i--;
                        break;
                }
        if (!is_verb_like(a, i, false))
                return false;
        Speakers got = { .cue = i };
        if (!attr_subject_before(a, i, &got) || got.s[0].kind == QUOTE_SPEAKER_DESCRIPTION)
                return false;
        *sp = got;
        return true;
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
        /* `Emanuel acknowledged, however, "..."` */
        if (punct && punct_is(a, i - 1, ",") && (word_is(a, i, "however") || word_is(a, i, "though")))
                i -= 2;
        /* `..., writing "Feels great to support him"`, `telling Reuters, "..."` */
        if (word_in(a, i, quote_word_is_participle))
                return attribute_participle(a, i, sp);
        for (long p = i - 1; punct && p >= 0 && i - p <= 3 && is_kind(a, p, QUOTE_TOK_WORD); p--)
                if (word_in(a, p, quote_word_is_participle) && !word_is(a, p + 1, "that"))
                        return attribute_participle(a, p, sp);
        if (!punct && attribute_naming(a, i, sp))
                return true;
        /* `according to X, "..."`, `According to the report: "..."` */
        if (punct && attribute_according(a, i + 1, sp))
                return true;
        long v = i;
        while (v >= 0 && i - v < PRE_VERB_MAX && is_kind(a, v, QUOTE_TOK_WORD) &&
               !is_cue(a, v, quote_word_is_cue))
                v--;
        /* `As Steven Rosenthal, a tax lawyer, recently put it, "..."`, `as The
         * Post put it in a long profile, "..."` */
        for (long p = i; punct && p > 0 && i - p < PRE_VERB_MAX && is_kind(a, p, QUOTE_TOK_WORD); p--) {
                if (word_is(a, p, "it") && (word_is(a, p - 1, "put") || word_is(a, p - 1, "puts"))) {
                        sp->cue = p - 1;
                        return attr_subject_before(a, p - 1, sp);
                }
        }
        if (!is_cue(a, v, quote_word_is_cue))
                return punct && (attribute_said_first(a, i, sp) || attribute_any_verb(a, i, sp));
        /* `said the deal was "a disaster"` is reported speech with a quoted phrase */
        if (v < i && !punct)
                return false;
        if (word_is(a, v + 1, "that"))
                return false;
        sp->cue = v;
        /* `Said Ellis: "..."`: a verb that opens the sentence comes before its subject */
        if (v < i && is_cap(a, v) && (v == 0 || !same_sentence(a, v - 1, v) || is_kind(a, v - 1, QUOTE_TOK_BREAK)))
                return attr_classify(a, v + 1, i + 1, SIDE_AFTER, sp);
        return attr_subject_before(a, v, sp);
}

/* After a quotation that ends the way speech does (`,"` `?"` `!"`), a subject and
 * any verb, or any verb and its subject, name who spoke: `"...," the judge
 * exclaimed`, `"This is fantastic!" beamed Donald Hartley`. */
static bool attribute_after_verb(const Attr *a, long close, Speakers *sp) {
        long i = close + 1;
        if (punct_is(a, i, ","))
                i++;
        /* `"...," when Clinton blasted him`: another clause; after `?"` and `!"` the
         * lexer cannot tell a new sentence from the attribution */
        bool asked = punct_is(a, close - 1, "?") || punct_is(a, close - 1, "!");
        if (!is_kind(a, i, QUOTE_TOK_WORD) || !(asked || same_sentence(a, i, close)) ||
            word_in(a, i, quote_word_is_lead) || opens_clause(a, i))
                return false;
        if (is_verb_like(a, i, true)) {
                sp->cue = i;
                return attr_speaker_after(a, i + 1, sp);
        }
        long v = i;
        while (v < a->n && v - i < REGION_MAX && (is_kind(a, v, QUOTE_TOK_WORD) || is_abbrev_dot(a, v)) &&
               !is_verb_like(a, v, false))
                v++;
        if (v == i || !is_verb_like(a, v, false))
                return false;
        sp->cue = v;
        return attr_classify(a, i, v, SIDE_AFTER, sp);
}

/* `Donald Trump issued the following statement: "..."`, `- Carl Bialik: "..."`:
 * with no speech verb, the colon's sentence opens with who is quoted. */
static bool attribute_colon(const Attr *a, long open, Speakers *sp) {
        long i = open - 1;
        while (is_kind(a, i, QUOTE_TOK_BREAK))
                i--;
        if (!punct_is(a, i, ":"))
                return false;
        long n = i;
        while (n > 0 && i - n < REGION_MAX && (in_name(a, n - 1, 0, i) || is_abbrev_dot(a, n - 1)))
                n--;
        bool alone = n == 0 || is_kind(a, n - 1, QUOTE_TOK_BREAK) || is_dash(a, n - 1);
        if (n < i && alone)
                return take_names(a, n, i, sp);
        return attr_sentence_subject(a, i, sp);
}

static void mark_used(Attr *a, const Speakers *sp) {
        if (sp->cue >= 0)
                a->used[sp->cue] = 1;
}

static bool ends_like_speech(const Attr *a, const QuoteSpan *span) {
        long last = (long) span->close - 1;
        /* `the comeback of the decade,'"`: a single quote closes first */
        if (punct_is(a, last, "'") || punct_is(a, last, "\u2019"))
                last--;
        return punct_is(a, last, ",") || punct_is(a, last, "?") || punct_is(a, last, "!");
}

/* The token at @i opens its paragraph. */
static bool opens_paragraph(const Attr *a, long i) {
        return i == 0 || is_kind(a, i - 1, QUOTE_TOK_BREAK);
}

/* The sentence holding @i ends its paragraph: `"...," he tweeted during the game.` */
static bool ends_paragraph(const Attr *a, long i) {
        long j = i + 1;
        while (j < a->n && same_sentence(a, i, j) && !is_kind(a, j, QUOTE_TOK_BREAK))
                j++;
        return j >= a->n || (is_kind(a, j, QUOTE_TOK_BREAK) && (a->t[j].flags & QUOTE_TOK_NEW_PARA));
}

/* Words that put a quotation to someone when they stand right before it:
 * `called it "a disgrace"`, `chanting "Lock her up"`. */
static bool names_quote(const Attr *a, long i) {
        static const char *const verbs[] = { "called", "calls", "dubbed", "chanted", "chanting",
                                             "nicknamed", "labeled", "labelled", "branded" };
        for (size_t k = 0; k < G_N_ELEMENTS(verbs); k++)
                if (word_is(a, i, verbs[k]))
                        return true;
        return word_in(a, i, quote_word_is_cue) || word_in(a, i, quote_word_is_participle);
}

/* A quotation that a clause runs into or out of is part of that clause, not a
 * quotation of its own: `The country "has made dramatic changes," McConnell
 * said` and `"You squeezed employees" to drive up the stock price` quote a few
 * words inside reported speech or a title (`"A Change Is Gonna Come," she`). */
static bool embedded(const Attr *a, const QuoteSpan *span) {
        long before = (long) span->open - 1;
        if (valid(a, before) && same_sentence(a, before, span->open) &&
            ((is_kind(a, before, QUOTE_TOK_WORD) && !names_quote(a, before)) ||
             punct_is(a, before, "=") || punct_is(a, before, "\u2014") || punct_is(a, before, "--")))
                return true;
        /* `"...," veteran analyst Charlie Cook wrote`: the quotation ended first */
        long after = (long) span->close + 1;
        if (!is_kind(a, after, QUOTE_TOK_WORD) || is_cap(a, after) || !same_sentence(a, after, span->close) ||
            !is_kind(a, (long) span->close - 1, QUOTE_TOK_WORD))
                return false;
        /* `claimed "Trump exaggerates" the level of ...`: no verb after the noun */
        if (word_in(a, after, quote_word_is_det) || word_in(a, after, quote_word_is_title)) {
                for (long v = after + 1; v < a->n && v - after < 8 && is_kind(a, v, QUOTE_TOK_WORD); v++)
                        if (word_in(a, v, quote_word_is_cue) || is_verb_like(a, v, true))
                                return false;
                return true;
        }
        return !(word_in(a, after, quote_word_is_cue) || word_in(a, after, quote_word_is_pronoun) ||
                 word_in(a, after, quote_word_is_between) || word_in(a, after, quote_word_is_time) ||
                 word_in(a, after, quote_word_is_participle) || is_adverb(a, after) ||
                 word_is(a, after, "according"));
}

/* `what aide Kevin Marsh called "the start of a new era" in his book`: a
 * phrase a named person calls something is theirs, whatever prose follows it. */
static bool named_by(const Attr *a, const QuoteSpan *span, const Speakers *sp) {
        static const char *const verbs[] = { "called", "calls", "dubbed", "dubs" };
        long v = (long) span->open - 1;
        /* "a class called "Perception"" names a work: no description speaks here */
        if (sp->n == 0 || sp->cue != v || sp->s[0].kind == QUOTE_SPEAKER_DESCRIPTION)
                return false;
        for (size_t k = 0; k < G_N_ELEMENTS(verbs); k++)
                if (word_is(a, v, verbs[k]))
                        return true;
        return false;
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

/* The one sentence between the token @from and the mark @open opens with "he"
 * or "she": `"A," X said. He did not say more. "B."` goes on with X. */
static bool pronoun_sentence(const Attr *a, long from, long open) {
        long s = from + 1;
        while (s < open && a->t[s].sentence == a->t[from].sentence)
                s++;
        return s < open && (word_is(a, s, "he") || word_is(a, s, "she")) && is_final_punct(a, open - 1);
}

/* A quotation with no attribution of its own goes on from the one before when
 * it starts the sentence right after that one's attribution
 * (`"A," said X, in an interview. "B."`), or opens the paragraph right after the
 * one that ended with it: news prose gives a long quotation one attribution and
 * lets the next paragraphs run on. */
static bool continues(const Attr *a, const QuoteFound *prev, long prev_anchor, const QuoteSpan *span) {
        if (prev->n_speakers == 0 || !prev->direct)
                return false;
        const QuoteToken *open = &a->t[span->open];
        const QuoteToken *anchor = &a->t[prev_anchor];
        if (open->para == anchor->para)
                return open->sentence <= anchor->sentence + 1 ||
                       (open->sentence == anchor->sentence + 2 && pronoun_sentence(a, prev_anchor, span->open));
        return open->para == anchor->para + 1 && opens_paragraph(a, span->open) &&
               ends_paragraph(a, prev_anchor);
}

/* Who said the quotation @span, from the shapes around it, nearest first.
 * Returns true when a speech verb stands right next to it (`"No," he said`,
 * `chanted "What curfew?"`): then even a short quotation is one. */
static bool attribute(const Attr *a, const QuoteSpan *span, Speakers *sp) {
        *sp = (Speakers) { .cue = -1 };
        if (attribute_after(a, span->close, sp))
                return ends_like_speech(a, span);
        *sp = (Speakers) { .cue = -1 };
        if (attribute_before(a, span->open, sp)) {
                long gap = (long) span->open - sp->cue;
                bool put_it = word_is(a, sp->cue + 1, "it") && punct_is(a, (long) span->open - 1, ",");
                return gap == 1 || put_it ||
                       (gap == 2 && (punct_is(a, sp->cue + 1, ",") || punct_is(a, sp->cue + 1, ":")));
        }
        *sp = (Speakers) { .cue = -1 };
        if (ends_like_speech(a, span) && attribute_after_verb(a, span->close, sp))
                return false;
        *sp = (Speakers) { .cue = -1 };
        (void) attribute_colon(a, span->open, sp);
        return false;
}

/* `"...," it further wrote`, `I said, "..."`, `I laughed and said, "..."`: the
 * text says who spoke, in a word that names nobody we can tell. Returns that
 * word's token (the speaker's mention: the speaker before is not carried on),
 * or -1. */
static long unnamed_mention(const Attr *a, const QuoteSpan *span) {
        static const char *const words[] = { "it", "i", "we", "you", "they" };
        long i = (long) span->close + 1;
        if (punct_is(a, i, ","))
                i++;
        long j = (long) span->open - 1;
        if (punct_is(a, j, ",") || punct_is(a, j, ":"))
                j--;
        long s = j - 1;
        /* "I laughed and said" */
        if (word_is(a, s, "and") && is_verb_like(a, s - 1, false))
                s -= 2;
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++) {
                if (word_is(a, i, words[k]) && same_sentence(a, i, span->close) &&
                    (word_in(a, i + 1, quote_word_is_cue) || word_in(a, i + 1, quote_word_is_between) ||
                     is_verb_like(a, i + 1, true)))
                        return i;
                if (word_in(a, j, quote_word_is_cue) && word_is(a, s, words[k]))
                        return s;
        }
        return -1;
}

/* "The Long Road Home," `"Make Your Kid a Millionaire,"`: a few words in title
 * case, with no sentence's end, name a work. */
static bool names_work(const Attr *a, const QuoteSpan *span) {
        static const char *const small[] = { "a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "or" };
        long words = 0;
        for (long i = (long) span->open + 1; i < (long) span->close; i++) {
                if (is_final_punct(a, i))
                        return false;
                if (!is_kind(a, i, QUOTE_TOK_WORD))
                        continue;
                bool minor = false;
                for (size_t k = 0; k < G_N_ELEMENTS(small) && !minor; k++)
                        minor = word_is(a, i, small[k]) && i > (long) span->open + 1;
                if (!is_cap(a, i) && !minor)
                        return false;
                words++;
        }
        return words >= 2 && words <= 8;
}

/* A phrase quoted inside a clause (`called it "a disaster"`) says nothing of
 * who spoke unless a verb names someone. */
static bool inside_clause(const Attr *a, const QuoteSpan *span, const Speakers *sp) {
        return sp->n == 0 && is_kind(a, (long) span->open - 1, QUOTE_TOK_WORD) &&
               same_sentence(a, span->open - 1, span->open);
}

/* A transcript turn opens its paragraph: `"WALLACE: Let's start ...`; returns the
 * token after the colon, or -1. */
static long turn_start(const Attr *a, long i) {
        if (!is_kind(a, i, QUOTE_TOK_WORD) || !is_cap(a, i))
                return -1;
        long e = i;
        while (e < i + 3 && is_kind(a, e, QUOTE_TOK_WORD)) {
                const QuoteToken *t = &a->t[e];
                if (t->end - t->start < 2)
                        return -1;
                for (uint32_t c = t->start; c < t->end; c++)
                        if (g_ascii_islower(a->text[c]))
                                return -1;
                e++;
        }
        return e > i && punct_is(a, e, ":") ? e + 1 : -1;
}

/* The last token of the paragraph holding @i, before a closing mark. */
static long paragraph_last(const Attr *a, long i, long limit) {
        long e = i;
        while (e + 1 <= limit && !is_kind(a, e + 1, QUOTE_TOK_BREAK))
                e++;
        if (is_kind(a, e, QUOTE_TOK_MARK) && e > i)
                e--;
        return e;
}

/* `Follow Pam Key on Twitter @pamkey.`: a site's footer that an unclosed
 * transcript runs into is nobody's turn. */
static bool footer(const Attr *a, long body, long last) {
        if (!word_is(a, body, "follow"))
                return false;
        for (long i = body + 1; i <= last && i - body < 8; i++)
                if (word_is(a, i, "twitter") || word_is(a, i, "facebook"))
                        return true;
        return false;
}

/* A transcript quoted paragraph by paragraph, each opening again (`"PENCE: ...`,
 * `"But the truth ...`): one quote a paragraph, each with the name that opens its
 * turn. Returns false when @span is no transcript. */
static bool split_transcript(Attr *a, const QuoteSpan *span, GArray *found) {
        if (a->t[span->open].para == a->t[span->close].para || turn_start(a, span->open + 1) < 0)
                return false;
        Speakers sp = { .cue = -1 };
        for (long i = span->open; i <= (long) span->close;) {
                long body = i + 1, name = body, turn = turn_start(a, body);
                if (turn >= 0) {
                        sp = (Speakers) { .cue = -1 };
                        attr_add_speaker(&sp, a, QUOTE_SPEAKER_NAME, name, turn - 1, name, turn - 1);
                        body = turn;
                }
                long last = paragraph_last(a, body, span->close);
                if (sp.n > 0 && last > body && !punct_is(a, body, "(") && !footer(a, body, last)) {
                        QuoteSpan piece = { .open = (uint32_t) body, .close = (uint32_t) last };
                        QuoteFound f = found_direct(a, &piece, &sp);
                        for (long t = body; t <= last; t++)
                                a->quote_of[t] = (int32_t) found->len;
                        g_array_append_val(found, f);
                }
                /* the next paragraph's opening mark */
                i = last + 1;
                while (i <= (long) span->close && !is_kind(a, i, QUOTE_TOK_MARK))
                        i++;
        }
        return true;
}

/* A quotation that is a sentence of its own (`''We're America.''`): no scare
 * quote, however short, when it goes on from an attributed one. */
static bool whole_sentence(const Attr *a, const QuoteSpan *span) {
        long open = span->open, close = span->close;
        bool starts = opens_paragraph(a, open) || (is_final_punct(a, open - 1) && !is_abbrev_dot(a, open - 1));
        return starts && is_cap(a, open + 1) && is_final_punct(a, close - 1);
}

static void find_direct(Attr *a, const GArray *spans, GArray *found) {
        QuoteFound prev = { 0 }; /* the last attributed quotation, a clause's included */
        long prev_anchor = -1;
        for (size_t k = 0; k < spans->len; k++) {
                const QuoteSpan *span = &g_array_index(spans, QuoteSpan, k);
                if (span->close < a->headline || split_transcript(a, span, found))
                        continue;
                Speakers sp;
                bool next_to_verb = attribute(a, span, &sp);
                /* `X said. "Yes."`, `"...," X added. "We're here."` */
                bool said_before = sp.n > 0 && sp.cue >= 0 && sp.cue < (long) span->open;
                bool goes_on = whole_sentence(a, span) &&
                               (said_before || (sp.n == 0 && prev_anchor >= 0 && continues(a, &prev, prev_anchor, span)));
                if (span->n_words < a->opt->min_words && !next_to_verb && !goes_on)
                        continue;
                long anchor = sp.cue > (long) span->close ? sp.cue : (long) span->close;
                QuoteFound f = found_direct(a, span, &sp);
                if (inside_clause(a, span, &sp) || (embedded(a, span) && !named_by(a, span, &sp)) ||
                    names_work(a, span)) {
                        /* `The summit accomplished "too little," he added. "Without ..."` */
                        if (sp.n > 0) {
                                prev = f;
                                prev_anchor = anchor;
                        }
                        continue;
                }
                long unnamed = sp.n == 0 ? unnamed_mention(a, span) : -1;
                if (unnamed >= 0) {
                        attr_add_speaker(&sp, a, QUOTE_SPEAKER_PRONOUN, unnamed, unnamed + 1, unnamed, unnamed + 1);
                        f = found_direct(a, span, &sp);
                } else if (sp.n == 0 && prev_anchor >= 0 && continues(a, &prev, prev_anchor, span)) {
                        f.n_speakers = prev.n_speakers;
                        memcpy(f.speakers, prev.speakers, sizeof f.speakers);
                }
                mark_used(a, &sp);
                for (uint32_t i = span->open; i <= span->close; i++)
                        a->quote_of[i] = (int32_t) found->len;
                g_array_append_val(found, f);
                prev = f;
                prev_anchor = anchor;
        }
}

/* A paragraph that is nothing but a quotation, right before a paragraph that
 * opens with an attributed one, is the start of the same quotation
 * (`"A."` / `"B," X said.`). */
static void continue_backward(const Attr *a, GArray *found) {
        for (guint k = found->len - 1; k-- > 0;) {
                QuoteFound *f = &g_array_index(found, QuoteFound, k);
                const QuoteFound *next = &g_array_index(found, QuoteFound, k + 1);
                if (f->n_speakers > 0 || !f->direct || !next->direct || next->n_speakers == 0)
                        continue;
                bool whole = opens_paragraph(a, f->first_tok) && is_kind(a, f->last_tok + 1, QUOTE_TOK_BREAK) &&
                             (a->t[f->last_tok + 1].flags & QUOTE_TOK_NEW_PARA);
                if (whole && opens_paragraph(a, next->first_tok) &&
                    a->t[next->first_tok].para == a->t[f->last_tok].para + 1) {
                        f->n_speakers = next->n_speakers;
                        memcpy(f->speakers, next->speakers, sizeof f->speakers);
                }
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
        if (found->len > 1)
                continue_backward(&a, found);
        if (options->reported_speech) {
                reported_find(&a, found);
                reported_drop_inner_direct(found);
                g_array_sort(found, compare_found);
        }
        if (ret_tokens)
                *ret_tokens = g_steal_pointer(&tokens);
        return found;
}
