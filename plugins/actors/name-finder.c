/* Finds names as runs of capitalised words, then cuts each run into segments:
 * gazetteer phrases, titles (kept as roles, not names) and unknown names typed by
 * cue words, titles, first names and context. A capitalised first word of a
 * sentence is a name only when it is known as one: that is what keeps "Despite",
 * "Sources" and "Satellite" out. */
#include "name-finder.h"

#include <string.h>

#include "role.h"

struct NameFinder {
        const Gazetteer *gz;
        GHashTable *seen;  /* lower-cased words seen capitalised inside sentences */
        GHashTable *lower; /* words seen in lower case: the briefing's common words */
        GString *buf;
        GString *role_buf;
};

/* One sentence being cut into names. */
typedef struct Scan {
        NameFinder *nf;
        const char *body;
        const Word *w;
        size_t first; /* the sentence's words: [first, end) */
        size_t end;
        bool caps; /* the sentence is written in capitals (a headline) */
        GArray *out;
} Scan;

/* Longer runs of capitals are tables or shouting, not names; the cap also bounds
 * the title/cue look-ahead, which is quadratic in the run. */
#define MAX_RUN_WORDS 12
/* Types for names with no evidence at all, chosen on CoNLL-2003 dev: a lone
 * unknown word is more often an organisation than a person (people come with a
 * first name or a title first), and a capitalised phrase ending in a common word
 * ("Music Store", "Purchasing Managers") is a product or event, not a person. */
#define COMMON_TAIL_TYPE NAME_OTHER
/* A capitalised phrase with an acronym in it ("Mac OS X", "PGA Tour") is a product,
 * an event or an organisation, hardly ever a person; OTHER keeps it out of the
 * actor table unless asked for. */
#define ACRONYM_TYPE NAME_OTHER
#define SINGLE_TYPE NAME_ORG

/* Lower-case words allowed between the capitalised words of one name. */
static const char *const connectors[] = { "of", "for", "and", "de", "du", "des", "van",
                                          "von", "der", "den", "bin", "ibn", "al", "el",
                                          "la", "le", "da", "di", "del", "della", "y" };
/* Of those, the ones inside people's names ("Osama bin Laden"). */
static const char *const particles[] = { "de", "du", "van", "von", "der", "den", "bin",
                                         "ibn", "al", "el", "la", "le", "da", "di", "del",
                                         "della" };
/* Place cues that come first ("Gulf of Mexico", "Mount Everest"). */
static const char *const first_place_cues[] = { "Mount", "Mt.", "Lake", "Cape", "Isle",
                                                "Gulf", "Port", "Fort", "Strait", "Bay", "Sea" };
static const char *const speech_verbs[] = { "said", "says", "told", "added", "noted",
                                            "wrote", "declared", "stated", "argued",
                                            "warned", "explained", "insisted", "asked" };
/* Name suffixes: part of the name before them, never a name alone. */
static const char *const name_suffixes[] = { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };
/* Legal forms: an organisation's name ends with them ("Chrysler LLC Jim Press"). */
static const char *const legal_forms[] = { "Inc.", "Inc", "Corp.", "Corp", "Co.", "LLC", "Ltd",
                                           "Ltd.", "PLC", "Plc", "plc", "N.V.", "AG", "S.A.",
                                           "GmbH", "SpA", "S.p.A." };
/* A lone unknown name after these is most likely a place ("in Hanoi"). */
static const char *const place_prepositions[] = { "in", "near", "across", "throughout",
                                                  "outside", "around" };

NameFinder *name_finder_new(const Gazetteer *gz)
{
        NameFinder *nf = g_new0(NameFinder, 1);
        nf->gz = gz;
        nf->seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        nf->lower = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        nf->buf = g_string_sized_new(128);
        nf->role_buf = g_string_sized_new(128);
        return nf;
}

void name_finder_free(NameFinder *nf)
{
        if (!nf)
                return;
        g_clear_pointer(&nf->seen, g_hash_table_unref);
        g_clear_pointer(&nf->lower, g_hash_table_unref);
        if (nf->buf)
                g_string_free(nf->buf, TRUE);
        if (nf->role_buf)
                g_string_free(nf->role_buf, TRUE);
        g_free(nf);
}

/* ---- word tests --------------------------------------------------------- */

static const char *text(Scan *s, size_t a, size_t b, bool lower)
{
        return words_phrase(s->nf->buf, s->body, s->w, a, b, lower);
}

static bool is_one_of(Scan *s, size_t i, const char *const *list, size_t n)
{
        for (size_t k = 0; k < n; k++)
                if (word_is(s->body, &s->w[i], list[k]))
                        return true;
        return false;
}

#define IS_ONE_OF(s, i, list) is_one_of((s), (i), (list), G_N_ELEMENTS(list))

static bool is_stop(Scan *s, size_t i)
{
        return gazetteer_is_stopword(s->nf->gz, text(s, i, i + 1, true));
}

static bool is_seen(Scan *s, size_t i)
{
        return g_hash_table_contains(s->nf->seen, text(s, i, i + 1, true));
}

/* Written in lower case elsewhere in the briefing. A word with a capital inside
 * ("AirTanker", "BlackBerry") is a name however the briefing writes it. */
static bool is_common_word(Scan *s, size_t i)
{
        for (uint32_t k = s->w[i].start + 1; k < s->w[i].end; k++)
                if (g_ascii_isupper(s->body[k]))
                        return false;
        return g_hash_table_contains(s->nf->lower, text(s, i, i + 1, true));
}

static bool is_first_name(Scan *s, size_t i)
{
        return gazetteer_is_first_name(s->nf->gz, text(s, i, i + 1, false));
}

static bool is_org_cue(Scan *s, size_t i)
{
        return (s->w[i].flags & WORD_SYMBOL) ||
               gazetteer_is_org_cue(s->nf->gz, text(s, i, i + 1, false));
}

static bool is_place_cue(Scan *s, size_t i)
{
        return gazetteer_is_place_cue(s->nf->gz, text(s, i, i + 1, false));
}

static bool is_other_cue(Scan *s, size_t i)
{
        return gazetteer_is_other_cue(s->nf->gz, text(s, i, i + 1, false));
}

static bool is_connector(Scan *s, size_t i)
{
        return (s->w[i].flags & WORD_SYMBOL) || IS_ONE_OF(s, i, connectors);
}

static bool is_suffix(Scan *s, size_t i)
{
        return IS_ONE_OF(s, i, name_suffixes);
}

/* A known first name with more of the name after it in the run: "Phil Schiller". */
static bool starts_person(Scan *s, size_t q, size_t b)
{
        return q + 1 < b && is_first_name(s, q) && !(s->w[q + 1].flags & WORD_ALLCAPS) &&
               !is_connector(s, q + 1) && !is_suffix(s, q + 1) && !is_org_cue(s, q + 1) &&
               !is_place_cue(s, q + 1);
}

/* Whether the gap between words @k and @k + 1 is exactly @gap. */
static bool gap_is(Scan *s, size_t k, const char *gap)
{
        uint32_t len = s->w[k + 1].start - s->w[k].end;
        return len == strlen(gap) && memcmp(s->body + s->w[k].end, gap, len) == 0;
}

/* Word @i continues the phrase of word i - 1: no punctuation, line or quote between. */
static bool attached(Scan *s, size_t i)
{
        return !(s->w[i].flags & (WORD_BREAK | WORD_FIRST | WORD_QUOTE));
}

static bool is_initial(Scan *s, size_t i)
{
        return i == s->first || (s->w[i].flags & (WORD_FIRST | WORD_QUOTE));
}

/* "ex-England", "anti-American": a lower-case prefix on a proper name. */
static bool prefixed_name(Scan *s, size_t i)
{
        const char *p = s->body + s->w[i].start, *end = s->body + s->w[i].end;
        const char *dash = memchr(p, '-', (size_t) (end - p));
        return dash && dash - p <= 5 && dash + 1 < end && g_ascii_isupper(dash[1]);
}

static bool namelike(Scan *s, size_t i)
{
        uint32_t f = s->w[i].flags;
        if (f & (WORD_CONTRACTION | WORD_DIGIT | WORD_SYMBOL))
                return false;
        return (f & WORD_CAP) || ((f & WORD_LOWER) && prefixed_name(s, i));
}

/* "Bergamo-based", "ex-Milan", "U.N.-sponsored": an adjective made of a name, OTHER. */
static bool proper_adjective(Scan *s, size_t i)
{
        static const char *const suffixes[] = { "-based", "-led", "-born", "-bound",
                                                "-registered", "-listed", "-sponsored",
                                                "-owned", "-made", "-style", "-backed",
                                                "-funded", "-controlled", "-run", "-ruled",
                                                "-held", "-linked", "-allied", "-leaning" };
        if (s->w[i].flags & WORD_LOWER)
                return true;
        const char *p = s->body + s->w[i].start;
        size_t len = s->w[i].end - s->w[i].start;
        for (size_t k = 0; k < G_N_ELEMENTS(suffixes); k++) {
                size_t n = strlen(suffixes[k]);
                if (len > n && memcmp(p + len - n, suffixes[k], n) == 0)
                        return true;
        }
        return false;
}

/* A headline or dateline in capitals: case says nothing there. */
static bool sentence_in_caps(Scan *s)
{
        size_t alpha = 0, caps = 0;
        for (size_t i = s->first; i < s->end; i++) {
                uint32_t f = s->w[i].flags;
                if (f & (WORD_CAP | WORD_LOWER))
                        alpha++;
                if (f & WORD_ALLCAPS)
                        caps++;
        }
        return caps >= 1 && caps * 10 >= alpha * 7 && (alpha >= 2 || s->w[s->first].end -
                                                                   s->w[s->first].start > 4);
}

/* ---- phrases ------------------------------------------------------------- */

static const GzEntry *lookup(Scan *s, size_t a, size_t b)
{
        const char *phrase = text(s, a, b, s->caps);
        for (size_t i = a; i + 1 < b; i++) {
                if (!gap_is(s, i, " - "))
                        continue;
                /* "Wal - Mart" is listed as "Wal-Mart" */
                g_string_truncate(s->nf->buf, 0);
                for (size_t k = a; k < b; k++) {
                        if (k > a)
                                g_string_append(s->nf->buf, gap_is(s, k - 1, " - ") ? "-" : " ");
                        g_string_append_len(s->nf->buf, s->body + s->w[k].start,
                                            s->w[k].end - s->w[k].start);
                }
                if (s->caps)
                        g_string_ascii_down(s->nf->buf);
                phrase = s->nf->buf->str;
                break;
        }
        if (s->caps)
                return gazetteer_find_folded(s->nf->gz, phrase);
        return gazetteer_find(s->nf->gz, phrase);
}

/* Longest gazetteer phrase starting at @p inside the run [.., @b). */
static size_t gazetteer_at(Scan *s, size_t p, size_t b, const GzEntry **ret)
{
        size_t max = MIN(gazetteer_max_words(s->nf->gz), b - p);
        for (size_t len = max; len >= 1; len--) {
                if (is_connector(s, p + len - 1))
                        continue;
                const GzEntry *e = lookup(s, p, p + len);
                if (e) {
                        *ret = e;
                        return len;
                }
        }
        return 0;
}

static size_t unknown_end(Scan *s, size_t p, size_t b);

/* A title that ends the run names nobody after it: "Apple Computer CEO, Steve Jobs". */
static bool ends_in_title(Scan *s, size_t q, size_t b)
{
        return q + 1 == b && gazetteer_title(s->nf->gz, text(s, q, q + 1, true)) == TITLE_TITLE;
}

/* A known name inside a run of unknown words starts a name of its own ("Lebed
 * Chechnya peace plan"), unless a cue word binds them ("Bank of England") or it is
 * the surname after a first name ("George Washington"). */
static bool starts_known(Scan *s, size_t p, size_t q, size_t b, bool cue)
{
        const GzEntry *e = NULL;
        size_t len = gazetteer_at(s, q, b, &e);
        if (len == 0 || cue)
                return false;
        /* "Royal Australian Air Force": a demonym inside an organisation's name */
        for (size_t i = q + len; e->kind == GZ_DEMONYM && i < b; i++)
                if (is_org_cue(s, i))
                        return false;
        /* "George Washington", "William Clay Ford Jr.": a surname that is known too */
        bool last = q + len == b || (q + len + 1 == b && is_suffix(s, q + len));
        if (q <= p + 2 && last && len == 1 && is_first_name(s, p))
                return false;
        return true;
}

/* Whether words [@a, @b) name an organisation or place by their cue words. */
static NameType cue_type(Scan *s, size_t a, size_t b)
{
        if (b - a >= 2 && is_place_cue(s, b - 1))
                return NAME_PLACE;
        if (is_other_cue(s, b - 1))
                return NAME_OTHER;
        for (size_t i = a; i < b; i++)
                if (is_org_cue(s, i))
                        return NAME_ORG;
        if (b - a >= 2 && IS_ONE_OF(s, a, first_place_cues))
                return NAME_PLACE;
        return NAME_UNKNOWN;
}

/* A title (or honorific, or modifier + title) at @p followed by a name in the run.
 * Returns its length in words, 0 when @p starts no title. "General Motors" and
 * "Justice Department" are names, not titles: a cue word after the title says so. */
static size_t title_at(Scan *s, size_t p, size_t b)
{
        for (size_t len = MIN(4, b - p); len >= 1; len--) {
                if (p + len >= b || !namelike(s, p + len)) {
                        /* "Chief Operating Officer" with no name after it (the run ends,
                         * "of" follows): no "Chief" before a name "Operating Officer" */
                        if (len >= 2 && gazetteer_title(s->nf->gz, text(s, p, p + len, true)) == TITLE_TITLE)
                                return 0;
                        continue;
                }
                if (is_suffix(s, p + len))
                        continue; /* "Martin Luther King Jr.": a name, not a title */
                TitleKind kind = gazetteer_title(s->nf->gz, text(s, p, p + len, true));
                if (kind == TITLE_NONE)
                        continue;
                if (kind == TITLE_MODIFIER && title_at(s, p + len, b) == 0)
                        return 0;
                /* only the words after the title say whether it is one: "General
                 * Motors" is a company, "Chief Financial Officer Michael Sears" a man */
                size_t q = unknown_end(s, p + len, b);
                if (cue_type(s, p + len, q) != NAME_UNKNOWN)
                        return 0;
                return len;
        }
        return 0;
}

/* ", Michigan" after a name: a town in its state or country. */
static bool before_region(Scan *s, size_t b)
{
        if (b >= s->end || !(s->w[b].flags & WORD_COMMA) || !gap_is(s, b - 1, ", "))
                return false;
        const GzEntry *e = NULL;
        size_t len = gazetteer_at(s, b, MIN(b + 3, s->end), &e);
        return len > 0 && e->kind == GZ_PLACE && !(s->w[b + len - 1].flags & WORD_POSS) &&
               (b + len >= s->end || !namelike(s, b + len) || !attached(s, b + len));
}

/* The end of an unknown name starting at @p: it runs to the end of the run, taking
 * "of"/"for" after a cue word ("Center for Nonproliferation Studies"), name
 * particles ("bin"), and stopping before a title ("Microsoft Chief Executive X"). */
static size_t unknown_end(Scan *s, size_t p, size_t b)
{
        bool cue = is_org_cue(s, p) || IS_ONE_OF(s, p, first_place_cues);
        size_t q = p + 1;
        if (IS_ONE_OF(s, p, legal_forms))
                return q; /* "Chrysler LLC Jim Press": the company ends at "LLC" */
        while (q < b) {
                if (is_connector(s, q) || word_is(s->body, &s->w[q], "the")) {
                        bool ok = (s->w[q].flags & WORD_SYMBOL) ||
                                  (cue && !word_is(s->body, &s->w[q], "and")) ||
                                  (!cue && IS_ONE_OF(s, q, particles));
                        /* "Wixom Assembly Plant of Wixom, Michigan": "of" a town */
                        if (word_is(s->body, &s->w[q], "of") && q > p + 1 && before_region(s, b))
                                ok = false;
                        if (!ok || q + 1 >= b)
                                break;
                        q++;
                        if (word_is(s->body, &s->w[q], "the") && q + 1 < b)
                                q++;
                        continue;
                }
                /* "Martin Luther King": after a first name, a last title word is a surname */
                bool surname = is_first_name(s, p) && q - p <= 2 && !cue;
                if (title_at(s, q, b) > 0 || (ends_in_title(s, q, b) && !surname) ||
                    starts_known(s, p, q, b, cue))
                        break;
                /* a first name after other capitalised words starts a person:
                 * "Air Force James Roche", "Fort Pitt Capital Group Charlie Smith" */
                if (starts_person(s, q, b) && !is_first_name(s, q - 1) && !is_connector(s, q - 1))
                        break;
                cue = cue || is_org_cue(s, q);
                q++;
                if (IS_ONE_OF(s, q - 1, legal_forms))
                        break; /* "Apple Inc. Steve Jobs": the company ends at "Inc." */
        }
        while (q > p + 1 && (is_connector(s, q - 1) || word_is(s->body, &s->w[q - 1], "the")))
                q--; /* "Royal Courts of | Justice X": no name ends in "of" */
        return q;
}

/* ---- candidates ---------------------------------------------------------- */

static void emit(Scan *s, size_t a, size_t b, NameType type, Evidence evidence,
                 const char *canonical, RoleSpan role)
{
        Candidate c = {
                .start = s->w[a].start,
                .end = s->w[b - 1].end,
                .role_start = role.start,
                .role_end = role.end,
                .sentence = s->w[a].sentence,
                .type = type,
                .evidence = evidence,
                .n_words = (uint8_t) MIN(b - a, 255),
                .caps = s->caps,
                .canonical = canonical,
        };
        g_array_append_val(s->out, c);
}

static RoleSpan person_role(Scan *s, size_t a, size_t b)
{
        NameFinder *nf = s->nf;
        RoleSpan r = role_before(nf->gz, nf->role_buf, s->body, s->w, s->first, a);
        if (r.start == r.end) {
                bool honorific = r.honorific;
                r = role_after(nf->gz, nf->role_buf, s->body, s->w, b, s->end);
                r.honorific = honorific;
        }
        return r;
}

/* Titles with nobody after them: "the former Chief Operating Officer, Tim
 * Cook", "Assistant Secretary of the Air Force". Returns the words to skip: the
 * chain of titles and modifiers at @p when it ends the run or goes on with "of". */
static size_t title_chain(Scan *s, size_t p, size_t b)
{
        size_t q = p, end = p;
        while (q < b) {
                size_t len = 0;
                TitleKind kind = TITLE_NONE;
                for (size_t l = MIN(4, b - q); l >= 1 && len == 0; l--) {
                        kind = gazetteer_title(s->nf->gz, text(s, q, q + l, true));
                        if (kind != TITLE_NONE)
                                len = l;
                }
                if (len == 0)
                        break;
                q += len;
                if (kind == TITLE_TITLE)
                        end = q;
        }
        if (end > p && end == q && (end == b || is_connector(s, end)))
                return end - p;
        return 0;
}

/* Unknown words right after a known company name their product or division
 * ("Chrysler Aspen", "Microsoft Windows", "Boeing Commercial Airplanes"), not a
 * person: OTHER. Returns the words taken (0 when a title, a first name or a
 * known name comes next). */
static size_t product_after(Scan *s, size_t k, size_t b)
{
        const GzEntry *e = NULL;
        if (is_connector(s, k) || title_at(s, k, b) > 0 || title_chain(s, k, b) > 0 ||
            is_first_name(s, k) || gazetteer_at(s, k, b, &e) > 0 || is_stop(s, k) ||
            !attached(s, k))
                return 0;
        size_t q = unknown_end(s, k, b);
        emit(s, k, q, NAME_OTHER, EVIDENCE_CUE, NULL, (RoleSpan) { 0 });
        return q - k;
}

static size_t known_segment(Scan *s, size_t p, size_t k, size_t b, const GzEntry *e)
{
        /* A cue after a known name makes a longer one: "Korean Peninsula",
         * "Apple Inc.", "New York Times". */
        if (k < b && !is_connector(s, k) && title_at(s, k, b) == 0) {
                size_t q = unknown_end(s, k, b);
                /* "Louisville Assembly of Louisville, Kentucky": "of" a town */
                for (size_t i = k + 1; i < q && e->kind == GZ_PLACE && before_region(s, b); i++)
                        if (word_is(s->body, &s->w[i], "of"))
                                q = i;
                NameType cue = cue_type(s, k, q);
                if (cue == NAME_UNKNOWN && q == k + 1 && is_place_cue(s, k))
                        cue = NAME_PLACE;
                if (cue != NAME_UNKNOWN) {
                        emit(s, p, q, cue, EVIDENCE_CUE, NULL, (RoleSpan) { 0 });
                        return q - p;
                }
        }
        RoleSpan role = { 0 };
        if (e->kind == GZ_PERSON)
                role = person_role(s, p, k);
        NameType type = e->kind == GZ_DEMONYM ? NAME_OTHER : (NameType) e->kind;
        emit(s, p, k, type, EVIDENCE_GAZETTEER, e->canonical, role);
        if (e->kind == GZ_ORG && k < b)
                return k - p + product_after(s, k, b);
        return k - p;
}

/* A capitalised first word that is not known as a name is just a capitalised
 * word, unless an unknown name follows it ("Siegfried Hecker wrote"). */
static bool initial_common_word(Scan *s, size_t p, size_t b)
{
        if (!is_initial(s, p) || is_seen(s, p) || is_first_name(s, p))
                return false;
        if (p + 1 >= b || is_connector(s, p + 1))
                return true;
        /* written in lower case elsewhere in the briefing ("Current PowerPC
         * programs"), unless a role or a speech verb says the run is a person
         * ("Art Levinson, chairman of Genentech, said") */
        if (is_common_word(s, p)) {
                size_t q = unknown_end(s, p, b);
                RoleSpan role = person_role(s, p, q);
                return role.start == role.end && !role.honorific &&
                       !(q < s->end && IS_ONE_OF(s, q, speech_verbs));
        }
        /* a person's name starts with the first name: "Employee Phil Schiller" */
        if (starts_person(s, p + 1, b))
                return true;
        const GzEntry *e = NULL;
        return gazetteer_at(s, p + 1, b, &e) > 0 || title_at(s, p + 1, b) > 0;
}

static bool has_acronym(Scan *s, size_t a, size_t b)
{
        for (size_t i = a; i < b; i++)
                if (s->w[i].flags & WORD_ALLCAPS)
                        return true;
        return false;
}

/* Whether a capitalised word of [@a, @b) is written in lower case elsewhere in the
 * briefing: people's names are made of names, not of common words. */
static bool has_common_word(Scan *s, size_t a, size_t b)
{
        for (size_t i = a; i < b; i++)
                if ((s->w[i].flags & WORD_CAP) && is_common_word(s, i))
                        return true;
        return false;
}

/* "PowerMac G5", "Atlas V"-like product names carry digits; people's names don't. */
static bool has_digit(Scan *s, size_t a, size_t b)
{
        for (size_t i = a; i < b; i++)
                for (uint32_t k = s->w[i].start; k < s->w[i].end; k++)
                        if (g_ascii_isdigit(s->body[k]))
                                return true;
        return false;
}

/* A lone capitalised word shaped like an adjective ("Republican", "Civilian",
 * "Congressional", "Eastern") qualifies a name; it is none. */
static bool adjective_shape(Scan *s, size_t i)
{
        static const char *const endings[] = { "ian", "can", "al", "ern", "ese", "ic" };
        const char *p = s->body + s->w[i].start;
        size_t len = s->w[i].end - s->w[i].start;
        if (len < 6 || (s->w[i].flags & WORD_ALLCAPS))
                return false;
        for (size_t k = 0; k < G_N_ELEMENTS(endings); k++) {
                size_t n = strlen(endings[k]);
                if (memcmp(p + len - n, endings[k], n) == 0)
                        return true;
        }
        return false;
}

/* Right after a model number ("787", "A380", "747-400"): not a count ("20",
 * "3,000") nor a year ("2008"). */
static bool after_model_number(Scan *s, size_t a)
{
        if (a == s->first || !attached(s, a))
                return false;
        const char *p = s->body + s->w[a - 1].start;
        size_t len = s->w[a - 1].end - s->w[a - 1].start;
        bool digit = false, year = len == 4 && (p[0] == '1' || p[0] == '2') && g_ascii_isdigit(p[1]);
        for (size_t k = 0; k < len; k++) {
                if (p[k] == ',' || p[k] == '.')
                        return false;
                digit |= g_ascii_isdigit(p[k]) != 0;
        }
        return digit && len >= 3 && !year;
}

static void type_unknown(Scan *s, size_t a, size_t b, RoleSpan role, NameType *ret_type,
                         Evidence *ret_evidence)
{
        size_t n = b - a;
        for (size_t i = a; i + 1 < b; i++)
                n -= gap_is(s, i, " - "); /* "Wal - Mart" is one word, as "Wal-Mart" */
        NameType cue = cue_type(s, a, b);
        /* "X said", "said X"; not "... at IG Index, said" */
        bool speech = (b < s->end && attached(s, b) && IS_ONE_OF(s, b, speech_verbs)) ||
                      (a > s->first && attached(s, a) && IS_ONE_OF(s, a - 1, speech_verbs));
        bool stated = role.start != role.end || role.honorific || speech;
        /* a first name and one cue word: a man when he speaks or has a role ("said
         * Jim Press, the Vice Chairman"), else an organisation only by a guess, so
         * that another mention that speaks decides ("the Everett Factory") */
        bool ambiguous = (cue == NAME_ORG || cue == NAME_PLACE) && n == 2 && is_first_name(s, a) &&
                         !is_org_cue(s, a) && !is_place_cue(s, a); /* "Tom Hill" too */
        if (ambiguous && stated)
                cue = NAME_UNKNOWN;
        if (ambiguous && !stated) {
                *ret_type = cue;
                *ret_evidence = EVIDENCE_DEFAULT;
        } else if (cue != NAME_UNKNOWN) {
                *ret_type = cue;
                *ret_evidence = EVIDENCE_CUE;
        } else if (role.start != role.end || role.honorific) {
                *ret_type = NAME_PERSON;
                *ret_evidence = EVIDENCE_TITLE;
        } else if (n == 1 && before_region(s, b)) {
                *ret_type = NAME_PLACE; /* "Wayne, Michigan": a town, whatever its name */
                *ret_evidence = EVIDENCE_CONTEXT;
        } else if (is_first_name(s, a)) {
                *ret_type = NAME_PERSON;
                *ret_evidence = EVIDENCE_FIRST_NAME;
        } else if (n == 1 && after_model_number(s, a)) {
                *ret_type = NAME_OTHER; /* "787 Dreamliner", "A380 superjumbo": a product */
                *ret_evidence = EVIDENCE_CUE;
        } else if (n == 1 && (s->w[a].flags & WORD_ALLCAPS)) {
                *ret_type = NAME_ORG; /* an acronym */
                *ret_evidence = EVIDENCE_CONTEXT;
        } else if (n >= 2 && speech) {
                *ret_type = NAME_PERSON;
                *ret_evidence = EVIDENCE_CONTEXT;
        } else if (n == 1 && a > s->first && attached(s, a) &&
                   IS_ONE_OF(s, a - 1, place_prepositions)) {
                *ret_type = NAME_PLACE;
                *ret_evidence = EVIDENCE_CONTEXT;
        } else if (n >= 2 && (has_acronym(s, a, b) || has_digit(s, a, b))) {
                *ret_type = ACRONYM_TYPE; /* "Mac OS X", "PGA Tour": not a person */
                *ret_evidence = EVIDENCE_DEFAULT;
        } else if (n >= 2 && has_common_word(s, a, b)) {
                /* "Music Store", "Purchasing Managers", "Snow Leopard" */
                *ret_type = COMMON_TAIL_TYPE;
                *ret_evidence = EVIDENCE_DEFAULT;
        } else if (n <= 2 && before_region(s, b)) {
                *ret_type = NAME_PLACE; /* "Dearborn, Michigan", "St. Thomas, Ontario" */
                *ret_evidence = EVIDENCE_CONTEXT;
        } else if (n == 1 && adjective_shape(s, a)) {
                *ret_type = NAME_OTHER; /* "Republican", "Victorian", "Congressional" */
                *ret_evidence = EVIDENCE_DEFAULT;
        } else {
                *ret_type = n >= 2 ? NAME_PERSON : SINGLE_TYPE;
                *ret_evidence = EVIDENCE_DEFAULT;
        }
}

static bool all_short_caps(Scan *s, size_t a, size_t b)
{
        for (size_t i = a; i < b; i++)
                if (!(s->w[i].flags & WORD_ALLCAPS) && s->w[i].end - s->w[i].start > 1)
                        return false;
        return true;
}

static void unknown_segment(Scan *s, size_t a, size_t b)
{
        if (b - a == 1) {
                /* a lone title or cue word, or an initial, names nobody */
                if (is_org_cue(s, a) || is_place_cue(s, a) || is_other_cue(s, a) || is_suffix(s, a) ||
                    gazetteer_title(s->nf->gz, text(s, a, a + 1, true)) != TITLE_NONE ||
                    s->w[a].end - s->w[a].start == 1 ||
                    (s->w[a].end - s->w[a].start == 2 && s->body[s->w[a].end - 1] == '.'))
                        return;
        }
        if (b - a >= 2 && all_short_caps(s, a, b))
                return; /* table headers: "W D L PCT GB" */
        RoleSpan role = person_role(s, a, b);
        NameType type;
        Evidence evidence;
        type_unknown(s, a, b, role, &type, &evidence);
        if (b - a == 1 && evidence == EVIDENCE_DEFAULT && is_common_word(s, a))
                return; /* "the iPod Touch", "Nasdaq Composite": a common word, capitalised */
        if (type != NAME_PERSON)
                role = (RoleSpan) { 0 };
        emit(s, a, b, type, evidence, NULL, role);
}

/* In capitals only known words count: a gazetteer phrase (handled before) or a
 * word seen capitalised in the running text ("LEICESTERSHIRE" after "Leicestershire"). */
static size_t caps_segment(Scan *s, size_t p, size_t b)
{
        if (!is_seen(s, p))
                return 1;
        size_t q = p + 1;
        while (q < b && is_seen(s, q) && !is_stop(s, q))
                q++;
        emit(s, p, q, NAME_UNKNOWN, EVIDENCE_NONE, NULL, (RoleSpan) { 0 });
        return q - p;
}

/* Cuts one name at @p from the run [.., @b). Returns the words used (at least 1). */
static size_t segment_at(Scan *s, size_t p, size_t b)
{
        const GzEntry *e = NULL;
        if (proper_adjective(s, p)) {
                emit(s, p, p + 1, NAME_OTHER, EVIDENCE_CUE, NULL, (RoleSpan) { 0 });
                return 1;
        }
        size_t k = gazetteer_at(s, p, b, &e);
        if (k > 0)
                return known_segment(s, p, p + k, b, e);
        size_t t = title_at(s, p, b);
        if (t > 0)
                return t; /* role_before() finds it again for the name that follows */
        t = title_chain(s, p, b);
        if (t > 0)
                return t;
        if (is_stop(s, p))
                return 1;
        if (s->caps)
                return caps_segment(s, p, b);
        if (initial_common_word(s, p, b))
                return 1;
        size_t q = unknown_end(s, p, b);
        unknown_segment(s, p, q);
        return q - p;
}

static bool known_alone(Scan *s, size_t i)
{
        return lookup(s, i, i + 1) != NULL;
}

/* Text taken apart around its punctuation ("Wal - Mart", "Charles O 'Reilly",
 * "Michael O' Leary")
 * holds one name: a hyphen with spaces between two unknown capitalised words that
 * stand alone ("passed Wal - Mart to become"; not "San Jose - Cisco", a dash
 * between names), or an O or D before an apostrophe. */
static bool spaced_join(Scan *s, size_t i, size_t k)
{
        size_t n = k + 1;
        if (s->caps || !(s->w[n].flags & WORD_CAP) || !namelike(s, n))
                return false;
        uint32_t klen = s->w[k].end - s->w[k].start;
        if (klen == 1 && (s->body[s->w[k].start] == 'O' || s->body[s->w[k].start] == 'D'))
                return gap_is(s, k, " '") || gap_is(s, k, "' ") || gap_is(s, k, " \u2019") ||
                       gap_is(s, k, "\u2019 ");
        if (k != i || is_initial(s, k) || !gap_is(s, k, " - "))
                return false;
        bool alone = n + 1 >= s->end || !attached(s, n + 1) || !namelike(s, n + 1);
        return alone && !known_alone(s, k) && !known_alone(s, n) && !is_stop(s, k) &&
               !is_stop(s, n);
}

/* The end of the run of capitalised words (and connectors between them) from @i. */
static size_t run_end(Scan *s, size_t i)
{
        size_t k = i;
        while (k + 1 < s->end && k - i < MAX_RUN_WORDS) {
                size_t n = k + 1;
                if (spaced_join(s, i, k)) {
                        k = n;
                        continue;
                }
                if (!attached(s, n))
                        break;
                if (namelike(s, n)) {
                        k = n;
                        continue;
                }
                if (is_connector(s, n)) {
                        size_t m = n + 1;
                        if (m < s->end && attached(s, m) && word_is(s->body, &s->w[m], "the"))
                                m++;
                        if (m < s->end && attached(s, m) && namelike(s, m)) {
                                k = m;
                                continue;
                        }
                }
                break;
        }
        return k + 1;
}

static void find_in_sentence(Scan *s)
{
        s->caps = sentence_in_caps(s);
        size_t i = s->first;
        while (i < s->end) {
                if (!namelike(s, i)) {
                        i++;
                        continue;
                }
                size_t b = run_end(s, i);
                for (size_t p = i; p < b;) {
                        if (is_connector(s, p) || !namelike(s, p))
                                p++;
                        else
                                p += segment_at(s, p, b);
                }
                i = b;
        }
}

static size_t sentence_end(const Word *w, size_t i, size_t n)
{
        size_t j = i + 1;
        while (j < n && w[j].sentence == w[i].sentence)
                j++;
        return j;
}

void name_finder_find(NameFinder *nf, const char *body, const Word *words, size_t n_words,
                      GArray *out)
{
        Scan s = { .nf = nf, .body = body, .w = words, .out = out };
        for (size_t i = 0; i < n_words;) {
                s.first = i;
                s.end = sentence_end(words, i, n_words);
                find_in_sentence(&s);
                i = s.end;
        }
}

/* Copies only new words: most words of a briefing repeat. */
static void remember(GHashTable *set, const char *word)
{
        if (!g_hash_table_contains(set, word))
                g_hash_table_add(set, g_strdup(word));
}

void name_finder_learn(NameFinder *nf, const char *body, const Word *words, size_t n_words)
{
        Scan s = { .nf = nf, .body = body, .w = words };
        for (size_t i = 0; i < n_words;) {
                s.first = i;
                s.end = sentence_end(words, i, n_words);
                s.caps = sentence_in_caps(&s);
                for (size_t k = s.first; k < s.end && !s.caps; k++) {
                        if (words[k].flags & WORD_LOWER)
                                remember(nf->lower, text(&s, k, k + 1, false));
                        else if (namelike(&s, k) && !is_initial(&s, k) && !is_stop(&s, k))
                                remember(nf->seen, text(&s, k, k + 1, true));
                        if (k + 1 < s.end && spaced_join(&s, k, k) && !is_initial(&s, k)) {
                                /* "Wal - Mart" says "Wal-Mart" is a name */
                                g_autofree char *left = g_strdup(text(&s, k, k + 1, true));
                                g_autofree char *joined = g_strconcat(
                                        left, "-", text(&s, k + 1, k + 2, true), NULL);
                                remember(nf->seen, joined);
                        }
                }
                i = s.end;
        }
}
