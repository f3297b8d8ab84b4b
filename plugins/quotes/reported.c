/* quotes plugin: reported speech (see reported.h).
 * SPDX-License-Identifier: MIT
 *
 * Reported speech comes in a few shapes around a reporting verb:
 *   X said (that) CLAUSE      X told Y (that) CLAUSE      CLAUSE, X said.
 *   according to X, CLAUSE    CLAUSE, according to X      ..., saying CLAUSE
 * The content span is the reported clause, with a leading "that" and without the
 * final period; the speaker is found as for direct quotes (attr.h). */
#include "reported.h"

#include <string.h>

#include "reported-words.h"

#define NAMED_OBJECT_MAX 8 /* words of "called the plan ..." before its quotation */
#define NAMED_QUOTE_MAX 24 /* tokens of the quoted name */
#define SOURCE_MAX 30      /* tokens of a long source after "according to" */
#define SETTING_MAX 8      /* words of "in a statement on Tuesday" after a closing verb */
#define TOLD_OBJECT_MAX 7  /* words of "told a Planned Parenthood gathering in Washington" */

static long sentence_start(const Attr *a, long v);
static long verb_group_start(const Attr *a, long v);
static bool verbish(const Attr *a, long k);
static bool main_subject(const Attr *a, long v, Speakers *sp);
static bool past_form(const Attr *a, long v);

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
        static const char *const subjects[] = { "he", "she", "they", "it", "we", "i", "there", "he'll", "she'll",
                                                "they'll", "we'll", "i'll", "he'd", "she'd", "they'd", "it's",
                                                "they're", "we're", "i'm", "he\u2019ll", "she\u2019ll",
                                                "they\u2019ll", "it\u2019s", "they\u2019re", "we\u2019re" };
        for (size_t k = 0; k < G_N_ELEMENTS(subjects); k++)
                if (word_is(a, j, subjects[k]) && !is_kind(a, j + 1, QUOTE_TOK_PUNCT))
                        return true;
        if (!said || !is_kind(a, j, QUOTE_TOK_WORD) || word_is(a, j, "one") || is_adverb(a, j) ||
            word_in(a, j, quote_word_is_notclause) || word_in(a, j, quote_word_is_cue))
                return false;
        /* a clause needs a few words before the sentence ends */
        for (long k = j; k < j + 3; k++)
                if (!valid(a, k) || !same_sentence(a, k, j) || (is_final_punct(a, k) && !is_abbrev_dot(a, k)))
                        return false;
        return true;
}

/* Where the reported clause after the verb at @v starts, or -1:
 * `said (in a statement) that ...`, `told reporters he ...`, `said the ...`. */
long reported_content_start(const Attr *a, long v) {
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
        /* "said in a statement Thursday night they pulled ...": a setting, then a
         * clause with a pronoun subject */
        if (word_is(a, v + 1, "in") && (word_in(a, v + 2, quote_word_is_det) || word_is(a, v + 2, "an"))) {
                for (long j = v + 3; j < a->n && j - v <= 8 && is_kind(a, j, QUOTE_TOK_WORD); j++)
                        if (starts_clause(a, j, false))
                                return j;
        }
        long j = v + 1;
        if (word_in(a, v, quote_word_is_told)) {
                long object = j;
                while (j < a->n && j - object < TOLD_OBJECT_MAX && is_kind(a, j, QUOTE_TOK_WORD) && !starts_clause(a, j, false))
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

/* A plural speaker: a description ending in -s ("officials", "aides") or a list. */
static bool plural_speaker(const Attr *a, const QuoteFound *f) {
        if (f->n_speakers >= 2)
                return true;
        const QuoteSpeaker *s = &f->speakers[0];
        if (f->n_speakers != 1 || s->kind != QUOTE_SPEAKER_DESCRIPTION || s->name_end - s->name_start < 3)
                return false;
        const char *end = a->text + s->name_end;
        return end[-1] == 's' && end[-2] != 's';
}

/* "Aides said X. They said Y.": "they" stands for the speaker before it when that
 * one, within two sentences, is plural; the mention stays "they". */
static void resolve_they(const Attr *a, const GArray *found, Speakers *sp) {
        if (sp->n != 1 || sp->s[0].kind != QUOTE_SPEAKER_PRONOUN)
                return;
        long t = quote_tok_at_offset(a, sp->s[0].start);
        if (!word_is(a, t, "they"))
                return;
        const QuoteFound *last = NULL;
        for (guint k = 0; k < found->len; k++) {
                const QuoteFound *f = &g_array_index(found, QuoteFound, k);
                if (f->n_speakers > 0 && f->speakers[0].start < sp->s[0].start &&
                    (!last || f->speakers[0].start > last->speakers[0].start))
                        last = f;
        }
        if (!last || !plural_speaker(a, last))
                return;
        long prev = quote_tok_at_offset(a, last->speakers[0].start);
        if (a->t[t].sentence > a->t[prev].sentence + 2)
                return;
        uint32_t start = sp->s[0].start, end = sp->s[0].end;
        sp->n = last->n_speakers;
        memcpy(sp->s, last->speakers, sizeof sp->s);
        for (uint8_t k = 0; k < sp->n; k++) {
                sp->s[k].start = start;
                sp->s[k].end = end;
        }
}

static void add_reported(Attr *a, GArray *found, long c, long e, const Speakers *given) {
        if (e < c || overlaps_used(a, c, e))
                return;
        Speakers resolved = *given;
        const Speakers *sp = &resolved;
        resolve_they(a, found, &resolved);
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

/* "I think", "we believe", "It added that": the writer, the speaker quoted or
 * an organisation speaks of itself; the mention is the pronoun, which names
 * nobody. ("you know" is nobody's; "it is believed" is a passive.) */
static bool first_person(const Attr *a, long k, Speakers *sp) {
        static const char *const words[] = { "i", "we", "it" };
        char buf[WORD_MAX];
        if (!is_kind(a, k - 1, QUOTE_TOK_WORD) || !quote_tok_lower(a->text, &a->t[k - 1], buf, sizeof buf))
                return false;
        if (strcmp(buf, "it") == 0 && (is_aux(a, k) || word_is(a, k, "be")))
                return false;
        for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
                if (strcmp(buf, words[i]) == 0) {
                        attr_add_speaker(sp, a, QUOTE_SPEAKER_PRONOUN, k - 1, k, k - 1, k);
                        return true;
                }
        return false;
}

/* Words that end the head of a long subject: a relative pronoun, a
 * preposition, a comma or a bracket ("officials in the FBI and at the Justice
 * Department have said", "those who back her opponents say"). */
static bool ends_head(const Attr *a, long i) {
        static const char *const words[] = { "who", "that", "which", "whose", "whom", "where", "of", "in", "at",
                                             "for", "with", "from", "on", "to", "by", "about", "across", "going",
                                             "familiar", "close", "surveyed", "polled" };
        if (punct_is(a, i, ",") || punct_is(a, i, "(") || is_dash(a, i))
                return true;
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
                if (word_is(a, i, words[k]))
                        return true;
        return false;
}

/* A word that opens a subordinate clause: a verb after it is that clause's. */
static bool subordinator(const Attr *a, long i) {
        static const char *const words[] = { "than", "because", "when", "while", "if", "although", "though",
                                             "since", "after", "before", "whether", "as", "until", "unless" };
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
                if (word_is(a, i, words[k]))
                        return true;
        return false;
}

/* The subject of the verb group starting at @k when the words before it are too
 * long to read as a mention: the head that opens the sentence, a few words up
 * to a relative pronoun, preposition or bracket, with nothing between it and
 * the verb that ends or opens a sentence, a quotation or another report. The
 * mention is the head ("those", "current and former officials"). */
static bool head_subject(const Attr *a, long k, bool clear_clause, Speakers *sp) {
        static const char *const preps[] = { "among", "by", "on", "at", "for", "in", "with", "after", "before",
                                             "during", "since", "despite", "under", "over", "like", "unlike",
                                             "as", "to", "from", "through", "when", "while", "if", "although" };
        /* "to say", "and said": the verb's subject is not the sentence's head */
        if (word_is(a, k - 1, "to") || word_is(a, k - 1, "and") || word_is(a, k - 1, "but") || word_is(a, k - 1, "or"))
                return false;
        /* ", said Doyle and others, would": after a comma the verb may come before
         * its subject, unless what follows is plainly a clause ("said she would") */
        if (punct_is(a, k - 1, ",") && !clear_clause)
                return false;
        long s = k;
        while (s > 0 && same_sentence(a, s - 1, k) && !is_kind(a, s - 1, QUOTE_TOK_BREAK))
                s--;
        /* an opening phrase ends at its comma: "By big margins, those surveyed say" */
        bool opening = word_in(a, s, quote_word_is_lead) || word_in(a, s, quote_word_is_time);
        for (size_t i = 0; i < G_N_ELEMENTS(preps) && !opening; i++)
                opening = word_is(a, s, preps[i]);
        if (opening) {
                long comma = s;
                while (comma < k && !punct_is(a, comma, ","))
                        comma++;
                /* "But many supporters who came ... say": a conjunction opens no phrase */
                if (comma < k)
                        s = comma + 1;
                else if (!word_is(a, s, "but") && !word_is(a, s, "and") && !word_is(a, s, "so"))
                        return false;
                else
                        while (s < k && word_in(a, s, quote_word_is_lead))
                                s++;
        }
        if (s >= k || is_adverb(a, s))
                return false;
        long h = s;
        int words = 0;
        while (h < k && words < 5 && (is_kind(a, h, QUOTE_TOK_WORD) || is_abbrev_dot(a, h)) && !ends_head(a, h)) {
                /* "A statement posted on the website said": a participle and its
                 * preposition end the head */
                if (h > s && past_form(a, h) && !is_cap(a, h) && ends_head(a, h + 1))
                        break;
                if (is_kind(a, h, QUOTE_TOK_WORD)) {
                        if (word_in(a, h, quote_word_is_cue) || (verbish(a, h) && !is_cap(a, h)) || is_adverb(a, h))
                                return false;
                        words++;
                }
                h++;
        }
        /* "Rather, sources say": a word before a comma opens the sentence */
        bool participle = h > s && past_form(a, h) && !is_cap(a, h);
        if (h == s || h >= k || !(ends_head(a, h) || participle) || punct_is(a, h, ",") || k - h > 30)
                return false;
        for (long i = h; i < k; i++) {
                /* "(D-Va.)": a bracket's own periods end no sentence */
                if (punct_is(a, i, "(")) {
                        long close = i + 1;
                        while (close < k && close - i <= 8 && !punct_is(a, close, ")"))
                                close++;
                        if (punct_is(a, close, ")"))
                                i = close;
                        continue;
                }
                if ((is_final_punct(a, i) && !is_abbrev_dot(a, i)) || punct_is(a, i, ";") || punct_is(a, i, ":") ||
                    is_kind(a, i, QUOTE_TOK_MARK) || is_kind(a, i, QUOTE_TOK_BREAK) || a->quote_of[i] >= 0 ||
                    a->used[i] || word_in(a, i, quote_word_is_cue) || word_in(a, i, quote_word_is_reporting) ||
                    (i > h && subordinator(a, i)))
                        return false;
        }
        Speakers got = { .cue = sp->cue };
        if (!attr_classify(a, s, h, SIDE_BEFORE, &got))
                attr_add_speaker(&got, a, QUOTE_SPEAKER_DESCRIPTION, s, h, s, h);
        *sp = got;
        return true;
}

static void find_said_that(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || !word_in(a, v, quote_word_is_reporting))
                return;
        if (is_kind(a, v - 1, QUOTE_TOK_MARK) || (punct_is(a, v - 1, ",") && is_kind(a, v - 2, QUOTE_TOK_MARK)))
                return; /* `"...," said X` is a direct quote's cue */
        long c = reported_content_start(a, v);
        if (c < 0 || is_kind(a, c, QUOTE_TOK_MARK) || !is_cue(a, v, quote_word_is_reporting))
                return;
        Speakers sp = { .cue = v };
        long k = verb_group_start(a, v);
        /* "refused to resign but said": the sentence's subject said it */
        if (word_is(a, k - 1, "and") || word_is(a, k - 1, "but")) {
                if (!main_subject(a, k, &sp))
                        return;
        } else if (!attr_subject_before(a, v, &sp) && !first_person(a, k, &sp) &&
                   !head_subject(a, k, word_is(a, c, "that") || starts_clause(a, c, false), &sp)) {
                return;
        }
        add_reported(a, found, c, clause_end(a, c), &sp);
}

/* `According to X, CLAUSE.` and `CLAUSE, according to X.` */
static void find_according(Attr *a, long v, GArray *found) {
        if (!word_is(a, v, "according") || !word_is(a, v + 1, "to") || a->quote_of[v] >= 0)
                return;
        long s = v + 2, e = s;
        while (e < a->n && e - s < SOURCE_MAX && (is_kind(a, e, QUOTE_TOK_WORD) || is_abbrev_dot(a, e)))
                e++;
        Speakers sp = { .cue = v };
        if (e - s >= REGION_MAX || !attr_classify(a, s, e, SIDE_BEFORE, &sp)) {
                /* "according to a poll released last week", "according to early
                 * results of the exit poll conducted by ...": the source as written */
                if (e <= s || e - s > SOURCE_MAX - 1 || !(punct_is(a, e, ",") || is_final_punct(a, e)))
                        return;
                attr_add_speaker(&sp, a, QUOTE_SPEAKER_DESCRIPTION, s, e, s, e);
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
static bool main_subject(const Attr *a, long v, Speakers *sp);

static void find_participle(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || !word_in(a, v, quote_word_is_participle))
                return;
        /* ", saying ...", or "issued a statement saying ..." */
        bool comma = punct_is(a, v - 1, ",");
        if (!comma && !(is_kind(a, v - 1, QUOTE_TOK_WORD) && !is_cap(a, v - 1) && word_in(a, v - 2, quote_word_is_det)))
                return;
        long c = v + 1;
        if (!is_kind(a, c, QUOTE_TOK_WORD) || !(word_is(a, c, "that") || starts_clause(a, c, true)))
                return;
        Speakers sp = { .cue = v };
        if (!(comma && attr_sentence_subject(a, v, &sp)) && !main_subject(a, v, &sp))
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
/* Past a closing verb's time and setting, `X said (Tuesday) (in a statement).`:
 * the token after them; a tail that holds a clause ("that", "which", "and")
 * ends nothing. */
/* Past a time after a verb at @i: "Tuesday", "Tuesday night", "last week",
 * "earlier this month"; @i itself when none starts there. */
static long past_time(const Attr *a, long i) {
        static const char *const parts[] = { "night", "morning", "afternoon", "evening", "week", "weekend",
                                             "month", "year" };
        static const char *const leads[] = { "last", "this", "next", "early", "late" };
        if (word_is(a, i, "earlier") || word_is(a, i, "later"))
                i++;
        bool lead = false;
        for (size_t k = 0; k < G_N_ELEMENTS(leads) && !lead; k++)
                lead = word_is(a, i, leads[k]);
        long j = lead ? i + 1 : i;
        bool part = false;
        for (size_t k = 0; k < G_N_ELEMENTS(parts) && !part; k++)
                part = word_is(a, j, parts[k]);
        if (word_in(a, j, quote_word_is_time)) {
                j++;
                for (size_t k = 0; k < G_N_ELEMENTS(parts); k++)
                        if (word_is(a, j, parts[k]))
                                return j + 1;
                return j;
        }
        return lead && part ? j + 1 : i;
}

static long past_setting(const Attr *a, long v) {
        static const char *const preps[] = { "at", "during", "in", "on", "to", "via" };
        long end = past_time(a, v + 1);
        bool prep = false;
        for (size_t k = 0; k < G_N_ELEMENTS(preps) && !prep; k++)
                prep = word_is(a, end, preps[k]);
        if (!prep)
                return end;
        long e = end + 1;
        while (e < a->n && e - end <= SETTING_MAX && (is_kind(a, e, QUOTE_TOK_WORD) || is_abbrev_dot(a, e))) {
                if (word_is(a, e, "that") || word_is(a, e, "which") || word_is(a, e, "who") || word_is(a, e, "and") ||
                    word_in(a, e, quote_word_is_cue))
                        return end;
                e++;
        }
        return e > end + 1 && is_final_punct(a, e) && !is_abbrev_dot(a, e) ? e : end;
}

/* The first token of the speaker's words: a name's mention leaves out its
 * "the" ("the White House"), which still stands between it and the comma. */
static long mention_first(const Attr *a, const Speakers *sp) {
        long first = quote_tok_at_offset(a, sp->s[0].start);
        return word_is(a, first - 1, "the") ? first - 1 : first;
}

/* `CLAUSE, union members and leaders say.`: a few plain words between a comma
 * and the verb (no verb, name or quotation among them) are its subject, as
 * written. */
static bool comma_subject(const Attr *a, long v, Speakers *sp) {
        long k = verb_group_start(a, v);
        /* "it is said", "the deal was announced": a passive names nobody */
        for (long i = k; i < v; i++)
                if (word_is(a, i, "is") || word_is(a, i, "was") || word_is(a, i, "were") || word_is(a, i, "are") ||
                    word_is(a, i, "be") || word_is(a, i, "been"))
                        return false;
        long s = k;
        while (s > 0 && k - s < 6 && is_kind(a, s - 1, QUOTE_TOK_WORD) && !is_cap(a, s - 1) &&
               !verbish(a, s - 1) && !word_in(a, s - 1, quote_word_is_cue) && a->quote_of[s - 1] < 0)
                s--;
        if (s == k || !punct_is(a, s - 1, ",") || word_in(a, s, quote_word_is_lead) || word_is(a, s, "which") ||
            word_is(a, s, "who") || word_is(a, s, "that") || word_is(a, s, "as"))
                return false;
        attr_add_speaker(sp, a, QUOTE_SPEAKER_DESCRIPTION, s, k, s, k);
        return true;
}

static void find_said_after(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || !is_cue(a, v, quote_word_is_cue))
                return;
        long end = past_setting(a, v);
        Speakers sp = { .cue = v };
        long comma;
        Speakers before = { .cue = v };
        /* `CLAUSE "quoted words," X said.`: a mixed quotation ends at its mark */
        long before_v = is_kind(a, v - 1, QUOTE_TOK_MARK) && punct_is(a, v - 2, ",") ? v - 1 : v;
        if (punct_is(a, before_v - 1, ",") && word_in(a, v, quote_word_is_inverted) &&
            !attr_subject_before(a, v, &before)) {
                long e = v + 1;
                while (e < a->n && e - v <= REGION_MAX && (is_kind(a, e, QUOTE_TOK_WORD) || is_abbrev_dot(a, e)))
                        e++;
                if (!(is_final_punct(a, e) || e >= a->n) || !attr_speaker_after(a, v + 1, &sp))
                        return;
                /* "..., said she would call witnesses.": a clause, not a speaker, follows */
                if (sp.s[sp.n - 1].end < a->t[e - 1].end && sp.s[sp.n - 1].kind == QUOTE_SPEAKER_PRONOUN)
                        return;
                comma = before_v - 1;
        } else {
                if (!(is_final_punct(a, end) || end >= a->n) ||
                    !(attr_subject_before(a, v, &sp) || comma_subject(a, v, &sp)))
                        return;
                long first = mention_first(a, &sp);
                if (is_kind(a, first - 1, QUOTE_TOK_MARK) && punct_is(a, first - 2, ",")) {
                        /* a mixed quotation takes its closing verb bare (`X said.`) */
                        long bare = word_in(a, v + 1, quote_word_is_time) ? v + 2 : v + 1;
                        if (end != bare)
                                return;
                        first--;
                }
                if (!punct_is(a, first - 1, ","))
                        return;
                comma = first - 1;
        }
        long c = sentence_start(a, comma);
        if (comma - c < 4 || is_kind(a, c, QUOTE_TOK_MARK) || a->quote_of[c] >= 0)
                return;
        /* the mixed quotation's content keeps its comma and closing mark */
        long e = is_kind(a, comma + 1, QUOTE_TOK_MARK) ? comma + 1 : comma - 1;
        add_reported(a, found, c, e, &sp);
}

/* A quotation mark within two bytes of an edge of the token range [@s, @e]. */
static bool mark_near(const Attr *a, long s, long e) {
        for (long i = s - 4; i <= e + 4; i++) {
                if (!is_kind(a, i, QUOTE_TOK_MARK))
                        continue;
                const QuoteToken *m = &a->t[i];
                uint32_t start = a->t[s].start, end = a->t[e].end;
                bool near_start = (m->end <= start && start - m->end <= 2) || (m->start >= start && m->start - start <= 2);
                bool near_end = (m->start >= end && m->start - end <= 2) || (m->end <= end && end - m->end <= 2);
                if (near_start || near_end)
                        return true;
        }
        return false;
}

/* Content that holds a direct quotation or opens or closes with a quotation
 * mark (`called the plan "a disaster"`) is a mixed quotation: the direct pass
 * owns those, so the wide pass leaves them alone. */
static bool mixed(const Attr *a, long s, long e) {
        for (long i = s; i <= e; i++)
                if (a->quote_of[i] >= 0)
                        return true;
        return mark_near(a, s, e);
}

static bool verbish(const Attr *a, long k);

/* A verb in [@s, @e]; a piece that opens with a word in -s opens with its verb
 * ("..., the minister said, protects thousands of jobs"). */
static bool holds_verb(const Attr *a, long s, long e) {
        if (is_kind(a, s, QUOTE_TOK_WORD) && !is_cap(a, s) && a->text[a->t[s].end - 1] == 's')
                return true;
        for (long i = s; i <= e; i++)
                if (verbish(a, i) && !is_adverb(a, i))
                        return true;
        return false;
}

/* `A, X said, B.` and `A, said X, B.`: the attribution splits its clause in two
 * pieces, each with the same speaker. */
static void find_said_between(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || v < (long) a->headline || !is_cue(a, v, quote_word_is_cue))
                return;
        long after = past_time(a, v + 1);
        Speakers sp = { .cue = v };
        long comma;
        bool inverted = !punct_is(a, after, ",");
        if (!inverted) {
                if (!attr_subject_before(a, v, &sp) && !comma_subject(a, v, &sp))
                        return;
                comma = mention_first(a, &sp) - 1;
        } else {
                /* "..., said Doyle and others, would be clear" */
                long e = v + 1;
                while (e < a->n && e - v <= REGION_MAX && (is_kind(a, e, QUOTE_TOK_WORD) || is_abbrev_dot(a, e)))
                        e++;
                if (!punct_is(a, v - 1, ",") || !punct_is(a, e, ",") || !word_in(a, v, quote_word_is_inverted))
                        return;
                Speakers before = { .cue = v };
                if (attr_subject_before(a, v, &before) || !attr_classify(a, v + 1, e, SIDE_AFTER, &sp))
                        return;
                comma = v - 1;
                after = e;
        }
        if (!punct_is(a, comma, ",") || !same_sentence(a, comma, v) || a->quote_of[comma] >= 0)
                return;
        long c = sentence_start(a, comma);
        long b = after + 1;
        /* "Still, he said, officials must decide": nothing but an opening word
         * before the attribution, the clause is the piece after it */
        bool opening = c >= comma && !inverted;
        if ((c >= comma && !opening) || is_kind(a, c, QUOTE_TOK_MARK) || a->quote_of[c] >= 0 ||
            !same_sentence(a, b, v) || !is_kind(a, b, QUOTE_TOK_WORD) || a->quote_of[b] >= 0)
                return;
        long e = clause_end(a, b);
        if (e - b < 2 || (!opening && overlaps_used(a, c, comma - 1)) || overlaps_used(a, b, e))
                return;
        /* a piece that is a mixed quotation is left to the direct pass */
        if (!opening && !mixed(a, c, comma - 1))
                add_reported(a, found, c, comma - 1, &sp);
        /* "..., said Ann Lee, a fellow at the institute.": after an inverted
         * attribution a piece with no verb is the speaker's appositive */
        if (!mixed(a, b, e) && (!inverted || holds_verb(a, b, e)))
                add_reported(a, found, b, e, &sp);
}

/* ---- the wider set of reporting verbs ------------------------------------------ */

static uint8_t verb_flags(const Attr *a, long v) {
        char buf[WORD_MAX];
        if (!is_kind(a, v, QUOTE_TOK_WORD) || !quote_tok_lower(a->text, &a->t[v], buf, sizeof buf))
                return 0;
        return reported_word_class(buf);
}

/* Auxiliaries, negations and adverbs between a subject and its verb: "has long
 * argued", "did not deny", "is expected". */
static bool verb_helper(const Attr *a, long i) {
        static const char *const helpers[] = { "is", "are", "was", "were", "be", "been", "has", "have", "had",
                                               "will", "would", "can", "could", "should", "may", "might",
                                               "must", "do", "does", "did", "not", "never", "also", "still",
                                               "already", "long", "now", "often", "even", "always", "once",
                                               "repeatedly", "publicly", "privately", "later", "first",
                                               "previously", "recently", "reportedly", "just" };
        if (is_adverb(a, i))
                return true;
        for (size_t k = 0; k < G_N_ELEMENTS(helpers); k++)
                if (word_is(a, i, helpers[k]))
                        return true;
        return false;
}

/* Where the subject's words end before the verb at @v: the first of its helpers. */
static long verb_group_start(const Attr *a, long v) {
        long k = v;
        while (k > 0 && v - k < 4 && same_sentence(a, k - 1, v) &&
               (verb_helper(a, k - 1) || (word_in(a, k - 1, quote_word_is_time) && word_is(a, k - 2, "on"))))
                k -= word_in(a, k - 1, quote_word_is_time) && word_is(a, k - 2, "on") ? 2 : 1;
        /* "doesn't", "didn't": the lexer keeps the contraction in one word */
        return k;
}

/* `X, who said ...`: the relative pronoun is the mention, the name before it the
 * speaker. */
static bool relative_subject(const Attr *a, long who, Speakers *sp) {
        if (!(word_is(a, who, "who") || word_is(a, who, "which")))
                return false;
        bool comma = punct_is(a, who - 1, ",");
        long e = comma ? who - 1 : who;
        long s = e;
        while (s > 0 && e - s < REGION_MAX && same_sentence(a, s - 1, who) &&
               (is_kind(a, s - 1, QUOTE_TOK_WORD) || is_abbrev_dot(a, s - 1))) {
                /* "independent voters who said": the noun phrase, back to its
                 * determiner, not the clause it ends */
                if (!comma && (word_in(a, s - 1, quote_word_is_stop) || word_is(a, s - 1, "and") ||
                               word_is(a, s - 1, "of") || word_is(a, s - 1, "for") || is_verb_form(a, s - 1)))
                        break;
                s--;
                if (!comma && word_in(a, s, quote_word_is_det))
                        break;
        }
        Speakers got = { .cue = sp->cue };
        if (e - s >= REGION_MAX || !attr_classify(a, s, e, SIDE_BEFORE, &got) ||
            got.s[0].kind == QUOTE_SPEAKER_PRONOUN)
                return false;
        for (uint8_t k = 0; k < got.n; k++) {
                got.s[k].start = a->t[who].start;
                got.s[k].end = a->t[who].end;
        }
        *sp = got;
        return true;
}

/* "he's said", "they've argued": the pronoun inside the contraction, its
 * mention cut to the pronoun's bytes. */
static bool contracted_subject(const Attr *a, long i, Speakers *sp) {
        static const char *const forms[] = { "he's", "she's", "they've", "he\u2019s", "she\u2019s", "they\u2019ve" };
        bool found = false;
        for (size_t k = 0; k < G_N_ELEMENTS(forms) && !found; k++)
                found = word_is(a, i, forms[k]);
        if (!found)
                return false;
        uint32_t len = word_is(a, i, "they've") || word_is(a, i, "they\u2019ve") ? 4 : (a->text[a->t[i].start] == 's' || a->text[a->t[i].start] == 'S') ? 3 : 2;
        QuoteSpeaker *q = &sp->s[0];
        *q = (QuoteSpeaker) { .start = a->t[i].start, .end = a->t[i].start + len, .name_start = a->t[i].start,
                              .name_end = a->t[i].start + len, .kind = QUOTE_SPEAKER_PRONOUN };
        sp->n = 1;
        return true;
}

/* The word after the verb a noun phrase may start with: not a preposition or
 * an adverb ("criticized in", "called again"). */
static bool starts_object(const Attr *a, long j) {
        /* the determiners the clause list turns away start objects well: "wants more
         * funding", "endorsed this plan", "ruled out all tax increases" */
        static const char *const dets[] = { "more", "this", "all", "both", "no", "much", "less", "little" };
        for (size_t k = 0; k < G_N_ELEMENTS(dets); k++)
                if (word_is(a, j, dets[k]) && is_kind(a, j + 1, QUOTE_TOK_WORD) && same_sentence(a, j, j + 1))
                        return true;
        /* a particle is no object: "showed up", "backed down" */
        if (word_is(a, j, "up") || word_is(a, j, "down") || word_is(a, j, "away"))
                return false;
        if (!is_kind(a, j, QUOTE_TOK_WORD) || word_in(a, j, quote_word_is_notclause) || is_adverb(a, j) ||
            word_is(a, j, "that") || word_is(a, j, "and") || word_is(a, j, "or") || word_is(a, j, "but"))
                return false;
        /* a few words before the clause ends */
        return valid(a, j + 1) && same_sentence(a, j, j + 1);
}

/* A subject and its auxiliary within a few words: "the deal will hold", "Trump
 * was wrong"; not "the update that was released" (a relative clause). */
static bool verbish(const Attr *a, long k);

static bool has_finite_verb(const Attr *a, long j) {
        for (long k = j + 1; k < j + 7 && valid(a, k) && (is_kind(a, k, QUOTE_TOK_WORD) || is_abbrev_dot(a, k)); k++) {
                if (word_is(a, k, "that") || word_is(a, k, "which") || word_is(a, k, "who"))
                        return false;
                if (is_aux(a, k) || word_is(a, k, "do") || word_is(a, k, "does") || word_is(a, k, "did") ||
                    word_is(a, k, "doesn't") || word_is(a, k, "don't") || word_is(a, k, "didn't") ||
                    (verbish(a, k) && !is_adverb(a, k)))
                        return true;
        }
        return false;
}

/* A lower-case word that can be a clause's first verb: an auxiliary, a
 * reporting verb, or a past form ("voiced", "endorsed"). */
static bool verbish(const Attr *a, long k) {
        /* irregular past forms: "the email came hours after" */
        static const char *const irregular[] = { "came", "went", "made", "took", "gave", "got", "began", "became",
                                                 "left", "met", "ran", "won", "lost", "saw", "brought", "paid",
                                                 "sent", "spent", "held", "kept", "led", "put", "cut", "fell",
                                                 "rose", "grew", "drew", "built", "broke", "chose", "hit", "let" };
        if (!is_kind(a, k, QUOTE_TOK_WORD) || is_cap(a, k))
                return false;
        if ((verb_helper(a, k) && !is_adverb(a, k)) || verb_flags(a, k) != 0)
                return true;
        for (size_t i = 0; i < G_N_ELEMENTS(irregular); i++)
                if (word_is(a, k, irregular[i]))
                        return true;
        const QuoteToken *t = &a->t[k];
        return t->end - t->start > 4 && memcmp(a->text + t->end - 2, "ed", 2) == 0;
}

/* The subject of the sentence holding @v, found before its first verb: "At a
 * rally on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton,
 * saying ..." gives Bernie Sanders. */
static bool main_subject(const Attr *a, long v, Speakers *sp) {
        long s = v;
        while (s > 0 && same_sentence(a, s - 1, v) && !is_kind(a, s - 1, QUOTE_TOK_BREAK))
                s--;
        while (s < v && (word_in(a, s, quote_word_is_lead) || is_kind(a, s, QUOTE_TOK_MARK) || a->quote_of[s] >= 0 ||
                         punct_is(a, s, ",")))
                s++;
        /* an opening phrase: "On Saturday,", "In a brief interview," */
        bool opening = word_in(a, s - 0, quote_word_is_stop) || word_in(a, s, quote_word_is_time) ||
                       word_is(a, s, "during") || word_is(a, s, "at") || word_is(a, s, "in") || word_is(a, s, "on");
        if (opening) {
                long k = s;
                while (k < v && k - s < 12 && !punct_is(a, k, ","))
                        k++;
                if (!punct_is(a, k, ","))
                        return false;
                s = k + 1;
        }
        for (long k = s + 1; k < v && k - s <= 24; k++) {
                if (a->quote_of[k] >= 0 || is_kind(a, k, QUOTE_TOK_MARK))
                        return false;
                if (!verbish(a, k))
                        continue;
                long g = verb_group_start(a, k);
                return g > s && attr_subject_before(a, g, sp);
        }
        return false;
}

/* Where the content after the verb at @v (with @flags) starts, or -1. */
/* A word that opens an indirect question: "asked them why ...". */
static bool asked_word(const Attr *a, long j) {
        return (word_is(a, j, "what") || word_is(a, j, "who") || word_is(a, j, "why") || word_is(a, j, "when") ||
                word_is(a, j, "where") || word_is(a, j, "which")) &&
               is_kind(a, j + 1, QUOTE_TOK_WORD);
}

static long wide_content_start(const Attr *a, long v, uint8_t flags) {
        long j = v + 1;
        while (word_in(a, j, quote_word_is_time) || is_adverb(a, j) || word_is(a, j, "again") ||
               word_is(a, j, "also") || (word_is(a, j, "on") && word_in(a, j + 1, quote_word_is_time)))
                j++;
        /* "told reporters (that) ...", "urged the administration to join" */
        /* "told The Post and Courier newspaper of Charleston on Saturday that" */
        if (flags & REPORTED_TOLD) {
                for (long k = j; k < j + 12 && (is_kind(a, k, QUOTE_TOK_WORD) || is_abbrev_dot(a, k)); k++)
                        if (word_is(a, k, "that") && k > j && is_kind(a, k + 1, QUOTE_TOK_WORD) &&
                            !is_aux(a, k + 1))
                                return k;
        }
        if ((flags & REPORTED_TOLD) && !word_is(a, j, "that") && !starts_clause(a, j, false)) {
                long object = j;
                bool wh_first = word_is(a, j, "whether") || word_is(a, j, "if") || word_is(a, j, "how") ||
                                word_is(a, j, "why") || word_is(a, j, "what");
                /* "asked the campaigns of the three candidates why", "asked Carson about" */
                bool ask = (flags & REPORTED_ASK) != 0;
                while (!wh_first && j - object < TOLD_OBJECT_MAX && (is_kind(a, j, QUOTE_TOK_WORD) || is_abbrev_dot(a, j)) &&
                       !word_is(a, j, "that") && !word_is(a, j, "to") && !starts_clause(a, j, false) &&
                       !word_in(a, j, quote_word_is_cue) && !word_is(a, j, "whether") && !word_is(a, j, "if") &&
                       !word_is(a, j, "how") && !(ask && (asked_word(a, j) || word_is(a, j, "about"))))
                        j++;
                if (ask && j > object && word_is(a, j, "about") && starts_object(a, j + 1))
                        return j + 1;
                bool next = word_is(a, j, "that") || word_is(a, j, "to") || starts_clause(a, j, false) ||
                            word_is(a, j, "whether") || word_is(a, j, "if") || word_is(a, j, "how") ||
                            (ask && asked_word(a, j));
                /* "told me his support for Mr. Trump makes him ..." */
                if (!next && j > object && j - object <= 2 && starts_clause(a, j, true) && has_finite_verb(a, j))
                        return j;
                if (!wh_first && (j == object || !next))
                        return -1;
        }
        /* "found that, on average, incomes grew" */
        if ((flags & REPORTED_THAT) && word_is(a, j, "that") &&
            (is_kind(a, j + 1, QUOTE_TOK_WORD) || (punct_is(a, j + 1, ",") && is_kind(a, j + 2, QUOTE_TOK_WORD))))
                return j;
        bool wh = word_is(a, j, "whether") || word_is(a, j, "if") || word_is(a, j, "how") || word_is(a, j, "why") ||
                  word_is(a, j, "what") || word_is(a, j, "when") || word_is(a, j, "where") || word_is(a, j, "who");
        /* "said when she resigned" is a time, not what was said ("remembers
         * when" is a memory) */
        bool say = word_is(a, v, "said") || word_is(a, v, "says") || word_is(a, v, "say") || word_is(a, v, "saying");
        bool when = say && (word_is(a, j, "when") || word_is(a, j, "where"));
        if (((flags & REPORTED_ASK) || ((flags & REPORTED_CLAUSE) && !when)) && wh && is_kind(a, j + 1, QUOTE_TOK_WORD))
                return j;
        if ((flags & REPORTED_INFINITIVE) && word_is(a, j, "to") && is_kind(a, j + 1, QUOTE_TOK_WORD))
                return j;
        if ((flags & REPORTED_CLAUSE) && starts_clause(a, j, false))
                return j;
        if ((flags & REPORTED_CLAUSE) && starts_clause(a, j, true) && has_finite_verb(a, j))
                return j;
        /* "said Mr. Obama was haunted": the title's period ends no sentence */
        if ((flags & REPORTED_CLAUSE) && is_cap(a, j) && is_abbrev_dot(a, j + 1) && has_finite_verb(a, j))
                return j;
        if ((flags & REPORTED_OBJECT) && starts_object(a, j))
                return j;
        /* "spoke about the economy", "pointed out that", "pushed back on" */
        if (!(flags & REPORTED_PREP))
                return -1;
        if (word_is(a, j, "out") || word_is(a, j, "back") || word_is(a, j, "up"))
                j++;
        if (word_is(a, j, "that") && is_kind(a, j + 1, QUOTE_TOK_WORD))
                return j;
        static const char *const preps[] = { "about", "of", "on", "against", "for", "to", "at", "over" };
        bool prep = false;
        for (size_t k = 0; k < G_N_ELEMENTS(preps); k++)
                prep |= word_is(a, j, preps[k]);
        /* "spoke to reporters": whom one talks to is no content */
        bool talk = word_is(a, v, "spoke") || word_is(a, v, "speak") || word_is(a, v, "speaks") ||
                    word_is(a, v, "talk") || word_is(a, v, "talks") || word_is(a, v, "talked") ||
                    word_is(a, v, "talking") || word_is(a, v, "speaking");
        /* "talking to voters about health care": whom one talks to is no content,
         * what about is */
        if (talk && (word_is(a, j, "to") || word_is(a, j, "with"))) {
                for (long k = j + 1; k < j + 8 && is_kind(a, k, QUOTE_TOK_WORD); k++)
                        if (word_is(a, k, "about") && starts_object(a, k + 1))
                                return k + 1;
                return -1;
        }
        if (!prep)
                return -1;
        j++;
        if (word_is(a, j, "whether") || word_is(a, j, "how") || word_is(a, j, "what") || word_is(a, j, "why"))
                return j;
        return starts_object(a, j) ? j : -1;
}

/* `a probe which the agency said was ongoing`, `what she said is growing
 * demand`: the reported clause lost its subject to the relative pronoun before
 * the speaker, and starts with its verb. */
static long relative_content(const Attr *a, long v) {
        long j = v + 1;
        if (!is_aux(a, j) && !word_is(a, j, "had"))
                return -1;
        for (long k = v - 1; k >= 0 && v - k <= 6 && same_sentence(a, k, v); k--) {
                if (word_is(a, k, "which") || word_is(a, k, "what") || (word_is(a, k, "that") && k < v - 1))
                        return k < v - 1 ? j : -1;
                if (!is_kind(a, k, QUOTE_TOK_WORD) && !is_abbrev_dot(a, k))
                        return -1;
        }
        return -1;
}

/* `Paul Porter, a truck driver from Ava, Mo., who backs Mr. Trump, said`: an
 * appositive too long to walk; the name that opens the sentence, right before
 * its first comma, speaks. */
static bool opening_name(const Attr *a, long k, Speakers *sp) {
        if (!punct_is(a, k - 1, ","))
                return false;
        long s = k - 1;
        while (s > 0 && same_sentence(a, s - 1, k) && !is_kind(a, s - 1, QUOTE_TOK_BREAK))
                s--;
        while (s < k && word_in(a, s, quote_word_is_lead))
                s++;
        long e = s;
        while (e < k && (is_cap(a, e) || is_abbrev_dot(a, e)))
                e++;
        if (e == s || e - s > 6 || !punct_is(a, e, ",") || e >= k - 1)
                return false;
        for (long i = e; i < k; i++)
                if (a->quote_of[i] >= 0 || is_kind(a, i, QUOTE_TOK_MARK) || punct_is(a, i, ";"))
                        return false;
        Speakers got = { .cue = sp->cue };
        if (!attr_classify(a, s, e, SIDE_BEFORE, &got) || got.s[0].kind != QUOTE_SPEAKER_NAME)
                return false;
        *sp = got;
        return true;
}

/* A number word or a figure: "61", "half", "three-quarters", "majority". */
static bool quantity_word(const Attr *a, long i) {
        static const char *const words[] = { "half", "third", "thirds", "quarter", "quarters", "three-quarters",
                                             "two-thirds", "majority", "majorities", "one", "two", "three", "four",
                                             "five", "six", "seven", "eight", "nine", "ten", "percent", "many",
                                             "most", "some", "few", "several", "others" };
        if (!is_kind(a, i, QUOTE_TOK_WORD))
                return false;
        const char *c = a->text + a->t[i].start;
        if (*c >= '0' && *c <= '9')
                return true;
        for (size_t k = 0; k < G_N_ELEMENTS(words); k++)
                if (word_is(a, i, words[k]))
                        return true;
        return false;
}

/* Poll answers: "46 percent said", "more than 4 in 10 said", "One in three
 * said", "Some 56 percent of Cuban-Americans polled said". The share that
 * answered is the speaker. */
static bool quantity_subject(const Attr *a, long k, Speakers *sp) {
        long s = k;
        while (s > 0 && k - s < 10 && same_sentence(a, s - 1, k) && is_kind(a, s - 1, QUOTE_TOK_WORD) &&
               !word_is(a, s - 1, "that") && !word_is(a, s - 1, "while") && !word_is(a, s - 1, "and") &&
               !word_is(a, s - 1, "but") && !word_is(a, s - 1, "who"))
                s--;
        long q = s;
        while (q < k && !quantity_word(a, q))
                q++;
        if (q == k)
                return false;
        /* "Some 56 percent", "more than 4 in 10", "about half" */
        static const char *const lead[] = { "some", "about", "nearly", "only", "just", "almost", "roughly",
                                            "than", "more", "fewer", "less", "a", "over", "under", "around" };
        for (bool more = true; more && q > s;) {
                more = false;
                for (size_t i = 0; i < G_N_ELEMENTS(lead) && !more; i++)
                        more = word_is(a, q - 1, lead[i]);
                q -= more;
        }
        /* the share opens its clause: nothing but leading words before it */
        for (long i = s; i < q; i++)
                if (!word_in(a, i, quote_word_is_lead) && !word_is(a, i, "only") && !word_is(a, i, "even"))
                        return false;
        if (k - q > 8 || (is_verb_form(a, k - 1) && !word_is(a, k - 1, "polled") && !word_is(a, k - 1, "surveyed")))
                return false;
        attr_add_speaker(sp, a, QUOTE_SPEAKER_DESCRIPTION, q, k, q, k);
        return true;
}

/* The content [@c, @e] stops before a clause another attribution holds:
 * "acknowledged Sanders' success, saying she ..." */
static long before_used(const Attr *a, long c, long e) {
        for (long i = c; i <= e; i++) {
                if (!a->used[i])
                        continue;
                e = i - 1;
                while (e >= c && (is_kind(a, e, QUOTE_TOK_PUNCT) || word_is(a, e, "and") || word_is(a, e, "but") ||
                                  word_is(a, e, "who") || word_is(a, e, "which") || word_is(a, e, "that")))
                        e--;
                /* one word is enough for a name: "who endorsed Clinton, said" */
                return e - c >= 1 || (e == c && is_cap(a, c)) ? e : -1;
        }
        return e;
}

/* `X said: CLAUSE` and `X wrote:` ending a paragraph, before a paragraph that is
 * not a quotation: that paragraph is what X said. */
static void find_colon(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || v < (long) a->headline ||
            !(is_cue(a, v, quote_word_is_cue) || (verb_flags(a, v) & REPORTED_CLAUSE)))
                return;
        long colon = word_in(a, v + 1, quote_word_is_time) ? v + 2 : v + 1;
        if (!punct_is(a, colon, ":"))
                return;
        long c = colon + 1, e;
        if (is_kind(a, c, QUOTE_TOK_BREAK)) {
                c++;
                if (!is_kind(a, c, QUOTE_TOK_WORD))
                        return;
                e = c;
                while (e + 1 < a->n && !is_kind(a, e + 1, QUOTE_TOK_BREAK))
                        e++;
                while (e > c && (is_final_punct(a, e) || punct_is(a, e, ":")))
                        e--;
        } else {
                if (!is_kind(a, c, QUOTE_TOK_WORD))
                        return;
                e = clause_end(a, c);
        }
        e = before_used(a, c, e);
        if (e <= c || mixed(a, c, e))
                return;
        Speakers sp = { .cue = v };
        if (!attr_subject_before(a, verb_group_start(a, v), &sp))
                return;
        add_reported(a, found, c, e, &sp);
}

/* `Sanders: Clinton is the candidate of the establishment.` opening a paragraph
 * (headlines, transcripts): the name before the colon says the rest of it. */
static void find_name_colon(Attr *a, long colon, GArray *found) {
        if (!punct_is(a, colon, ":") || a->quote_of[colon] >= 0 || a->used[colon])
                return;
        long s = colon;
        while (s > 0 && colon - s < 4 && (is_cap(a, s - 1) || is_abbrev_dot(a, s - 1)))
                s--;
        bool opens = s == 0 || is_kind(a, s - 1, QUOTE_TOK_BREAK);
        if (s == colon || !opens || (colon - s == 1 && a->t[s].end - a->t[s].start < 2))
                return;
        long c = colon + 1;
        if (!is_kind(a, c, QUOTE_TOK_WORD))
                return;
        long e = c;
        while (e + 1 < a->n && !is_kind(a, e + 1, QUOTE_TOK_BREAK))
                e++;
        while (e > c && is_final_punct(a, e))
                e--;
        e = before_used(a, c, e);
        if (e - c < 2 || mixed(a, c, e))
                return;
        /* "Editor's Note:", "The Latest:", "UPDATE:" label a paragraph, nobody speaks */
        static const char *const labels[] = { "note", "latest", "update", "updated", "correction", "watch", "related",
                                              "video", "photos", "read", "source", "sources", "clarification" };
        for (long i = s; i < colon; i++) {
                if (is_possessive(a, i))
                        return;
                for (size_t k = 0; k < G_N_ELEMENTS(labels); k++)
                        if (word_is(a, i, labels[k]))
                                return;
        }
        Speakers sp = { .cue = colon };
        if (!attr_classify(a, s, colon, SIDE_BEFORE, &sp) || sp.s[0].kind != QUOTE_SPEAKER_NAME)
                return;
        add_reported(a, found, c, e, &sp);
}

/* `CLAUSE, a Cairo airport official told The New York Times.` and `As X said,
 * CLAUSE.`: what the first pass leaves of an attribution before or after its
 * clause. */
static void find_told_after(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || v < (long) a->headline ||
            !(word_is(a, v, "told") || word_is(a, v, "tells")))
                return;
        long e = v + 1;
        while (e < a->n && e - v <= 8 && (is_kind(a, e, QUOTE_TOK_WORD) || is_abbrev_dot(a, e)))
                e++;
        if (e == v + 1 || !(is_final_punct(a, e) && !is_abbrev_dot(a, e)))
                return;
        Speakers sp = { .cue = v };
        if (!attr_subject_before(a, verb_group_start(a, v), &sp))
                return;
        long comma = mention_first(a, &sp) - 1;
        if (!punct_is(a, comma, ",") || !same_sentence(a, comma, v))
                return;
        long c = sentence_start(a, comma);
        if (comma - c < 3 || is_kind(a, c, QUOTE_TOK_MARK) || mixed(a, c, comma - 1))
                return;
        add_reported(a, found, c, comma - 1, &sp);
}

static void find_as_said(Attr *a, long v, GArray *found) {
        if (!word_is(a, v, "as") || a->quote_of[v] >= 0 || a->used[v] || v < (long) a->headline)
                return;
        long s = v + 1, k = s;
        while (k < a->n && k - s < REGION_MAX && !(is_cue(a, k, quote_word_is_cue) || word_is(a, k, "put")) &&
               (is_kind(a, k, QUOTE_TOK_WORD) || is_abbrev_dot(a, k)))
                k++;
        bool put = word_is(a, k, "put") && word_is(a, k + 1, "it");
        long comma = put ? k + 2 : k + 1;
        if (k == s || !punct_is(a, comma, ",") || !(put || is_cue(a, k, quote_word_is_cue)))
                return;
        bool opens = v == 0 || !same_sentence(a, v - 1, v) || word_in(a, v - 1, quote_word_is_lead);
        Speakers sp = { .cue = k };
        if (!opens || !attr_classify(a, s, k, SIDE_BEFORE, &sp))
                return;
        long c = comma + 1;
        if (!is_kind(a, c, QUOTE_TOK_WORD))
                return;
        long e = before_used(a, c, clause_end(a, c));
        if (e - c < 2 || mixed(a, c, e))
                return;
        add_reported(a, found, c, e, &sp);
}

/* What the first pass leaves of "according to": in mid-sentence ("But the next
 * day, according to Roffman, Trump made further demands": both pieces), after
 * a clause with no comma, or before a long source ("according to Jason
 * Delisle, who was an adviser"). */
static void find_according_wide(Attr *a, long v, GArray *found) {
        if (!word_is(a, v, "according") || !word_is(a, v + 1, "to") || a->quote_of[v] >= 0 || a->used[v] ||
            v < (long) a->headline)
                return;
        long s = v + 2, e = s;
        while (e < a->n && e - s < REGION_MAX && (is_kind(a, e, QUOTE_TOK_WORD) || is_abbrev_dot(a, e)))
                e++;
        Speakers sp = { .cue = v };
        if (e == s || e - s >= REGION_MAX)
                return;
        if (!attr_classify(a, s, e, SIDE_BEFORE, &sp))
                attr_add_speaker(&sp, a, QUOTE_SPEAKER_DESCRIPTION, s, e, s, e);
        long c = sentence_start(a, v);
        long left_end = punct_is(a, v - 1, ",") ? v - 2 : v - 1;
        bool relative = word_is(a, e + 1, "who") || word_is(a, e + 1, "which");
        /* the clause before belongs to another attribution: this one is nested in
         * it ("claims rose, which, according to the Times, is high") */
        if (c <= left_end && overlaps_used(a, c, left_end))
                return;
        if (c <= left_end && !is_kind(a, c, QUOTE_TOK_MARK) && !mixed(a, c, left_end))
                add_reported(a, found, c, left_end, &sp);
        long b = e + 1;
        if (punct_is(a, e, ",") && !relative && is_kind(a, b, QUOTE_TOK_WORD) && same_sentence(a, b, v)) {
                long be = before_used(a, b, clause_end(a, b));
                /* "according to Craig Bryan, head of the center.": the source's
                 * appositive, not the rest of the clause */
                if (be > b && !mixed(a, b, be) && holds_verb(a, b, be))
                        add_reported(a, found, b, be, &sp);
        }
}

/* A past form is never a noun: "three said" is a clause, "his claims" is not. */
static bool past_form(const Attr *a, long v) {
        static const char *const irregular[] = { "said", "told", "thought", "knew", "wrote", "found", "felt",
                                                 "sought", "spoke", "showed" };
        const QuoteToken *t = &a->t[v];
        if (t->end - t->start > 3 && memcmp(a->text + t->end - 2, "ed", 2) == 0)
                return true;
        for (size_t k = 0; k < G_N_ELEMENTS(irregular); k++)
                if (word_is(a, v, irregular[k]))
                        return true;
        return false;
}

static bool ing_form(const Attr *a, long v) {
        const QuoteToken *t = &a->t[v];
        return t->end - t->start > 4 && memcmp(a->text + t->end - 3, "ing", 3) == 0;
}

/* `called the plan "a disaster"`, `calling him "weak"`: a naming verb's object
 * with the quoted words it is given is the content, a mixed quotation no direct
 * quote took. Moves @e to the closing mark. */
static bool named_in_marks(const Attr *a, long v, long c, long *e) {
        static const char *const verbs[] = { "call", "called", "calling", "calls" };
        bool naming = false;
        for (size_t k = 0; k < G_N_ELEMENTS(verbs) && !naming; k++)
                naming = word_is(a, v, verbs[k]);
        if (!naming)
                return false;
        long open = c;
        while (open <= *e && open - c <= NAMED_OBJECT_MAX &&
               (is_kind(a, open, QUOTE_TOK_WORD) || is_abbrev_dot(a, open)))
                open++;
        if (open == c || !is_kind(a, open, QUOTE_TOK_MARK) || a->quote_of[open] >= 0)
                return false;
        long close = open + 1;
        while (close < a->n && close - open <= NAMED_QUOTE_MAX && !is_kind(a, close, QUOTE_TOK_MARK) &&
               !is_kind(a, close, QUOTE_TOK_BREAK) && a->quote_of[close] < 0)
                close++;
        if (close == open + 1 || !is_kind(a, close, QUOTE_TOK_MARK) || a->quote_of[close] >= 0)
                return false;
        *e = close;
        return true;
}

/* "Many fear", "Some say", "Most believe": a quantifier opening its clause
 * before a bare verb form is the subject, not the determiner of a noun ("some
 * fears", "many claims"). */
static bool quantifier_subject(const Attr *a, long q, long v) {
        static const char *const words[] = { "many", "most", "some", "few", "several", "both", "all" };
        bool quantifier = false;
        for (size_t k = 0; k < G_N_ELEMENTS(words) && !quantifier; k++)
                quantifier = word_is(a, q, words[k]);
        if (!quantifier || a->text[a->t[v].end - 1] == 's')
                return false;
        return q == 0 || !same_sentence(a, q - 1, q) || is_kind(a, q - 1, QUOTE_TOK_BREAK) ||
               punct_is(a, q - 1, ",") || word_in(a, q - 1, quote_word_is_lead);
}

/* In a relative clause ("Voters who want change turned out") an object ends
 * where the main clause's verb comes back: the content [@c, @e] is cut before
 * it. A clause ("that", "to", a subject and its verb) keeps its own verbs. */
static long relative_object_end(const Attr *a, uint8_t flags, long c, long e) {
        if (word_is(a, c, "that") || word_is(a, c, "to") || ((flags & REPORTED_CLAUSE) && has_finite_verb(a, c)))
                return e;
        for (long i = c + 1; i <= e; i++)
                if (verbish(a, i) && !is_adverb(a, i) && !word_is(a, i - 1, "to")) {
                        e = i - 1;
                        while (e > c && is_kind(a, e, QUOTE_TOK_PUNCT))
                                e--;
                        return e;
                }
        return e;
}

/* `"...," Mr. Hedge said, referring to ...` and `..., said Skelly, explaining
 * ...`: a participle after a quotation's attribution has that quotation's
 * speaker; the attribution ends right before the @comma. */
static bool speaker_before_comma(const Attr *a, const GArray *found, long comma, Speakers *sp) {
        uint32_t before = a->t[comma - 1].end;
        for (guint k = found->len; k-- > 0;) {
                const QuoteFound *f = &g_array_index(found, QuoteFound, k);
                if (f->n_speakers == 0 || f->last_tok >= (uint32_t) comma)
                        continue;
                const QuoteSpeaker *last = &f->speakers[f->n_speakers - 1];
                long m = quote_tok_at_offset(a, last->end);
                /* the mention ends at the comma, or one cue word (and a time) follows it */
                bool next = last->end == before || (m < comma && m >= comma - 3 && a->used[comma - 1] &&
                                                    is_cue(a, m, quote_word_is_cue));
                if (!next || !same_sentence(a, comma, quote_tok_at_offset(a, last->start)))
                        continue;
                sp->n = f->n_speakers;
                memcpy(sp->s, f->speakers, sizeof sp->s);
                return true;
        }
        return false;
}

/* A base form that is as often a noun ("their support", "a roll-call vote"):
 * a verb only after a pronoun subject or an auxiliary ("they support", "would
 * vote for", "don't favor"). */
static bool noun_like_base(const Attr *a, long v) {
        static const char *const bases[] = { "favor", "support", "vote" };
        static const char *const before[] = { "i", "we", "they", "you", "would", "will", "can", "could", "should",
                                              "must", "might", "may", "do", "did", "don't", "didn't", "won't",
                                              "wouldn't", "can't", "not", "also", "still", "strongly" };
        bool base = false;
        for (size_t k = 0; k < G_N_ELEMENTS(bases) && !base; k++)
                base = word_is(a, v, bases[k]);
        if (!base)
                return false;
        char buf[WORD_MAX];
        if (!is_kind(a, v - 1, QUOTE_TOK_WORD) || !quote_tok_lower(a->text, &a->t[v - 1], buf, sizeof buf))
                return true;
        for (size_t k = 0; k < G_N_ELEMENTS(before); k++)
                if (strcmp(buf, before[k]) == 0)
                        return false;
        return true;
}

/* "made (it) clear that", "made the case that/for": the last word of such a
 * cue at @v, or @v when none starts there. */
static long made_clear(const Attr *a, long v) {
        if (!(word_is(a, v, "made") || word_is(a, v, "make") || word_is(a, v, "makes") || word_is(a, v, "making")))
                return v;
        long j = word_is(a, v + 1, "it") ? v + 2 : v + 1;
        if (word_is(a, j, "clear") && (word_is(a, j + 1, "that") || starts_clause(a, j + 1, false)))
                return j;
        if (word_is(a, v + 1, "the") && word_is(a, v + 2, "case") &&
            (word_is(a, v + 3, "that") || word_is(a, v + 3, "for")))
                return v + 2;
        return v;
}

/* "While Trump's team views talks as a first step, experts caution ...": in a
 * sentence that opens with a subordinate clause, content in that clause ends
 * at its comma. Returns the new end of the content [@c, @e]. */
static long subordinate_end(const Attr *a, long v, long c, long e) {
        static const char *const words[] = { "while", "although", "though", "because", "if", "when", "since",
                                             "whereas", "as", "after", "before", "once", "unless", "until" };
        long s = v;
        while (s > 0 && same_sentence(a, s - 1, v) && !is_kind(a, s - 1, QUOTE_TOK_BREAK))
                s--;
        bool subordinate = false;
        for (size_t k = 0; k < G_N_ELEMENTS(words) && !subordinate; k++)
                subordinate = word_is(a, s, words[k]);
        if (!subordinate || word_is(a, c, "that"))
                return e;
        for (long i = c + 1; i <= e; i++)
                if (punct_is(a, i, ","))
                        return i - 1;
        return e;
}

static void find_wide(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || v < (long) a->headline || noun_like_base(a, v))
                return;
        uint8_t flags = verb_flags(a, v);
        long last = made_clear(a, v); /* the cue's last word */
        if (last > v)
                flags = REPORTED_THAT | REPORTED_CLAUSE | REPORTED_PREP;
        Speakers contracted = { .cue = v };
        if (flags == 0 || (word_in(a, v - 1, quote_word_is_det) && !past_form(a, v) && !quantifier_subject(a, v - 1, v)) ||
            (is_possessive(a, v - 1) && !contracted_subject(a, v - 1, &contracted)))
                return; /* "his claims", "Trump's plans"; not "he's said", "two in three said" */
        /* "continued to say", "went on to argue"; not "wants to support" */
        long head = v;
        if (word_is(a, v - 1, "to")) {
                head = word_is(a, v - 2, "on") ? v - 3 : v - 2;
                if (!(word_is(a, head, "continued") || word_is(a, head, "continues") || word_is(a, head, "continue") ||
                      word_is(a, head, "continuing") || word_is(a, head, "went") || word_is(a, head, "goes") ||
                      word_is(a, head, "began") || word_is(a, head, "begins") || word_is(a, head, "seemed") ||
                      word_is(a, head, "appeared") || word_is(a, head, "tried") || word_is(a, head, "declined") ||
                      word_is(a, head, "refused") || word_is(a, head, "likely") || word_is(a, head, "hesitate") ||
                      word_is(a, head, "quick") || word_is(a, head, "eager") || word_is(a, head, "willing")))
                        return;
        }
        if (is_kind(a, v - 1, QUOTE_TOK_MARK) || (punct_is(a, v - 1, ",") && is_kind(a, v - 2, QUOTE_TOK_MARK)))
                return;
        long c = wide_content_start(a, last > v ? last : v, flags);
        if (c < 0 && (flags & REPORTED_CLAUSE))
                c = relative_content(a, v);
        if (c < 0 || is_kind(a, c, QUOTE_TOK_MARK))
                return;
        long e = before_used(a, c, clause_end(a, c));
        e = subordinate_end(a, v, c, e);
        if (e < c || (mixed(a, c, e) && !named_in_marks(a, v, c, &e)))
                return;
        /* "proposed higher tariffs and appointed China hawks": the subject's next
         * act is not what it proposed */
        for (long i = c + 1; i < e && !word_is(a, c, "that"); i++)
                if (word_is(a, i, "and") && is_kind(a, i + 1, QUOTE_TOK_WORD) && past_form(a, i + 1) &&
                    verbish(a, i + 1)) {
                        e = punct_is(a, i - 1, ",") ? i - 2 : i - 1;
                        if (e < c || mixed(a, c, e))
                                return;
                        break;
                }
        Speakers sp = { .cue = v };
        if (ing_form(a, v)) {
                /* "is calling for": the auxiliary's subject; ", calling X ...": the
                 * sentence's subject; "by saying": the same */
                bool participle = punct_is(a, v - 1, ",") || word_is(a, v - 1, "by");
                if (participle) {
                        if (!attr_sentence_subject(a, v, &sp) && !main_subject(a, v, &sp) &&
                            !(punct_is(a, v - 1, ",") && speaker_before_comma(a, found, v - 1, &sp)))
                                return;
                        add_reported(a, found, c, e, &sp);
                        return;
                }
                /* "super PACs supporting Kasich paid ...": a stance participle
                 * after its noun; the object ends where the main verb comes back */
                bool stance = (flags & REPORTED_OBJECT) && !(flags & (REPORTED_THAT | REPORTED_CLAUSE));
                if (stance && is_kind(a, v - 1, QUOTE_TOK_WORD) && !verb_helper(a, v - 1) &&
                    !word_in(a, v - 1, quote_word_is_lead) && !word_in(a, v - 1, quote_word_is_notclause) &&
                    !word_in(a, v - 1, quote_word_is_det) && !verbish(a, v - 1) && !ing_form(a, v - 1) &&
                    attr_subject_before(a, v, &sp)) {
                        add_reported(a, found, c, relative_object_end(a, flags, c, e), &sp);
                        return;
                }
                if (!(word_is(a, v - 1, "is") || word_is(a, v - 1, "are") || word_is(a, v - 1, "was") ||
                      word_is(a, v - 1, "were") || word_is(a, v - 1, "been") || word_is(a, v - 1, "be")))
                        return;
        }
        long k = verb_group_start(a, head);
        if (relative_subject(a, k - 1, &sp)) {
                add_reported(a, found, c, relative_object_end(a, flags, c, e), &sp);
                return;
        }
        if (!contracted_subject(a, k - 1, &sp) && !attr_subject_before(a, k, &sp) &&
            !((word_is(a, k - 1, "and") || word_is(a, k - 1, "but")) && main_subject(a, k, &sp)) &&
            !opening_name(a, k, &sp) &&
            !quantity_subject(a, k, &sp) && !first_person(a, k, &sp))
                return;
        add_reported(a, found, c, e, &sp);
}

/* A stance in an adjective after a copula: "X was critical of Y", "they are
 * wary of Z", "X remains confident in Y"; the content is the object of the
 * adjective's preposition. */
static void find_stance_adjective(Attr *a, long v, GArray *found) {
        static const struct {
                const char *adjective, *prep;
        } stances[] = {
                { "angry", "about" },      { "concerned", "about" },  { "confident", "in" },
                { "critical", "of" },      { "enamored", "of" },      { "proud", "of" },
                { "skeptical", "of" },     { "supportive", "of" },    { "wary", "of" },
                { "worried", "about" },    { "opposed", "to" },       { "eager", "to" },
        };
        if (a->quote_of[v] >= 0 || a->used[v] || v < (long) a->headline)
                return;
        long p = -1;
        for (size_t k = 0; k < G_N_ELEMENTS(stances) && p < 0; k++)
                if (word_is(a, v, stances[k].adjective) && word_is(a, v + 1, stances[k].prep))
                        p = v + 1;
        if (p < 0)
                return;
        long cop = v - 1;
        while (cop > 0 && v - cop < 3 && (is_adverb(a, cop) || word_is(a, cop, "very") || word_is(a, cop, "so") ||
                                          word_is(a, cop, "also") || word_is(a, cop, "not")))
                cop--;
        static const char *const copulas[] = { "is", "are", "was", "were", "been", "be", "remains", "remained",
                                               "remain", "seems", "seemed", "appears", "appeared", "became" };
        bool copula = false;
        for (size_t k = 0; k < G_N_ELEMENTS(copulas) && !copula; k++)
                copula = word_is(a, cop, copulas[k]);
        long c = p + 1;
        if (!copula || !is_kind(a, c, QUOTE_TOK_WORD))
                return;
        long e = before_used(a, c, clause_end(a, c));
        e = subordinate_end(a, v, c, e);
        if (e < c || mixed(a, c, e))
                return;
        Speakers sp = { .cue = v };
        long k = verb_group_start(a, cop);
        if (!contracted_subject(a, k - 1, &sp) && !relative_subject(a, k - 1, &sp) && !attr_subject_before(a, k, &sp) &&
            !first_person(a, k, &sp))
                return;
        add_reported(a, found, c, e, &sp);
}

/* A title-case headline `Conservative Icon Morton Blackwell Endorses Ted Cruz`:
 * the first reporting verb in -s within its first words, the words before it
 * (no punctuation) the source, the rest of its clause the content. */
static void find_headline(Attr *a, GArray *found) {
        long n = (long) a->headline, s = 0;
        while (s < n && !is_kind(a, s, QUOTE_TOK_WORD))
                s++;
        for (long v = s + 1; v < n && v - s <= 6; v++) {
                if (!is_kind(a, v, QUOTE_TOK_WORD) && !is_abbrev_dot(a, v))
                        return;
                const QuoteToken *t = &a->t[v];
                if (verb_flags(a, v) == 0 || a->text[t->end - 1] != 's' || is_possessive(a, v - 1) ||
                    word_in(a, v - 1, quote_word_is_det) || a->used[v] || a->quote_of[v] >= 0)
                        continue;
                long c = v + 1, e = c;
                while (e + 1 < n && (is_kind(a, e + 1, QUOTE_TOK_WORD) || is_abbrev_dot(a, e + 1)))
                        e++;
                /* a verb that takes only "to" or a preposition: "Stadium Plans Draw
                 * Crowd" is a noun */
                uint8_t flags = verb_flags(a, v);
                char next[WORD_MAX];
                bool open_content = flags & (REPORTED_THAT | REPORTED_CLAUSE | REPORTED_OBJECT | REPORTED_TOLD);
                if (!open_content && (!is_kind(a, c, QUOTE_TOK_WORD) ||
                                      !quote_tok_lower(a->text, &a->t[c], next, sizeof next) ||
                                      !(strcmp(next, "to") == 0 || strcmp(next, "about") == 0 ||
                                        strcmp(next, "for") == 0 || strcmp(next, "against") == 0 ||
                                        strcmp(next, "on") == 0 || strcmp(next, "whether") == 0)))
                        return;
                if (!is_kind(a, c, QUOTE_TOK_WORD) || mixed(a, c, e))
                        return;
                /* the words as written: in title case a name's edges are a guess,
                 * and an actor found across the whole headline is no speaker */
                Speakers sp = { .cue = v };
                attr_add_speaker(&sp, a, QUOTE_SPEAKER_DESCRIPTION, s, v, s, v);
                add_reported(a, found, c, e, &sp);
                return;
        }
}

void reported_find(Attr *a, GArray *found) {
        if (a->headline > 0)
                find_headline(a, found);
        for (long v = 0; v < a->n; v++) {
                if (!is_kind(a, v, QUOTE_TOK_WORD))
                        continue;
                find_said_that(a, v, found);
                find_according(a, v, found);
                find_participle(a, v, found);
                find_said_after(a, v, found);
                find_said_between(a, v, found);
        }
        for (long v = 0; v < a->n; v++) {
                find_according_wide(a, v, found);
                find_colon(a, v, found);
                find_name_colon(a, v, found);
                find_told_after(a, v, found);
                find_as_said(a, v, found);
                find_wide(a, v, found);
                find_stance_adjective(a, v, found);
        }
}

/* A direct quotation inside reported speech (`said that "..."`) is part of it.
 * The reported spans, sorted by start with the furthest end so far, answer
 * each direct quotation with one binary search. */
typedef struct Reach {
        uint32_t start;
        uint32_t end; /* the furthest end of the spans up to this one */
} Reach;

static gint compare_reach(gconstpointer x, gconstpointer y) {
        const Reach *a = x, *b = y;
        return a->start < b->start ? -1 : a->start > b->start;
}

static bool inside_reported(const GArray *reach, const QuoteFound *f) {
        guint lo = 0, hi = reach->len;
        while (lo < hi) { /* the first span starting after f */
                guint mid = lo + (hi - lo) / 2;
                if (g_array_index(reach, Reach, mid).start <= f->start)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        return lo > 0 && g_array_index(reach, Reach, lo - 1).end >= f->end;
}

void reported_drop_inner_direct(GArray *found) {
        g_autoptr(GArray) reach = g_array_new(false, false, sizeof(Reach));
        for (guint k = 0; k < found->len; k++) {
                const QuoteFound *g = &g_array_index(found, QuoteFound, k);
                if (!g->direct)
                        g_array_append_val(reach, ((Reach) { .start = g->start, .end = g->end }));
        }
        if (reach->len == 0)
                return;
        g_array_sort(reach, compare_reach);
        for (guint k = 1; k < reach->len; k++) {
                Reach *r = &g_array_index(reach, Reach, k);
                r->end = MAX(r->end, g_array_index(reach, Reach, k - 1).end);
        }
        for (guint k = 0; k < found->len;) {
                const QuoteFound *f = &g_array_index(found, QuoteFound, k);
                if (f->direct && inside_reported(reach, f))
                        g_array_remove_index(found, k);
                else
                        k++;
        }
}
