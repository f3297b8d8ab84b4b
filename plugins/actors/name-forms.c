/* Name forms that alias resolution compares: acronyms and their expansions,
 * personal names that can be one person, organisation names without their legal
 * form. Pure string functions over case-folded names; no SDK calls.
 * SPDX-License-Identifier: MIT */
#include "name-forms.h"

#include <string.h>

bool name_is_suffix_word(const char *w)
{
        static const char *const suffixes[] = { "jr.", "jr", "sr.", "sr", "ii", "iii", "iv" };
        for (size_t i = 0; i < G_N_ELEMENTS(suffixes); i++)
                if (strcmp(w, suffixes[i]) == 0)
                        return true;
        return false;
}

static bool is_connector(const char *w, size_t n)
{
        static const char *const words[] = { "of", "and", "the", "for", "on", "in", "to", "at",
                                             "de", "du", "des", "la", "le", "&" };
        for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
                if (strlen(words[i]) == n && g_ascii_strncasecmp(words[i], w, n) == 0)
                        return true;
        return false;
}

typedef struct Initial {
        char letter;
        bool optional;
} Initial;

/* The initials of @s's words and hyphenated parts ("Non-Proliferation": N, P). */
static size_t initials_of(const char *s, Initial *out, size_t max)
{
        size_t n = 0;
        while (*s && n < max) {
                size_t len = strcspn(s, " -");
                if (len > 0 && g_ascii_isalpha(s[0]))
                        out[n++] = (Initial){ g_ascii_toupper(s[0]),
                                              is_connector(s, len) || g_ascii_islower(s[0]) };
                s += len;
                s += *s != '\0';
        }
        return n;
}

static bool match_initials(const char *acr, size_t n, const Initial *in, size_t m)
{
        if (n == 0) {
                for (size_t k = 0; k < m; k++)
                        if (!in[k].optional)
                                return false;
                return true;
        }
        if (m < n)
                return false;
        if (in[0].letter == acr[0] && match_initials(acr + 1, n - 1, in + 1, m - 1))
                return true;
        return in[0].optional && match_initials(acr, n, in + 1, m - 1);
}

bool alias_is_acronym_of(const char *acronym, const char *expansion)
{
        char letters[16];
        size_t n = 0;
        for (const char *p = acronym; *p; p++) {
                if (g_ascii_isupper(*p) && n < sizeof letters)
                        letters[n++] = *p;
                else if (*p != '.' && *p != '&')
                        return false;
        }
        Initial in[24];
        size_t m = initials_of(expansion, in, G_N_ELEMENTS(in));
        if (n < 2 || m < 2)
                return false;
        /* "U.S. Securities and Exchange Commission (SEC)": a first word may drop */
        return match_initials(letters, n, in, m) ||
               (m > n && match_initials(letters, n, in + 1, m - 1));
}

GStrv name_words_of(const char *key, guint *ret_n)
{
        g_autofree char *spaced = g_strdelimit(g_strdup(key), "-", ' ');
        GStrv words = g_strsplit(spaced, " ", -1);
        guint n = 0;
        for (guint i = 0; words[i]; i++)
                if (words[i][0] != '\0')
                        words[n++] = words[i];
                else
                        g_free(words[i]);
        words[n] = NULL;
        while (n > 2 && name_is_suffix_word(words[n - 1]))
                n--;
        for (guint i = 0; i < n; i++) {
                size_t len = strlen(words[i]);
                if (len > 1 && words[i][len - 1] == '.')
                        words[i][len - 1] = '\0'; /* "w." is "w" */
        }
        *ret_n = n;
        return words;
}

static bool nicknames_match(const char *a, const char *b)
{
        static const char *const pairs[][2] = {
                { "bill", "william" }, { "will", "william" }, { "bob", "robert" },
                { "bobby", "robert" }, { "dick", "richard" }, { "rick", "richard" },
                { "jim", "james" }, { "jimmy", "james" }, { "mike", "michael" },
                { "tom", "thomas" }, { "tony", "anthony" }, { "joe", "joseph" },
                { "ted", "edward" }, { "ed", "edward" }, { "chuck", "charles" },
                { "charlie", "charles" }, { "jack", "john" }, { "larry", "lawrence" },
                { "liz", "elizabeth" }, { "kate", "katherine" }, { "peggy", "margaret" },
                { "hank", "henry" }, { "harry", "henry" }, { "andy", "andrew" },
                { "steve", "stephen" }, { "jerry", "gerald" }, { "sue", "susan" },
                { "betty", "elizabeth" }, { "dave", "david" }, { "ben", "benjamin" },
        };
        for (size_t i = 0; i < G_N_ELEMENTS(pairs); i++)
                if ((strcmp(a, pairs[i][0]) == 0 && strcmp(b, pairs[i][1]) == 0) ||
                    (strcmp(b, pairs[i][0]) == 0 && strcmp(a, pairs[i][1]) == 0))
                        return true;
        return false;
}

/* "tim" and "timothy", "bill" and "william", "j" and "john". */
static bool first_names_match(const char *a, const char *b)
{
        size_t na = strlen(a), nb = strlen(b);
        if (strcmp(a, b) == 0 || nicknames_match(a, b))
                return true;
        if ((na == 1 || nb == 1) && a[0] == b[0])
                return true;
        size_t shorter = MIN(na, nb);
        return shorter >= 3 && strncmp(a, b, shorter) == 0;
}

bool alias_names_compatible(const char *a, const char *b)
{
        guint na, nb;
        g_auto(GStrv) wa = name_words_of(a, &na);
        g_auto(GStrv) wb = name_words_of(b, &nb);
        if (na < 2 || nb < 2 || strcmp(wa[na - 1], wb[nb - 1]) != 0 ||
            !first_names_match(wa[0], wb[0]))
                return false;
        if (na == 2 || nb == 2)
                return true; /* one has no middle name to disagree */
        if (na != nb)
                return false;
        for (guint i = 1; i + 1 < na; i++)
                if (strcmp(wa[i], wb[i]) != 0)
                        return false;
        return true;
}

/* One step shorter: without a legal form ("co.", ", inc."), else without a trade
 * word ("motor", "computer"). NULL when neither ends @key. */
static char *org_stem_once(const char *key)
{
        static const char *const legal[] = { "inc.", "inc", "incorporated", "corp.", "corp",
                                             "corporation", "co.", "co", "company", "cos.",
                                             "ltd.", "ltd", "limited", "llc", "plc", "ag", "sa",
                                             "s.a.", "n.v.", "nv", "gmbh", "group",
                                             "holdings" };
        static const char *const trade[] = { "motor", "computer", "airlines", "airways",
                                             "automotive", "aircraft", "aerospace",
                                             "department" };
        const char *space = strrchr(key, ' ');
        if (!space)
                return NULL;
        const char *last = space + 1;
        bool found = false;
        for (size_t i = 0; i < G_N_ELEMENTS(legal) && !found; i++)
                found = strcmp(last, legal[i]) == 0;
        for (size_t i = 0; i < G_N_ELEMENTS(trade) && !found; i++)
                found = strcmp(last, trade[i]) == 0;
        if (!found)
                return NULL;
        size_t n = (size_t) (space - key);
        /* "JPMorgan Chase & Co.", "Smith and Co.", "Apple, Inc." */
        for (;;) {
                while (n > 0 && (key[n - 1] == ',' || key[n - 1] == ' '))
                        n--;
                if (n >= 2 && key[n - 1] == '&' && key[n - 2] == ' ')
                        n--;
                else if (n >= 4 && strncmp(key + n - 4, " and", 4) == 0)
                        n -= 3;
                else
                        break;
        }
        return n > 0 ? g_strndup(key, n) : NULL;
}

char *alias_org_stem(const char *key, unsigned level)
{
        g_autofree char *form = g_strdup(key);
        for (unsigned i = 0; i < level && form; i++) {
                char *shorter = org_stem_once(form);
                g_free(form);
                form = shorter;
        }
        return level > 0 ? g_steal_pointer(&form) : NULL;
}
