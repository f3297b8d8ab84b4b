/* quotes plugin: the subject of a cue verb (see attr-subject.h).
 * SPDX-License-Identifier: MIT
 *
 * The mention before a verb runs back to its clause's start past adverbs, an
 * appositive or a parenthesis; the one after it ends at the first word no name
 * or description holds; a sentence's subject is a pronoun, a name followed by a
 * verb, or a description that opens it. */
#include "attr-subject.h"

#include <string.h>

#include "attr-mention.h"

/* Words between a subject and its verb: "Trump also said", "Clinton has long argued". */
long attr_skip_between_back(const Attr *a, long e) {
        while (e > 0 && (word_in(a, e - 1, quote_word_is_between) || is_adverb(a, e - 1)))
                e--;
        /* "Trump on Friday said", "Priebus later Thursday told" */
        bool when = word_is(a, e - 2, "on") || word_is(a, e - 2, "later") || word_is(a, e - 2, "earlier");
        if (word_in(a, e - 1, quote_word_is_time) && when)
                e = attr_skip_between_back(a, e - 2);
        /* "The email goes on to say" */
        bool goes_on = word_is(a, e - 3, "goes") || word_is(a, e - 3, "went") || word_is(a, e - 3, "go");
        if (word_is(a, e - 1, "to") && word_is(a, e - 2, "on") && goes_on)
                e -= 3;
        /* "Trump this week also said" */
        bool period = word_is(a, e - 1, "week") || word_is(a, e - 1, "month") || word_is(a, e - 1, "year");
        if (period && (word_is(a, e - 2, "this") || word_is(a, e - 2, "last")))
                e = attr_skip_between_back(a, e - 2);
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
bool attr_is_verb_like(const Attr *a, long i, bool present) {
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
bool attr_opens_clause(const Attr *a, long i) {
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
        if (!attr_take_names(a, n - REGION_MAX > 0 ? n - REGION_MAX : 0, n, &got)) {
                long s = n;
                while (s > 0 && n - s < DESCRIPTION_MAX && same_sentence(a, s - 1, v) &&
                       is_kind(a, s - 1, QUOTE_TOK_WORD) && !attr_opens_clause(a, s - 1) &&
                       !word_in(a, s - 1, quote_word_is_stop) && !attr_is_verb_like(a, s - 1, false))
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
        long e = attr_skip_between_back(a, v);
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
               (is_kind(a, s - 1, QUOTE_TOK_WORD) || is_abbrev_dot(a, s - 1)) && !attr_opens_clause(a, s - 1))
                s--;
        if (e - s >= REGION_MAX)
                return false;
        /* "Scott Carson, president and CEO of Boeing Commercial Airplanes said": an
         * appositive left open; the name before it speaks */
        long t = word_is(a, s, "the") ? s + 1 : s;
        if (word_in(a, t, quote_word_is_title) && !is_cap(a, t) && punct_is(a, s - 1, ",")) {
                long n = s - 1;
                while (n > 0 && (s - 1) - n < REGION_MAX && same_sentence(a, n - 1, v) &&
                       (attr_in_name(a, n - 1, 0, s - 1) || is_abbrev_dot(a, n - 1)))
                        n--;
                /* the name opens its sentence or clause: "Buzz Hargrove, the president
                 * of ... said"; not "In Washington, the spokesman said" */
                bool opens = n == 0 || !same_sentence(a, n - 1, v) || punct_is(a, n - 1, ",") ||
                             is_kind(a, n - 1, QUOTE_TOK_BREAK);
                if (n < s - 1 && opens && attr_take_names(a, n, s - 1, sp))
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
        if (!attr_description_ok(a, i, comma, SIDE_AFTER))
                return false;
        return attr_take_names(a, s, e, sp);
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
                    attr_description_ok(a, i, e, SIDE_AFTER))
                        return false;
                /* "said the general secretary of the union Unite, Tony Woodley." */
                if (named_after(a, i, e, sp))
                        return true;
        }
        return attr_classify(a, i, e, SIDE_AFTER, sp);
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
        while (e < v && e - s <= DESCRIPTION_MAX && is_kind(a, e, QUOTE_TOK_WORD) && !attr_is_verb_like(a, e, false) &&
               !word_in(a, e, quote_word_is_cue) && !is_aux(a, e))
                e++;
        /* "The challenge is exemplified by this finding:": a copula or a passive
         * says nothing of who speaks; "the chairman is trying" does */
        const QuoteToken *next = valid(a, e + 1) ? &a->t[e + 1] : NULL;
        bool progressive = is_aux(a, e) && next && is_verb_form(a, e + 1) && a->text[next->end - 1] == 'g';
        /* "50 strikers had gathered": a perfect, not a passive */
        bool perfect = (word_is(a, e, "had") || word_is(a, e, "have") || word_is(a, e, "has")) &&
                       attr_is_verb_like(a, e + 1, false);
        if (e >= v || !(attr_is_verb_like(a, e, false) || word_in(a, e, quote_word_is_cue) || progressive || perfect))
                return false;
        return attr_classify(a, s, e, SIDE_BEFORE, sp) && sp->s[0].kind == QUOTE_SPEAKER_DESCRIPTION;
}

/* The end of the name that opens a sentence at @s, before @v: a role in lower
 * case may stand between a first capitalised word and the name proper
 * ("Republican Senate candidate Mark Olsen", "Democratic nominee Ann Lee"). */
static long name_with_role(const Attr *a, long s, long v) {
        long e = s;
        while (e < v && attr_in_name(a, e, s, v))
                e++;
        long r = e;
        while (e > s && r < v && r - e < 3 && is_kind(a, r, QUOTE_TOK_WORD) && !is_cap(a, r) &&
               !attr_is_verb_like(a, r, true) && !word_in(a, r, quote_word_is_stop) &&
               !word_in(a, r, quote_word_is_det) &&
               !word_in(a, r, quote_word_is_between) && !word_in(a, r, quote_word_is_cue) && !is_aux(a, r) &&
               !word_in(a, r, quote_word_is_connector) && !word_is(a, r, "of") && !word_is(a, r, "and"))
                r++;
        if (r == e || !is_cap(a, r) || !word_in(a, r - 1, quote_word_is_title))
                return e;
        e = r;
        while (e < v && attr_in_name(a, e, s, v))
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
        bool clause = word_in(a, after, quote_word_is_lead) || attr_opens_clause(a, after);
        return subject_from(a, s, v, sp) || (comma + 1 < v && !clause && subject_from(a, after, v, sp));
}

/* The subject at @s (after its lead words) of the verb-like word before @v. */
static bool subject_from(const Attr *a, long s, long v, Speakers *sp) {
        /* "When Trump suggested that ..., Rubio fired back": past a clause that
         * opens the sentence, up to its comma */
        if (attr_opens_clause(a, s) || word_is(a, s, "when") || word_is(a, s, "after") || word_is(a, s, "before")) {
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
        for (long k = s + 1; k < v && is_kind(a, k, QUOTE_TOK_WORD) && !attr_is_verb_like(a, k, false); k++) {
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
        if (!attr_is_verb_like(a, f, false) && !word_in(a, f, quote_word_is_cue) && !is_aux(a, f) && !does)
                return false;
        return attr_take_names(a, s, e, sp);
}
