/* quotes plugin: reported speech, who speaks (see reported-speaker.h).
 * SPDX-License-Identifier: MIT
 *
 * The mentions attr.h reads are tried first by the finders; these are the
 * subjects that only reported speech has: a sentence's long head ("officials in
 * the FBI ... have said"), a relative pronoun, a poll's share, a contraction. */
#include "reported-speaker.h"

#include <string.h>

#include "reported-verb.h"

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
void reported_resolve_they(const Attr *a, const GArray *found, Speakers *sp) {
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

/* "I think", "we believe", "It added that": the writer, the speaker quoted or
 * an organisation speaks of itself; the mention is the pronoun, which names
 * nobody. ("you know" is nobody's; "it is believed" is a passive.) */
bool reported_first_person(const Attr *a, long k, Speakers *sp) {
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
bool reported_head_subject(const Attr *a, long k, bool clear_clause, Speakers *sp) {
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
                if (h > s && reported_past_form(a, h) && !is_cap(a, h) && ends_head(a, h + 1))
                        break;
                if (is_kind(a, h, QUOTE_TOK_WORD)) {
                        if (word_in(a, h, quote_word_is_cue) || (reported_verbish(a, h) && !is_cap(a, h)) ||
                            is_adverb(a, h))
                                return false;
                        words++;
                }
                h++;
        }
        /* "Rather, sources say": a word before a comma opens the sentence */
        bool participle = h > s && reported_past_form(a, h) && !is_cap(a, h);
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

/* The first token of the speaker's words: a name's mention leaves out its
 * "the" ("the White House"), which still stands between it and the comma. */
long reported_mention_first(const Attr *a, const Speakers *sp) {
        long first = quote_tok_at_offset(a, sp->s[0].start);
        return word_is(a, first - 1, "the") ? first - 1 : first;
}

/* `CLAUSE, union members and leaders say.`: a few plain words between a comma
 * and the verb (no verb, name or quotation among them) are its subject, as
 * written. */
bool reported_comma_subject(const Attr *a, long v, Speakers *sp) {
        long k = reported_verb_group_start(a, v);
        /* "it is said", "the deal was announced": a passive names nobody */
        for (long i = k; i < v; i++)
                if (word_is(a, i, "is") || word_is(a, i, "was") || word_is(a, i, "were") || word_is(a, i, "are") ||
                    word_is(a, i, "be") || word_is(a, i, "been"))
                        return false;
        long s = k;
        while (s > 0 && k - s < 6 && is_kind(a, s - 1, QUOTE_TOK_WORD) && !is_cap(a, s - 1) &&
               !reported_verbish(a, s - 1) && !word_in(a, s - 1, quote_word_is_cue) && a->quote_of[s - 1] < 0)
                s--;
        if (s == k || !punct_is(a, s - 1, ",") || word_in(a, s, quote_word_is_lead) || word_is(a, s, "which") ||
            word_is(a, s, "who") || word_is(a, s, "that") || word_is(a, s, "as"))
                return false;
        attr_add_speaker(sp, a, QUOTE_SPEAKER_DESCRIPTION, s, k, s, k);
        return true;
}

/* `X, who said ...`: the relative pronoun is the mention, the name before it the
 * speaker. */
bool reported_relative_subject(const Attr *a, long who, Speakers *sp) {
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
bool reported_contracted_subject(const Attr *a, long i, Speakers *sp) {
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

/* The subject of the sentence holding @v, found before its first verb: "At a
 * rally on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton,
 * saying ..." gives Bernie Sanders. */
bool reported_main_subject(const Attr *a, long v, Speakers *sp) {
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
                if (!reported_verbish(a, k))
                        continue;
                long g = reported_verb_group_start(a, k);
                return g > s && attr_subject_before(a, g, sp);
        }
        return false;
}

/* `Paul Porter, a truck driver from Ava, Mo., who backs Mr. Trump, said`: an
 * appositive too long to walk; the name that opens the sentence, right before
 * its first comma, speaks. */
bool reported_opening_name(const Attr *a, long k, Speakers *sp) {
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
bool reported_quantity_subject(const Attr *a, long k, Speakers *sp) {
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

/* "Many fear", "Some say", "Most believe": a quantifier opening its clause
 * before a bare verb form is the subject, not the determiner of a noun ("some
 * fears", "many claims"). */
bool reported_quantifier_subject(const Attr *a, long q, long v) {
        static const char *const words[] = { "many", "most", "some", "few", "several", "both", "all" };
        bool quantifier = false;
        for (size_t k = 0; k < G_N_ELEMENTS(words) && !quantifier; k++)
                quantifier = word_is(a, q, words[k]);
        if (!quantifier || a->text[a->t[v].end - 1] == 's')
                return false;
        return q == 0 || !same_sentence(a, q - 1, q) || is_kind(a, q - 1, QUOTE_TOK_BREAK) ||
               punct_is(a, q - 1, ",") || word_in(a, q - 1, quote_word_is_lead);
}

/* `"...," Mr. Hedge said, referring to ...` and `..., said Skelly, explaining
 * ...`: a participle after a quotation's attribution has that quotation's
 * speaker; the attribution ends right before the @comma. */
bool reported_speaker_before_comma(const Attr *a, const GArray *found, long comma, Speakers *sp) {
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
