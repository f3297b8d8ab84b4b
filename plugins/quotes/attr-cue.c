/* quotes plugin: the cue shapes around a direct quotation (see attr-cue.h).
 * SPDX-License-Identifier: MIT
 *
 * News prose attributes speech in a handful of fixed shapes around a cue verb:
 *   "...," X said      "...," said X      X said: "..."      X said "..."
 *   X said (that) CLAUSE      according to X, CLAUSE      CLAUSE, according to X
 * where X is a name (with titles and an optional appositive), a pronoun or a
 * description. Anything else is left without a speaker: a wrong attribution is
 * worse than none. */
#include "attr-cue.h"

#include "attr-mention.h"
#include "attr-subject.h"
#include "reported.h"

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
                return line_end && e > i + 1 && attr_take_names(a, i + 1, e, sp);
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
        long e = attr_skip_between_back(a, v);
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
        if (!attr_is_verb_like(a, i, false))
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
            word_in(a, i, quote_word_is_lead) || attr_opens_clause(a, i))
                return false;
        if (attr_is_verb_like(a, i, true)) {
                sp->cue = i;
                return attr_speaker_after(a, i + 1, sp);
        }
        long v = i;
        while (v < a->n && v - i < REGION_MAX && (is_kind(a, v, QUOTE_TOK_WORD) || is_abbrev_dot(a, v)) &&
               !attr_is_verb_like(a, v, false))
                v++;
        if (v == i || !attr_is_verb_like(a, v, false))
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
        while (n > 0 && i - n < REGION_MAX && (attr_in_name(a, n - 1, 0, i) || is_abbrev_dot(a, n - 1)))
                n--;
        bool alone = n == 0 || is_kind(a, n - 1, QUOTE_TOK_BREAK) || is_dash(a, n - 1);
        if (n < i && alone)
                return attr_take_names(a, n, i, sp);
        return attr_sentence_subject(a, i, sp);
}

static bool ends_like_speech(const Attr *a, const QuoteSpan *span) {
        long last = (long) span->close - 1;
        /* `the comeback of the decade,'"`: a single quote closes first */
        if (punct_is(a, last, "'") || punct_is(a, last, "\u2019"))
                last--;
        return punct_is(a, last, ",") || punct_is(a, last, "?") || punct_is(a, last, "!");
}

/* Who said the quotation @span, from the shapes around it, nearest first.
 * Returns true when a speech verb stands right next to it (`"No," he said`,
 * `chanted "What curfew?"`): then even a short quotation is one. */
bool attr_attribute(const Attr *a, const QuoteSpan *span, Speakers *sp) {
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
