/* What the fuzz targets share: the libFuzzer entry points (the same functions run
 * under libFuzzer and under fuzz-main.c's corpus driver) and the failure report. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include <dossier/doc.h>

G_BEGIN_DECLS

/* Defined once per target (fuzz-<target>.c); never returns non-zero. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* Defined in fuzz-runtime.c; libFuzzer calls it once before the first input. */
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Prints what broke and aborts, so libFuzzer saves the input and the corpus driver
 * fails its test. A broken invariant is a bug even when nothing crashed. */
G_NORETURN void fuzz_fail(const char *file, int line, const char *format, ...)
        G_GNUC_PRINTF(3, 4);

#define FUZZ_CHECK(cond, ...)                                                                  \
        do {                                                                                   \
                if (G_UNLIKELY(!(cond)))                                                       \
                        fuzz_fail(__FILE__, __LINE__, __VA_ARGS__);                            \
        } while (0)

/* Whether @error's message starts with `PATH:LINE: ` (LINE >= 1); on success
 * *ret_line holds LINE. */
gboolean fuzz_message_has_line(const char *message, const char *path, unsigned long *ret_line);

/**
 * fuzz_check_tokens:
 * @text, @len: the text that was tokenized
 * @tokens, @n_tokens, @sentences, @n_sentences: what the tokenizer made of it
 *
 * The tokenizer's contract on any input: non-empty tokens inside the text, in order,
 * not overlapping; every token in a valid sentence; sentences in order, each
 * spanning exactly from its first token's start to its last token's end, none
 * empty; every printable ASCII byte inside a token. On valid UTF-8 also: every
 * boundary on a character boundary and only white space between tokens.
 */
void fuzz_check_tokens(const char *text, size_t len, uint32_t article, const DossierToken *tokens,
                       size_t n_tokens, const DossierSpan *sentences, size_t n_sentences);

G_END_DECLS
