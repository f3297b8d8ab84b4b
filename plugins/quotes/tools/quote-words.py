#!/usr/bin/env python3
"""Writes plugins/quotes/quote-words.c: the word tables attribution reads, sorted
for bsearch. Edit the lists here, then run: python3 plugins/quotes/tools/quote-words.py"""
import os
lists = {}
def forms(*bases):
    out=set()
    for b in bases:
        out.update(b.split())
    return out
lists['cue'] = forms(
 "said says say told tells tell added adds noted notes declared declares wrote writes",
 "stated explained explains argued argues warned warns insisted insists",
 "acknowledged acknowledges confirmed confirms asked asks replied replies continued continues",
 "remarked remarks tweeted tweets posted announced announces claimed claims urged urges",
 "predicted predicts cautioned cautions recalled recalls responded responds conceded concedes",
 "admitted admits observed observes emphasized emphasizes stressed stresses complained complains",
 "joked jokes quipped quips countered counters reiterated reiterates asserted asserts contended contends",
 "boasted boasts shouted shouts wondered wonders mused muses lamented laments charged charges",
 "recounted recounts explained added agreed agrees vowed vows promised promises pleaded",
 "yelled screamed whispered testified testifies concluded concludes demanded demands",
 "chimed interjected retorted snapped answered answers objected",
 "proclaimed proclaims announced declared disclosed reported reports blogged",
 "texted emailed messaged reads yells yelled",
 "suggest claim argue warn note insist predict acknowledge confirm report write",
 "commented comments elaborated exclaimed scoffed fumed sang sings chanted mocked",
)
lists['reporting'] = forms(
 "said says say told tells added adds noted notes declared declares wrote writes",
 "stated explained explains argued argues warned warns insisted insists",
 "acknowledged acknowledges confirmed confirms claimed claims predicted predicts",
 "announced announces cautioned cautions conceded concedes admitted admits",
 "emphasized emphasizes stressed stresses reiterated reiterates asserted asserts",
 "contended contends believes believe believed recalled recalls testified testifies",
 "concluded concludes disclosed reported reports tweeted tweets",
 "complained complains suggested suggests",
 "suggest claim argue warn note insist predict acknowledge confirm report write",
)
lists['told'] = forms("told tells tell asked asks warned warns assured assures reminded reminds informed informs urged urges promised promises")
lists['participle'] = forms(
 "saying asking adding asserting writing noting telling declaring insisting arguing warning",
 "explaining tweeting replying responding chanting shouting exclaiming",
 "yelling screaming joking quipping posting wondering",
)
lists['title'] = forms(
 "mr mrs ms miss dr sen rep reps gov gen lt col capt sgt rev adm maj prof pres atty",
 "president president-elect vice senator senators representative congressman congresswoman",
 "governor secretary minister premier chancellor mayor judge justice ambassador",
 "chairman chairwoman chair leader speaker general admiral colonel captain sergeant",
 "lieutenant commissioner director prince princess king queen pope sheikh ayatollah",
 "pastor reverend father rabbi imam sir dame lord lady attorney candidate nominee",
 "sec secretary-general ceo founder chief spokesman spokeswoman spokesperson",
 "prime deputy assistant former acting sheriff detective officer councilman councilwoman",
 "superintendent professor coach host anchor correspondent columnist treasurer comptroller",
)
lists['det'] = forms(
 "a an the one another his her their its our my this these those some many most several",
 "other two three four five six seven eight nine ten both each such no any all few",
 "dozens hundreds thousands",
)
lists['pronoun'] = forms("he she they")
lists['lead'] = forms(
 "but and so yet still however meanwhile also then now instead moreover later earlier indeed",
 "though although while when as because since if after before in on at for with by from",
 "or nor thus hence besides finally afterward afterwards separately similarly elsewhere",
 "today yesterday tonight having whereas whilst",
)
lists['between'] = forms(
 "also later then again recently previously once repeatedly often frequently has had have",
 "would will reportedly initially subsequently quickly simply flatly bluntly publicly privately",
 "explicitly even first last long already just further still had",
)
lists['stop'] = forms(
 "in on at during after before when while who whom whose which that to as about told said",
 "says from into via since until because if than last this yesterday today tonight earlier",
 "later recently according by through speaking writing adding noting referring",
 "monday tuesday wednesday thursday friday saturday sunday",
 "is was were are be been has had have will would can could did does do",
)
lists['breaker'] = forms(
 "is was were are be been being has had have will would can could did does do who which",
 "that when if because after before while since where whether what how why said says",
 "told it he she they we i you not",
)
lists['time'] = forms(
 "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight",
 "january february march april may june july august september october november december",
 "jan feb mar apr jun jul aug sep sept oct nov dec",
)
lists['connector'] = forms("de van von bin al la le del della di du da der den dos das ibn st.")
lists['notname'] = forms(
 "it this that there these those he she they we i you the a an but and so yet however",
 "what who when where why how if in on at as after before while since because though",
 "meanwhile still then now also later earlier today yesterday tonight sources officials",
 "critics analysts experts supporters aides observers advocates opponents democrats republicans",
 "monday tuesday wednesday thursday friday saturday sunday",
 "january february march april may june july august september october november december",
 "his her their its our my your having",
)
lists['notclause'] = forms(
 "in on at during after before when while as to for with of about through from by via into",
 "so nothing yes no goodbye hello thanks little much more less otherwise earlier later",
 "repeatedly recently again also previously last this next then today yesterday tonight",
 "not only just both either neither all instead afterward afterwards once twice here",
 "monday tuesday wednesday thursday friday saturday sunday",
 "is was were are be been has had have will would can could did does do should must may might",
)
lists['inverted'] = forms(
 "said says added adds noted notes wrote writes explained explains continued recalled",
 "concluded asked replied argued warned observed remarked insisted",
)
import sys
out=[]
out.append("/* quotes plugin: word tables (see quote-words.h), written by tools/quote-words.py:\n * edit the lists there. Sorted (strcmp order) for bsearch; test-quotes-scan checks it.\n * SPDX-License-Identifier: MIT */\n#include \"quote-words.h\"\n\n#include <stdlib.h>\n#include <string.h>\n")
for name, words in lists.items():
    ws=sorted(words)
    out.append(f"static const char *const {name}_words[] = {{")
    line="       "
    for w in ws:
        item=f' "{w}",'
        if len(line)+len(item)>96:
            out.append(line); line="       "
        line+=item
    out.append(line)
    out.append("};\n")
out.append("""static int compare_str(const void *a, const void *b) {
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
""")
for name in lists:
    out.append(f"bool quote_word_is_{name}(const char *word) {{\n        return in_list({name}_words, G_N_ELEMENTS({name}_words), word);\n}}\n")
out.append("bool quote_words_check(void) {\n        return " + " &&\n               ".join(f"sorted({n}_words, G_N_ELEMENTS({n}_words))" for n in lists) + ";\n}")
open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'quote-words.c'),'w').write("\n".join(out)+"\n")
