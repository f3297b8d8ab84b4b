/* quotes plugin: pronoun resolution (see pronoun.h).
 * SPDX-License-Identifier: MIT */
#include "pronoun.h"

#include <stdlib.h>
#include <string.h>

#include "quote-words.h"

#define NAME_MAX_BYTES 32

/* First names with a clear gender in English-language news, sorted for bsearch. */
static const char *const male_names[] = {
        "aaron", "abdullah", "adam", "alan", "alex", "alexander", "ali", "andrew", "angus",
        "anthony", "antonio", "arnold", "ashton", "barack", "barry", "ben", "benjamin",
        "bernie", "bill", "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon",
        "brian", "bruce", "bryan", "carl", "carlos", "chad", "charles", "charlie", "chris",
        "christian", "christopher", "chuck", "clarence", "colin", "cory", "craig", "dan",
        "daniel", "danny", "darrell", "dave", "david", "dennis", "derek", "dick", "don",
        "donald", "doug", "douglas", "dwight", "ed", "eddie", "edward", "elijah", "elon",
        "emmanuel", "eric", "evan", "francis", "frank", "fred", "frederick", "gary", "gavin",
        "george", "gerald", "glenn", "gordon", "greg", "gregory", "harold", "harry", "hector",
        "henry", "howard", "hugh", "ian", "isaac", "jack", "jacob", "jaime", "james", "jared",
        "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jesse", "jim", "jimmy",
        "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh",
        "joshua", "juan", "julian", "justin", "keith", "ken", "kenneth", "kevin", "larry",
        "lee", "leon", "louis", "luis", "luke", "marco", "marcus", "mario", "mark", "martin",
        "matt", "matthew", "max", "michael", "miguel", "mike", "mitch", "mitt", "mohammed",
        "muhammad", "narendra", "nathan", "neil", "nicholas", "nick", "nigel", "noah", "oliver",
        "omar", "oscar", "pablo", "patrick", "paul", "pedro", "peter", "phil", "philip",
        "rafael", "ralph", "rand", "randall", "randy", "raul", "ray", "raymond", "reince",
        "rex", "richard", "rick", "rob", "robert", "roberto", "rodrigo", "roger", "ron",
        "ronald", "roy", "rudy", "rupert", "russell", "ryan", "sam", "samuel", "scott", "sean",
        "sergei", "sergey", "seth", "shawn", "sherrod", "simon", "stephen", "steve", "steven",
        "stuart", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tony", "trey",
        "tyler", "victor", "vince", "vincent", "vladimir", "walter", "wayne", "wesley",
        "william", "xavier", "zach",
};

static const char *const female_names[] = {
        "abigail", "alexandra", "alice", "alicia", "alison", "amanda", "amy", "ana", "andrea",
        "angela", "anita", "ann", "anna", "anne", "barbara", "betsy", "betty", "beverly",
        "brenda", "bridget", "carla", "carly", "carol", "caroline", "catherine", "cathy",
        "chelsea", "cheryl", "christina", "christine", "claire", "claudia", "cynthia", "dana",
        "debbie", "deborah", "debra", "diana", "diane", "donna", "doris", "dorothy", "elaine",
        "eleanor", "elena", "elizabeth", "ellen", "emily", "emma", "erin", "eva", "evelyn",
        "fiona", "frances", "gabrielle", "gina", "gloria", "grace", "hannah", "heather",
        "heidi", "helen", "hillary", "hope", "huma", "ivanka", "jacqueline", "jan", "jane",
        "janet", "janice", "jeanne", "jennifer", "jessica", "jill", "joan", "joanne", "jodi",
        "josephine", "joy", "joyce", "judith", "judy", "julia", "julie", "karen", "kate",
        "katherine", "kathleen", "kathy", "katie", "kay", "kayleigh", "kelly", "kellyanne",
        "kimberly", "kirsten", "kristen", "laura", "lauren", "linda", "lisa", "loretta", "lori",
        "louise", "lucy", "lynn", "madeleine", "margaret", "maria", "marie", "marilyn",
        "marsha", "martha", "mary", "megan", "melania", "melanie", "melissa", "michele",
        "michelle", "mika", "nancy", "natalie", "nicole", "nikki", "olivia", "pam", "pamela",
        "patricia", "patty", "paula", "peggy", "rachel", "rebecca", "regina", "rita", "roberta",
        "rosa", "rose", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon",
        "sheila", "shirley", "sonia", "stephanie", "sue", "susan", "suzanne", "tammy", "teresa",
        "theresa", "tina", "tulsi", "valerie", "vanessa", "victoria", "virginia", "wendy",
        "whitney", "yvonne",
};
static int compare_str(const void *a, const void *b) {
        return strcmp(*(const char *const *) a, *(const char *const *) b);
}

static bool listed(const char *const *list, size_t n, const char *word) {
        return bsearch(&word, list, n, sizeof list[0], compare_str) != NULL;
}

static bool word_equals(const char *word, size_t len, const char *lower) {
        return strlen(lower) == len && g_ascii_strncasecmp(word, lower, len) == 0;
}

uint8_t quote_pronoun_gender(const char *word, size_t len) {
        if (word_equals(word, len, "he"))
                return QUOTE_GENDER_MALE;
        if (word_equals(word, len, "she"))
                return QUOTE_GENDER_FEMALE;
        if (word_equals(word, len, "they"))
                return QUOTE_GENDER_PLURAL;
        return QUOTE_GENDER_UNKNOWN;
}

static uint8_t title_gender(const char *word, size_t len) {
        if (word_equals(word, len, "mr"))
                return QUOTE_GENDER_MALE;
        if (word_equals(word, len, "mrs") || word_equals(word, len, "ms") ||
            word_equals(word, len, "miss"))
                return QUOTE_GENDER_FEMALE;
        return QUOTE_GENDER_UNKNOWN;
}

uint8_t quote_name_gender(const char *name, size_t len) {
        size_t i = 0;
        bool title = false, skip = false;
        while (i < len) {
                size_t start = i;
                while (i < len && g_ascii_isalpha(name[i]))
                        i++;
                size_t n = i - start;
                while (i < len && !g_ascii_isalpha(name[i]))
                        i++;
                if (n == 0 || n >= NAME_MAX_BYTES)
                        return QUOTE_GENDER_UNKNOWN;
                uint8_t gender = title_gender(name + start, n);
                if (gender != QUOTE_GENDER_UNKNOWN)
                        return gender;
                char lower[NAME_MAX_BYTES];
                for (size_t k = 0; k < n; k++)
                        lower[k] = g_ascii_tolower(name[start + k]);
                lower[n] = '\0';
                /* "Secretary of State John Kerry": the title's "of" and its object */
                if (skip || (title && strcmp(lower, "of") == 0)) {
                        skip = !skip;
                        continue;
                }
                title = quote_word_is_title(lower);
                if (title)
                        continue;
                if (listed(male_names, G_N_ELEMENTS(male_names), lower))
                        return QUOTE_GENDER_MALE;
                if (listed(female_names, G_N_ELEMENTS(female_names), lower))
                        return QUOTE_GENDER_FEMALE;
                return QUOTE_GENDER_UNKNOWN; /* only the first word after the titles is a first name */
        }
        return QUOTE_GENDER_UNKNOWN;
}

static bool agrees(uint8_t candidate, uint8_t pronoun) {
        return candidate == QUOTE_GENDER_UNKNOWN || candidate == pronoun;
}

/* The antecedent among the candidates [lo, hi] of one sentence, or -1: its first
 * agreeing mention, unless a pronoun of the same gender comes first. */
static long in_sentence(const QuoteCandidate *cands, size_t lo, size_t hi, uint8_t gender) {
        for (size_t i = lo; i <= hi; i++)
                if (agrees(cands[i].gender, gender))
                        return cands[i].pronoun ? -1 : (long) i;
        return -1;
}

static bool near(const QuoteCandidate *c, uint32_t min_para, uint32_t min_sentence) {
        return c->para >= min_para || c->sentence >= min_sentence;
}

/* The nearest speaker before @end whose gender is known to agree, else @otherwise. */
static long known_speaker(const QuoteCandidate *cands, size_t end, uint32_t min_para,
                          uint32_t min_sentence, uint8_t gender, long otherwise) {
        for (size_t i = end; i-- > 0 && near(&cands[i], min_para, min_sentence);)
                if (cands[i].speaker && cands[i].gender == gender)
                        return (long) i;
        return otherwise;
}

long quote_pronoun_resolve(const QuoteCandidate *cands, size_t n, uint32_t pos, uint32_t min_para,
                           uint32_t min_sentence, uint8_t gender) {
        if (gender != QUOTE_GENDER_MALE && gender != QUOTE_GENDER_FEMALE)
                return -1;
        size_t end = 0;
        while (end < n && cands[end].start < pos)
                end++;
        while (end > 0 && near(&cands[end - 1], min_para, min_sentence)) {
                size_t hi = end - 1, lo = hi;
                while (lo > 0 && cands[lo - 1].sentence == cands[hi].sentence)
                        lo--;
                long k = in_sentence(cands, lo, hi, gender);
                if (k >= 0)
                        return cands[k].gender == gender || cands[k].speaker
                                       ? k
                                       : known_speaker(cands, (size_t) k, min_para, min_sentence, gender, k);
                end = lo;
        }
        return -1;
}
