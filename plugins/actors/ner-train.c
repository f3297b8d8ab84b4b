/* Averaged perceptron training of one stage. Features are numbered once (those
 * seen at least min_count times), each article's words become arrays of feature
 * numbers, and the weights are averaged with the usual trick: w - u / c, where u
 * sums every update times the step it happened at. */
#include "ner-train.h"

#include <math.h>
#include <string.h>

#define NL NER_N_LABELS
#define H NER_HISTORY
#define PRUNE 0.02f /* rows whose largest averaged weight is smaller carry nothing */

NerTrainDoc *ner_train_doc_new(char *body, GArray *words, GArray *gold)
{
        NerTrainDoc *doc = g_new0(NerTrainDoc, 1);
        doc->body = body;
        doc->words = words;
        doc->gold = gold;
        ner_features_init(&doc->local);
        ner_features_init(&doc->global);
        return doc;
}

void ner_train_doc_free(NerTrainDoc *doc)
{
        if (!doc)
                return;
        g_free(doc->body);
        g_array_unref(doc->words);
        g_array_unref(doc->gold);
        ner_features_clear(&doc->local);
        ner_features_clear(&doc->global);
        g_free(doc);
}

/* A document as feature numbers: word i has idx[off[i] .. off[i + 1]). */
typedef struct Indexed {
        GArray *idx; /* uint32_t */
        GArray *off; /* uint32_t */
} Indexed;

typedef struct Trainer {
        GHashTable *number; /* hash -> number + 1 */
        GArray *keys;       /* uint64_t hash by number */
        float *w;
        double *u;
        float t1[H * NL], t2[H * H * NL];
        double u1[H * NL], u2[H * H * NL];
        double step;
} Trainer;

static void count_set(GHashTable *counts, const NerFeatures *f)
{
        const uint64_t *h = (const uint64_t *) f->hashes->data;
        for (guint i = 0; i < f->hashes->len; i++) {
                gpointer key = GSIZE_TO_POINTER((gsize) h[i]);
                g_hash_table_insert(counts, key,
                                    GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(counts, key)) + 1));
        }
}

static void number_features(Trainer *t, GPtrArray *docs, const NerTrainOptions *o)
{
        g_autoptr(GHashTable) counts = g_hash_table_new(g_direct_hash, g_direct_equal);
        for (guint d = 0; d < docs->len; d++) {
                const NerTrainDoc *doc = g_ptr_array_index(docs, d);
                count_set(counts, &doc->local);
                if (o->global)
                        count_set(counts, &doc->global);
        }
        /* number in the order of first appearance: deterministic, unlike the hash order */
        for (guint d = 0; d < docs->len; d++) {
                const NerTrainDoc *doc = g_ptr_array_index(docs, d);
                for (int s = 0; s < 1 + o->global; s++) {
                        const NerFeatures *f = s ? &doc->global : &doc->local;
                        const uint64_t *h = (const uint64_t *) f->hashes->data;
                        for (guint i = 0; i < f->hashes->len; i++) {
                                gpointer key = GSIZE_TO_POINTER((gsize) h[i]);
                                if (GPOINTER_TO_UINT(g_hash_table_lookup(counts, key)) < o->min_count ||
                                    g_hash_table_contains(t->number, key))
                                        continue;
                                g_array_append_val(t->keys, h[i]);
                                g_hash_table_insert(t->number, key, GUINT_TO_POINTER(t->keys->len));
                        }
                }
        }
}

static void index_word(const Trainer *t, const NerFeatures *f, size_t i, GArray *idx)
{
        size_t nf;
        const uint64_t *h = ner_features_of(f, i, &nf);
        for (size_t j = 0; j < nf; j++) {
                guint num = GPOINTER_TO_UINT(g_hash_table_lookup(t->number, GSIZE_TO_POINTER((gsize) h[j])));
                if (num) {
                        uint32_t v = num - 1;
                        g_array_append_val(idx, v);
                }
        }
}

static Indexed index_doc(const Trainer *t, const NerTrainDoc *doc, bool global)
{
        Indexed x = { g_array_new(FALSE, FALSE, sizeof(uint32_t)),
                      g_array_new(FALSE, FALSE, sizeof(uint32_t)) };
        uint32_t zero = 0;
        g_array_append_val(x.off, zero);
        for (guint i = 0; i < doc->words->len; i++) {
                index_word(t, &doc->local, i, x.idx);
                if (global)
                        index_word(t, &doc->global, i, x.idx);
                uint32_t end = x.idx->len;
                g_array_append_val(x.off, end);
        }
        return x;
}

static void update(Trainer *t, const uint32_t *f, size_t nf, unsigned row1, unsigned row2,
                   unsigned label, float delta)
{
        double du = delta * t->step;
        for (size_t j = 0; j < nf; j++) {
                t->w[(size_t) f[j] * NL + label] += delta;
                t->u[(size_t) f[j] * NL + label] += du;
        }
        t->t1[row1 * NL + label] += delta;
        t->u1[row1 * NL + label] += du;
        t->t2[row2 * NL + label] += delta;
        t->u2[row2 * NL + label] += du;
}

static void train_doc(Trainer *t, const NerTrainDoc *doc, const Indexed *x)
{
        const Word *words = (const Word *) doc->words->data;
        const uint8_t *gold = (const uint8_t *) doc->gold->data;
        const uint32_t *idx = (const uint32_t *) x->idx->data, *off = (const uint32_t *) x->off->data;
        unsigned prev = NER_START, prev2 = NER_START;
        for (guint i = 0; i < doc->words->len; i++) {
                if (i > 0 && words[i].sentence != words[i - 1].sentence)
                        prev = prev2 = NER_START;
                unsigned row1 = prev, row2 = prev2 * H + prev;
                float score[NL];
                for (unsigned c = 0; c < NL; c++)
                        score[c] = t->t1[row1 * NL + c] + t->t2[row2 * NL + c];
                const uint32_t *f = idx + off[i];
                size_t nf = off[i + 1] - off[i];
                for (size_t j = 0; j < nf; j++) {
                        const float *w = t->w + (size_t) f[j] * NL;
                        for (unsigned c = 0; c < NL; c++)
                                score[c] += w[c];
                }
                unsigned best = ner_label_best(score);
                t->step += 1.0;
                if (best != gold[i]) {
                        update(t, f, nf, row1, row2, gold[i], 1.0f);
                        update(t, f, nf, row1, row2, best, -1.0f);
                }
                prev2 = prev;
                prev = best;
        }
}

static void average(float *w, const double *u, size_t n, double step)
{
        for (size_t i = 0; i < n; i++)
                w[i] = (float) (w[i] - u[i] / step);
}

static void put_row(NerSlot *slots, uint32_t mask, uint64_t h, const float *row, float top)
{
        uint32_t check = (uint32_t) (h >> 32) | 1u;
        uint32_t i = (uint32_t) h & mask;
        while (slots[i].check != 0 && slots[i].check != check)
                i = (i + 1) & mask;
        NerSlot *s = &slots[i];
        /* two features with one slot (a full 64-bit collision, rare): keep the first */
        if (s->check == check)
                return;
        s->check = check;
        s->scale = top / 127.0f;
        for (unsigned c = 0; c < NL; c++)
                s->w[c] = (int8_t) lrintf(row[c] / s->scale);
}

static float row_top(const float *row)
{
        float top = 0.0f;
        for (unsigned c = 0; c < NL; c++)
                top = MAX(top, fabsf(row[c]));
        return top;
}

static void pack(const Trainer *t, NerStage *st)
{
        size_t nf = t->keys->len, kept = 0;
        for (size_t f = 0; f < nf; f++)
                kept += row_top(t->w + f * NL) >= PRUNE;
        /* at most 80% full: linear probing stays short, the table small */
        uint32_t n_slots = 1024;
        while (n_slots < kept + kept / 4 + 1)
                n_slots *= 2;
        size_t trans = H * NL + H * H * NL;
        char *mem = g_malloc0(trans * sizeof(float) + (size_t) n_slots * sizeof(NerSlot));
        float *tw = (float *) (void *) mem;
        memcpy(tw, t->t1, sizeof t->t1);
        memcpy(tw + H * NL, t->t2, sizeof t->t2);
        NerSlot *slots = (NerSlot *) (void *) (mem + trans * sizeof(float));
        const uint64_t *keys = (const uint64_t *) t->keys->data;
        for (size_t f = 0; f < nf; f++) {
                float top = row_top(t->w + f * NL);
                if (top >= PRUNE)
                        put_row(slots, n_slots - 1, keys[f], t->w + f * NL, top);
        }
        *st = (NerStage) { .n_slots = n_slots, .trans1 = tw, .trans2 = tw + H * NL,
                           .slots = slots, .owned = mem };
}

static void shuffle(guint *order, guint n, GRand *rand)
{
        for (guint i = n; i > 1; i--) {
                guint j = (guint) g_rand_int_range(rand, 0, (gint32) i);
                guint tmp = order[i - 1];
                order[i - 1] = order[j];
                order[j] = tmp;
        }
}

void ner_train_stage(GPtrArray *docs, const NerTrainOptions *o, NerStage *ret)
{
        Trainer t = { .number = g_hash_table_new(g_direct_hash, g_direct_equal),
                      .keys = g_array_new(FALSE, FALSE, sizeof(uint64_t)) };
        number_features(&t, docs, o);
        size_t nf = t.keys->len;
        t.w = g_new0(float, nf * NL);
        t.u = g_new0(double, nf * NL);
        g_autofree Indexed *x = g_new(Indexed, docs->len + 1);
        g_autofree guint *order = g_new(guint, docs->len + 1);
        for (guint d = 0; d < docs->len; d++) {
                x[d] = index_doc(&t, g_ptr_array_index(docs, d), o->global);
                order[d] = d;
        }
        g_autoptr(GRand) rand = g_rand_new_with_seed(o->seed);
        for (unsigned e = 0; e < o->epochs; e++) {
                shuffle(order, docs->len, rand);
                for (guint k = 0; k < docs->len; k++)
                        train_doc(&t, g_ptr_array_index(docs, order[k]), &x[order[k]]);
        }
        if (t.step > 0) {
                average(t.w, t.u, nf * NL, t.step);
                average(t.t1, t.u1, H * NL, t.step);
                average(t.t2, t.u2, H * H * NL, t.step);
        }
        pack(&t, ret);
        for (guint d = 0; d < docs->len; d++) {
                g_array_unref(x[d].idx);
                g_array_unref(x[d].off);
        }
        g_free(t.w);
        g_free(t.u);
        g_array_unref(t.keys);
        g_hash_table_unref(t.number);
}
