/* quotes plugin: reported speech (see reported.h).
 * SPDX-License-Identifier: MIT
 *
 * Reported speech comes in a few shapes around a reporting verb:
 *   X said (that) CLAUSE      X told Y (that) CLAUSE      CLAUSE, X said.
 *   according to X, CLAUSE    CLAUSE, according to X      ..., saying CLAUSE
 * Here are the finders, one a shape. The content span is the reported clause,
 * with a leading "that" and without the final period (reported-span.c); the
 * speaker is found as for direct quotes (attr.h), or as a subject only reported
 * speech has (reported-speaker.c). */
#include "reported.h"

#include <string.h>

#include "reported-span.h"
#include "reported-speaker.h"
#include "reported-verb.h"
#include "reported-words.h"

#define SOURCE_MAX 30      /* tokens of a long source after "according to" */

static bool overlaps_used(const Attr *a, long s, long e) {
        for (long i = s; i <= e; i++)
                if (a->used[i])
                        return true;
        return false;
}

static void add_reported(Attr *a, GArray *found, long c, long e, const Speakers *given) {
        if (e < c || overlaps_used(a, c, e))
                return;
        Speakers resolved = *given;
        const Speakers *sp = &resolved;
        reported_resolve_they(a, found, &resolved);
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
        long c = reported_content_start(a, v);
        if (c < 0 || is_kind(a, c, QUOTE_TOK_MARK) || !is_cue(a, v, quote_word_is_reporting))
                return;
        Speakers sp = { .cue = v };
        long k = reported_verb_group_start(a, v);
        /* "refused to resign but said": the sentence's subject said it */
        if (word_is(a, k - 1, "and") || word_is(a, k - 1, "but")) {
                if (!reported_main_subject(a, k, &sp))
                        return;
        } else if (!attr_subject_before(a, v, &sp) && !reported_first_person(a, k, &sp) &&
                   !reported_head_subject(a, k, word_is(a, c, "that") || reported_starts_clause(a, c, false), &sp)) {
                return;
        }
        add_reported(a, found, c, reported_clause_end(a, c), &sp);
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
                add_reported(a, found, e + 1, reported_clause_end(a, e + 1), &sp);
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
        if (a->quote_of[v] >= 0 || a->used[v] || !word_in(a, v, quote_word_is_participle))
                return;
        /* ", saying ...", or "issued a statement saying ..." */
        bool comma = punct_is(a, v - 1, ",");
        if (!comma && !(is_kind(a, v - 1, QUOTE_TOK_WORD) && !is_cap(a, v - 1) && word_in(a, v - 2, quote_word_is_det)))
                return;
        long c = v + 1;
        if (!is_kind(a, c, QUOTE_TOK_WORD) || !(word_is(a, c, "that") || reported_starts_clause(a, c, true)))
                return;
        Speakers sp = { .cue = v };
        if (!(comma && attr_sentence_subject(a, v, &sp)) && !reported_main_subject(a, v, &sp))
                return;
        add_reported(a, found, c, reported_clause_end(a, c), &sp);
}

/* `CLAUSE, X said.` and `CLAUSE, said X.`: the attribution closes the sentence. */
static void find_said_after(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || !is_cue(a, v, quote_word_is_cue))
                return;
        long end = reported_past_setting(a, v);
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
                    !(attr_subject_before(a, v, &sp) || reported_comma_subject(a, v, &sp)))
                        return;
                long first = reported_mention_first(a, &sp);
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
        long c = reported_sentence_start(a, comma);
        if (comma - c < 4 || is_kind(a, c, QUOTE_TOK_MARK) || a->quote_of[c] >= 0)
                return;
        /* the mixed quotation's content keeps its comma and closing mark */
        long e = is_kind(a, comma + 1, QUOTE_TOK_MARK) ? comma + 1 : comma - 1;
        add_reported(a, found, c, e, &sp);
}

/* `A, X said, B.` and `A, said X, B.`: the attribution splits its clause in two
 * pieces, each with the same speaker. */
static void find_said_between(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || v < (long) a->headline || !is_cue(a, v, quote_word_is_cue))
                return;
        long after = reported_past_time(a, v + 1);
        Speakers sp = { .cue = v };
        long comma;
        bool inverted = !punct_is(a, after, ",");
        if (!inverted) {
                if (!attr_subject_before(a, v, &sp) && !reported_comma_subject(a, v, &sp))
                        return;
                comma = reported_mention_first(a, &sp) - 1;
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
        long c = reported_sentence_start(a, comma);
        long b = after + 1;
        /* "Still, he said, officials must decide": nothing but an opening word
         * before the attribution, the clause is the piece after it */
        bool opening = c >= comma && !inverted;
        if ((c >= comma && !opening) || is_kind(a, c, QUOTE_TOK_MARK) || a->quote_of[c] >= 0 ||
            !same_sentence(a, b, v) || !is_kind(a, b, QUOTE_TOK_WORD) || a->quote_of[b] >= 0)
                return;
        long e = reported_clause_end(a, b);
        if (e - b < 2 || (!opening && overlaps_used(a, c, comma - 1)) || overlaps_used(a, b, e))
                return;
        /* a piece that is a mixed quotation is left to the direct pass */
        if (!opening && !reported_mixed(a, c, comma - 1))
                add_reported(a, found, c, comma - 1, &sp);
        /* "..., said Ann Lee, a fellow at the institute.": after an inverted
         * attribution a piece with no verb is the speaker's appositive */
        if (!reported_mixed(a, b, e) && (!inverted || reported_holds_verb(a, b, e)))
                add_reported(a, found, b, e, &sp);
}

/* ---- the wider set of reporting verbs ------------------------------------------ */

/* `X said: CLAUSE` and `X wrote:` ending a paragraph, before a paragraph that is
 * not a quotation: that paragraph is what X said. */
static void find_colon(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || v < (long) a->headline ||
            !(is_cue(a, v, quote_word_is_cue) || (reported_verb_flags(a, v) & REPORTED_CLAUSE)))
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
                e = reported_clause_end(a, c);
        }
        e = reported_before_used(a, c, e);
        if (e <= c || reported_mixed(a, c, e))
                return;
        Speakers sp = { .cue = v };
        if (!attr_subject_before(a, reported_verb_group_start(a, v), &sp))
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
        e = reported_before_used(a, c, e);
        if (e - c < 2 || reported_mixed(a, c, e))
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
        if (!attr_subject_before(a, reported_verb_group_start(a, v), &sp))
                return;
        long comma = reported_mention_first(a, &sp) - 1;
        if (!punct_is(a, comma, ",") || !same_sentence(a, comma, v))
                return;
        long c = reported_sentence_start(a, comma);
        if (comma - c < 3 || is_kind(a, c, QUOTE_TOK_MARK) || reported_mixed(a, c, comma - 1))
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
        long e = reported_before_used(a, c, reported_clause_end(a, c));
        if (e - c < 2 || reported_mixed(a, c, e))
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
        long c = reported_sentence_start(a, v);
        long left_end = punct_is(a, v - 1, ",") ? v - 2 : v - 1;
        bool relative = word_is(a, e + 1, "who") || word_is(a, e + 1, "which");
        /* the clause before belongs to another attribution: this one is nested in
         * it ("claims rose, which, according to the Times, is high") */
        if (c <= left_end && overlaps_used(a, c, left_end))
                return;
        if (c <= left_end && !is_kind(a, c, QUOTE_TOK_MARK) && !reported_mixed(a, c, left_end))
                add_reported(a, found, c, left_end, &sp);
        long b = e + 1;
        if (punct_is(a, e, ",") && !relative && is_kind(a, b, QUOTE_TOK_WORD) && same_sentence(a, b, v)) {
                long be = reported_before_used(a, b, reported_clause_end(a, b));
                /* "according to Craig Bryan, head of the center.": the source's
                 * appositive, not the rest of the clause */
                if (be > b && !reported_mixed(a, b, be) && reported_holds_verb(a, b, be))
                        add_reported(a, found, b, be, &sp);
        }
}

static void find_wide(Attr *a, long v, GArray *found) {
        if (a->quote_of[v] >= 0 || a->used[v] || v < (long) a->headline || reported_noun_like_base(a, v))
                return;
        uint8_t flags = reported_verb_flags(a, v);
        long last = reported_made_clear(a, v); /* the cue's last word */
        if (last > v)
                flags = REPORTED_THAT | REPORTED_CLAUSE | REPORTED_PREP;
        Speakers contracted = { .cue = v };
        if (flags == 0 ||
            (word_in(a, v - 1, quote_word_is_det) && !reported_past_form(a, v) &&
             !reported_quantifier_subject(a, v - 1, v)) ||
            (is_possessive(a, v - 1) && !reported_contracted_subject(a, v - 1, &contracted)))
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
        long c = reported_wide_content_start(a, last > v ? last : v, flags);
        if (c < 0 && (flags & REPORTED_CLAUSE))
                c = reported_relative_content(a, v);
        if (c < 0 || is_kind(a, c, QUOTE_TOK_MARK))
                return;
        long e = reported_before_used(a, c, reported_clause_end(a, c));
        e = reported_subordinate_end(a, v, c, e);
        if (e < c || (reported_mixed(a, c, e) && !reported_named_in_marks(a, v, c, &e)))
                return;
        /* "proposed higher tariffs and appointed China hawks": the subject's next
         * act is not what it proposed */
        for (long i = c + 1; i < e && !word_is(a, c, "that"); i++)
                if (word_is(a, i, "and") && is_kind(a, i + 1, QUOTE_TOK_WORD) && reported_past_form(a, i + 1) &&
                    reported_verbish(a, i + 1)) {
                        e = punct_is(a, i - 1, ",") ? i - 2 : i - 1;
                        if (e < c || reported_mixed(a, c, e))
                                return;
                        break;
                }
        Speakers sp = { .cue = v };
        if (reported_ing_form(a, v)) {
                /* "is calling for": the auxiliary's subject; ", calling X ...": the
                 * sentence's subject; "by saying": the same */
                bool participle = punct_is(a, v - 1, ",") || word_is(a, v - 1, "by");
                if (participle) {
                        if (!attr_sentence_subject(a, v, &sp) && !reported_main_subject(a, v, &sp) &&
                            !(punct_is(a, v - 1, ",") && reported_speaker_before_comma(a, found, v - 1, &sp)))
                                return;
                        add_reported(a, found, c, e, &sp);
                        return;
                }
                /* "super PACs supporting Kasich paid ...": a stance participle
                 * after its noun; the object ends where the main verb comes back */
                bool stance = (flags & REPORTED_OBJECT) && !(flags & (REPORTED_THAT | REPORTED_CLAUSE));
                if (stance && is_kind(a, v - 1, QUOTE_TOK_WORD) && !reported_verb_helper(a, v - 1) &&
                    !word_in(a, v - 1, quote_word_is_lead) && !word_in(a, v - 1, quote_word_is_notclause) &&
                    !word_in(a, v - 1, quote_word_is_det) && !reported_verbish(a, v - 1) &&
                    !reported_ing_form(a, v - 1) && attr_subject_before(a, v, &sp)) {
                        add_reported(a, found, c, reported_relative_object_end(a, flags, c, e), &sp);
                        return;
                }
                if (!(word_is(a, v - 1, "is") || word_is(a, v - 1, "are") || word_is(a, v - 1, "was") ||
                      word_is(a, v - 1, "were") || word_is(a, v - 1, "been") || word_is(a, v - 1, "be")))
                        return;
        }
        long k = reported_verb_group_start(a, head);
        if (reported_relative_subject(a, k - 1, &sp)) {
                add_reported(a, found, c, reported_relative_object_end(a, flags, c, e), &sp);
                return;
        }
        if (!reported_contracted_subject(a, k - 1, &sp) && !attr_subject_before(a, k, &sp) &&
            !((word_is(a, k - 1, "and") || word_is(a, k - 1, "but")) && reported_main_subject(a, k, &sp)) &&
            !reported_opening_name(a, k, &sp) &&
            !reported_quantity_subject(a, k, &sp) && !reported_first_person(a, k, &sp))
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
        long e = reported_before_used(a, c, reported_clause_end(a, c));
        e = reported_subordinate_end(a, v, c, e);
        if (e < c || reported_mixed(a, c, e))
                return;
        Speakers sp = { .cue = v };
        long k = reported_verb_group_start(a, cop);
        if (!reported_contracted_subject(a, k - 1, &sp) && !reported_relative_subject(a, k - 1, &sp) &&
            !attr_subject_before(a, k, &sp) && !reported_first_person(a, k, &sp))
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
                if (reported_verb_flags(a, v) == 0 || a->text[t->end - 1] != 's' || is_possessive(a, v - 1) ||
                    word_in(a, v - 1, quote_word_is_det) || a->used[v] || a->quote_of[v] >= 0)
                        continue;
                long c = v + 1, e = c;
                while (e + 1 < n && (is_kind(a, e + 1, QUOTE_TOK_WORD) || is_abbrev_dot(a, e + 1)))
                        e++;
                /* a verb that takes only "to" or a preposition: "Stadium Plans Draw
                 * Crowd" is a noun */
                uint8_t flags = reported_verb_flags(a, v);
                char next[WORD_MAX];
                bool open_content = flags & (REPORTED_THAT | REPORTED_CLAUSE | REPORTED_OBJECT | REPORTED_TOLD);
                if (!open_content && (!is_kind(a, c, QUOTE_TOK_WORD) ||
                                      !quote_tok_lower(a->text, &a->t[c], next, sizeof next) ||
                                      !(strcmp(next, "to") == 0 || strcmp(next, "about") == 0 ||
                                        strcmp(next, "for") == 0 || strcmp(next, "against") == 0 ||
                                        strcmp(next, "on") == 0 || strcmp(next, "whether") == 0)))
                        return;
                if (!is_kind(a, c, QUOTE_TOK_WORD) || reported_mixed(a, c, e))
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
