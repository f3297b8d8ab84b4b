/* Cues of a product name in the words around it. Products are named with a
 * model or version number ("iPhone 4", "Windows 7", "Boeing 787"), after "new" or
 * "version of", before a noun of the kind of thing they are ("the Mac operating
 * system", "iPhone users"); a company or a person is the subject of a verb of
 * saying or dealing ("eBay said") or has officers and shares ("Apple's chief
 * executive"). Each cue is weak alone; alias.c adds them up per actor. */
#include "product-cues.h"

#include <string.h>

/* Nouns that, right after a name, say what kind of product it is. A maker's name
 * takes them too ("Dell laptops"), so each is a hint (1 point) and a company is
 * also saved by its listing and by what it does. */
static const char *const product_nouns[] = {
        "airliner",   "airliners",   "app",         "application", "applications", "apps",
        "browser",    "cars",        "chip",        "chips",       "computer",     "computers",
        "console",    "consoles",    "desktop",     "desktops",    "device",       "devices",
        "feature",    "features",    "handset",     "handsets",    "hatchback",    "laptop",
        "laptops",    "line",        "lineup",      "notebook",    "notebooks",    "owners",
        "phone",      "phones",      "pickup",      "platform",    "processor",    "processors",
        "programs",   "sedan",       "sedans",      "smartphone",  "smartphones",  "software",
        "suite",      "tablet",      "tablets",     "update",      "updates",      "upgrade",
        "users",      "vehicles",
};

/* Words before a name that make it a thing that comes in versions: "its
 * latest MacBook". "new" is only a hint: "the new GM" is a company. */
static const char *const product_adjectives[] = {
        "newest", "latest", "redesigned", "upgraded",
};

/* Verbs of making and selling a thing, before it or its article: "Atlanta makes
 * the Ford Taurus", "Apple introduced the iMac". A company is launched and
 * built too, so each is a hint. */
static const char *const making_verbs[] = {
        "build",      "building",    "builds",      "built",       "discontinued",
        "introduced", "introduces",  "introducing", "launched",    "launches",
        "made",       "makes",       "manufactured", "manufactures", "produced",
        "produces",   "released",    "releases",    "unveiled",    "unveils",
};

/* Words that give a new thing its name: "a feature called FaceTime", "dubbed
 * Mission Control". A company is called something too: a hint. */
static const char *const naming_words[] = {
        "called", "code-named", "codenamed", "dubbed", "named",
};

/* Nouns before "of" that make what follows a product: "a version of iOS". */
static const char *const product_version_nouns[] = {
        "copies", "edition", "model", "models", "release", "version", "versions",
};

/* Words right after a name (or after its possessive) that make it an agent: a
 * company or a person speaks, deals, has officers, staff and shares, a legal
 * form; a brand is a unit of its company ("the Saturn brand"), not a product. */
static const char *const agent_words[] = {
        "acquired",  "acquires",  "agreed",     "agrees",    "ag",           "announced",
        "announces", "bought",    "brand",      "buys",      "ceo",          "chairman",
        "chief",     "co",        "corp",       "division",  "employees",    "employs",
        "executive", "executives", "founder",   "general",   "hired",        "inc",
        "llc",       "ltd",       "manager",    "plans",     "plc",          "posted",
        "president", "reported",  "reports",    "said",      "say",          "says",
        "shareholders", "shares", "spokesman",  "spokesperson", "spokeswoman", "stock",
        "subsidiary", "sued",     "sues",       "told",      "unit",         "workers",
};

/* Model names and shapes, for product_has_head_word(): a name ending in one of
 * these words names a product, never a company or a person ("Mac OS X Lion",
 * "MacBook Pro", "iPod Touch"). Kept short on purpose: "Air" or "Mini" also end
 * airlines and people's names. */
static const char *const product_head_words[] = {
        "OS", "OSX", "Pro",
};

/* Words that end the phrase after a name: "iOS for tablets" says nothing of
 * iOS, "the iMac personal computer" does. */
static const char *const phrase_breaks[] = {
        "a",  "an", "and", "are", "as",   "at",   "by",  "can", "for",  "from", "had",  "has",
        "in", "is", "of",  "on",  "or",   "that", "the", "to",  "was",  "were", "which", "who",
        "will", "with", "would",
};

static bool in_list(const char *const *list, size_t n, const char *word, size_t len)
{
        for (size_t i = 0; i < n; i++)
                if (strlen(list[i]) == len && g_ascii_strncasecmp(list[i], word, len) == 0)
                        return true;
        return false;
}

#define IN_LIST(list, w, n) in_list((list), G_N_ELEMENTS(list), (w), (n))

static bool word_char(char c)
{
        return g_ascii_isalnum(c) || c == '.' || c == '-';
}

/* The word starting after the spaces at body[i]: [*ret_start, *ret_end), without
 * a final period or hyphen. False when none starts there. */
static bool word_after(const char *body, uint32_t i, uint32_t *ret_start, uint32_t *ret_end)
{
        while (body[i] == ' ')
                i++;
        uint32_t s = i;
        while (word_char(body[i]))
                i++;
        while (i > s && (body[i - 1] == '.' || body[i - 1] == '-'))
                i--;
        if (i == s)
                return false;
        *ret_start = s;
        *ret_end = i;
        return true;
}

/* The word ending before the spaces before body[i], on the same line. */
static bool word_before(const char *body, uint32_t i, uint32_t *ret_start, uint32_t *ret_end)
{
        while (i > 0 && body[i - 1] == ' ')
                i--;
        uint32_t e = i;
        while (i > 0 && (g_ascii_isalnum(body[i - 1]) || body[i - 1] == '\''))
                i--;
        if (i == e)
                return false;
        *ret_start = i;
        *ret_end = e;
        return true;
}

/* After a possessive ("Apple's", "Reuters’"), the position past it. */
static uint32_t skip_possessive(const char *body, uint32_t i)
{
        if (body[i] == '\'' && body[i + 1] == 's' && !g_ascii_isalnum(body[i + 2]))
                return i + 2;
        /* byte by byte: the body may end within the four bytes */
        if (body[i] == '\xe2' && body[i + 1] == '\x80' && body[i + 2] == '\x99' &&
            body[i + 3] == 's' && !g_ascii_isalnum(body[i + 4]))
                return i + 4;
        return i;
}

static bool has_digit(const char *s, size_t n)
{
        for (size_t i = 0; i < n; i++)
                if (g_ascii_isdigit(s[i]))
                        return true;
        return false;
}

/* Numbers in the line around body[i] within 100 bytes: scores and results
 * ("Kent 108-3, Surrey 429 and 207") have many, a product's sentence few. */
static unsigned numbers_near(const char *body, uint32_t i)
{
        uint32_t a = i, b = i;
        while (a > 0 && i - a < 100 && body[a - 1] != '\n')
                a--;
        while (body[b] && b - i < 100 && body[b] != '\n')
                b++;
        unsigned n = 0;
        for (uint32_t k = a; k < b; k++)
                if (g_ascii_isdigit(body[k]) && (k == a || !g_ascii_isalnum(body[k - 1])))
                        n++;
        return n;
}

/* A model or version number: up to 8 capitals, digits, dots and hyphens with a
 * digit, starting with a digit or a capital ("4", "3GS", "A380", "10.7",
 * "737-800"). Not a year ("Windows 2000" is lost, "Apple 2010" is no product),
 * an ordinal ("81st"), a quarter or a half ("Q2", "H1"), nor a score or odds
 * ("6-2", "92-81", "10-1"): numbers joined by a hyphen are a model only when the
 * first has three digits ("747-400"). */
static bool model_code(const char *w, size_t n)
{
        if (n == 0 || n > 8 || !has_digit(w, n))
                return false;
        if (!g_ascii_isdigit(w[0]) && !g_ascii_isupper(w[0]))
                return false;
        if (n == 2 && (w[0] == 'Q' || w[0] == 'H'))
                return false;
        size_t digits = 0;
        while (digits < n && g_ascii_isdigit(w[digits]))
                digits++;
        if (digits >= 4)
                return false;
        if (digits > 0 && digits < n && w[digits] == '-' && digits != 3)
                return false;
        for (size_t i = 0; i < n; i++)
                if (g_ascii_islower(w[i]))
                        return false;
        return true;
}

/* Words after a number that make it a quantity or a score, not a model:
 * "Apple 5 percent", "the Olympic 100 metres", "Lewis 80 not out". */
static const char *const quantity_words[] = {
        "billion", "cents", "days",    "dollars",  "feet",    "for",    "goals",  "hours",
        "km",      "laps",  "metres",  "meters",   "miles",   "million", "minutes", "months",
        "not",     "off",   "per",     "percent",  "points",  "pounds", "runs",   "seats",
        "seconds", "shares", "thousand", "times",  "to",      "tonnes", "tons",   "votes",
        "weeks",   "wickets", "yards", "years",
};

/* What follows a model number in prose: a lower-case word ("iPhone 4 will"),
 * punctuation inside the sentence, or a sentence's end on the same line. A
 * capital, a digit, a bracket or the line's end follow scores in tables of
 * results ("LG 2 OB 0", "Hyundai 6 Lotte 5\n"). */
static bool prose_after_model(const char *body, uint32_t e)
{
        switch (body[e]) {
        case ',':
                return !g_ascii_isdigit(body[e + 1]); /* "4,000 metres" */
        case ';':
        case '\'':
        case '"':
                return true;
        case '.':
        case ':':
        case '!':
        case '?':
                return body[e + 1] == ' ' || body[e + 1] == '\0';
        case ' ': {
                uint32_t s, we;
                return g_ascii_islower(body[e + 1]) && word_after(body, e, &s, &we) &&
                       !IN_LIST(quantity_words, body + s, we - s);
        }
        default:
                return false;
        }
}

uint32_t product_model_end(const char *body, uint32_t end)
{
        uint32_t s, e;
        if (body[end] != ' ' || !word_after(body, end, &s, &e) || s != end + 1 ||
            !model_code(body + s, e - s))
                return end;
        if (!prose_after_model(body, e) || numbers_near(body, end) >= 4)
                return end;
        return e;
}

static bool brand_shape(const char *w, size_t n)
{
        if (n < 3 || !g_ascii_islower(w[0]))
                return false;
        bool inner = false;
        for (size_t i = 1; i < n; i++) {
                if (!g_ascii_isalnum(w[i]))
                        return false; /* "al-Qaeda", "d'Estaing" are no brands */
                inner |= g_ascii_isupper(w[i]);
        }
        return inner;
}

uint32_t product_brand_start(const char *body, uint32_t start)
{
        uint32_t s, e;
        if (start < 2 || body[start - 1] != ' ' || !word_before(body, start, &s, &e) ||
            e != start - 1 || !brand_shape(body + s, e - s))
                return start;
        return s;
}

bool product_has_brand_shape(const char *name)
{
        const char *p = name;
        while (*p) {
                size_t n = strcspn(p, " ");
                if (brand_shape(p, n))
                        return true;
                p += n;
                p += strspn(p, " ");
        }
        return false;
}

bool product_has_head_word(const char *name)
{
        const char *last = strrchr(name, ' ');
        if (!last)
                return false;
        last++;
        for (size_t i = 0; i < G_N_ELEMENTS(product_head_words); i++)
                if (strcmp(last, product_head_words[i]) == 0)
                        return true;
        return false;
}

static unsigned cues_before(const char *body, uint32_t start)
{
        /* past an opening quote: dubbed "Mission Control" */
        if (start > 0 && body[start - 1] == '"')
                start--;
        else if (start >= 3 && memcmp(body + start - 3, "\xe2\x80\x9c", 3) == 0)
                start -= 3;
        uint32_t s, e;
        if (!word_before(body, start, &s, &e))
                return 0;
        if (IN_LIST(product_adjectives, body + s, e - s))
                return 2;
        if (e - s == 5 && memcmp(body + s, "model", 5) == 0)
                return 2; /* "Ford's next model Falcon" */
        if (IN_LIST(naming_words, body + s, e - s))
                return 1;
        uint32_t vs = s, ve = e;
        bool article = (e - s == 3 && memcmp(body + s, "the", 3) == 0) ||
                       (e - s == 1 && body[s] == 'a') ||
                       (e - s == 2 && memcmp(body + s, "an", 2) == 0);
        if ((!article || word_before(body, s, &vs, &ve)) &&
            IN_LIST(making_verbs, body + vs, ve - vs))
                return 1;
        if (e - s == 3 && memcmp(body + s, "new", 3) == 0)
                return 1;
        if (e - s == 2 && memcmp(body + s, "of", 2) == 0) {
                uint32_t ns, ne;
                return word_before(body, s, &ns, &ne) &&
                                       IN_LIST(product_version_nouns, body + ns, ne - ns)
                               ? 2
                               : 0;
        }
        if ((e - s == 3 && memcmp(body + s, "its", 3) == 0) ||
            (e - s == 5 && memcmp(body + s, "their", 5) == 0))
                return 1;
        /* a company's product: "Apple's iPhone", "the company's App Store" */
        bool possessive = e - s > 3 && body[e - 2] == '\'' && body[e - 1] == 's';
        bool company = e - s == 9 && memcmp(body + s, "company's", 9) == 0;
        return possessive && (g_ascii_isupper(body[s]) || company) ? 1 : 0;
}

/* "the operating system, Snow Leopard", "the device - Apple TV": the kind of
 * product named right before the name, set off by a comma or a dash. */
static unsigned kind_before(const char *body, uint32_t start)
{
        uint32_t ds, de;
        if (word_before(body, start, &ds, &de) && de - ds == 3 && memcmp(body + ds, "the", 3) == 0)
                start = ds; /* "two sedans, the Fusion and the Taurus" */
        uint32_t i = start;
        while (i > 0 && body[i - 1] == ' ')
                i--;
        if (i == 0 || (body[i - 1] != ',' && body[i - 1] != '-') || i == start)
                return 0;
        uint32_t s, e, os, oe;
        if (!word_before(body, i - 1, &s, &e) || !g_ascii_islower(body[s]))
                return 0;
        if (e - s == 6 && memcmp(body + s, "system", 6) == 0)
                return word_before(body, s, &os, &oe) && oe - os == 9 &&
                                       memcmp(body + os, "operating", 9) == 0
                               ? 2
                               : 0;
        return IN_LIST(product_nouns, body + s, e - s) ? 2 : 0;
}

/* The cues of the words after the name: "Apple said" (an agent), "iPhone
 * users", "the iMac personal computer" (a product noun, after at most one
 * lower-case word), "Tiger operating system" (sure). */
/* Past the other names of a list the name opens ("iPhoto, iMovie, and
 * GarageBand programs", "the Crown Victoria and Grand Marquis cars"): what
 * follows the list is said of each. At most four more names. */
static uint32_t skip_list(const char *body, uint32_t i)
{
        for (int item = 0; item < 4; item++) {
                uint32_t j = i, s, e;
                if (body[j] == ',')
                        j++;
                if (!word_after(body, j, &s, &e))
                        return i;
                if ((e - s == 3 && memcmp(body + s, "and", 3) == 0) ||
                    (e - s == 2 && memcmp(body + s, "or", 2) == 0)) {
                        j = e;
                        if (!word_after(body, j, &s, &e))
                                return i;
                }
                if (j == i || !(g_ascii_isupper(body[s]) || brand_shape(body + s, e - s)))
                        return i;
                /* the name's other words */
                uint32_t ns, ne;
                while (body[e] == ' ' && word_after(body, e, &ns, &ne) && g_ascii_isupper(body[ns]))
                        e = ne;
                i = e;
        }
        return i;
}

static void cues_after(const char *body, uint32_t end, ProductCues *cues)
{
        uint32_t after = skip_possessive(body, end);
        bool possessive = after != end;
        if (!possessive)
                after = skip_list(body, after);
        uint32_t s, e;
        for (int k = 0; k < 2 && word_after(body, after, &s, &e); k++) {
                const char *w = body + s;
                size_t n = e - s;
                if (IN_LIST(agent_words, w, n)) {
                        cues->agent = 1;
                        return;
                }
                if (possessive || !g_ascii_islower(w[0]) || (k > 0 && body[after] != ' '))
                        return;
                if (n == 9 && memcmp(w, "operating", 9) == 0) {
                        cues->product += 2;
                        return;
                }
                if (IN_LIST(product_nouns, w, n)) {
                        cues->product += 1;
                        return;
                }
                if (IN_LIST(phrase_breaks, w, n))
                        return;
                after = e;
        }
}

ProductCues product_cues_of(const char *body, uint32_t start, uint32_t end)
{
        ProductCues cues = { (uint8_t) (cues_before(body, start) + kind_before(body, start)), 0 };
        cues_after(body, end, &cues);
        return cues;
}
