/* The English word lists behind sentence splitting: abbreviations and typical first words. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include "text/sentence-split.h"

G_BEGIN_DECLS

/**
 * dossier_text_abbrev_kind:
 * @word: the word before the period, without it ("Sen", "U.S", "J")
 * @digit_follows: the next token after whitespace starts with a digit ("No. 5")
 *
 * Returns: DOSSIER_TOKEN_TITLE, DOSSIER_TOKEN_ABBREV, DOSSIER_TOKEN_INITIAL, or
 *   DOSSIER_TOKEN_STOP when the period is not part of the word.
 */
DossierTokenKind dossier_text_abbrev_kind(const char *word, size_t len, bool digit_follows);

/* True for the capitalised words that typically open a sentence ("The", "He", "But");
 * after an abbreviation also for those that are surnames too ("Such", "Sales"),
 * but not after an initial ("P. Such"). */
bool dossier_text_is_sentence_starter(const char *word, size_t len, bool after_initial);

G_END_DECLS
