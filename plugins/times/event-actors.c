/* Actors in event labels: who a pronoun subject stands for, and speakers'
 * surnames.
 * SPDX-License-Identifier: MIT
 *
 * "She replaces Daniel Akerson" says little on a timeline read out of its
 * article; "Mary Barra replaces Daniel Akerson" does. A subject "he" or "she"
 * is the person that the sentence's subject names, or the only person named in
 * the nearest of the three sentences before that names one; "the company" an
 * organisation likewise, or the one the sentence before is about (its
 * subject); "it" the organisation of either subject, never merely the only one
 * named (it is as often a product or an index: "It is slated for a U.S.
 * release"), nor before a copula ("It is expected that").
 * Anything less clear keeps the pronoun. */
#include "event-parse.h"

/* The subject's bytes of the sentence with @words (no expressions in it). */
static void subject_bytes(const EventSentence *in, const TimexWord *words, size_t n, uint32_t *ret_start,
                          uint32_t *ret_end)
{
        EventSentence other = { words, n, in->text, NULL, 0, NULL, 0, NULL, 0 };
        Sentence s = { words, n, in->text, n, n, &other };
        g_autoptr(GArray) clauses = split_clauses(&s);
        Clause sub = subject_of(&s, clauses);
        *ret_start = *ret_end = 0;
        if (sub.hi > sub.lo) {
                *ret_start = words[sub.lo].start;
                *ret_end = words[sub.hi - 1].end;
        }
}

/* The first mention of @kind inside bytes [start, end), if any. */
static const EventMention *mention_in(const EventSentence *in, uint8_t kind, uint32_t start, uint32_t end)
{
        for (size_t k = 0; k < in->n_mentions; k++) {
                const EventMention *m = &in->mentions[k];
                if (m->kind == kind && m->start >= start && m->end <= end)
                        return m;
        }
        return NULL;
}

/* The one actor of @kind inside bytes [start, end): "Vantor and Nexo" names none. */
static const EventMention *one_in(const EventSentence *in, uint8_t kind, uint32_t start, uint32_t end)
{
        const EventMention *one = mention_in(in, kind, start, end);
        for (size_t k = 0; one && k < in->n_mentions; k++) {
                const EventMention *m = &in->mentions[k];
                if (m->kind == kind && m->start >= start && m->end <= end && strcmp(m->name, one->name) != 0)
                        return NULL;
        }
        return one;
}

/* The one actor of @kind named before byte @end, in the nearest sentences that
 * name one: NULL when they name none or several. */
static const EventMention *only_actor(const EventSentence *in, uint8_t kind, uint32_t end)
{
        for (uint8_t back = 0; back <= 3; back++) {
                const EventMention *one = NULL;
                for (size_t k = 0; k < in->n_mentions; k++) {
                        const EventMention *m = &in->mentions[k];
                        if (m->kind != kind || m->back > back || m->end > end)
                                continue;
                        if (one && strcmp(one->name, m->name) != 0)
                                return NULL;
                        one = m;
                }
                if (one)
                        return one;
        }
        return NULL;
}

/* The kind of actor the words at @i stand for, and how many words they are. */
static uint8_t pronoun_kind(const Sentence *s, size_t i, size_t *ret_n)
{
        *ret_n = 1;
        if (WORD_IN(s, i, "he", "she"))
                return EVENT_ACTOR_PERSON;
        if (WORD_IN(s, i, "it")) {
                bool copula = i + 1 < s->n && WORD_IN(s, i + 1, "is", "was", "'s", "will", "would");
                return copula ? EVENT_ACTOR_OTHER : EVENT_ACTOR_ORG;
        }
        if (i + 1 < s->n && WORD_IN(s, i, "the") &&
            WORD_IN(s, i + 1, "company", "firm", "automaker", "carmaker", "airline", "manufacturer", "group")) {
                *ret_n = 2;
                return EVENT_ACTOR_ORG;
        }
        return EVENT_ACTOR_OTHER;
}

const char *actor_for_pronoun(const Sentence *s, size_t i, size_t *ret_n_words)
{
        const EventSentence *in = s->in;
        uint8_t kind = pronoun_kind(s, i, ret_n_words);
        if (kind == EVENT_ACTOR_OTHER || in->n_mentions == 0)
                return NULL;
        uint32_t at = s->w[i].start, here = s->n > 0 ? s->w[0].start : at;
        uint32_t sub_start, sub_end;
        subject_bytes(in, s->w, s->n, &sub_start, &sub_end);
        const EventMention *m = one_in(in, kind, sub_start, MIN(sub_end, at));
        if (m)
                return m->name; /* "GM says that it could be profitable" */
        bool pronoun = WORD_IN(s, i, "it");
        if (!pronoun && (m = only_actor(in, kind, at)))
                return m->name;
        if (kind == EVENT_ACTOR_PERSON || in->n_prev_words == 0 || mention_in(in, kind, here, at))
                return NULL;
        subject_bytes(in, in->prev_words, in->n_prev_words, &sub_start, &sub_end);
        m = one_in(in, kind, sub_start, sub_end);
        return m ? m->name : NULL;
}

/* "Siegfried Hecker and Robert Carlin" -> "Hecker and Carlin": two people or
 * more named by their surnames, as a paper does on second reference. */
char *speaker_names(const Sentence *s, Clause speaker)
{
        const EventSentence *in = s->in;
        if (speaker.hi <= speaker.lo)
                return NULL;
        uint32_t start = s->w[speaker.lo].start, end = s->w[speaker.hi - 1].end;
        size_t people = 0;
        for (size_t k = 0; k < in->n_mentions; k++)
                people += in->mentions[k].kind == EVENT_ACTOR_PERSON && in->mentions[k].start >= start &&
                          in->mentions[k].end <= end;
        if (people < 2)
                return NULL;
        g_autoptr(GString) out = g_string_new(NULL);
        Builder b = { out, 0, 0, 0 };
        for (size_t i = speaker.lo; i < speaker.hi; i++) {
                const EventMention *m = mention_in(in, EVENT_ACTOR_PERSON, s->w[i].start, end);
                if (!m || m->start != s->w[i].start) {
                        builder_append_word(s, i, &b);
                        continue;
                }
                const char *last = strrchr(m->name, ' ');
                last = last ? last + 1 : m->name;
                builder_append_text(&b, last, strlen(last), true);
                while (i + 1 < speaker.hi && s->w[i + 1].start < m->end)
                        i++;
                b.last = i;
        }
        return g_string_free(g_steal_pointer(&out), FALSE);
}
