/* Name forms that alias resolution compares: acronyms and their expansions,
 * personal names that can be one person, organisation names without their legal
 * form. Pure string functions over case-folded names; no SDK calls. */
#pragma once

#include <stdbool.h>

#include <glib.h>

G_BEGIN_DECLS

/* Whether @w is a generational suffix ("jr.", "iii") that ends a personal name. */
bool name_is_suffix_word(const char *w);

/* A person's case-folded name @key as words: hyphens as spaces, a final "." of an
 * initial dropped, a trailing "jr." and the like left out of *@ret_n (they stay in
 * the array). Returns: (transfer full) the words; free with g_strfreev(). */
GStrv name_words_of(const char *key, guint *ret_n);

/* Whether @acronym ("IAEA", "U.N.") abbreviates @expansion ("International Atomic
 * Energy Agency"): the initials of its capitalised words in order, with those of
 * "of", "and", "the" optional and a leading "U.S." allowed to drop. */
bool alias_is_acronym_of(const char *acronym, const char *expansion);

/* Whether two case-folded personal names can be one person: the same surname,
 * first names equal, one a short form of the other ("tim", "timothy") or a known
 * nickname ("bill", "william"), middle names equal when both have them
 * ("george w. bush" is not "george h. w. bush"). Equal names are compatible. */
bool alias_names_compatible(const char *a, const char *b);

/* The case-folded organisation name @key without its legal form and, after one,
 * a trade word ("ford motor co." -> "ford motor" -> "ford"): the @level-th
 * shorter form, 1 first. Returns: (transfer full) the form, NULL when there is
 * no such level. */
char *alias_org_stem(const char *key, unsigned level);

G_END_DECLS
