/* Sentence boundaries from the token stream. A boundary falls before a token, so
 * the splitter decides when that token arrives, knowing the state left by the
 * tokens before it: no lookahead and no second pass. */
#include "text/sentence-split.h"

#include <dossier/doc.h>

#include "text/word-lists.h"

enum {
        STATE_NORMAL,
        STATE_STOP,   /* after . ! ? (or an ellipsis outside quotes) */
        STATE_ABBREV, /* after an abbreviation that may also end the sentence */
        STATE_INITIAL, /* after an initial, which may too ("Plan B.") */
};

void dossier_splitter_init(DossierSplitter *sp, const char *text, uint32_t article,
                           GArray *tokens, GArray *sentences)
{
        *sp = (DossierSplitter){
                .text = text,
                .article = article,
                .tokens = tokens,
                .sentences = sentences,
        };
}

static bool is_closer(DossierTokenKind kind)
{
        return kind == DOSSIER_TOKEN_CLOSE || kind == DOSSIER_TOKEN_CLOSE_DQ ||
               kind == DOSSIER_TOKEN_DQUOTE || kind == DOSSIER_TOKEN_SQUOTE ||
               kind == DOSSIER_TOKEN_STOP;
}

static bool opens_quote(DossierTokenKind kind)
{
        return kind == DOSSIER_TOKEN_OPEN_DQ || kind == DOSSIER_TOKEN_DQUOTE ||
               kind == DOSSIER_TOKEN_SQUOTE || kind == DOSSIER_TOKEN_OPEN;
}

/* After . ! ?: the next sentence starts with a capital, a digit or an opening mark. */
static bool can_start(DossierTokenKind kind, unsigned flags)
{
        switch (kind) {
        case DOSSIER_TOKEN_WORD:
        case DOSSIER_TOKEN_ABBREV:
        case DOSSIER_TOKEN_INITIAL:
        case DOSSIER_TOKEN_TITLE:
                return (flags & DOSSIER_TOKEN_UPPER) != 0;
        case DOSSIER_TOKEN_NUMBER:
                return true;
        default:
                return opens_quote(kind);
        }
}

/* After "U.S." or "Inc." a capital is usually a name ("U.S. Senator"), so only a
 * typical first word or an opening quote starts a new sentence. */
static bool can_start_after_abbrev(const DossierSplitter *sp, uint32_t start, uint32_t end,
                                   DossierTokenKind kind, unsigned flags)
{
        if (kind == DOSSIER_TOKEN_OPEN_DQ || kind == DOSSIER_TOKEN_DQUOTE)
                return true;
        return kind == DOSSIER_TOKEN_WORD && (flags & DOSSIER_TOKEN_UPPER) &&
               dossier_text_is_sentence_starter(sp->text + start, end - start,
                                                sp->state == STATE_INITIAL);
}

static bool ends_before(const DossierSplitter *sp, uint32_t start, uint32_t end,
                        DossierTokenKind kind, unsigned flags)
{
        if (flags & DOSSIER_TOKEN_NEWLINE_BEFORE)
                return true;
        if (!(flags & DOSSIER_TOKEN_SPACE_BEFORE))
                return false; /* closing quotes and brackets stay with their sentence */
        switch (sp->state) {
        case STATE_STOP:
                return can_start(kind, flags);
        case STATE_ABBREV:
        case STATE_INITIAL:
                return can_start_after_abbrev(sp, start, end, kind, flags);
        default:
                return false;
        }
}

static void close_sentence(DossierSplitter *sp)
{
        DossierSpan span = { sp->article, sp->sentence_start, sp->last_end };

        g_array_append_val(sp->sentences, span);
        sp->open = false;
        sp->state = STATE_NORMAL;
}

static void track_quotes(DossierSplitter *sp, DossierTokenKind kind)
{
        if (kind == DOSSIER_TOKEN_OPEN_DQ)
                sp->in_dquote = true;
        else if (kind == DOSSIER_TOKEN_CLOSE_DQ)
                sp->in_dquote = false;
        else if (kind == DOSSIER_TOKEN_DQUOTE)
                sp->in_dquote = !sp->in_dquote;
}

static uint8_t next_state(const DossierSplitter *sp, DossierTokenKind kind, unsigned flags)
{
        if (sp->state != STATE_NORMAL && !(flags & DOSSIER_TOKEN_SPACE_BEFORE) && is_closer(kind))
                return sp->state;
        switch (kind) {
        case DOSSIER_TOKEN_STOP:
                return STATE_STOP;
        case DOSSIER_TOKEN_ELLIPSIS:
                /* inside a quotation "..." marks words left out, not an end */
                return sp->in_dquote ? STATE_NORMAL : STATE_STOP;
        case DOSSIER_TOKEN_ABBREV:
                return STATE_ABBREV;
        case DOSSIER_TOKEN_INITIAL:
                return STATE_INITIAL;
        default:
                return STATE_NORMAL;
        }
}

void dossier_splitter_push(DossierSplitter *sp, uint32_t start, uint32_t end,
                           DossierTokenKind kind, unsigned flags)
{
        if (sp->open && ends_before(sp, start, end, kind, flags))
                close_sentence(sp);
        if (flags & DOSSIER_TOKEN_NEWLINE_BEFORE)
                sp->in_dquote = false; /* a quotation never spans paragraphs here */
        if (!sp->open) {
                sp->open = true;
                sp->sentence_start = start;
        }

        DossierToken token = { start, end, sp->sentences->len };
        g_array_append_val(sp->tokens, token);

        sp->state = next_state(sp, kind, flags);
        track_quotes(sp, kind);
        sp->last_end = end;
}

void dossier_splitter_finish(DossierSplitter *sp)
{
        if (sp->open)
                close_sentence(sp);
}
