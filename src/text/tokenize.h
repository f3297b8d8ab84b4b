/* Tokens and sentences of English news text, found once per article so that all
 * plugins agree on the same boundaries. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include <dossier/doc.h>

G_BEGIN_DECLS

/**
 * dossier_text_tokenize:
 * @text: UTF-8 text (invalid bytes become one-byte tokens); need not be NUL-terminated
 * @len: its length in bytes, at most UINT32_MAX
 * @article: stored in each sentence span's .article
 * @tokens: a GArray of DossierToken; tokens are appended with byte offsets into @text
 *   and .sentence set to the index in @sentences of the sentence that holds them
 * @sentences: a GArray of DossierSpan; sentence spans are appended, from the first
 *   byte of their first token to the end of their last token
 *
 * Splits @text into words, numbers, abbreviations, URLs and punctuation, and groups
 * the tokens into sentences. A newline always ends a sentence.
 */
void dossier_text_tokenize(const char *text, size_t len, uint32_t article, GArray *tokens,
                           GArray *sentences);

G_END_DECLS
