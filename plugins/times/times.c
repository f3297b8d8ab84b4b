/* The times extractor: time expressions with TIMEX3 values, and dated events.
 * SPDX-License-Identifier: MIT
 *
 * The glue between the SDK-free core (timex-*.c, event-label.c) and the doc:
 * reads each article's body, sentences and anchor date, adds one time per
 * expression and, per sentence, one event for each clause with a dated
 * expression (event_label_pick()). The rules that look past one expression
 * (ranges, a clock time's date, "N years later", a sentence's year) are in
 * times-lookahead.c. */
#include <dossier/plugin.h>

#include <stdio.h>
#include <string.h>

#include "event-label.h"
#include "times-article.h"

typedef struct {
        DossierHost *host;
        TimexLexicon *lexicon;
        bool events;
        bool refs;
        int label_max;
} Times;

typedef struct {
        uint32_t start, end;
        const DossierActor *actor;
} Mention;

static void times_free(Times *t)
{
        if (!t)
                return;
        timex_lexicon_free(t->lexicon);
        g_free(t);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Times, times_free)

static const DossierSettingSpec times_settings[] = {
        { "events", DOSSIER_SETTING_BOOL,
          "record a dated event for each sentence with a dated time expression (default true)" },
        { "label_max", DOSSIER_SETTING_INT, "longest event label, in characters, 20 to 400 (default 80)" },
        { "refs", DOSSIER_SETTING_BOOL,
          "also record vague references such as 'now', 'recently', 'the future' "
          "(PRESENT_REF, PAST_REF, FUTURE_REF) (default true)" },
        { NULL, 0, NULL },
};

static bool times_create(DossierHost *host, const DossierSettings *settings, void **ret_state,
                         GError **error)
{
        g_autoptr(Times) t = g_new0(Times, 1);
        t->host = host;
        t->events = true;
        t->refs = true;
        t->label_max = 80;
        if (!dossier_settings_get_bool(settings, "events", &t->events, error) ||
            !dossier_settings_get_bool(settings, "refs", &t->refs, error) ||
            !dossier_settings_get_int(settings, "label_max", 20, 400, &t->label_max, error))
                return false;
        t->lexicon = timex_lexicon_new();
        *ret_state = g_steal_pointer(&t);
        return true;
}

static void times_destroy(void *state)
{
        times_free(state);
}

static int mention_cmp(const void *a, const void *b)
{
        const Mention *x = a, *y = b;
        return x->start < y->start ? -1 : x->start > y->start;
}

/* Every actor mention in article @index, sorted by start. */
static GArray *article_mentions(const DossierDoc *doc, uint32_t index)
{
        GArray *mentions = g_array_new(FALSE, FALSE, sizeof(Mention));
        size_t n_actors = dossier_doc_get_n_actors(doc);
        for (size_t a = 0; a < n_actors; a++) {
                const DossierActor *actor = dossier_doc_get_actor(doc, a);
                size_t n = dossier_actor_get_n_mentions(actor);
                for (size_t m = 0; m < n; m++) {
                        DossierSpan span = dossier_actor_get_mention(actor, m);
                        if (span.article == index)
                                g_array_append_val(mentions, ((Mention) { span.start, span.end, actor }));
                }
        }
        g_array_sort(mentions, mention_cmp);
        return mentions;
}

/* An event's actors are the people, organisations and places its sentence names;
 * demonyms and other proper adjectives ("Chinese goods") take no part in it. */
static void add_sentence_actors(DossierDoc *doc, DossierEvent *event, const GArray *mentions,
                                DossierSpan sentence)
{
        for (size_t k = 0; k < mentions->len; k++) {
                const Mention *m = &g_array_index(mentions, Mention, k);
                if (m->start >= sentence.end)
                        break;
                if (m->start >= sentence.start &&
                    dossier_actor_get_type(m->actor) != DOSSIER_ACTOR_OTHER)
                        dossier_event_add_actor(doc, event, m->actor);
        }
}

static void article_clear(Article *a)
{
        g_clear_pointer(&a->words, g_array_unref);
        g_clear_pointer(&a->mentions, g_array_unref);
        g_clear_pointer(&a->pending, g_array_unref);
}

/* A dated expression waiting for the rest of its sentence. */
typedef struct {
        TimexMatch match;
        char value[TIMEX_VALUE_MAX];
        DossierTime *time;
} Dated;

static bool add_event(Times *t, DossierDoc *doc, Article *a, const EventSentence *es, size_t k)
{
        const Dated *d = &g_array_index(a->pending, Dated, k);
        g_autofree char *label = event_label_make(es, k, (size_t) t->label_max);
        if (label[0] == '\0')
                return false; /* a dateline or a bare date: nothing happened in it */
        DossierSpan span = a->sentences[a->pending_sentence];
        DossierEvent *event = dossier_doc_add_event(doc, d->value, span, label, d->time);
        add_sentence_actors(doc, event, a->mentions, span);
        return true;
}

/* Whether an event before pending expression @k has its value: "in 2008 ... in 2008". */
static bool value_taken(const Article *a, const bool *added, size_t k)
{
        const char *value = g_array_index(a->pending, Dated, k).value;
        for (size_t j = 0; j < k; j++)
                if (added[j] && strcmp(g_array_index(a->pending, Dated, j).value, value) == 0)
                        return true;
        return false;
}

static uint8_t actor_kind(const DossierActor *actor)
{
        switch (dossier_actor_get_type(actor)) {
        case DOSSIER_ACTOR_PERSON:
                return EVENT_ACTOR_PERSON;
        case DOSSIER_ACTOR_ORG:
                return EVENT_ACTOR_ORG;
        default:
                return EVENT_ACTOR_OTHER;
        }
}

/* The mentions from the start of the third sentence before @s to the end of @s:
 * what a pronoun subject may stand for. */
static GArray *event_mentions(const Article *a, size_t s)
{
        GArray *out = g_array_new(FALSE, FALSE, sizeof(EventMention));
        uint32_t from = a->sentences[s > 3 ? s - 3 : 0].start, to = a->sentences[s].end;
        for (size_t k = 0; k < a->mentions->len; k++) {
                const Mention *m = &g_array_index(a->mentions, Mention, k);
                if (m->start < from || m->end > to)
                        continue;
                uint8_t back = (uint8_t) (s - times_sentence_at(a, m->start));
                g_array_append_val(out, ((EventMention) { m->start, m->end, dossier_actor_get_name(m->actor),
                                                          actor_kind(m->actor), back }));
        }
        return out;
}

/* The events of the pending sentence: one per clause, dated by its finest expression. */
static void flush_events(Times *t, DossierDoc *doc, Article *a)
{
        size_t n_pending = a->pending->len, first, n;
        if (n_pending == 0)
                return;
        times_sentence_words(a, a->pending_sentence, &first, &n);
        g_autofree EventExpr *exprs = g_new0(EventExpr, n_pending);
        g_autofree bool *keep = g_new0(bool, n_pending);
        for (size_t k = 0; k < n_pending; k++) {
                const Dated *d = &g_array_index(a->pending, Dated, k);
                exprs[k] = (EventExpr) { d->match.first_word - first, d->match.n_words,
                                         timex_value_precision(d->value) };
        }
        size_t prev_first = 0, prev_n = 0;
        if (a->pending_sentence > 0)
                times_sentence_words(a, a->pending_sentence - 1, &prev_first, &prev_n);
        g_autoptr(GArray) mentions = event_mentions(a, a->pending_sentence);
        EventSentence es = { &g_array_index(a->words, TimexWord, first), n, a->body, exprs, n_pending,
                             &g_array_index(a->words, TimexWord, prev_first), prev_n,
                             (const EventMention *) mentions->data, mentions->len };
        event_label_pick(&es, keep);
        for (size_t k = 0; k < n_pending; k++)
                keep[k] = keep[k] && !value_taken(a, keep, k) && add_event(t, doc, a, &es, k);
        g_array_set_size(a->pending, 0);
}

/* Adds @m with its @value; @inside: whether @m lies inside one sentence (else no event). */
static void add_value(Times *t, DossierDoc *doc, Article *a, const TimexMatch *m, bool inside, const char *value)
{
        size_t s = times_sentence_at(a, m->start);
        timex_context_advance(&a->ctx, &m->expr, value);
        DossierSpan span = { a->index, m->start, m->end };
        DossierTime *time = dossier_doc_add_time(doc, span, m->expr.type, value);
        bool dated = m->expr.type == TIMEX_DATE || m->expr.type == TIMEX_TIME;
        if (!t->events || !dated || !timex_value_is_dated(value) || !inside)
                return; /* no event for an expression across a sentence break: no clause to label */
        if (s != a->pending_sentence)
                flush_events(t, doc, a);
        a->pending_sentence = s;
        Dated d = { .match = *m, .time = time };
        memcpy(d.value, value, sizeof(d.value));
        g_array_append_val(a->pending, d);
}

static void add_match(Times *t, DossierDoc *doc, Article *a, const TimexMatch *m, const TimexMatch *next)
{
        char value[TIMEX_VALUE_MAX];
        if ((!t->refs && m->expr.kind == TIMEX_KIND_REF) || times_inside_tag(a->body, m->start))
                return;
        TimexContext ctx = a->ctx;
        TimexMatch dated;
        int year = times_carried_year(a, m);
        if (year) {
                dated = *m;
                dated.expr.year = (int16_t) year;
                dated.expr.flags &= (uint16_t) ~TIMEX_FLAG_NO_YEAR;
                m = &dated;
        }
        if (times_clock_before_date(a, m, next) && times_match_value(a, next, &ctx, value)) {
                timex_context_advance(&ctx, &next->expr, value);
                ctx.anchor = ctx.ref; /* near or far, that day is the clock's */
        }
        bool inside;
        TimexDirection dir = times_match_direction(a, m, &inside);
        if (!timex_normalize(&m->expr, &ctx, dir, value))
                return;
        if (times_later_is_span(a, m, dir, value)) {
                TimexMatch span = *m;
                span.expr.type = TIMEX_DURATION;
                span.expr.kind = TIMEX_KIND_DURATION;
                span.expr.flags = 0;
                if (m->expr.kind == TIMEX_KIND_RELATIVE)
                        span.expr.amount = 1000 * m->expr.offset;
                if (timex_normalize(&span.expr, &ctx, dir, value))
                        add_value(t, doc, a, &span, inside, value);
                return;
        }
        add_value(t, doc, a, m, inside, value);
}


static void add_range(Times *t, DossierDoc *doc, Article *a, const TimexMatch *m, const TimexMatch *next)
{
        char v1[TIMEX_VALUE_MAX], v2[TIMEX_VALUE_MAX];
        bool inside1, inside2;
        TimexContext ctx = a->ctx;
        TimexDirection dir1 = times_match_direction(a, m, &inside1);
        if (!timex_normalize(&m->expr, &ctx, dir1, v1)) {
                add_match(t, doc, a, next, NULL);
                return;
        }
        timex_context_advance(&ctx, &m->expr, v1);
        if (!timex_normalize(&next->expr, &ctx, times_match_direction(a, next, &inside2), v2)) {
                add_value(t, doc, a, m, inside1, v1);
                return;
        }
        times_range_years(m, next, dir1, v1, v2);
        add_value(t, doc, a, m, inside1, v1);
        add_value(t, doc, a, next, inside2, v2);
}

static bool anchor_of(const DossierArticle *article, GDate *ret_date)
{
        int y, m, d;
        const char *date = dossier_article_get_date(article);
        if (!date || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy(d, m, y))
                return false;
        g_date_clear(ret_date, 1);
        g_date_set_dmy(ret_date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
        return true;
}

static void extract_article(Times *t, DossierDoc *doc, uint32_t index)
{
        const DossierArticle *article = dossier_doc_get_article(doc, index);
        size_t len;
        GDate anchor;
        Article a = { .index = index };

        if (!anchor_of(article, &anchor)) {
                dossier_host_log(t->host, DOSSIER_LOG_WARNING, "%s: anchor date '%s' is not YYYY-MM-DD, "
                                 "skipping its time expressions", dossier_article_get_path(article),
                                 dossier_article_get_date(article));
                return;
        }
        timex_context_init(&a.ctx, &anchor);
        a.body = dossier_article_get_body(article, &len);
        a.sentences = dossier_article_get_sentences(article, &a.n_sentences);
        if (a.n_sentences == 0) {
                a.whole = (DossierSpan) { index, 0, (uint32_t) len };
                a.sentences = &a.whole;
                a.n_sentences = 1;
        }
        a.words = g_array_new(FALSE, FALSE, sizeof(TimexWord));
        timex_words_split(t->lexicon, a.body, 0, (uint32_t) len, a.words);
        a.mentions = article_mentions(doc, index);
        a.pending = g_array_new(FALSE, FALSE, sizeof(Dated));

        g_autoptr(GArray) matches = g_array_new(FALSE, FALSE, sizeof(TimexMatch));
        timex_scan((const TimexWord *) a.words->data, a.words->len, a.body, matches);
        for (size_t k = 0; k < matches->len; k++) {
                const TimexMatch *m = &g_array_index(matches, TimexMatch, k);
                const TimexMatch *next = k + 1 < matches->len ? m + 1 : NULL;
                if (times_range_ends(&a, m, next)) {
                        add_range(t, doc, &a, m, next);
                        k++;
                } else {
                        add_match(t, doc, &a, m, next);
                }
        }
        flush_events(t, doc, &a);
        article_clear(&a);
}

static bool times_extract(void *state, DossierDoc *doc, GError **error)
{
        Times *t = state;
        size_t n = dossier_doc_get_n_articles(doc);
        for (size_t i = 0; i < n; i++)
                extract_article(t, doc, (uint32_t) i);
        return true;
}

DOSSIER_PLUGIN_DEFINE("times",
                      .kind = DOSSIER_PLUGIN_EXTRACTOR,
                      .version = "0.1.0",
                      .license = "MIT",
                      .description = "time expressions (TIMEX3) and dated events",
                      .settings = times_settings,
                      .create = times_create,
                      .extract = times_extract,
                      .destroy = times_destroy)
