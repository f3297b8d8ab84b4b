/* The times extractor: time expressions with TIMEX3 values, and dated events.
 * SPDX-License-Identifier: MIT
 *
 * The glue between the SDK-free core (timex-*.c, event-label.c) and the doc:
 * reads each article's body, sentences and anchor date, adds one time per
 * expression and, per sentence, one event for each clause with a dated
 * expression (event_label_pick()). */
#include <dossier/plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event-label.h"

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

/* The words of one article and where each sentence's words begin and end. */
typedef struct {
        const char *body;
        GArray *words;         /* TimexWord, the whole body */
        const DossierSpan *sentences;
        size_t n_sentences;
        DossierSpan whole;     /* the one sentence when the host gave none */
        GArray *mentions;
        GArray *pending;       /* Dated, the dated expressions of sentence `pending_sentence` */
        size_t pending_sentence;
        int year;              /* the last year the text wrote out */
        int frame_year;        /* "In 2008, ...": the year sentence `frame_sentence` opens with */
        size_t frame_sentence;
        uint32_t index;
        TimexContext ctx;
} Article;

static void article_clear(Article *a)
{
        g_clear_pointer(&a->words, g_array_unref);
        g_clear_pointer(&a->mentions, g_array_unref);
        g_clear_pointer(&a->pending, g_array_unref);
}

/* The sentence holding byte @offset (the last one starting at or before it). */
static size_t sentence_at(const Article *a, uint32_t offset)
{
        size_t lo = 0, hi = a->n_sentences;
        while (hi - lo > 1) {
                size_t mid = (lo + hi) / 2;
                if (a->sentences[mid].start <= offset)
                        lo = mid;
                else
                        hi = mid;
        }
        return lo;
}

/* The words [ret_first, ret_first + ret_n) of sentence @s. */
static void sentence_words(const Article *a, size_t s, size_t *ret_first, size_t *ret_n)
{
        const TimexWord *w = (const TimexWord *) a->words->data;
        size_t n = a->words->len, lo = 0, hi = n;
        DossierSpan span = a->sentences[s];
        while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (w[mid].start < span.start)
                        lo = mid + 1;
                else
                        hi = mid;
        }
        size_t end = lo;
        while (end < n && w[end].start < span.end)
                end++;
        *ret_first = lo;
        *ret_n = end - lo;
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
                uint8_t back = (uint8_t) (s - sentence_at(a, m->start));
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
        sentence_words(a, a->pending_sentence, &first, &n);
        g_autofree EventExpr *exprs = g_new0(EventExpr, n_pending);
        g_autofree bool *keep = g_new0(bool, n_pending);
        for (size_t k = 0; k < n_pending; k++) {
                const Dated *d = &g_array_index(a->pending, Dated, k);
                exprs[k] = (EventExpr) { d->match.first_word - first, d->match.n_words,
                                         timex_value_precision(d->value) };
        }
        size_t prev_first = 0, prev_n = 0;
        if (a->pending_sentence > 0)
                sentence_words(a, a->pending_sentence - 1, &prev_first, &prev_n);
        g_autoptr(GArray) mentions = event_mentions(a, a->pending_sentence);
        EventSentence es = { &g_array_index(a->words, TimexWord, first), n, a->body, exprs, n_pending,
                             &g_array_index(a->words, TimexWord, prev_first), prev_n,
                             (const EventMention *) mentions->data, mentions->len };
        event_label_pick(&es, keep);
        for (size_t k = 0; k < n_pending; k++)
                keep[k] = keep[k] && !value_taken(a, keep, k) && add_event(t, doc, a, &es, k);
        g_array_set_size(a->pending, 0);
}

/* The direction of @m's verbs, and whether @m lies inside one sentence. */
static TimexDirection match_direction(const Article *a, const TimexMatch *m, bool *ret_inside)
{
        size_t s = sentence_at(a, m->start), first, n;
        sentence_words(a, s, &first, &n);
        *ret_inside = m->first_word >= first && m->first_word + m->n_words <= first + n;
        if (!*ret_inside)
                first = m->first_word, n = m->n_words; /* spans a sentence break: no tense */
        const TimexWord *w = &g_array_index(a->words, TimexWord, first);
        return timex_tense_direction(w, n, a->body, m->first_word - first, m->n_words);
}

static bool match_value(const Article *a, const TimexMatch *m, const TimexContext *ctx,
                        char value[TIMEX_VALUE_MAX])
{
        bool inside;
        return timex_normalize(&m->expr, ctx, match_direction(a, m, &inside), value);
}

/* Whether only the words @words[0..n) stand between matches @m and @next. */
static bool only_between(const Article *a, const TimexMatch *m, const TimexMatch *next,
                         const char *const *words, size_t n)
{
        const TimexWord *w = (const TimexWord *) a->words->data;
        for (uint32_t k = m->first_word + m->n_words; k < next->first_word; k++) {
                size_t len = w[k].end - w[k].start;
                bool listed = false;
                for (size_t i = 0; i < n && !listed; i++)
                        listed = strlen(words[i]) == len &&
                                 g_ascii_strncasecmp(a->body + w[k].start, words[i], len) == 0;
                if (!listed)
                        return false;
        }
        return true;
}

/* "at 6:30 a.m. on March 19, 2002": a clock time takes the date after it, not
 * the day the story was telling. */
static bool clock_before_date(const Article *a, const TimexMatch *m, const TimexMatch *next)
{
        static const char *const glue[] = { "on", "," };
        return next && m->expr.type == TIMEX_TIME && (m->expr.flags & TIMEX_FLAG_FROM_REF) &&
               next->expr.kind == TIMEX_KIND_CALENDAR && next->expr.day && next->first_word > m->first_word &&
               next->first_word - (m->first_word + m->n_words) <= 2 &&
               only_between(a, m, next, glue, G_N_ELEMENTS(glue));
}

static void add_value(Times *t, DossierDoc *doc, Article *a, const TimexMatch *m, const char *value)
{
        bool inside;
        size_t s = sentence_at(a, m->start);
        match_direction(a, m, &inside);
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

/* Whether the dated @value lies after the anchor at its own precision. */
static bool after_anchor(const char *value, const GDate *anchor)
{
        char day[16];
        size_t len = strlen(value);
        if (!(len == 4 || len == 7 || len == 10) || !timex_value_is_dated(value) || (len > 4 && !g_ascii_isdigit(value[5])))
                return false;
        snprintf(day, sizeof(day), "%04d-%02d-%02d", g_date_get_year(anchor), g_date_get_month(anchor),
                 g_date_get_day(anchor));
        return strncmp(value, day, len) > 0;
}

/* "a decade later, HP remains ...", "a few months later" in a story told in the
 * past: "later" than an event the text did not date, which placed from the last
 * date would land after the article itself. It tells how long, as TimeBank
 * writes "three days later". */
static bool later_is_span(const Article *a, const TimexMatch *m, const char *value)
{
        const TimexExpr *e = &m->expr;
        bool inside;
        const TimexWord *last = &g_array_index(a->words, TimexWord, m->first_word + m->n_words - 1);
        if (!(e->flags & TIMEX_FLAG_AGO) || e->type != TIMEX_DATE || last->end - last->start != 5 ||
            g_ascii_strncasecmp(a->body + last->start, "later", 5) != 0 ||
            match_direction(a, m, &inside) == TIMEX_DIR_FUTURE)
                return false; /* "a few years from now" is FUTURE_REF */
        if (e->kind == TIMEX_KIND_REF)
                return e->ref == TIMEX_REF_FUTURE && e->unit != TIMEX_UNIT_NONE;
        return e->kind == TIMEX_KIND_RELATIVE && (e->flags & TIMEX_FLAG_FROM_REF) && e->offset > 0 &&
               after_anchor(value, &a->ctx.anchor);
}

/* A month or a day of one whose year the text left out. */
static bool year_left_out(const TimexMatch *m)
{
        return m->expr.kind == TIMEX_KIND_CALENDAR && m->expr.month && !m->expr.quarter &&
               !m->expr.season && !m->expr.holiday && (m->expr.flags & TIMEX_FLAG_NO_YEAR) &&
               m->expr.deixis == TIMEX_DEIXIS_NONE;
}

/* Whether words @k, @k + 1, ... of the article are @w1, @w2 (case-insensitive). */
static bool words_at(const Article *a, size_t k, const char *w1, const char *w2)
{
        const TimexWord *w = (const TimexWord *) a->words->data;
        if (k + 1 >= a->words->len)
                return false;
        return w[k].end - w[k].start == strlen(w1) && g_ascii_strncasecmp(a->body + w[k].start, w1, strlen(w1)) == 0 &&
               w[k + 1].end - w[k + 1].start == strlen(w2) &&
               g_ascii_strncasecmp(a->body + w[k + 1].start, w2, strlen(w2)) == 0;
}

/* The year a month the text gave no year takes from the text around it, 0 for
 * none: "In 2008, the campaign began airing ads in mid-September" (a sentence
 * framed by its year), "a referendum in December of that year". Other years in
 * the sentence are no frame: "extradited in 2014 and pleaded guilty in May". */
static int carried_year(Article *a, const TimexMatch *m)
{
        size_t s = sentence_at(a, m->start), end = m->first_word + m->n_words;
        const TimexWord *w = (const TimexWord *) a->words->data;
        if (m->expr.kind == TIMEX_KIND_CALENDAR && m->expr.year && !(m->expr.flags & TIMEX_FLAG_YEAR_OFFSET)) {
                a->year = m->expr.year;
                bool opens = m->first_word > 0 && w[m->first_word - 1].start <= a->sentences[s].start + 3 &&
                             end < a->words->len && w[end].shape == TIMEX_SHAPE_PUNCT && a->body[w[end].start] == ',';
                if (opens && !m->expr.month) {
                        a->frame_year = m->expr.year;
                        a->frame_sentence = s;
                }
                return 0;
        }
        if (!year_left_out(m))
                return 0;
        if (a->year && end + 2 < a->words->len && words_at(a, end, "of", "that") && words_at(a, end + 1, "that", "year"))
                return a->year;
        return a->frame_year && a->frame_sentence == s ? a->frame_year : 0;
}

/* Whether byte @at lies inside a markup tag the article kept from its source:
 * '<tweet author="x" datetime="2016-06-28">' dates no event of the story. */
static bool inside_tag(const char *body, uint32_t at)
{
        for (uint32_t k = at; k > 0 && at - k < 400; k--) {
                char c = body[k - 1];
                if (c == '>' || c == '\n')
                        return false;
                if (c == '<')
                        return g_ascii_isalpha(body[k]) || body[k] == '/';
        }
        return false;
}

static void add_match(Times *t, DossierDoc *doc, Article *a, const TimexMatch *m, const TimexMatch *next)
{
        char value[TIMEX_VALUE_MAX];
        if ((!t->refs && m->expr.kind == TIMEX_KIND_REF) || inside_tag(a->body, m->start))
                return;
        TimexContext ctx = a->ctx;
        TimexMatch dated;
        int year = carried_year(a, m);
        if (year) {
                dated = *m;
                dated.expr.year = (int16_t) year;
                dated.expr.flags &= (uint16_t) ~TIMEX_FLAG_NO_YEAR;
                m = &dated;
        }
        if (clock_before_date(a, m, next) && match_value(a, next, &ctx, value)) {
                timex_context_advance(&ctx, &next->expr, value);
                ctx.anchor = ctx.ref; /* near or far, that day is the clock's */
        }
        if (!match_value(a, m, &ctx, value))
                return;
        if (later_is_span(a, m, value)) {
                TimexMatch span = *m;
                span.expr.type = TIMEX_DURATION;
                span.expr.kind = TIMEX_KIND_DURATION;
                span.expr.flags = 0;
                if (m->expr.kind == TIMEX_KIND_RELATIVE)
                        span.expr.amount = 1000 * m->expr.offset;
                if (match_value(a, &span, &ctx, value))
                        add_value(t, doc, a, &span, value);
                return;
        }
        add_value(t, doc, a, m, value);
}


static bool month_value(const char *value)
{
        return strlen(value) >= 7 && value[4] == '-' && g_ascii_isdigit(value[5]);
}

/* "between September and October of 2007", "from January 1 to September 26": the
 * two ends of a range; the caller checks their values name months or days. */
static bool range_ends(const Article *a, const TimexMatch *m, const TimexMatch *next)
{
        static const char *const glue[] = { "and", "to", "through", "until", "till", "-", "\u2013" };
        const TimexWord *w = (const TimexWord *) a->words->data;
        if (!next || m->first_word == 0 || m->expr.kind != TIMEX_KIND_CALENDAR ||
            next->expr.kind != TIMEX_KIND_CALENDAR || !m->expr.month || !next->expr.month ||
            next->first_word != m->first_word + m->n_words + 1 || !only_between(a, m, next, glue, G_N_ELEMENTS(glue)))
                return false;
        const TimexWord *before = &w[m->first_word - 1];
        size_t len = before->end - before->start;
        return (len == 7 && g_ascii_strncasecmp(a->body + before->start, "between", 7) == 0) ||
               (len == 4 && g_ascii_strncasecmp(a->body + before->start, "from", 4) == 0);
}

static void set_year(char *value, int year)
{
        char y[5];
        snprintf(y, sizeof(y), "%04d", year);
        memcpy(value, y, 4);
}

/* Gives the end whose year the text left out the other end's year, so that the
 * range runs forward; when both were left out and came apart, the end nearer the
 * past (for a story told in the past) or the start (otherwise) decides. */
static void range_years(const TimexMatch *m, const TimexMatch *next, TimexDirection dir, char *v1, char *v2)
{
        int y1 = atoi(v1), y2 = atoi(v2);
        bool after = strcmp(v1 + 4, v2 + 4) > 0; /* the start's month and day fall after the end's */
        bool open1 = year_left_out(m), open2 = year_left_out(next);
        if (open1 && (!open2 || (strcmp(v1, v2) > 0 && dir < 0)))
                set_year(v1, y2 - after);
        else if (open2)
                set_year(v2, y1 + after);
}

static void add_range(Times *t, DossierDoc *doc, Article *a, const TimexMatch *m, const TimexMatch *next)
{
        char v1[TIMEX_VALUE_MAX], v2[TIMEX_VALUE_MAX];
        bool inside;
        TimexContext ctx = a->ctx;
        if (!match_value(a, m, &ctx, v1)) {
                add_match(t, doc, a, next, NULL);
                return;
        }
        timex_context_advance(&ctx, &m->expr, v1);
        if (!match_value(a, next, &ctx, v2)) {
                add_value(t, doc, a, m, v1);
                return;
        }
        if (month_value(v1) && month_value(v2) && !strchr(v1, 'T') && !strchr(v2, 'T'))
                range_years(m, next, match_direction(a, m, &inside), v1, v2);
        add_value(t, doc, a, m, v1);
        add_value(t, doc, a, next, v2);
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
                if (range_ends(&a, m, next)) {
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
