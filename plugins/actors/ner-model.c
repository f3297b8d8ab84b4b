/* The named-entity model file and the greedy tagger over it.
 *
 * File layout (little-endian, every block a multiple of 32 bytes):
 *   header:  "DSNERMDL", u32 format version, u32 feature version, u32 labels,
 *            u32 stages, 8 bytes zero
 *   each stage: u32 slots, 28 bytes zero; the transition weights (floats,
 *            trans1 then trans2, zero-padded to 32); the slots (NerSlot)
 */
#include "ner-model.h"

#include <string.h>

/* No cached quark: the plugin keeps no writable globals. */
GQuark ner_model_error_quark(void)
{
        return g_quark_from_static_string("ner-model-error-quark");
}

#define MAGIC "DSNERMDL"
#define HEADER_BYTES 32u
#define TRANS_FLOATS (NER_HISTORY * NER_N_LABELS + NER_HISTORY * NER_HISTORY * NER_N_LABELS)
#define TRANS_BYTES ((TRANS_FLOATS * sizeof(float) + 31u) & ~(size_t) 31u)

G_STATIC_ASSERT(sizeof(NerSlot) == 32);

typedef struct FileHeader {
        char magic[8];
        uint32_t version;
        uint32_t features;
        uint32_t labels;
        uint32_t stages;
        uint32_t zero[2];
} FileHeader;

G_STATIC_ASSERT(sizeof(FileHeader) == HEADER_BYTES);

void ner_stage_clear(NerStage *st)
{
        g_free(st->owned);
        memset(st, 0, sizeof *st);
}

NerModel *ner_model_new(NerStage *stages, unsigned n_stages)
{
        g_return_val_if_fail(n_stages >= 1 && n_stages <= NER_MAX_STAGES, NULL);
        NerModel *m = g_new0(NerModel, 1);
        for (unsigned i = 0; i < n_stages; i++) {
                m->stages[i] = stages[i];
                memset(&stages[i], 0, sizeof stages[i]);
        }
        m->n_stages = n_stages;
        return m;
}

void ner_model_free(NerModel *m)
{
        if (!m)
                return;
        for (unsigned i = 0; i < m->n_stages; i++)
                ner_stage_clear(&m->stages[i]);
        g_clear_pointer(&m->file, g_mapped_file_unref);
        g_free(m);
}

static bool format_error(GError **error, const char *path, const char *what)
{
        g_set_error(error, NER_MODEL_ERROR, NER_MODEL_ERROR_FORMAT, "%s: %s", path, what);
        return false;
}

static bool has_empty_slot(const NerStage *st)
{
        for (uint32_t i = 0; i < st->n_slots; i++)
                if (st->slots[i].check == 0)
                        return true;
        return false;
}

/* Points @st into @data at *@at; moves *@at past the stage. */
static bool map_stage(const char *data, size_t len, size_t *at, NerStage *st, const char *path,
                      GError **error)
{
        if (len - *at < HEADER_BYTES + TRANS_BYTES)
                return format_error(error, path, "truncated model file");
        uint32_t n_slots;
        memcpy(&n_slots, data + *at, sizeof n_slots);
        if (n_slots == 0 || (n_slots & (n_slots - 1)) != 0)
                return format_error(error, path, "corrupt model file (slot count)");
        *at += HEADER_BYTES;
        st->trans1 = (const float *) (const void *) (data + *at);
        st->trans2 = st->trans1 + NER_HISTORY * NER_N_LABELS;
        *at += TRANS_BYTES;
        if ((len - *at) / sizeof(NerSlot) < n_slots)
                return format_error(error, path, "truncated model file");
        st->n_slots = n_slots;
        st->slots = (const NerSlot *) (const void *) (data + *at);
        *at += (size_t) n_slots * sizeof(NerSlot);
        if (!has_empty_slot(st))
                return format_error(error, path, "corrupt model file (full table)");
        return true;
}

static bool check_header(const char *data, size_t len, const char *path, FileHeader *h,
                         GError **error)
{
        if (len < HEADER_BYTES)
                return format_error(error, path, "truncated model file");
        memcpy(h, data, sizeof *h);
        if (memcmp(h->magic, MAGIC, 8) != 0)
                return format_error(error, path, "not a dossier named-entity model");
        if (h->version != NER_MODEL_VERSION || h->features != NER_FEATURES_VERSION) {
                g_set_error(error, NER_MODEL_ERROR, NER_MODEL_ERROR_FORMAT,
                            "%s: model version %u (features %u), this build reads version %u "
                            "(features %u): retrain it with train-ner",
                            path, h->version, h->features, NER_MODEL_VERSION,
                            NER_FEATURES_VERSION);
                return false;
        }
        if (h->labels != NER_N_LABELS || h->stages < 1 || h->stages > NER_MAX_STAGES)
                return format_error(error, path, "corrupt model file (labels or stages)");
        return true;
}

NerModel *ner_model_load(const char *path, GError **error)
{
        g_autoptr(GError) local = NULL;
        GMappedFile *file = g_mapped_file_new(path, FALSE, &local);
        if (!file) {
                g_set_error(error, NER_MODEL_ERROR, NER_MODEL_ERROR_READ, "%s", local->message);
                return NULL;
        }
        g_autoptr(NerModel) m = g_new0(NerModel, 1);
        m->file = file;
        const char *data = g_mapped_file_get_contents(file);
        size_t len = g_mapped_file_get_length(file);
        FileHeader h;
        if (!check_header(data, len, path, &h, error))
                return NULL;
        size_t at = HEADER_BYTES;
        for (unsigned i = 0; i < h.stages; i++) {
                if (!map_stage(data, len, &at, &m->stages[i], path, error))
                        return NULL;
                m->n_stages = i + 1;
        }
        if (at != len)
                return (void) format_error(error, path, "corrupt model file (trailing bytes)"), NULL;
        return g_steal_pointer(&m);
}

size_t ner_model_file_size(const NerModel *m)
{
        size_t size = HEADER_BYTES;
        for (unsigned i = 0; i < m->n_stages; i++)
                size += HEADER_BYTES + TRANS_BYTES + (size_t) m->stages[i].n_slots * sizeof(NerSlot);
        return size;
}

static void append_stage(GString *out, const NerStage *st)
{
        char head[HEADER_BYTES] = { 0 };
        memcpy(head, &st->n_slots, sizeof st->n_slots);
        g_string_append_len(out, head, sizeof head);
        size_t at = out->len;
        g_string_append_len(out, (const char *) st->trans1, NER_HISTORY * NER_N_LABELS * sizeof(float));
        g_string_append_len(out, (const char *) st->trans2,
                            NER_HISTORY * NER_HISTORY * NER_N_LABELS * sizeof(float));
        while (out->len - at < TRANS_BYTES)
                g_string_append_c(out, '\0');
        g_string_append_len(out, (const char *) st->slots, (gssize) (st->n_slots * sizeof(NerSlot)));
}

bool ner_model_save(const NerModel *m, const char *path, GError **error)
{
        g_autoptr(GString) out = g_string_sized_new(ner_model_file_size(m));
        FileHeader h = { .version = NER_MODEL_VERSION, .features = NER_FEATURES_VERSION,
                         .labels = NER_N_LABELS, .stages = m->n_stages };
        memcpy(h.magic, MAGIC, 8);
        g_string_append_len(out, (const char *) &h, sizeof h);
        for (unsigned i = 0; i < m->n_stages; i++)
                append_stage(out, &m->stages[i]);
        g_autoptr(GError) local = NULL;
        if (!g_file_set_contents(path, out->str, (gssize) out->len, &local)) {
                g_set_error(error, NER_MODEL_ERROR, NER_MODEL_ERROR_READ, "%s", local->message);
                return false;
        }
        return true;
}

static inline const NerSlot *lookup(const NerStage *st, uint64_t h)
{
        uint32_t check = (uint32_t) (h >> 32) | 1u, mask = st->n_slots - 1;
        for (uint32_t i = (uint32_t) h & mask;; i = (i + 1) & mask) {
                const NerSlot *s = &st->slots[i];
                if (s->check == check)
                        return s;
                if (s->check == 0)
                        return NULL;
        }
}

/* The rows of a word's features are spread over megabytes: asking for the next
 * word's rows while this one is scored hides most of the waiting. */
static void prefetch(const NerStage *st, const NerFeatures *const *sets, unsigned n_sets, size_t i)
{
        uint32_t mask = st->n_slots - 1;
        for (unsigned k = 0; k < n_sets; k++) {
                size_t nf;
                const uint64_t *f = ner_features_of(sets[k], i, &nf);
                for (size_t j = 0; j < nf; j++)
                        __builtin_prefetch(&st->slots[(uint32_t) f[j] & mask]);
        }
}

void ner_stage_tag(const NerStage *st, const NerFeatures *const *sets, unsigned n_sets,
                   const Word *words, size_t n, const uint8_t *fixed, uint8_t *labels)
{
        unsigned prev = NER_START, prev2 = NER_START;
        if (n > 0)
                prefetch(st, sets, n_sets, 0);
        for (size_t i = 0; i < n; i++) {
                if (i + 1 < n)
                        prefetch(st, sets, n_sets, i + 1);
                if (i > 0 && words[i].sentence != words[i - 1].sentence)
                        prev = prev2 = NER_START;
                if (fixed && fixed[i] != NER_UNFIXED) {
                        labels[i] = fixed[i];
                        prev2 = prev;
                        prev = fixed[i];
                        continue;
                }
                float score[NER_N_LABELS];
                const float *t1 = st->trans1 + prev * NER_N_LABELS;
                const float *t2 = st->trans2 + (prev2 * NER_HISTORY + prev) * NER_N_LABELS;
                for (unsigned c = 0; c < NER_N_LABELS; c++)
                        score[c] = t1[c] + t2[c];
                for (unsigned k = 0; k < n_sets; k++) {
                        size_t nf;
                        const uint64_t *f = ner_features_of(sets[k], i, &nf);
                        for (size_t j = 0; j < nf; j++) {
                                const NerSlot *s = lookup(st, f[j]);
                                if (!s)
                                        continue;
                                for (unsigned c = 0; c < NER_N_LABELS; c++)
                                        score[c] += s->scale * (float) s->w[c];
                        }
                }
                /* unconstrained: forcing BILOU order greedily lets one wrong B drag
                 * the following words into the name; spans are read leniently instead */
                unsigned label = ner_label_best(score);
                labels[i] = (uint8_t) label;
                prev2 = prev;
                prev = label;
        }
}
