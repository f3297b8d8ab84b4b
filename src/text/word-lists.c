/* Word lists for English news text (AP and Reuters usage). Short lists searched
 * linearly: they are consulted only for words directly before a period, about
 * once per sentence, so a hash table would not pay for itself. */
#include "text/word-lists.h"

#include <string.h>

/* Titles stand before a name and never end a sentence. */
static const char *const titles[] = {
        "Adm", "Amb", "Atty", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Det", "Dr",
        "Fr", "Gen", "Gens", "Gov", "Govs", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mme",
        "Mlle", "Mr", "Mrs", "Ms", "Msgr", "Mx", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev",
        "Rt", "Sen", "Sens", "Sgt", "Supt",
};

/* Abbreviations that also end sentences ("... of Apple Inc. The company said"). */
static const char *const abbrevs[] = {
        /* companies, names */
        "Bros", "Co", "Corp", "Cos", "Inc", "Jr", "LLC", "Ltd", "Plc", "Sr",
        /* months, as AP abbreviates them before a day */
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        /* places */
        "Ave", "Blvd", "Ft", "Mt", "Rd", "St",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
        "Kan", "Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
        "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        /* others */
        "Assn", "Assoc", "Dept", "Dist", "Govt", "Intl", "Natl", "Univ", "al", "approx",
        "cf", "est", "etc", "vs",
};

/* Abbreviations only before a number: "No. 5" but "the answer is No." */
static const char *const numbered[] = { "Art", "Fig", "No", "Nos", "Vol", "pp" };

static const char *const starters[] = {
        "A", "According", "After", "Also", "Although", "An", "And", "As", "At", "Before",
        "Both", "But", "By", "Despite", "During", "Each", "For", "From", "He", "Her", "Here",
        "His", "How", "However", "I", "If", "In", "It", "Its", "Many", "Meanwhile", "Most",
        "My", "No", "Now", "On", "Once", "One", "Our", "She", "Since", "So", "Some", "Still",
        "That", "The", "Their", "Then", "There", "These", "They", "This", "Those", "Though",
        "To", "Under", "We", "What", "When", "Where", "While", "Who", "Why", "With", "Yet",
        "You",
};

/* More words news sentences open with, plural nouns among them ("Officials said",
 * "Shares fell"), that no name continues after "U.S." or "Corp.". Some are also
 * surnames ("P. Such"), so they count only after an abbreviation, not an initial. */
static const char *const openers[] = {
        "All", "Among", "Analysts", "Another", "Any", "Asked", "Authorities", "Because",
        "Critics", "Earlier", "Even", "Every", "Experts", "Few", "Further", "Indeed",
        "Instead", "Investors", "Last", "Later", "Moreover", "Much", "Neither", "Nevertheless",
        "Nonetheless", "Nor", "Not", "Officials", "Only", "Other", "Others", "Overall",
        "Police", "Prices", "Sales", "Separately", "Several", "Shares", "Such", "Thus",
        "Unlike", "Until", "Whether", "Which", "Without",
};

static bool in_list(const char *const *list, size_t n, const char *word, size_t len)
{
        /* the first byte rules out most entries without a call */
        for (size_t i = 0; i < n; i++)
                if (list[i][0] == word[0] && strncmp(list[i], word, len) == 0 &&
                    list[i][len] == '\0')
                        return true;
        return false;
}

/* "U.S", "e.g", "Ph.D", "a.m": letters in groups of one or two joined by periods. */
static bool is_dotted_acronym(const char *word, size_t len)
{
        size_t group = 0;
        bool dotted = false;

        for (size_t i = 0; i < len; i++) {
                char c = word[i];
                if (c == '.') {
                        if (group == 0)
                                return false;
                        dotted = true;
                        group = 0;
                } else if (g_ascii_isalpha(c) && ++group <= 2) {
                        continue;
                } else {
                        return false;
                }
        }
        return dotted && group > 0;
}

DossierTokenKind dossier_text_abbrev_kind(const char *word, size_t len, bool digit_follows)
{
        if (len == 1 && g_ascii_isupper(word[0]))
                return DOSSIER_TOKEN_INITIAL; /* "J. R. R. Tolkien" */
        if (in_list(titles, G_N_ELEMENTS(titles), word, len))
                return DOSSIER_TOKEN_TITLE;
        if (digit_follows && in_list(numbered, G_N_ELEMENTS(numbered), word, len))
                return DOSSIER_TOKEN_TITLE;
        if (in_list(abbrevs, G_N_ELEMENTS(abbrevs), word, len) || is_dotted_acronym(word, len))
                return DOSSIER_TOKEN_ABBREV;
        return DOSSIER_TOKEN_STOP;
}

bool dossier_text_is_sentence_starter(const char *word, size_t len, bool after_initial)
{
        return in_list(starters, G_N_ELEMENTS(starters), word, len) ||
               (!after_initial && in_list(openers, G_N_ELEMENTS(openers), word, len));
}
