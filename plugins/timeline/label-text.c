/* Shortening label text at word ends.
 * SPDX-License-Identifier: MIT */
#include "label-text.h"

#include <stdbool.h>
#include <string.h>

static int lines_of(PangoLayout *layout, const char *prefix, const char *text, const char *tail)
{
        g_autofree char *all = g_strconcat(prefix ? prefix : "", text, tail, NULL);
        pango_layout_set_text(layout, all, -1);
        return pango_layout_get_line_count(layout);
}

static bool ends_in_dash(const char *text, size_t end)
{
        static const char *const dashes[] = { "\u2013", "\u2014" };
        for (size_t i = 0; i < G_N_ELEMENTS(dashes); i++) {
                size_t len = strlen(dashes[i]);
                if (end >= len && memcmp(text + end - len, dashes[i], len) == 0)
                        return true;
        }
        return false;
}

/* The length of @text up to the end of its last word before @end, without the
 * spaces and the dangling punctuation (",", ";", ":", dashes) in front of it. */
static size_t last_word_end(const char *text, size_t end)
{
        while (end > 0 && text[end - 1] != ' ')
                end--;
        for (;;) {
                if (end > 0 && strchr(" ,;:-", text[end - 1]) != NULL)
                        end--;
                else if (ends_in_dash(text, end))
                        end -= strlen("\u2013");
                else
                        return end;
        }
}

/* Words a shortened label should not end on: "as part of a…" says less than
 * "as part…" and looks cut by accident. */
static bool is_weak_word(const char *word, size_t len)
{
        static const char *const weak[] = {
                "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "its",
                "of", "on", "or", "that", "the", "their", "to", "was", "were", "which", "with",
        };
        for (size_t i = 0; i < G_N_ELEMENTS(weak); i++) {
                if (strlen(weak[i]) == len && g_ascii_strncasecmp(word, weak[i], len) == 0)
                        return true;
        }
        return false;
}

/* @cut, moved back past weak words at the end, as long as a word is left. */
static size_t drop_weak_words(const char *text, size_t cut)
{
        for (;;) {
                size_t start = cut;
                while (start > 0 && text[start - 1] != ' ')
                        start--;
                if (start == 0 || !is_weak_word(text + start, cut - start))
                        return cut;
                size_t before = last_word_end(text, start);
                if (before == 0)
                        return cut;
                cut = before;
        }
}

char *label_text_tidy(const char *text)
{
        g_return_val_if_fail(text != NULL, NULL);
        static const char *const ellipses[] = { "\u2026", "..." };
        for (size_t i = 0; i < G_N_ELEMENTS(ellipses); i++) {
                if (!g_str_has_suffix(text, ellipses[i]))
                        continue;
                size_t end = strlen(text) - strlen(ellipses[i]);
                while (end > 0 && strchr(" ,;:", text[end - 1]) != NULL)
                        end--;
                size_t cut = drop_weak_words(text, end);
                if (cut == 0 || cut == strlen(text) - strlen(ellipses[i]))
                        return g_strdup(text);
                g_autofree char *head = g_strndup(text, cut);
                return g_strconcat(head, "\u2026", NULL);
        }
        return g_strdup(text);
}

char *label_text_fit(PangoLayout *layout, const char *prefix, const char *text, int max_lines)
{
        g_return_val_if_fail(layout != NULL && text != NULL && max_lines > 0, NULL);
        g_autofree char *tidy = label_text_tidy(text);
        text = tidy;
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE);
        pango_layout_set_height(layout, -1);
        if (lines_of(layout, prefix, text, "") <= max_lines)
                return g_strdup(text);
        /* start from where the last allowed line ends, then drop words until the
         * ellipsis fits too */
        PangoLayoutLine *next = pango_layout_get_line_readonly(layout, max_lines);
        size_t skip = prefix ? strlen(prefix) : 0;
        size_t end = next && (size_t) next->start_index > skip ? (size_t) next->start_index - skip
                                                              : strlen(text);
        end = MIN(end, strlen(text));
        for (;;) {
                size_t cut = drop_weak_words(text, last_word_end(text, end));
                if (cut == 0)
                        break;
                g_autofree char *head = g_strndup(text, cut);
                if (lines_of(layout, prefix, head, "\u2026") <= max_lines)
                        return g_strconcat(head, "\u2026", NULL);
                end = cut;
        }
        return g_strdup(text); /* one long word: Pango's ellipsis has to cut it */
}
