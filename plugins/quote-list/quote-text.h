/* A quote's words made ready to print: outer quotation marks and the comma that
 * hands over to "he said" removed, a reported statement's leading "that" dropped,
 * typographic quotation marks and apostrophes, long ones shortened at a sentence
 * end. Pure (GLib only) so unit tests compile it directly. */
#pragma once

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

G_BEGIN_DECLS

/* Returns: (transfer full): the printable words of @raw (a quote's span text):
 * white space collapsed, outer marks dropped, "…" before a direct quote that opens
 * mid-sentence, a full stop after one that ends without punctuation, straight
 * marks made curly ("it's" -> "it’s"); "" when nothing is left. Free with g_free(). */
char *quote_text_clean(const char *raw, bool direct);

/* Returns: whether @gap, the text between two direct quotes of one speaker, is only
 * the attribution that splits one quotation: at most 120 bytes (room for '," said
 * the company's chief executive, Jane Doe, in a statement, "'), in one paragraph,
 * ending no sentence (after `"A," said X in an interview. "B."` B is a quote of its
 * own). */
bool quote_text_is_split_gap(const char *gap);

/* Returns: (transfer full) (nullable): @gap, the text between a reported statement's
 * speaker and its content, collapsed, when it is a short cue within one sentence
 * ("urged Beijing", ", a close ally, said that"): at most 60 bytes, with a letter,
 * no sentence end, colon or quotation mark; else NULL. Free with g_free(). */
char *quote_text_reported_cue(const char *gap);

/* Returns: (transfer full): the two pieces of a quotation split by its attribution
 * (`"A," she said, "b."`) as one raw quote for quote_text_clean(): `"A, b."`; a
 * second piece that opens a sentence ends the first one (`"A. B."`). Free with
 * g_free(). */
char *quote_text_join(const char *first, const char *second);

/* Returns: (transfer full): @text with typewriter marks made typographic: "it's"
 * -> "it’s", 'fake' -> ‘fake’, "x" -> “x”, "..." -> "…", " - " -> " – ". Free with
 * g_free(). */
char *quote_text_typeset(const char *text);

/* Returns: (transfer full): @text (clean, collapsed) when it has at most @max_chars
 * characters; else cut after the last sentence that fits ("First one. …"), not at
 * an abbreviation's full stop ("Sen.", "U.S."), or after a word when that
 * sentence would use less than a third of the budget. Free with g_free(). */
char *quote_text_shorten(const char *text, size_t max_chars);

/* Returns: whether @text is a personal pronoun alone ("he", "They"), which names
 * no speaker. */
bool quote_text_is_pronoun(const char *text);

/* Returns: (transfer full) (nullable): the head noun of a speaker description, case
 * folded: "a source familiar with the discussions" -> "source", "The senior official"
 * -> "official"; NULL for text that does not open with "a", "an" or "the".
 * @ret_definite (optional) tells whether it opens with "the". Free with g_free(). */
char *quote_text_description_head(const char *text, bool *ret_definite);

/* Returns: (transfer full): @text with its first letter in upper case
 * ("a source familiar ..." -> "A source familiar ..."). Free with g_free(). */
char *quote_text_capitalize(const char *text);

G_END_DECLS
