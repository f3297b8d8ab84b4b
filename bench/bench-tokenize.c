/* Tokenizer throughput: the sample article repeated to 32 MB, tokenized a few times.
 * Prints bytes/s and tokens/s of the best run, by the thread's CPU time (per core,
 * steady on a busy machine) and by the wall clock. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "dossier-build-config.h"
#include "text/tokenize.h"

#define TARGET_BYTES (32u * 1024u * 1024u)
#define RUNS 5

static double cpu_seconds(void)
{
        struct timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
        const char *path = argc > 1 ? argv[1]
                                    : DOSSIER_SOURCE_DIR "/examples/articles/trump-kim-talks.txt";
        g_autofree char *sample = NULL;
        g_autoptr(GError) error = NULL;
        size_t sample_len;

        if (!g_file_get_contents(path, &sample, &sample_len, &error)) {
                fprintf(stderr, "bench-tokenize: %s\n", error->message);
                return 1;
        }
        g_autoptr(GString) text = g_string_sized_new(TARGET_BYTES + sample_len);
        while (text->len < TARGET_BYTES)
                g_string_append_len(text, sample, (gssize) sample_len);

        g_autoptr(GArray) tokens = g_array_sized_new(FALSE, FALSE, sizeof(DossierToken), 1 << 20);
        g_autoptr(GArray) sentences = g_array_sized_new(FALSE, FALSE, sizeof(DossierSpan), 1 << 16);
        double best = G_MAXDOUBLE, best_cpu = G_MAXDOUBLE;
        for (int run = 0; run < RUNS; run++) {
                g_array_set_size(tokens, 0);
                g_array_set_size(sentences, 0);
                double c0 = cpu_seconds();
                gint64 t0 = g_get_monotonic_time();
                dossier_text_tokenize(text->str, text->len, 0, tokens, sentences);
                double secs = (double) (g_get_monotonic_time() - t0) / G_USEC_PER_SEC;
                best = MIN(best, secs);
                best_cpu = MIN(best_cpu, cpu_seconds() - c0);
        }
        printf("tokenize: %zu bytes, %u tokens, %u sentences; best of %d: %.3f s CPU, "
               "%.1f MB/s, %.2f M tokens/s per core (wall %.3f s, %.2f M tokens/s)\n",
               text->len, tokens->len, sentences->len, RUNS, best_cpu,
               text->len / best_cpu / 1e6, tokens->len / best_cpu / 1e6, best,
               tokens->len / best / 1e6);
        return 0;
}
