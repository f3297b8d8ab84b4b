/* Feature hashes of the named-entity tagger. A feature is a template number mixed
 * with the hash of its value; the model looks hashes up, so no feature string is
 * ever built. Neighbours never cross the sentence. */
#include "ner-features.h"

#include <string.h>

enum {
        T_BIAS = 1, T_WORD, T_LOWER, T_SHAPE, T_SSHAPE, T_PREFIX, T_SUFFIX = T_PREFIX + 4,
        T_LOWER_AT = T_SUFFIX + 4, T_SHAPE_AT = T_LOWER_AT + 4, T_SHAPE_BI = T_SHAPE_AT + 4,
        T_LOWER_BI = T_SHAPE_BI + 2, T_GAP_BEFORE = T_LOWER_BI + 2, T_GAP_AFTER, T_POSITION,
        T_CAPS_LINE, T_TABLE_LINE, T_LINE_INDEX, T_POSS, T_GAZETTEER, T_TITLE, T_TITLE_BEFORE,
        T_FIRST_NAME, T_CUE, T_STOPWORD, T_DOC_LOWER, T_DOC_CAPS, T_QUOTE, T_LOWER_SHAPE_BEFORE,
        T_LOWER_SHAPE_AFTER,
        /* second stage */
        T_AGG = 64, T_AGG_O, T_FIRST_LABEL, T_STAGE1, T_STAGE1_BEFORE, T_STAGE1_AFTER, T_IN_NAME, T_LAST_LABEL,
};

#define MAX_BYTES 48 /* longer words are hashed by their first bytes */

static inline uint64_t fmix(uint64_t h)
{
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ull;
        h ^= h >> 33;
        return h;
}

static inline uint64_t mix(uint64_t a, uint64_t b)
{
        return fmix(a * 0x9e3779b97f4a7c15ull + b + 0x632be59bd9b4e019ull);
}

static uint64_t hash_bytes(const char *s, size_t n)
{
        uint64_t h = 0xcbf29ce484222325ull;
        for (size_t i = 0; i < n; i++) {
                h ^= (unsigned char) s[i];
                h *= 0x100000001b3ull;
        }
        return fmix(h ^ n);
}

static inline uint64_t feat(unsigned tid, uint64_t value)
{
        return mix(tid, value);
}

/* What the features of one word are made of, computed once per word. */
typedef struct Tok {
        uint64_t word, lower, shape, sshape;
        uint32_t flags;
} Tok;

static const uint64_t BOUNDARY = 0x5a5a5a5a5a5a5a5aull;

static char shape_char(unsigned char c)
{
        if (c >= 'A' && c <= 'Z')
                return 'X';
        if (c >= 'a' && c <= 'z')
                return 'x';
        if (c >= '0' && c <= '9')
                return 'd';
        if (c >= 0x80)
                return c >= 0xc0 ? 'u' : 0; /* a non-ASCII letter; continuation bytes drop */
        return (char) c;
}

static void tok_fill(Tok *t, const char *body, const Word *w, char *low)
{
        size_t n = MIN((size_t) (w->end - w->start), (size_t) MAX_BYTES);
        const char *s = body + w->start;
        char shape[MAX_BYTES], sshape[MAX_BYTES];
        size_t ns = 0, nss = 0;
        for (size_t i = 0; i < n; i++) {
                low[i] = g_ascii_tolower(s[i]);
                char c = shape_char((unsigned char) s[i]);
                if (!c)
                        continue;
                if (ns < 12)
                        shape[ns++] = c;
                if (nss == 0 || sshape[nss - 1] != c)
                        sshape[nss++] = c;
        }
        low[n] = '\0';
        t->word = hash_bytes(s, n);
        t->lower = hash_bytes(low, n);
        t->shape = hash_bytes(shape, ns);
        t->sshape = hash_bytes(sshape, MIN(nss, (size_t) 8));
        t->flags = w->flags;
}

static inline void add(NerFeatures *out, uint64_t h)
{
        g_array_append_val(out->hashes, h);
}

static void close_word(NerFeatures *out)
{
        uint32_t end = out->hashes->len;
        g_array_append_val(out->offsets, end);
}

void ner_features_init(NerFeatures *f)
{
        f->hashes = g_array_new(FALSE, FALSE, sizeof(uint64_t));
        f->offsets = g_array_new(FALSE, FALSE, sizeof(uint32_t));
}

void ner_features_clear(NerFeatures *f)
{
        g_clear_pointer(&f->hashes, g_array_unref);
        g_clear_pointer(&f->offsets, g_array_unref);
}

static void features_reset(NerFeatures *out, size_t n)
{
        g_array_set_size(out->hashes, 0);
        g_array_set_size(out->offsets, 0);
        g_array_set_size(out->offsets, 1);
        g_array_index(out->offsets, uint32_t, 0) = 0;
        (void) n;
}

/* The non-space bytes between two words, at most four. */
static uint64_t gap_hash(const char *body, uint32_t from, uint32_t to)
{
        char gap[4];
        size_t n = 0;
        for (uint32_t i = from; i < to && n < sizeof gap; i++)
                if (!g_ascii_isspace(body[i]))
                        gap[n++] = body[i];
        return hash_bytes(gap, n);
}

/* Facts about a whole sentence: written in capitals (a headline), a table of
 * results (mostly numbers). */
typedef struct SentenceFacts {
        bool caps;
        bool table;
} SentenceFacts;

static SentenceFacts sentence_facts(const Word *w, size_t a, size_t b)
{
        unsigned lower = 0, allcaps = 0, digits = 0;
        for (size_t i = a; i < b; i++) {
                lower += (w[i].flags & WORD_LOWER) != 0;
                allcaps += (w[i].flags & WORD_ALLCAPS) != 0;
                digits += (w[i].flags & WORD_DIGIT) != 0;
        }
        return (SentenceFacts) { .caps = lower == 0 && allcaps >= 1,
                                 .table = digits * 3 >= (b - a) && digits >= 2 };
}

/* The words of the article seen with a lower-case first letter, and seen
 * capitalised inside a sentence: a capitalised first word that the article also
 * writes in lower case is likely no name. */
typedef struct DocCase {
        GHashTable *lower; /* lower hash -> 1 */
        GHashTable *caps;
} DocCase;

static void doc_case_init(DocCase *dc, const Tok *toks, size_t n)
{
        dc->lower = g_hash_table_new(g_direct_hash, g_direct_equal);
        dc->caps = g_hash_table_new(g_direct_hash, g_direct_equal);
        for (size_t i = 0; i < n; i++) {
                gpointer key = GSIZE_TO_POINTER((gsize) toks[i].lower);
                if (toks[i].flags & WORD_LOWER)
                        g_hash_table_add(dc->lower, key);
                else if ((toks[i].flags & (WORD_CAP | WORD_FIRST | WORD_QUOTE | WORD_ALLCAPS)) ==
                         WORD_CAP)
                        g_hash_table_add(dc->caps, key);
        }
}

static void doc_case_clear(DocCase *dc)
{
        g_hash_table_unref(dc->lower);
        g_hash_table_unref(dc->caps);
}

static void gazetteer_matches(const Gazetteer *gz, GString *buf, const char *body,
                              const Word *w, size_t a, size_t b, bool caps, GArray *marks)
{
        unsigned maxw = MIN(gazetteer_max_words(gz), 5u);
        for (size_t p = a; p < b; p++) {
                if (!(w[p].flags & WORD_CAP))
                        continue;
                for (size_t len = MIN((size_t) maxw, b - p); len >= 1; len--) {
                        if (len > 1 && !(w[p + len - 1].flags & (WORD_CAP | WORD_DIGIT)))
                                continue;
                        const GzEntry *e = gazetteer_find(gz, words_phrase(buf, body, w, p, p + len, false));
                        if (!e && caps)
                                e = gazetteer_find_folded(gz, words_phrase(buf, body, w, p, p + len, true));
                        if (!e)
                                continue;
                        for (size_t k = p; k < p + len; k++) {
                                unsigned part = len == 1 ? NER_U : k == p ? NER_B
                                                : k + 1 == p + len ? NER_L : NER_I;
                                uint64_t h = feat(T_GAZETTEER, e->kind * 8u + part);
                                g_array_append_val(marks, k);
                                g_array_append_val(marks, h);
                        }
                        break;
                }
        }
}

/* Lookups of the word alone: titles, first names, cue words, stop words. */
static void word_lists(const Gazetteer *gz, const char *body, const Word *w, const char *low,
                       bool caps, NerFeatures *out, GString *buf)
{
        TitleKind tk = gazetteer_title(gz, low);
        if (tk)
                add(out, feat(T_TITLE, tk));
        if (gazetteer_is_stopword(gz, low))
                add(out, feat(T_STOPWORD, 1));
        if (!(w->flags & WORD_CAP))
                return;
        g_string_truncate(buf, 0);
        g_string_append_len(buf, body + w->start, w->end - w->start);
        if (gazetteer_is_first_name(gz, buf->str))
                add(out, feat(T_FIRST_NAME, caps));
        if (gazetteer_is_org_cue(gz, buf->str))
                add(out, feat(T_CUE, 1));
        if (gazetteer_is_place_cue(gz, buf->str))
                add(out, feat(T_CUE, 2));
        if (gazetteer_is_other_cue(gz, buf->str))
                add(out, feat(T_CUE, 3));
}

static uint64_t lower_at(const Tok *t, size_t a, size_t b, ptrdiff_t i)
{
        return i < (ptrdiff_t) a || i >= (ptrdiff_t) b ? BOUNDARY + (i < (ptrdiff_t) a) : t[i].lower;
}

static uint64_t sshape_at(const Tok *t, size_t a, size_t b, ptrdiff_t i)
{
        return i < (ptrdiff_t) a || i >= (ptrdiff_t) b ? BOUNDARY + (i < (ptrdiff_t) a) : t[i].sshape;
}

typedef struct Ctx {
        const Gazetteer *gz;
        GString *buf;
        const char *body;
        const Word *w;
        const Tok *t;
        size_t n;
        DocCase dc;
        GArray *marks; /* pairs (word index, hash) of gazetteer matches */
        const char *low; /* MAX_BYTES + 1 per word */
} Ctx;

static void affixes(NerFeatures *out, const char *low, size_t len)
{
        for (size_t k = 1; k <= 4 && k < len; k++) {
                add(out, feat(T_PREFIX + (unsigned) k - 1, hash_bytes(low, k)));
                add(out, feat(T_SUFFIX + (unsigned) k - 1, hash_bytes(low + len - k, k)));
        }
}

static void sentence_features(Ctx *c, size_t a, size_t b, NerFeatures *out)
{
        const Tok *t = c->t;
        const Word *w = c->w;
        SentenceFacts sf = sentence_facts(w, a, b);
        g_array_set_size(c->marks, 0);
        if (c->gz)
                gazetteer_matches(c->gz, c->buf, c->body, w, a, b, sf.caps, c->marks);
        size_t m = 0;
        const uint64_t *marks = (const uint64_t *) c->marks->data;
        unsigned line = MIN(w[a].sentence, 3u);
        for (size_t i = a; i < b; i++) {
                ptrdiff_t p = (ptrdiff_t) i;
                uint64_t ss = t[i].sshape;
                add(out, feat(T_BIAS, 0));
                add(out, feat(T_WORD, t[i].word));
                add(out, feat(T_LOWER, t[i].lower));
                add(out, feat(T_SHAPE, t[i].shape));
                add(out, feat(T_SSHAPE, ss));
                const char *low = c->low + i * (MAX_BYTES + 1);
                affixes(out, low, strlen(low));
                for (int k = 0; k < 4; k++) {
                        static const int at[] = { -2, -1, 1, 2 };
                        add(out, feat(T_LOWER_AT + (unsigned) k, lower_at(t, a, b, p + at[k])));
                        add(out, feat(T_SHAPE_AT + (unsigned) k, sshape_at(t, a, b, p + at[k])));
                }
                add(out, feat(T_SHAPE_BI, mix(sshape_at(t, a, b, p - 1), ss)));
                add(out, feat(T_SHAPE_BI + 1, mix(ss, sshape_at(t, a, b, p + 1))));
                add(out, feat(T_LOWER_BI, mix(lower_at(t, a, b, p - 1), t[i].lower)));
                add(out, feat(T_LOWER_BI + 1, mix(t[i].lower, lower_at(t, a, b, p + 1))));
                add(out, feat(T_LOWER_SHAPE_BEFORE, mix(lower_at(t, a, b, p - 1), ss)));
                add(out, feat(T_LOWER_SHAPE_AFTER, mix(ss, lower_at(t, a, b, p + 1))));
                add(out, feat(T_GAP_BEFORE, i > a ? gap_hash(c->body, w[i - 1].end, w[i].start) : BOUNDARY));
                add(out, feat(T_GAP_AFTER, i + 1 < b ? gap_hash(c->body, w[i].end, w[i + 1].start) : BOUNDARY));
                add(out, feat(T_POSITION, mix(MIN(i - a, (size_t) 2), ss)));
                add(out, feat(T_LINE_INDEX, mix(line, ss)));
                if (sf.caps)
                        add(out, feat(T_CAPS_LINE, ss));
                if (sf.table)
                        add(out, feat(T_TABLE_LINE, ss));
                if (w[i].flags & WORD_POSS)
                        add(out, feat(T_POSS, 1));
                if (w[i].flags & WORD_QUOTE)
                        add(out, feat(T_QUOTE, 1));
                if (w[i].flags & (WORD_CAP | WORD_ALLCAPS)) {
                        gpointer key = GSIZE_TO_POINTER((gsize) t[i].lower);
                        bool first = i == a || (w[i].flags & (WORD_FIRST | WORD_QUOTE));
                        if (g_hash_table_contains(c->dc.lower, key))
                                add(out, feat(T_DOC_LOWER, first * 2u + sf.caps));
                        if (g_hash_table_contains(c->dc.caps, key))
                                add(out, feat(T_DOC_CAPS, first * 2u + sf.caps));
                }
                for (; m < c->marks->len / 2 && marks[2 * m] == i; m++)
                        add(out, marks[2 * m + 1]);
                if (c->gz) {
                        word_lists(c->gz, c->body, &w[i], low, sf.caps, out, c->buf);
                        if (i > a && gazetteer_title(c->gz, c->low + (i - 1) * (MAX_BYTES + 1)))
                                add(out, feat(T_TITLE_BEFORE, 1));
                }
                close_word(out);
        }
}

void ner_features_local(const Gazetteer *gz, GString *buf, const char *body, const Word *words,
                        size_t n, NerFeatures *out)
{
        features_reset(out, n);
        g_autofree Tok *t = g_new(Tok, n + 1);
        g_autofree char *low = g_malloc((n + 1) * (MAX_BYTES + 1));
        for (size_t i = 0; i < n; i++)
                tok_fill(&t[i], body, &words[i], low + i * (MAX_BYTES + 1));
        Ctx c = { .gz = gz, .buf = buf, .body = body, .w = words, .t = t, .n = n, .low = low };
        doc_case_init(&c.dc, t, n);
        c.marks = g_array_new(FALSE, FALSE, sizeof(uint64_t));
        for (size_t a = 0; a < n;) {
                size_t b = a + 1;
                while (b < n && words[b].sentence == words[a].sentence)
                        b++;
                sentence_features(&c, a, b, out);
                a = b;
        }
        g_array_unref(c.marks);
        doc_case_clear(&c.dc);
}

/* How the first stage labelled one word form across the article. */
typedef struct Agg {
        uint32_t count[NER_N_TYPES + 1]; /* by type; [NER_N_TYPES] is O */
        uint32_t total;
        uint32_t first;    /* word index of the first occurrence */
        uint32_t in_names; /* bits type * 4 + part: inside a name of several words */
        int16_t last;      /* the label of the latest occurrence so far, -1 before */
} Agg;

static unsigned label_slot(uint8_t label)
{
        return label == NER_O ? NER_N_TYPES : ner_label_type(label);
}

static unsigned bucket(uint32_t part, uint32_t whole)
{
        if (part == whole)
                return 3;
        return part * 2 >= whole ? 2 : 1;
}

void ner_features_global(const char *body, const Word *words, size_t n, const uint8_t *labels,
                         NerFeatures *out)
{
        features_reset(out, n);
        g_autofree uint64_t *lower = g_new(uint64_t, n + 1);
        g_autoptr(GHashTable) index = g_hash_table_new(g_direct_hash, g_direct_equal);
        g_autoptr(GArray) aggs = g_array_new(FALSE, TRUE, sizeof(Agg));
        char low[MAX_BYTES + 1];
        for (size_t i = 0; i < n; i++) {
                Tok t;
                tok_fill(&t, body, &words[i], low);
                lower[i] = t.lower;
                gpointer key = GSIZE_TO_POINTER((gsize) t.lower), val;
                Agg *g;
                if (g_hash_table_lookup_extended(index, key, NULL, &val)) {
                        g = &g_array_index(aggs, Agg, GPOINTER_TO_UINT(val));
                } else {
                        g_hash_table_insert(index, key, GUINT_TO_POINTER(aggs->len));
                        g_array_set_size(aggs, aggs->len + 1);
                        g = &g_array_index(aggs, Agg, aggs->len - 1);
                        g->first = (uint32_t) i;
                        g->last = -1;
                }
                g->count[label_slot(labels[i])]++;
                g->total++;
                if (labels[i] != NER_O && ner_label_part(labels[i]) != NER_U)
                        g->in_names |= 1u << (ner_label_type(labels[i]) * 4 + ner_label_part(labels[i]));
        }
        for (size_t i = 0; i < n; i++) {
                add(out, feat(T_STAGE1, labels[i]));
                add(out, feat(T_STAGE1_BEFORE, i > 0 && words[i - 1].sentence == words[i].sentence
                                                        ? labels[i - 1] : 255u));
                add(out, feat(T_STAGE1_AFTER, i + 1 < n && words[i + 1].sentence == words[i].sentence
                                                       ? labels[i + 1] : 255u));
                if (!(words[i].flags & (WORD_CAP | WORD_ALLCAPS | WORD_DIGIT))) {
                        close_word(out);
                        continue;
                }
                gpointer val = g_hash_table_lookup(index, GSIZE_TO_POINTER((gsize) lower[i]));
                Agg *g = &g_array_index(aggs, Agg, GPOINTER_TO_UINT(val));
                if (g->last >= 0)
                        add(out, feat(T_LAST_LABEL, (uint64_t) g->last));
                g->last = labels[i];
                uint32_t others = g->total - 1;
                if (others > 0) {
                        unsigned own = label_slot(labels[i]);
                        for (unsigned k = 0; k <= NER_N_TYPES; k++) {
                                uint32_t cnt = g->count[k] - (k == own);
                                if (cnt)
                                        add(out, feat(k == NER_N_TYPES ? T_AGG_O : T_AGG,
                                                      k * 4u + bucket(cnt, others)));
                        }
                        if (g->first < i)
                                add(out, feat(T_FIRST_LABEL, labels[g->first]));
                }
                /* "Trump" alone where "Donald Trump" is a person: the parts of
                 * longer names this word is */
                for (unsigned bit = 0; bit < 16; bit++)
                        if (g->in_names & (1u << bit))
                                add(out, feat(T_IN_NAME, bit));
                close_word(out);
        }
}
