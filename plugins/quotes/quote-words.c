/* quotes plugin: word tables (see quote-words.h), written by tools/quote-words.py:
 * edit the lists there. Sorted (strcmp order) for bsearch; test-quotes-scan checks it.
 * SPDX-License-Identifier: MIT */
#include "quote-words.h"

#include <stdlib.h>
#include <string.h>

static const char *const cue_words[] = {
        "acknowledge", "acknowledged", "acknowledges", "add", "added", "adds", "admits", "admitted",
        "agreed", "agrees", "announced", "announces", "answered", "answers", "argue", "argued",
        "argues", "ask", "asked", "asks", "asserted", "asserts", "blogged", "boasted", "boasts",
        "cautioned", "cautions", "chanted", "charged", "charges", "chimed", "claim", "claimed",
        "claims", "commented", "comments", "complained", "complains", "conceded", "concedes",
        "conclude", "concluded", "concludes", "confirm", "confirmed", "confirms", "contended",
        "contends", "continued", "continues", "countered", "counters", "declared", "declares",
        "demanded", "demands", "disclosed", "elaborated", "emailed", "emphasized", "emphasizes",
        "exclaimed", "explain", "explained", "explains", "fumed", "insist", "insisted", "insists",
        "interjected", "joked", "jokes", "lamented", "laments", "messaged", "mocked", "mused",
        "muses", "note", "noted", "notes", "objected", "observed", "observes", "pleaded", "posted",
        "predict", "predicted", "predicts", "proclaimed", "proclaims", "promised", "promises",
        "quipped", "quips", "reads", "recall", "recalled", "recalls", "recounted", "recounts",
        "reiterated", "reiterates", "remarked", "remarks", "replied", "replies", "report",
        "reported", "reports", "responded", "responds", "retorted", "said", "sang", "say", "says",
        "scoffed", "screamed", "shouted", "shouts", "sings", "snapped", "stated", "stressed",
        "stresses", "suggest", "tell", "tells", "testified", "testifies", "texted", "told",
        "tweeted", "tweets", "urged", "urges", "vowed", "vows", "warn", "warned", "warns",
        "whispered", "wondered", "wonders", "write", "writes", "wrote", "yelled", "yells",
};

static const char *const reporting_words[] = {
        "acknowledge", "acknowledged", "acknowledges", "added", "adds", "admits", "admitted",
        "announced", "announces", "argue", "argued", "argues", "asserted", "asserts", "believe",
        "believed", "believes", "cautioned", "cautions", "claim", "claimed", "claims",
        "complained", "complains", "conceded", "concedes", "concluded", "concludes", "confirm",
        "confirmed", "confirms", "contended", "contends", "declared", "declares", "disclosed",
        "emphasized", "emphasizes", "explained", "explains", "insist", "insisted", "insists",
        "note", "noted", "notes", "predict", "predicted", "predicts", "recalled", "recalls",
        "reiterated", "reiterates", "report", "reported", "reports", "said", "say", "says",
        "stated", "stressed", "stresses", "suggest", "suggested", "suggests", "tells",
        "testified", "testifies", "told", "tweeted", "tweets", "warn", "warned", "warns",
        "write", "writes", "wrote",
};

static const char *const told_words[] = {
        "asked", "asks", "assured", "assures", "informed", "informs", "promised", "promises",
        "reminded", "reminds", "tell", "tells", "told", "urged", "urges", "warned", "warns",
};

static const char *const participle_words[] = {
        "adding", "arguing", "asking", "asserting", "chanting", "declaring", "exclaiming",
        "explaining", "insisting", "joking", "noting", "posting", "quipping", "replying",
        "responding", "saying", "screaming", "shouting", "singing", "telling", "tweeting", "warning",
        "wondering", "writing", "yelling",
};

static const char *const title_words[] = {
        "acting", "adm", "admiral", "ambassador", "anchor", "assistant", "attorney", "atty",
        "ayatollah", "candidate", "capt", "captain", "ceo", "chair", "chairman", "chairwoman",
        "chancellor", "chief", "coach", "col", "colonel", "columnist", "commissioner",
        "comptroller", "congressman", "congresswoman", "correspondent", "councilman",
        "councilwoman", "dame", "deputy", "detective", "director", "dr", "father", "former",
        "founder", "gen", "general", "gov", "governor", "host", "imam", "judge", "justice",
        "king", "lady", "leader", "lieutenant", "lord", "lt", "maj", "mayor", "minister",
        "miss", "mr", "mrs", "ms", "nominee", "officer", "pastor", "pope", "premier", "pres",
        "president", "president-elect", "prime", "prince", "princess", "prof", "professor",
        "queen", "rabbi", "rep", "representative", "reps", "rev", "reverend", "sec",
        "secretary", "secretary-general", "sen", "senator", "senators", "sergeant", "sgt",
        "sheikh", "sheriff", "sir", "speaker", "spokesman", "spokesperson", "spokeswoman",
        "superintendent", "treasurer", "vice",
};

static const char *const det_words[] = {
        "a", "all", "an", "another", "any", "both", "dozens", "each", "eight", "few", "five",
        "four", "her", "his", "hundreds", "its", "many", "most", "my", "nine", "no", "one",
        "other", "our", "seven", "several", "six", "some", "such", "ten", "the", "their",
        "these", "this", "those", "thousands", "three", "two",
};

static const char *const pronoun_words[] = {
        "he", "she", "they",
};

static const char *const lead_words[] = {
        "after", "afterward", "afterwards", "also", "although", "and", "as", "at", "because",
        "before", "besides", "but", "by", "earlier", "elsewhere", "finally", "for", "from",
        "having", "hence", "however", "if", "in", "indeed", "instead", "later", "meanwhile",
        "moreover", "nor", "now", "on", "or", "separately", "similarly", "since", "so", "still",
        "then", "though", "thus", "today", "tonight", "when", "whereas", "while", "whilst",
        "with", "yesterday", "yet",
};

static const char *const between_words[] = {
        "again", "already", "also", "bluntly", "even", "explicitly", "first", "flatly",
        "frequently", "further", "had", "has", "have", "initially", "just", "last", "later",
        "long", "now", "often", "once", "previously", "privately", "publicly", "quickly", "recently",
        "repeatedly", "reportedly", "simply", "still", "subsequently", "then", "will", "would",
};

static const char *const stop_words[] = {
        "about", "according", "adding", "after", "are", "as", "at", "be", "because", "been",
        "before", "by", "can", "could", "did", "do", "does", "during", "earlier", "friday",
        "from", "had", "has", "have", "if", "in", "into", "is", "last", "later", "monday",
        "noting", "on", "recently", "referring", "said", "saturday", "says", "since",
        "speaking", "sunday", "than", "that", "this", "through", "thursday", "to", "today",
        "told", "tonight", "tuesday", "until", "via", "was", "wednesday", "were", "when",
        "which", "while", "who", "whom", "whose", "will", "would", "writing", "yesterday",
};

static const char *const breaker_words[] = {
        "after", "are", "be", "because", "been", "before", "being", "can", "could", "did", "do",
        "does", "had", "has", "have", "he", "how", "i", "if", "is", "it", "not", "said", "says",
        "she", "since", "that", "they", "told", "was", "we", "were", "what", "when", "where",
        "whether", "which", "while", "who", "why", "will", "would", "you",
};

static const char *const time_words[] = {
        "apr", "april", "aug", "august", "dec", "december", "feb", "february", "friday", "jan",
        "january", "jul", "july", "jun", "june", "mar", "march", "may", "monday", "nov",
        "november", "oct", "october", "saturday", "sep", "sept", "september", "sunday",
        "thursday", "today", "tonight", "tuesday", "wednesday", "yesterday",
};

static const char *const connector_words[] = {
        "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "ibn",
        "la", "le", "st.", "van", "von",
};

static const char *const notname_words[] = {
        "a", "advocates", "after", "aides", "also", "an", "analysts", "and", "april", "as",
        "at", "august", "because", "before", "but", "critics", "december", "democrats",
        "earlier", "experts", "february", "friday", "having", "he", "her", "his", "how",
        "however", "i", "if", "in", "it", "its", "january", "july", "june", "later", "march",
        "may", "meanwhile", "monday", "my", "november", "now", "observers", "october",
        "officials", "on", "opponents", "our", "republicans", "saturday", "september", "she",
        "since", "so", "sources", "still", "sunday", "supporters", "that", "the", "their",
        "then", "there", "these", "they", "this", "those", "though", "thursday", "today",
        "tonight", "tuesday", "we", "wednesday", "what", "when", "where", "while", "who", "why",
        "yesterday", "yet", "you", "your",
};

static const char *const notclause_words[] = {
        "about", "after", "afterward", "afterwards", "again", "all", "also", "are", "as", "at",
        "be", "been", "before", "both", "by", "can", "could", "did", "do", "does", "during",
        "earlier", "either", "for", "friday", "from", "goodbye", "had", "has", "have", "hello",
        "here", "in", "instead", "into", "is", "just", "last", "later", "less", "little", "may",
        "might", "monday", "more", "much", "must", "neither", "next", "no", "not", "nothing",
        "of", "on", "once", "only", "otherwise", "previously", "recently", "repeatedly",
        "saturday", "should", "so", "sunday", "thanks", "then", "this", "through", "thursday",
        "to", "today", "tonight", "tuesday", "twice", "via", "was", "wednesday", "were", "when",
        "while", "will", "with", "would", "yes", "yesterday",
};

static const char *const inverted_words[] = {
        "added", "adds", "argued", "asked", "concluded", "continued", "explained", "explains",
        "insisted", "noted", "notes", "observed", "recalled", "remarked", "replied", "said",
        "says", "warned", "writes", "wrote",
};

static int compare_str(const void *a, const void *b) {
        return strcmp(*(const char *const *) a, *(const char *const *) b);
}

static bool in_list(const char *const *list, size_t n, const char *word) {
        return bsearch(&word, list, n, sizeof list[0], compare_str) != NULL;
}

static bool sorted(const char *const *list, size_t n) {
        for (size_t i = 1; i < n; i++)
                if (strcmp(list[i - 1], list[i]) >= 0)
                        return false;
        return true;
}

bool quote_word_is_cue(const char *word) {
        return in_list(cue_words, G_N_ELEMENTS(cue_words), word);
}

bool quote_word_is_reporting(const char *word) {
        return in_list(reporting_words, G_N_ELEMENTS(reporting_words), word);
}

bool quote_word_is_told(const char *word) {
        return in_list(told_words, G_N_ELEMENTS(told_words), word);
}

bool quote_word_is_participle(const char *word) {
        return in_list(participle_words, G_N_ELEMENTS(participle_words), word);
}

bool quote_word_is_title(const char *word) {
        return in_list(title_words, G_N_ELEMENTS(title_words), word);
}

bool quote_word_is_det(const char *word) {
        return in_list(det_words, G_N_ELEMENTS(det_words), word);
}

bool quote_word_is_pronoun(const char *word) {
        return in_list(pronoun_words, G_N_ELEMENTS(pronoun_words), word);
}

bool quote_word_is_lead(const char *word) {
        return in_list(lead_words, G_N_ELEMENTS(lead_words), word);
}

bool quote_word_is_between(const char *word) {
        return in_list(between_words, G_N_ELEMENTS(between_words), word);
}

bool quote_word_is_stop(const char *word) {
        return in_list(stop_words, G_N_ELEMENTS(stop_words), word);
}

bool quote_word_is_breaker(const char *word) {
        return in_list(breaker_words, G_N_ELEMENTS(breaker_words), word);
}

bool quote_word_is_time(const char *word) {
        return in_list(time_words, G_N_ELEMENTS(time_words), word);
}

bool quote_word_is_connector(const char *word) {
        return in_list(connector_words, G_N_ELEMENTS(connector_words), word);
}

bool quote_word_is_notname(const char *word) {
        return in_list(notname_words, G_N_ELEMENTS(notname_words), word);
}

bool quote_word_is_notclause(const char *word) {
        return in_list(notclause_words, G_N_ELEMENTS(notclause_words), word);
}

bool quote_word_is_inverted(const char *word) {
        return in_list(inverted_words, G_N_ELEMENTS(inverted_words), word);
}

bool quote_words_check(void) {
        return sorted(cue_words, G_N_ELEMENTS(cue_words)) &&
               sorted(reporting_words, G_N_ELEMENTS(reporting_words)) &&
               sorted(told_words, G_N_ELEMENTS(told_words)) &&
               sorted(participle_words, G_N_ELEMENTS(participle_words)) &&
               sorted(title_words, G_N_ELEMENTS(title_words)) &&
               sorted(det_words, G_N_ELEMENTS(det_words)) &&
               sorted(pronoun_words, G_N_ELEMENTS(pronoun_words)) &&
               sorted(lead_words, G_N_ELEMENTS(lead_words)) &&
               sorted(between_words, G_N_ELEMENTS(between_words)) &&
               sorted(stop_words, G_N_ELEMENTS(stop_words)) &&
               sorted(breaker_words, G_N_ELEMENTS(breaker_words)) &&
               sorted(time_words, G_N_ELEMENTS(time_words)) &&
               sorted(connector_words, G_N_ELEMENTS(connector_words)) &&
               sorted(notname_words, G_N_ELEMENTS(notname_words)) &&
               sorted(notclause_words, G_N_ELEMENTS(notclause_words)) &&
               sorted(inverted_words, G_N_ELEMENTS(inverted_words));
}
